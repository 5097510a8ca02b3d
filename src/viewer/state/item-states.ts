// App state -> per-item display states: the pure heart of highlight, filter, timeline and path display.
import type { KnowledgeGraph } from "../../graph/types.ts";
import { isEdgeFiltered, isNodeFiltered } from "../filters/filters.ts";
import { isAfterCursor, relationStart, timelineDates } from "../timeline/dates.ts";
import type { ViewState } from "./view-state.ts";

/** How a node is shown; each flag maps to a sigma node state and a style rule. */
export interface NodeLook {
  isHidden: boolean;
  /** Outside the focus (hover, path or selection): greyed, label hidden. */
  isDimmed: boolean;
  /** Inside the focus: label forced on, drawn on top. */
  isEmphasised: boolean;
  isSelected: boolean;
  /** Every relation it has is faded by the timeline (later than the cursor, or undated and dimmed): faded with them. */
  isLater: boolean;
}

/** How a relation is shown; each flag maps to a sigma edge state and a style rule. */
export interface EdgeLook {
  isHidden: boolean;
  isDimmed: boolean;
  isEmphasised: boolean;
  isSelected: boolean;
  /** Dated after the timeline cursor: faded out. */
  isLater: boolean;
  /** Without a date on the timeline's axis while undated relations are dimmed. */
  isUndated: boolean;
}

/** The look every item has when nothing is filtered or focused. */
export const PLAIN_NODE: NodeLook = { isHidden: false, isDimmed: false, isEmphasised: false, isSelected: false, isLater: false };
/** The look every relation has when nothing is filtered, focused or in the future. */
export const PLAIN_EDGE: EdgeLook = { isHidden: false, isDimmed: false, isEmphasised: false, isSelected: false, isLater: false, isUndated: false };

/** What is shown that does not belong in a link: the hovered node and the found path. */
export interface Transient {
  hovered: string | null;
  /** Edge keys of the path(s) found for `view.path`, or null when no path is shown. */
  pathEdges: readonly string[] | null;
}

/** Only the items whose look differs from plain, so a large quiet graph costs nothing to update. */
export interface ItemStates {
  nodes: Map<string, NodeLook>;
  edges: Map<string, EdgeLook>;
  /** True when a focus dims everything outside it. */
  hasFocus: boolean;
}

interface Focus {
  nodes: Set<string>;
  edges: Set<string>;
}

function focusOf(graph: KnowledgeGraph, view: ViewState, transient: Transient, edgeShown: (edge: string) => boolean): Focus | null {
  const around = (node: string): Focus => {
    const focus: Focus = { nodes: new Set([node]), edges: new Set() };
    graph.forEachEdge(node, (edge, _attrs, source, target) => {
      if (!edgeShown(edge)) return;
      focus.edges.add(edge);
      focus.nodes.add(source).add(target);
    });
    return focus;
  };
  // Hover wins over an open source, which wins over a shown path, which wins over the selection:
  // the most recent intent leads (a source is opened on top of a path or a selection, and closed to return to it).
  if (transient.hovered !== null && graph.hasNode(transient.hovered)) return around(transient.hovered);
  const sources = graph.getAttribute("sources");
  if (view.source !== null && sources.some((s) => s.id === view.source!.id)) {
    const id = view.source.id;
    const focus: Focus = { nodes: new Set(), edges: new Set() };
    graph.forEachEdge((edge, attrs, source, target) => {
      if (!edgeShown(edge) || !attrs.evidence.some((e) => e.source === id)) return;
      focus.edges.add(edge);
      focus.nodes.add(source).add(target);
    });
    return focus;
  }
  if (transient.pathEdges !== null) {
    const focus: Focus = { nodes: new Set(), edges: new Set() };
    for (const edge of transient.pathEdges) {
      if (!graph.hasEdge(edge)) continue;
      focus.edges.add(edge);
      focus.nodes.add(graph.source(edge)).add(graph.target(edge));
    }
    if (view.path) for (const end of [view.path.from, view.path.to]) if (graph.hasNode(end)) focus.nodes.add(end);
    return focus;
  }
  const selection = view.selection;
  if (selection?.kind === "node" && graph.hasNode(selection.key)) return around(selection.key);
  if (selection?.kind === "edge" && graph.hasEdge(selection.key)) {
    return { nodes: new Set([graph.source(selection.key), graph.target(selection.key)]), edges: new Set([selection.key]) };
  }
  return null;
}

/**
 * Computes every node's and relation's look from the view state. The graph is only read:
 * filters, the timeline and focus become states, never edits. An open source document focuses
 * every shown relation it is quoted on, whatever stance it takes, and their ends.
 */
export function computeItemStates(graph: KnowledgeGraph, view: ViewState, transient: Transient): ItemStates {
  const hiddenNodes = new Set<string>();
  if (view.hiddenEntityTypes.length > 0 || !view.proposals) {
    graph.forEachNode((node, attrs) => {
      if (isNodeFiltered(attrs, view)) hiddenNodes.add(node);
    });
  }
  const undatedEdges = new Set<string>();
  if (view.undated !== "show") {
    graph.forEachEdge((edge, attrs) => {
      if (relationStart(timelineDates(attrs, view.timeBy)) === null) undatedEdges.add(edge);
    });
  }
  const edgeHidden = (edge: string): boolean =>
    isEdgeFiltered(graph.getEdgeAttributes(edge), view) ||
    hiddenNodes.has(graph.source(edge)) ||
    hiddenNodes.has(graph.target(edge)) ||
    (view.undated === "hide" && undatedEdges.has(edge));
  const focus = focusOf(graph, view, transient, (edge) => !edgeHidden(edge));

  const nodes = new Map<string, NodeLook>();
  const edges = new Map<string, EdgeLook>();
  const selected = view.selection;
  // A relation is faded by the timeline when dated after the cursor, or undated while undated ones are dimmed.
  const fadedByTime = new Set<string>();
  graph.forEachEdge((edge, attrs) => {
    const look: EdgeLook = {
      isHidden: edgeHidden(edge),
      isDimmed: focus !== null && !focus.edges.has(edge),
      isEmphasised: focus !== null && focus.edges.has(edge),
      isSelected: selected?.kind === "edge" && selected.key === edge,
      isLater: isAfterCursor(timelineDates(attrs, view.timeBy), view.time),
      isUndated: view.undated === "dim" && undatedEdges.has(edge),
    };
    if (look.isLater || look.isUndated) fadedByTime.add(edge);
    if (look.isHidden || look.isDimmed || look.isEmphasised || look.isSelected || look.isLater || look.isUndated) edges.set(edge, look);
  });
  graph.forEachNode((node) => {
    // An entity fades with its relations: when it has some shown, and every one of them is faded by the timeline.
    let shownRelations = 0;
    let faded = 0;
    if (fadedByTime.size > 0) {
      graph.forEachEdge(node, (edge) => {
        if (edgeHidden(edge)) return;
        shownRelations++;
        if (fadedByTime.has(edge)) faded++;
      });
    }
    const look: NodeLook = {
      isHidden: hiddenNodes.has(node),
      isDimmed: focus !== null && !focus.nodes.has(node),
      isEmphasised: focus !== null && focus.nodes.has(node),
      isSelected: selected?.kind === "node" && selected.key === node,
      isLater: shownRelations > 0 && faded === shownRelations,
    };
    if (look.isHidden || look.isDimmed || look.isEmphasised || look.isSelected || look.isLater) nodes.set(node, look);
  });
  return { nodes, edges, hasFocus: focus !== null };
}

/** Keys whose look changed between two computations, with the look to apply (plain when it left the map). */
export function diffLooks<L>(before: Map<string, L>, after: Map<string, L>, plain: L): Map<string, L> {
  const changes = new Map<string, L>();
  const same = (a: L, b: L) => JSON.stringify(a) === JSON.stringify(b);
  for (const [key, look] of after) {
    const old = before.get(key);
    if (old === undefined || !same(old, look)) changes.set(key, look);
  }
  for (const key of before.keys()) if (!after.has(key)) changes.set(key, plain);
  return changes;
}
