// Specification of the generator: valid, realistic, seeded data of any size, in JSONL or CSV, with claims that several documents back or deny.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.ts";
import { graphToJson } from "../../src/export/json.ts";
import { generateDataset, resolveGenerateOptions, validateGenerateOptions } from "../../src/generate/dataset.ts";
import { writeGeneratedFolder } from "../../src/generate/write-folder.ts";
import { buildGraph } from "../../src/graph/build.ts";
import { corroborationOf } from "../../src/model/corroboration.ts";
import { loadDataFolder } from "../../src/load/read-folder.ts";
import { readOntology } from "../../src/load/read-ontology.ts";
import { parseYaml } from "../../src/load/yaml-records.ts";
import { temporaryFolder } from "../helpers/temporary-folder.ts";

const ONTOLOGY_TEXT = readFileSync("graph-data/ontology.yaml", "utf8");
const ONTOLOGY = readOntology(parseYaml({ path: "ontology.yaml", text: ONTOLOGY_TEXT }));

/** A path in a fresh temporary folder, not yet made: generate refuses a folder that is not empty. */
function tempDir(): string {
  return join(temporaryFolder("generate"), "out");
}

function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return run(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: process.cwd() }).then((code) => ({ code, stdout: out.join(""), stderr: err.join("") }));
}

function filesOf(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[join(entry.parentPath, entry.name).slice(dir.length)] = readFileSync(join(entry.parentPath, entry.name), "utf8");
  }
  return files;
}

describe("validateGenerateOptions", () => {
  it.each([
    [{ nodes: 1 }, /nodes must be a whole number >= 2, got 1/],
    [{ edges: -5 }, /edges must be a whole number >= 0, got -5/],
    [{ edges: 2.5 }, /edges must be a whole number/],
    [{ seed: 0.5 }, /seed must be an integer, got 0.5/],
    [{ firstYear: 2020, lastYear: 2019 }, /lastYear must be a year from firstYear \(2020\)/],
  ])("refuses %o", (partial, message) => {
    expect(() => validateGenerateOptions(resolveGenerateOptions(partial))).toThrow(message);
  });

  it("refuses an ontology without entity types", () => {
    expect(() => generateDataset({ nodes: 10, edges: 10 }, { entityTypes: [], relationTypes: [], sourceKinds: [] })).toThrow(/without entity types/);
  });
});

describe("generateDataset", () => {
  const small = { nodes: 2000, edges: 10_000, seed: 7 };
  const data = generateDataset(small, ONTOLOGY);

  it("gives exactly the requested numbers of entities and relations", () => {
    expect(data.entities).toHaveLength(2000);
    expect(data.relations).toHaveLength(10_000);
    expect(data.sources.length).toBe(Math.ceil(10_000 / resolveGenerateOptions().relationsPerSource));
  });

  it("gives the same records for the same seed and different ones for another seed", () => {
    expect(generateDataset(small, ONTOLOGY)).toEqual(data);
    expect(generateDataset({ ...small, seed: 8 }, ONTOLOGY).relations.slice(0, 20)).not.toEqual(data.relations.slice(0, 20));
  });

  it("uses every entity type, with organisations and officials far more common than states", () => {
    const count = (type: string) => data.entities.filter((e) => e.type === type).length;
    for (const type of ONTOLOGY.entityTypes) expect(count(type.id), type.id).toBeGreaterThan(0);
    expect(count("organization")).toBeGreaterThan(5 * count("state"));
    expect(count("official")).toBeGreaterThan(5 * count("state"));
  });

  it("has skewed degrees: a few hubs and a long tail", () => {
    const degree = new Map<string, number>();
    for (const r of data.relations) for (const end of [r.source, r.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    const sorted = [...degree.values()].sort((a, b) => b - a);
    const mean = (2 * data.relations.length) / data.entities.length;
    expect(sorted[0]!).toBeGreaterThan(20 * mean);
    expect(sorted[Math.floor(sorted.length / 2)]!).toBeLessThan(mean);
  });

  it("dates most relations and reports most as 'reported'", () => {
    expect(data.relations.filter((r) => r.date !== undefined).length / data.relations.length).toBeGreaterThan(0.75);
    expect(data.relations.filter((r) => r.status === "reported").length / data.relations.length).toBeGreaterThan(0.6);
  });

  it("backs about 30% of relations with 2 to 4 different documents", () => {
    const documents = data.relations.map((r) => new Set(r.evidence.map((e) => e.source)));
    data.relations.forEach((r, i) => expect(documents[i]!.size, r.id).toBe(r.evidence.length));
    const counts = documents.map((d) => d.size);
    expect(Math.min(...counts)).toBe(1);
    expect(Math.max(...counts)).toBe(4);
    const several = counts.filter((n) => n > 1).length / counts.length;
    expect(several).toBeGreaterThan(0.25);
    expect(several).toBeLessThan(0.35);
    for (const n of [2, 3, 4]) expect(counts.filter((c) => c === n).length, `${n} documents`).toBeGreaterThan(0.05 * counts.length);
  });

  it("lets further documents take their own stance: confirmations, and a few denials that make their claims contested", () => {
    const own = data.relations.flatMap((r) => r.evidence.slice(1).filter((e) => e.status !== undefined).map((e) => [r.status, e.status]));
    // A document's own stance is written only where it differs from the relation's.
    expect(own.every(([relation, quote]) => relation !== quote)).toBe(true);
    expect(own.filter(([, quote]) => quote === "confirmed").length).toBeGreaterThan(0);
    expect(data.relations.every((r) => r.evidence[0]!.status === undefined && r.evidence[0]!.assertedBy === undefined)).toBe(true);
    const contested = data.relations.filter((r) => corroborationOf(r, () => undefined).contested).length / data.relations.length;
    expect(contested).toBeGreaterThan(0.02);
    expect(contested).toBeLessThan(0.1);
    // Someone denies it: the claim's own source when it is one that speaks.
    const denials = data.relations.flatMap((r) => r.evidence.filter((e) => e.status === "denied").map((e) => ({ relation: r, evidence: e })));
    expect(denials.every(({ evidence }) => evidence.assertedBy?.length === 1)).toBe(true);
    expect(denials.some(({ relation, evidence }) => evidence.assertedBy![0] === relation.source)).toBe(true);
  });

  it("names who speaks in a further document, or nobody ([]) where it states itself what the relation's asserters claim", () => {
    const further = data.relations.flatMap((r) => r.evidence.slice(1).map((e) => ({ relation: r, evidence: e })));
    const speaking = further.filter(({ evidence }) => (evidence.assertedBy?.length ?? 0) > 0);
    expect(speaking.length).toBeGreaterThan(0.2 * further.length);
    for (const { evidence } of speaking) expect(evidence.quote.startsWith(data.entities.find((e) => e.id === evidence.assertedBy![0])!.label)).toBe(true);
    const nobody = further.filter(({ evidence }) => evidence.assertedBy?.length === 0);
    expect(nobody.length).toBeGreaterThan(0);
    expect(nobody.every(({ relation }) => relation.assertedBy.length > 0)).toBe(true);
  });

  it("quotes sentences that occur in the cited source text", () => {
    const texts = new Map(data.sources.map((s) => [s.id, s.text.replace(/\s+/g, " ")]));
    for (const relation of data.relations.slice(0, 500)) {
      for (const evidence of relation.evidence) expect(texts.get(evidence.source)).toContain(evidence.quote);
    }
  });
});

describe("writeGeneratedFolder and loading it back", () => {
  it.each(["jsonl", "csv"] as const)("writes a %s folder that validates and builds the generated graph", async (format) => {
    const data = generateDataset({ nodes: 300, edges: 1200, seed: 3 }, ONTOLOGY);
    const dir = tempDir();
    await writeGeneratedFolder(dir, data, ONTOLOGY_TEXT, format);
    const loaded = await loadDataFolder(dir);
    if (!loaded.ok) throw new Error(loaded.errors.slice(0, 3).map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`).join("\n"));
    expect(loaded.dataset.entities).toEqual(data.entities);
    expect(loaded.dataset.relations).toEqual(data.relations);
    expect(loaded.dataset.sources).toEqual(data.sources);
  });

  it("writes JSONL and CSV folders that build byte-identical graphs", async () => {
    const data = generateDataset({ nodes: 200, edges: 600, seed: 4 }, ONTOLOGY);
    const graphs: string[] = [];
    for (const format of ["jsonl", "csv"] as const) {
      const dir = tempDir();
      await writeGeneratedFolder(dir, data, ONTOLOGY_TEXT, format);
      const loaded = await loadDataFolder(dir);
      if (!loaded.ok) throw new Error(loaded.errors[0]!.message);
      graphs.push(graphToJson(buildGraph(loaded.dataset, { layout: false })));
    }
    expect(graphs[1]).toBe(graphs[0]);
  });
});

describe("actorgraph generate", () => {
  it("requires --nodes, --edges and --out, and refuses a folder that is not empty", async () => {
    expect((await cli(["generate", "--edges", "10", "--out", tempDir()])).stderr).toMatch(/--nodes is required/);
    expect((await cli(["generate", "--nodes", "x", "--edges", "10", "--out", tempDir()])).code).toBe(2);
    expect((await cli(["generate", "--nodes", "10", "--edges", "10", "--out", tempDir(), "--format", "xml"])).stderr).toMatch(/unknown format "xml"/);
    const dir = tempDir();
    expect((await cli(["generate", "--nodes", "20", "--edges", "30", "--out", dir])).code).toBe(0);
    const again = await cli(["generate", "--nodes", "20", "--edges", "30", "--out", dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/is not empty/);
  });

  it("writes the same bytes for the same seed", async () => {
    const [a, b] = [tempDir(), tempDir()];
    for (const dir of [a, b]) expect((await cli(["generate", "--nodes", "150", "--edges", "400", "--seed", "9", "--out", dir])).code).toBe(0);
    const files = filesOf(a);
    expect(Object.keys(files).sort()).toEqual(expect.arrayContaining(["/entities.jsonl", "/relations.jsonl", "/ontology.yaml", "/sources/sources.jsonl"]));
    expect(filesOf(b)).toEqual(files);
  });
});
