// Specification of the input limits the README's "Limits" table promises: each accepted at its
// bound and refused one past it, with the located error the table names.
import { describe, expect, it } from "vitest";
import type { DataError } from "../../src/load/data-error.ts";
import { fileSizeError, flowNestingDepth, LIMITS } from "../../src/load/limits.ts";
import { validateFiles } from "../../src/load/validate.ts";
import { TINY_ENTITIES, TINY_ONTOLOGY, TINY_RELATIONS, TINY_SOURCE_TEXT, TINY_SOURCES, tinyFiles } from "../helpers/tiny-data.ts";

const MB = 1024 * 1024;

/** The errors of the tiny folder with some files replaced (none when it validates). */
function errorsOf(overrides: Parameters<typeof tinyFiles>[0]): DataError[] {
  const result = validateFiles(tinyFiles(overrides));
  return result.ok ? [] : result.errors;
}

/** "code: message" of each error, for compact expectations. */
function summary(errors: DataError[]): string[] {
  return errors.map((error) => `${error.code}: ${error.message}`);
}

/** A word of exactly `length` characters. */
function word(length: number, letter = "a"): string {
  return letter.repeat(length);
}

describe("names: an id, label, alias, type, role or title has at most 300 characters", () => {
  const cases: { field: string; at: (text: string) => Parameters<typeof tinyFiles>[0]; message: RegExp }[] = [
    { field: "an entity id", at: (t) => ({ entities: `${TINY_ENTITIES}- id: ${t}\n  label: Outpost\n  type: city\n  description: A city.\n` }), message: /"id" of entity .* has 301 characters; the limit is 300/ },
    { field: "a label", at: (t) => ({ entities: TINY_ENTITIES.replace("label: Shahed-136", `label: ${t}`) }), message: /"label" of entity "shahed-136" has 301 characters; the limit is 300/ },
    { field: "an alias", at: (t) => ({ entities: TINY_ENTITIES.replace("aliases: [Kiev]", `aliases: [${t}]`) }), message: /an alias of entity "kyiv" has 301 characters; the limit is 300/ },
    { field: "a source title", at: (t) => ({ sources: TINY_SOURCES.replace("title: A test document", `title: ${t}`) }), message: /"title" of source "doc" has 301 characters; the limit is 300/ },
    { field: "a role", at: (t) => ({ relations: TINY_RELATIONS.replace("  status: reported\n  items:", `  status: reported\n  role: ${t}\n  items:`) }), message: /"role" of relation .* has 301 characters; the limit is 300/ },
  ];
  for (const { field, at, message } of cases) {
    it(`accepts ${field} of 300 characters and refuses one of 301 with too-long at the field`, () => {
      expect(summary(errorsOf(at(word(300))))).toEqual([]);
      const errors = errorsOf(at(word(301)));
      expect(errors.map((e) => e.code)).toContain("too-long");
      expect(errors.find((e) => e.code === "too-long")!.message).toMatch(message);
      expect(errors.find((e) => e.code === "too-long")!.line).toBeGreaterThan(0);
    });
  }
});

describe("texts: a description, note or quote has at most 5,000 characters", () => {
  it("accepts an entity description of 5,000 characters and refuses 5,001", () => {
    const at = (n: number) => ({ entities: TINY_ENTITIES.replace("description: A drone.", `description: ${word(n)}`) });
    expect(summary(errorsOf(at(5000)))).toEqual([]);
    const errors = errorsOf(at(5001));
    expect(summary(errors)).toEqual(['too-long: "description" of entity "shahed-136" has 5001 characters; the limit is 5000']);
    expect(errors[0]).toMatchObject({ file: "data/entities/main.yaml", line: 23, hint: "shorten it" });
  });

  it("accepts a relation note of 5,000 characters and refuses 5,001", () => {
    const at = (n: number) => ({ relations: TINY_RELATIONS.replace("- source: kyiv\n", `- source: kyiv\n  note: ${word(n)}\n`) });
    expect(summary(errorsOf(at(5000)))).toEqual([]);
    expect(summary(errorsOf(at(5001)))).toEqual(['too-long: "note" of relation kyiv -located-in-> ukraine has 5001 characters; the limit is 5000']);
  });

  it("accepts a source note and an ontology description of 5,000 characters and refuses 5,001", () => {
    const sources = (n: number) => ({ sources: `${TINY_SOURCES}  note: ${word(n)}\n` });
    expect(summary(errorsOf(sources(5000)))).toEqual([]);
    expect(summary(errorsOf(sources(5001)))).toEqual(['too-long: "note" of source "doc" has 5001 characters; the limit is 5000']);
    const ontology = (n: number) => ({ ontology: TINY_ONTOLOGY.replace("description: A city.", `description: ${word(n)}`) });
    expect(summary(errorsOf(ontology(5000)))).toEqual([]);
    // The refused type's entities then have an unknown type too; the limit's error is among them.
    expect(summary(errorsOf(ontology(5001)))).toContainEqual(expect.stringMatching(/^too-long: "description" of .*"city" has 5001 characters; the limit is 5000$/));
  });

  it("accepts a quote of 5,000 characters found in its source and refuses 5,001, asking for the sentence", () => {
    const text = `${TINY_SOURCE_TEXT}${word(5001, "b")}\n`;
    const at = (n: number) => ({ text, relations: TINY_RELATIONS.replace("quote: Kyiv is in Ukraine.", `quote: ${word(n, "b")}`) });
    expect(summary(errorsOf(at(5000)))).toEqual([]);
    const errors = errorsOf(at(5001));
    expect(summary(errors)).toEqual(['too-long: "quote" of evidence of relation kyiv -located-in-> ukraine #1 has 5001 characters; the limit is 5000']);
    expect(errors[0]!.hint).toBe("quote the sentence that supports the relation, not the whole paragraph");
  });
});

describe("files: 8 MB of YAML, 64 MB of source text, brackets 32 deep (tests/load/large-inputs.test.ts reads files of those sizes)", () => {
  it("sets the file limits the README's table gives", () => {
    expect(LIMITS).toMatchObject({ yamlFileBytes: 8 * MB, sourceFileBytes: 64 * MB, nestingDepth: 32 });
  });

  it("accepts a file of exactly its limit and refuses one byte more, located at its start with the size in MB", () => {
    expect(fileSizeError("a.yaml", 8 * MB, 8 * MB, "split it")).toBeUndefined();
    expect(fileSizeError("a.yaml", 8 * MB + 1, 8 * MB, "split it")).toEqual({
      file: "a.yaml", line: 1, column: 1, code: "file-too-large",
      message: "the file has 8.0 MB; this kind of file is limited to 8 MB", hint: "split it",
    });
    expect(fileSizeError("b.txt", 100.26 * MB, 64 * MB, "split the document")?.message).toBe("the file has 100.3 MB; this kind of file is limited to 64 MB");
  });

  it("accepts brackets nested 32 deep in a YAML file and refuses 33 before parsing", () => {
    const nested = (depth: number) => `${"[".repeat(depth)}x${"]".repeat(depth)}`;
    const at = (depth: number) => ({ entities: TINY_ENTITIES.replace("description: A drone.", `description: A drone.\n  note: ${nested(depth)}`) });
    expect(errorsOf(at(32)).map((e) => e.code)).not.toContain("too-deep");
    expect(summary(errorsOf(at(33)))).toEqual(["too-deep: values are nested 33 levels deep; data files allow 32"]);
  });
});

describe("flowNestingDepth: the bracket count that decides too-deep, before any parsing", () => {
  const cases: [string, string, { depth: number; line: number }][] = [
    ["no brackets", "- id: a\n  label: A\n", { depth: 0, line: 1 }],
    ["lists and maps nested in one another, deepest on its line", "a: [1]\nb: [{c: [2]}]\n", { depth: 3, line: 2 }],
    ["the first line of the deepest nesting when it recurs", "a: [[x]]\nb: [[y]]\n", { depth: 2, line: 1 }],
    ["brackets in a comment after a space", "a: 1 # [[[[\nb: [x]\n", { depth: 1, line: 2 }],
    ["brackets in a comment at the start of the text", "# [[[[\n", { depth: 0, line: 1 }],
    ["a # inside a word, which is no comment", "a: x#[y]\n", { depth: 1, line: 1 }],
    ["brackets inside a double-quoted value", 'a: "[[[["\nb: [x]\n', { depth: 1, line: 2 }],
    ["an escaped double quote that does not end the value", 'a: "x\\" [[[["\n', { depth: 0, line: 1 }],
    ["brackets inside a single-quoted value, with a doubled quote inside", "a: 'it''s [[[['\n", { depth: 0, line: 1 }],
    ["a quoted value opening a list item", "a: ['[[', x]\n", { depth: 1, line: 1 }],
    ["an apostrophe inside a word, which opens no quoted value", "a: Iran's [x]\n", { depth: 1, line: 1 }],
    ["lines counted inside a multi-line quoted value", 'a: "one\ntwo"\nb: [x]\n', { depth: 1, line: 3 }],
    ["a closing bracket with nothing open", "a: ]]] [x]\n", { depth: 1, line: 1 }],
    ["a closing brace that ends a map", "a: {b: 1} {c: [d]}\n", { depth: 2, line: 1 }],
    ["a # after a word and before a space, which is no comment either", "a: x# [y]\n", { depth: 1, line: 1 }],
    ["a comment on the last line, with no line break after it", "a: [x] # [[[[", { depth: 1, line: 1 }],
    ["a quoted value at the very start of the text", '"[[[[": [x]\n', { depth: 1, line: 1 }],
    ["a backslash inside a single-quoted value, which escapes nothing", "a: 'x\\' [y]\n", { depth: 1, line: 1 }],
    ["a single-quoted value that closes at its quote", "a: 'x' [y]\n", { depth: 1, line: 1 }],
    ["a double-quoted value that closes at its quote, whatever follows", "a: \"x\"' [y]\n", { depth: 1, line: 1 }],
  ];
  for (const [what, text, expected] of cases) {
    it(`counts ${what}`, () => {
      expect(flowNestingDepth(text)).toEqual(expected);
    });
  }
});
