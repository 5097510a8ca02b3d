// App state -> per-item display states: the pure heart of highlight, filter, timeline and path display.
import type { KnowledgeGraph } from "../../graph/types.ts";
import { filteredItems } from "../filters/filters.ts";
import { isAfterCursor, relationStart, timelineDates } from "../timeline/dates.ts";
import type { Selection, ViewState } from "./view-state.ts";

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

/** The part of a node's look that filters and the timeline decide. */
export type NodeBaseLook = Pick<NodeLook, "isHidden" | "isLater">;
/** The part of a relation's look that filters and the timeline decide. */
export type EdgeBaseLook = Pick<EdgeLook, "isHidden" | "isLater" | "isUndated">;

/** What a hover, an open source, a path or the selection lights up: everything outside it is dimmed. */
export interface Focus {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/**
 * Every item's look, stored so that its size follows what is filtered, faded and focused, not the
 * graph: read an item's whole look with {@link nodeLookOf} and {@link edgeLookOf}.
 */
export interface ItemStates {
  /**
   * Only the nodes filters or the timeline touch. The same map, by identity, for as long as the
   * graph and the view fields it depends on stay: a hover or a selection leaves it as it was.
   */
  nodes: ReadonlyMap<string, NodeBaseLook>;
  /** Only the relations filters or the timeline touch; shared like {@link ItemStates.nodes}. */
  edges: ReadonlyMap<string, EdgeBaseLook>;
  /** What is lit up, or null when nothing is; the many items outside it are dimmed without being listed. */
  focus: Focus | null;
  /** The selected item, when the graph has it. */
  selected: Selection;
}

/** What the focus and the selection make of an item's look, the same for nodes and relations. */
function focusLook(states: ItemStates, kind: "node" | "edge", key: string): Pick<NodeLook, "isDimmed" | "isEmphasised" | "isSelected"> {
  const focus = states.focus;
  const inFocus = focus !== null && (kind === "node" ? focus.nodes : focus.edges).has(key);
  return { isDimmed: focus !== null && !inFocus, isEmphasised: inFocus, isSelected: states.selected?.kind === kind && states.selected.key === key };
}

/** A node's whole look: what filters and the timeline make of it, then the focus and the selection. */
export function nodeLookOf(states: ItemStates, node: string): NodeLook {
  const base = states.nodes.get(node) ?? PLAIN_NODE;
  return { isHidden: base.isHidden, isLater: base.isLater, ...focusLook(states, "node", node) };
}

/** A relation's whole look: what filters and the timeline make of it, then the focus and the selection. */
export function edgeLookOf(states: ItemStates, edge: string): EdgeLook {
  const base = states.edges.get(edge) ?? PLAIN_EDGE;
  return { isHidden: base.isHidden, isLater: base.isLater, isUndated: base.isUndated, ...focusLook(states, "edge", edge) };
}

interface BaseLooks {
  nodes: Map<string, NodeBaseLook>;
  edges: Map<string, EdgeBaseLook>;
}

/** The view fields the base looks depend on, as one comparable text. */
function baseLooksKey(view: ViewState): string {
  const { hiddenEntityTypes, hiddenRelationTypes, hiddenStatuses, minSources, contestedOnly, proposals, time, timeBy, undated } = view;
  return JSON.stringify([hiddenEntityTypes, hiddenRelationTypes, hiddenStatuses, minSources, contestedOnly, proposals, time, timeBy, undated]);
}

/** Works out the base looks; the timeline's pass over every relation runs only when a cursor or an undated mode is set. */
function computeBaseLooks(graph: KnowledgeGraph, view: ViewState): BaseLooks {
  const hidden = filteredItems(graph, view);
  const later = new Set<string>();
  const undated = new Set<string>();
  if (view.time !== null || view.undated !== "show") {
    graph.forEachEdge((edge, attrs) => {
      const dates = timelineDates(attrs, view.timeBy);
      if (isAfterCursor(dates, view.time)) later.add(edge);
      if (view.undated !== "show" && relationStart(dates) === null) undated.add(edge);
    });
  }
  if (view.undated === "hide") for (const edge of undated) hidden.edges.add(edge);
  const dimUndated = view.undated === "dim";

  const edges = new Map<string, EdgeBaseLook>();
  // A relation is faded by the timeline when dated after the cursor, or undated while undated ones are dimmed.
  const fadedByTime = dimUndated ? new Set([...later, ...undated]) : later;
  for (const edge of new Set([...hidden.edges, ...fadedByTime])) {
    edges.set(edge, { isHidden: hidden.edges.has(edge), isLater: later.has(edge), isUndated: dimUndated && undated.has(edge) });
  }

  const nodes = new Map<string, NodeBaseLook>();
  for (const node of hidden.nodes) nodes.set(node, { isHidden: true, isLater: false });
  // An entity fades with its relations: when it has some shown, and every one of them is faded by the
  // timeline. Only the ends of a faded relation can be such an entity.
  const checked = new Set<string>();
  for (const edge of fadedByTime) {
    if (hidden.edges.has(edge)) continue;
    for (const node of graph.extremities(edge)) {
      if (checked.has(node)) continue;
      checked.add(node);
      if (graph.everyEdge(node, (relation) => hidden.edges.has(relation) || fadedByTime.has(relation))) nodes.set(node, { isHidden: false, isLater: true });
    }
  }
  return { nodes, edges };
}

const lastBaseLooks = new WeakMap<KnowledgeGraph, { key: string; looks: BaseLooks }>();

/** The base looks for this graph and view: worked out again only when a field they depend on changed. */
function baseLooks(graph: KnowledgeGraph, view: ViewState): BaseLooks {
  const key = baseLooksKey(view);
  const last = lastBaseLooks.get(graph);
  if (last?.key === key) return last.looks;
  const looks = computeBaseLooks(graph, view);
  lastBaseLooks.set(graph, { key, looks });
  return looks;
}

const lastSourceFocus = new WeakMap<KnowledgeGraph, { id: string; baseEdges: ReadonlyMap<string, EdgeBaseLook>; focus: Focus }>();

/**
 * The shown relations a source is quoted on, and their ends. Finding them takes a pass over every
 * relation, so the last one is kept per graph while the source and the base looks stay: hovering
 * and selecting with a source open does not find them again.
 */
function sourceFocus(graph: KnowledgeGraph, id: string, baseEdges: ReadonlyMap<string, EdgeBaseLook>): Focus {
  const last = lastSourceFocus.get(graph);
  if (last?.id === id && last.baseEdges === baseEdges) return last.focus;
  const focus = { nodes: new Set<string>(), edges: new Set<string>() };
  graph.forEachEdge((edge, attrs, source, target) => {
    if (baseEdges.get(edge)?.isHidden || !attrs.evidence.some((e) => e.source === id)) return;
    focus.edges.add(edge);
    focus.nodes.add(source).add(target);
  });
  lastSourceFocus.set(graph, { id, baseEdges, focus });
  return focus;
}

function focusOf(graph: KnowledgeGraph, view: ViewState, transient: Transient, baseEdges: ReadonlyMap<string, EdgeBaseLook>): Focus | null {
  const edgeShown = (edge: string) => baseEdges.get(edge)?.isHidden !== true;
  const around = (node: string): Focus => {
    const focus = { nodes: new Set([node]), edges: new Set<string>() };
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
  if (view.source !== null && sources.some((s) => s.id === view.source!.id)) return sourceFocus(graph, view.source.id, baseEdges);
  if (transient.pathEdges !== null) {
    const focus = { nodes: new Set<string>(), edges: new Set<string>() };
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
  const { nodes, edges } = baseLooks(graph, view);
  const focus = focusOf(graph, view, transient, edges);
  const selection = view.selection;
  const selectedExists = selection !== null && (selection.kind === "node" ? graph.hasNode(selection.key) : graph.hasEdge(selection.key));
  return { nodes, edges, focus, selected: selectedExists ? selection : null };
}
