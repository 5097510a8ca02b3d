import { describe, expect, it } from "vitest";
import { relationsAsItem, relationsByType } from "../../../src/viewer/panels/entity-relations.ts";
import { C, corpusGraph } from "../corpus-fixture.ts";
import { smallGraph } from "../graph-fixture.ts";

describe("relationsAsItem", () => {
  it("lists the relations an entity is an item of, such as the drone supplied and used in an attack", () => {
    expect(relationsAsItem(corpusGraph(), "kestrel-9")).toEqual([C.supplies, C.attacked]);
  });

  it("is empty for an entity that is no relation's item", () => {
    expect(relationsAsItem(corpusGraph(), "valdoria")).toEqual([]);
  });
});

describe("relationsByType", () => {
  it("groups an entity's own relations by type, leaving out its relations as an item", () => {
    expect(relationsByType(corpusGraph(), "kestrel-9")).toEqual([["uses", [C.uses]]]);
    // Types the ontology does not list come in the order graphology gives the entity's edges.
    expect(new Map(relationsByType(corpusGraph(), "valdoria"))).toEqual(new Map([["supplies", [C.supplies]], ["trains", [C.trains]]]));
  });

  it("follows the ontology's order of relation types", () => {
    const graph = smallGraph();
    const types = ["uses", "attacked", "supplies"].map((id) => ({ id, label: id, description: "", color: "#000000", directed: true, from: [], to: [], selfLoops: false }));
    graph.setAttribute("ontology", { entityTypes: [], relationTypes: types, sourceKinds: [] });
    expect(relationsByType(graph, "russia").map(([type]) => type)).toEqual(["uses", "attacked", "supplies"]);
  });
});
