// Specification of what README's "The CLI" promises of every command: --help with the documented
// options, --data DIR read by every command that reads data, exit codes 0/1/2, and the smaller flags
// (stats --top, export's byte-order mark, types --data) that no other specification pins down.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/run.ts";
import { temporaryFolder } from "../helpers/temporary-folder.ts";
import { TINY_RELATIONS } from "../helpers/tiny-data.ts";
import { cli, tinyFolder } from "./cli-helpers.ts";

const FILTERS = ["--direction follow|any", "--only TYPES", "--exclude TYPES", "--entity-types TYPES", "--exclude-entity-types TYPES", "--from DATE", "--to DATE", "--time-respecting", "--undated keep|drop", "--status LIST|all", "--min-sources N", "--exclude-contested"];

/** The options README documents for each command, as its --help must show them. */
const DOCUMENTED_OPTIONS: Record<string, string[]> = {
  validate: ["--data DIR"],
  build: ["--data DIR", "--out FILE", "--site DIR", "--viewer DIR", "--iterations N", "--seed N", "--no-layout", "--include-proposed"],
  stats: ["--data DIR", "--json", "--top N", "--include-proposed"],
  export: ["--data DIR", "--format FORMAT", "--out PATH", "--static", "--mixed", "--bom", "--include-proposed"],
  types: ["--data DIR"],
  path: ["--data DIR", "--k N", "--all", "--simple", "--max-hops N", "--json", "--include-proposed", ...FILTERS],
  neighbors: ["--data DIR", "--hops N", "--json", "--include-proposed", ...FILTERS],
  generate: ["--nodes N", "--edges M", "--out DIR", "--seed S", "--format FORMAT", "--ontology FILE"],
  find: ["--data DIR", "--json"],
  serve: ["--data DIR", "--port N", "--host HOST", "--public", "--viewer DIR"],
  "add-source": ["--data DIR", "--title TITLE", "--kind KIND", "--date DATE", "--url URL", "--id ID"],
  extract: ["--data DIR", "--language CODE"],
  review: ["--data DIR", "--accept ID", "--reject ID"],
};

/** A valid call of each command that reads a data folder, without --data. */
const DATA_COMMANDS: Record<string, string[]> = {
  validate: ["validate"],
  build: ["build", "--out", "unused.json"],
  stats: ["stats"],
  export: ["export", "--format", "json", "--out", "-"],
  types: ["types"],
  path: ["path", "iran", "kyiv"],
  neighbors: ["neighbors", "iran"],
  find: ["find", "iran"],
};

const BROKEN = { relations: TINY_RELATIONS.replace("target: kyiv", "target: kiyv") };

describe("every command's --help", () => {
  it("covers every command of the CLI", () => {
    expect(Object.keys(DOCUMENTED_OPTIONS).sort()).toEqual(COMMANDS.map((c) => c.name).sort());
  });

  it.each(Object.entries(DOCUMENTED_OPTIONS))("%s --help prints the usage and each documented option, and exits 0", async (name, options) => {
    const { code, stdout, stderr } = await cli([name, "--help"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(new RegExp(`^Usage: actorgraph ${name}\\b`));
    for (const option of [...options, "--help"]) expect(stdout).toMatch(new RegExp(`^  ${option.replace(/[|]/g, "\\|")}\\b`, "m"));
  });

  it("`actorgraph help COMMAND` is the same as `actorgraph COMMAND --help`", async () => {
    expect((await cli(["help", "stats"])).stdout).toBe((await cli(["stats", "--help"])).stdout);
  });
});

describe("--data DIR on every command that reads data", () => {
  it.each(Object.entries(DATA_COMMANDS))("%s reads the folder --data names: its errors, located, exit 1 and nothing on stdout", async (_name, argv) => {
    const dir = tinyFolder(BROKEN);
    const { code, stdout, stderr } = await cli([...argv, "--data", dir], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/relations\/main\.yaml:11:11 error\[unknown-entity\]: target "kiyv"/);
    expect(stderr).toContain("1 error in ");
  });

  it.each(Object.entries(DATA_COMMANDS))("%s reads graph-data in the folder it runs in when --data is not given (exit 0)", async (_name, argv) => {
    const out = temporaryFolder("data-default");
    const { code } = await cli(argv.map((a) => (a === "unused.json" ? join(out, a) : a)));
    expect(code).toBe(0);
  });
});

describe("usage errors on every command", () => {
  it.each(COMMANDS.map((c) => c.name))("%s refuses an unknown option with its usage line (exit 2)", async (name) => {
    const { code, stdout, stderr } = await cli([name, "--frobnicate"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(`actorgraph ${name}: Unknown option '--frobnicate'`);
    expect(stderr).toContain(`Usage: actorgraph ${name}`);
    expect(stderr).toContain(`Run \`actorgraph ${name} --help\` for details.`);
  });

  it("prints the command list on stderr and exits 2 when no command is given", async () => {
    const { code, stdout, stderr } = await cli([]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("Usage: actorgraph <command> [options]");
    expect(stderr).toContain("Exit codes: 0 success, 1 data errors, 2 usage errors.");
  });
});

describe("actorgraph stats --top", () => {
  it("lists as many of the most connected actors as asked, ten by default", async () => {
    const mostConnected = (stdout: string) => stdout.slice(stdout.indexOf("Most connected:")).split("\n\n")[0]!.split("\n").slice(1);
    expect(mostConnected((await cli(["stats"])).stdout)).toHaveLength(10);
    const three = mostConnected((await cli(["stats", "--top", "3"])).stdout);
    expect(three).toHaveLength(3);
    expect(three[0]).toMatch(/^ +1\. Russia \(russia, state\): \d+ relations$/);
  });

  it("refuses --top 0 (exit 2)", async () => {
    const { code, stderr } = await cli(["stats", "--top", "0"]);
    expect(code).toBe(2);
    expect(stderr).toContain('--top takes a whole number >= 1, not "0"');
  });
});

describe("actorgraph types --data", () => {
  it("lists the ontology of the folder --data names", async () => {
    const dir = tinyFolder();
    const { code, stdout } = await cli(["types", "--data", dir]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^  city +A city\.$/m);
    expect(stdout).toMatch(/^  located-in +Lies within\.$/m);
    expect(stdout).not.toContain("coalition");
  });
});

describe("actorgraph export --format csv without --bom", () => {
  it("writes no byte-order mark by default", async () => {
    const out = join(temporaryFolder("export-csv"), "tables");
    expect((await cli(["export", "--data", tinyFolder(), "--format", "csv", "--out", out])).code).toBe(0);
    for (const file of ["nodes.csv", "edges.csv"]) expect(readFileSync(join(out, file), "utf8")).toMatch(/^id,/);
  });

  it("refuses --bom for a format other than csv (exit 2)", async () => {
    const { code, stderr } = await cli(["export", "--format", "gexf", "--bom", "--out", "x.gexf"]);
    expect(code).toBe(2);
    expect(stderr).toContain("--bom applies to csv only, not gexf");
  });
});

describe("actorgraph export --out - for every single-file format", () => {
  it("writes graphml to standard output, and only the file: the summary line is not printed", async () => {
    const { code, stdout, stderr } = await cli(["export", "--data", tinyFolder(), "--format", "graphml", "--out", "-"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<\?xml [^\n]*\?>\n<graphml /);
    expect(stdout.trimEnd()).toMatch(/<\/graphml>$/);
    expect(stderr).toBe("");
  });
});
