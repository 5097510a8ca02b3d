// Each entity's relations as plain arrays, built once per graph, for the searches' inner loop; and the relations that list it as an item.
//
// Why not graphology's forEachOutEdge / forEachInEdge: profiling the typed search on the generated
// 100k-entity / 500k-relation graph showed over half its time inside graphology's per-edge callback
// iteration (multi-edge lists, six arguments per call), which kept it several times slower than
// graphology-shortest-path's neighbour-only BFS. One pass over the edges builds these arrays; after
// that a step costs an array read. The index is dropped whenever the graph changes. Building it per
// entity on first visit instead was measured too: cold visits then cost more than graphology's own
// lists, and the typed search was 4-5x slower than graphology's on 200 random pairs at 500k relations.
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../graph/types.ts";
import { stancesOf } from "./stance-mask.ts";
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
const NO_EDGES: readonly string[] = Object.freeze([]);

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

function incidence(edge: string, attrs: EdgeAttributes, stances: number, other: string, otherAttrs: NodeAttributes): Incidence {
  // Every field always present (undefined when absent), so all incidences share one object shape.
  return {
    edge, other, otherType: otherAttrs.type,
    type: attrs.type, stances, sourceCount: attrs.sourceCount, contested: attrs.contested, date: attrs.date, end: attrs.end,
  };
}

/**
 * An index of a graph built on its first use and kept until the graph changes: the graph is normally
 * built once and only read; if it is changed, the index is rebuilt on next use.
 */
function perGraph<T>(build: (graph: KnowledgeGraph) => T): (graph: KnowledgeGraph) => T {
  const indexes = new WeakMap<KnowledgeGraph, T>();
  return (graph) => {
    let index = indexes.get(graph);
    if (index === undefined) {
      index = build(graph);
      indexes.set(graph, index);
      const forget = (): void => {
        indexes.delete(graph);
        for (const event of INVALIDATING) graph.removeListener(event, forget);
      };
      for (const event of INVALIDATING) graph.on(event, forget);
    }
    return index;
  };
}

function buildAdjacency(graph: KnowledgeGraph): Map<string, Adjacency> {
  const index = new Map<string, Adjacency>();
  const at = (node: string): Adjacency => {
    let adjacency = index.get(node);
    if (adjacency === undefined) {
      // Stryker disable next-line ArrayDeclaration: forEachStep, the index's one reader, asks edgeAllowed of each entry first, and a stray string has no stances (undefined & mask is 0), so no step is visited
      adjacency = { out: [], in: [], undirectedOut: [], undirectedIn: [] };
      index.set(node, adjacency);
    }
    return adjacency;
  };
  graph.forEachEdge((edge, attrs, source, target, sourceAttrs, targetAttrs) => {
    const stances = stancesOf(attrs.stanceCounts);
    const fromSource = incidence(edge, attrs, stances, target, targetAttrs);
    const fromTarget = incidence(edge, attrs, stances, source, sourceAttrs);
    at(source).out.push(fromSource);
    at(target).in.push(fromTarget);
    if (!attrs.directed) {
      at(source).undirectedOut.push(fromSource);
      at(target).undirectedIn.push(fromTarget);
    }
  });
  return index;
}

function buildItemIndex(graph: KnowledgeGraph): Map<string, string[]> {
  const index = new Map<string, string[]>();
  graph.forEachEdge((edge, attrs) => {
    for (const item of attrs.items) {
      let edges = index.get(item);
      if (edges === undefined) index.set(item, (edges = []));
      // An item listed twice in one relation is still one relation.
      if (edges[edges.length - 1] !== edge) edges.push(edge);
    }
  });
  return index;
}

const adjacencyIndex = perGraph(buildAdjacency);
const itemIndex = perGraph(buildItemIndex);

/**
 * The relations of `node`, in the graph's edge order. The first call on a graph indexes all of it
 * (one pass over the relations; `npm run bench` reports what that costs).
 */
export function adjacencyOf(graph: KnowledgeGraph, node: string): Adjacency {
  return adjacencyIndex(graph).get(node) ?? NONE;
}

/**
 * The relations that list `node` among their `items` (the weapon supplied, the drone that struck),
 * in the graph's edge order. Items are not ends: searches never step through them, but an entity's
 * relations include these. The first call on a graph indexes all of it, separately from
 * {@link adjacencyOf}, so path searches never pay for it.
 */
export function itemRelationsOf(graph: KnowledgeGraph, node: string): readonly string[] {
  return itemIndex(graph).get(node) ?? NO_EDGES;
}
