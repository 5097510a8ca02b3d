// Specification of entity records and of `addTo` records that give an entity more names: what is
// refused, where and with which words, what a refused entity leaves behind, and what is kept.
import { describe, expect, it } from "vitest";
import { FICTIONAL_ENTITIES, FICTIONAL_RELATIONS, errorLines, fictionalFiles, validateFictional } from "../helpers/fictional-data.ts";
import { validateFiles } from "../../src/load/validate.ts";

const FILE = "data/entities/main.yaml";
const EXTRA = "data/entities/extra.yaml";

/** An entity record that starts at line 23 of the entities file, after the five valid ones. */
const ASHFORD = `- id: ashford
  label: Ashford
  type: city
  aliases: [Ashford Bay]
  description: An invented town.
`;

/** The fictional folder with one more entities file, read after main.yaml. */
function withExtraEntities(extra: string, overrides: { entities?: string; relations?: string } = {}) {
  const files = fictionalFiles(overrides);
  files.entities.push({ path: EXTRA, text: extra });
  return validateFiles(files);
}

describe("entity records: refused, with located errors", () => {
  const cases: { problem: string; record: string; errors: string[] }[] = [
    {
      problem: "an entity type like none in the ontology, listing the known ones",
      record: ASHFORD.replace("type: city", "type: harbour"),
      errors: [`${FILE}:25:9 unknown-entity-type: entity "ashford" has an unknown type "harbour" (known entity types: state, city, weapon)`],
    },
    {
      problem: "an alias over the length limit, which is left out",
      record: ASHFORD.replace("aliases: [Ashford Bay]", `aliases: [Ashford Bay, ${"A".repeat(301)}]`),
      errors: [`${FILE}:26:26 too-long: an alias of entity "ashford" has 301 characters; the limit is 300 (shorten it)`],
    },
    {
      problem: "aliases written as one name rather than a list",
      record: ASHFORD.replace("aliases: [Ashford Bay]", "aliases: Ashford Bay"),
      errors: [`${FILE}:26:12 wrong-type: "aliases" of entity "ashford" must be a list, like [a, b]`],
    },
    {
      problem: "a label that is another entity's alias, saying whose and where",
      record: ASHFORD.replace("label: Ashford", "label: halden"),
      errors: [`${FILE}:24:10 alias-collision: "halden" of entity "ashford" already names entity "port-halden" (${FILE}:17) (a name may belong to one entity only: remove it from one of them or make it more specific)`],
    },
    {
      problem: "a label with a zero-width space, which would pass for another name, naming the character",
      record: ASHFORD.replace("label: Ashford", 'label: "Ash\\u200Bford"'),
      errors: [`${FILE}:24:10 invisible-character: the label of entity "ashford" contains U+200B (zero-width space), which does not show on screen (remove it and type the name again: hidden direction or zero-width characters make a name read differently from what it is ("Ir\\u200Ban" looks like "Iran"))`],
    },
    {
      problem: "an alias with a right-to-left override and an isolate, which is left out",
      record: ASHFORD.replace("aliases: [Ashford Bay]", 'aliases: [Ashford Bay, "\\u202Eyab \\u2066drofhsa"]'),
      errors: [`${FILE}:26:26 invisible-character: alias 2 of entity "ashford" contains U+202E (right-to-left override), U+2066 (left-to-right isolate), which do not show on screen (remove it and type the name again: hidden direction or zero-width characters make a name read differently from what it is ("Ir\\u200Ban" looks like "Iran"))`],
    },
    {
      problem: "an entity without a description",
      record: ASHFORD.replace("  description: An invented town.\n", ""),
      errors: [`${FILE}:23:3 missing-field: entity "ashford" has no "description" (add a "description:" line)`],
    },
  ];

  for (const { problem, record, errors } of cases) {
    it(`refuses ${problem}`, () => {
      expect(errorLines(validateFictional({ entities: `${FICTIONAL_ENTITIES}${record}` }))).toEqual(errors);
    });
  }

  it("accepts the joiners Persian and other scripts spell with, between two of their letters", () => {
    const persian = ASHFORD.replace("aliases: [Ashford Bay]", 'aliases: [Ashford Bay, "\u0628\u200C\u067E\u200D\u0647"]');
    expect(errorLines(validateFictional({ entities: `${FICTIONAL_ENTITIES}${persian}` }))).toEqual([]);
  });

  it("accepts the joiner inside an emoji sequence, but not one hidden between an emoji and a letter", () => {
    const family = ASHFORD.replace("aliases: [Ashford Bay]", 'aliases: [Ashford Bay, "\u{1F468}\u200D\u{1F469}\u200D\u{1F467}"]');
    expect(errorLines(validateFictional({ entities: `${FICTIONAL_ENTITIES}${family}` }))).toEqual([]);
    const hidden = ASHFORD.replace("aliases: [Ashford Bay]", 'aliases: [Ashford Bay, "\u{1F468}\u200Da"]');
    expect(errorLines(validateFictional({ entities: `${FICTIONAL_ENTITIES}${hidden}` }))[0]).toMatch(/invisible-character: .*U\+200D \(zero-width joiner\)/);
  });

  // A rejected entity is named in relations without an error of their own: its record explains them.
  const rejected: { problem: string; record: string; error: string }[] = [
    { problem: "an unknown type", record: ASHFORD.replace("type: city", "type: harbour"), error: "unknown-entity-type" },
    { problem: "no label", record: ASHFORD.replace("  label: Ashford\n", ""), error: "missing-field" },
    { problem: "no type", record: ASHFORD.replace("  type: city\n", ""), error: "missing-field" },
    { problem: "no description", record: ASHFORD.replace("  description: An invented town.\n", ""), error: "missing-field" },
  ];
  const ATTACK_ON_ASHFORD = `- source: norvask
  type: attacked
  target: ashford
  status: alleged
  evidence:
    - source: doc
      quote: Norvask shelled Port Halden
`;
  for (const { problem, record, error } of rejected) {
    it(`refuses an entity with ${problem}, and relations naming it add no error`, () => {
      const result = validateFictional({ entities: `${FICTIONAL_ENTITIES}${record}`, relations: `${FICTIONAL_RELATIONS}${ATTACK_ON_ASHFORD}` });
      expect(errorLines(result).map((line) => line.split(" ")[1])).toEqual([`${error}:`]);
    });
  }

  it("still reports a relation naming an entity whose id itself was refused", () => {
    const result = validateFictional({ entities: `${FICTIONAL_ENTITIES}${ASHFORD.replace("id: ashford", "id: Ashford")}`, relations: `${FICTIONAL_RELATIONS}${ATTACK_ON_ASHFORD}` });
    expect(errorLines(result).map((line) => line.split(" ")[1])).toEqual(["bad-id:", "unknown-entity:"]);
  });
});

describe("entity records: names kept", () => {
  it("accepts an alias that repeats the entity's own label in other letters, and keeps it", () => {
    const result = validateFictional({ entities: `${FICTIONAL_ENTITIES}${ASHFORD.replace("aliases: [Ashford Bay]", "aliases: [ASHFORD, Ashford Bay]")}` });
    if (!result.ok) throw new Error(errorLines(result).join("\n"));
    expect(result.dataset.entities[5]).toEqual({ id: "ashford", label: "Ashford", type: "city", aliases: ["ASHFORD", "Ashford Bay"], description: "An invented town." });
    expect(result.dataset.origins.entities["ashford"]).toEqual({ file: FILE, line: 23 });
  });

  it("gives no name to an alias refused for its length", () => {
    const long = "A".repeat(301);
    const twice = `${ASHFORD.replace("[Ashford Bay]", `[${long}]`)}${ASHFORD.replace("id: ashford", "id: ashford-2").replace("label: Ashford", "label: Ashford Two").replace("[Ashford Bay]", `[${long}]`)}`;
    expect(errorLines(validateFictional({ entities: `${FICTIONAL_ENTITIES}${twice}` })).map((line) => line.split(" ").slice(0, 2).join(" "))).toEqual([
      `${FILE}:26:13 too-long:`, `${FILE}:31:13 too-long:`,
    ]);
  });

  it("reports a name given to two entities once per later use, each naming the first owner", () => {
    const result = validateFictional({ entities: `${FICTIONAL_ENTITIES}${ASHFORD.replace("aliases: [Ashford Bay]", "aliases: [Valdor]")}${ASHFORD.replace("id: ashford", "id: ashford-2").replace("label: Ashford", "label: Ashford Two").replace("aliases: [Ashford Bay]", "aliases: [Valdor]")}` });
    expect(errorLines(result)).toEqual([
      `${FILE}:26:13 alias-collision: "Valdor" of entity "ashford" already names entity "valdoria" (${FILE}:4) (a name may belong to one entity only: remove it from one of them or make it more specific)`,
      `${FILE}:31:13 alias-collision: "Valdor" of entity "ashford-2" already names entity "valdoria" (${FILE}:4) (a name may belong to one entity only: remove it from one of them or make it more specific)`,
    ]);
  });
});

describe("addTo records: aliases for an entity defined elsewhere", () => {
  it("refuses an addTo naming an entity like none, with no suggestion", () => {
    expect(errorLines(withExtraEntities("- addTo: zarkovia\n  aliases: [Zarkov]\n"))).toEqual([
      `${EXTRA}:1:10 unknown-entity: aliases are added to entity "zarkovia", which is not defined in any entities file (give the id of an entity defined in an entities file)`,
    ]);
  });

  it("says nothing more about aliases added to an entity that was refused for its own error", () => {
    const result = withExtraEntities("- addTo: ashford\n  aliases: [Ashford Port]\n", { entities: `${FICTIONAL_ENTITIES}${ASHFORD.replace("type: city", "type: harbour")}` });
    expect(errorLines(result).map((line) => line.split(" ")[1])).toEqual(["unknown-entity-type:"]);
  });

  it("says nothing more about aliases added while an entity file could not be read", () => {
    const result = withExtraEntities("- addTo: ashford\n  aliases: [Ashford Port]\n", { entities: `${FICTIONAL_ENTITIES}${ASHFORD.replace("[Ashford Bay]", "[Ashford Bay")}` });
    expect(errorLines(result).map((line) => line.split(" ")[1])).toEqual(["yaml-syntax:"]);
  });

  it("names an addTo without an id by what it is", () => {
    expect(errorLines(withExtraEntities('- addTo: ""\n'))).toEqual([
      `${EXTRA}:1:3 missing-field: an addTo record has no "aliases" (list the names to add, like aliases: [Geran-2])`,
      `${EXTRA}:1:10 empty-value: "addTo" of entity #1 is empty`,
    ]);
  });

  it("refuses an addTo without an id once, however good its aliases", () => {
    expect(errorLines(withExtraEntities('- addTo: ""\n  aliases: [Ashford Port]\n- addTo:\n  aliases: [Ashford Quay]\n'))).toEqual([
      `${EXTRA}:1:10 empty-value: "addTo" of entity #1 is empty`,
      `${EXTRA}:3:3 missing-field: entity #2 has no "addTo" (add a "addTo:" line)`,
    ]);
  });

  it("reports additions to an unknown entity in a folder without relation files", () => {
    const files = fictionalFiles();
    files.entities.push({ path: EXTRA, text: "- addTo: zarkovia\n  aliases: [Zarkov]\n" });
    files.relations = [];
    expect(errorLines(validateFiles(files)).map((line) => line.split(" ").slice(0, 2).join(" "))).toEqual([`${EXTRA}:1:10 unknown-entity:`]);
  });

  it("checks added aliases for length and leaves out the long one", () => {
    expect(errorLines(withExtraEntities(`- addTo: estmark\n  aliases: [Estmarch, ${"E".repeat(301)}]\n`))).toEqual([
      `${EXTRA}:2:23 too-long: an alias of entity "estmark" (addTo) has 301 characters; the limit is 300 (shorten it)`,
    ]);
  });

  it("adds the aliases of each addTo in order, skipping one the entity already has", () => {
    const result = withExtraEntities("- addTo: estmark\n  aliases: [Estmarch, ESTMARK]\n- addTo: estmark\n  aliases: [Est, estmarch]\n");
    if (!result.ok) throw new Error(errorLines(result).join("\n"));
    expect(result.dataset.entities.find((e) => e.id === "estmark")!.aliases).toEqual(["Estmarch", "Est"]);
  });

  it("refuses an added alias that another addTo gave to another entity first", () => {
    expect(errorLines(withExtraEntities("- addTo: estmark\n  aliases: [Northmark]\n- addTo: norvask\n  aliases: [Northmark]\n"))).toEqual([
      `${EXTRA}:4:13 alias-collision: "Northmark" added to entity "norvask" already names entity "estmark" (${EXTRA}:2) (a name may belong to one entity only: remove it from one of them or make it more specific)`,
    ]);
  });
});
