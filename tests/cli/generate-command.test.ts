// Specification of `actorgraph generate`'s options from the command line: sizes, --seed, --format csv and --ontology.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { temporaryFolder } from "../helpers/temporary-folder.ts";
import { cli } from "./cli-helpers.ts";

/** A fictional ontology: an archipelago of principalities, their harbours and fleets. */
const ARCHIPELAGO_ONTOLOGY = `entityTypes:
  - id: principality
    label: Principality
    description: A small island realm.
    color: "#1f77b4"
  - id: harbour
    label: Harbour
    description: A port on one of the isles.
    color: "#2ca02c"
  - id: fleet
    label: Fleet
    description: A squadron of ships.
    color: "#ff7f0e"
relationTypes:
  - id: blockades
    label: blockades
    description: The fleet closes the harbour to shipping.
    color: "#d62728"
    directed: true
    from: [fleet]
    to: [harbour]
  - id: governs
    label: governs
    description: The principality rules the harbour.
    color: "#9467bd"
    directed: true
    from: [principality]
    to: [harbour]
  - id: commissions
    label: commissions
    description: The principality puts the fleet to sea.
    color: "#8c564b"
    directed: true
    from: [principality]
    to: [fleet]
`;

/** A path for a new data folder inside a fresh temporary folder. */
function newFolder(): string {
  return join(temporaryFolder("generate"), "out");
}

function jsonLines<T>(file: string): T[] {
  return readFileSync(file, "utf8").trim().split("\n").map((line) => JSON.parse(line) as T);
}

/** Every file of a folder with its text, by path inside it. */
function filesOf(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[join(entry.parentPath, entry.name).slice(dir.length + 1)] = readFileSync(join(entry.parentPath, entry.name), "utf8");
  }
  return files;
}

describe("actorgraph generate --nodes --edges --seed", () => {
  it("writes as many entities and relations as asked, and says so", async () => {
    const out = newFolder();
    const { code, stdout } = await cli(["generate", "--nodes", "30", "--edges", "70", "--out", out]);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^wrote ${out}: 30 entities, 70 relations, 2 sources \\(jsonl, seed 1, \\d+\\.\\d s\\)\\n$`));
    expect(jsonLines(join(out, "entities.jsonl"))).toHaveLength(30);
    expect(jsonLines(join(out, "relations.jsonl"))).toHaveLength(70);
  });

  it("backs some relations with quotes from both of its two documents, each quote on the relation's own line", async () => {
    const out = newFolder();
    expect((await cli(["generate", "--nodes", "30", "--edges", "70", "--out", out])).code).toBe(0);
    const relations = jsonLines<{ evidence: { source: string }[] }>(join(out, "relations.jsonl"));
    const twice = relations.filter((r) => r.evidence.length === 2);
    expect(twice.length).toBeGreaterThan(0);
    expect(relations.every((r) => r.evidence.length <= 2)).toBe(true);
    for (const r of twice) expect(r.evidence.map((e) => e.source).sort()).toEqual(["source-00001", "source-00002"]);
    expect((await cli(["validate", "--data", out])).code).toBe(0);
  });

  it("writes other data for another seed, and the same bytes for the same seed", async () => {
    const [a, b, c] = [newFolder(), newFolder(), newFolder()];
    for (const [out, seed] of [[a, "11"], [b, "11"], [c, "12"]] as const) {
      const { code, stdout } = await cli(["generate", "--nodes", "30", "--edges", "60", "--seed", seed, "--out", out]);
      expect(code).toBe(0);
      expect(stdout).toContain(`(jsonl, seed ${seed},`);
    }
    expect(filesOf(b)).toEqual(filesOf(a));
    expect(filesOf(c)["entities.jsonl"]).not.toBe(filesOf(a)["entities.jsonl"]);
    expect(filesOf(c)["relations.jsonl"]).not.toBe(filesOf(a)["relations.jsonl"]);
  });
});

describe("actorgraph generate --format csv", () => {
  it("writes CSV files instead of JSONL, which load into the same graph as the JSONL of the same seed", async () => {
    const [jsonl, csv] = [newFolder(), newFolder()];
    expect((await cli(["generate", "--nodes", "40", "--edges", "120", "--seed", "5", "--out", jsonl])).code).toBe(0);
    const made = await cli(["generate", "--nodes", "40", "--edges", "120", "--seed", "5", "--format", "csv", "--out", csv]);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain("(csv, seed 5,");

    const names = Object.keys(filesOf(csv));
    expect(names).toEqual(expect.arrayContaining(["entities.csv", "relations.csv", join("sources", "sources.csv"), "ontology.yaml"]));
    expect(names.filter((name) => name.endsWith(".jsonl"))).toEqual([]);
    expect(readFileSync(join(csv, "entities.csv"), "utf8")).toMatch(/^id,label,type,/);
    // Each quote is a group of columns: its document, its words, and its own stance and speaker when it has them.
    const relations = readFileSync(join(csv, "relations.csv"), "utf8");
    expect(relations).toMatch(/,evidenceSource,evidenceQuote,evidenceStatus,evidenceAssertedBy,evidenceSource2,evidenceQuote2,evidenceStatus2,evidenceAssertedBy2,/);

    const graphs: string[] = [];
    for (const dir of [jsonl, csv]) {
      const built = await cli(["build", "--data", dir, "--out", join(dir, "graph.json")]);
      expect(built.code, built.stderr).toBe(0);
      expect(built.stdout).toContain(": 40 nodes, 120 edges");
      graphs.push(readFileSync(join(dir, "graph.json"), "utf8"));
    }
    expect(graphs[1]).toBe(graphs[0]);
  });
});

describe("actorgraph generate --ontology", () => {
  it("draws entity and relation types from the ontology it is given, and copies it into the folder", async () => {
    const home = temporaryFolder("generate-ontology");
    writeFileSync(join(home, "archipelago.yaml"), ARCHIPELAGO_ONTOLOGY);
    const { code, stderr } = await cli(["generate", "--nodes", "40", "--edges", "100", "--ontology", "archipelago.yaml", "--out", "isles"], { cwd: home });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const out = join(home, "isles");
    expect(readFileSync(join(out, "ontology.yaml"), "utf8")).toBe(ARCHIPELAGO_ONTOLOGY);

    const entities = jsonLines<{ id: string; type: string }>(join(out, "entities.jsonl"));
    expect(new Set(entities.map((e) => e.type))).toEqual(new Set(["principality", "harbour", "fleet"]));
    const typeOf = new Map(entities.map((e) => [e.id, e.type]));
    const relations = jsonLines<{ source: string; type: string; target: string }>(join(out, "relations.jsonl"));
    const ends = { blockades: "fleet->harbour", governs: "principality->harbour", commissions: "principality->fleet" };
    for (const r of relations) expect(`${typeOf.get(r.source)}->${typeOf.get(r.target)}`, r.type).toBe(ends[r.type as keyof typeof ends]);

    expect((await cli(["validate", "--data", out])).code).toBe(0);
  });

  it("exits 1 naming the ontology when it cannot be read, and writes nothing", async () => {
    const home = temporaryFolder("generate-ontology");
    const { code, stderr } = await cli(["generate", "--nodes", "10", "--edges", "10", "--ontology", "missing.yaml", "--out", "isles"], { cwd: home });
    expect(code).toBe(1);
    expect(stderr).toBe("actorgraph generate: cannot read the ontology missing.yaml\n");
    expect(existsSync(join(home, "isles"))).toBe(false);
  });

  it("exits 1 with the located errors of a broken ontology, and writes nothing", async () => {
    const home = temporaryFolder("generate-ontology");
    writeFileSync(join(home, "archipelago.yaml"), ARCHIPELAGO_ONTOLOGY.replace("to: [harbour]\n  - id: governs", "to: [harbor]\n  - id: governs"));
    const { code, stderr } = await cli(["generate", "--nodes", "10", "--edges", "10", "--ontology", "archipelago.yaml", "--out", "isles"], { cwd: home });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^archipelago\.yaml:\d+:\d+ error\[unknown-entity-type\]: .*"harbor".*\n    hint: did you mean "harbour"\?/m);
    expect(existsSync(join(home, "isles"))).toBe(false);
  });
});
