// The legend's filters as pure predicates over node and edge attributes.
import type { ViewState } from "../state/view-state.ts";

/** The attributes the filters read; graph nodes and edges carry more. */
export interface FilterableNode {
  type: string;
}

/** The attributes the filters read from a relation. */
export interface FilterableEdge {
  type: string;
  status: string;
}

type Filters = Pick<ViewState, "hiddenEntityTypes" | "hiddenRelationTypes" | "hiddenStatuses">;

/** True when the entity's type is switched off in the legend. */
export function isNodeFiltered(node: FilterableNode, filters: Filters): boolean {
  return filters.hiddenEntityTypes.includes(node.type);
}

/** True when the relation's own type or status is switched off (its endpoints are checked separately). */
export function isEdgeFiltered(edge: FilterableEdge, filters: Filters): boolean {
  return filters.hiddenRelationTypes.includes(edge.type) || (filters.hiddenStatuses as string[]).includes(edge.status);
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
