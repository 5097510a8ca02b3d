// The legend's filters as pure predicates over node and edge attributes.
import type { KnowledgeGraph } from "../../graph/types.ts";
import { graphFacts, type GraphFacts } from "../corpus/graph-facts.ts";
import { stancesTaken, type StancedEdge } from "../corpus/stances.ts";
import type { ViewState } from "../state/view-state.ts";

/** The attributes the filters read; graph nodes and edges carry more. */
export interface FilterableNode {
  type: string;
  /** Set on what `actorgraph extract` proposed and no one has reviewed yet. */
  review?: "proposed";
}

/** The attributes the filters read from a relation. */
export interface FilterableEdge extends StancedEdge {
  type: string;
  /** Distinct source documents among its evidence. */
  sourceCount: number;
  /** Some of its documents deny what others report or confirm. */
  contested: boolean;
  review?: "proposed";
}

type Filters = Pick<ViewState, "hiddenEntityTypes" | "hiddenRelationTypes" | "hiddenStatuses" | "minSources" | "contestedOnly" | "proposals">;

/** True when the entity's type is switched off in the legend, or it is an unreviewed proposal and proposals are not shown. */
export function isNodeFiltered(node: FilterableNode, filters: Filters): boolean {
  return filters.hiddenEntityTypes.includes(node.type) || (node.review === "proposed" && !filters.proposals);
}

/**
 * True when the relation's type is switched off, every stance its documents take is switched off
 * (a claim reported by one and denied by another stays while "reported" or "denied" shows), it has
 * fewer sources than asked for, only contested claims are shown and it is not one, or it is an
 * unreviewed proposal and proposals are not shown. Its endpoints are checked separately.
 */
export function isEdgeFiltered(edge: FilterableEdge, filters: Filters): boolean {
  return (
    (edge.review === "proposed" && !filters.proposals) ||
    filters.hiddenRelationTypes.includes(edge.type) ||
    (filters.hiddenStatuses.length > 0 && stancesTaken(edge).every((s) => filters.hiddenStatuses.includes(s))) ||
    edge.sourceCount < filters.minSources ||
    (filters.contestedOnly && !edge.contested)
  );
}

/**
 * True when a filter other than hiding proposals is set: only then can a reviewed entity or relation
 * be filtered, and every one has to be checked. The clauses of {@link isNodeFiltered} and
 * {@link isEdgeFiltered} that do not read `review`, each reduced to whether it can hold for any item.
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

/** Counts per value of `key`, for the legend ("Weapon 11"). */
export function countBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}
