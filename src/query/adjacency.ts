// Each entity's relations as plain arrays, built once per graph, for the searches' inner loop; and the relations that list it as an item.
//
// Why not graphology's forEachOutEdge / forEachInEdge: profiling the typed search on the generated
// 100k-entity / 500k-relation graph showed over half its time inside graphology's per-edge callback
// iteration (multi-edge lists, six arguments per call), which kept it several times slower than
// graphology-shortest-path's neighbour-only BFS. One pass over the edges builds these arrays; after
// that a step costs an array read. The index is dropped when the graph's relations or entities change
// (moving entities, as a layout does, only has the entity types it copied checked). Building it per
// entity on first visit instead was measured too: cold visits then cost more than graphology's own
// lists, and the typed search was 4-5x slower than graphology's on 200 random pairs at 500k relations.
import type { EdgeEntry } from "graphology-types";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../graph/types.ts";
import { PerGraphBuild, type SlicedBuild } from "../graph/work-in-slices.ts";
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

/** Events after which the indexes may be stale. */
const INVALIDATING = [
  "nodeAdded",
  "edgeAdded",
  "edgeDropped",
  "nodeDropped",
  "cleared",
  "edgesCleared",
  "edgeAttributesUpdated",
  "nodeAttributesUpdated",
  "eachNodeAttributesUpdated",
  "eachEdgeAttributesUpdated",
] as const;

/** Events after which an entity's type may differ from the one the adjacency index copied. */
const NODE_ATTRIBUTE_EVENTS = ["nodeAttributesUpdated", "eachNodeAttributesUpdated"] as const;

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

/** Each entity's relations, and each entity's type as copied into them (the one entity attribute the index reads). */
interface AdjacencyIndex {
  byNode: Map<string, Adjacency>;
  types: Map<string, string>;
}

/** Builds a graph's adjacency index all at once, or some relations at a time. */
class AdjacencyBuilder implements SlicedBuild<AdjacencyIndex> {
  private readonly index: AdjacencyIndex = { byNode: new Map(), types: new Map() };
  private entries: Iterator<EdgeEntry<NodeAttributes, EdgeAttributes>> | null = null;

  constructor(private readonly graph: KnowledgeGraph) {}

  private at(node: string, type: string): Adjacency {
    let adjacency = this.index.byNode.get(node);
    if (adjacency === undefined) {
      // Stryker disable next-line ArrayDeclaration: forEachStep, the index's one reader, asks edgeAllowed of each entry first, and a stray string has no stances (undefined & mask is 0), so no step is visited
      adjacency = { out: [], in: [], undirectedOut: [], undirectedIn: [] };
      this.index.byNode.set(node, adjacency);
      this.index.types.set(node, type);
    }
    return adjacency;
  }

  private add(edge: string, attrs: EdgeAttributes, source: string, target: string, sourceAttrs: NodeAttributes, targetAttrs: NodeAttributes): void {
    const stances = stancesOf(attrs.stanceCounts);
    const fromSource = incidence(edge, attrs, stances, target, targetAttrs);
    const fromTarget = incidence(edge, attrs, stances, source, sourceAttrs);
    const atSource = this.at(source, sourceAttrs.type);
    const atTarget = this.at(target, targetAttrs.type);
    atSource.out.push(fromSource);
    atTarget.in.push(fromTarget);
    if (!attrs.directed) {
      atSource.undirectedOut.push(fromSource);
      atTarget.undirectedIn.push(fromTarget);
    }
  }

  /** Indexes up to `count` more relations; true once all are in. */
  step(count: number): boolean {
    this.entries ??= this.graph.edgeEntries();
    for (let i = 0; i < count; i++) {
      const next = this.entries.next();
      if (next.done) return true;
      const { edge, attributes, source, target, sourceAttributes, targetAttributes } = next.value;
      this.add(edge, attributes, source, target, sourceAttributes, targetAttributes);
    }
    return false;
  }

  /** Indexes the rest; in one forEachEdge pass, the quickest, when nothing was indexed yet. */
  finish(): AdjacencyIndex {
    if (this.entries === null) this.graph.forEachEdge((edge, attrs, source, target, sourceAttrs, targetAttrs) => this.add(edge, attrs, source, target, sourceAttrs, targetAttrs));
    else while (!this.step(Number.MAX_SAFE_INTEGER));
    return this.index;
  }
}

/** The adjacency index of each graph; the graphs watched for changes; those whose entity attributes changed since. */
const ADJACENCY = new PerGraphBuild<KnowledgeGraph, AdjacencyIndex>((graph) => new AdjacencyBuilder(graph));
const WATCHED = new WeakSet<KnowledgeGraph>();
const TYPES_TO_CHECK = new WeakSet<KnowledgeGraph>();

/**
 * Drops a graph's adjacency index when its relations or entities change, and has the copied types
 * checked when entity attributes change: a layout moving every entity then costs a pass over the
 * entities at the next query (milliseconds), not a new index (seconds at 500,000 relations).
 */
function watch(graph: KnowledgeGraph): void {
  if (WATCHED.has(graph)) return;
  WATCHED.add(graph);
  const structural = INVALIDATING.filter((event) => !(NODE_ATTRIBUTE_EVENTS as readonly string[]).includes(event));
  const forget = (): void => {
    ADJACENCY.forget(graph);
    WATCHED.delete(graph);
    TYPES_TO_CHECK.delete(graph);
    for (const event of structural) graph.removeListener(event, forget);
    for (const event of NODE_ATTRIBUTE_EVENTS) graph.removeListener(event, checkTypes);
  };
  const checkTypes = (): void => void TYPES_TO_CHECK.add(graph);
  for (const event of structural) graph.on(event, forget);
  for (const event of NODE_ATTRIBUTE_EVENTS) graph.on(event, checkTypes);
}

/** True when every entity the index copied a type from still has it (entities removed drop the index before). */
function typesUnchanged(graph: KnowledgeGraph, index: AdjacencyIndex): boolean {
  return !graph.someNode((node, attrs) => {
    const type = index.types.get(node);
    return type !== undefined && type !== attrs.type;
  });
}

/** The graph's adjacency index: built, or its build finished, on first use; built again once stale. */
function adjacencyIndex(graph: KnowledgeGraph): Map<string, Adjacency> {
  watch(graph);
  const index = ADJACENCY.get(graph);
  if (TYPES_TO_CHECK.delete(graph) && !typesUnchanged(graph, index)) {
    ADJACENCY.forget(graph);
    return ADJACENCY.get(graph).byNode;
  }
  return index.byNode;
}

/**
 * Builds the graph's adjacency index a slice at a time, awaiting `nextTask` between slices, so that a
 * page's first path query finds it ready without having been held for it (at 500,000 relations the build
 * takes seconds). Stops when `goOn` turns false, or the graph changes; the first query finishes what is left.
 */
export function prepareAdjacency(graph: KnowledgeGraph, nextTask: () => Promise<void>, goOn: () => boolean): Promise<void> {
  watch(graph);
  return ADJACENCY.prepare(graph, nextTask, goOn);
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
