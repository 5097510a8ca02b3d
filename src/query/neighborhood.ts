// The entities within a few steps of one entity, and the relations among them, as a subgraph.
import { subgraph } from "graphology-operators";
import type { KnowledgeGraph } from "../graph/types.ts";
import { itemRelationsOf } from "./adjacency.ts";
import { QueryOptionError } from "./errors.ts";
import type { PathQueryOptions } from "./options.ts";
import { assertEntity, prepareQuery } from "./paths.ts";
import { forEachStep, NO_BOUND, stepRelationOf } from "./step-rules.ts";

/** What {@link neighborhood} returns. */
export interface Neighborhood {
  center: string;
  hops: number;
  /** The entities reached and the relations among them that pass the filters; attributes as in the graph. */
  graph: KnowledgeGraph;
  /** Fewest steps from the center to each entity of `graph`, the center at 0. */
  distance: Record<string, number>;
  /**
   * Ids of the relations (edges of the graph queried) that list the center among their `items` and
   * pass the relation filters, in the graph's order: the strikes a drone was used in, the supplies it
   * was part of. Their ends are not reached through them (an item is not an end), so they are not
   * in `graph` unless reached otherwise.
   */
  asItem: string[];
}

/**
 * Everything reachable from `entity` in at most `hops` steps under the filters (time order included),
 * as a subgraph of the entities reached and the relations among them that pass the filters.
 * `maxHops` in the options is ignored: `hops` says how far to go. The relations that list the entity
 * as an item come in `asItem`, under the same relation filters.
 */
export function neighborhood(graph: KnowledgeGraph, entity: string, hops: number, options: Partial<PathQueryOptions> = {}): Neighborhood {
  assertEntity(graph, entity);
  if (!Number.isInteger(hops) || hops < 0) throw new QueryOptionError("hops", `hops must be a whole number >= 0, not ${JSON.stringify(hops)}`);
  const rules = prepareQuery(graph, { ...options, maxHops: null });
  const distance: Record<string, number> = { [entity]: 0 };
  // Under time order an entity may be worth reaching again later with an earlier bound; keep the best bound.
  // Stryker disable next-line ArrayDeclaration: without this entry the center is only pushed again at depth 2, and everything reached from there was already reached at depth 1 with bounds as early
  const bestBound = new Map<string, string>([[entity, NO_BOUND]]);
  let fringe: { node: string; bound: string }[] = [{ node: entity, bound: NO_BOUND }];
  for (let depth = 1; depth <= hops && fringe.length > 0; depth++) {
    // Stryker disable next-line ArrayDeclaration: a stray entry has no node, so expanding it visits nothing (adjacencyOf gives no relations for an unknown id)
    const next: { node: string; bound: string }[] = [];
    for (const { node, bound } of fringe) {
      forEachStep(graph, node, true, rules, (_edge, attrs, neighbor, _direction, neighborType) => {
        if (
          !rules.nodeAllowed(neighborType) &&
          // Stryker disable next-line ConditionalExpression: the center is in bestBound at NO_BOUND, the earliest bound, so a step back into it is dropped below anyway
          neighbor !== entity
        )
          return;
        let nextBound = bound;
        if (rules.timeRespecting) {
          if (rules.hi(attrs) < bound) return;
          const lo = rules.lo(attrs);
          // Stryker disable next-line EqualityOperator: when lo equals nextBound the assignment changes nothing
          if (lo > nextBound) nextBound = lo;
        }
        const known = bestBound.get(neighbor);
        if (known !== undefined && known <= nextBound) return;
        bestBound.set(neighbor, nextBound);
        if (!(neighbor in distance)) distance[neighbor] = depth;
        next.push({ node: neighbor, bound: nextBound });
      });
    }
    fringe = next;
  }
  const result = subgraph(graph, new Set(Object.keys(distance))) as KnowledgeGraph;
  // subgraph keeps every relation among the entities; drop those the filters do not allow.
  for (const edge of result.filterEdges((_e, attrs) => !rules.edgeAllowed(stepRelationOf(attrs)))) result.dropEdge(edge);
  const ordered: Record<string, number> = {};
  result.forEachNode((node) => (ordered[node] = distance[node]!));
  // A relation that has the entity at an end as well as among its items is one of its walked relations, not listed twice.
  const asItem = itemRelationsOf(graph, entity).filter(
    (edge) => graph.source(edge) !== entity && graph.target(edge) !== entity && rules.edgeAllowed(stepRelationOf(graph.getEdgeAttributes(edge))),
  );
  return { center: entity, hops, graph: result, distance: ordered, asItem };
}
