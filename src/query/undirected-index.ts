// Which undirected relations touch each entity, so a search following directions need not scan every in-edge to find them.
//
// Why: in "follow" mode a step may go against a relation only when its type is undirected, which is
// rare. Checking every in-edge of every entity reached for that doubled the cost of the typed search
// on the 500k-relation benchmark graph; this index, built once per graph, makes the check cost
// nothing where there is no undirected relation.
import type { KnowledgeGraph } from "../graph/types.ts";

const EMPTY: readonly string[] = Object.freeze([]);
const indexes = new WeakMap<KnowledgeGraph, Map<string, string[]>>();

/** Events after which the index may be stale. */
const INVALIDATING = ["edgeAdded", "edgeDropped", "nodeDropped", "cleared", "edgesCleared", "edgeAttributesUpdated"] as const;

function build(graph: KnowledgeGraph): Map<string, string[]> {
  const index = new Map<string, string[]>();
  const add = (node: string, edge: string): void => {
    const list = index.get(node);
    if (list) list.push(edge);
    else index.set(node, [edge]);
  };
  graph.forEachEdge((edge, attrs, source, target) => {
    if (attrs.directed) return;
    add(source, edge);
    if (target !== source) add(target, edge);
  });
  // The graph is normally built once and only read; if it is changed, rebuild on next use.
  const forget = (): void => {
    indexes.delete(graph);
    for (const event of INVALIDATING) graph.removeListener(event, forget);
  };
  for (const event of INVALIDATING) graph.on(event, forget);
  return index;
}

/** The undirected relations incident to `node` (either end), in the graph's edge order. */
export function undirectedEdgesAt(graph: KnowledgeGraph, node: string): readonly string[] {
  let index = indexes.get(graph);
  if (index === undefined) {
    index = build(graph);
    indexes.set(graph, index);
  }
  return index.get(node) ?? EMPTY;
}
