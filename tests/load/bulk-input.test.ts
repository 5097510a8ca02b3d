// Specification of bulk input: entities and relations as JSONL or CSV pass the same rules as YAML, with located errors,
// down to a quote's own stance and asserters and the records that add to what another file defines.
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { graphToJson } from "../../src/export/json.ts";
import { buildGraph } from "../../src/graph/build.ts";
import { assertersOf, corroborationOf } from "../../src/model/corroboration.ts";
import type { DataError } from "../../src/load/data-error.ts";
import { loadDataFolder } from "../../src/load/read-folder.ts";
import { validateFiles, type LoadResult } from "../../src/load/validate.ts";
import { temporaryFolder } from "../helpers/temporary-folder.ts";
import { TINY_ONTOLOGY, TINY_SOURCE_TEXT, TINY_SOURCES, tinyFiles } from "../helpers/tiny-data.ts";

/** The tiny data set of tests/helpers/tiny-data.ts, written as a user would write it in JSONL. */
const ENTITIES_JSONL = [
  '{"id": "iran", "label": "Iran", "type": "state", "aliases": ["Tehran"], "description": "A state."}',
  '{"id": "russia", "label": "Russia", "type": "state", "aliases": ["Moscow"], "description": "A state."}',
  '{"id": "ukraine", "label": "Ukraine", "type": "state", "description": "A state."}',
  '{"id": "kyiv", "label": "Kyiv", "type": "city", "aliases": ["Kiev"], "description": "Capital of Ukraine."}',
  '{"id": "shahed-136", "label": "Shahed-136", "type": "weapon", "description": "A drone."}',
].join("\n");
const RELATIONS_JSONL = [
  '{"source": "iran", "type": "supplies", "target": "russia", "status": "reported", "items": ["shahed-136"], "evidence": [{"source": "doc", "quote": "Iran has provided Russia with \\"suicide drones\\""}]}',
  '{"source": "russia", "type": "attacked", "target": "kyiv", "date": "2023-05-28", "status": "reported", "evidence": [{"source": "doc", "quote": "Russia used Iranian drones in an attack on Kyiv on 28 May 2023."}]}',
  "",
  '{"source": "kyiv", "type": "located-in", "target": "ukraine", "status": "reported", "evidence": [{"source": "doc", "quote": "Kyiv is in Ukraine."}]}',
].join("\n");
const ENTITIES_CSV = `id,label,type,aliases,description
iran,Iran,state,Tehran,A state.
russia,Russia,state,Moscow,A state.
ukraine,Ukraine,state,,A state.
kyiv,Kyiv,city,Kiev,Capital of Ukraine.
shahed-136,Shahed-136,weapon,,A drone.
`;
const RELATIONS_CSV = `source,type,target,date,status,items,evidenceSource,evidenceQuote
iran,supplies,russia,,reported,shahed-136,doc,"Iran has provided Russia with ""suicide drones"""
russia,attacked,kyiv,2023-05-28,reported,,doc,Russia used Iranian drones in an attack on Kyiv on 28 May 2023.
kyiv,located-in,ukraine,,reported,,doc,Kyiv is in Ukraine.
`;

const SOURCES_JSONL = '{"id": "doc", "title": "A test document", "kind": "article", "file": "doc.txt"}\n';
const SOURCES_CSV = "id,title,kind,date,file\ndoc,A test document,article,,doc.txt\n";

type Format = "jsonl" | "csv";
const TEXTS: Record<Format, { entities: string; relations: string }> = {
  jsonl: { entities: ENTITIES_JSONL, relations: RELATIONS_JSONL },
  csv: { entities: ENTITIES_CSV, relations: RELATIONS_CSV },
};

function bulkFiles(format: Format, edit: { entities?: (t: string) => string; relations?: (t: string) => string } = {}) {
  const files = tinyFiles();
  const entities = (edit.entities ?? ((t) => t))(TEXTS[format].entities);
  const relations = (edit.relations ?? ((t) => t))(TEXTS[format].relations);
  return { ...files, entities: [{ path: `data/entities.${format}`, text: entities }], relations: [{ path: `data/relations.${format}`, text: relations }] };
}

function errorsOf(result: LoadResult): DataError[] {
  if (result.ok) throw new Error("expected the data to be invalid");
  return result.errors;
}

function graphOf(result: LoadResult): string {
  if (!result.ok) throw new Error(`expected valid data, got ${result.errors.map((e) => e.message).join("; ")}`);
  return graphToJson(buildGraph(result.dataset, { layout: false }));
}

describe("JSONL entities and relations", () => {
  it("reports a line that is not JSON at its line and column", () => {
    const errors = errorsOf(validateFiles(bulkFiles("jsonl", { relations: (t) => t.replace('"status": "reported", "items"', '"status": "reported" "items"') })));
    expect(errors).toMatchObject([{ file: "data/relations.jsonl", line: 1, code: "json-syntax" }]);
    expect(errors[0]!.column).toBeGreaterThan(60);
  });

  it("reports a line that is not an object", () => {
    const errors = errorsOf(validateFiles(bulkFiles("jsonl", { entities: (t) => `${t}\n["kherson", "city"]` })));
    expect(errors).toMatchObject([{ file: "data/entities.jsonl", line: 6, column: 1, code: "wrong-shape" }]);
  });

  it("locates field errors at the line and the column of the field", () => {
    const errors = errorsOf(validateFiles(bulkFiles("jsonl", {
      entities: (t) => t.replace('"label": "Ukraine"', '"lable": "Ukraine"'),
      relations: (t) => t.replace('"target": "kyiv"', '"target": "kiyv"').replace('"status": "reported", "evidence": [{"source": "doc", "quote": "Kyiv', '"status": 1, "evidence": [{"source": "doc", "quote": "Kyiv'),
    })));
    const line3 = ENTITIES_JSONL.split("\n")[2]!;
    expect(errors).toContainEqual(expect.objectContaining({ file: "data/entities.jsonl", line: 3, column: 1, code: "missing-field", message: 'entity "ukraine" has no "label"' }));
    expect(errors).toContainEqual(expect.objectContaining({ file: "data/entities.jsonl", line: 3, column: line3.indexOf('"label"') + 1, code: "unknown-field", hint: 'did you mean "label"?' }));
    const line2 = RELATIONS_JSONL.split("\n")[1]!;
    expect(errors).toContainEqual(expect.objectContaining({ file: "data/relations.jsonl", line: 2, column: line2.indexOf('"kyiv"') + 1, code: "unknown-entity", hint: 'did you mean "kyiv"?' }));
    expect(errors).toContainEqual(expect.objectContaining({ file: "data/relations.jsonl", line: 4, code: "wrong-type", message: expect.stringMatching(/"status" .* must be text, not a number \(1\)/) }));
  });

  it("checks quotes against the source text and points at the quote", () => {
    const errors = errorsOf(validateFiles(bulkFiles("jsonl", { relations: (t) => t.replace("Kyiv is in Ukraine.", "Kyiv is in Russia.") })));
    const line4 = RELATIONS_JSONL.split("\n")[3]!;
    expect(errors).toEqual([expect.objectContaining({ file: "data/relations.jsonl", line: 4, column: line4.indexOf('"Kyiv is in') + 1, code: "quote-not-found" })]);
  });

  it("builds the same graph as the equivalent YAML", () => {
    expect(graphOf(validateFiles(bulkFiles("jsonl")))).toBe(graphOf(validateFiles(tinyFiles())));
  });
});

describe("CSV entities and relations", () => {
  it("reports an unclosed quote as a CSV syntax error with its line", () => {
    const errors = errorsOf(validateFiles(bulkFiles("csv", { relations: (t) => t.replace('"Iran has provided Russia with ""suicide drones"""', '"Iran has provided Russia x"y') })));
    expect(errors).toContainEqual(expect.objectContaining({ file: "data/relations.csv", line: 2, code: "csv-syntax" }));
  });

  it("reports an unknown column once, at the header cell", () => {
    const errors = errorsOf(validateFiles(bulkFiles("csv", { entities: (t) => t.replace("id,label,type,aliases,description", "id,label,type,alias,description") })));
    expect(errors).toEqual([expect.objectContaining({ file: "data/entities.csv", line: 1, column: 15, code: "unknown-field", hint: 'did you mean "aliases"?' })]);
  });

  it("locates cell errors at the row and the cell's column", () => {
    const errors = errorsOf(validateFiles(bulkFiles("csv", {
      entities: (t) => t.replace("ukraine,Ukraine,state", "ukraine,,state"),
      relations: (t) => t.replace("russia,attacked,kyiv,2023-05-28", "russia,attacked,kiyv,2023-05-32"),
    })));
    expect(errors).toContainEqual(expect.objectContaining({ file: "data/entities.csv", line: 4, column: 1, code: "missing-field", message: 'entity "ukraine" has no "label"' }));
    expect(errors).toContainEqual(expect.objectContaining({ file: "data/relations.csv", line: 3, column: 17, code: "unknown-entity", hint: 'did you mean "kyiv"?' }));
    expect(errors).toContainEqual(expect.objectContaining({ file: "data/relations.csv", line: 3, column: 22, code: "bad-date" }));
  });

  it("reads list cells separated by | and several pieces of evidence as numbered column pairs", () => {
    const relations = RELATIONS_CSV.replace("evidenceSource,evidenceQuote\n", "evidenceSource,evidenceQuote,evidenceSource2,evidenceQuote2\n")
      .replace("Kyiv is in Ukraine.\n", "Kyiv is in Ukraine.,doc,Russia used Iranian drones\n");
    const result = validateFiles(bulkFiles("csv", { entities: (t) => t.replace("Tehran", "Tehran|Islamic Republic"), relations: () => relations }));
    if (!result.ok) throw new Error(result.errors[0]!.message);
    expect(result.dataset.entities[0]!.aliases).toEqual(["Tehran", "Islamic Republic"]);
    expect(result.dataset.relations[2]!.evidence).toEqual([
      { source: "doc", quote: "Kyiv is in Ukraine." },
      { source: "doc", quote: "Russia used Iranian drones" },
    ]);
  });

  it("builds the same graph as the equivalent YAML", () => {
    expect(graphOf(validateFiles(bulkFiles("csv")))).toBe(graphOf(validateFiles(tinyFiles())));
  });
});

describe("loadDataFolder with bulk files", () => {
  function folder(files: Record<string, string>, sourcesIndex: Record<string, string> = { "sources.yaml": TINY_SOURCES }): string {
    const dir = temporaryFolder("bulk");
    mkdirSync(join(dir, "sources"));
    writeFileSync(join(dir, "ontology.yaml"), TINY_ONTOLOGY);
    for (const [name, text] of Object.entries(sourcesIndex)) writeFileSync(join(dir, "sources", name), text);
    writeFileSync(join(dir, "sources", "doc.txt"), TINY_SOURCE_TEXT);
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, ".."), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return dir;
  }

  it("streams JSONL at the folder root and CSV in the entities and relations folders into the same graph as YAML", async () => {
    const yaml = graphOf(validateFiles(tinyFiles()));
    expect(graphOf(await loadDataFolder(folder({ "entities.jsonl": ENTITIES_JSONL, "relations.jsonl": RELATIONS_JSONL })))).toBe(yaml);
    expect(graphOf(await loadDataFolder(folder({ "entities/all.csv": ENTITIES_CSV, "relations/all.csv": RELATIONS_CSV })))).toBe(yaml);
  });

  it("reports streamed errors with the file path, line and column", async () => {
    const dir = folder({ "entities.jsonl": ENTITIES_JSONL, "relations.jsonl": RELATIONS_JSONL.replace('"target": "kyiv"', '"target": "kiyv"') });
    const errors = errorsOf(await loadDataFolder(dir));
    expect(errors).toEqual([expect.objectContaining({ line: 2, code: "unknown-entity" })]);
    expect(errors[0]!.file.endsWith("relations.jsonl")).toBe(true);
  });

  it("reads the sources index as sources.jsonl or sources.csv, into the same graph as sources.yaml", async () => {
    const yaml = graphOf(validateFiles(tinyFiles()));
    const bulk = { "entities.jsonl": ENTITIES_JSONL, "relations.jsonl": RELATIONS_JSONL };
    expect(graphOf(await loadDataFolder(folder(bulk, { "sources.jsonl": SOURCES_JSONL })))).toBe(yaml);
    expect(graphOf(await loadDataFolder(folder(bulk, { "sources.csv": SOURCES_CSV })))).toBe(yaml);
  });

  it("locates errors in a JSONL sources index at the line and field", async () => {
    const dir = folder({ "entities.jsonl": ENTITIES_JSONL, "relations.jsonl": RELATIONS_JSONL }, { "sources.jsonl": SOURCES_JSONL.replace('"doc.txt"', '"doc.text"') });
    const index = errorsOf(await loadDataFolder(dir)).filter((e) => e.file.endsWith(join("sources", "sources.jsonl")));
    expect(index).toEqual([expect.objectContaining({ line: 1, column: 70, code: "missing-file", hint: 'did you mean "doc.txt"?' })]);
  });

  it("refuses two sources indexes in one folder, naming both", async () => {
    const dir = folder({ "entities.jsonl": ENTITIES_JSONL, "relations.jsonl": RELATIONS_JSONL }, { "sources.yaml": TINY_SOURCES, "sources.csv": SOURCES_CSV });
    const errors = errorsOf(await loadDataFolder(dir));
    expect(errors).toEqual([expect.objectContaining({ code: "duplicate-file", message: expect.stringMatching(/two sources indexes, .*sources\.yaml and this one/) })]);
    expect(errors[0]!.file.endsWith(join("sources", "sources.csv"))).toBe(true);
  });

  it("says where the sources index may be when there is none", async () => {
    const errors = errorsOf(await loadDataFolder(folder({ "entities.jsonl": ENTITIES_JSONL, "relations.jsonl": RELATIONS_JSONL }, {})));
    expect(errors).toEqual([expect.objectContaining({ code: "missing-file", hint: expect.stringContaining("sources/sources.jsonl") })]);
  });

  it("refuses a file that is not UTF-8", async () => {
    const dir = folder({ "entities.jsonl": ENTITIES_JSONL, "relations.jsonl": RELATIONS_JSONL });
    writeFileSync(join(dir, "entities.jsonl"), Buffer.concat([Buffer.from(ENTITIES_JSONL), Buffer.from([0xff, 0xfe, 0x0a])]));
    expect(errorsOf(await loadDataFolder(dir))).toContainEqual(expect.objectContaining({ code: "unreadable-file", message: "the file is not valid UTF-8 text" }));
  });
});

/**
 * The invented four-document corpus of tests/fixtures/corpus (written there in YAML), written as a
 * user would write it in JSONL and in CSV: the same files, each document's additions in its own.
 */
const CORPUS = "tests/fixtures/corpus";
const CORPUS_ENTITIES_JSONL = [
  '{"id": "valdoria", "label": "Valdoria", "type": "state", "description": "An invented state said to supply drones."}',
  '{"id": "norvask", "label": "Norvask", "type": "state", "description": "An invented state at war with Estmark."}',
  '{"id": "estmark", "label": "Estmark", "type": "state", "description": "An invented state attacked by Norvask."}',
  '{"id": "norvask-drone-corps", "label": "Norvask Drone Corps", "type": "organization", "description": "An invented drone unit."}',
  '{"id": "norvask-armed-forces", "label": "Norvask Armed Forces", "type": "organization", "description": "The invented armed forces of Norvask."}',
  '{"id": "port-halden", "label": "Port Halden", "type": "city", "description": "An invented harbour city in Estmark."}',
  '{"id": "kestrel-9", "label": "Kestrel-9", "type": "weapon", "description": "An invented attack drone."}',
].join("\n");
const CORPUS_JSONL: Record<string, string> = {
  "entities/corpus.jsonl": CORPUS_ENTITIES_JSONL,
  "entities/doc-d.jsonl": '{"addTo": "kestrel-9", "aliases": ["Sparrowhawk"]}\n',
  "relations/doc-a.jsonl": [
    '{"id": "valdoria-supplies-norvask", "source": "valdoria", "type": "supplies", "target": "norvask", "status": "reported", "assertedBy": ["estmark"], "items": ["kestrel-9"], "evidence": [{"source": "doc-a", "quote": "Valdoria has supplied Norvask with Kestrel-9 attack drones"}]}',
    '{"id": "valdoria-trains-drone-corps", "source": "valdoria", "type": "trains", "target": "norvask-drone-corps", "status": "reported", "assertedBy": ["estmark"], "evidence": [{"source": "doc-a", "quote": "instructors from Valdoria trained the Norvask Drone Corps"}]}',
    '{"source": "norvask-drone-corps", "type": "part-of", "target": "norvask-armed-forces", "status": "reported", "evidence": [{"source": "doc-a", "quote": "The Norvask Drone Corps is a unit of the Norvask Armed Forces."}]}',
  ].join("\n"),
  "relations/doc-b.jsonl": [
    '{"addTo": "valdoria-supplies-norvask", "evidence": [{"source": "doc-b", "quote": "Independent monitors confirmed that Valdoria delivered at least forty Kestrel-9 drones to Norvask", "status": "confirmed", "assertedBy": []}]}',
    '{"id": "norvask-attacked-port-halden", "source": "norvask", "type": "attacked", "target": "port-halden", "date": "2023-03-04", "status": "reported", "items": ["kestrel-9"], "evidence": [{"source": "doc-b", "quote": "On 4 March 2023 Norvask attacked Port Halden, a harbour city in Estmark, with drones"}]}',
    '{"id": "armed-forces-attacked-port-halden", "source": "norvask-armed-forces", "type": "attacked", "target": "port-halden", "status": "reported", "note": "Undated; doc-b names the unit behind the 4 March strike, doc-d a later one.", "evidence": [{"source": "doc-b", "quote": "the strike was carried out by the Norvask Armed Forces"}]}',
    '{"source": "port-halden", "type": "located-in", "target": "estmark", "status": "reported", "evidence": [{"source": "doc-b", "quote": "Port Halden, a harbour city in Estmark"}]}',
    '{"source": "norvask", "type": "uses", "target": "kestrel-9", "status": "reported", "evidence": [{"source": "doc-b", "quote": "the monitors traced the debris to the Kestrel-9"}]}',
  ].join("\n"),
  "relations/doc-c.jsonl":
    '{"addTo": "valdoria-supplies-norvask", "evidence": [{"source": "doc-c", "quote": "The foreign ministry of Valdoria denies that Valdoria has provided any drones to Norvask.", "status": "denied", "assertedBy": ["valdoria"]}]}\n',
  "relations/doc-d.jsonl": [
    '{"addTo": "valdoria-trains-drone-corps", "evidence": [{"source": "doc-d", "quote": "Valdorian instructors trained the Norvask Drone Corps", "assertedBy": []}]}',
    '{"addTo": "norvask-drone-corps:part-of:norvask-armed-forces", "evidence": [{"source": "doc-d", "quote": "the Norvask Drone Corps, which belongs to the Norvask Armed Forces"}]}',
    '{"addTo": "armed-forces-attacked-port-halden", "evidence": [{"source": "doc-d", "quote": "The Norvask Armed Forces struck Port Halden again in late March."}]}',
  ].join("\n"),
};
const CORPUS_CSV: Record<string, string> = {
  "entities/corpus.csv": `id,label,type,description
valdoria,Valdoria,state,An invented state said to supply drones.
norvask,Norvask,state,An invented state at war with Estmark.
estmark,Estmark,state,An invented state attacked by Norvask.
norvask-drone-corps,Norvask Drone Corps,organization,An invented drone unit.
norvask-armed-forces,Norvask Armed Forces,organization,The invented armed forces of Norvask.
port-halden,Port Halden,city,An invented harbour city in Estmark.
kestrel-9,Kestrel-9,weapon,An invented attack drone.
`,
  "entities/doc-d.csv": "addTo,aliases\nkestrel-9,Sparrowhawk\n",
  "relations/doc-a.csv": `id,source,type,target,status,assertedBy,items,evidenceSource,evidenceQuote
valdoria-supplies-norvask,valdoria,supplies,norvask,reported,estmark,kestrel-9,doc-a,Valdoria has supplied Norvask with Kestrel-9 attack drones
valdoria-trains-drone-corps,valdoria,trains,norvask-drone-corps,reported,estmark,,doc-a,instructors from Valdoria trained the Norvask Drone Corps
,norvask-drone-corps,part-of,norvask-armed-forces,reported,,,doc-a,The Norvask Drone Corps is a unit of the Norvask Armed Forces.
`,
  // Relations and an addition in one file: the addition's row leaves the relation columns empty.
  "relations/doc-b.csv": `addTo,id,source,type,target,date,status,items,note,evidenceSource,evidenceQuote,evidenceStatus,evidenceAssertedBy
valdoria-supplies-norvask,,,,,,,,,doc-b,Independent monitors confirmed that Valdoria delivered at least forty Kestrel-9 drones to Norvask,confirmed,[]
,norvask-attacked-port-halden,norvask,attacked,port-halden,2023-03-04,reported,kestrel-9,,doc-b,"On 4 March 2023 Norvask attacked Port Halden, a harbour city in Estmark, with drones",,
,armed-forces-attacked-port-halden,norvask-armed-forces,attacked,port-halden,,reported,,"Undated; doc-b names the unit behind the 4 March strike, doc-d a later one.",doc-b,the strike was carried out by the Norvask Armed Forces,,
,,port-halden,located-in,estmark,,reported,,,doc-b,"Port Halden, a harbour city in Estmark",,
,,norvask,uses,kestrel-9,,reported,,,doc-b,the monitors traced the debris to the Kestrel-9,,
`,
  "relations/doc-c.csv": `addTo,evidenceSource,evidenceQuote,evidenceStatus,evidenceAssertedBy
valdoria-supplies-norvask,doc-c,The foreign ministry of Valdoria denies that Valdoria has provided any drones to Norvask.,denied,valdoria
`,
  "relations/doc-d.csv": `addTo,evidenceSource,evidenceQuote,evidenceAssertedBy
valdoria-trains-drone-corps,doc-d,Valdorian instructors trained the Norvask Drone Corps,[]
norvask-drone-corps:part-of:norvask-armed-forces,doc-d,"the Norvask Drone Corps, which belongs to the Norvask Armed Forces",
armed-forces-attacked-port-halden,doc-d,The Norvask Armed Forces struck Port Halden again in late March.,
`,
};

/** A copy of the corpus with its ontology and sources, and `files` (by path in the folder) as its entities and relations. */
function corpusFolder(files: Record<string, string>): string {
  const dir = temporaryFolder("bulk-corpus");
  cpSync(join(CORPUS, "ontology.yaml"), join(dir, "ontology.yaml"));
  cpSync(join(CORPUS, "sources"), join(dir, "sources"), { recursive: true });
  mkdirSync(join(dir, "entities"));
  mkdirSync(join(dir, "relations"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** The corpus files of a format, with one file's text edited. */
function editedCorpus(format: Format, name: string, edit: (text: string) => string): Record<string, string> {
  const files = { ...(format === "jsonl" ? CORPUS_JSONL : CORPUS_CSV) };
  files[name] = edit(files[name]!);
  return files;
}

describe("a corpus in bulk files: a quote's own stance and asserters, and additions from a document's own file", () => {
  it.each(["jsonl", "csv"] as const)("reads %s into the same graph as the YAML corpus", async (format) => {
    const yaml = await loadDataFolder(CORPUS);
    const bulk = await loadDataFolder(corpusFolder(format === "jsonl" ? CORPUS_JSONL : CORPUS_CSV));
    expect(graphOf(bulk)).toBe(graphOf(yaml));
    if (!bulk.ok) return;
    // What the corpus is about, read from the bulk files themselves: one claim from three documents, one of them a denial.
    const claim = bulk.dataset.relations.find((r) => r.id === "valdoria-supplies-norvask")!;
    expect(claim.evidence.map(({ source, status, assertedBy }) => ({ source, status, assertedBy }))).toEqual([
      { source: "doc-a", status: undefined, assertedBy: undefined },
      { source: "doc-b", status: "confirmed", assertedBy: [] },
      { source: "doc-c", status: "denied", assertedBy: ["valdoria"] },
    ]);
    expect(corroborationOf(claim, () => undefined)).toMatchObject({ sourceCount: 3, contested: true, supportedBy: ["estmark"], deniedBy: ["valdoria"] });
    expect(bulk.dataset.entities.find((e) => e.id === "kestrel-9")!.aliases).toEqual(["Sparrowhawk"]);
  });

  it("keeps an empty CSV assertedBy cell as the relation's asserters and [] as nobody", async () => {
    const result = await loadDataFolder(corpusFolder(CORPUS_CSV));
    if (!result.ok) throw new Error(result.errors[0]!.message);
    const trains = result.dataset.relations.find((r) => r.id === "valdoria-trains-drone-corps")!;
    expect(trains.assertedBy).toEqual(["estmark"]);
    expect(trains.evidence.map((e) => assertersOf(e, trains))).toEqual([["estmark"], []]);
  });

  describe("bad stances and additions, located at the line and the field or cell", () => {
    it("reports an unknown stance and an unknown asserter of a JSONL quote at their fields", async () => {
      const files = editedCorpus("jsonl", "relations/doc-c.jsonl", (t) => t.replace('"status": "denied", "assertedBy": ["valdoria"]', '"status": "denyed", "assertedBy": ["valdorai"]'));
      const errors = errorsOf(await loadDataFolder(corpusFolder(files)));
      const line = files["relations/doc-c.jsonl"]!;
      expect(errors).toEqual([
        expect.objectContaining({ line: 1, column: line.indexOf('"denyed"') + 1, code: "unknown-status", hint: 'did you mean "denied"?' }),
        expect.objectContaining({ line: 1, column: line.indexOf('"valdorai"') + 1, code: "unknown-entity", hint: 'did you mean "valdoria"?' }),
      ]);
      expect(errors.every((e) => e.file.endsWith(join("relations", "doc-c.jsonl")))).toBe(true);
    });

    it("reports an unknown stance and an unknown asserter of a CSV quote at their cells", async () => {
      const files = editedCorpus("csv", "relations/doc-c.csv", (t) => t.replace("denied,valdoria", "denyed,valdorai"));
      const errors = errorsOf(await loadDataFolder(corpusFolder(files)));
      const row = files["relations/doc-c.csv"]!.split("\n")[1]!;
      expect(errors).toEqual([
        expect.objectContaining({ line: 2, column: row.indexOf("denyed") + 1, code: "unknown-status", hint: 'did you mean "denied"?' }),
        expect.objectContaining({ line: 2, column: row.indexOf("valdorai") + 1, code: "unknown-entity", hint: 'did you mean "valdoria"?' }),
      ]);
    });

    it.each([
      ["jsonl", "relations/doc-d.jsonl", 2, '"norvask-drone-corps:part-of:norvask-armed-force"'],
      ["csv", "relations/doc-d.csv", 3, "norvask-drone-corps:part-of:norvask-armed-force"],
    ] as const)("reports %s evidence added to an unknown relation at its addTo, with the id it may mean", async (format, name, line, written) => {
      const files = editedCorpus(format, name, (t) => t.replace("norvask-drone-corps:part-of:norvask-armed-forces", "norvask-drone-corps:part-of:norvask-armed-force"));
      const errors = errorsOf(await loadDataFolder(corpusFolder(files)));
      const text = files[name]!.split("\n")[line - 1]!;
      expect(errors).toEqual([expect.objectContaining({ line, column: text.indexOf(written) + 1, code: "unknown-relation", hint: 'did you mean "norvask-drone-corps:part-of:norvask-armed-forces"?' })]);
      expect(errors[0]!.file.endsWith(name.replace("/", sep))).toBe(true);
    });

    it.each([
      ["jsonl", "entities/doc-d.jsonl", '"kestrel-8"'],
      ["csv", "entities/doc-d.csv", "kestrel-8"],
    ] as const)("reports %s aliases added to an unknown entity at its addTo", async (format, name, written) => {
      const files = editedCorpus(format, name, (t) => t.replace("kestrel-9", "kestrel-8"));
      const errors = errorsOf(await loadDataFolder(corpusFolder(files)));
      const text = files[name]!.split("\n").find((l) => l.includes(written))!;
      const line = files[name]!.split("\n").indexOf(text) + 1;
      expect(errors).toEqual([expect.objectContaining({ line, column: text.indexOf(written) + 1, code: "unknown-entity", hint: 'did you mean "kestrel-9"?' })]);
    });

    it("refuses a record that both adds evidence and defines a relation, with the same message in YAML, JSONL and CSV", async () => {
      const message = 'relation "valdoria-supplies-norvask" (addTo) cannot have "source"';
      const yaml = corpusFolder({});
      cpSync(join(CORPUS, "entities"), join(yaml, "entities"), { recursive: true });
      cpSync(join(CORPUS, "relations"), join(yaml, "relations"), { recursive: true });
      const docC = "- addTo: valdoria-supplies-norvask\n  source: valdoria\n  evidence:\n    - source: doc-c\n      quote: The foreign ministry of Valdoria denies that Valdoria has provided any drones to Norvask.\n";
      writeFileSync(join(yaml, "relations", "doc-c.yaml"), docC);
      const jsonl = editedCorpus("jsonl", "relations/doc-c.jsonl", (t) => t.replace('{"addTo": "valdoria-supplies-norvask", ', '{"addTo": "valdoria-supplies-norvask", "source": "valdoria", '));
      const csv = editedCorpus("csv", "relations/doc-b.csv", (t) => t.replace("valdoria-supplies-norvask,,,", "valdoria-supplies-norvask,,valdoria,"));
      const found = [
        errorsOf(await loadDataFolder(yaml)),
        errorsOf(await loadDataFolder(corpusFolder(jsonl))),
        errorsOf(await loadDataFolder(corpusFolder(csv))),
      ];
      expect(found[0]).toEqual([expect.objectContaining({ line: 2, column: 3, code: "unknown-field", message })]);
      expect(found[1]).toEqual([expect.objectContaining({ line: 1, column: jsonl["relations/doc-c.jsonl"]!.indexOf('"source"') + 1, code: "unknown-field", message })]);
      expect(found[2]).toEqual([expect.objectContaining({ line: 2, column: "valdoria-supplies-norvask,,".length + 1, code: "unknown-field", message })]);
      for (const errors of found) expect(errors[0]!.hint).toMatch(/define a new relation in a record of its own/);
    });

    it("accepts the addTo column in a CSV of relations, but still reports a column no record has, once", async () => {
      const files = editedCorpus("csv", "relations/doc-b.csv", (t) => t.replace(",note,", ",notes,"));
      const errors = errorsOf(await loadDataFolder(corpusFolder(files)));
      expect(errors).toEqual([expect.objectContaining({ line: 1, column: files["relations/doc-b.csv"]!.indexOf("notes") + 1, code: "unknown-field", hint: 'did you mean "note"?' })]);
    });
  });
});
