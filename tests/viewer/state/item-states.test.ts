import { describe, expect, it, vi } from "vitest";
import type { KnowledgeGraph } from "../../../src/graph/types.ts";
import { filterColumns } from "../../../src/viewer/filters/filter-columns.ts";
import { proposedItems } from "../../../src/viewer/filters/filters.ts";
import { itemChanges } from "../../../src/viewer/state/item-changes.ts";
import { computeItemStates, edgeLookOf, nodeLookOf, NOTHING_SHOWN, PLAIN_EDGE, PLAIN_NODE, type EdgeLook, type ItemStates, type NodeLook, type Transient } from "../../../src/viewer/state/item-states.ts";
import { DEFAULT_VIEW_STATE, type ViewState } from "../../../src/viewer/state/view-state.ts";
import { C, corpusGraph } from "../corpus-fixture.ts";
import { smallGraph } from "../graph-fixture.ts";

const QUIET: Transient = { hovered: null, pathEdges: null };
/** True when the states give no item a look of its own, so the renderer has nothing to update. */
const nothingToUpdate = (states: ItemStates) => {
  const changes = itemChanges(NOTHING_SHOWN, states);
  return changes.everyItem === null && changes.nodes.length === 0 && changes.edges.length === 0;
};
const view = (partial: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...partial });
/** The relations whose look has the flag set, sorted. */
const edgesWith = (graph: KnowledgeGraph, states: ItemStates, flag: keyof EdgeLook) => graph.filterEdges((edge) => edgeLookOf(states, edge)[flag]).sort();
/** The entities whose look has the flag set, sorted. */
const nodesWith = (graph: KnowledgeGraph, states: ItemStates, flag: keyof NodeLook) => graph.filterNodes((node) => nodeLookOf(states, node)[flag]).sort();

describe("computeItemStates", () => {
  it("ignores a hovered node, a selection or path edges that are not in the graph", () => {
    const graph = smallGraph();
    const states = computeItemStates(graph, view({ selection: { kind: "node", key: "atlantis" } }), { hovered: "nowhere", pathEdges: null });
    expect(nothingToUpdate(states)).toBe(true);
  });

  it("leaves every item plain in the default view, so a large graph needs no state updates", () => {
    const states = computeItemStates(smallGraph(), DEFAULT_VIEW_STATE, QUIET);
    expect(nothingToUpdate(states)).toBe(true);
  });

  it("does not modify the graph", () => {
    const graph = smallGraph();
    const before = JSON.stringify(graph.export());
    computeItemStates(graph, view({ hiddenEntityTypes: ["city"], time: "2022-01-01", selection: { kind: "node", key: "iran" } }), { hovered: "russia", pathEdges: null });
    expect(JSON.stringify(graph.export())).toBe(before);
  });

  it("highlights a hovered node and its neighbours and dims the rest", () => {
    const states = computeItemStates(smallGraph(), DEFAULT_VIEW_STATE, { hovered: "kyiv", pathEdges: null });
    expect(states.focus).not.toBeNull();
    for (const key of ["kyiv", "russia", "ukraine"]) expect(nodeLookOf(states, key)).toMatchObject({ isEmphasised: true, isDimmed: false });
    for (const key of ["iran", "shahed-136"]) expect(nodeLookOf(states, key)).toMatchObject({ isEmphasised: false, isDimmed: true });
    expect(edgeLookOf(states, "russia:attacked:kyiv:2023-05-28")).toMatchObject({ isEmphasised: true });
    expect(edgeLookOf(states, "iran:supplies:russia:2022-08")).toMatchObject({ isDimmed: true });
  });

  it("focuses the selected node's neighbourhood and marks it selected", () => {
    const states = computeItemStates(smallGraph(), view({ selection: { kind: "node", key: "shahed-136" } }), QUIET);
    expect(nodeLookOf(states, "shahed-136")).toMatchObject({ isSelected: true, isEmphasised: true });
    expect(nodeLookOf(states, "russia")).toMatchObject({ isSelected: false, isEmphasised: true });
    expect(nodeLookOf(states, "iran")).toMatchObject({ isDimmed: true });
  });

  it("focuses a selected relation and its two ends", () => {
    const states = computeItemStates(smallGraph(), view({ selection: { kind: "edge", key: "russia:uses:shahed-136" } }), QUIET);
    expect(edgeLookOf(states, "russia:uses:shahed-136")).toMatchObject({ isSelected: true, isEmphasised: true });
    expect(nodeLookOf(states, "russia")).toMatchObject({ isEmphasised: true });
    expect(nodeLookOf(states, "kyiv")).toMatchObject({ isDimmed: true });
  });

  it("lets hover win over the path, and the path win over the selection", () => {
    const path = ["iran:supplies:russia:2022-08", "russia:attacked:kyiv:2023-05-28"];
    const withPath = view({ selection: { kind: "node", key: "ukraine" }, path: { from: "iran", to: "kyiv", relationTypes: [], timeRespecting: false } });
    const shown = computeItemStates(smallGraph(), withPath, { hovered: null, pathEdges: path });
    expect(nodeLookOf(shown, "ukraine")).toMatchObject({ isDimmed: true, isSelected: true });
    expect(edgeLookOf(shown, path[1]!)).toMatchObject({ isEmphasised: true });
    expect(edgeLookOf(shown, "iran:supplies:russia:denied")).toMatchObject({ isDimmed: true });
    const hovered = computeItemStates(smallGraph(), withPath, { hovered: "ukraine", pathEdges: path });
    expect(nodeLookOf(hovered, "ukraine")).toMatchObject({ isEmphasised: true });
    expect(nodeLookOf(hovered, "iran")).toMatchObject({ isDimmed: true });
  });

  it("hides nodes of a hidden entity type together with their relations", () => {
    const states = computeItemStates(smallGraph(), view({ hiddenEntityTypes: ["city"] }), QUIET);
    expect(nodeLookOf(states, "kyiv")).toMatchObject({ isHidden: true });
    expect(edgeLookOf(states, "russia:attacked:kyiv:2023-05-28")).toMatchObject({ isHidden: true });
    expect(edgeLookOf(states, "kyiv:located-in:ukraine")).toMatchObject({ isHidden: true });
    expect(nodeLookOf(states, "ukraine")).toEqual(PLAIN_NODE);
  });

  it("hides relations of a hidden type or status and keeps them out of the hover neighbourhood", () => {
    const states = computeItemStates(smallGraph(), view({ hiddenRelationTypes: ["uses"], hiddenStatuses: ["denied"] }), { hovered: "russia", pathEdges: null });
    expect(edgeLookOf(states, "russia:uses:shahed-136")).toMatchObject({ isHidden: true });
    expect(edgeLookOf(states, "iran:supplies:russia:denied")).toMatchObject({ isHidden: true });
    expect(nodeLookOf(states, "shahed-136")).toMatchObject({ isDimmed: true });
    expect(nodeLookOf(states, "iran")).toMatchObject({ isEmphasised: true });
  });

  it("marks relations dated after the timeline cursor as later, and never undated ones", () => {
    const states = computeItemStates(smallGraph(), view({ time: "2023-01-01" }), QUIET);
    expect(edgeLookOf(states, "russia:attacked:kyiv:2023-05-28")).toMatchObject({ isLater: true });
    expect(edgeLookOf(states, "iran:supplies:russia:2022-08")).toEqual(PLAIN_EDGE);
    expect(edgeLookOf(states, "russia:uses:shahed-136")).toEqual(PLAIN_EDGE);
  });
});

describe("computeItemStates on a corpus", () => {
  const hidden = (partial: Partial<ViewState>) => {
    const graph = corpusGraph();
    return edgesWith(graph, computeItemStates(graph, view(partial), QUIET), "isHidden");
  };

  it("hides relations backed by fewer documents than the minimum, and their ends stay", () => {
    const states = computeItemStates(corpusGraph(), view({ minSources: 2 }), QUIET);
    expect(hidden({ minSources: 2 })).toEqual([C.attacked, C.uses].sort());
    expect(nodeLookOf(states, "port-halden")).toEqual(PLAIN_NODE);
  });

  it("shows only contested claims when asked, together with the type filter", () => {
    expect(hidden({ contestedOnly: true })).toEqual([C.attacked, C.trains, C.uses].sort());
    expect(hidden({ contestedOnly: true, hiddenRelationTypes: ["supplies"] })).toEqual([C.attacked, C.supplies, C.trains, C.uses].sort());
  });

  it("keeps a contested claim while any stance its documents take is shown", () => {
    expect(hidden({ hiddenStatuses: ["denied"] })).toEqual([]);
    expect(hidden({ hiddenStatuses: ["reported"] })).toEqual([C.attacked, C.trains, C.uses].sort());
  });

  it("focuses what an open source is quoted on, denials included, and their ends; the rest is dimmed", () => {
    const states = computeItemStates(corpusGraph(), view({ source: { id: "doc-c" } }), QUIET);
    expect(states.focus).not.toBeNull();
    expect(edgeLookOf(states, C.supplies)).toMatchObject({ isEmphasised: true, isDimmed: false });
    for (const edge of [C.attacked, C.trains, C.uses]) expect(edgeLookOf(states, edge), edge).toMatchObject({ isDimmed: true, isEmphasised: false });
    for (const node of ["valdoria", "norvask"]) expect(nodeLookOf(states, node), node).toMatchObject({ isEmphasised: true });
    for (const node of ["estmark", "port-halden", "kestrel-9"]) expect(nodeLookOf(states, node), node).toMatchObject({ isDimmed: true });
  });

  it("leaves filtered relations out of an open source's focus", () => {
    const states = computeItemStates(corpusGraph(), view({ source: { id: "doc-b" }, minSources: 2 }), QUIET);
    expect(edgeLookOf(states, C.supplies)).toMatchObject({ isEmphasised: true });
    expect(edgeLookOf(states, C.attacked)).toMatchObject({ isHidden: true, isEmphasised: false });
    expect(nodeLookOf(states, "port-halden")).toMatchObject({ isDimmed: true });
  });

  it("lets an open source win over the path and the selection, hover win over the source, and restores the selection's focus once it closes", () => {
    const selected = view({ selection: { kind: "node", key: "port-halden" } });
    const withSource = { ...selected, source: { id: "doc-u" } };
    const reading = computeItemStates(corpusGraph(), withSource, { hovered: null, pathEdges: [C.attacked] });
    expect(edgeLookOf(reading, C.uses)).toMatchObject({ isEmphasised: true });
    expect(edgeLookOf(reading, C.attacked)).toMatchObject({ isDimmed: true });
    expect(nodeLookOf(reading, "port-halden")).toMatchObject({ isSelected: true, isDimmed: true });
    const hovered = computeItemStates(corpusGraph(), withSource, { hovered: "port-halden", pathEdges: null });
    expect(edgeLookOf(hovered, C.attacked)).toMatchObject({ isEmphasised: true });
    const closed = computeItemStates(corpusGraph(), selected, QUIET);
    expect(edgeLookOf(closed, C.attacked)).toMatchObject({ isEmphasised: true });
    expect(edgeLookOf(closed, C.uses)).toMatchObject({ isDimmed: true });
  });

  it("focuses nothing for a source the graph does not list", () => {
    expect(nothingToUpdate(computeItemStates(corpusGraph(), view({ source: { id: "doc-nowhere" } }), QUIET))).toBe(true);
  });

  it("fades, on the timeline by report, the relations first reported after the cursor, and never those without a dated source", () => {
    const later = (timeBy: ViewState["timeBy"]) => {
      const graph = corpusGraph();
      return edgesWith(graph, computeItemStates(graph, view({ time: "2023-03-05", timeBy }), QUIET), "isLater");
    };
    // Happened on 4 March, first reported on 10 March.
    expect(later("happened")).toEqual([]);
    expect(later("reported")).toEqual([C.attacked]);
  });
});

describe("the timeline's looks", () => {
  it("fades an entity whose every shown relation is later than the cursor, and not one that keeps an earlier or undated relation", () => {
    // On 2023-03-01 the strike on Port Halden (2023-03-04) has not happened: Port Halden's only relation is later.
    const states = computeItemStates(corpusGraph(), view({ time: "2023-03-01" }), QUIET);
    expect(edgeLookOf(states, C.attacked)).toMatchObject({ isLater: true });
    expect(nodeLookOf(states, "port-halden")).toMatchObject({ isLater: true });
    // Norvask is also at the end of undated relations, which stay.
    expect(nodeLookOf(states, "norvask").isLater).toBe(false);
    // With no cursor nothing fades.
    const graph = corpusGraph();
    expect(nodesWith(graph, computeItemStates(graph, view({}), QUIET), "isLater")).toEqual([]);
  });

  it("dims undated relations when asked, and the entities that have nothing else", () => {
    const graph = corpusGraph();
    const states = computeItemStates(graph, view({ undated: "dim" }), QUIET);
    expect(edgesWith(graph, states, "isUndated")).toEqual([C.supplies, C.trains, C.uses].sort());
    expect(edgeLookOf(states, C.attacked).isUndated).toBe(false);
    // Valdoria and Estmark have undated relations only (Estmark none at all: it is only an asserter).
    expect(nodeLookOf(states, "valdoria")).toMatchObject({ isLater: true });
    expect(nodeLookOf(states, "estmark").isLater).toBe(false);
    expect(nodeLookOf(states, "norvask").isLater).toBe(false);
  });

  it("hides undated relations when asked, on the axis the timeline runs by", () => {
    const hidden = (timeBy: "happened" | "reported") => {
      const graph = corpusGraph();
      return edgesWith(graph, computeItemStates(graph, view({ undated: "hide", timeBy }), QUIET), "isHidden");
    };
    expect(hidden("happened")).toEqual([C.supplies, C.trains, C.uses].sort());
    // By first report only the relation in the undated document alone has no date.
    expect(hidden("reported")).toEqual([C.uses]);
  });
});

describe("what a hover or a selection costs", () => {
  /** Counts the passes over every entity or every relation; iterating one entity's relations is not one. */
  const countWholeGraphPasses = (graph: KnowledgeGraph) => {
    const spies = [vi.spyOn(graph, "forEachNode"), vi.spyOn(graph, "forEachEdge"), vi.spyOn(graph, "filterNodes"), vi.spyOn(graph, "filterEdges")];
    return () => spies.reduce((n, spy) => n + spy.mock.calls.filter((args) => typeof args[0] === "function").length, 0);
  };

  it("with no filter set, leaves every item outside a selection's focus dimmed without a base look of its own", () => {
    const graph = smallGraph();
    const states = computeItemStates(graph, view({ selection: { kind: "node", key: "kyiv" } }), QUIET);
    expect(states.base).toBeNull();
    expect([...states.focus!.nodes].sort()).toEqual(["kyiv", "russia", "ukraine"]);
    expect(nodesWith(graph, states, "isDimmed")).toEqual(["iran", "shahed-136"]);
    expect(edgesWith(graph, states, "isDimmed")).toEqual(["iran:supplies:russia:2022-08", "iran:supplies:russia:denied", "russia:uses:shahed-136"]);
  });

  it("with nothing filtered, goes over no entity or relation beyond the focus once the graph's proposals and filter columns are listed", () => {
    const graph = smallGraph();
    proposedItems(graph);
    filterColumns(graph);
    const passes = countWholeGraphPasses(graph);
    computeItemStates(graph, DEFAULT_VIEW_STATE, QUIET);
    computeItemStates(graph, view({ selection: { kind: "node", key: "russia" } }), QUIET);
    computeItemStates(graph, view({ selection: { kind: "node", key: "russia" } }), { hovered: "kyiv", pathEdges: null });
    computeItemStates(graph, DEFAULT_VIEW_STATE, QUIET);
    expect(passes()).toBe(0);
  });

  it("after a filter or a timeline change, hovers and selections reuse its looks rather than filtering every relation again", () => {
    const graph = corpusGraph();
    const filtered = view({ minSources: 2, time: "2023-03-01", undated: "dim" });
    const first = computeItemStates(graph, filtered, QUIET);
    const passes = countWholeGraphPasses(graph);
    const hovered = computeItemStates(graph, filtered, { hovered: "norvask", pathEdges: null });
    const selected = computeItemStates(graph, { ...filtered, selection: { kind: "node", key: "valdoria" } }, QUIET);
    expect(passes()).toBe(0);
    for (const states of [hovered, selected]) expect(states.base).toBe(first.base);
    expect(computeItemStates(graph, { ...filtered, minSources: 3 }, QUIET).base).not.toBe(first.base);
  });

  it("with a source open, finds the relations it is quoted on once, and again only when the source or a filter changes", () => {
    const graph = corpusGraph();
    const reading = view({ source: { id: "doc-b" } });
    const first = computeItemStates(graph, reading, QUIET);
    expect([...first.focus!.edges].sort()).toEqual([C.attacked, C.supplies].sort());
    const passes = countWholeGraphPasses(graph);
    computeItemStates(graph, reading, { hovered: "estmark", pathEdges: null });
    const back = computeItemStates(graph, { ...reading, selection: { kind: "node", key: "norvask" } }, QUIET);
    expect(passes()).toBe(0);
    expect(back.focus).toBe(first.focus);
    expect([...computeItemStates(graph, { ...reading, minSources: 2 }, QUIET).focus!.edges]).toEqual([C.supplies]);
    expect([...computeItemStates(graph, view({ source: { id: "doc-c" } }), QUIET).focus!.edges]).toEqual([C.supplies]);
  });

  it("hides what was proposed, and the relations of a proposed entity, until proposals are shown, with or without another filter", () => {
    const graph = smallGraph();
    graph.setNodeAttribute("shahed-136", "review", "proposed");
    graph.setEdgeAttribute("iran:supplies:russia:denied", "review", "proposed");
    const proposed = ["iran:supplies:russia:denied", "russia:uses:shahed-136"];
    const hidden = computeItemStates(graph, DEFAULT_VIEW_STATE, QUIET);
    expect(nodesWith(graph, hidden, "isHidden")).toEqual(["shahed-136"]);
    expect(edgesWith(graph, hidden, "isHidden")).toEqual(proposed);
    const alsoFiltered = computeItemStates(graph, view({ hiddenEntityTypes: ["city"] }), QUIET);
    expect(nodesWith(graph, alsoFiltered, "isHidden")).toEqual(["kyiv", "shahed-136"]);
    expect(edgesWith(graph, alsoFiltered, "isHidden")).toEqual([...proposed, "kyiv:located-in:ukraine", "russia:attacked:kyiv:2023-05-28"].sort());
    expect(nothingToUpdate(computeItemStates(graph, view({ proposals: true }), QUIET))).toBe(true);
  });
});
