// The path queries callers use: shortest, all shortest, k shortest and all simple paths between two entities.
import type { KnowledgeGraph } from "../graph/types.ts";
import { didYouMean } from "../load/suggest.ts";
import { enumeratePaths } from "./enumerate.ts";
import { UnknownEntityError, QueryOptionError } from "./errors.ts";
import { resolvePathQueryOptions, validatePathQueryOptions, type PathQueryOptions } from "./options.ts";
import { pathKey, pathNodes, type Path } from "./path.ts";
import { searchShortest } from "./search.ts";
import { compileRules, NO_BOUND, type StepRules } from "./step-rules.ts";

/** How many paths the listing queries return at most, unless told otherwise: enough to read, not enough to hang. */
export const DEFAULT_PATH_LIMIT = 1000;

/** Hop limit of {@link allSimplePaths} when the options set none: simple paths multiply fast with length. */
export const DEFAULT_SIMPLE_PATH_HOPS = 4;

/** Checks that `entity` is a node id, suggesting close ids when it is not. */
export function assertEntity(graph: KnowledgeGraph, entity: string): void {
  if (typeof entity !== "string" || !graph.hasNode(entity)) {
    throw new UnknownEntityError(String(entity), didYouMean(String(entity), graph.nodes()));
  }
}

/** Resolves and validates options against the graph's ontology, and compiles them. */
export function prepareQuery(graph: KnowledgeGraph, partial: Partial<PathQueryOptions>): StepRules {
  const options = resolvePathQueryOptions(partial);
  validatePathQueryOptions(options, graph.getAttributes().ontology);
  return compileRules(options);
}

function prepare(graph: KnowledgeGraph, from: string, to: string, partial: Partial<PathQueryOptions>): StepRules {
  assertEntity(graph, from);
  assertEntity(graph, to);
  return prepareQuery(graph, partial);
}

const hopLimit = (rules: StepRules): number => rules.options.maxHops ?? Infinity;

/**
 * The shortest path from `from` to `to` (entity ids) that obeys the filters, or null when there is
 * none. Steps are counted, not weighted. See {@link whyNoPath} for what cut it off.
 */
export function shortestPath(graph: KnowledgeGraph, from: string, to: string, options: Partial<PathQueryOptions> = {}): Path | null {
  const rules = prepare(graph, from, to, options);
  return searchShortest(graph, from, to, rules, { maxHops: hopLimit(rules) });
}

/**
 * Every shortest path from `from` to `to` that obeys the filters (parallel relations give distinct
 * paths), at most `limit` of them, in a stable order. Empty when there is no path.
 */
export function allShortestPaths(
  graph: KnowledgeGraph,
  from: string,
  to: string,
  options: Partial<PathQueryOptions> = {},
  limit = DEFAULT_PATH_LIMIT,
): Path[] {
  const rules = prepare(graph, from, to, options);
  const shortest = searchShortest(graph, from, to, rules, { maxHops: hopLimit(rules) });
  if (shortest === null) return [];
  return enumeratePaths(graph, from, to, rules, shortest.steps.length, limit);
}

/**
 * Every simple path (no entity twice) from `from` to `to` of at most `maxHops` steps
 * (default {@link DEFAULT_SIMPLE_PATH_HOPS}) that obeys the filters, shortest first, at most `limit`.
 */
export function allSimplePaths(
  graph: KnowledgeGraph,
  from: string,
  to: string,
  options: Partial<PathQueryOptions> = {},
  limit = DEFAULT_PATH_LIMIT,
): Path[] {
  const rules = prepare(graph, from, to, { maxHops: DEFAULT_SIMPLE_PATH_HOPS, ...options });
  const paths = enumeratePaths(graph, from, to, rules, hopLimit(rules), limit);
  // Array.prototype.sort is stable: equal lengths keep the search's order.
  return paths.sort((a, b) => a.steps.length - b.steps.length);
}

function boundAfter(rules: StepRules, path: Path, steps: number): string {
  // Stryker disable next-line ConditionalExpression: without time order the search never compares bounds against dates, and every label it makes carries this start bound, so the bound changes nothing
  if (!rules.timeRespecting) return NO_BOUND;
  let bound = NO_BOUND;
  for (const step of path.steps.slice(0, steps)) {
    const lo = rules.lo(step);
    // Stryker disable next-line EqualityOperator: when lo equals bound the assignment changes nothing
    if (lo > bound) bound = lo;
  }
  return bound;
}

/**
 * The `k` shortest loopless paths from `from` to `to` that obey the filters, in order of length
 * (ties in a stable order), none repeated; fewer when fewer exist. Yen's algorithm over the typed
 * search, so each detour obeys the same filters, time order included.
 */
export function kShortestPaths(graph: KnowledgeGraph, from: string, to: string, k: number, options: Partial<PathQueryOptions> = {}): Path[] {
  if (!Number.isInteger(k) || k < 1) throw new QueryOptionError("k", `k must be a whole number >= 1, not ${JSON.stringify(k)}`);
  const rules = prepare(graph, from, to, options);
  const maxHops = hopLimit(rules);
  const first = searchShortest(graph, from, to, rules, { maxHops });
  if (first === null) return [];
  const found: Path[] = [first];
  // Stryker disable next-line ArrayDeclaration: no candidate can repeat the first path: each deviates from it at its spur, whose next relation on the first path is blocked
  const seen = new Set([pathKey(first)]);
  const candidates: Path[] = [];
  while (found.length < k) {
    const previous = found[found.length - 1]!;
    const nodes = pathNodes(previous);
    // Stryker disable next-line EqualityOperator: a spur at the last entity is the target itself, whose detour of no steps gives back the previous path, already seen
    for (let i = 0; i < previous.steps.length; i++) {
      const spur = nodes[i]!;
      const root = previous.steps.slice(0, i);
      const rootKey = root.map((s) => s.relation).join("|");
      const blockedEdges = new Set<string>();
      for (const path of found) {
        // Stryker disable next-line ConditionalExpression,EqualityOperator: a found path of i steps or fewer cannot share the i-step root: it would end at the spur, not at the target (unless relation ids held "|")
        if (path.steps.length > i && path.steps.slice(0, i).map((s) => s.relation).join("|") === rootKey) blockedEdges.add(path.steps[i]!.relation);
      }
      const blockedNodes = new Set(nodes.slice(0, i));
      const detour = searchShortest(graph, spur, to, rules, {
        blockedEdges,
        blockedNodes,
        startBound: boundAfter(rules, previous, i),
        maxHops: maxHops - i,
      });
      if (detour === null) continue;
      const candidate: Path = { from, to, steps: [...root, ...detour.steps] };
      const key = pathKey(candidate);
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push(candidate);
    }
    if (candidates.length === 0) break;
    let best = 0;
    for (let i = 1; i < candidates.length; i++) if (candidates[i]!.steps.length < candidates[best]!.steps.length) best = i;
    found.push(candidates.splice(best, 1)[0]!);
  }
  return found;
}
