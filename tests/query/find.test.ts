// findInDataset: which entities a text names and which relations involve them, with where each is defined, on the invented corpus.
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataFolder } from "../../src/load/read-folder.ts";
import type { Dataset } from "../../src/model/dataset.ts";
import { findInDataset } from "../../src/query/find.ts";

let corpus: Dataset;

beforeAll(async () => {
  const loaded = await loadDataFolder("tests/fixtures/corpus", { shownFrom: "tests/fixtures/corpus" });
  if (!loaded.ok) throw new Error(`the corpus fixture does not load: ${loaded.errors.map((e) => e.message).join("; ")}`);
  corpus = loaded.dataset;
});

const entityIds = (text: string) => findInDataset(corpus, text).entities.map((e) => e.id);
const relationIds = (text: string) => findInDataset(corpus, text).relations.map((r) => r.id);

describe("findInDataset", () => {
  it("matches nothing for an empty text or one of punctuation only", () => {
    for (const text of ["", "   ", "-", "?!"]) expect(findInDataset(corpus, text)).toEqual({ query: text, entities: [], relations: [] });
  });

  it("matches an entity by its id, its label or an alias, anywhere in the name", () => {
    expect(entityIds("port-halden")).toEqual(["port-halden"]);
    expect(entityIds("Halden")).toEqual(["port-halden"]);
    expect(entityIds("hawk")).toEqual(["kestrel-9"]);
    expect(entityIds("armed forces")).toEqual(["norvask-armed-forces"]);
  });

  it("ignores case, diacritics, punctuation and the spaces inside names", () => {
    expect(entityIds("ÉSTMARK")).toEqual(["estmark"]);
    expect(entityIds("kestrel 9")).toEqual(["kestrel-9"]);
    expect(entityIds("kestrel9")).toEqual(["kestrel-9"]);
    expect(entityIds("drone-corps")).toEqual(["norvask-drone-corps"]);
    expect(entityIds("dronecorps")).toEqual(["norvask-drone-corps"]);
  });

  it("lists entities in the order the data defines them, with the file and line of each record", () => {
    const { entities } = findInDataset(corpus, "norvask");
    expect(entities.map((e) => [e.id, e.origin])).toEqual([
      ["norvask", { file: "entities/corpus.yaml", line: 5 }],
      ["norvask-drone-corps", { file: "entities/corpus.yaml", line: 13 }],
      ["norvask-armed-forces", { file: "entities/corpus.yaml", line: 17 }],
    ]);
  });

  it("gives each entity's label, type and every alias, those added from other files included", () => {
    expect(findInDataset(corpus, "sparrowhawk").entities).toEqual([
      { id: "kestrel-9", label: "Kestrel-9", type: "weapon", aliases: ["Sparrowhawk"], origin: { file: "entities/corpus.yaml", line: 25 } },
    ]);
  });

  it("finds the relations a matching entity is the source of, the target of, or an item of", () => {
    expect(relationIds("estmark")).toEqual(["port-halden:located-in:estmark"]);
    expect(relationIds("valdoria")).toEqual(["valdoria-supplies-norvask", "valdoria-trains-drone-corps"]);
    expect(relationIds("kestrel")).toEqual(["valdoria-supplies-norvask", "norvask-attacked-port-halden", "norvask:uses:kestrel-9"]);
  });

  it("finds relations by their id, whether explicit or derived, when no entity matches", () => {
    expect(entityIds("trains")).toEqual([]);
    expect(relationIds("trains")).toEqual(["valdoria-trains-drone-corps"]);
    expect(relationIds("located-in")).toEqual(["port-halden:located-in:estmark"]);
  });

  it("describes each relation: its ends, type, date, status and items, what its documents say, and where it is defined", () => {
    const [supplies] = findInDataset(corpus, "valdoria-supplies").relations;
    expect(supplies).toEqual({
      id: "valdoria-supplies-norvask", source: "valdoria", type: "supplies", target: "norvask", status: "reported", items: ["kestrel-9"],
      sourceCount: 3, stanceCounts: { reported: 1, confirmed: 1, denied: 1 }, contested: true,
      origin: { file: "relations/doc-a.yaml", line: 1 },
    });
    const [attack] = findInDataset(corpus, "norvask-attacked").relations;
    expect(attack).toMatchObject({ date: "2023-03-04", sourceCount: 1, contested: false, origin: { file: "relations/doc-b.yaml", line: 8 } });
    expect(attack).not.toHaveProperty("end");
  });

  it("keeps the text as given in its answer", () => {
    expect(findInDataset(corpus, "  Kestrel ").query).toBe("  Kestrel ");
  });
});
