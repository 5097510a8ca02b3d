// Specification of CSV data files: the header, cells and lists, evidence as numbered column groups,
// and every error located at its row and cell (quoted cells over several lines and blank lines included).
import { describe, expect, it } from "vitest";
import type { DataError } from "../../src/load/data-error.ts";
import type { FieldRecord } from "../../src/load/field-record.ts";
import { readTextRecords } from "../../src/load/record-files.ts";
import { validateFiles, type LoadResult } from "../../src/load/validate.ts";
import { tinyFiles } from "../helpers/tiny-data.ts";

/** A fictional world for relations: four entities and one source document. */
const ENTITIES_YAML = `- id: arvenia
  label: Arvenia
  type: state
  description: A state.
- id: borlova
  label: Borlova
  type: state
  description: A state.
- id: castel
  label: Castel
  type: city
  description: A city.
- id: lanner
  label: Lanner
  type: weapon
  description: A drone.
`;
const SOURCE_TEXT = "Arvenia supplied Borlova with Lanner drones.\nBorlova struck Castel on 3 March 2031 with 40 drones.\nCastel lies in Arvenia.\n";
const SUPPLY_QUOTE = "Arvenia supplied Borlova with Lanner drones.";
const STRIKE_QUOTE = "Borlova struck Castel on 3 March 2031 with 40 drones.";
const PLACE_QUOTE = "Castel lies in Arvenia.";

const ENTITIES_FILE = "data/entities.csv";
const RELATIONS_FILE = "data/relations.csv";

/** Validates entity CSV files (no relations); `additions` is a second entities file read after the first. */
function validateEntities(csv: string, additions?: string): LoadResult {
  const files = tinyFiles({ relations: "[]" });
  const entities = [{ path: ENTITIES_FILE, text: csv }];
  if (additions !== undefined) entities.push({ path: "data/additions.csv", text: additions });
  return validateFiles({ ...files, entities });
}

/** Validates a relations CSV file against the fictional world. */
function validateRelations(csv: string): LoadResult {
  const files = tinyFiles({ entities: ENTITIES_YAML, text: SOURCE_TEXT });
  return validateFiles({ ...files, relations: [{ path: RELATIONS_FILE, text: csv }] });
}

function errorsOf(result: LoadResult): DataError[] {
  return result.ok ? [] : result.errors;
}

function datasetOf(result: LoadResult) {
  if (!result.ok) throw new Error(`expected valid data, got ${result.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join("; ")}`);
  return result.dataset;
}

/** An error of the entities file. */
function entityError(line: number, column: number, code: DataError["code"], message: string, hint?: string): DataError {
  return { file: ENTITIES_FILE, line, column, code, message, ...(hint === undefined ? {} : { hint }) };
}

/** An error of the relations file. */
function relationError(line: number, column: number, code: DataError["code"], message: string, hint?: string): DataError {
  return { file: RELATIONS_FILE, line, column, code, message, ...(hint === undefined ? {} : { hint }) };
}

describe("CSV header", () => {
  const cases: { what: string; csv: string; errors: DataError[] }[] = [
    {
      what: "a column without a name, at its header cell",
      csv: "id,label,,type,description\narvenia,Arvenia,,state,A state.\n",
      errors: [entityError(1, 10, "wrong-shape", "column 3 of the header has no name", "name every column, or remove the empty one")],
    },
    {
      what: "a column named twice, at the second",
      csv: "id,label,type,label,description\narvenia,Arvenia,state,Arvenia,A state.\n",
      errors: [entityError(1, 15, "duplicate-id", 'the header names the column "label" twice', "keep one of the two columns")],
    },
    {
      what: "an unknown column with no near name, listing the known ones",
      csv: "id,label,type,description,population\narvenia,Arvenia,state,A state.,\n",
      errors: [entityError(1, 27, "unknown-field", 'the header names an unknown column "population"', "known fields: id, label, type, aliases, description, review, confidence, addTo")],
    },
    {
      what: "a column named like a group of columns of a field that holds no records",
      csv: "id,label,labelFr,type,description\narvenia,Arvenia,Arvénie,state,A state.\n",
      errors: [entityError(1, 10, "unknown-field", 'the header names an unknown column "labelFr"', 'did you mean "label"?')],
    },
    {
      what: "an unknown column that ends like a numbered group of another field",
      csv: "id,label,type,description,myLabel\narvenia,Arvenia,state,A state.,\n",
      errors: [entityError(1, 27, "unknown-field", 'the header names an unknown column "myLabel"', 'did you mean "label"?')],
    },
  ];
  for (const { what, csv, errors } of cases) {
    it(`reports ${what}`, () => {
      expect(errorsOf(validateEntities(csv))).toEqual(errors);
    });
  }

  it("reads column names without the spaces around them", () => {
    const entities = datasetOf(validateEntities(" id , label ,type, description \narvenia,Arvenia,state,A state.\n")).entities;
    expect(entities).toEqual([{ id: "arvenia", label: "Arvenia", type: "state", aliases: [], description: "A state." }]);
  });

  it("keeps the first of two columns of the same name", () => {
    // The data does not build (the header is wrong), but the label read is the first column's.
    const errors = errorsOf(validateEntities("id,label,type,label,description\narvenia,Arvenia,state,Borlova,A state.\nborlova,Borlova,state,,A state.\n"));
    expect(errors.map((e) => e.code)).toEqual(["duplicate-id"]);
  });
});

describe("CSV rows and cells", () => {
  const cases: { what: string; csv: string; errors: DataError[] }[] = [
    {
      what: "a row with more cells than the header has columns, at its first extra cell",
      csv: "id,label,type,description\narvenia,Arvenia,state,A state.,spare\n",
      errors: [entityError(2, 32, "wrong-shape", "row has 5 cells but the header names 4 columns", 'put cells that contain commas in double quotes: "Kyiv, Ukraine"')],
    },
    {
      what: "a cell after a quoted cell that holds a comma",
      csv: 'id,label,type,description\narvenia,Arvenia,state,A state.\ncastel,"Castel, old town",twon,A city.\n',
      errors: [entityError(3, 27, "unknown-entity-type", 'entity "castel" has an unknown type "twon"', "known entity types: state, city, weapon")],
    },
    {
      what: "a cell after a quoted cell over two lines, and the next row's line",
      csv: 'id,label,description,type\ncastel,Castel,"A city\non the river, by the ""old"" bridge.",twon\nlanner,Lanner,A drone.,wepon\n',
      errors: [
        entityError(3, 39, "unknown-entity-type", 'entity "castel" has an unknown type "twon"', "known entity types: state, city, weapon"),
        entityError(4, 24, "unknown-entity-type", 'entity "lanner" has an unknown type "wepon"', 'did you mean "weapon"?'),
      ],
    },
    {
      what: "a cell after a quoted cell over two lines, and the next row's line, with Windows line breaks",
      csv: 'id,label,description,type\r\ncastel,Castel,"A city\r\non the river.",twon\r\nlanner,Lanner,A drone.,wepon\r\n',
      errors: [
        entityError(3, 16, "unknown-entity-type", 'entity "castel" has an unknown type "twon"', "known entity types: state, city, weapon"),
        entityError(4, 24, "unknown-entity-type", 'entity "lanner" has an unknown type "wepon"', 'did you mean "weapon"?'),
      ],
    },
    {
      what: "a cell of the last row, over two lines and with no line break at the end",
      csv: 'id,label,description,type\ncastel,Castel,"A city\non the river.",twon',
      errors: [entityError(3, 16, "unknown-entity-type", 'entity "castel" has an unknown type "twon"', "known entity types: state, city, weapon")],
    },
    {
      what: "a cell of a row after two blank lines",
      csv: "id,label,type,description\n\n\ncastel,Castel,twon,A city.\n",
      errors: [entityError(4, 15, "unknown-entity-type", 'entity "castel" has an unknown type "twon"', "known entity types: state, city, weapon")],
    },
    {
      what: "a cell of a row after two blank lines, with Windows line breaks",
      csv: "id,label,type,description\r\n\r\n\r\ncastel,Castel,twon,A city.\r\n",
      errors: [entityError(4, 15, "unknown-entity-type", 'entity "castel" has an unknown type "twon"', "known entity types: state, city, weapon")],
    },
    {
      what: "a row without an id, by its line",
      csv: "id,label,type,description\n,Arvenia,state,A state.\n",
      errors: [entityError(2, 1, "missing-field", 'entity on line 2 has no "id"', 'fill in the "id" cell')],
    },
    {
      what: "an empty cell of a required field, asking to fill it in",
      csv: "id,label,type,description\narvenia,,state,A state.\n",
      errors: [entityError(2, 1, "missing-field", 'entity "arvenia" has no "label"', 'fill in the "label" cell')],
    },
    {
      what: "a required field with no column, asking for the column",
      csv: "id,type,description\narvenia,state,A state.\n",
      errors: [entityError(2, 1, "missing-field", 'entity "arvenia" has no "label"', 'add a "label" column')],
    },
    {
      what: "a cell of spaces only, at the cell",
      csv: "id,label,type,description\narvenia,   ,state,A state.\n",
      errors: [entityError(2, 9, "empty-value", '"label" of entity "arvenia" is empty')],
    },
    {
      what: "an empty item between two separators of a list cell",
      csv: "id,label,type,aliases,description\narvenia,Arvenia,state,Old Arvenia||Arv,A state.\n",
      errors: [entityError(2, 23, "wrong-type", 'each item of "aliases" in entity "arvenia" must be non-empty text', "separate items with a single |")],
    },
    {
      what: "a blank item at the end of a list cell",
      csv: "id,label,type,aliases,description\narvenia,Arvenia,state,Old Arvenia| ,A state.\n",
      errors: [entityError(2, 23, "wrong-type", 'each item of "aliases" in entity "arvenia" must be non-empty text', "separate items with a single |")],
    },
    {
      what: "an alias that already names another entity, at the list cell",
      csv: "id,label,type,aliases,description\nborlova,Borlova,state,,A state.\narvenia,Arvenia,state,Arv|Borlova,A state.\n",
      errors: [
        entityError(3, 23, "alias-collision", '"Borlova" of entity "arvenia" already names entity "borlova" (data/entities.csv:2)',
          "a name may belong to one entity only: remove it from one of them or make it more specific"),
      ],
    },
  ];
  for (const { what, csv, errors } of cases) {
    it(`locates ${what}`, () => {
      expect(errorsOf(validateEntities(csv))).toEqual(errors);
    });
  }

  const syntax: { what: string; csv: string; error: DataError }[] = [
    {
      what: "a quote that is never closed, at the row that opens it",
      csv: 'id,label,type,description\ncastel,Castel,city,"A city\n',
      error: entityError(2, 1, "csv-syntax", "CSV syntax: Quote Not Closed: the parsing is finished with an opening quote",
        'a quoted cell must end with a quote; write a quote inside a quoted cell as ""'),
    },
    {
      what: "text after the closing quote of a cell",
      csv: 'id,label,type,description\narvenia,Arvenia,state,A state.\ncastel,"Castel" town,city,A city.\n',
      error: entityError(3, 1, "csv-syntax", 'CSV syntax: Invalid Closing Quote: got " "',
        'a quoted cell must end with a quote; write a quote inside a quoted cell as ""'),
    },
  ];
  for (const { what, csv, error } of syntax) {
    it(`reports ${what} as a CSV syntax error at its line`, () => {
      expect(errorsOf(validateEntities(csv))).toContainEqual(error);
    });
  }

  it("reads cells and list items without the spaces around them", () => {
    const entities = datasetOf(validateEntities("id,label,type,aliases,description\narvenia, Arvenia ,state, Old Arvenia | Arv ,A state.\n")).entities;
    expect(entities).toEqual([{ id: "arvenia", label: "Arvenia", type: "state", aliases: ["Old Arvenia", "Arv"], description: "A state." }]);
  });

  it("reads an addTo file that gives more names to an entity of another file", () => {
    const entities = datasetOf(validateEntities("id,label,type,description\narvenia,Arvenia,state,A state.\n", "addTo,aliases\narvenia,Arv|Old Arvenia\n")).entities;
    expect(entities).toEqual([{ id: "arvenia", label: "Arvenia", type: "state", aliases: ["Arv", "Old Arvenia"], description: "A state." }]);
  });

  it("asks an addTo row for its aliases when they are empty", () => {
    const errors = errorsOf(validateEntities("id,label,type,description\narvenia,Arvenia,state,A state.\n", "addTo,aliases\narvenia,\n"));
    expect(errors).toEqual([{ file: "data/additions.csv", line: 2, column: 1, code: "missing-field", message: 'entity "arvenia" (addTo) has no "aliases"', hint: "list the names to add, like aliases: [Geran-2]" }]);
  });
});

describe("CSV evidence: numbered groups of evidence columns", () => {
  const HEADER = "source,type,target,status,evidenceSource,evidenceQuote";
  const NAME = "relation arvenia -supplies-> borlova";

  const cases: { what: string; csv: string; errors: DataError[] }[] = [
    {
      what: "a relation whose evidence cells are all empty has no evidence",
      csv: `${HEADER}\narvenia,supplies,borlova,reported,,\n`,
      errors: [relationError(2, 1, "empty-evidence", `${NAME} has no evidence`, 'add evidence: [{source: <source id>, quote: "<words copied from the source>"}]')],
    },
    {
      what: "a relation with no evidence columns has no evidence",
      csv: "source,type,target,status\narvenia,supplies,borlova,reported\n",
      errors: [relationError(2, 1, "empty-evidence", `${NAME} has no evidence`, 'add evidence: [{source: <source id>, quote: "<words copied from the source>"}]')],
    },
    {
      what: "a piece of evidence with a source and no quote asks for the quote cell",
      csv: `${HEADER}\narvenia,supplies,borlova,reported,doc,\n`,
      errors: [relationError(2, 1, "missing-field", `evidence of ${NAME} #1 has no "quote"`, 'fill in the "evidenceQuote" cell')],
    },
    {
      what: "a second piece of evidence without a quote column asks for the column",
      csv: `${HEADER},evidenceSource2\narvenia,supplies,borlova,reported,doc,${SUPPLY_QUOTE},doc\n`,
      errors: [relationError(2, 1, "missing-field", `evidence of ${NAME} #2 has no "quote"`, 'add a "evidenceQuote2" column')],
    },
    {
      what: 'a column named "evidence" cannot hold a list',
      csv: `source,type,target,status,evidence\narvenia,supplies,borlova,reported,doc\n`,
      errors: [relationError(2, 35, "wrong-type", `"evidence" of ${NAME} must be a list of {source, quote}`)],
    },
    {
      what: "a misspelt evidence column is unknown, with the near name",
      csv: `source,type,target,status,evidenceSource,evidenceQuot\narvenia,supplies,borlova,reported,doc,${SUPPLY_QUOTE}\n`,
      errors: [
        relationError(1, 42, "unknown-field", 'the header names an unknown column "evidenceQuot"', 'did you mean "quote"?'),
        relationError(2, 1, "missing-field", `evidence of ${NAME} #1 has no "quote"`, 'add a "evidenceQuote" column'),
      ],
    },
    {
      what: "a column named like a group of columns of a field other than evidence is unknown",
      csv: `${HEADER},targetName\narvenia,supplies,borlova,reported,doc,${SUPPLY_QUOTE},Borlova\n`,
      errors: [relationError(1, 56, "unknown-field", 'the header names an unknown column "targetName"', 'did you mean "target"?')],
    },
    {
      what: "an evidence column with no near name lists the evidence fields",
      csv: `${HEADER},evidencePage\narvenia,supplies,borlova,reported,doc,${SUPPLY_QUOTE},3\n`,
      errors: [relationError(1, 56, "unknown-field", 'the header names an unknown column "evidencePage"', "known fields: source, quote, status, assertedBy")],
    },
  ];
  for (const { what, csv, errors } of cases) {
    it(`reports that ${what}`, () => {
      expect(errorsOf(validateRelations(csv))).toEqual(errors);
    });
  }

  it("reads the groups in the order of their numbers, whatever the order of the columns", () => {
    const csv = `source,type,target,status,evidenceSource2,evidenceQuote2,evidenceSource10,evidenceQuote10,evidenceSource,evidenceQuote
arvenia,supplies,borlova,reported,doc,${STRIKE_QUOTE},doc,${PLACE_QUOTE},doc,${SUPPLY_QUOTE}
`;
    expect(datasetOf(validateRelations(csv)).relations[0]!.evidence).toEqual([
      { source: "doc", quote: SUPPLY_QUOTE },
      { source: "doc", quote: STRIKE_QUOTE },
      { source: "doc", quote: PLACE_QUOTE },
    ]);
  });

  it("skips a group whose cells are all empty", () => {
    const csv = `${HEADER},evidenceSource2,evidenceQuote2,evidenceSource3,evidenceQuote3\narvenia,supplies,borlova,reported,doc,${SUPPLY_QUOTE},,,doc,${STRIKE_QUOTE}\n`;
    expect(datasetOf(validateRelations(csv)).relations[0]!.evidence).toEqual([
      { source: "doc", quote: SUPPLY_QUOTE },
      { source: "doc", quote: STRIKE_QUOTE },
    ]);
  });

  it("reads each piece of evidence's own status and asserters", () => {
    const csv = `${HEADER},evidenceStatus,evidenceAssertedBy\narvenia,supplies,borlova,reported,doc,${SUPPLY_QUOTE},denied,arvenia|borlova\n`;
    expect(datasetOf(validateRelations(csv)).relations[0]!.evidence).toEqual([
      { source: "doc", quote: SUPPLY_QUOTE, status: "denied", assertedBy: ["arvenia", "borlova"] },
    ]);
  });
});

describe("CSV quantities: name=value pairs separated by |", () => {
  const HEADER = "source,type,target,status,quantities,evidenceSource,evidenceQuote";
  const NAME = "relation borlova -attacked-> castel";
  const row = (quantities: string) => `${HEADER}\nborlova,attacked,castel,reported,${quantities},doc,${STRIKE_QUOTE}\n`;

  it("reads numbers as numbers and other values as text, without the spaces around them", () => {
    expect(datasetOf(validateRelations(row(" launched = 40 |shotDown=32.5|note=most at night"))).relations[0]!.quantities)
      .toEqual({ launched: 40, shotDown: 32.5, note: "most at night" });
  });

  const NAME_HINT = "write name=value pairs separated by |, like launched=35|shotDown=32";
  const cases: { what: string; cell: string; errors: [DataError["code"], string, string][] }[] = [
    { what: "a name that is not camelCase", cell: "Launched=40", errors: [["bad-id", `quantity name "Launched" in ${NAME} must be camelCase, like shotDown`, NAME_HINT]] },
    { what: "a value with no name", cell: "=40", errors: [["bad-id", `quantity name "" in ${NAME} must be camelCase, like shotDown`, NAME_HINT]] },
    { what: "a name with no =", cell: " launched |shotDown=32", errors: [["wrong-type", `quantity "launched" in ${NAME} must be a non-negative number or a short text`, "write it as name=value"]] },
    { what: "a name with an empty value", cell: "launched=40|shotDown= ", errors: [["wrong-type", `quantity "shotDown" in ${NAME} must be a non-negative number or a short text`, "write it as name=value"]] },
  ];
  for (const { what, cell, errors } of cases) {
    it(`reports ${what} at the quantities cell`, () => {
      expect(errorsOf(validateRelations(row(cell)))).toEqual(errors.map(([code, message, hint]) => relationError(2, 34, code, message, hint)));
    });
  }
});

describe("CSV records as the rules read them (FieldRecord)", () => {
  /** Reads `csv` as an in-memory CSV file, handing each row to `read`; returns what it gave and the errors. */
  function readRows<T>(csv: string, read: (record: FieldRecord) => T): { values: T[]; errors: DataError[] } {
    const values: T[] = [];
    const errors = readTextRecords({ path: "data/things.csv", text: csv }, "thing", (record) => values.push(read(record)));
    return { values, errors };
  }

  const booleans: { cell: string; value: boolean; error?: DataError }[] = [
    { cell: "true", value: true },
    { cell: " false ", value: false },
    { cell: "", value: true },
    { cell: "yes", value: true, error: { file: "data/things.csv", line: 2, column: 3, code: "wrong-type", message: '"flag" of thing on line 2 must be true or false, not "yes"' } },
  ];
  for (const { cell, value, error } of booleans) {
    it(`reads a boolean cell "${cell}" as ${value}${error ? " after reporting it" : ""} (fallback true)`, () => {
      const { values, errors } = readRows(`id,flag\na,${cell}\n`, (record) => record.boolean("flag", true));
      expect(values).toEqual([value]);
      expect(errors).toEqual(error ? [error] : []);
    });
  }

  it("tells a filled cell from an empty one: present, and where it is", () => {
    const { values } = readRows("id,note\na,\nb,text\n", (record) => ({ has: record.has("note"), shape: record.shape("note"), at: record.report.positionOf(record.valueNode("note")) }));
    expect(values).toEqual([
      { has: false, shape: "absent", at: { line: 2, column: 1 } },
      { has: true, shape: "other", at: { line: 3, column: 3 } },
    ]);
  });

  it("collects the errors added through any record in its file's errors", () => {
    const { values, errors } = readRows("id,partName\na,wheel\n", (record) => {
      record.report.add(record.valueNode("id"), "bad-id", "top");
      record.records("part", "part", (part) => part.report.add(part.valueNode("name"), "bad-id", "nested"));
      return record.report.errors;
    });
    expect(errors).toEqual([
      { file: "data/things.csv", line: 2, column: 1, code: "bad-id", message: "top" },
      { file: "data/things.csv", line: 2, column: 3, code: "bad-id", message: "nested" },
    ]);
    expect(values).toEqual([errors]);
  });

  it("finds a nested record's field in its own cell only", () => {
    // nameNote would be a group of "name" at the top level; a nested record has no nested records of its own.
    const { values } = readRows("id,partName,partSize,nameNote\na,,4,long\n", (record) => record.records("part", "part", (part) => part.has("name")));
    expect(values).toEqual([[false]]);
  });

  it("leaves out the nested records its reader refuses", () => {
    const { values } = readRows("id,partName,partSize,partName2,partSize2\na,wheel,4,,2\n", (record) =>
      record.records("part", "part", (part, index) => {
        const name = part.string("name", false);
        return name === undefined ? undefined : `${index}:${name}`;
      }));
    expect(values).toEqual([["0:wheel"]]);
  });

  it("names nested records by their place in the row", () => {
    const { values } = readRows("id,partName,partName2\na,wheel,axle\n", (record) => record.records("part", "part", (part) => part.name));
    expect(values).toEqual([["part of thing on line 2 #1", "part of thing on line 2 #2"]]);
  });
});
