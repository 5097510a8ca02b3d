// What the legend counts: how many entities and relations each entry stands for under the other filters now set.
import type { KnowledgeGraph } from "../../graph/types.ts";
import { STATUSES, type Status } from "../../model/status.ts";
import { DEFAULT_VIEW_STATE, type ViewState } from "../state/view-state.ts";
import { filterColumns } from "./filter-columns.ts";
import { EDGE_FILTER, filterPass, filtersReviewedItems } from "./filters.ts";

/** Sources beyond this many draw no wider, and share one legend entry: a claim in forty documents must not hide its neighbours. */
export const WIDEST_SOURCE_COUNT = 4;

/** Counts per legend entry. */
export interface LegendCounts {
  /** Entities per entity type (an entity type's own switch does not change its count). */
  entityTypes: Map<string, number>;
  /** Relations per relation type that the other filters let through. */
  relationTypes: Map<string, number>;
  /** Relations per stance that the other filters let through; a relation counts under each stance its documents take. */
  statuses: Map<Status, number>;
  /** Relations per number of sources (the widest bucket gathering all from it up) that the filters let through. */
  sourceCounts: Map<number, number>;
  /** Relations per exact number of sources that the filters other than "at least N sources" let through. */
  bySourceCount: Map<number, number>;
  /** Contested relations that the filters other than "contested only" let through. */
  contested: number;
}

/** How many relations "at least `n` sources" would show under the other filters. */
export function atLeastSources(counts: LegendCounts, n: number): number {
  let total = 0;
  for (const [sources, relations] of counts.bySourceCount) if (sources >= n) total += relations;
  return total;
}

/** The counts of a sparse array indexed by source count, as a map from each count present. */
function countsMap(counts: number[]): Map<number, number> {
  const map = new Map<number, number>();
  counts.forEach((relations, sources) => map.set(sources, relations));
  return map;
}

/**
 * Counts each legend entry under the filters set on the others: hiding a status or asking for two
 * sources changes the relation types' counts, while a type's own count stays what showing it would
 * give. A relation between entities whose type is hidden is not counted anywhere.
 */
export function legendCounts(graph: KnowledgeGraph, view: ViewState, widestSourceCount: number): LegendCounts {
  const columns = filterColumns(graph);
  const pass = filterPass(columns, view);
  const entityTypes = new Uint32Array(columns.entityTypes.length);
  for (const type of columns.nodeType) entityTypes[type]!++;
  const relationTypes = new Uint32Array(columns.relationTypes.length);
  const statuses = new Uint32Array(STATUSES.length);
  // Relations by source count, as arrays indexed by the count: a Map's lookups were a fifth of a pass over 500,000 relations.
  const sourceCounts: number[] = [];
  const bySourceCount: number[] = [];
  const add = (counts: number[], sources: number) => (counts[sources] = (counts[sources] ?? 0) + 1);
  let contested = 0;
  for (let e = 0; e < columns.edgeKeys.length; e++) {
    if (pass.nodes[columns.edgeSource[e]!] === 1 || pass.nodes[columns.edgeTarget[e]!] === 1) continue;
    // Each entry is counted under every filter but its own.
    const by = pass.edges[e]!;
    if ((by & ~EDGE_FILTER.type) === 0) relationTypes[columns.edgeType[e]!]!++;
    if ((by & ~EDGE_FILTER.status) === 0) for (let s = 0; s < STATUSES.length; s++) if (columns.edgeStances[e]! & (1 << s)) statuses[s]!++;
    const sources = columns.edgeSourceCount[e]!;
    if (by === 0) add(sourceCounts, Math.min(Math.max(sources, 1), widestSourceCount));
    if ((by & ~EDGE_FILTER.sources) === 0) add(bySourceCount, sources);
    if (columns.edgeContested[e] === 1 && (by & ~EDGE_FILTER.contested) === 0) contested++;
  }
  const named = <K>(names: readonly K[], counts: Uint32Array, keepZero: boolean) => new Map(names.map((name, i) => [name, counts[i]!] as const).filter(([, n]) => keepZero || n > 0));
  return {
    entityTypes: named(columns.entityTypes, entityTypes, true),
    relationTypes: named(columns.relationTypes, relationTypes, false),
    statuses: named(STATUSES, statuses, false),
    sourceCounts: countsMap(sourceCounts),
    bySourceCount: countsMap(bySourceCount),
    contested,
  };
}

/** Per graph, its counts with no filter set: what the legend shows on most page loads. */
const UNFILTERED = new WeakMap<KnowledgeGraph, LegendCounts>();

/** True when no filter the counts depend on is set: none of reviewed items, and proposals as a fresh page has them. */
function unfiltered(view: ViewState): boolean {
  return !filtersReviewedItems(view) && view.proposals === DEFAULT_VIEW_STATE.proposals;
}

/**
 * {@link legendCounts} for the legend: with no filter set, worked out once per graph (or given by
 * {@link primeUnfilteredCounts}), since at 500,000 relations a count takes over a second.
 */
export function countsFor(graph: KnowledgeGraph, view: ViewState): LegendCounts {
  if (!unfiltered(view)) return legendCounts(graph, view, WIDEST_SOURCE_COUNT);
  let counts = UNFILTERED.get(graph);
  if (!counts) UNFILTERED.set(graph, (counts = legendCounts(graph, DEFAULT_VIEW_STATE, WIDEST_SOURCE_COUNT)));
  return counts;
}

/** Hands over a graph's unfiltered counts worked out elsewhere (the load worker, from the same graph). */
export function primeUnfilteredCounts(graph: KnowledgeGraph, counts: LegendCounts): void {
  UNFILTERED.set(graph, counts);
}
