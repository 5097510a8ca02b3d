// Specification of claims from several documents in the data files: a quote's own stance and
// asserters, `addTo` records that add evidence or aliases from a document's own file, and source
// kinds from the ontology. Each bad input is a located error with a hint, and nothing is loaded.
import { describe, expect, it } from "vitest";
import type { DataError } from "../../src/load/data-error.ts";
import { loadDataFolder } from "../../src/load/read-folder.ts";
import { validateFiles } from "../../src/load/validate.ts";
import { TINY_ONTOLOGY, TINY_RELATIONS, TINY_SOURCES, tinyFiles } from "../helpers/tiny-data.ts";

const CORPUS = "tests/fixtures/corpus";

/** The tiny folder plus more entity and relation files, by name; they sort before or after main.yaml as named. */
function withFiles(extra: { entities?: Record<string, string>; relations?: Record<string, string> }, overrides: Parameters<typeof tinyFiles>[0] = {}) {
  const files = tinyFiles(overrides);
  for (const kind of ["entities", "relations"] as const) {
    for (const [name, text] of Object.entries(extra[kind] ?? {})) files[kind].push({ path: `data/${kind}/${name}`, text });
    files[kind].sort((a, b) => a.path.localeCompare(b.path));
  }
  return validateFiles(files);
}

/** "file:line:column code: message (hint)" of each error, or [] when the folder loads. */
function errorsOf(result: ReturnType<typeof validateFiles>): string[] {
  return result.ok ? [] : result.errors.map((e: DataError) => `${e.file}:${e.line}:${e.column} ${e.code}: ${e.message}${e.hint ? ` (${e.hint})` : ""}`);
}

describe("the corpus fixture: one claim from three documents, each document's additions in its own files", () => {
  it("loads the claim with each document's quote and stance, defined where its first document's file says", async () => {
    const loaded = await loadDataFolder(CORPUS, { shownFrom: CORPUS });
    if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join("\n"));
    const supplies = loaded.dataset.relations.find((r) => r.id === "valdoria-supplies-norvask")!;
    expect(supplies.evidence.map((e) => [e.source, e.status ?? `(${supplies.status})`, e.assertedBy ?? supplies.assertedBy])).toEqual([
      ["doc-a", "(reported)", ["estmark"]],
      ["doc-b", "confirmed", []],
      ["doc-c", "denied", ["valdoria"]],
    ]);
    expect(loaded.dataset.origins.relations["valdoria-supplies-norvask"]).toEqual({ file: "relations/doc-a.yaml", line: 1 });
    expect(loaded.dataset.entities.find((e) => e.id === "kestrel-9")!.aliases).toEqual(["Sparrowhawk"]);
    expect(loaded.dataset.sources.map((s) => s.kind)).toEqual(["article", "report", "statement", "article"]);
  });
});

describe("a quote's own stance and asserters", () => {
  const ADDED = (evidence: string) => ({ relations: { "second.yaml": `- addTo: iran:supplies:russia\n  evidence:\n    - source: doc\n      quote: Kyiv is in Ukraine.\n${evidence}` } });

  it("keeps a denial on the claim it denies, with who denies it", () => {
    const result = withFiles(ADDED("      status: denied\n      assertedBy: [iran]\n"));
    if (!result.ok) throw new Error(errorsOf(result).join("\n"));
    expect(result.dataset.relations[0]!.evidence).toEqual([
      { source: "doc", quote: 'Iran has provided Russia with "suicide drones"' },
      { source: "doc", quote: "Kyiv is in Ukraine.", status: "denied", assertedBy: ["iran"] },
    ]);
  });

  it("accepts a single asserter written as a name, and an empty list for a document that says it itself", () => {
    const single = withFiles(ADDED("      assertedBy: ukraine\n"));
    const none = withFiles(ADDED("      assertedBy: []\n"));
    expect(single.ok && single.dataset.relations[0]!.evidence[1]!.assertedBy).toEqual(["ukraine"]);
    expect(none.ok && none.dataset.relations[0]!.evidence[1]!.assertedBy).toEqual([]);
  });

  it("refuses a stance that is not a status, suggesting the nearest", () => {
    expect(errorsOf(withFiles(ADDED("      status: denid\n")))).toEqual([
      `data/relations/second.yaml:5:15 unknown-status: evidence of relation "iran:supplies:russia" (addTo) #1 has an unknown status "denid" (did you mean "denied"?)`,
    ]);
  });

  it("refuses an asserter that is not an entity, suggesting the nearest", () => {
    expect(errorsOf(withFiles(ADDED("      assertedBy: [irann]\n")))).toEqual([
      `data/relations/second.yaml:5:20 unknown-entity: assertedBy "irann" of evidence of relation "iran:supplies:russia" (addTo) #1 is not a known entity (did you mean "iran"?)`,
    ]);
  });

  it("checks stances on a relation's own evidence the same way", () => {
    const relations = `- source: iran\n  type: supplies\n  target: russia\n  status: reported\n  evidence:\n    - source: doc\n      quote: Kyiv is in Ukraine.\n      status: maybe\n`;
    expect(errorsOf(validateFiles(tinyFiles({ relations })))).toEqual([
      `data/relations/main.yaml:8:15 unknown-status: evidence of relation iran -supplies-> russia #1 has an unknown status "maybe" (use one of reported, confirmed, alleged, planned, denied)`,
    ]);
  });
});

describe("addTo: evidence for a relation defined in another file", () => {
  it("adds to a relation whose file is read later, and to one whose id is written out as source:type:target:date", () => {
    const result = withFiles({ relations: {
      "a-first.yaml": "- addTo: russia:attacked:kyiv:2023-05-28\n  evidence:\n    - source: doc\n      quote: Kyiv is in Ukraine.\n",
    } });
    if (!result.ok) throw new Error(errorsOf(result).join("\n"));
    expect(result.dataset.relations.find((r) => r.id === "russia:attacked:kyiv:2023-05-28")!.evidence.map((e) => e.quote)).toEqual([
      "Russia used Iranian drones in an attack on Kyiv on 28 May 2023.", "Kyiv is in Ukraine.",
    ]);
    expect(result.dataset.relations).toHaveLength(3);
  });

  it("refuses evidence for an unknown relation at its addTo, suggesting the nearest id", () => {
    expect(errorsOf(withFiles({ relations: { "second.yaml": "- addTo: iran:supplies:rusia\n  evidence:\n    - source: doc\n      quote: Kyiv is in Ukraine.\n" } }))).toEqual([
      `data/relations/second.yaml:1:10 unknown-relation: evidence is added to relation "iran:supplies:rusia", which is not defined in any relations file (did you mean "iran:supplies:russia"?)`,
    ]);
  });

  it("reports only the syntax error when the file that defines the relation cannot be read, not an unknown relation for every addition", () => {
    const errors = errorsOf(withFiles({ relations: {
      "a-broken.yaml": "- id: valdoria-supplies-norvask\n  source: iran\n type: supplies\n",
      "b-doc.yaml": "- addTo: valdoria-supplies-norvask\n  evidence:\n    - source: doc\n      quote: Kyiv is in Ukraine.\n",
    } }));
    expect(errors.map((e) => e.match(/^\S+ [a-z-]+/)![0])).toEqual(["data/relations/a-broken.yaml:3:1 yaml-syntax"]);
  });

  it("rejects a relation whose role is refused as a whole, so its corrected copy in another file is no duplicate", () => {
    const withLongRole = TINY_RELATIONS.replace("  status: reported\n  items:", `  status: reported\n  role: ${"r".repeat(301)}\n  items:`);
    const errors = errorsOf(withFiles({ relations: {
      "z-again.yaml": "- source: iran\n  type: supplies\n  target: russia\n  status: reported\n  evidence:\n    - source: doc\n      quote: Kyiv is in Ukraine.\n",
    } }, { relations: withLongRole }));
    expect(errors.map((e) => e.match(/^\S+ [a-z-]+/)![0])).toEqual(["data/relations/main.yaml:5:9 too-long"]);
  });

  it("names the known sources in the hint for an unknown one only while they are few", () => {
    const index = (count: number) => Array.from({ length: count }, (_, i) => `- id: bulletin-${i + 1}\n  title: Bulletin ${i + 1}\n  kind: report\n  file: doc.txt\n`).join("") + TINY_SOURCES;
    const citing = (count: number) => errorsOf(withFiles({ relations: { "second.yaml": "- addTo: iran:supplies:russia\n  evidence:\n    - source: zzz\n      quote: Kyiv is in Ukraine.\n" } }, { sources: index(count) }));
    expect(citing(2)[0]).toMatch(/\(known sources: bulletin-1, bulletin-2, doc\)$/);
    expect(citing(12)[0]).toMatch(/\(none of the 13 listed sources is close; check its id in sources\/sources\.yaml, or list the document/);
  });

  it("checks the added evidence as any evidence: a known source, a quote found in it", () => {
    const errors = errorsOf(withFiles({ relations: { "second.yaml": "- addTo: iran:supplies:russia\n  evidence:\n    - source: dok\n      quote: Kyiv is in Ukraine.\n    - source: doc\n      quote: Tehran denies it.\n" } }));
    expect(errors.map((e) => e.match(/^\S+ [a-z-]+/)![0])).toEqual(["data/relations/second.yaml:3:15 unknown-source", "data/relations/second.yaml:6:14 quote-not-found"]);
  });

  it("refuses other fields: an addition brings evidence only", () => {
    expect(errorsOf(withFiles({ relations: { "second.yaml": "- addTo: iran:supplies:russia\n  status: denied\n  evidence:\n    - source: doc\n      quote: Kyiv is in Ukraine.\n" } }))[0]).toMatch(/^data\/relations\/second\.yaml:2:3 unknown-field: .*"status"/);
  });

  it("refuses an addition without evidence", () => {
    expect(errorsOf(withFiles({ relations: { "second.yaml": "- addTo: iran:supplies:russia\n" } }))[0]).toMatch(/empty-evidence: relation "iran:supplies:russia" \(addTo\) has no evidence/);
  });

  it("says nothing more about evidence added to a relation that was refused for its own error", () => {
    const relations = `- id: bad-one\n  source: iran\n  type: supplies\n  target: atlantis\n  status: reported\n  evidence:\n    - source: doc\n      quote: Kyiv is in Ukraine.\n`;
    const errors = errorsOf(withFiles({ relations: { "second.yaml": "- addTo: bad-one\n  evidence:\n    - source: doc\n      quote: Kyiv is in Ukraine.\n" } }, { relations }));
    expect(errors.map((e) => e.split(" ")[1]!.replace(/:$/, ""))).toEqual(["unknown-entity"]);
  });

  it("answers a claim written twice with where the first is and how to add the quote to it", () => {
    const twice = withFiles({ relations: { "second.yaml": "- source: iran\n  type: supplies\n  target: russia\n  status: denied\n  evidence:\n    - source: doc\n      quote: Kyiv is in Ukraine.\n" } });
    expect(errorsOf(twice)).toEqual([
      `data/relations/second.yaml:1:3 duplicate-relation-id: relation id "iran:supplies:russia" is used twice (the first is at data/relations/main.yaml:1; if it is the same claim, move its evidence to the first (or to a record "- addTo: iran:supplies:russia" with "evidence:" in a file of its own); if it is another claim, give both an explicit "id:")`,
    ]);
  });
});

describe("addTo: aliases for an entity defined in another file", () => {
  it("adds names from a file read before the entity's own, and relations can use the entity as before", () => {
    const result = withFiles({ entities: { "a-first.yaml": "- addTo: shahed-136\n  aliases: [Geran-2, Shahed-136]\n" } });
    if (!result.ok) throw new Error(errorsOf(result).join("\n"));
    expect(result.dataset.entities.find((e) => e.id === "shahed-136")!.aliases).toEqual(["Geran-2"]);
    expect(result.dataset.entities).toHaveLength(5);
  });

  it("refuses aliases for an unknown entity, suggesting the nearest id", () => {
    expect(errorsOf(withFiles({ entities: { "second.yaml": "- addTo: shahed-163\n  aliases: [Geran-2]\n" } }))).toEqual([
      `data/entities/second.yaml:1:10 unknown-entity: aliases are added to entity "shahed-163", which is not defined in any entities file (did you mean "shahed-136"?)`,
    ]);
  });

  it("refuses an added alias that already names another entity, at the alias", () => {
    expect(errorsOf(withFiles({ entities: { "second.yaml": "- addTo: shahed-136\n  aliases: [Geran-2, Tehran]\n" } }))).toEqual([
      `data/entities/second.yaml:2:22 alias-collision: "Tehran" added to entity "shahed-136" already names entity "iran" (data/entities/main.yaml:4) (a name may belong to one entity only: remove it from one of them or make it more specific)`,
    ]);
  });

  it("refuses an addition without aliases, and fields other than aliases", () => {
    expect(errorsOf(withFiles({ entities: { "second.yaml": "- addTo: shahed-136\n" } }))).toEqual([
      `data/entities/second.yaml:1:3 missing-field: entity "shahed-136" (addTo) has no "aliases" (list the names to add, like aliases: [Geran-2])`,
    ]);
    expect(errorsOf(withFiles({ entities: { "second.yaml": "- addTo: shahed-136\n  aliases: [Geran-2]\n  label: Geran\n" } }))[0]).toMatch(/^data\/entities\/second\.yaml:3:3 unknown-field/);
  });
});

describe("source kinds come from the ontology", () => {
  const kinds = "sourceKinds:\n  - id: article\n    description: An article.\n  - id: leak\n    description: A leaked document.\n";

  it("accepts a kind the ontology lists and refuses one it does not, suggesting the nearest", () => {
    const leak = withFiles({}, { ontology: `${TINY_ONTOLOGY}${kinds}`, sources: TINY_SOURCES.replace("kind: article", "kind: leak") });
    expect(leak.ok && leak.dataset.ontology.sourceKinds.map((k) => k.id)).toEqual(["article", "leak"]);
    expect(errorsOf(withFiles({}, { ontology: `${TINY_ONTOLOGY}${kinds}`, sources: TINY_SOURCES.replace("kind: article", "kind: artcle") }))).toEqual([
      `data/sources/sources.yaml:3:9 unknown-source-kind: source "doc" has an unknown kind "artcle" (did you mean "article"?)`,
    ]);
  });

  it("uses the built-in kinds when the ontology lists none, so kind: zzz-bogus is refused everywhere", () => {
    const bogus = errorsOf(withFiles({}, { sources: TINY_SOURCES.replace("kind: article", "kind: zzz-bogus") }));
    expect(bogus).toEqual([
      `data/sources/sources.yaml:3:9 unknown-source-kind: source "doc" has an unknown kind "zzz-bogus" (the ontology's sourceKinds: article, report, statement, transcript, dataset, social-media, other)`,
    ]);
  });

  it("checks the ontology's kinds like its types: an id and a description each", () => {
    const errors = errorsOf(withFiles({}, { ontology: `${TINY_ONTOLOGY}sourceKinds:\n  - id: leak\n` }));
    expect(errors.map((e) => e.split(" ")[1]!.replace(/:$/, ""))).toContain("missing-field");
  });
});
