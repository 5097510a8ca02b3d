// Specification of the validator: every kind of data problem gives a located, actionable error.
import { describe, expect, it } from "vitest";
import { validateFiles } from "../../src/load/validate.ts";
import type { DataError } from "../../src/load/data-error.ts";
import { TINY_ENTITIES, TINY_ONTOLOGY, TINY_RELATIONS, TINY_SOURCES, tinyFiles } from "../helpers/tiny-data.ts";

function errorsOf(overrides: Parameters<typeof tinyFiles>[0]): DataError[] {
  const result = validateFiles(tinyFiles(overrides));
  if (result.ok) throw new Error("expected the data to be invalid");
  return result.errors;
}

const ENTITIES = "data/entities/main.yaml";
const RELATIONS = "data/relations/main.yaml";

describe("validateFiles", () => {
  it("accepts a valid folder and returns its dataset", () => {
    const result = validateFiles(tinyFiles());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.entities.map((e) => e.id)).toEqual(["iran", "russia", "ukraine", "kyiv", "shahed-136"]);
    expect(result.dataset.relations.map((r) => r.id)).toEqual([
      "iran:supplies:russia",
      "russia:attacked:kyiv:2023-05-28",
      "kyiv:located-in:ukraine",
    ]);
    expect(result.dataset.origins.relations["russia:attacked:kyiv:2023-05-28"]).toEqual({ file: RELATIONS, line: 9 });
  });

  // Each case breaks one thing and names the exact error the user must see.
  const cases: {
    problem: string;
    overrides: Parameters<typeof tinyFiles>[0];
    expected: Omit<Partial<DataError>, "message" | "hint"> & { message: RegExp; hint?: RegExp };
  }[] = [
    {
      problem: "a YAML syntax error",
      overrides: { entities: TINY_ENTITIES.replace("  aliases: [Tehran]", "  aliases: [Tehran") },
      expected: { file: ENTITIES, code: "yaml-syntax", line: 5, message: /YAML syntax/ },
    },
    {
      problem: "a tab used for indentation",
      overrides: { entities: TINY_ENTITIES.replace("  label: Iran", "\tlabel: Iran") },
      expected: { file: ENTITIES, code: "yaml-syntax", line: 2, message: /YAML syntax/, hint: /tab/ },
    },
    {
      problem: "a key written twice",
      overrides: { entities: TINY_ENTITIES.replace("  label: Iran\n", "  label: Iran\n  label: Persia\n") },
      expected: { file: ENTITIES, code: "duplicate-id", line: 3, message: /same key appears twice/ },
    },
    {
      problem: "a missing required field",
      overrides: { entities: TINY_ENTITIES.replace("  label: Kyiv\n", "") },
      expected: { file: ENTITIES, code: "missing-field", line: 15, column: 3, message: /entity "kyiv" has no "label"/ },
    },
    {
      problem: "an unknown field",
      overrides: { entities: TINY_ENTITIES.replace("  label: Kyiv\n", "  label: Kyiv\n  lable: Kiev\n") },
      expected: { file: ENTITIES, code: "unknown-field", line: 17, column: 3, message: /entity "kyiv" has an unknown field "lable"/, hint: /did you mean "label"/ },
    },
    {
      problem: "a number where text belongs",
      overrides: { entities: TINY_ENTITIES.replace("  label: Kyiv", "  label: 1984") },
      expected: { file: ENTITIES, code: "wrong-type", line: 16, column: 10, message: /must be text, not a number \(1984\)/, hint: /quotes/ },
    },
    {
      problem: "an unknown entity type",
      overrides: { entities: TINY_ENTITIES.replace("type: city", "type: citty") },
      expected: { file: ENTITIES, code: "unknown-entity-type", line: 17, column: 9, message: /unknown type "citty"/, hint: /did you mean "city"/ },
    },
    {
      problem: "an unknown relation type",
      overrides: { relations: TINY_RELATIONS.replace("type: supplies", "type: supply") },
      expected: { file: RELATIONS, code: "unknown-relation-type", line: 2, column: 9, message: /unknown relation type "supply"/, hint: /did you mean "supplies"/ },
    },
    {
      problem: "a relation between entity types its type does not allow",
      overrides: { relations: TINY_RELATIONS.replace("  target: russia", "  target: kyiv") },
      expected: { file: RELATIONS, code: "endpoint-type", line: 3, column: 11, message: /"supplies" cannot end at a city \("kyiv"\)/, hint: /allows state/ },
    },
    {
      problem: "a relation from an entity to itself",
      overrides: { relations: TINY_RELATIONS.replace("  target: russia", "  target: iran") },
      expected: { file: RELATIONS, code: "self-loop", line: 3, message: /"iran" cannot "supplies" itself/ },
    },
    {
      problem: "a duplicate entity id",
      overrides: { entities: `${TINY_ENTITIES}- id: kyiv\n  label: Kyiv city\n  type: city\n  description: Again.\n` },
      expected: { file: ENTITIES, code: "duplicate-id", line: 24, column: 7, message: /entity "kyiv" is defined twice/, hint: /data\/entities\/main.yaml:15/ },
    },
    {
      problem: "an alias that names another entity",
      overrides: { entities: TINY_ENTITIES.replace("aliases: [Kiev]", "aliases: [Kiev, MOSCOW]") },
      expected: { file: ENTITIES, code: "alias-collision", line: 18, column: 19, message: /"MOSCOW" of entity "kyiv" already names entity "russia"/ },
    },
    {
      problem: "a reference to an entity that does not exist",
      overrides: { relations: TINY_RELATIONS.replace("target: kyiv", "target: kiyv") },
      expected: { file: RELATIONS, code: "unknown-entity", line: 11, column: 11, message: /target "kiyv" .* is not a known entity/, hint: /did you mean "kyiv"/ },
    },
    {
      problem: "an unknown entity among the items",
      overrides: { relations: TINY_RELATIONS.replace("items: [shahed-136]", "items: [shahed-131]") },
      expected: { file: RELATIONS, code: "unknown-entity", line: 5, column: 11, message: /items "shahed-131"/, hint: /did you mean "shahed-136"/ },
    },
    {
      problem: "a malformed date",
      overrides: { relations: TINY_RELATIONS.replace("date: 2023-05-28", "date: 28 May 2023") },
      expected: { file: RELATIONS, code: "bad-date", line: 12, column: 9, message: /"28 May 2023" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD/ },
    },
    {
      problem: "an impossible date",
      overrides: { relations: TINY_RELATIONS.replace("date: 2023-05-28", "date: 2023-02-30") },
      expected: { file: RELATIONS, code: "bad-date", line: 12, message: /"2023-02-30" does not exist/ },
    },
    {
      problem: "an end before the start",
      overrides: { relations: TINY_RELATIONS.replace("date: 2023-05-28", "date: 2023-05-28\n  end: 2023-04") },
      expected: { file: RELATIONS, code: "date-order", line: 13, message: /ends \(2023-04\) before it starts \(2023-05-28\)/ },
    },
    {
      problem: "an unknown status",
      overrides: { relations: TINY_RELATIONS.replace("status: reported", "status: confirmd") },
      expected: { file: RELATIONS, code: "unknown-status", line: 4, column: 11, message: /unknown status "confirmd"/, hint: /did you mean "confirmed"/ },
    },
    {
      problem: "a relation without evidence",
      overrides: { relations: TINY_RELATIONS.replace(/  evidence:\n    - source: doc\n      quote: Kyiv is in Ukraine.\n/, "") },
      expected: { file: RELATIONS, code: "empty-evidence", line: 17, column: 3, message: /has no evidence/ },
    },
    {
      problem: "an empty evidence list",
      overrides: { relations: TINY_RELATIONS.replace(/  evidence:\n    - source: doc\n      quote: Kyiv is in Ukraine.\n/, "  evidence: []\n") },
      expected: { file: RELATIONS, code: "empty-evidence", line: 21, column: 13, message: /empty evidence list/ },
    },
    {
      problem: "evidence citing an unknown source",
      overrides: { relations: TINY_RELATIONS.replace("    - source: doc\n      quote: Kyiv", "    - source: dok\n      quote: Kyiv") },
      expected: { file: RELATIONS, code: "unknown-source", line: 22, column: 15, message: /unknown source "dok"/, hint: /did you mean "doc"/ },
    },
    {
      problem: "a quote that is not in its source",
      overrides: { relations: TINY_RELATIONS.replace("quote: Kyiv is in Ukraine.", "quote: Kyiv is the capital of Ukraine.") },
      expected: { file: RELATIONS, code: "quote-not-found", line: 23, column: 14, message: /does not occur verbatim in source "doc"/, hint: /matches up to "…Kyiv is ", then the quote has "the capital/ },
    },
    {
      problem: "two relations with the same derived id",
      overrides: { relations: `${TINY_RELATIONS}- source: kyiv\n  type: located-in\n  target: ukraine\n  status: confirmed\n  evidence:\n    - source: doc\n      quote: Kyiv is in Ukraine.\n` },
      expected: { file: RELATIONS, code: "duplicate-relation-id", line: 24, column: 3, message: /relation id "kyiv:located-in:ukraine" is used twice/, hint: /explicit "id:"/ },
    },
    {
      problem: "a relation type naming an unknown entity type",
      overrides: { ontology: TINY_ONTOLOGY.replace("to: [state, city]", "to: [state, citi]") },
      expected: { file: "data/ontology.yaml", code: "unknown-entity-type", message: /unknown entity type "citi"/, hint: /did you mean "city"/ },
    },
    {
      problem: "a colour that is not #rrggbb",
      overrides: { ontology: TINY_ONTOLOGY.replace('color: "#2ca02c"', "color: green") },
      expected: { file: "data/ontology.yaml", code: "bad-color", line: 9, message: /colour "green"/ },
    },
    {
      problem: "a source whose text file is missing",
      overrides: { sources: TINY_SOURCES.replace("file: doc.txt", "file: doc.text") },
      expected: { file: "data/sources/sources.yaml", code: "missing-file", line: 4, column: 9, message: /"doc.text", which is not in the sources folder/, hint: /did you mean "doc.txt"/ },
    },
    {
      problem: "a YAML alias",
      overrides: { entities: TINY_ENTITIES.replace("aliases: [Tehran]", "aliases: &a [Tehran]").replace("aliases: [Moscow]", "aliases: *a") },
      expected: { file: ENTITIES, code: "yaml-alias", line: 9, message: /aliases .* are not allowed/ },
    },
    {
      problem: "an id that is not kebab-case",
      overrides: { entities: TINY_ENTITIES.replace("id: shahed-136", "id: Shahed 136") },
      expected: { file: ENTITIES, code: "bad-id", line: 20, column: 7, message: /id "Shahed 136" of entity #5 is not a valid id/, hint: /"shahed-136"/ },
    },
  ];

  for (const { problem, overrides, expected } of cases) {
    it(`reports ${problem} with its location, code and a clear message`, () => {
      const errors = errorsOf(overrides);
      const { message, hint, ...where } = expected;
      const match = errors.find((e) => e.code === where.code && message.test(e.message));
      expect(match, `errors were:\n${errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.code} ${e.message}`).join("\n")}`).toBeDefined();
      expect(match).toMatchObject(where);
      if (hint) expect(match!.hint).toMatch(hint);
    });
  }

  it("reports every problem at once, sorted by file and line", () => {
    const errors = errorsOf({
      entities: TINY_ENTITIES.replace("type: city", "type: citty"),
      relations: TINY_RELATIONS.replace("status: reported", "status: reportd").replace("quote: Kyiv is in Ukraine.", "quote: Kyiv is far."),
    });
    expect(errors.map((e) => `${e.file}:${e.line} ${e.code}`)).toEqual([
      `${ENTITIES}:17 unknown-entity-type`,
      `${RELATIONS}:4 unknown-status`,
      `${RELATIONS}:23 quote-not-found`,
    ]);
  });

  it("does not report references to an entity whose own record was rejected", () => {
    // kyiv's type is wrong, so kyiv does not load; the relations that name it are not errors of their own.
    const errors = errorsOf({ entities: TINY_ENTITIES.replace("type: city", "type: citty") });
    expect(errors.map((e) => e.code)).toEqual(["unknown-entity-type"]);
  });

  it("does not report unknown entities while an entity file cannot be read at all", () => {
    const errors = errorsOf({ entities: TINY_ENTITIES.replace("aliases: [Tehran]", "aliases: [Tehran") });
    expect(errors.map((e) => `${e.file} ${e.code}`)).toEqual([`${ENTITIES} yaml-syntax`]);
  });

  it("forgives only whitespace and typographic quotes when matching quotes", () => {
    const relations = TINY_RELATIONS.replace(
      'quote: "Iran has provided Russia with \\"suicide drones\\""',
      "quote: |\n        Iran has provided\n        Russia with “suicide drones”",
    );
    expect(validateFiles(tinyFiles({ relations })).ok).toBe(true);
    const changedCase = TINY_RELATIONS.replace("quote: Kyiv is in Ukraine.", "quote: kyiv is in Ukraine.");
    expect(errorsOf({ relations: changedCase }).map((e) => e.code)).toEqual(["quote-not-found"]);
  });

  it("reads a bare year as a year-precise date", () => {
    const result = validateFiles(tinyFiles({ relations: TINY_RELATIONS.replace("date: 2023-05-28", "date: 2023") }));
    expect(result.ok && result.dataset.relations[1]!.date).toBe("2023");
  });
});
