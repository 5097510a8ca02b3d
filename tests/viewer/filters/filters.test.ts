import { describe, expect, it } from "vitest";
import { MultiDirectedGraph } from "graphology";
import { filterColumns, prepareFilterColumns, stanceBit } from "../../../src/viewer/filters/filter-columns.ts";
import { countBy, hiddenByFilters, filtersReviewedItems, proposedItems } from "../../../src/viewer/filters/filters.ts";
import type { KnowledgeGraph } from "../../../src/graph/types.ts";
import type { Status } from "../../../src/model/status.ts";
import { smallGraph } from "../graph-fixture.ts";

/** The fields of an entity the filters read. */
type EntityFields = { type: string; review?: "proposed" };
/** The fields of a relation the filters read. */
type RelationFields = { type: string; status: Status; stanceCounts: Partial<Record<Status, number>>; sourceCount: number; contested: boolean; review?: "proposed" };
type Filters = Parameters<typeof hiddenByFilters>[1];

/** A graph of one entity, or of one relation between two entities of a type no test hides. */
function graphOf(item: { entity: EntityFields } | { relation: RelationFields }): KnowledgeGraph {
  const graph = new MultiDirectedGraph() as unknown as KnowledgeGraph;
  if ("entity" in item) graph.addNode("n", item.entity as never);
  else {
    graph.addNode("a", { type: "place" } as never);
    graph.addNode("b", { type: "place" } as never);
    graph.addEdgeWithKey("r", "a", "b", item.relation as never);
  }
  return graph;
}

const isNodeFiltered = (entity: EntityFields, filters: Filters) => hiddenByFilters(graphOf({ entity }), filters).nodes[0] === 1;
const isEdgeFiltered = (relation: RelationFields, filters: Filters) => hiddenByFilters(graphOf({ relation }), filters).edges[0] === 1;

const NONE = { hiddenEntityTypes: [], hiddenRelationTypes: [], hiddenStatuses: [], minSources: 0, contestedOnly: false, proposals: false };

/** A relation of one type whose documents take these stances; single-document unless `sourceCount` says otherwise. */
const relation = (type: string, status: Status, more: Partial<RelationFields> = {}): RelationFields => ({ type, status, stanceCounts: { [status]: 1 }, sourceCount: 1, contested: false, ...more });

describe("isNodeFiltered", () => {
  it("hides only entities of a hidden type", () => {
    expect(isNodeFiltered({ type: "weapon" }, NONE)).toBe(false);
    expect(isNodeFiltered({ type: "weapon" }, { ...NONE, hiddenEntityTypes: ["weapon"] })).toBe(true);
    expect(isNodeFiltered({ type: "city" }, { ...NONE, hiddenEntityTypes: ["weapon"] })).toBe(false);
  });
});

describe("proposals of actorgraph extract", () => {
  it("are hidden, entities and relations alike, until proposals are shown; reviewed records are not affected", () => {
    expect(isNodeFiltered({ type: "weapon", review: "proposed" }, NONE)).toBe(true);
    expect(isNodeFiltered({ type: "weapon", review: "proposed" }, { ...NONE, proposals: true })).toBe(false);
    expect(isEdgeFiltered(relation("uses", "reported", { review: "proposed" }), NONE)).toBe(true);
    expect(isEdgeFiltered(relation("uses", "reported", { review: "proposed" }), { ...NONE, proposals: true })).toBe(false);
    expect(isEdgeFiltered(relation("uses", "reported"), NONE)).toBe(false);
  });
});

describe("isEdgeFiltered", () => {
  it("hides relations of a hidden type or a hidden status", () => {
    expect(isEdgeFiltered(relation("uses", "denied"), NONE)).toBe(false);
    expect(isEdgeFiltered(relation("uses", "reported"), { ...NONE, hiddenRelationTypes: ["uses"] })).toBe(true);
    expect(isEdgeFiltered(relation("uses", "denied"), { ...NONE, hiddenStatuses: ["denied"] })).toBe(true);
  });

  it("hides a relation by status only when every stance its documents take is hidden", () => {
    const contested = relation("supplies", "reported", { stanceCounts: { reported: 1, confirmed: 1, denied: 1 }, sourceCount: 3, contested: true });
    expect(isEdgeFiltered(contested, { ...NONE, hiddenStatuses: ["denied"] })).toBe(false);
    expect(isEdgeFiltered(contested, { ...NONE, hiddenStatuses: ["reported", "confirmed"] })).toBe(false);
    expect(isEdgeFiltered(contested, { ...NONE, hiddenStatuses: ["confirmed", "denied", "reported"] })).toBe(true);
    // A relation whose only quote denies it is denied, whatever the relation's own status says.
    expect(isEdgeFiltered(relation("supplies", "reported", { stanceCounts: { denied: 1 } }), { ...NONE, hiddenStatuses: ["denied"] })).toBe(true);
    // Without quotes, the relation's own status decides.
    expect(isEdgeFiltered(relation("supplies", "alleged", { stanceCounts: {}, sourceCount: 0 }), { ...NONE, hiddenStatuses: ["alleged"] })).toBe(true);
  });

  it("hides relations backed by fewer documents than the minimum", () => {
    expect(isEdgeFiltered(relation("uses", "reported"), { ...NONE, minSources: 2 })).toBe(true);
    expect(isEdgeFiltered(relation("uses", "reported", { sourceCount: 2 }), { ...NONE, minSources: 2 })).toBe(false);
    expect(isEdgeFiltered(relation("uses", "reported", { sourceCount: 5 }), { ...NONE, minSources: 2 })).toBe(false);
    // No minimum shows even a relation without evidence.
    expect(isEdgeFiltered(relation("uses", "reported", { sourceCount: 0 }), NONE)).toBe(false);
  });

  it("shows only contested claims when asked to, and combines with the other filters", () => {
    const contested = relation("supplies", "reported", { stanceCounts: { reported: 1, denied: 1 }, sourceCount: 2, contested: true });
    expect(isEdgeFiltered(relation("uses", "reported", { sourceCount: 3 }), { ...NONE, contestedOnly: true })).toBe(true);
    expect(isEdgeFiltered(contested, { ...NONE, contestedOnly: true })).toBe(false);
    expect(isEdgeFiltered(contested, { ...NONE, contestedOnly: true, minSources: 3 })).toBe(true);
    expect(isEdgeFiltered(contested, { ...NONE, contestedOnly: true, hiddenRelationTypes: ["supplies"] })).toBe(true);
  });
});

describe("filtersReviewedItems", () => {
  const reviewed = [
    relation("uses", "reported"),
    relation("supplies", "denied", { sourceCount: 3, contested: true, stanceCounts: { reported: 2, denied: 1 } }),
  ];
  const cases = [
    { set: {}, filters: false },
    { set: { proposals: true }, filters: false },
    { set: { hiddenEntityTypes: ["city"] }, filters: true },
    { set: { hiddenRelationTypes: ["uses"] }, filters: true },
    { set: { hiddenStatuses: ["reported" as const] }, filters: true },
    { set: { minSources: 2 }, filters: true },
    { set: { contestedOnly: true }, filters: true },
  ];

  it.each(cases)("is $filters with $set: whether a reviewed entity or relation can be filtered at all", ({ set, filters }) => {
    const view = { ...NONE, ...set };
    expect(filtersReviewedItems(view)).toBe(filters);
    const anyFiltered = isNodeFiltered({ type: "city" }, view) || reviewed.some((r) => isEdgeFiltered(r, view));
    expect(anyFiltered).toBe(filters);
  });
});

describe("proposedItems", () => {
  it("lists the graph's proposed entities and relations, once per graph", () => {
    const graph = smallGraph();
    graph.setNodeAttribute("shahed-136", "review", "proposed");
    graph.setEdgeAttribute("iran:supplies:russia:denied", "review", "proposed");
    const proposed = proposedItems(graph);
    expect(proposed).toEqual({ nodes: ["shahed-136"], edges: ["iran:supplies:russia:denied"] });
    expect(proposedItems(graph)).toBe(proposed);
    expect(proposedItems(smallGraph())).toEqual({ nodes: [], edges: [] });
  });
});

describe("countBy", () => {
  it("counts items per key, in first-seen order", () => {
    expect([...countBy(["a", "b", "a"], (x) => x)]).toEqual([["a", 2], ["b", 1]]);
  });
});

/** A ring of many entities, each a copy of one in {@link smallGraph}, with one of its relations to the next. */
function ring(count: number): KnowledgeGraph {
  const small = smallGraph();
  const graph = small.emptyCopy() as KnowledgeGraph;
  const entity = small.getNodeAttributes(small.nodes()[0]!);
  const relation = small.getEdgeAttributes(small.edges()[0]!);
  for (let i = 0; i < count; i++) graph.addNode(`n${i}`, { ...entity });
  for (let i = 0; i < count; i++) graph.addEdgeWithKey(`r${i}`, `n${i}`, `n${(i + 1) % count}`, { ...relation });
  return graph;
}

describe("filter columns", () => {
  it("number each entity's and relation's filter fields in graph order, with the stances its documents take as bits", () => {
    const graph = smallGraph();
    const columns = filterColumns(graph);
    expect(columns.nodeKeys).toEqual(graph.nodes());
    expect(columns.edgeKeys).toEqual(graph.edges());
    const denied = columns.edgeKeys.indexOf("iran:supplies:russia:denied");
    expect(columns.relationTypes[columns.edgeType[denied]!]).toBe("supplies");
    expect(columns.edgeStances[denied]).toBe(stanceBit("denied"));
    expect(columns.nodeKeys[columns.edgeSource[denied]!]).toBe("iran");
    expect(columns.nodeKeys[columns.edgeTarget[denied]!]).toBe("russia");
    expect(columns.entityTypes[columns.nodeType[columns.nodeKeys.indexOf("kyiv")]!]).toBe("city");
  });

  it("are built once per graph, also when a build a slice at a time was asked for first", async () => {
    const graph = smallGraph();
    await prepareFilterColumns(graph, () => Promise.resolve(), () => true);
    expect(filterColumns(graph)).toBe(filterColumns(graph));
    expect(filterColumns(graph).edgeKeys).toHaveLength(graph.size);
  });

  it("are whole when asked for after a slice-at-a-time build was left for another graph", async () => {
    const graph = ring(20_000);
    await prepareFilterColumns(graph, () => Promise.resolve(), () => false);
    const columns = filterColumns(graph);
    expect(columns.nodeKeys).toEqual(graph.nodes());
    expect(columns.edgeKeys).toEqual(graph.edges());
    expect(columns.nodeKeys[columns.edgeTarget[graph.size - 1]!]).toBe(graph.target(graph.edges()[graph.size - 1]!));
  });
});
