// Each entity's relations as plain arrays, built once per graph, for the searches' inner loop.
//
// Why not graphology's forEachOutEdge / forEachInEdge: profiling the typed search on the generated
// 100k-entity / 500k-relation graph showed over half its time inside graphology's per-edge callback
// iteration (multi-edge lists, six arguments per call), which kept it several times slower than
// graphology-shortest-path's neighbour-only BFS. Each entity's arrays are built on first visit; after
// that a step costs an array read. The index is dropped whenever the graph changes.
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../graph/types.ts";
import type { StepRelation } from "./step-rules.ts";

/**
 * A relation seen from one of its ends, with the few attributes filters read copied in, so that
 * checking a step reads one small object instead of the relation's and entity's attribute objects.
 */
export interface Incidence extends StepRelation {
  edge: string;
  /** The entity at the other end. */
  other: string;
  /** The other entity's type. */
  otherType: string;
}

/** An entity's relations: out (it is the source), in (it is the target), and the undirected ones of each. */
export interface Adjacency {
  out: Incidence[];
  in: Incidence[];
  undirectedOut: Incidence[];
  undirectedIn: Incidence[];
}

const NONE: Adjacency = Object.freeze({ out: [], in: [], undirectedOut: [], undirectedIn: [] }) as Adjacency;
const indexes = new WeakMap<KnowledgeGraph, Map<string, Adjacency>>();

/** Events after which the index may be stale. */
const INVALIDATING = [
  "nodeAdded",
  "edgeAdded",
  "edgeDropped",
  "nodeDropped",
  "cleared",
  "edgesCleared",
  "edgeAttributesUpdated",
  "nodeAttributesUpdated",
  "eachEdgeAttributesUpdated",
  "eachNodeAttributesUpdated",
] as const;

function incidence(edge: string, attrs: EdgeAttributes, other: string, otherAttrs: NodeAttributes): Incidence {
  // Every field always present (undefined when absent), so all incidences share one object shape.
  return { edge, other, otherType: otherAttrs.type, type: attrs.type, status: attrs.status, date: attrs.date, end: attrs.end };
}

function collect(graph: KnowledgeGraph, node: string): Adjacency {
  const adjacency: Adjacency = { out: [], in: [], undirectedOut: [], undirectedIn: [] };
  graph.forEachOutEdge(node, (edge, attrs, _source, target, _sourceAttrs, targetAttrs) => {
    const step = incidence(edge, attrs, target, targetAttrs);
    adjacency.out.push(step);
    if (!attrs.directed) adjacency.undirectedOut.push(step);
  });
  graph.forEachInEdge(node, (edge, attrs, source, _target, sourceAttrs) => {
    const step = incidence(edge, attrs, source, sourceAttrs);
    adjacency.in.push(step);
    if (!attrs.directed) adjacency.undirectedIn.push(step);
  });
  return adjacency;
}

/** An empty index for `graph`, forgotten as soon as the graph changes. */
function createIndex(graph: KnowledgeGraph): Map<string, Adjacency> {
  const index = new Map<string, Adjacency>();
  // The graph is normally built once and only read; if it is changed, start again on next use.
  const forget = (): void => {
    indexes.delete(graph);
    for (const event of INVALIDATING) graph.removeListener(event, forget);
  };
  for (const event of INVALIDATING) graph.on(event, forget);
  return index;
}

/**
 * The relations of `node`: out-relations in graphology's order, then in-relations. Each entity's
 * lists are built the first time a search reaches it, so a single query costs no more than walking
 * graphology's own lists, and repeated queries (the viewer, k-shortest paths) walk arrays.
 */
export function adjacencyOf(graph: KnowledgeGraph, node: string): Adjacency {
  let index = indexes.get(graph);
  if (index === undefined) {
    index = createIndex(graph);
    indexes.set(graph, index);
  }
  let adjacency = index.get(node);
  if (adjacency === undefined) {
    adjacency = graph.hasNode(node) ? collect(graph, node) : NONE;
    index.set(node, adjacency);
  }
  return adjacency;
}
