import { describe, expect, it } from "vitest";
import { itemChanges, type ItemChanges, type LookGroup } from "../../../src/viewer/state/item-changes.ts";
import { computeItemStates, edgeLookOf, nodeLookOf, NOTHING_SHOWN, PLAIN_EDGE, PLAIN_NODE, type EdgeLook, type NodeLook, type Transient } from "../../../src/viewer/state/item-states.ts";
import { DEFAULT_VIEW_STATE, type ViewState } from "../../../src/viewer/state/view-state.ts";
import { C, corpusGraph } from "../corpus-fixture.ts";
import { smallGraph } from "../graph-fixture.ts";

const QUIET: Transient = { hovered: null, pathEdges: null };
const view = (partial: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...partial });
const hovering = (node: string): Transient => ({ hovered: node, pathEdges: null });
/** Every key the changes list, in any of their look groups, sorted. */
const changed = (groups: LookGroup<unknown>[]) => groups.flatMap((group) => group.keys).sort();
/** The changes with their groups read as sorted key lists. */
const listed = (changes: ItemChanges) => ({ everyItem: changes.everyItem, nodes: changed(changes.nodes), edges: changed(changes.edges) });

describe("itemChanges", () => {
  it("changes nothing when the states are worked out again for the same view", () => {
    const graph = corpusGraph();
    const same = view({ minSources: 2, time: "2023-03-01", selection: { kind: "node", key: "norvask" } });
    const changes = itemChanges(computeItemStates(graph, same, QUIET), computeItemStates(graph, same, QUIET));
    expect(changes).toEqual({ everyItem: null, nodes: [], edges: [] });
  });

  it("dims every item at once when a focus appears, and lists only the focus and the selection", () => {
    const graph = smallGraph();
    const changes = itemChanges(NOTHING_SHOWN, computeItemStates(graph, view({ selection: { kind: "node", key: "kyiv" } }), QUIET));
    expect(changes.everyItem).toEqual({ isDimmed: true, isEmphasised: false });
    expect(changed(changes.nodes)).toEqual(["kyiv", "russia", "ukraine"]);
    expect(changed(changes.edges)).toEqual(["kyiv:located-in:ukraine", "russia:attacked:kyiv:2023-05-28"]);
  });

  it("lists, when the focus moves from one entity to another, only the items that left or entered it", () => {
    const graph = smallGraph();
    const changes = itemChanges(computeItemStates(graph, DEFAULT_VIEW_STATE, hovering("kyiv")), computeItemStates(graph, DEFAULT_VIEW_STATE, hovering("shahed-136")));
    expect(changes.everyItem).toBeNull();
    // Russia is in both neighbourhoods and stays lit; Iran is in neither and stays dimmed.
    expect(changed(changes.nodes)).toEqual(["kyiv", "shahed-136", "ukraine"]);
    expect(changed(changes.edges)).toEqual(["kyiv:located-in:ukraine", "russia:attacked:kyiv:2023-05-28", "russia:uses:shahed-136"]);
  });

  it("undims every item at once when the focus goes away, and lists only what was selected", () => {
    const graph = smallGraph();
    const selected = computeItemStates(graph, view({ selection: { kind: "node", key: "kyiv" } }), QUIET);
    const deselected = itemChanges(selected, computeItemStates(graph, DEFAULT_VIEW_STATE, QUIET));
    expect(listed(deselected)).toEqual({ everyItem: { isDimmed: false, isEmphasised: false }, nodes: ["kyiv"], edges: [] });
    const unhovered = itemChanges(computeItemStates(graph, DEFAULT_VIEW_STATE, hovering("kyiv")), computeItemStates(graph, DEFAULT_VIEW_STATE, QUIET));
    expect(unhovered).toEqual({ everyItem: { isDimmed: false, isEmphasised: false }, nodes: [], edges: [] });
  });

  it("lists, when a filter changes, only the relations whose look changed, including those back to plain", () => {
    const graph = corpusGraph();
    const before = computeItemStates(graph, view({ minSources: 2 }), QUIET);
    const after = computeItemStates(graph, view({ hiddenRelationTypes: ["uses"] }), QUIET);
    // The use of the Kestrel-9 is hidden by both filters; the strike, backed by one document, comes back.
    expect(itemChanges(before, after)).toEqual({ everyItem: null, nodes: [], edges: [{ look: PLAIN_EDGE, keys: [C.attacked] }] });
    expect(edgeLookOf(after, C.attacked)).toEqual(PLAIN_EDGE);
  });

  it("gives the relations a filter changes one group per new look, however many they are", () => {
    const graph = corpusGraph();
    const selected = view({ selection: { kind: "node", key: "valdoria" } });
    const changes = itemChanges(computeItemStates(graph, selected, QUIET), computeItemStates(graph, { ...selected, contestedOnly: true }, QUIET));
    // Only the supply is contested. The training leaves Valdoria's focus as it is hidden: all three hidden look alike.
    expect(changes.edges.map(({ look, keys }) => ({ look, keys: keys.sort() }))).toEqual([
      { look: { ...PLAIN_EDGE, isHidden: true, isDimmed: true }, keys: [C.attacked, C.uses, C.trains].sort() },
    ]);
    // The strike is dated after the cursor; the others have no date of when they happened.
    const dated = itemChanges(NOTHING_SHOWN, computeItemStates(graph, view({ time: "2023-03-01", undated: "dim" }), QUIET));
    expect(dated.edges.map(({ look, keys }) => ({ look, keys: keys.sort() }))).toEqual([
      { look: { ...PLAIN_EDGE, isLater: true }, keys: [C.attacked] },
      { look: { ...PLAIN_EDGE, isUndated: true }, keys: [C.supplies, C.trains, C.uses].sort() },
    ]);
  });

  it("keeps every item's look in step over a run of hovers, selections, paths, sources, filters and timeline moves", () => {
    const graph = corpusGraph();
    const steps: [Partial<ViewState>, Transient][] = [
      [{}, QUIET],
      [{}, hovering("norvask")],
      [{ selection: { kind: "node", key: "port-halden" } }, QUIET],
      [{ selection: { kind: "node", key: "port-halden" }, minSources: 2 }, hovering("valdoria")],
      [{ selection: { kind: "edge", key: C.supplies }, minSources: 2 }, QUIET],
      [{ selection: { kind: "edge", key: C.supplies }, time: "2023-03-01", undated: "dim" }, QUIET],
      [{ source: { id: "doc-u" }, time: "2023-03-01", undated: "hide" }, { hovered: null, pathEdges: [C.attacked] }],
      [{ time: "2023-03-01", undated: "hide" }, { hovered: null, pathEdges: [C.attacked] }],
      [{ hiddenEntityTypes: ["weapon"] }, hovering("kestrel-9")],
      [{}, QUIET],
    ];
    const nodeLooks = new Map<string, NodeLook>(graph.mapNodes((node) => [node, PLAIN_NODE]));
    const edgeLooks = new Map<string, EdgeLook>(graph.mapEdges((edge) => [edge, PLAIN_EDGE]));
    let shown = NOTHING_SHOWN;
    for (const [partial, transient] of steps) {
      const next = computeItemStates(graph, view(partial), transient);
      applyChanges(itemChanges(shown, next), nodeLooks, edgeLooks);
      shown = next;
      for (const node of graph.nodes()) expect(nodeLooks.get(node), `${node} after ${JSON.stringify(partial)}`).toEqual(nodeLookOf(next, node));
      for (const edge of graph.edges()) expect(edgeLooks.get(edge), `${edge} after ${JSON.stringify(partial)}`).toEqual(edgeLookOf(next, edge));
    }
  });
});

/** Does what the renderer does with the changes, on plain maps of looks in place of sigma's states. */
function applyChanges(changes: ItemChanges, nodeLooks: Map<string, NodeLook>, edgeLooks: Map<string, EdgeLook>): void {
  if (changes.everyItem) {
    for (const [node, look] of nodeLooks) nodeLooks.set(node, { ...look, ...changes.everyItem });
    for (const [edge, look] of edgeLooks) edgeLooks.set(edge, { ...look, ...changes.everyItem });
  }
  for (const { look, keys } of changes.nodes) for (const node of keys) nodeLooks.set(node, look);
  for (const { look, keys } of changes.edges) for (const edge of keys) edgeLooks.set(edge, look);
}
