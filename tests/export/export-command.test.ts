// Specification of `actorgraph export` for every format: usage errors, data errors, atomic writes, warnings.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Graph from "graphology";
import { parse as parseCsv } from "csv-parse/sync";
import { parse as parseGexf } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.ts";
import { EXPORT_FORMATS } from "../../src/cli/commands/export.ts";
import { TINY_ENTITIES, TINY_RELATIONS, writeTinyFolder } from "../helpers/tiny-data.ts";
import { temporaryFolder } from "../helpers/temporary-folder.ts";
import { CORPUS_FOLDER, corpusDataset, jingErrors } from "./helpers.ts";

/** Runs the CLI in-process and captures what it prints. */
async function cli(argv: string[], cwd = process.cwd()) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { code, stdout, stderr };
}

const FORMATS = "gexf, graphml, csv, json";

describe("actorgraph export: bad arguments", () => {
  it("treats an unknown format as a usage error (exit 2) listing the formats", async () => {
    const { code, stderr } = await cli(["export", "--format", "xlsx", "--out", "x"]);
    expect(code).toBe(2);
    expect(stderr).toContain(`unknown format "xlsx"; formats: ${FORMATS}`);
  });

  it("treats a missing --out or --format as a usage error (exit 2) listing the formats", async () => {
    const noOut = await cli(["export", "--format", "gexf"]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain(`--out is required (a file path, or - for standard output); formats: ${FORMATS}`);
    const noFormat = await cli(["export", "--out", "x.gexf"]);
    expect(noFormat.code).toBe(2);
    expect(noFormat.stderr).toContain(`--format is required (one of ${FORMATS})`);
  });

  it("refuses flags of another format and csv to standard output", async () => {
    expect((await cli(["export", "--format", "json", "--static", "--out", "x"])).stderr).toContain("--static applies to gexf only, not json");
    expect((await cli(["export", "--format", "graphml", "--mixed", "--out", "x"])).stderr).toContain("--mixed applies to gexf only, not graphml");
    const csv = await cli(["export", "--format", "csv", "--out", "-"]);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain("csv writes several files; give --out a folder, not -");
  });

  it("exports nothing from a data folder with errors (exit 1) and prints the located errors", async () => {
    const out = temporaryFolder("export");
    const previous = join(out, "graph.gexf");
    writeFileSync(previous, "previous export");
    const dir = writeTinyFolder({ relations: TINY_RELATIONS.replace("target: kyiv", "target: kiyv") });
    const { code, stderr } = await cli(["export", "--data", dir, "--format", "gexf", "--out", previous]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/relations[/\\]main\.yaml:\d+:\d+ error\[unknown-entity\].*"kiyv"/);
    expect(readFileSync(previous, "utf8")).toBe("previous export");
    expect(readdirSync(out)).toEqual(["graph.gexf"]);
  });

  it("reports an unwritable path in one line (exit 1), without a stack trace", async () => {
    const dir = writeTinyFolder();
    const blocker = join(temporaryFolder("export"), "a-file");
    writeFileSync(blocker, "");
    const { code, stderr } = await cli(["export", "--data", dir, "--format", "gexf", "--out", join(blocker, "graph.gexf")]);
    expect(code).toBe(1);
    expect(stderr).toBe(`actorgraph export: cannot write ${join(blocker, "graph.gexf")}: a part of the path is a file, not a folder\n`);
  });
});

describe("actorgraph export: formats", () => {
  it("lists every format in its help", async () => {
    const { stdout } = await cli(["export", "--help"]);
    for (const name of Object.keys(EXPORT_FORMATS)) expect(stdout).toMatch(new RegExp(`^  ${name} `, "m"));
  });

  it("writes a schema-valid dynamic GEXF, or a static one with --static, replacing the previous file whole", async () => {
    const dir = writeTinyFolder();
    const out = temporaryFolder("export");
    writeFileSync(join(out, "graph.gexf"), "previous export");
    const dynamic = await cli(["export", "--data", dir, "--format", "gexf", "--out", "graph.gexf"], out);
    expect(dynamic.code).toBe(0);
    expect(dynamic.stderr).toBe("wrote graph.gexf (gexf): 5 nodes, 3 edges\n");
    const gexf = readFileSync(join(out, "graph.gexf"), "utf8");
    expect(gexf).toContain('mode="dynamic"');
    expect(jingErrors(gexf)).toBe("");
    expect(readdirSync(out)).toEqual(["graph.gexf"]); // no temporary file left behind
    await cli(["export", "--data", dir, "--format", "gexf", "--static", "--out", "graph.gexf"], out);
    expect(readFileSync(join(out, "graph.gexf"), "utf8")).toContain('mode="static"');
  });

  it("writes GEXF to standard output with --out -", async () => {
    const { code, stdout } = await cli(["export", "--data", writeTinyFolder(), "--format", "gexf", "--out", "-"]);
    expect(code).toBe(0);
    expect(parseGexf(Graph, stdout).size).toBe(3);
  });

  it("writes relations that read both ways as mutual edges, or as undirected ones with --mixed", async () => {
    const mutual = await cli(["export", "--format", "gexf", "--out", "-"]);
    expect(mutual.stdout).toMatch(/<edge id="[^"]+" source="[^"]+" target="[^"]+" type="mutual" kind="negotiates-with"/);
    expect(mutual.stdout).not.toContain('type="undirected"');
    const mixed = await cli(["export", "--format", "gexf", "--mixed", "--out", "-"]);
    expect(mixed.code).toBe(0);
    expect(mixed.stdout).toMatch(/<edge id="[^"]+" source="[^"]+" target="[^"]+" type="undirected" kind="negotiates-with"/);
    expect(mixed.stdout).not.toContain('type="mutual"');
  });

  it("writes GraphML", async () => {
    const out = join(temporaryFolder("export"), "graph.graphml");
    expect((await cli(["export", "--data", writeTinyFolder(), "--format", "graphml", "--out", out])).code).toBe(0);
    expect(readFileSync(out, "utf8")).toContain('<edge id="russia:attacked:kyiv:2023-05-28" source="russia" target="kyiv">');
  });

  it("writes nodes.csv, edges.csv and quotes.csv into the folder --out, with a byte-order mark on --bom", async () => {
    const out = join(temporaryFolder("export"), "tables");
    const { code, stderr } = await cli(["export", "--data", writeTinyFolder(), "--format", "csv", "--bom", "--out", out]);
    expect(code).toBe(0);
    expect(stderr).toContain(`wrote ${join(out, "nodes.csv")}, ${join(out, "edges.csv")} and ${join(out, "quotes.csv")} (csv)`);
    expect(readdirSync(out).sort()).toEqual(["edges.csv", "nodes.csv", "quotes.csv"]);
    expect(readFileSync(join(out, "nodes.csv"), "utf8")).toMatch(/^\uFEFFid,label,/);
    expect(readFileSync(join(out, "edges.csv"), "utf8").split("\r\n")).toHaveLength(5); // header, 3 rows, final CRLF
    expect(readFileSync(join(out, "quotes.csv"), "utf8")).toMatch(/^\uFEFFrelationId,sourceId,/);
  });

  it("writes one row of quotes.csv per quote of a corpus, each quote under the document it comes from", async () => {
    const out = temporaryFolder("export");
    const { code } = await cli(["export", "--data", CORPUS_FOLDER, "--format", "csv", "--out", out]);
    expect(code).toBe(0);
    const rows = parseCsv(readFileSync(join(out, "quotes.csv"), "utf8"), { columns: true }) as Record<string, string>[];
    const dataset = await corpusDataset();
    const quotes = dataset.relations.flatMap((r) => r.evidence.map((e) => [r.id, e.source, e.quote]));
    expect(rows.map((r) => [r.relationId, r.sourceId, r.quote])).toEqual(quotes);
    const titles = new Map(dataset.sources.map((s) => [s.id, s.title]));
    for (const row of rows) expect(row.sourceTitle).toBe(titles.get(row.sourceId!));
  });

  it("names the file it could not write when quotes.csv cannot replace what stands there (exit 1), leaving no temporary file", async () => {
    const out = temporaryFolder("export");
    mkdirSync(join(out, "quotes.csv"));
    const { code, stderr } = await cli(["export", "--data", writeTinyFolder(), "--format", "csv", "--out", out]);
    expect(code).toBe(1);
    expect(stderr).toBe(`actorgraph export: cannot write ${join(out, "quotes.csv")}: it is a folder\n`);
    expect(readdirSync(out).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("warns on stderr about characters XML cannot carry, and still writes the file", async () => {
    const dir = writeTinyFolder({ entities: TINY_ENTITIES.replace("description: Capital of Ukraine.", 'description: "Capital\\u0007 of Ukraine."') });
    const out = join(temporaryFolder("export"), "graph.gexf");
    const { code, stderr } = await cli(["export", "--data", dir, "--format", "gexf", "--out", out]);
    expect(code).toBe(0);
    expect(stderr).toContain('warning: node "kyiv" description: replaced 1 character that XML 1.0 forbids (U+0007) with U+FFFD');
    expect(existsSync(out)).toBe(true);
  });
});
