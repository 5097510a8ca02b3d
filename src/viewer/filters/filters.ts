// The legend's filters: which entities and relations they hide, worked out over the graph's filter columns.
import type { KnowledgeGraph } from "../../graph/types.ts";
import { graphFacts, type GraphFacts } from "../corpus/graph-facts.ts";
import { filterColumns, stanceBit, type FilterColumns } from "./filter-columns.ts";
import type { ViewState } from "../state/view-state.ts";

type Filters = Pick<ViewState, "hiddenEntityTypes" | "hiddenRelationTypes" | "hiddenStatuses" | "minSources" | "contestedOnly" | "proposals">;

/** The filters set, as masks over a graph's {@link FilterColumns}. */
interface CompiledFilters {
  /** 1 per hidden entity type, by type number. */
  entityHidden: Uint8Array;
  /** 1 per hidden relation type, by type number. */
  typeHidden: Uint8Array;
  /** The hidden stances' bits (see stanceBit). */
  statusBits: number;
  minSources: number;
  contestedOnly: boolean;
  proposals: boolean;
}

/** Turns the view's filters into masks over the graph's type numbers and stance bits. */
function compileFilters(columns: FilterColumns, filters: Filters): CompiledFilters {
  const mask = (names: readonly string[], hidden: readonly string[]) => Uint8Array.from(names, (name) => (hidden.includes(name) ? 1 : 0));
  return {
    entityHidden: mask(columns.entityTypes, filters.hiddenEntityTypes),
    typeHidden: mask(columns.relationTypes, filters.hiddenRelationTypes),
    statusBits: filters.hiddenStatuses.reduce((bits, status) => bits | stanceBit(status), 0),
    minSources: filters.minSources,
    contestedOnly: filters.contestedOnly,
    proposals: filters.proposals,
  };
}

/** True when entity `n` (a node index) has its type switched off, or is an unreviewed proposal and proposals are not shown. */
function isNodeFiltered(columns: FilterColumns, f: CompiledFilters, n: number): boolean {
  return f.entityHidden[columns.nodeType[n]!] === 1 || (columns.nodeProposed[n] === 1 && !f.proposals);
}

/** The relation filters, one bit each: the legend counts each entry under all filters but its own. */
export const EDGE_FILTER = { proposal: 1, type: 2, status: 4, sources: 8, contested: 16 } as const;

/**
 * Which filters hide relation `e` (an edge index), as {@link EDGE_FILTER} bits; 0 when none does. A
 * relation is hidden when its type is switched off, every stance its documents take is switched off (a
 * claim reported by one and denied by another stays while "reported" or "denied" shows), it has fewer
 * sources than asked for, only contested claims are shown and it is not one, or it is an unreviewed
 * proposal and proposals are not shown. Its ends are checked separately.
 */
function edgeFilters(columns: FilterColumns, f: CompiledFilters, e: number): number {
  return (
    (columns.edgeProposed[e] === 1 && !f.proposals ? EDGE_FILTER.proposal : 0) |
    (f.typeHidden[columns.edgeType[e]!] === 1 ? EDGE_FILTER.type : 0) |
    (f.statusBits !== 0 && (columns.edgeStances[e]! & ~f.statusBits) === 0 ? EDGE_FILTER.status : 0) |
    (columns.edgeSourceCount[e]! < f.minSources ? EDGE_FILTER.sources : 0) |
    (f.contestedOnly && columns.edgeContested[e] === 0 ? EDGE_FILTER.contested : 0)
  );
}

/**
 * True when a filter other than hiding proposals is set: only then can a reviewed entity or relation
 * be filtered, and every one has to be checked. The clauses of {@link isNodeFiltered} and
 * {@link edgeFilters} that do not read `review`, each reduced to whether it can hold for any item.
 */
export function filtersReviewedItems(filters: Filters): boolean {
  return (
    filters.hiddenEntityTypes.length > 0 || filters.hiddenRelationTypes.length > 0 || filters.hiddenStatuses.length > 0 || filters.minSources > 0 || filters.contestedOnly
  );
}

/** The entities and relations of a graph that `actorgraph extract` proposed and no one has reviewed. */
export type ProposedItems = GraphFacts["proposed"];

/** The graph's proposed entities and relations, listed once per graph (see {@link graphFacts}). */
export function proposedItems(graph: KnowledgeGraph): ProposedItems {
  return graphFacts(graph).proposed;
}

/** 1 for each entity (by node index) that {@link isNodeFiltered} hides. */
function hiddenNodes(columns: FilterColumns, f: CompiledFilters): Uint8Array {
  const hidden = new Uint8Array(columns.nodeKeys.length);
  for (let n = 0; n < hidden.length; n++) if (isNodeFiltered(columns, f, n)) hidden[n] = 1;
  return hidden;
}

/** What the filters make of every item, by index in the graph's {@link FilterColumns}. */
export interface FilterPass {
  /** 1 for each entity {@link isNodeFiltered} hides. */
  nodes: Uint8Array;
  /** Which filters hide each relation, as {@link edgeFilters} gives them (its ends not checked). */
  edges: Uint8Array;
}

const LAST_PASS = new WeakMap<FilterColumns, { key: string; pass: FilterPass }>();

/** The filters set, as one comparable text. */
export function filtersKey(filters: Filters): string {
  const { hiddenEntityTypes, hiddenRelationTypes, hiddenStatuses, minSources, contestedOnly, proposals } = filters;
  return JSON.stringify([hiddenEntityTypes, hiddenRelationTypes, hiddenStatuses, minSources, contestedOnly, proposals]);
}

/**
 * Runs the filters over every entity and relation, once per graph and set of filters: the legend's counts
 * and the items' looks both need it after a filter change, and at 500,000 relations a pass takes some 30 ms.
 */
export function filterPass(columns: FilterColumns, filters: Filters): FilterPass {
  const key = filtersKey(filters);
  const last = LAST_PASS.get(columns);
  if (last?.key === key) return last.pass;
  const f = compileFilters(columns, filters);
  const edges = new Uint8Array(columns.edgeKeys.length);
  for (let e = 0; e < edges.length; e++) edges[e] = edgeFilters(columns, f, e);
  const pass = { nodes: hiddenNodes(columns, f), edges };
  LAST_PASS.set(columns, { key, pass });
  return pass;
}

/**
 * True when the filters hide nothing in this graph, which needs no pass over it: no reviewed item can be
 * filtered, and proposals are shown or the graph has none.
 */
export function filtersHideNothing(graph: KnowledgeGraph, filters: Filters): boolean {
  if (filtersReviewedItems(filters)) return false;
  if (filters.proposals) return true;
  const proposed = proposedItems(graph);
  return proposed.nodes.length === 0 && proposed.edges.length === 0;
}

/** Which entities and relations the filters hide, by index in the graph's {@link FilterColumns}: 1 for hidden. */
export interface HiddenItems {
  nodes: Uint8Array;
  edges: Uint8Array;
}

/**
 * The entities and relations the filters hide: a relation also when an end is hidden. Only a filter of
 * reviewed items needs a pass over the graph (over its columns); hiding proposals alone hides the few
 * proposed items and the relations of proposed entities.
 */
export function hiddenByFilters(graph: KnowledgeGraph, filters: Filters): HiddenItems {
  const columns = filterColumns(graph);
  const edges = new Uint8Array(columns.edgeKeys.length);
  if (filtersHideNothing(graph, filters)) return { nodes: new Uint8Array(columns.nodeKeys.length), edges };
  if (filtersReviewedItems(filters)) {
    const pass = filterPass(columns, filters);
    const nodes = pass.nodes.slice();
    for (let e = 0; e < edges.length; e++) {
      edges[e] = nodes[columns.edgeSource[e]!] === 1 || nodes[columns.edgeTarget[e]!] === 1 || pass.edges[e] !== 0 ? 1 : 0;
    }
    return { nodes, edges };
  }
  const nodes = new Uint8Array(columns.nodeKeys.length);
  const proposed = proposedItems(graph);
  for (const node of proposed.nodes) {
    nodes[columns.nodeIndex.get(node)!] = 1;
    graph.forEachEdge(node, (edge) => (edges[columns.edgeIndex.get(edge)!] = 1));
  }
  for (const edge of proposed.edges) edges[columns.edgeIndex.get(edge)!] = 1;
  return { nodes, edges };
}

/** Counts per value of `key`, for the legend ("Weapon 11"). */
export function countBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}
