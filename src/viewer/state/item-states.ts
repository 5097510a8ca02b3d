// App state -> per-item display states: the pure heart of highlight, filter, timeline and path display.
import type { KnowledgeGraph } from "../../graph/types.ts";
import { filterColumns, type FilterColumns } from "../filters/filter-columns.ts";
import { filtersHideNothing, filtersKey, hiddenByFilters } from "../filters/filters.ts";
import { isAfterCursor } from "../timeline/dates.ts";
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

/** What a hover, an open source, a path or the selection lights up: everything outside it is dimmed. */
export interface Focus {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** Bits of a base look: what filters and the timeline make of an item. */
const HIDDEN = 1;
const LATER = 2;
const UNDATED = 4;

/**
 * What filters and the timeline make of every entity and relation, as bits ({@link HIDDEN}, {@link LATER},
 * {@link UNDATED}) by index in the graph's filter columns: a filter or timeline change at 500,000
 * relations fills two typed arrays rather than maps of looks. The same object, by identity, for as long
 * as the graph and the view fields it depends on stay: a hover or a selection leaves it as it was.
 */
export interface BaseLooks {
  columns: FilterColumns;
  nodes: Uint8Array;
  edges: Uint8Array;
}

/**
 * Every item's look, stored so that its size follows the focus, not the graph: read an item's whole
 * look with {@link nodeLookOf} and {@link edgeLookOf}.
 */
export interface ItemStates {
  /** What filters and the timeline make of each item; null while they leave every item plain. */
  base: BaseLooks | null;
  /** What is lit up, or null when nothing is; the many items outside it are dimmed without being listed. */
  focus: Focus | null;
  /** The selected item, when the graph has it. */
  selected: Selection;
}

/** The states before any are shown: every item plain. */
export const NOTHING_SHOWN: ItemStates = { base: null, focus: null, selected: null };

/** Bits of a whole look beyond the base ones: what the focus and the selection make of an item. */
const DIMMED = 8;
const EMPHASISED = 16;
const SELECTED = 32;

/** A whole look's number from its parts; `inFocus` null when nothing is lit up. */
function codeOf(baseBits: number, inFocus: boolean | null, isSelected: boolean): number {
  return baseBits | (inFocus === null ? 0 : inFocus ? EMPHASISED : DIMMED) | (isSelected ? SELECTED : 0);
}

/**
 * An item's whole look as a number: its base bits, then the focus' and the selection's. Looks are few
 * and items many, so a change to 500,000 relations is grouped by this number, with one look object per
 * group.
 */
export function lookCode(states: ItemStates, kind: "node" | "edge", key: string): number {
  const { base, focus, selected } = states;
  const at = base === null ? undefined : (kind === "node" ? base.columns.nodeIndex : base.columns.edgeIndex).get(key);
  const baseBits = at === undefined ? 0 : (kind === "node" ? base!.nodes : base!.edges)[at]!;
  return codeOf(baseBits, focus === null ? null : (kind === "node" ? focus.nodes : focus.edges).has(key), selected?.kind === kind && selected.key === key);
}

/**
 * {@link lookCode} by index in `columns`, the columns of the states' graph, for a pass over many items:
 * the focus and the selection are marked by index once, so that no key is looked up per item.
 */
export function lookCodesByIndex(states: ItemStates, kind: "node" | "edge", columns: FilterColumns): (index: number) => number {
  const { base, focus, selected } = states;
  const indexOf = kind === "node" ? columns.nodeIndex : columns.edgeIndex;
  const baseBits = base === null ? null : kind === "node" ? base.nodes : base.edges;
  let inFocus: Uint8Array | null = null;
  if (focus !== null) {
    inFocus = new Uint8Array(indexOf.size);
    for (const key of kind === "node" ? focus.nodes : focus.edges) {
      const index = indexOf.get(key);
      if (index !== undefined) inFocus[index] = 1;
    }
  }
  const selectedAt = selected?.kind === kind ? (indexOf.get(selected.key) ?? -1) : -1;
  return (index) => codeOf(baseBits?.[index] ?? 0, inFocus === null ? null : inFocus[index] === 1, index === selectedAt);
}

/** The node look a {@link lookCode} stands for. */
export function nodeLookOfCode(code: number): NodeLook {
  return { isHidden: (code & HIDDEN) !== 0, isDimmed: (code & DIMMED) !== 0, isEmphasised: (code & EMPHASISED) !== 0, isSelected: (code & SELECTED) !== 0, isLater: (code & LATER) !== 0 };
}

/** The relation look a {@link lookCode} stands for. */
export function edgeLookOfCode(code: number): EdgeLook {
  return { ...nodeLookOfCode(code), isUndated: (code & UNDATED) !== 0 };
}

/** A node's whole look: what filters and the timeline make of it, then the focus and the selection. */
export function nodeLookOf(states: ItemStates, node: string): NodeLook {
  return nodeLookOfCode(lookCode(states, "node", node));
}

/** A relation's whole look: what filters and the timeline make of it, then the focus and the selection. */
export function edgeLookOf(states: ItemStates, edge: string): EdgeLook {
  return edgeLookOfCode(lookCode(states, "edge", edge));
}

/** The view fields the base looks depend on, as one comparable text. */
function baseLooksKey(view: ViewState): string {
  const { time, timeBy, undated } = view;
  return JSON.stringify([filtersKey(view), time, timeBy, undated]);
}

/**
 * Works out the base looks; the timeline's pass over every relation runs only when a cursor or an undated
 * mode is set. Null when they leave every item plain, which needs no pass at all (nor the filter columns,
 * which may still be in the making just after load).
 */
function computeBaseLooks(graph: KnowledgeGraph, view: ViewState): BaseLooks | null {
  if (filtersHideNothing(graph, view) && view.time === null && view.undated === "show") return null;
  const columns = filterColumns(graph);
  const { nodes, edges } = hiddenByFilters(graph, view);
  if (view.time === null && view.undated === "show") return { columns, nodes, edges };
  const cursor = view.time;
  const dimUndated = view.undated === "dim";
  const startOf = columns.edgeStart[view.timeBy];
  // An entity fades with its relations: when it has some shown, and every one of them is faded by the
  // timeline (dated after the cursor, or undated while undated ones are dimmed).
  const shown = new Uint32Array(nodes.length);
  const faded = new Uint32Array(nodes.length);
  for (let e = 0; e < edges.length; e++) {
    const start = startOf[e]!;
    if (start === null && view.undated === "hide") edges[e] = HIDDEN;
    if (edges[e] === HIDDEN) continue;
    if (isAfterCursor(start, cursor)) edges[e] = edges[e]! | LATER;
    if (dimUndated && start === null) edges[e] = edges[e]! | UNDATED;
    const source = columns.edgeSource[e]!;
    const target = columns.edgeTarget[e]!;
    shown[source] = shown[source]! + 1;
    shown[target] = shown[target]! + 1;
    if (edges[e] !== 0) {
      faded[source] = faded[source]! + 1;
      faded[target] = faded[target]! + 1;
    }
  }
  for (let n = 0; n < nodes.length; n++) if (nodes[n] === 0 && shown[n]! > 0 && faded[n] === shown[n]) nodes[n] = LATER;
  return { columns, nodes, edges };
}

const lastBaseLooks = new WeakMap<KnowledgeGraph, { key: string; looks: BaseLooks | null }>();

/** The base looks for this graph and view: worked out again only when a field they depend on changed. */
function baseLooks(graph: KnowledgeGraph, view: ViewState): BaseLooks | null {
  const key = baseLooksKey(view);
  const last = lastBaseLooks.get(graph);
  if (last?.key === key) return last.looks;
  const looks = computeBaseLooks(graph, view);
  lastBaseLooks.set(graph, { key, looks });
  return looks;
}

const lastSourceFocus = new WeakMap<KnowledgeGraph, { id: string; base: BaseLooks | null; focus: Focus }>();

/**
 * The shown relations a source is quoted on, and their ends. Finding them takes a pass over every
 * relation, so the last one is kept per graph while the source and the base looks stay: hovering
 * and selecting with a source open does not find them again.
 */
function sourceFocus(graph: KnowledgeGraph, id: string, base: BaseLooks | null): Focus {
  const last = lastSourceFocus.get(graph);
  if (last?.id === id && last.base === base) return last.focus;
  const focus = { nodes: new Set<string>(), edges: new Set<string>() };
  let index = 0;
  // forEachEdge walks the relations in the columns' order.
  graph.forEachEdge((edge, attrs, source, target) => {
    if ((base !== null && (base.edges[index++]! & HIDDEN) !== 0) || !attrs.evidence.some((e) => e.source === id)) return;
    focus.edges.add(edge);
    focus.nodes.add(source).add(target);
  });
  lastSourceFocus.set(graph, { id, base, focus });
  return focus;
}

function focusOf(graph: KnowledgeGraph, view: ViewState, transient: Transient, base: BaseLooks | null): Focus | null {
  const edgeShown = (edge: string) => {
    const index = base?.columns.edgeIndex.get(edge);
    return index === undefined || (base!.edges[index]! & HIDDEN) === 0;
  };
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
  if (view.source !== null && sources.some((s) => s.id === view.source!.id)) return sourceFocus(graph, view.source.id, base);
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
  const base = baseLooks(graph, view);
  const focus = focusOf(graph, view, transient, base);
  const selection = view.selection;
  const selectedExists = selection !== null && (selection.kind === "node" ? graph.hasNode(selection.key) : graph.hasEdge(selection.key));
  return { base, focus, selected: selectedExists ? selection : null };
}
