// Specification of reading YAML data files: what each kind of field accepts, and the located
// error (line:column, code, message, hint) for each value of the wrong kind.
import { Pair, parseDocument, Scalar, type Node } from "yaml";
import { describe as suite, expect, it } from "vitest";
import { describe, parseYaml, readRecordList, type RecordReader } from "../../src/load/yaml-records.ts";
import { LIMITS } from "../../src/load/limits.ts";

/** "line:column code: message (hint)" of each error of a parsed file. */
function shown(errors: { line: number; column: number; code: string; message: string; hint?: string }[]): string[] {
  return errors.map((e) => `${e.line}:${e.column} ${e.code}: ${e.message}${e.hint ? ` (${e.hint})` : ""}`);
}

/** Parses `yaml` as a file of records named "thing" and reads its first record with `read`. */
function readFirst<T>(yaml: string, read: (record: RecordReader) => T): { value: T | undefined; errors: string[] } {
  const parsed = parseYaml({ path: "things.yaml", text: yaml });
  let value: T | undefined;
  readRecordList(parsed, "thing", (record, index) => {
    if (index === 0) value = read(record);
    return undefined;
  });
  return { value, errors: shown(parsed.report.errors) };
}

/** One field value written after `- ` on line 1, read one way; what comes back and the errors. */
interface FieldCase {
  yaml: string;
  value: unknown;
  errors?: string[];
}

function fieldCases(what: string, read: (record: RecordReader) => unknown, cases: FieldCase[]): void {
  suite(what, () => {
    for (const { yaml, value, errors = [] } of cases) {
      it(`reads ${JSON.stringify(yaml)} as ${JSON.stringify(value)}${errors.length > 0 ? ` with ${errors.length} error(s)` : ""}`, () => {
        expect(readFirst(yaml, read)).toEqual({ value, errors });
      });
    }
  });
}

suite("parsing a YAML data file", () => {
  const cases: { problem: string; yaml: string; errors: string[] }[] = [
    {
      problem: "a syntax error that the parser does not follow with others",
      yaml: "- id: a\n  label: ]\n",
      errors: ['2:10 yaml-syntax: YAML syntax: Unexpected flow-seq-end token in YAML stream: "]"'],
    },
    {
      problem: "a tab after the text of a broken line, which is not a tab indentation",
      yaml: "- a: x\t\n   b: y\n",
      errors: ["1:6 yaml-syntax: YAML syntax: Nested mappings are not allowed in compact mappings"],
    },
    {
      problem: "an unclosed list, pointing at the indentation",
      yaml: "- id: a\n  label: [x\n",
      errors: ["3:1 yaml-syntax: YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ] (check the indentation of this line and the one above)"],
    },
    {
      problem: "a line indented less than its record",
      yaml: "- id: a\n label: x\n",
      errors: ["2:1 yaml-syntax: YAML syntax: Sequence item without - indicator (check the indentation of this line and the one above)"],
    },
    {
      problem: "the same mistake on two lines, as one error counting the later line",
      yaml: "- id: a\n  label: x: y\n- id: b\n  label: x: y\n",
      errors: ["2:10 yaml-syntax: YAML syntax: Nested mappings are not allowed in compact mappings (the parser also stumbled on 1 later line, probably because of this one)"],
    },
    {
      problem: "the same mistake on three lines, as one error counting the later lines",
      yaml: "- id: a\n  label: x: y\n- id: b\n  label: x: y\n- id: c\n  label: x: y\n",
      errors: ["2:10 yaml-syntax: YAML syntax: Nested mappings are not allowed in compact mappings (the parser also stumbled on 2 later lines, probably because of this one)"],
    },
    {
      problem: "one alias",
      yaml: "- id: a\n  aliases: &names [x]\n- id: b\n  aliases: *names\n",
      errors: ["4:12 yaml-alias: YAML aliases (*name) are not allowed in data files (write each value out in full)"],
    },
    {
      problem: "two aliases, as one error with the count",
      yaml: "- id: a\n  aliases: &names [x]\n- id: b\n  aliases: *names\n- id: c\n  aliases: *names\n",
      errors: ["4:12 yaml-alias: YAML aliases (*name) are not allowed in data files (2 aliases in this file) (write each value out in full)"],
    },
    {
      problem: "a merge key written twice, as an ordinary duplicate key",
      yaml: "- <<: {id: a}\n  <<: {id: b}\n",
      errors: ["2:3 duplicate-id: the same key appears twice in one mapping (keep one of the two keys)"],
    },
  ];
  for (const { problem, yaml, errors } of cases) {
    it(`reports ${problem}, and reads no records`, () => {
      const parsed = parseYaml({ path: "things.yaml", text: yaml });
      expect(shown(parsed.report.errors)).toEqual(errors);
      expect(parsed.root).toBeNull();
    });
  }

  it("refuses a file over the YAML size limit before parsing it", () => {
    const parsed = parseYaml({ path: "things.yaml", text: `- id: a\n${"#".repeat(LIMITS.yamlFileBytes)}` });
    expect(parsed.root).toBeNull();
    expect(parsed.report.errors).toEqual([
      { file: "things.yaml", line: 1, column: 1, code: "file-too-large", message: "the file has 8.0 MB; this kind of file is limited to 8 MB", hint: "split it into several files, or use JSONL or CSV bulk files for large data" },
    ]);
  });
});

suite("a file of records", () => {
  /** The records a file yields (each read as its "id"), and its errors. */
  function records(yaml: string): { ids: (string | undefined)[]; errors: string[] } {
    const parsed = parseYaml({ path: "things.yaml", text: yaml });
    const ids = readRecordList(parsed, "entity", (record) => record.string("id", true));
    return { ids, errors: shown(parsed.report.errors) };
  }

  const cases: { file: string; yaml: string; ids: string[]; errors?: string[] }[] = [
    { file: "an empty file", yaml: "", ids: [] },
    { file: "a file of comments only", yaml: "# nothing yet\n", ids: [] },
    { file: "a file holding only null", yaml: "~\n", ids: [] },
    { file: "a list of records", yaml: "- id: a\n- id: b\n", ids: ["a", "b"] },
    {
      file: "a file of plain text",
      yaml: "hello\n",
      ids: [],
      errors: ['1:1 wrong-shape: the file must be a list of entities (each item starting with "- "), not text ("hello")'],
    },
    {
      file: "a single record without its dash",
      yaml: "id: a\n",
      ids: [],
      errors: ['1:1 wrong-shape: the file must be a list of entities (each item starting with "- "), not a mapping'],
    },
    {
      file: "a list with items that are not records",
      yaml: "-\n- x\n- [a]\n- id: d\n",
      ids: ["d"],
      errors: [
        "1:2 wrong-shape: entity #1 must be a mapping of fields, not an empty value",
        '2:3 wrong-shape: entity #2 must be a mapping of fields, not text ("x")',
        "3:3 wrong-shape: entity #3 must be a mapping of fields, not a list",
      ],
    },
    {
      file: "a list with a record that is not read",
      yaml: "- id: a\n- label: b\n- id: c\n",
      ids: ["a", "c"],
      errors: ['2:3 missing-field: entity #2 has no "id" (add a "id:" line)'],
    },
  ];
  for (const { file, yaml, ids, errors = [] } of cases) {
    it(`reads ${file}`, () => {
      expect(records(yaml)).toEqual({ ids, errors });
    });
  }

  it("names relation files' records in the plural", () => {
    const parsed = parseYaml({ path: "things.yaml", text: "42\n" });
    readRecordList(parsed, "relation", () => undefined);
    expect(shown(parsed.report.errors)).toEqual(['1:1 wrong-shape: the file must be a list of relations (each item starting with "- "), not a number (42)']);
  });

  it("knows where each record starts", () => {
    const parsed = parseYaml({ path: "things.yaml", text: "- id: a\n-   id: b\n" });
    expect(readRecordList(parsed, "thing", (record) => record.position)).toEqual([{ line: 1, column: 3 }, { line: 2, column: 5 }]);
  });
});

fieldCases("a text field", (r) => r.string("label", true), [
  { yaml: "- label: Kyiv", value: "Kyiv" },
  { yaml: '- label: "  Kyiv  "', value: "Kyiv" },
  { yaml: "- id: a", value: undefined, errors: ['1:3 missing-field: thing #1 has no "label" (add a "label:" line)'] },
  { yaml: "- label:", value: undefined, errors: ['1:3 missing-field: thing #1 has no "label" (add a "label:" line)'] },
  { yaml: '- label: "   "', value: undefined, errors: ['1:10 empty-value: "label" of thing #1 is empty'] },
  { yaml: "- label: 1984", value: undefined, errors: ['1:10 wrong-type: "label" of thing #1 must be text, not a number (1984) (put the value in quotes: label: "1984")'] },
  { yaml: "- label: false", value: undefined, errors: ['1:10 wrong-type: "label" of thing #1 must be text, not a boolean (false) (put the value in quotes: label: "false")'] },
  { yaml: "- label: [Kyiv]", value: undefined, errors: ['1:10 wrong-type: "label" of thing #1 must be text, not a list'] },
  { yaml: "- label: {name: Kyiv}", value: undefined, errors: ['1:10 wrong-type: "label" of thing #1 must be text, not a mapping'] },
]);

fieldCases("an optional text field", (r) => r.string("note", false), [
  { yaml: "- id: a", value: undefined },
  { yaml: "- note:", value: undefined },
  { yaml: "- note: ~", value: undefined },
]);

fieldCases("a date field", (r) => r.dateText("date"), [
  { yaml: "- date: 2023", value: "2023" },
  { yaml: "- date: 2023-05", value: "2023-05" },
  { yaml: "- id: a", value: undefined },
  { yaml: "- date: 2023.5", value: undefined, errors: ['1:9 wrong-type: "date" of thing #1 must be text, not a number (2023.5) (put the value in quotes: date: "2023.5")'] },
]);

fieldCases("a list field", (r) => r.stringList("aliases", false), [
  { yaml: '- aliases: [" Kiev ", Kyiv]', value: ["Kiev", "Kyiv"] },
  { yaml: "- aliases: []", value: [] },
  { yaml: "- aliases:", value: [] },
  { yaml: "- id: a", value: [] },
  { yaml: "- aliases: Kiev", value: [], errors: ['1:12 wrong-type: "aliases" of thing #1 must be a list, like [a, b]'] },
  { yaml: "- aliases: {Kiev: Kyiv}", value: [], errors: ['1:12 wrong-type: "aliases" of thing #1 must be a list, like [a, b]'] },
  {
    yaml: '- aliases: [5, "", "  ", [x], true, ok]',
    value: ["ok"],
    errors: [
      '1:13 wrong-type: each item of "aliases" in thing #1 must be non-empty text, not a number (5)',
      '1:16 wrong-type: each item of "aliases" in thing #1 must be non-empty text, not text ("")',
      '1:20 wrong-type: each item of "aliases" in thing #1 must be non-empty text, not text ("  ")',
      '1:26 wrong-type: each item of "aliases" in thing #1 must be non-empty text, not a list',
      '1:31 wrong-type: each item of "aliases" in thing #1 must be non-empty text, not a boolean (true)',
    ],
  },
]);

fieldCases("a list field that also takes one text", (r) => r.stringList("assertedBy", true), [
  { yaml: '- assertedBy: " valdoria "', value: ["valdoria"] },
  { yaml: "- assertedBy: [valdoria, norvask]", value: ["valdoria", "norvask"] },
  { yaml: "- assertedBy:", value: [] },
  { yaml: "- assertedBy: 5", value: [], errors: ['1:15 wrong-type: "assertedBy" of thing #1 must be a list, like [a, b]'] },
]);

fieldCases("a yes-or-no field that defaults to yes", (r) => r.boolean("directed", true), [
  { yaml: "- id: a", value: true },
  { yaml: "- directed: false", value: false },
  { yaml: "- directed: true", value: true },
  { yaml: '- directed: "false"', value: true, errors: ['1:13 wrong-type: "directed" of thing #1 must be true or false, not text ("false")'] },
  { yaml: "- directed: 0", value: true, errors: ['1:13 wrong-type: "directed" of thing #1 must be true or false, not a number (0)'] },
  { yaml: "- directed:", value: true, errors: ['1:12 wrong-type: "directed" of thing #1 must be true or false, not an empty value'] },
]);

fieldCases("a yes-or-no field that defaults to no", (r) => r.boolean("selfLoops", false), [
  { yaml: "- id: a", value: false },
  { yaml: "- selfLoops: true", value: true },
  { yaml: "- selfLoops: [true]", value: false, errors: ['1:14 wrong-type: "selfLoops" of thing #1 must be true or false, not a list'] },
]);

const QUANTITY_RULE = "must be a non-negative number or a short text";
fieldCases("a quantities field", (r) => r.quantities("quantities"), [
  { yaml: '- quantities: {launched: 35, shotDown: 0, range: " 2500 km "}', value: { launched: 35, shotDown: 0, range: "2500 km" } },
  { yaml: "- quantities: {}", value: {} },
  { yaml: "- quantities:", value: {} },
  { yaml: "- id: a", value: {} },
  { yaml: "- quantities: [35, 32]", value: {}, errors: ['1:15 wrong-type: "quantities" of thing #1 must be a mapping like {launched: 35, shotDown: 32}'] },
  { yaml: "- quantities: 35", value: {}, errors: ['1:15 wrong-type: "quantities" of thing #1 must be a mapping like {launched: 35, shotDown: 32}'] },
  {
    yaml: "- quantities: {Launched: 1, shot-down: 2, x: 3, [a]: 4}",
    value: { x: 3 },
    errors: [
      '1:16 bad-id: quantity name "Launched" in thing #1 must be camelCase, like shotDown',
      '1:29 bad-id: quantity name "shot-down" in thing #1 must be camelCase, like shotDown',
      '1:49 bad-id: quantity name "" in thing #1 must be camelCase, like shotDown',
    ],
  },
  {
    yaml: '- quantities: {a: -1, b: .inf, c: "", d: "  ", e: true, f: [1], g}',
    value: {},
    errors: [
      `1:19 wrong-type: quantity "a" in thing #1 ${QUANTITY_RULE}`,
      `1:26 wrong-type: quantity "b" in thing #1 ${QUANTITY_RULE}`,
      `1:35 wrong-type: quantity "c" in thing #1 ${QUANTITY_RULE}`,
      `1:42 wrong-type: quantity "d" in thing #1 ${QUANTITY_RULE}`,
      `1:51 wrong-type: quantity "e" in thing #1 ${QUANTITY_RULE}`,
      `1:60 wrong-type: quantity "f" in thing #1 ${QUANTITY_RULE}`,
      `1:65 wrong-type: quantity "g" in thing #1 ${QUANTITY_RULE}`,
    ],
  },
]);

fieldCases("a list of sub-records", (r) => r.records("evidence", "evidence", (item) => item.string("source", true)), [
  { yaml: "- evidence: [{source: a}, {source: b}]", value: ["a", "b"] },
  { yaml: "- evidence: [{source: a}, {quote: b}]", value: ["a"], errors: ['1:27 missing-field: evidence of thing #1 #2 has no "source" (add a "source:" line)'] },
  { yaml: "- evidence:", value: [] },
  { yaml: "- id: a", value: [] },
  { yaml: "- evidence: a", value: [], errors: ['1:13 wrong-type: "evidence" of thing #1 must be a list of evidence'] },
  { yaml: "- evidence: [a]", value: [], errors: ['1:14 wrong-shape: evidence of thing #1 #1 must be a mapping of fields, not text ("a")'] },
]);

fieldCases("the shape of a field", (r) => ["a", "b", "c", "d", "e", "f"].map((key) => r.shape(key)), [
  { yaml: "- {b: , c: ~, d: [], e: x, f: {}}", value: ["absent", "empty", "empty", "list", "other", "other"] },
]);

fieldCases("whether a field is there", (r) => ["a", "b", "c"].map((key) => r.has(key)), [
  { yaml: "- {b: , c: x}", value: [false, true, true] },
]);

fieldCases("where a list's items are", (r) => [0, 1].map((i) => r.report.positionOf(r.itemNode("aliases", i) as Node)), [
  { yaml: "- aliases: [Kiev, Kyiv]", value: [{ line: 1, column: 13 }, { line: 1, column: 19 }] },
  { yaml: "- aliases: Kiev", value: [{ line: 1, column: 12 }, { line: 1, column: 12 }] },
]);

fieldCases("fields a record may not have", (r) => r.rejectUnknownFields(["id", "label"]), [
  { yaml: "- {id: a, label: b}", value: undefined },
  { yaml: "- {id: a, lable: b}", value: undefined, errors: ['1:11 unknown-field: thing #1 has an unknown field "lable" (did you mean "label"?)'] },
  { yaml: "- {id: a, colour: b}", value: undefined, errors: ['1:11 unknown-field: thing #1 has an unknown field "colour" (known fields: id, label)'] },
  { yaml: "- {id: a, [label]: b}", value: undefined, errors: ['1:11 unknown-field: thing #1 has an unknown field "a list" (known fields: id, label)'] },
  // A merge key is not expanded: it is a field like any other, and not an allowed one.
  { yaml: "- {<<: {label: b}, id: a}", value: undefined, errors: ['1:4 unknown-field: thing #1 has an unknown field "<<" (did you mean "id"?)'] },
]);

suite("describe, naming a value's kind in messages", () => {
  const [aliased] = (parseDocument("[&a x, *a]").contents as { items: Node[] }).items.slice(1);
  const cases: [string, Node | null | undefined, string][] = [
    ["nothing", undefined, "nothing"],
    ["null", null, "nothing"],
    ["an alias", aliased, "an alias"],
    ["an empty scalar", new Scalar(null), "an empty value"],
    ["a number", new Scalar(42), "a number (42)"],
    ["a boolean", new Scalar(true), "a boolean (true)"],
    ["a text", new Scalar("x"), 'text ("x")'],
    ["a key-value pair, which is no value", new Pair("a", "b") as unknown as Node, "an unexpected value"],
  ];
  for (const [what, node, expected] of cases) {
    it(`names ${what} "${expected}"`, () => expect(describe(node)).toBe(expected));
  }
});
