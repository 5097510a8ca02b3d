// Which relations an entity's panel lists: its own, grouped by type, and those it is one of the items of.
import type { KnowledgeGraph } from "../../graph/types.ts";

/**
 * The entity's own relations (it is their source or target) by relation type id, types in ontology
 * order, then any type the ontology does not list; relations in graph order; empty types left out.
 */
export function relationsByType(graph: KnowledgeGraph, node: string): [string, string[]][] {
  const byType = new Map<string, string[]>();
  for (const type of graph.getAttribute("ontology").relationTypes) byType.set(type.id, []);
  graph.forEachEdge(node, (edge, attrs) => {
    if (!byType.has(attrs.type)) byType.set(attrs.type, []);
    byType.get(attrs.type)!.push(edge);
  });
  return [...byType].filter(([, edges]) => edges.length > 0);
}

/**
 * Relations that list the entity among their items (a drone supplied or used in an attack), in
 * graph order. A relation that also has the entity at one of its ends is listed here too: it is
 * involved both ways.
 */
export function relationsAsItem(graph: KnowledgeGraph, node: string): string[] {
  return graph.filterEdges((_edge, attrs) => attrs.items.includes(node));
}
