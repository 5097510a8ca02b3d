// The README's worked example, "Adding a document", run step by step as written: its files, its commands and the output it shows.
//
// The section is read from README.md, so the two cannot drift apart. Its fenced blocks, in order:
// - ```text and ```yaml: a file to write, at the last `path.txt` or `path.yaml` named in the prose before it;
// - ```sh: commands, one a line: `cp -r FROM TO`, or `npm run actorgraph -- ARGS` (run in-process);
// - a bare ``` block right after a command: what it prints; "..." lines stand for lines left out.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { temporaryFolder } from "../helpers/temporary-folder.ts";
import { cli } from "./cli-helpers.ts";

const HEADING = "## Adding a document";

/** One fenced block of the section, with the prose before it. */
interface Block {
  lang: string;
  body: string;
  prose: string;
}

function workedExample(): Block[] {
  const readme = readFileSync("README.md", "utf8");
  const start = readme.indexOf(`\n${HEADING}\n`);
  if (start < 0) throw new Error(`README.md has no section "${HEADING}"`);
  const end = readme.indexOf("\n## ", start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const blocks: Block[] = [];
  const fence = /^```(\w*)\n([\s\S]*?)^```$/gm;
  let last = 0;
  for (const match of section.matchAll(fence)) {
    blocks.push({ lang: match[1]!, body: match[2]!, prose: section.slice(last, match.index) });
    last = match.index! + match[0].length;
  }
  return blocks;
}

/** Splits a command line as a shell would for these examples: words, and "double-quoted" words. */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

/** Checks `stdout` against a shown output: equal, or with "..." lines standing for any lines, each shown part in order. */
function expectShown(stdout: string, shown: string, command: string): void {
  const parts = shown.replace(/\n$/, "").split(/^\.\.\.\n?/m).map((part) => part.replace(/\n$/, "")).filter((part) => part !== "");
  if (!/^\.\.\.$/m.test(shown)) {
    expect(stdout, command).toBe(shown);
    return;
  }
  let from = 0;
  for (const part of parts) {
    const at = stdout.indexOf(`${part}\n`, from);
    expect(at, `${command} prints:\n${part}\n\nbut printed:\n${stdout}`).toBeGreaterThanOrEqual(0);
    from = at + part.length;
  }
}

describe("README: adding a document, start to finish", () => {
  it("runs every step as written, and each command prints what the README shows", async () => {
    const work = temporaryFolder("worked-example");
    const blocks = workedExample();
    const ran: string[] = [];
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      if (block.lang === "text" || block.lang === "yaml") {
        const paths = [...block.prose.matchAll(/`([\w./-]+\.(?:txt|yaml))`/g)].map((m) => m[1]!);
        expect(paths.length, `no file named before the block:\n${block.body}`).toBeGreaterThan(0);
        writeFileSync(join(work, paths.at(-1)!), block.body);
        continue;
      }
      expect(block.lang, `a bare block must follow a command:\n${block.body}`).toBe("sh");
      for (const line of block.body.split("\n").filter((l) => l.trim() !== "")) {
        const argv = words(line);
        if (argv[0] === "cp") {
          expect(argv.slice(0, 2)).toEqual(["cp", "-r"]);
          cpSync(argv[2]!, join(work, argv[3]!), { recursive: true });
          continue;
        }
        expect(argv.slice(0, 4), line).toEqual(["npm", "run", "actorgraph", "--"]);
        const { code, stdout, stderr } = await cli(argv.slice(4), { cwd: work });
        expect(stderr, line).toBe("");
        expect(code, line).toBe(0);
        ran.push(argv[4]!);
        const next = blocks[i + 1];
        if (next?.lang === "") {
          expectShown(stdout, next.body, line);
          i++;
        }
      }
    }
    // The example shows each step of the issue: add the source, validate, find, build (and stats).
    expect(ran).toEqual(["add-source", "validate", "find", "build", "stats"]);

    // And the outcome: the built graph has the new document's relations, and its quotes where the README says.
    const graph = JSON.parse(readFileSync(join(work, "my-corpus.json"), "utf8")) as { edges: { key: string; attributes: Record<string, unknown> }[] };
    const edge = (key: string) => graph.edges.find((e) => e.key === key)!.attributes;
    expect(edge("armed-forces-attacked-port-halden")).toMatchObject({ sourceCount: 3, contested: true, deniedBy: ["norvask"] });
    expect(edge("valdoria-supplies-norvask")).toMatchObject({ sourceCount: 4, stanceCounts: { reported: 2, confirmed: 1, denied: 1 } });
    expect(edge("norvask-drone-corps:attacked:halden-grain-terminal:2023-04-09")).toMatchObject({ sourceCount: 1, firstReported: "2023-04-12", items: ["kestrel-9"] });
    // The fixture the example copies is as it was.
    expect(readFileSync("tests/fixtures/corpus/sources/sources.yaml", "utf8")).not.toContain("harbour-report");
  });
});
