// When no path is found, which filters cut it off: the query is re-run with each filter lifted in turn.
import type { KnowledgeGraph } from "../graph/types.ts";
import { describeFilters, PATH_FILTERS, type FilterName, type PathQueryOptions } from "./options.ts";
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

/** A "no path" answer in words, the same for every front end; each says how to lift a filter in its own terms. */
export interface NoPathExplanation {
  /** "No path from Vienna to Odesa with these filters." */
  headline: string;
  /** The filters in force, in words. */
  filters: string[];
  /** Each filter that, lifted on its own, lets a path through: the filter in words, and how to lift it. */
  liftOne: { filter: string; how: string }[];
  /** When no single filter is to blame: what is. */
  otherwise?: string;
}

/** Introduces {@link NoPathExplanation.liftOne}. */
export const LIFT_ONE_INTRO = "Lifted on its own, each of these filters lets a path through:";

/**
 * Puts {@link whyNoPath}'s answer into words, with entity labels; `howToLift` says how a front end
 * lifts a filter (a CLI flag, a checkbox).
 */
export function explainNoPath(
  graph: KnowledgeGraph,
  from: string,
  to: string,
  options: PathQueryOptions,
  reason: NoPathReason,
  howToLift: (filter: FilterName) => string,
): NoPathExplanation {
  const a = graph.getNodeAttribute(from, "label");
  const b = graph.getNodeAttribute(to, "label");
  const liftOne = reason.cutBy.map((name) => ({ filter: PATH_FILTERS.find((f) => f.name === name)!.describe(options), how: howToLift(name) }));
  const explanation: NoPathExplanation = { headline: `No path from ${a} to ${b} with these filters.`, filters: describeFilters(options), liftOne };
  if (liftOne.length > 0) return explanation;
  explanation.otherwise = reason.connectedWithoutFilters
    ? "No single filter is to blame: only lifting several of them together lets a path through."
    : `${a} and ${b} are not connected in this graph, whatever the filters.`;
  return explanation;
}
