// Lists every simple path up to a length, under the query's filters: the core of all-shortest and all-simple paths.
//
// Why not graphology-simple-path: it walks the raw graph in the edges' own direction, so it cannot
// skip relations by type, status or date, walk undirected relation types both ways, or keep steps in
// time order. This depth-first search does, and prunes with each entity's distance to the target so
// it never wanders further than the length allowed.
import type { KnowledgeGraph } from "../graph/types.ts";
import { makeStep, type Path } from "./path.ts";
import { forEachStep, NO_BOUND, type StepDirection, type StepRules } from "./step-rules.ts";

/**
 * Fewest steps from each entity to `target` under the filters, ignoring time order (so a lower
 * bound when time order is asked for), up to `limit` steps.
 */
export function distancesTo(graph: KnowledgeGraph, target: string, source: string, rules: StepRules, limit: number): Map<string, number> {
  const distance = new Map<string, number>([[target, 0]]);
  let fringe = [target];
  // Stryker disable next-line UpdateOperator: counting down only makes the distances smaller, so the walk below prunes less but still checks each path's length at the target and finds the same paths
  for (let depth = 1; depth <= limit && fringe.length > 0; depth++) {
    // Stryker disable next-line ArrayDeclaration: a stray id that is no entity has no relations, so expanding it adds nothing
    const next: string[] = [];
    for (const node of fringe) {
      forEachStep(graph, node, false, rules, (_edge, _attrs, neighbor, _direction, neighborType) => {
        if (distance.has(neighbor)) return;
        if (neighbor !== source && !rules.nodeAllowed(neighborType)) return;
        distance.set(neighbor, depth);
        // The source ends every path: no need to search past it.
        // Stryker disable next-line ConditionalExpression: searching past the source only gives distances to entities whose way to the target runs through the source, which a simple path from it cannot use
        if (neighbor !== source) next.push(neighbor);
      });
    }
    fringe = next;
  }
  return distance;
}

/**
 * Every simple path (no entity twice) from `source` to `target` of at most `maxLength` steps that
 * obeys the filters, in depth-first order of the graph's edges, stopping after `limit` paths.
 */
export function enumeratePaths(graph: KnowledgeGraph, source: string, target: string, rules: StepRules, maxLength: number, limit: number): Path[] {
  const paths: Path[] = [];
  if (source === target) return [{ from: source, to: target, steps: [] }];
  const distance = distancesTo(graph, target, source, rules, maxLength);
  // Stryker disable next-line ConditionalExpression: with the source out of reach every first step is pruned below, giving the same empty list
  if (!distance.has(source)) return paths;
  const onPath = new Set<string>([source]);
  const trail: { edge: string; direction: StepDirection }[] = [];

  const walk = (node: string, bound: string): void => {
    const depth = trail.length;
    forEachStep(graph, node, true, rules, (edge, attrs, neighbor, direction) => {
      // Stryker disable next-line BooleanLiteral: returning false only goes on visiting steps that all return here again
      if (paths.length >= limit) return true;
      if (onPath.has(neighbor)) return false;
      const left = distance.get(neighbor);
      if (left === undefined || depth + 1 + left > maxLength) return false;
      let next = bound;
      if (rules.timeRespecting) {
        if (rules.hi(attrs) < bound) return false;
        const lo = rules.lo(attrs);
        // Stryker disable next-line EqualityOperator: when lo equals next the assignment changes nothing
        if (lo > next) next = lo;
      }
      trail.push({ edge, direction });
      if (neighbor === target) {
        paths.push({ from: source, to: target, steps: trail.map((s) => makeStep(graph, s.edge, s.direction)) });
      } else {
        onPath.add(neighbor);
        walk(neighbor, next);
        onPath.delete(neighbor);
      }
      trail.pop();
      return false;
    });
  };
  walk(source, NO_BOUND);
  return paths;
}
