// Graph -> graphology's own JSON serialization, produced in chunks so large graphs never become one string.
import type { KnowledgeGraph } from "../graph/types.ts";

/**
 * Yields graphology's serialization (`{attributes, options, nodes, edges}`) piece by piece:
 * one node or edge per line, so the file diffs well and streams at any size.
 */
export function* graphJsonChunks(graph: KnowledgeGraph): Generator<string> {
  const serialized = { attributes: graph.getAttributes(), options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops } };
  yield `{"attributes":${JSON.stringify(serialized.attributes)},\n"options":${JSON.stringify(serialized.options)},\n"nodes":[`;
  let first = true;
  for (const { node, attributes } of graph.nodeEntries()) {
    yield `${first ? "\n" : ",\n"}${JSON.stringify({ key: node, attributes })}`;
    first = false;
  }
  yield "\n],\n\"edges\":[";
  first = true;
  for (const { edge, source, target, attributes } of graph.edgeEntries()) {
    yield `${first ? "\n" : ",\n"}${JSON.stringify({ key: edge, source, target, attributes })}`;
    first = false;
  }
  yield "\n]}\n";
}

/** The whole serialization as one string: convenient for small graphs and tests. */
export function graphToJson(graph: KnowledgeGraph): string {
  return [...graphJsonChunks(graph)].join("");
}
