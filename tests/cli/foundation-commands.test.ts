// Specification of the CLI's foundation commands, run in-process through run(argv, io).
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.ts";
import { temporaryFolder } from "../helpers/temporary-folder.ts";
import { TINY_RELATIONS, writeTinyFolder } from "../helpers/tiny-data.ts";

/** Runs the CLI in `cwd` and captures what it prints. */
async function cli(argv: string[], cwd = process.cwd()) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { code, stdout, stderr };
}

const BROKEN = { relations: TINY_RELATIONS.replace("target: kyiv", "target: kiyv").replace("status: reported", "status: reportd") };

describe("actorgraph (no command)", () => {
  it("prints the command list on --help and exits 0", async () => {
    const { code, stdout } = await cli(["--help"]);
    expect(code).toBe(0);
    for (const name of ["validate", "build", "stats", "export", "types"]) expect(stdout).toMatch(new RegExp(`^  ${name} `, "m"));
  });

  it("treats a missing or unknown command as a usage error (exit 2) and suggests the nearest one", async () => {
    expect((await cli([])).code).toBe(2);
    const { code, stderr } = await cli(["valdate"]);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown command "valdate"; did you mean "validate"?');
  });

  it("rejects an unknown option with the command's usage (exit 2)", async () => {
    const { code, stderr } = await cli(["validate", "--dta", "x"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Unknown option '--dta'/);
    expect(stderr).toContain("Usage: actorgraph validate [--data DIR]");
  });

  it("gives every command a --help that lists its options", async () => {
    for (const [name, option] of [["validate", "--data DIR"], ["build", "--out FILE"], ["stats", "--top N"], ["export", "--format FORMAT"], ["types", "--data DIR"]]) {
      const { code, stdout } = await cli([name!, "--help"]);
      expect(code).toBe(0);
      expect(stdout).toContain(`Usage: actorgraph ${name}`);
      expect(stdout).toContain(option);
    }
  });
});

describe("actorgraph validate", () => {
  it("passes on the bundled graph-data and says what it holds", async () => {
    const { code, stdout } = await cli(["validate"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^graph-data is valid: \d+ entities, \d+ relations, \d+ evidence quotes in 1 source\.$/m);
  });

  it("lists every located error and exits 1 on broken data", async () => {
    const dir = writeTinyFolder(BROKEN);
    const { code, stderr } = await cli(["validate", "--data", dir]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/relations\/main\.yaml:4:11 error\[unknown-status\]: .*"reportd"\n    hint: did you mean "reported"\?/);
    expect(stderr).toMatch(/relations\/main\.yaml:11:11 error\[unknown-entity\]: target "kiyv".*\n    hint: did you mean "kyiv"\?/);
    expect(stderr).toMatch(/2 errors in .*; nothing was written\./);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("shows error paths relative to the folder it runs in", async () => {
    const dir = writeTinyFolder(BROKEN);
    const { code, stderr } = await cli(["validate", "--data", "."], dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^relations\/main\.yaml:4:11 error\[unknown-status\]/m);
  });

  it("reports a data folder that does not exist as a data error, not a crash", async () => {
    const { code, stderr } = await cli(["validate", "--data", "/nonexistent/folder"]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/ontology\.yaml:1:1 error\[missing-file\]: file not found/);
  });

  it("reports a file that is not UTF-8 with its name", async () => {
    const dir = writeTinyFolder();
    writeFileSync(join(dir, "entities", "latin1.yaml"), Buffer.from([0x2d, 0x20, 0x69, 0x64, 0x3a, 0x20, 0xe9, 0x0a]));
    const { code, stderr } = await cli(["validate", "--data", dir]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/entities\/latin1\.yaml:1:1 error\[unreadable-file\]: the file is not valid UTF-8 text/);
  });
});

describe("actorgraph build", () => {
  it("writes graphology's JSON with positions, and the same bytes on every build", async () => {
    const dir = writeTinyFolder();
    const first = await cli(["build", "--data", dir, "--out", "first.json"], dir);
    const second = await cli(["build", "--data", dir, "--out", "second.json"], dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe("wrote first.json: 5 nodes, 3 edges\n");
    expect(second.code).toBe(0);
    const bytes = readFileSync(join(dir, "first.json"));
    expect(bytes.equals(readFileSync(join(dir, "second.json")))).toBe(true);
    const graph = JSON.parse(bytes.toString("utf8"));
    expect(Object.keys(graph)).toEqual(["attributes", "options", "nodes", "edges"]);
    expect(graph.nodes[0].attributes).toMatchObject({ label: "Iran", type: "state", color: "#d62728" });
    expect(Number.isFinite(graph.nodes[0].attributes.x) && Number.isFinite(graph.nodes[0].attributes.y)).toBe(true);
  });

  it("writes nothing and leaves the previous output as it was when the data is broken", async () => {
    const dir = writeTinyFolder();
    const out = join(dir, "graph.json");
    expect((await cli(["build", "--data", dir, "--out", out])).code).toBe(0);
    const before = readFileSync(out);
    writeFileSync(join(dir, "relations", "main.yaml"), BROKEN.relations);
    const { code, stderr } = await cli(["build", "--data", dir, "--out", out]);
    expect(code).toBe(1);
    expect(stderr).toContain("nothing was written");
    expect(readFileSync(out).equals(before)).toBe(true);
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("writes nothing at all for a first build of broken data", async () => {
    const dir = writeTinyFolder(BROKEN);
    const out = join(dir, "never.json");
    expect((await cli(["build", "--data", dir, "--out", out])).code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it("says in one line when the output cannot be written", async () => {
    const dir = writeTinyFolder();
    writeFileSync(join(dir, "a-file"), "");
    const { code, stderr } = await cli(["build", "--data", dir, "--out", join(dir, "a-file", "graph.json")]);
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/cannot write .*a-file\/graph\.json: a part of the path is a file, not a folder/);
  });

  it("rejects a non-numeric --iterations as a usage error", async () => {
    const { code, stderr } = await cli(["build", "--iterations", "many"]);
    expect(code).toBe(2);
    expect(stderr).toContain('--iterations takes a whole number >= 0, not "many"');
  });
});

describe("actorgraph stats", () => {
  it("describes the bundled data: types, statuses, hubs, dates and sources", async () => {
    const { code, stdout } = await cli(["stats"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^graph-data: \d+ entities, \d+ relations$/m);
    expect(stdout).toMatch(/^Entities by type:\n  State +\d+/m);
    expect(stdout).toMatch(/^  supplies +\d+$/m);
    expect(stdout).toMatch(/^  denied +\d+$/m);
    expect(stdout).toMatch(/^ +1\. (Russia|Iran) \((russia|iran), state\): \d+ relations$/m);
    expect(stdout).toMatch(/^Dates: 2022-02-24 to 2023-06-20 \(\d+ dated, \d+ undated relations\)$/m);
    expect(stdout).toMatch(/^  iran-russia-drones: .* \(article\), cited by \d+ relations$/m);
  });

  it("prints the same figures as JSON with --json", async () => {
    const dir = writeTinyFolder();
    const { code, stdout } = await cli(["stats", "--data", dir, "--json", "--top", "2"]);
    expect(code).toBe(0);
    const stats = JSON.parse(stdout);
    expect(stats).toMatchObject({ entities: 5, relations: 3, dates: { first: "2023-05-28", last: "2023-05-28", dated: 1, undated: 2 } });
    expect(stats.mostConnected).toEqual([
      { id: "kyiv", label: "Kyiv", type: "city", degree: 2 },
      { id: "russia", label: "Russia", type: "state", degree: 2 },
    ]);
    expect(stats.relationsByType).toEqual([
      { type: "supplies", label: "supplies", count: 1 },
      { type: "attacked", label: "attacked", count: 1 },
      { type: "located-in", label: "located in", count: 1 },
    ]);
  });
});

describe("actorgraph export --format json", () => {
  it("writes the graphology serialization to a file", async () => {
    const dir = writeTinyFolder();
    const out = join(temporaryFolder("export-json"), "graph.json");
    const { code } = await cli(["export", "--data", dir, "--format", "json", "--out", out]);
    expect(code).toBe(0);
    const graph = JSON.parse(readFileSync(out, "utf8"));
    expect(graph.options).toEqual({ type: "directed", multi: true, allowSelfLoops: true });
    expect(graph.edges.map((e: { key: string }) => e.key)).toEqual(["iran:supplies:russia", "russia:attacked:kyiv:2023-05-28", "kyiv:located-in:ukraine"]);
    expect(graph.edges[1]).toMatchObject({ source: "russia", target: "kyiv", attributes: { type: "attacked", date: "2023-05-28", status: "reported" } });
  });

  it("writes to standard output with --out -", async () => {
    const { code, stdout } = await cli(["export", "--data", writeTinyFolder(), "--format", "json", "--out", "-"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).nodes).toHaveLength(5);
  });

  it("treats an unknown format or a missing --out as a usage error listing the formats", async () => {
    const unknown = await cli(["export", "--format", "pdf", "--out", "x"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown format "pdf"; formats: .*json/);
    const noOut = await cli(["export", "--format", "json"]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain("--out is required");
  });
});

describe("actorgraph types", () => {
  it("lists the ontology's types and the statuses with their meanings", async () => {
    const { code, stdout } = await cli(["types"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^  supplies +The source provides weapons/m);
    expect(stdout).toMatch(/^ +state\|coalition\|organization -> state\|coalition\|organization$/m);
    expect(stdout).toMatch(/^  denied +denied by whoever asserts it$/m);
  });
});
