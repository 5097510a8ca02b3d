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

/** Per graph, the relations each entity is an item of: made once, as a search of every relation per selection would take seconds at 500,000. */
const ITEM_INDEX = new WeakMap<KnowledgeGraph, Map<string, string[]>>();

/**
 * Relations that list the entity among their items (a drone supplied or used in an attack), in
 * graph order. A relation that also has the entity at one of its ends is listed here too: it is
 * involved both ways. The viewer never changes a relation's items, so the index made on the first
 * call holds for the graph's life.
 */
export function relationsAsItem(graph: KnowledgeGraph, node: string): string[] {
  return itemIndex(graph).get(node) ?? [];
}

/** For each entity that is an item of some relation, those relations in graph order; made once per graph. */
export function itemIndex(graph: KnowledgeGraph): Map<string, string[]> {
  let index = ITEM_INDEX.get(graph);
  if (!index) {
    index = new Map();
    for (const { edge, attributes } of graph.edgeEntries()) {
      for (const item of new Set(attributes.items)) {
        const list = index.get(item);
        if (list) list.push(edge);
        else index.set(item, [edge]);
      }
    }
    ITEM_INDEX.set(graph, index);
  }
  return index;
}

/** Hands over a graph's item index made elsewhere (the load worker, from the same graph). */
export function primeItemIndex(graph: KnowledgeGraph, index: Map<string, string[]>): void {
  ITEM_INDEX.set(graph, index);
}
