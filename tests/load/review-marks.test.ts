// Specification of review marks in data files: proposed records load marked, rejected ones are kept out, bad marks are located errors.
import { describe, expect, it } from "vitest";
import { validateFiles, type LoadResult } from "../../src/load/validate.ts";
import { withoutProposals } from "../../src/model/review.ts";
import { ONTOLOGY, WORLD_ENTITIES } from "../extract/invented-world.ts";

const TEXT = "Valdoria supplied Norvask with drones. Norvask struck Port Halden.";
const SUPPLY = `
- id: supply
  source: valdoria
  type: supplies
  target: norvask
  status: reported
  evidence: [{source: doc, quote: "Valdoria supplied Norvask with drones."}]
`;

function load(relations: string, entities = ""): LoadResult {
  return validateFiles({
    ontology: { path: "ontology.yaml", text: ONTOLOGY },
    sources: { path: "sources/sources.yaml", text: "- {id: doc, title: Doc, kind: report, file: doc.txt}\n" },
    sourceTexts: new Map([["doc.txt", TEXT]]),
    entities: [{ path: "entities/world.yaml", text: WORLD_ENTITIES }, ...(entities ? [{ path: "entities/doc.proposed.yaml", text: entities }] : [])],
    relations: [{ path: "relations/main.yaml", text: SUPPLY }, { path: "relations/doc.proposed.yaml", text: relations }],
  });
}

function dataset(relations: string, entities = "") {
  const result = load(relations, entities);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("; "));
  return result.dataset;
}

describe("review marks", () => {
  it("a proposed relation is validated like any other and loads marked; the reviewed dataset leaves it out", () => {
    const data = dataset(`
- {id: strike, review: proposed, confidence: 0.75, source: norvask, type: attacked, target: port-halden, status: reported, evidence: [{source: doc, quote: "Norvask struck Port Halden."}]}
`);
    expect(data.relations.find((r) => r.id === "strike")?.review).toBe("proposed");
    expect(withoutProposals(data).relations.map((r) => r.id)).toEqual(["supply"]);
  });

  it("a proposed quote for a relation defined elsewhere, and a proposed alias, are left out of the reviewed dataset", () => {
    const data = dataset(
      `- {addTo: supply, review: proposed, confidence: 0.6, evidence: [{source: doc, quote: "Valdoria supplied Norvask", status: denied, assertedBy: [valdoria]}]}\n`,
      "- {addTo: norvask, review: proposed, confidence: 0.5, aliases: [Norvaskia]}\n",
    );
    expect(data.relations.find((r) => r.id === "supply")?.evidence).toHaveLength(2);
    const reviewed = withoutProposals(data);
    expect(reviewed.relations.find((r) => r.id === "supply")?.evidence).toHaveLength(1);
    expect(data.entities.find((e) => e.id === "norvask")?.aliases).toEqual(["Halvik", "Norvaskia"]);
    expect(reviewed.entities.find((e) => e.id === "norvask")?.aliases).toEqual(["Halvik"]);
  });

  it("a proposed entity, and the relations that name it, are left out of the reviewed dataset", () => {
    const data = dataset(
      "- {id: guard-strike, review: proposed, source: sarnen-guard, type: attacked, target: port-halden, status: reported, evidence: [{source: doc, quote: Norvask struck Port Halden.}]}\n",
      "- {id: sarnen-guard, review: proposed, label: Sarnen Guard, type: organization, description: Proposed.}\n",
    );
    const reviewed = withoutProposals(data);
    expect(reviewed.entities.some((e) => e.id === "sarnen-guard")).toBe(false);
    expect(reviewed.relations.some((r) => r.id === "guard-strike")).toBe(false);
  });

  it("a rejected record is kept out without being checked: it stays only so that it is not proposed again", () => {
    const data = dataset("- {id: old, review: rejected, source: nobody, type: attacked, target: port-halden, status: reported, evidence: [{source: doc, quote: not in the text}]}\n");
    expect(data.relations.map((r) => r.id)).toEqual(["supply"]);
  });

  it.each([
    ["review: maybe", 'wrong-type', '"review" of relation norvask -attacked-> port-halden must be proposed or rejected, not "maybe"'],
    ["review: proposed, confidence: 2", "wrong-type", '"confidence" of relation norvask -attacked-> port-halden must be between 0 and 1, not 2'],
    ["review: proposed, confidence: high", "wrong-type", '"confidence" of relation norvask -attacked-> port-halden must be a number, not'],
  ])("%s is a located error", (fields, code, message) => {
    const result = load(`- {${fields}, source: norvask, type: attacked, target: port-halden, status: reported, evidence: [{source: doc, quote: "Norvask struck Port Halden."}]}\n`);
    expect(result.ok ? [] : result.errors.map((e) => [e.file, e.line, e.code, e.message])).toEqual([["relations/doc.proposed.yaml", 1, code, expect.stringContaining(message)]]);
  });
});
