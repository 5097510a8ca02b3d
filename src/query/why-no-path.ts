// When no path is found, which filters cut it off: the query is re-run with each filter lifted in turn.
import type { KnowledgeGraph } from "../graph/types.ts";
import { PATH_FILTERS, type FilterName, type PathQueryOptions } from "./options.ts";
import { prepareQuery, assertEntity } from "./paths.ts";
import { searchShortest } from "./search.ts";

/** The answer of {@link whyNoPath}. */
export interface NoPathReason {
  /** Filters the query used. */
  active: FilterName[];
  /** Filters that, lifted on their own, let a path through (empty when the query itself finds one). */
  cutBy: FilterName[];
  /** Whether lifting all filters together lets a path through (false: not connected at all). */
  connectedWithoutFilters: boolean;
}

/**
 * Explains an empty answer (call it when a query found nothing): which active filters, each lifted alone, would give a path, and whether
 * the two entities are connected at all. Costs one search per active filter.
 */
export function whyNoPath(graph: KnowledgeGraph, from: string, to: string, options: Partial<PathQueryOptions> = {}): NoPathReason {
  assertEntity(graph, from);
  assertEntity(graph, to);
  const base = prepareQuery(graph, options).options;
  const found = (o: PathQueryOptions): boolean => {
    const rules = prepareQuery(graph, o);
    return searchShortest(graph, from, to, rules, { maxHops: o.maxHops ?? Infinity }) !== null;
  };
  const active = PATH_FILTERS.filter((f) => f.isActive(base));
  if (found(base)) return { active: active.map((f) => f.name), cutBy: [], connectedWithoutFilters: true };
  const cutBy = active.filter((f) => found(f.lift(base))).map((f) => f.name);
  const open = active.reduce((o, f) => f.lift(o), base);
  return { active: active.map((f) => f.name), cutBy, connectedWithoutFilters: cutBy.length > 0 || found(open) };
}
