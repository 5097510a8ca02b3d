// The README's promise "the same data always builds the same bytes", checked across processes:
// a build and every export made in this process and again in a fresh Node process are identical.
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.ts";
import { temporaryFolder } from "../helpers/temporary-folder.ts";
import { tsxEnvironment } from "../helpers/tsx-environment.ts";
import { REPO_ROOT } from "./helpers.ts";

/** Every output the CLI writes from the bundled data (a laid-out build and each export), into a folder. */
const OUTPUTS: ((dir: string) => string[])[] = [
  (dir) => ["build", "--out", join(dir, "graph.json")],
  (dir) => ["export", "--format", "gexf", "--out", join(dir, "graph.gexf")],
  (dir) => ["export", "--format", "gexf", "--static", "--out", join(dir, "static.gexf")],
  (dir) => ["export", "--format", "graphml", "--out", join(dir, "graph.graphml")],
  (dir) => ["export", "--format", "json", "--out", join(dir, "export.json")],
  (dir) => ["export", "--format", "csv", "--out", join(dir, "csv")],
];
const FILES = ["csv/edges.csv", "csv/nodes.csv", "csv/quotes.csv", "export.json", "graph.gexf", "graph.graphml", "graph.json", "static.gexf"];

/** Runs every output in this process. */
async function writeInProcess(dir: string): Promise<void> {
  const io = { stdout: () => undefined, stderr: () => undefined, cwd: REPO_ROOT };
  for (const args of OUTPUTS) expect(await run(args(dir), io)).toBe(0);
}

/** Runs every output in one fresh Node process (the CLI's own code, loaded anew). */
async function writeInChildProcess(dir: string): Promise<void> {
  const script = `import { run } from "./src/cli/run.ts";
const io = { stdout: () => undefined, stderr: (t) => process.stderr.write(t), cwd: process.cwd() };
for (const args of JSON.parse(process.argv[1])) if (await run(args, io) !== 0) process.exit(1);`;
  const argv = JSON.stringify(OUTPUTS.map((args) => args(dir)));
  await promisify(execFile)(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script, argv], { cwd: REPO_ROOT, timeout: 60_000, env: tsxEnvironment() });
}

/** Every file under `dir`, by relative path, as bytes. */
function filesOf(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(join(entry.parentPath, entry.name).slice(dir.length + 1), readFileSync(join(entry.parentPath, entry.name)));
  }
  return files;
}

let here: Map<string, Buffer>;
let there: Map<string, Buffer>;
beforeAll(async () => {
  const [a, b] = [temporaryFolder("same-bytes"), temporaryFolder("same-bytes")];
  await Promise.all([writeInProcess(a), writeInChildProcess(b)]);
  [here, there] = [filesOf(a), filesOf(b)];
});

describe("the same data, built and exported in two processes", () => {
  it("writes the same set of files", () => {
    expect([...there.keys()].sort()).toEqual([...here.keys()].sort());
    expect([...here.keys()].sort()).toEqual(FILES);
  });

  for (const name of FILES) {
    it(`writes ${name} byte for byte the same`, () => {
      expect(here.get(name)!.length).toBeGreaterThan(1000);
      expect(here.get(name)!.equals(there.get(name)!)).toBe(true);
    });
  }
});
