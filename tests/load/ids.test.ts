// Specification of ids and names in messages: the shape an id must have, the advice a bad one gets,
// where a duplicate was first defined, the "did you mean" suggestions, and the order errors come in.
import { describe, expect, it } from "vitest";
import { sortDataErrors, type DataError } from "../../src/load/data-error.ts";
import { FirstDefinitions, nonAsciiNote, slugify } from "../../src/load/ids.ts";
import { didYouMean, suggest } from "../../src/load/suggest.ts";
import { validateFiles } from "../../src/load/validate.ts";
import { TINY_ENTITIES, TINY_RELATIONS, tinyFiles } from "../helpers/tiny-data.ts";

describe("slugify, the id a label most likely meant", () => {
  const cases: [string, string][] = [
    ["Shahed 136", "shahed-136"],
    ["Shahed  136", "shahed-136"],
    ["  Port Meridia!  ", "port-meridia"],
    ["Ostrava–Vélka", "ostrava-velka"],
    ["Kyïv Oblast", "kyiv-oblast"],
    ["???", ""],
  ];
  for (const [label, slug] of cases) {
    it(`turns ${JSON.stringify(label)} into ${JSON.stringify(slug)}`, () => expect(slugify(label)).toBe(slug));
  }
});

describe("nonAsciiNote, naming letters that only look like ASCII", () => {
  const cases: [string, string | undefined][] = [
    ["port-meridia", undefined],
    ["a~b", undefined],
    ["kyїv", 'it contains "ї" (U+0457), not an ASCII letter though it may look like one'],
    ["vаlоrіа", 'it contains "а" (U+0430), "о" (U+043E), "і" (U+0456), not an ASCII letter though it may look like one'],
    ["ѕеаро́rt", 'it contains "ѕ" (U+0455), "е" (U+0435), "а" (U+0430), not an ASCII letter though it may look like one'],
  ];
  for (const [text, note] of cases) {
    it(`says ${note === undefined ? "nothing" : "which letters are not ASCII"} for ${JSON.stringify(text)}`, () => expect(nonAsciiNote(text)).toBe(note));
  }
});

describe("a bad entity id, reported with what to write instead", () => {
  const ENTITIES = "data/entities/main.yaml";
  const cases: { id: string; message: string; hint: string }[] = [
    { id: "Port Meridia", message: 'id "Port Meridia" of entity #6 is not a valid id', hint: 'use lower-case ASCII letters, digits and hyphens, e.g. "port-meridia"' },
    { id: "port~meridia", message: 'id "port~meridia" of entity #6 is not a valid id', hint: 'use lower-case ASCII letters, digits and hyphens, e.g. "port-meridia"' },
    { id: '"???"', message: 'id "???" of entity #6 is not a valid id', hint: "use lower-case ASCII letters, digits and hyphens" },
    { id: "constructor", message: 'id of entity #6: "constructor" is a name every JavaScript object has, which graph tools cannot take as an id', hint: 'add a word to it, e.g. "constructor-1"' },
    { id: "pоrt", message: 'id "pоrt" of entity #6 is not a valid id', hint: 'it contains "о" (U+043E), not an ASCII letter though it may look like one; retype it with lower-case ASCII letters, digits and hyphens' },
  ];
  for (const { id, message, hint } of cases) {
    it(`advises on the id ${id}`, () => {
      const result = validateFiles(tinyFiles({ entities: `${TINY_ENTITIES}- id: ${id}\n  label: Port\n  type: city\n  description: A harbour.\n` }));
      expect(result.ok ? [] : result.errors).toEqual([{ file: ENTITIES, line: 24, column: 7, code: "bad-id", message, hint }]);
    });
  }

  it("refuses a relation's explicit id that every JavaScript object has as a name", () => {
    const result = validateFiles(tinyFiles({ relations: TINY_RELATIONS.replace("- source: iran\n", "- id: constructor\n  source: iran\n") }));
    expect(result.ok ? [] : result.errors.map((e) => `${e.line}:${e.column} ${e.code}: ${e.message} (${e.hint})`)).toEqual([
      '1:7 bad-id: id of relation iran -supplies-> russia: "constructor" is a name every JavaScript object has, which graph tools cannot take as an id (add a word to it, e.g. "constructor-1")',
    ]);
  });

  it("names a record without an id by its position, in every error about it", () => {
    const result = validateFiles(tinyFiles({ entities: `${TINY_ENTITIES}- type: city\n  description: A harbour.\n` }));
    expect(result.ok ? [] : result.errors.map((e) => `${e.line}:${e.column} ${e.code}: ${e.message}`)).toEqual([
      '24:3 missing-field: entity #6 has no "id"',
      '24:3 missing-field: entity #6 has no "label"',
    ]);
  });
});

describe("FirstDefinitions, where each id was first given and to what", () => {
  it("answers where and to whom each key was first given, and nothing for keys never given", () => {
    const seen = new FirstDefinitions<string>();
    seen.claim("valdoria", "data/entities/a.yaml", 3, "state");
    seen.claim("norvask", "data/entities/b.yaml", 7, "city");
    expect([seen.where("valdoria"), seen.where("norvask"), seen.where("estmark")]).toEqual(["data/entities/a.yaml:3", "data/entities/b.yaml:7", undefined]);
    expect([seen.owner("valdoria"), seen.owner("norvask"), seen.owner("estmark")]).toEqual(["state", "city", undefined]);
  });
});

describe("suggest, the known names close to a wanted one", () => {
  const cases: { wanted: string; known: string[]; close: string[] }[] = [
    { wanted: "lable", known: ["label", "table", "cable"], close: ["cable", "table", "label"] },
    { wanted: "meridia", known: ["port-meridia"], close: ["port-meridia"] },
    { wanted: "mer", known: ["port-meridia"], close: ["port-meridia"] },
    { wanted: "me", known: ["port-meridia"], close: [] },
    { wanted: "meridia", known: ["meridian", "port-meridia"], close: ["meridian", "port-meridia"] },
    { wanted: "kyiv", known: ["kyjw", "kyiv-oblast"], close: ["kyiv-oblast", "kyjw"] },
    { wanted: "valdoria", known: ["norvask", "estmark"], close: [] },
    { wanted: "port", known: ["fort", "post", "part", "pork", "sort"], close: ["fort", "part", "pork"] },
  ];
  for (const { wanted, known, close } of cases) {
    it(`suggests ${JSON.stringify(close)} for "${wanted}" among ${JSON.stringify(known)}`, () => expect(suggest(wanted, known)).toEqual(close));
  }
});

describe("didYouMean, the hint for an unknown name", () => {
  const cases: [string, string[], string | undefined][] = [
    ["meridia", ["port-meridia"], 'did you mean "port-meridia"?'],
    ["lable", ["label", "cable"], 'did you mean "cable" or "label"?'],
    ["valdoria", ["norvask"], undefined],
  ];
  for (const [wanted, known, hint] of cases) {
    it(`hints ${JSON.stringify(hint)} for "${wanted}"`, () => expect(didYouMean(wanted, known)).toBe(hint));
  }
});

describe("sortDataErrors, the order of a report", () => {
  it("orders by file, then line, then column, then code", () => {
    const at = (file: string, line: number, column: number, code: DataError["code"]): DataError => ({ file, line, column, code, message: "" });
    const errors = [at("b.yaml", 1, 1, "bad-id"), at("a.yaml", 2, 9, "bad-id"), at("a.yaml", 2, 3, "wrong-type"), at("a.yaml", 2, 3, "bad-date"), at("a.yaml", 1, 12, "bad-id")];
    expect(sortDataErrors(errors).map((e) => `${e.file}:${e.line}:${e.column} ${e.code}`)).toEqual([
      "a.yaml:1:12 bad-id",
      "a.yaml:2:3 bad-date",
      "a.yaml:2:3 wrong-type",
      "a.yaml:2:9 bad-id",
      "b.yaml:1:1 bad-id",
    ]);
  });
});
