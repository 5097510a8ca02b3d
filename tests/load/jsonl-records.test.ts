// Specification of JSONL data files: one JSON object a line, each value read as the rules expect and every problem located at its line and column.
import { describe, expect, it } from "vitest";
import type { DataError } from "../../src/load/data-error.ts";
import type { FieldRecord } from "../../src/load/field-record.ts";
import { duplicateJsonKey, JsonFileReport, locateJsonPath, readJsonLine } from "../../src/load/json-records.ts";
import { validateFiles, type DataFiles } from "../../src/load/validate.ts";
import { TINY_ONTOLOGY, TINY_SOURCES } from "../helpers/tiny-data.ts";

/** An invented document: the quotes below are copied from it. */
const SOURCE_TEXT = "Varnia has sent Ostrel a batch of Kestrel-7 drones.\nOstrel struck Lumen on 3 March 2031. Lumen lies in Varnia.\n";
const SUPPLIES_QUOTE = "Varnia has sent Ostrel a batch of Kestrel-7 drones.";

const ENTITIES = [
  '{"id": "varnia", "label": "Varnia", "type": "state", "description": "A state."}',
  '{"id": "ostrel", "label": "Ostrel", "type": "state", "aliases": ["Ostrelia"], "description": "A state."}',
  '{"id": "lumen", "label": "Lumen", "type": "city", "description": "A city."}',
  '{"id": "kestrel-7", "label": "Kestrel-7", "type": "weapon", "description": "A drone."}',
];
const RELATIONS = [
  `{"source": "varnia", "type": "supplies", "target": "ostrel", "status": "reported", "items": ["kestrel-7"], "evidence": [{"source": "doc", "quote": "${SUPPLIES_QUOTE}"}]}`,
  '{"source": "ostrel", "type": "attacked", "target": "lumen", "date": "2031-03-03", "status": "reported", "evidence": [{"source": "doc", "quote": "Ostrel struck Lumen on 3 March 2031."}]}',
];
const ENTITIES_FILE = "data/entities.jsonl";
const RELATIONS_FILE = "data/relations.jsonl";

/** The invented folder with JSONL entity and relation files, each given as its lines. */
function jsonlFolder(entities: readonly string[] = ENTITIES, relations: readonly string[] = RELATIONS): DataFiles {
  return {
    ontology: { path: "data/ontology.yaml", text: TINY_ONTOLOGY },
    sources: { path: "data/sources/sources.yaml", text: TINY_SOURCES },
    sourceTexts: new Map([["doc.txt", SOURCE_TEXT]]),
    entities: [{ path: ENTITIES_FILE, text: entities.join("\n") }],
    relations: [{ path: RELATIONS_FILE, text: relations.join("\n") }],
  };
}

function errorsOf(files: DataFiles): DataError[] {
  const result = validateFiles(files);
  if (result.ok) throw new Error("expected the data to be invalid");
  return result.errors;
}

function datasetOf(files: DataFiles) {
  const result = validateFiles(files);
  if (!result.ok) throw new Error(`expected valid data, got ${result.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join("; ")}`);
  return result.dataset;
}

/** The 1-based column where `needle` first occurs in `line` (the test's own input, not the loader's answer). */
function col(line: string, needle: string, from = 0): number {
  const at = line.indexOf(needle, from);
  if (at < 0) throw new Error(`${needle} is not in ${line}`);
  return at + 1;
}

/** The 1-based column where `needle` last occurs in `line`. */
function lastCol(line: string, needle: string): number {
  return line.lastIndexOf(needle) + 1;
}

/** A relation line of the folder with `fields` (raw JSON text) in place of its last field, evidence. */
function relationLine(fields: string): string {
  return `{"source": "varnia", "type": "supplies", "target": "ostrel", "status": "reported", ${fields}}`;
}
const EVIDENCE = `"evidence": [{"source": "doc", "quote": "${SUPPLIES_QUOTE}"}]`;
const RELATION_NAME = "relation varnia -supplies-> ostrel";

describe("a JSONL line", () => {
  const cases: { about: string; line: string; errors: (line: string) => Omit<DataError, "file" | "line">[] }[] = [
    { about: "a blank line is skipped", line: "", errors: () => [] },
    { about: "a line of spaces and tabs is skipped", line: "  \t ", errors: () => [] },
    {
      about: "a syntax error is placed at the character JSON stopped at",
      line: '{"id": "vessa" "label": "Vessa"}',
      errors: (line) => [{ column: col(line, '"label"'), code: "json-syntax", message: "JSON syntax: Expected ',' or '}' after property value", hint: 'each line must be one complete JSON object, like {"id": "kyiv", ...}' }],
    },
    {
      about: "a syntax error early in the line is placed too",
      line: '{"id" 5}',
      errors: (line) => [{ column: col(line, "5"), code: "json-syntax", message: "JSON syntax: Expected ':' after property name", hint: 'each line must be one complete JSON object, like {"id": "kyiv", ...}' }],
    },
    {
      about: "a line that ends inside the object says so, at the line's start",
      line: '{"id":',
      errors: () => [{ column: 1, code: "json-syntax", message: "JSON syntax: the line ends before the object does", hint: 'each line must be one complete JSON object, like {"id": "kyiv", ...}' }],
    },
    ...([
      ['["vessa", "city"]', "a list"],
      ['"vessa"', 'text ("vessa")'],
      ["42", "a number (42)"],
      ["false", "a boolean (false)"],
      ["null", "an empty value (null)"],
    ] as const).map(([line, kind]) => ({
      about: `a line holding ${kind} is refused`,
      line,
      errors: () => [{ column: 1, code: "wrong-shape" as const, message: `line 5 must be a JSON object with the fields of a entity, not ${kind}` }],
    })),
    {
      about: "a key written twice is reported at the second, and the record is still checked",
      line: '{"id": "vessa", "label": "Vessa", "type": "city", "id": "vessa", "description": "A town.", "colour": "red"}',
      errors: (line) => [
        { column: col(line, '"id"', 2), code: "duplicate-id", message: 'the key "id" appears twice in one object', hint: "keep one of the two keys" },
        { column: col(line, '"colour"'), code: "unknown-field", message: 'entity "vessa" has an unknown field "colour"', hint: "known fields: id, label, type, aliases, description, review, confidence" },
      ],
    },
  ];
  for (const { about, line, errors } of cases) {
    it(about, () => {
      const found = validateFiles(jsonlFolder([...ENTITIES, line]));
      const expected = errors(line).map((e) => ({ file: ENTITIES_FILE, line: 5, ...e }));
      if (expected.length === 0) expect(found.ok).toBe(true);
      else expect(errorsOf(jsonlFolder([...ENTITIES, line]))).toEqual(expected);
    });
  }
});

describe("JSONL text fields", () => {
  const entity = (fields: string) => `{"id": "vessa", "type": "city", "description": "A town.", ${fields}}`;
  const cases: { about: string; line: string; errors: (line: string) => Omit<DataError, "file" | "line">[] }[] = [
    {
      about: "a number is refused, with the quoted value as the fix",
      line: entity('"label": 5'),
      errors: (line) => [{ column: col(line, "5"), code: "wrong-type", message: '"label" of entity "vessa" must be text, not a number (5)', hint: 'put the value in quotes: "label": "5"' }],
    },
    {
      about: "a boolean is refused, with the quoted value as the fix",
      line: entity('"label": true'),
      errors: (line) => [{ column: col(line, "true"), code: "wrong-type", message: '"label" of entity "vessa" must be text, not a boolean (true)', hint: 'put the value in quotes: "label": "true"' }],
    },
    {
      about: "a list is refused, with no quoting advice",
      line: entity('"label": ["Vessa"]'),
      errors: (line) => [{ column: col(line, "["), code: "wrong-type", message: '"label" of entity "vessa" must be text, not a list' }],
    },
    {
      about: "a mapping is refused, with no quoting advice",
      line: entity('"label": {"name": "Vessa"}'),
      errors: (line) => [{ column: col(line, '{"name"'), code: "wrong-type", message: '"label" of entity "vessa" must be text, not a mapping' }],
    },
    {
      about: "null counts as a missing field, reported at the record",
      line: entity('"label": null'),
      errors: () => [{ column: 1, code: "missing-field", message: 'entity "vessa" has no "label"', hint: 'add "label": … to the line' }],
    },
    {
      about: "blank text is empty",
      line: entity('"label": "  \\t "'),
      errors: (line) => [{ column: col(line, '"  '), code: "empty-value", message: '"label" of entity "vessa" is empty' }],
    },
    {
      about: "a record without an id is named by its line",
      line: '  {"label": "Vessa", "type": "city", "description": "A town."}',
      errors: () => [{ column: 3, code: "missing-field", message: 'entity on line 5 has no "id"', hint: 'add "id": … to the line' }],
    },
    {
      about: "an id used twice names the file and line of the first",
      line: '{"id": "lumen", "label": "Vessa", "type": "city", "description": "A town."}',
      errors: (line) => [{ column: col(line, '"lumen"'), code: "duplicate-id", message: 'entity "lumen" is defined twice', hint: `the first definition is at ${ENTITIES_FILE}:3; rename or remove one` }],
    },
    {
      about: "a label that names another entity says where that name was given",
      line: '{"id": "vessa", "label": "Ostrelia", "type": "city", "description": "A town."}',
      errors: (line) => [{
        column: col(line, '"Ostrelia"'), code: "alias-collision", message: '"Ostrelia" of entity "vessa" already names entity "ostrel" (data/entities.jsonl:2)',
        hint: "a name may belong to one entity only: remove it from one of them or make it more specific",
      }],
    },
    {
      about: "errors are placed past spaces, tabs and carriage returns between the tokens, and past earlier values of every kind",
      line: '{ "id":\t"vessa" ,\r"aliases" : [ "A\\"]}{[" , {"x": [1, {"y": "}"}]} ] ,\t"areaKm2": -1.5e3, "coastal": true, "mayor": null, "label"\t:\t7, "type": "city", "description": "A town."}',
      errors: (line) => [
        { column: col(line, "{\"x\""), code: "wrong-type", message: 'each item of "aliases" in entity "vessa" must be non-empty text, not a mapping' },
        ...["areaKm2", "coastal", "mayor"].map((key) => ({
          column: col(line, `"${key}"`), code: "unknown-field" as const, message: `entity "vessa" has an unknown field "${key}"`, hint: "known fields: id, label, type, aliases, description, review, confidence",
        })),
        { column: col(line, "7"), code: "wrong-type", message: '"label" of entity "vessa" must be text, not a number (7)', hint: 'put the value in quotes: "label": "7"' },
      ],
    },
    {
      about: "a key written with an escape is found by its meaning",
      line: entity('"la\\u0062el": false'),
      errors: (line) => [{ column: col(line, "false"), code: "wrong-type", message: '"label" of entity "vessa" must be text, not a boolean (false)', hint: 'put the value in quotes: "label": "false"' }],
    },
  ];
  for (const { about, line, errors } of cases) {
    it(about, () => {
      expect(errorsOf(jsonlFolder([...ENTITIES, line]))).toEqual(errors(line).map((e) => ({ file: ENTITIES_FILE, line: 5, ...e })));
    });
  }

  const trims: [string, string][] = [
    ["Vessa", "plain text"],
    [" Vessa", "a leading space"],
    ["Vessa ", "a trailing space"],
    ["\\tVessa\\n", "a tab and a new line"],
    ["\\u00a0Vessa", "a leading no-break space"],
    ["Vessa\\u00a0", "a trailing no-break space"],
    ["\\u2003Vessa\\u2003", "em spaces"],
  ];
  for (const [written, about] of trims) {
    it(`reads a label and an alias with ${about} as their trimmed text`, () => {
      const dataset = datasetOf(jsonlFolder([...ENTITIES, `{"id": "vessa", "label": "${written}", "type": "city", "aliases": ["${written}"], "description": "A town."}`]));
      expect(dataset.entities.find((e) => e.id === "vessa")).toMatchObject({ label: "Vessa", aliases: ["Vessa"] });
    });
  }
});

describe("JSONL list fields", () => {
  const entity = (aliases: string) => `{"id": "vessa", "label": "Vessa", "type": "city", "aliases": ${aliases}, "description": "A town."}`;
  it("reads null as no aliases", () => {
    expect(datasetOf(jsonlFolder([...ENTITIES, entity("null")])).entities.find((e) => e.id === "vessa")!.aliases).toEqual([]);
  });

  const shapes: [string, string][] = [["\"Vessa Town\"", "text"], ['{"a": "Vessa Town"}', "a mapping"], ["3", "a number"]];
  for (const [aliases, about] of shapes) {
    it(`refuses ${about} where a list of aliases belongs`, () => {
      const line = entity(aliases);
      expect(errorsOf(jsonlFolder([...ENTITIES, line]))).toEqual([
        { file: ENTITIES_FILE, line: 5, column: col(line, aliases), code: "wrong-type", message: '"aliases" of entity "vessa" must be a list, like ["a", "b"]' },
      ]);
    });
  }

  it("refuses each item that is not non-empty text, at the item, and keeps the others", () => {
    const line = entity('["Vessa Town", "", 7, null, " ", ["x"], true]');
    const item = (kind: string, at: number) => ({
      file: ENTITIES_FILE, line: 5, column: at, code: "wrong-type", message: `each item of "aliases" in entity "vessa" must be non-empty text, not ${kind}`,
    });
    expect(errorsOf(jsonlFolder([...ENTITIES, line]))).toEqual([
      item('text ("")', col(line, '""')),
      item("a number (7)", col(line, "7")),
      item("an empty value (null)", col(line, "null")),
      item('text (" ")', col(line, '" "')),
      item("a list", col(line, '["x"]')),
      item("a boolean (true)", col(line, "true")),
    ]);
  });

  it("refuses a single item written as text where only a list is allowed, and reads no item from it", () => {
    const line = relationLine(`"items": "kestrel-7", ${EVIDENCE}`);
    expect(errorsOf(jsonlFolder(ENTITIES, [line]))).toEqual([
      { file: RELATIONS_FILE, line: 1, column: col(line, '"kestrel-7"'), code: "wrong-type", message: `"items" of ${RELATION_NAME} must be a list, like ["a", "b"]` },
    ]);
  });

  it("takes a single asserter written as text as a one-item list, trimmed", () => {
    const dataset = datasetOf(jsonlFolder(ENTITIES, [relationLine(`"assertedBy": " ostrel ", ${EVIDENCE}`)]));
    expect(dataset.relations[0]!.assertedBy).toEqual(["ostrel"]);
  });

  it("places an unknown entity in a list at its item, and a single one at the field", () => {
    const listed = relationLine(`"items": ["kestrel-7", "kestrel-8"], ${EVIDENCE}`);
    const single = relationLine(`"assertedBy": "lumens", ${EVIDENCE}`);
    expect(errorsOf(jsonlFolder(ENTITIES, [listed, single]))).toEqual([
      { file: RELATIONS_FILE, line: 1, column: col(listed, '"kestrel-8"'), code: "unknown-entity", message: `items "kestrel-8" of ${RELATION_NAME} is not a known entity`, hint: 'did you mean "kestrel-7"?' },
      { file: RELATIONS_FILE, line: 2, column: col(single, '"lumens"'), code: "unknown-entity", message: `assertedBy "lumens" of ${RELATION_NAME} is not a known entity`, hint: 'did you mean "lumen"?' },
    ]);
  });
});

describe("JSONL dates", () => {
  it("reads a year written as a number as that year", () => {
    const dataset = datasetOf(jsonlFolder(ENTITIES, [relationLine(`"date": 2031, ${EVIDENCE}`)]));
    expect(dataset.relations[0]).toMatchObject({ id: "varnia:supplies:ostrel:2031", date: "2031" });
  });

  it("refuses a number that is not a whole year, with the quoted value as the fix", () => {
    const line = relationLine(`"date": 2031.5, ${EVIDENCE}`);
    expect(errorsOf(jsonlFolder(ENTITIES, [line]))).toEqual([
      { file: RELATIONS_FILE, line: 1, column: col(line, "2031.5"), code: "wrong-type", message: `"date" of ${RELATION_NAME} must be text, not a number (2031.5)`, hint: 'put the value in quotes: "date": "2031.5"' },
    ]);
  });
});

describe("JSONL quantities", () => {
  it("reads non-negative numbers and trimmed texts by camelCase name", () => {
    const dataset = datasetOf(jsonlFolder(ENTITIES, [relationLine(`"quantities": {"launched": 12, "shotDown": " about ten ", "lost": 0}, ${EVIDENCE}`)]));
    expect(dataset.relations[0]!.quantities).toEqual({ launched: 12, shotDown: "about ten", lost: 0 });
  });

  it("reads null as no quantities", () => {
    expect(datasetOf(jsonlFolder(ENTITIES, [relationLine(`"quantities": null, ${EVIDENCE}`)])).relations[0]!.quantities).toEqual({});
  });

  for (const [value, about] of [["[12]", "a list"], ['"twelve"', "text"], ["12", "a number"]] as const) {
    it(`refuses ${about} where a mapping of quantities belongs`, () => {
      const line = relationLine(`"quantities": ${value}, ${EVIDENCE}`);
      expect(errorsOf(jsonlFolder(ENTITIES, [line]))).toEqual([
        { file: RELATIONS_FILE, line: 1, column: col(line, value), code: "wrong-type", message: `"quantities" of ${RELATION_NAME} must be a mapping like {"launched": 35, "shotDown": 32}` },
      ]);
    });
  }

  for (const name of ["Launched", "shot-down", "2nd", ""]) {
    it(`refuses the quantity name "${name}" at its key and keeps the others`, () => {
      const line = relationLine(`"quantities": {"launched": 3, "${name}": 1}, ${EVIDENCE}`);
      const found = errorsOf(jsonlFolder(ENTITIES, [line]));
      expect(found).toEqual([
        { file: RELATIONS_FILE, line: 1, column: col(line, `"${name}"`, col(line, '"launched"')), code: "bad-id", message: `quantity name "${name}" in ${RELATION_NAME} must be camelCase, like shotDown` },
      ]);
    });
  }

  for (const [amount, about] of [["-1", "a negative number"], ["1e999", "an infinite number"], ['""', "empty text"], ['"  "', "blank text"], ["null", "null"], ["true", "a boolean"], ["[3]", "a list"], ['{"n": 3}', "a mapping"]] as const) {
    it(`refuses ${about} as an amount, at the amount`, () => {
      const line = relationLine(`"quantities": {"launched": 3, "lost": ${amount}}, ${EVIDENCE}`);
      expect(errorsOf(jsonlFolder(ENTITIES, [line]))).toEqual([
        { file: RELATIONS_FILE, line: 1, column: col(line, amount, col(line, '"lost"')), code: "wrong-type", message: `quantity "lost" in ${RELATION_NAME} must be a non-negative number or a short text` },
      ]);
    });
  }
});

describe("JSONL evidence", () => {
  const evidenceError = (line: string, column: number, code: DataError["code"], message: string, hint?: string) =>
    ({ file: RELATIONS_FILE, line: 1, column, code, message, ...(hint ? { hint } : {}) });

  it("reports a relation without evidence, or with null, at the record", () => {
    const lines = [relationLine('"note": "none"'), relationLine('"evidence": null')];
    const error = { column: 1, code: "empty-evidence", message: `${RELATION_NAME} has no evidence`, hint: 'add evidence: [{source: <source id>, quote: "<words copied from the source>"}]' };
    expect(errorsOf(jsonlFolder(ENTITIES, lines))).toEqual([{ file: RELATIONS_FILE, line: 1, ...error }, { file: RELATIONS_FILE, line: 2, ...error }]);
  });

  it("refuses evidence that is not a list", () => {
    const line = relationLine('"evidence": {"source": "doc"}');
    expect(errorsOf(jsonlFolder(ENTITIES, [line]))).toEqual([evidenceError(line, col(line, '{"source": "doc"}'), "wrong-type", `"evidence" of ${RELATION_NAME} must be a list of {source, quote}`)]);
  });

  it("refuses a piece of evidence that is not a mapping, naming it by its place in the list", () => {
    const line = relationLine(`"evidence": [{"source": "doc", "quote": "${SUPPLIES_QUOTE}"}, "doc"]`);
    expect(errorsOf(jsonlFolder(ENTITIES, [line]))).toEqual([
      evidenceError(line, col(line, '"doc"]'), "wrong-shape", `evidence of ${RELATION_NAME} #2 must be a mapping of fields, not text ("doc")`),
    ]);
  });

  it("places the errors of a piece of evidence inside it, naming it by its place in the list", () => {
    const line = relationLine(`"evidence": [{"source": "doc", "quote": "${SUPPLIES_QUOTE}"}, {"source": "doc", "quotes": "Lumen"}]`);
    expect(errorsOf(jsonlFolder(ENTITIES, [line]))).toEqual([
      evidenceError(line, col(line, '{"source": "doc", "quotes"'), "missing-field", `evidence of ${RELATION_NAME} #2 has no "quote"`, 'add "quote": … to the line'),
      evidenceError(line, col(line, '"quotes"'), "unknown-field", `evidence of ${RELATION_NAME} #2 has an unknown field "quotes"`, 'did you mean "quote"?'),
    ]);
  });

  it("reads the asserters of one piece of evidence", () => {
    const dataset = datasetOf(jsonlFolder(ENTITIES, [relationLine(`"evidence": [{"source": "doc", "quote": "${SUPPLIES_QUOTE}", "assertedBy": ["lumen"]}]`)]));
    expect(dataset.relations[0]!.evidence).toEqual([{ source: "doc", quote: SUPPLIES_QUOTE, assertedBy: ["lumen"] }]);
  });
});

describe("JSONL records that add to another", () => {
  it("reports aliases added to an entity no file defines, at the id", () => {
    const line = '{"addTo": "vessa", "aliases": ["Vessa Town"]}';
    expect(errorsOf(jsonlFolder([...ENTITIES, line]))).toEqual([
      { file: ENTITIES_FILE, line: 5, column: col(line, '"vessa"'), code: "unknown-entity", message: 'aliases are added to entity "vessa", which is not defined in any entities file', hint: "give the id of an entity defined in an entities file" },
    ]);
  });

  it("gives the aliases of an addTo record to its entity", () => {
    const dataset = datasetOf(jsonlFolder([...ENTITIES, '{"addTo": "lumen", "aliases": ["Lumen City"]}']));
    expect(dataset.entities.find((e) => e.id === "lumen")!.aliases).toEqual(["Lumen City"]);
  });
});

describe("errors in a line with a key written twice", () => {
  // JSON.parse keeps the second of two equal keys, but an error inside its value is placed by
  // walking the first: as deep into it as the path goes, or at the line's start when not at all.
  const quote = `"quote": "${SUPPLIES_QUOTE}"`;
  const cases: { about: string; evidence: string; at: (line: string) => number }[] = [
    { about: "the first is not a list", evidence: `"evidence": 1, "evidence": [{"source": 7, ${quote}}]`, at: () => 1 },
    { about: "the first list is empty", evidence: `"evidence": [], "evidence": [{"source": 7, ${quote}}]`, at: (line) => col(line, "[]") + 1 },
    { about: "the first holds a list", evidence: `"evidence": [["source", 7]], "evidence": [{"source": 7, ${quote}}]`, at: (line) => col(line, '["source"') },
    { about: "the first holds a number", evidence: `"evidence": [5], "evidence": [{"source": 7, ${quote}}]`, at: (line) => col(line, "5]") },
    { about: "the first holds an empty mapping", evidence: `"evidence": [{}], "evidence": [{"source": 7, ${quote}}]`, at: (line) => col(line, "{}") },
    { about: "the first mapping lacks the key", evidence: `"evidence": [{"quote": "x"}], "evidence": [{"source": 7, ${quote}}]`, at: (line) => col(line, '{"quote": "x"}') },
  ];
  for (const { about, evidence, at } of cases) {
    it(`places an error of the second value within the first when ${about}`, () => {
      const line = relationLine(evidence);
      expect(errorsOf(jsonlFolder(ENTITIES, [line]))).toEqual([
        { file: RELATIONS_FILE, line: 1, column: lastCol(line, '"evidence"'), code: "duplicate-id", message: 'the key "evidence" appears twice in one object', hint: "keep one of the two keys" },
        { file: RELATIONS_FILE, line: 1, column: at(line), code: "wrong-type", message: `"source" of evidence of ${RELATION_NAME} #1 must be text, not a number (7)`, hint: 'put the value in quotes: "source": "7"' },
      ].sort((a, b) => a.column - b.column));
    });
  }

  it("places an error of an item the first list does not have at the line's start", () => {
    const line = '{"id": "vessa", "label": "Vessa", "type": "city", "aliases": ["A"], "aliases": ["B", 7], "description": "A town."}';
    expect(errorsOf(jsonlFolder([...ENTITIES, line]))).toEqual([
      { file: ENTITIES_FILE, line: 5, column: 1, code: "wrong-type", message: 'each item of "aliases" in entity "vessa" must be non-empty text, not a number (7)' },
      { file: ENTITIES_FILE, line: 5, column: lastCol(line, '"aliases"'), code: "duplicate-id", message: 'the key "aliases" appears twice in one object', hint: "keep one of the two keys" },
    ]);
  });
});

describe("duplicateJsonKey", () => {
  const cases: [string, string | undefined][] = [
    ['{"a": 1, "b": 2}', undefined],
    ['{"a": 1, "a": 2}', "a"],
    ['{"": 1, "": 2}', ""],
    ['{"a": {"a": 1}}', undefined],
    ['{"x": {"k": 1}, "k": 2}', undefined],
    ['{"x": {"k": 1, "k": 2}}', "k"],
    ['{"a": [{"b": 1}, {"b": 2}]}', undefined],
    ['{"k": [1, 2], "k": 3}', "k"],
    ['{"k": [{"j": 1}], "k": 3}', "k"],
    ['{"tags": ["x", "y"], "y": 1}', undefined],
    ['{"a": "x", "b": "x"}', undefined],
    ['{"a": "x", "b": "a"}', undefined],
    ['{"ab": 1, "a": 2, "ba": 3}', undefined],
    ['{"ab": 1, "ac": 2}', undefined],
    ['{"a\\"b": 1, "a\\"b": 2}', 'a\\"b'],
    ['{"a\\"b": 1, "a": 2}', undefined],
    ['{"a\\\\": 1, "b": "\\\\", "b\\\\": 2}', undefined],
    ['{"a\\\\": 1, "a\\\\": 2}', "a\\\\"],
    ['{"a": "}{][", "a": 1}', "a"],
  ];
  for (const [text, key] of cases) {
    it(`${text} -> ${key === undefined ? "no key twice" : JSON.stringify(key)}`, () => {
      JSON.parse(text); // only valid lines reach it
      const second = key === undefined ? undefined : text.lastIndexOf(`"${key}"`) + 1;
      expect(duplicateJsonKey(text)).toEqual(key === undefined ? undefined : { key, column: second });
    });
  }
});

describe("locateJsonPath", () => {
  const cases: [string, (string | number)[], string | undefined][] = [
    ['{"a": 1, "b": [10, 20, 30]}', ["b", 2], "30"],
    ['{"a": 1, "b": [10, 20, 30]}', ["b", 3], undefined],
    ['{"a": 1, "b": [10, 20, 30]}', ["c"], undefined],
    ['{"a": 1, "b": [10, 20, 30]}', ["a", "x"], undefined],
    ['{"a": 1, "b": [10, 20, 30]}', ["a", 0], undefined],
    ['{"a": {"s": "q\\\\"}, "b": {"c": 3}}', ["b", "c"], "3"],
  ];
  for (const [text, path, value] of cases) {
    it(`${JSON.stringify(path)} in ${text}`, () => {
      expect(locateJsonPath(text, path)).toBe(value === undefined ? -1 : text.lastIndexOf(value));
    });
  }
  it("finds a key rather than its value when asked", () => {
    expect(locateJsonPath('{"a": 1, "b": {"c": 3}}', ["b", "c"], true)).toBe(15);
  });
});

describe("a JSONL record's fields (the FieldRecord contract)", () => {
  const LINE = '{"text": "x", "none": null, "list": [1, "y"], "map": {"k": 1}, "yes": true, "no": false, "n": 3, "items": [{"a": 1}, 2, {"a": 3}]}';
  function withRecord(check: (record: FieldRecord, file: JsonFileReport) => void): JsonFileReport {
    const file = new JsonFileReport("data/x.jsonl");
    readJsonLine(file, LINE, 7, "thing", (record) => check(record, file));
    return file;
  }

  it("tells the shape of each field", () => {
    withRecord((record) => {
      expect(["text", "none", "list", "map", "absent"].map((key) => record.shape(key))).toEqual(["other", "empty", "list", "other", "absent"]);
      expect(["text", "none", "absent"].map((key) => record.has(key))).toEqual([true, true, false]);
    });
  });

  it("gives no spot for an absent field, and places every spot on the record's line", () => {
    withRecord((record) => {
      expect(record.valueNode("absent")).toBeUndefined();
      expect(record.itemNode("absent", 0)).toBeUndefined();
      expect(record.report.positionOf(undefined)).toEqual({ line: 7, column: 1 });
      expect(record.report.positionOf(record.itemNode("text", 3))).toEqual({ line: 7, column: col(LINE, '"x"') });
      expect(record.report.lineOf(record.valueNode("n"))).toBe(7);
    });
  });

  it("reads booleans, and refuses anything else with the fallback", () => {
    const report = withRecord((record, file) => {
      expect([record.boolean("yes", false), record.boolean("no", true), record.boolean("absent", true), record.boolean("absent", false)]).toEqual([true, false, true, false]);
      expect([record.boolean("n", true), record.boolean("none", false)]).toEqual([true, false]);
      expect(record.report.errors).toBe(file.errors);
    });
    expect(report.errors).toEqual([
      { file: "data/x.jsonl", line: 7, column: col(LINE, "3"), code: "wrong-type", message: '"n" of thing on line 7 must be true or false, not a number (3)' },
      { file: "data/x.jsonl", line: 7, column: col(LINE, "null"), code: "wrong-type", message: '"none" of thing on line 7 must be true or false, not an empty value (null)' },
    ]);
  });

  it("reads sub-records, keeping what the reader returns and refusing what is not a mapping", () => {
    const report = withRecord((record) => {
      expect(record.records("absent", "part", () => 1)).toEqual([]);
      expect(record.records("none", "part", () => 1)).toEqual([]);
      expect(record.records("text", "part", () => 1)).toEqual([]);
      expect(record.records("items", "part", (item, i) => (i === 0 ? undefined : item.name))).toEqual(["part of thing on line 7 #3"]);
    });
    expect(report.errors).toEqual([
      { file: "data/x.jsonl", line: 7, column: col(LINE, '"x"'), code: "wrong-type", message: '"text" of thing on line 7 must be a list of part' },
      { file: "data/x.jsonl", line: 7, column: col(LINE, "2, {"), code: "wrong-shape", message: "part of thing on line 7 #2 must be a mapping of fields, not a number (2)" },
    ]);
  });
});
