// What the legend counts: how many entities and relations each entry stands for under the other filters now set.
import type { KnowledgeGraph } from "../../graph/types.ts";
import type { Status } from "../../model/status.ts";
import { stancesTaken } from "../corpus/stances.ts";
import { DEFAULT_VIEW_STATE, type ViewState } from "../state/view-state.ts";
import { filtersReviewedItems, isEdgeFiltered, isNodeFiltered } from "./filters.ts";

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

/**
 * Counts each legend entry under the filters set on the others: hiding a status or asking for two
 * sources changes the relation types' counts, while a type's own count stays what showing it would
 * give. A relation between entities whose type is hidden is not counted anywhere.
 */
export function legendCounts(graph: KnowledgeGraph, view: ViewState, widestSourceCount: number): LegendCounts {
  const counts: LegendCounts = { entityTypes: new Map(), relationTypes: new Map(), statuses: new Map(), sourceCounts: new Map(), bySourceCount: new Map(), contested: 0 };
  const add = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  graph.forEachNode((_node, attrs) => add(counts.entityTypes, attrs.type));
  const noTypes = { ...view, hiddenRelationTypes: [] };
  const noStatuses = { ...view, hiddenStatuses: [] };
  const anySources = { ...view, minSources: 0 };
  const notOnlyContested = { ...view, contestedOnly: false };
  graph.forEachEdge((_edge, attrs, _source, _target, sourceAttrs, targetAttrs) => {
    if (isNodeFiltered(sourceAttrs, view) || isNodeFiltered(targetAttrs, view)) return;
    if (!isEdgeFiltered(attrs, noTypes)) add(counts.relationTypes, attrs.type);
    if (!isEdgeFiltered(attrs, noStatuses)) for (const stance of stancesTaken(attrs)) add(counts.statuses, stance);
    if (!isEdgeFiltered(attrs, view)) add(counts.sourceCounts, Math.min(Math.max(attrs.sourceCount, 1), widestSourceCount));
    if (!isEdgeFiltered(attrs, anySources)) add(counts.bySourceCount, attrs.sourceCount);
    if (attrs.contested && !isEdgeFiltered(attrs, notOnlyContested)) counts.contested++;
  });
  return counts;
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
