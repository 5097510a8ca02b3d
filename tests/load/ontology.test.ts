// Specification of reading ontology.yaml: the types it defines, the defaults it fills in, and the
// located error (line:column, code, message, hint) for each way of writing it wrong.
import { describe, expect, it } from "vitest";
import { DEFAULT_SOURCE_KINDS, type Ontology } from "../../src/model/ontology.ts";
import { readOntology } from "../../src/load/read-ontology.ts";
import { parseYaml } from "../../src/load/yaml-records.ts";

/** The ontology read from `yaml`, with its errors as "line:column code: message (hint)". */
function read(yaml: string): { ontology: Ontology; errors: string[] } {
  const parsed = parseYaml({ path: "data/ontology.yaml", text: yaml });
  const ontology = readOntology(parsed);
  return { ontology, errors: parsed.report.errors.map((e) => `${e.line}:${e.column} ${e.code}: ${e.message}${e.hint ? ` (${e.hint})` : ""}`) };
}

const STATE = `  - id: state
    label: State
    description: A sovereign state.
    color: "#d62728"
`;
const PORT = `  - id: port
    label: Port
    description: A harbour.
    color: "#1f77b4"
`;
const BLOCKADES = `  - id: blockades
    label: blockades
    description: Closes a port to shipping.
    color: "#000000"
    from: [state]
    to: [port]
`;

const SANCTIONS = `  - id: sanctions
    label: sanctions
    description: Restricts trade with.
    color: "#9467bd"
    from: [state]
    to: [state]
`;

/** An ontology of the two entity types above and the given relation types (each a "  - id: ..." block). */
function withRelationTypes(...blocks: string[]): string {
  return `entityTypes:\n${STATE}${PORT}relationTypes:\n${blocks.join("")}`;
}

describe("reading an ontology", () => {
  it("reads entity types and relation types, filling in each relation type's defaults and the built-in source kinds", () => {
    const { ontology, errors } = read(withRelationTypes(BLOCKADES));
    expect(errors).toEqual([]);
    expect(ontology).toEqual({
      entityTypes: [
        { id: "state", label: "State", description: "A sovereign state.", color: "#d62728" },
        { id: "port", label: "Port", description: "A harbour.", color: "#1f77b4" },
      ],
      relationTypes: [
        { id: "blockades", label: "blockades", description: "Closes a port to shipping.", color: "#000000", directed: true, from: ["state"], to: ["port"], selfLoops: false },
      ],
      sourceKinds: DEFAULT_SOURCE_KINDS,
    });
  });

  it("reads a relation type's own direction and self-loop settings", () => {
    const { ontology, errors } = read(withRelationTypes(`${BLOCKADES}    directed: false\n    selfLoops: true\n`));
    expect(errors).toEqual([]);
    expect(ontology.relationTypes.map(({ directed, selfLoops }) => ({ directed, selfLoops }))).toEqual([{ directed: false, selfLoops: true }]);
  });

  it("keeps a relation type without its ends, allowing no entity types at either end", () => {
    const { ontology, errors } = read(withRelationTypes(BLOCKADES.replace("    from: [state]\n    to: [port]\n", "")));
    expect(errors).toHaveLength(2);
    expect(ontology.relationTypes.map(({ from, to }) => ({ from, to }))).toEqual([{ from: [], to: [] }]);
  });

  it("reads its own source kinds in place of the built-in ones", () => {
    const { ontology, errors } = read(`${withRelationTypes(BLOCKADES)}sourceKinds:\n  - id: cable\n    description: A diplomatic cable.\n`);
    expect(errors).toEqual([]);
    expect(ontology.sourceKinds).toEqual([{ id: "cable", description: "A diplomatic cable." }]);
  });
});

describe("an ontology written wrong", () => {
  // Each case breaks one thing; `types` lists the entity, relation and source kind ids still defined.
  const cases: { problem: string; yaml: string; errors: string[]; types?: [string[], string[], string[]] }[] = [
    {
      problem: "an empty file",
      yaml: "# types to come\n",
      errors: ["1:1 empty-value: the ontology is empty (list entityTypes and relationTypes; see the README's data format)"],
      types: [[], [], DEFAULT_SOURCE_KINDS.map((k) => k.id)],
    },
    {
      problem: "a syntax error, with nothing more said about the empty result",
      yaml: "entityTypes: [\n",
      errors: ["2:1 yaml-syntax: YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ] (check the indentation of this line and the one above)"],
      types: [[], [], DEFAULT_SOURCE_KINDS.map((k) => k.id)],
    },
    {
      problem: "a list instead of a mapping of sections",
      yaml: `- entityTypes: []\n`,
      errors: ["1:1 wrong-shape: the ontology must be a mapping with entityTypes and relationTypes, not a list"],
      types: [[], [], DEFAULT_SOURCE_KINDS.map((k) => k.id)],
    },
    {
      problem: "a missing section",
      yaml: `entityTypes:\n${STATE}`,
      errors: ['1:1 missing-field: the ontology has no "relationTypes" (add a "relationTypes:" list)'],
      types: [["state"], [], DEFAULT_SOURCE_KINDS.map((k) => k.id)],
    },
    {
      problem: "a section that is not a list",
      yaml: `entityTypes: state\nrelationTypes:\n${BLOCKADES}`,
      errors: [
        '1:14 wrong-type: "entityTypes" must be a list',
        '7:12 unknown-entity-type: relation type "blockades" names an unknown entity type "state" in "from"',
        '8:10 unknown-entity-type: relation type "blockades" names an unknown entity type "port" in "to"',
      ],
      types: [[], ["blockades"], DEFAULT_SOURCE_KINDS.map((k) => k.id)],
    },
    {
      problem: "source kinds that are not a list",
      yaml: `${withRelationTypes(BLOCKADES)}sourceKinds: cable\n`,
      errors: ['17:14 wrong-type: "sourceKinds" must be a list'],
      types: [["state", "port"], ["blockades"], []],
    },
    {
      problem: "an unknown section",
      yaml: `${withRelationTypes(BLOCKADES)}statuses: [reported]\n`,
      errors: ['17:1 unknown-field: the ontology has an unknown section "statuses" (known sections: entityTypes, relationFamilies, relationTypes, quantityNames, sourceKinds)'],
    },
    {
      problem: "a section named by a list, as the kind of its name",
      yaml: `${withRelationTypes(BLOCKADES)}? [entityTypes]\n: []\n`,
      errors: ['17:3 unknown-field: the ontology has an unknown section "a list" (known sections: entityTypes, relationFamilies, relationTypes, quantityNames, sourceKinds)'],
    },
    {
      problem: "an entity type without a label, which is then not defined",
      yaml: withRelationTypes(BLOCKADES).replace("    label: Port\n", ""),
      errors: [
        '6:5 missing-field: entity type "port" has no "label" (add a "label:" line)',
        '15:10 unknown-entity-type: relation type "blockades" names an unknown entity type "port" in "to"',
      ],
      types: [["state"], ["blockades"], DEFAULT_SOURCE_KINDS.map((k) => k.id)],
    },
    {
      problem: "an entity type without a description",
      yaml: withRelationTypes(SANCTIONS).replace("    description: A harbour.\n", ""),
      errors: ['6:5 missing-field: entity type "port" has no "description" (add a "description:" line)'],
      types: [["state"], ["sanctions"], DEFAULT_SOURCE_KINDS.map((k) => k.id)],
    },
    {
      problem: "an entity type without a colour",
      yaml: withRelationTypes(SANCTIONS).replace('    color: "#1f77b4"\n', ""),
      errors: ['6:5 missing-field: entity type "port" has no "color" (add a "color:" line)'],
      types: [["state"], ["sanctions"], DEFAULT_SOURCE_KINDS.map((k) => k.id)],
    },
    {
      problem: "an entity type without an id",
      yaml: withRelationTypes(SANCTIONS).replace("  - id: port\n    label", "  - label"),
      errors: ['6:5 missing-field: entity type #2 has no "id" (add a "id:" line)'],
      types: [["state"], ["sanctions"], DEFAULT_SOURCE_KINDS.map((k) => k.id)],
    },
    {
      problem: "a colour that is not #rrggbb",
      yaml: withRelationTypes(SANCTIONS).replace('color: "#1f77b4"', 'color: "#1f77b"'),
      errors: ['9:12 bad-color: colour "#1f77b" of entity type "port" is not of the form #rrggbb (write it like "#1f77b4" (in quotes))'],
      types: [["state"], ["sanctions"], DEFAULT_SOURCE_KINDS.map((k) => k.id)],
    },
    {
      problem: "an entity type defined twice",
      yaml: withRelationTypes(SANCTIONS).replace("id: port", "id: state"),
      errors: ['6:9 duplicate-id: entity type "state" is defined twice (the first definition is at data/ontology.yaml:2; rename or remove one)'],
      types: [["state"], ["sanctions"], DEFAULT_SOURCE_KINDS.map((k) => k.id)],
    },
    {
      problem: "an unknown field of an entity type",
      yaml: withRelationTypes(SANCTIONS).replace("    label: Port\n", "    label: Port\n    colour: blue\n"),
      errors: ['8:5 unknown-field: entity type "port" has an unknown field "colour" (did you mean "color"?)'],
      types: [["state", "port"], ["sanctions"], DEFAULT_SOURCE_KINDS.map((k) => k.id)],
    },
    {
      problem: "a relation type without a label",
      yaml: withRelationTypes(BLOCKADES.replace("    label: blockades\n", "")),
      errors: ['11:5 missing-field: relation type "blockades" has no "label" (add a "label:" line)'],
      types: [["state", "port"], [], DEFAULT_SOURCE_KINDS.map((k) => k.id)],
    },
    {
      problem: "a relation type without a description",
      yaml: withRelationTypes(BLOCKADES.replace("    description: Closes a port to shipping.\n", "")),
      errors: ['11:5 missing-field: relation type "blockades" has no "description" (add a "description:" line)'],
      types: [["state", "port"], [], DEFAULT_SOURCE_KINDS.map((k) => k.id)],
    },
    {
      problem: "a relation type without a colour",
      yaml: withRelationTypes(BLOCKADES.replace('    color: "#000000"\n', "")),
      errors: ['11:5 missing-field: relation type "blockades" has no "color" (add a "color:" line)'],
      types: [["state", "port"], [], DEFAULT_SOURCE_KINDS.map((k) => k.id)],
    },
    {
      problem: "a relation type without an id",
      yaml: withRelationTypes(BLOCKADES.replace("  - id: blockades\n    label", "  - label")),
      errors: ['11:5 missing-field: relation type #1 has no "id" (add a "id:" line)'],
      types: [["state", "port"], [], DEFAULT_SOURCE_KINDS.map((k) => k.id)],
    },
    {
      problem: "a relation type defined twice",
      yaml: withRelationTypes(BLOCKADES, BLOCKADES),
      errors: ['17:9 duplicate-id: relation type "blockades" is defined twice (the first definition is at data/ontology.yaml:11; rename or remove one)'],
      types: [["state", "port"], ["blockades"], DEFAULT_SOURCE_KINDS.map((k) => k.id)],
    },
    {
      problem: "a relation type without its ends",
      yaml: withRelationTypes(BLOCKADES.replace("    from: [state]\n    to: [port]\n", "")),
      errors: [
        '11:5 missing-field: relation type "blockades" has no "from" (list the entity types allowed, like from: [state, organization])',
        '11:5 missing-field: relation type "blockades" has no "to" (list the entity types allowed, like to: [state, organization])',
      ],
      types: [["state", "port"], ["blockades"], DEFAULT_SOURCE_KINDS.map((k) => k.id)],
    },
    {
      problem: "an end written as one type instead of a list",
      yaml: withRelationTypes(BLOCKADES.replace("from: [state]", "from: state")),
      errors: ['15:11 wrong-type: "from" of relation type "blockades" must be a list, like [a, b]'],
      types: [["state", "port"], ["blockades"], DEFAULT_SOURCE_KINDS.map((k) => k.id)],
    },
    {
      problem: "an end naming an unknown entity type",
      yaml: withRelationTypes(BLOCKADES.replace("to: [port]", "to: [state, prot]")),
      errors: ['16:17 unknown-entity-type: relation type "blockades" names an unknown entity type "prot" in "to" (did you mean "port"?)'],
      types: [["state", "port"], ["blockades"], DEFAULT_SOURCE_KINDS.map((k) => k.id)],
    },
    {
      problem: "a direction that is not true or false",
      yaml: withRelationTypes(`${BLOCKADES}    directed: one-way\n`),
      errors: ['17:15 wrong-type: "directed" of relation type "blockades" must be true or false, not text ("one-way")'],
    },
    {
      problem: "a self-loop setting that is not true or false",
      yaml: withRelationTypes(`${BLOCKADES}    selfLoops: never\n`),
      errors: ['17:16 wrong-type: "selfLoops" of relation type "blockades" must be true or false, not text ("never")'],
    },
    {
      problem: "a source kind without a description",
      yaml: `${withRelationTypes(BLOCKADES)}sourceKinds:\n  - id: cable\n  - id: memo\n    description: An internal memo.\n`,
      errors: ['18:5 missing-field: source kind "cable" has no "description" (add a "description:" line)'],
      types: [["state", "port"], ["blockades"], ["memo"]],
    },
    {
      problem: "a source kind without an id",
      yaml: `${withRelationTypes(BLOCKADES)}sourceKinds:\n  - description: A diplomatic cable.\n  - id: memo\n    description: An internal memo.\n`,
      errors: ['18:5 missing-field: source kind #1 has no "id" (add a "id:" line)'],
      types: [["state", "port"], ["blockades"], ["memo"]],
    },
    {
      problem: "a source kind defined twice, or with an unknown field",
      yaml: `${withRelationTypes(BLOCKADES)}sourceKinds:\n  - id: memo\n    description: A memo.\n  - id: memo\n    description: Again.\n    label: Memo\n`,
      errors: [
        '20:9 duplicate-id: source kind "memo" is defined twice (the first definition is at data/ontology.yaml:18; rename or remove one)',
        '22:5 unknown-field: source kind "memo" has an unknown field "label" (known fields: id, description)',
      ],
      types: [["state", "port"], ["blockades"], ["memo"]],
    },
  ];
  for (const { problem, yaml, errors, types } of cases) {
    it(`reports ${problem}`, () => {
      const result = read(yaml);
      expect(result.errors).toEqual(errors);
      if (types) {
        const { entityTypes, relationTypes, sourceKinds } = result.ontology;
        expect([entityTypes.map((t) => t.id), relationTypes.map((t) => t.id), sourceKinds.map((k) => k.id)]).toEqual(types);
      }
    });
  }
});

describe("relation families and quantity names", () => {
  const FAMILIES = "relationFamilies:\n  - id: force\n    label: Force\n    description: Strikes and blockades.\n  - id: trade\n    label: Trade\n    description: Goods and money.\n";
  const inFamily = (block: string, family: string) => block.replace("    from:", `    family: ${family}\n    from:`);

  it("reads the families and each relation type's family, in the order written", () => {
    const { ontology, errors } = read(`entityTypes:\n${STATE}${PORT}${FAMILIES}relationTypes:\n${inFamily(BLOCKADES, "force")}${inFamily(SANCTIONS, "trade")}`);
    expect(errors).toEqual([]);
    expect(ontology.relationFamilies).toEqual([
      { id: "force", label: "Force", description: "Strikes and blockades." },
      { id: "trade", label: "Trade", description: "Goods and money." },
    ]);
    expect(ontology.relationTypes.map((t) => [t.id, t.family])).toEqual([["blockades", "force"], ["sanctions", "trade"]]);
  });

  it("leaves relation types without a family when the ontology lists no families", () => {
    const { ontology, errors } = read(withRelationTypes(BLOCKADES));
    expect(errors).toEqual([]);
    expect(ontology.relationFamilies).toBeUndefined();
    expect(ontology.relationTypes[0]).not.toHaveProperty("family");
  });

  it("reports a family that is not listed, with the nearest one, and a relation type without a family once families are listed", () => {
    const { ontology, errors } = read(`entityTypes:\n${STATE}${PORT}${FAMILIES}relationTypes:\n${inFamily(BLOCKADES, "forse")}${SANCTIONS}`);
    expect(errors).toEqual([
      '22:13 unknown-relation-family: relation type "blockades" names an unknown family "forse" (did you mean "force"?)',
      '25:5 missing-field: relation type "sanctions" has no "family" (add a "family:" line)',
    ]);
    expect(ontology.relationTypes).toEqual([]);
  });

  it("reports a family named in an ontology that lists none", () => {
    expect(read(withRelationTypes(inFamily(BLOCKADES, "force"))).errors).toEqual([
      '15:13 unknown-relation-family: relation type "blockades" names a family, but the ontology lists no relationFamilies (add a relationFamilies section, or remove the family)',
    ]);
  });

  it("reads readable quantity names, and reports a name that is not camelCase or is given twice", () => {
    const good = read(`${withRelationTypes(BLOCKADES)}quantityNames:\n  - id: shotDown\n    label: shot down\n`);
    expect(good.errors).toEqual([]);
    expect(good.ontology.quantityNames).toEqual([{ id: "shotDown", label: "shot down" }]);
    const bad = read(`${withRelationTypes(BLOCKADES)}quantityNames:\n  - id: shot-down\n    label: shot down\n  - id: launched\n    label: launched\n  - id: launched\n    label: fired\n`);
    expect(bad.errors).toEqual([
      '18:9 bad-id: quantity name "shot-down" is not camelCase (write it as relations do under quantities, like shotDown)',
      '22:9 duplicate-id: quantity name "launched" is defined twice (the first definition is at data/ontology.yaml:20; rename or remove one)',
    ]);
    expect(bad.ontology.quantityNames).toEqual([{ id: "launched", label: "launched" }]);
  });
});
