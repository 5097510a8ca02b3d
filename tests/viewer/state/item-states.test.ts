import { describe, expect, it } from "vitest";
import { computeItemStates, diffLooks, PLAIN_EDGE, PLAIN_NODE, type Transient } from "../../../src/viewer/state/item-states.ts";
import { DEFAULT_VIEW_STATE, type ViewState } from "../../../src/viewer/state/view-state.ts";
import { C, corpusGraph } from "../corpus-fixture.ts";
import { smallGraph } from "../graph-fixture.ts";

const QUIET: Transient = { hovered: null, pathEdges: null };
const view = (partial: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...partial });

describe("computeItemStates", () => {
  it("ignores a hovered node, a selection or path edges that are not in the graph", () => {
    const graph = smallGraph();
    const states = computeItemStates(graph, view({ selection: { kind: "node", key: "atlantis" } }), { hovered: "nowhere", pathEdges: null });
    expect(states.hasFocus).toBe(false);
    expect(states.nodes.size).toBe(0);
    expect(states.edges.size).toBe(0);
  });

  it("leaves every item plain in the default view, so a large graph needs no state updates", () => {
    const states = computeItemStates(smallGraph(), DEFAULT_VIEW_STATE, QUIET);
    expect(states).toEqual({ nodes: new Map(), edges: new Map(), hasFocus: false });
  });

  it("does not modify the graph", () => {
    const graph = smallGraph();
    const before = JSON.stringify(graph.export());
    computeItemStates(graph, view({ hiddenEntityTypes: ["city"], time: "2022-01-01", selection: { kind: "node", key: "iran" } }), { hovered: "russia", pathEdges: null });
    expect(JSON.stringify(graph.export())).toBe(before);
  });

  it("highlights a hovered node and its neighbours and dims the rest", () => {
    const states = computeItemStates(smallGraph(), DEFAULT_VIEW_STATE, { hovered: "kyiv", pathEdges: null });
    expect(states.hasFocus).toBe(true);
    for (const key of ["kyiv", "russia", "ukraine"]) expect(states.nodes.get(key)).toMatchObject({ isEmphasised: true, isDimmed: false });
    for (const key of ["iran", "shahed-136"]) expect(states.nodes.get(key)).toMatchObject({ isEmphasised: false, isDimmed: true });
    expect(states.edges.get("russia:attacked:kyiv:2023-05-28")).toMatchObject({ isEmphasised: true });
    expect(states.edges.get("iran:supplies:russia:2022-08")).toMatchObject({ isDimmed: true });
  });

  it("focuses the selected node's neighbourhood and marks it selected", () => {
    const states = computeItemStates(smallGraph(), view({ selection: { kind: "node", key: "shahed-136" } }), QUIET);
    expect(states.nodes.get("shahed-136")).toMatchObject({ isSelected: true, isEmphasised: true });
    expect(states.nodes.get("russia")).toMatchObject({ isSelected: false, isEmphasised: true });
    expect(states.nodes.get("iran")).toMatchObject({ isDimmed: true });
  });

  it("focuses a selected relation and its two ends", () => {
    const states = computeItemStates(smallGraph(), view({ selection: { kind: "edge", key: "russia:uses:shahed-136" } }), QUIET);
    expect(states.edges.get("russia:uses:shahed-136")).toMatchObject({ isSelected: true, isEmphasised: true });
    expect(states.nodes.get("russia")).toMatchObject({ isEmphasised: true });
    expect(states.nodes.get("kyiv")).toMatchObject({ isDimmed: true });
  });

  it("lets hover win over the path, and the path win over the selection", () => {
    const path = ["iran:supplies:russia:2022-08", "russia:attacked:kyiv:2023-05-28"];
    const withPath = view({ selection: { kind: "node", key: "ukraine" }, path: { from: "iran", to: "kyiv", relationTypes: [], timeRespecting: false } });
    const shown = computeItemStates(smallGraph(), withPath, { hovered: null, pathEdges: path });
    expect(shown.nodes.get("ukraine")).toMatchObject({ isDimmed: true, isSelected: true });
    expect(shown.edges.get(path[1]!)).toMatchObject({ isEmphasised: true });
    expect(shown.edges.get("iran:supplies:russia:denied")).toMatchObject({ isDimmed: true });
    const hovered = computeItemStates(smallGraph(), withPath, { hovered: "ukraine", pathEdges: path });
    expect(hovered.nodes.get("ukraine")).toMatchObject({ isEmphasised: true });
    expect(hovered.nodes.get("iran")).toMatchObject({ isDimmed: true });
  });

  it("hides nodes of a hidden entity type together with their relations", () => {
    const states = computeItemStates(smallGraph(), view({ hiddenEntityTypes: ["city"] }), QUIET);
    expect(states.nodes.get("kyiv")).toMatchObject({ isHidden: true });
    expect(states.edges.get("russia:attacked:kyiv:2023-05-28")).toMatchObject({ isHidden: true });
    expect(states.edges.get("kyiv:located-in:ukraine")).toMatchObject({ isHidden: true });
    expect(states.nodes.has("ukraine")).toBe(false);
  });

  it("hides relations of a hidden type or status and keeps them out of the hover neighbourhood", () => {
    const states = computeItemStates(smallGraph(), view({ hiddenRelationTypes: ["uses"], hiddenStatuses: ["denied"] }), { hovered: "russia", pathEdges: null });
    expect(states.edges.get("russia:uses:shahed-136")).toMatchObject({ isHidden: true });
    expect(states.edges.get("iran:supplies:russia:denied")).toMatchObject({ isHidden: true });
    expect(states.nodes.get("shahed-136")).toMatchObject({ isDimmed: true });
    expect(states.nodes.get("iran")).toMatchObject({ isEmphasised: true });
  });

  it("marks relations dated after the timeline cursor as later, and never undated ones", () => {
    const states = computeItemStates(smallGraph(), view({ time: "2023-01-01" }), QUIET);
    expect(states.edges.get("russia:attacked:kyiv:2023-05-28")).toMatchObject({ isLater: true });
    expect(states.edges.has("iran:supplies:russia:2022-08")).toBe(false);
    expect(states.edges.has("russia:uses:shahed-136")).toBe(false);
  });
});

describe("computeItemStates on a corpus", () => {
  const hidden = (states: ReturnType<typeof computeItemStates>) => [...states.edges].filter(([, look]) => look.isHidden).map(([key]) => key).sort();

  it("hides relations backed by fewer documents than the minimum, and their ends stay", () => {
    const states = computeItemStates(corpusGraph(), view({ minSources: 2 }), QUIET);
    expect(hidden(states)).toEqual([C.attacked, C.uses].sort());
    expect(states.nodes.has("port-halden")).toBe(false);
  });

  it("shows only contested claims when asked, together with the type filter", () => {
    expect(hidden(computeItemStates(corpusGraph(), view({ contestedOnly: true }), QUIET))).toEqual([C.attacked, C.trains, C.uses].sort());
    expect(hidden(computeItemStates(corpusGraph(), view({ contestedOnly: true, hiddenRelationTypes: ["supplies"] }), QUIET))).toEqual([C.attacked, C.supplies, C.trains, C.uses].sort());
  });

  it("keeps a contested claim while any stance its documents take is shown", () => {
    expect(hidden(computeItemStates(corpusGraph(), view({ hiddenStatuses: ["denied"] }), QUIET))).toEqual([]);
    expect(hidden(computeItemStates(corpusGraph(), view({ hiddenStatuses: ["reported"] }), QUIET))).toEqual([C.attacked, C.trains, C.uses].sort());
  });

  it("focuses what an open source is quoted on, denials included, and their ends; the rest is dimmed", () => {
    const states = computeItemStates(corpusGraph(), view({ source: { id: "doc-c" } }), QUIET);
    expect(states.hasFocus).toBe(true);
    expect(states.edges.get(C.supplies)).toMatchObject({ isEmphasised: true, isDimmed: false });
    for (const edge of [C.attacked, C.trains, C.uses]) expect(states.edges.get(edge), edge).toMatchObject({ isDimmed: true, isEmphasised: false });
    for (const node of ["valdoria", "norvask"]) expect(states.nodes.get(node), node).toMatchObject({ isEmphasised: true });
    for (const node of ["estmark", "port-halden", "kestrel-9"]) expect(states.nodes.get(node), node).toMatchObject({ isDimmed: true });
  });

  it("leaves filtered relations out of an open source's focus", () => {
    const states = computeItemStates(corpusGraph(), view({ source: { id: "doc-b" }, minSources: 2 }), QUIET);
    expect(states.edges.get(C.supplies)).toMatchObject({ isEmphasised: true });
    expect(states.edges.get(C.attacked)).toMatchObject({ isHidden: true, isEmphasised: false });
    expect(states.nodes.get("port-halden")).toMatchObject({ isDimmed: true });
  });

  it("lets an open source win over the path and the selection, hover win over the source, and restores the selection's focus once it closes", () => {
    const selected = view({ selection: { kind: "node", key: "port-halden" } });
    const withSource = { ...selected, source: { id: "doc-u" } };
    const reading = computeItemStates(corpusGraph(), withSource, { hovered: null, pathEdges: [C.attacked] });
    expect(reading.edges.get(C.uses)).toMatchObject({ isEmphasised: true });
    expect(reading.edges.get(C.attacked)).toMatchObject({ isDimmed: true });
    expect(reading.nodes.get("port-halden")).toMatchObject({ isSelected: true, isDimmed: true });
    const hovered = computeItemStates(corpusGraph(), withSource, { hovered: "port-halden", pathEdges: null });
    expect(hovered.edges.get(C.attacked)).toMatchObject({ isEmphasised: true });
    const closed = computeItemStates(corpusGraph(), selected, QUIET);
    expect(closed.edges.get(C.attacked)).toMatchObject({ isEmphasised: true });
    expect(closed.edges.get(C.uses)).toMatchObject({ isDimmed: true });
  });

  it("focuses nothing for a source the graph does not list", () => {
    expect(computeItemStates(corpusGraph(), view({ source: { id: "doc-nowhere" } }), QUIET)).toEqual({ nodes: new Map(), edges: new Map(), hasFocus: false });
  });

  it("fades, on the timeline by report, the relations first reported after the cursor, and never those without a dated source", () => {
    const later = (timeBy: ViewState["timeBy"]) =>
      [...computeItemStates(corpusGraph(), view({ time: "2023-03-05", timeBy }), QUIET).edges].filter(([, l]) => l.isLater).map(([k]) => k);
    // Happened on 4 March, first reported on 10 March.
    expect(later("happened")).toEqual([]);
    expect(later("reported")).toEqual([C.attacked]);
  });
});

describe("diffLooks", () => {
  it("returns only changed items, and the plain look for items that left the map", () => {
    const before = new Map([["a", { ...PLAIN_NODE, isDimmed: true }], ["b", { ...PLAIN_NODE, isHidden: true }]]);
    const after = new Map([["a", { ...PLAIN_NODE, isDimmed: true }], ["c", { ...PLAIN_NODE, isSelected: true }]]);
    expect(diffLooks(before, after, PLAIN_NODE)).toEqual(new Map([["c", { ...PLAIN_NODE, isSelected: true }], ["b", PLAIN_NODE]]));
    expect(diffLooks(new Map(), new Map(), PLAIN_EDGE).size).toBe(0);
  });
});

describe("the timeline's looks", () => {
  it("fades an entity whose every shown relation is later than the cursor, and not one that keeps an earlier or undated relation", () => {
    // On 2023-03-01 the strike on Port Halden (2023-03-04) has not happened: Port Halden's only relation is later.
    const states = computeItemStates(corpusGraph(), view({ time: "2023-03-01" }), QUIET);
    expect(states.edges.get(C.attacked)).toMatchObject({ isLater: true });
    expect(states.nodes.get("port-halden")).toMatchObject({ isLater: true });
    // Norvask is also at the end of undated relations, which stay.
    expect(states.nodes.get("norvask")?.isLater ?? false).toBe(false);
    // With no cursor nothing fades.
    expect([...computeItemStates(corpusGraph(), view({}), QUIET).nodes.values()].some((l) => l.isLater)).toBe(false);
  });

  it("dims undated relations when asked, and the entities that have nothing else", () => {
    const states = computeItemStates(corpusGraph(), view({ undated: "dim" }), QUIET);
    const undated = [...states.edges].filter(([, l]) => l.isUndated).map(([k]) => k).sort();
    expect(undated).toEqual([C.supplies, C.trains, C.uses].sort());
    expect(states.edges.get(C.attacked)?.isUndated ?? false).toBe(false);
    // Valdoria and Estmark have undated relations only (Estmark none at all: it is only an asserter).
    expect(states.nodes.get("valdoria")).toMatchObject({ isLater: true });
    expect(states.nodes.get("estmark")?.isLater ?? false).toBe(false);
    expect(states.nodes.get("norvask")?.isLater ?? false).toBe(false);
  });

  it("hides undated relations when asked, on the axis the timeline runs by", () => {
    const hidden = (timeBy: "happened" | "reported") =>
      [...computeItemStates(corpusGraph(), view({ undated: "hide", timeBy }), QUIET).edges].filter(([, l]) => l.isHidden).map(([k]) => k).sort();
    expect(hidden("happened")).toEqual([C.supplies, C.trains, C.uses].sort());
    // By first report only the relation in the undated document alone has no date.
    expect(hidden("reported")).toEqual([C.uses]);
  });
});
