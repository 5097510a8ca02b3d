// Specification of bulk input: entities and relations as JSONL or CSV pass the same rules as YAML, with located errors.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { graphToJson } from "../../src/export/json.ts";
import { buildGraph } from "../../src/graph/build.ts";
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
