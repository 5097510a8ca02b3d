// What the filters read of a graph, as typed columns in graph order: at 500,000 relations a filter change is a
// loop over numbers (a few milliseconds) instead of over attribute objects (a second and more, with the legend's counts).
import type { EdgeEntry, NodeEntry } from "graphology-types";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../../graph/types.ts";
import { PerGraphBuild, type SlicedBuild } from "../../graph/work-in-slices.ts";
import { STATUSES, type Status } from "../../model/status.ts";
import { stancesTaken } from "../corpus/stances.ts";
import { TIMELINE_MODES, type TimelineMode } from "../state/view-state.ts";
import { relationStart, timelineDates } from "../timeline/dates.ts";

/** One entry per entity (node index) and per relation (edge index), in the order the graph lists them. */
export interface FilterColumns {
  nodeKeys: string[];
  /** Each entity's index, by key. */
  nodeIndex: Map<string, number>;
  /** Index into `entityTypes`. */
  nodeType: Uint16Array;
  entityTypes: string[];
  /** 1 for an entity `actorgraph extract` proposed and no one has reviewed. */
  nodeProposed: Uint8Array;
  edgeKeys: string[];
  /** Each relation's index, by key. */
  edgeIndex: Map<string, number>;
  /** Node indices of each relation's ends. */
  edgeSource: Uint32Array;
  edgeTarget: Uint32Array;
  /** Index into `relationTypes`. */
  edgeType: Uint16Array;
  relationTypes: string[];
  /** The stances a relation's documents take ({@link stancesTaken}), one bit each ({@link stanceBit}). */
  edgeStances: Uint8Array;
  edgeSourceCount: Uint32Array;
  edgeContested: Uint8Array;
  edgeProposed: Uint8Array;
  /** Each relation's first day on each timeline axis (null when undated there): the timeline's filter. */
  edgeStart: Record<TimelineMode, (string | null)[]>;
}

/** A stance's bit in {@link FilterColumns.edgeStances}. */
export function stanceBit(status: Status): number {
  return 1 << STATUSES.indexOf(status);
}

/** Gives each distinct string a small number, in first-seen order. */
function numbering(): { names: string[]; numberOf(name: string): number } {
  const names: string[] = [];
  const numbers = new Map<string, number>();
  return {
    names,
    numberOf(name) {
      let n = numbers.get(name);
      if (n === undefined) numbers.set(name, (n = names.push(name) - 1));
      return n;
    },
  };
}

/** Fills a graph's columns a slice at a time, so the page can build them between other tasks. */
class ColumnBuilder implements SlicedBuild<FilterColumns> {
  private readonly entityTypes = numbering();
  private readonly relationTypes = numbering();
  private readonly nodes: Iterator<NodeEntry<NodeAttributes>>;
  private readonly edges: Iterator<EdgeEntry<NodeAttributes, EdgeAttributes>>;
  private nodesDone = 0;
  private edgesDone = 0;
  readonly columns: FilterColumns;

  constructor(graph: KnowledgeGraph) {
    this.nodes = graph.nodeEntries();
    this.edges = graph.edgeEntries();
    const { order, size } = graph;
    this.columns = {
      nodeKeys: new Array<string>(order), nodeIndex: new Map(), nodeType: new Uint16Array(order), entityTypes: this.entityTypes.names, nodeProposed: new Uint8Array(order),
      edgeKeys: new Array<string>(size), edgeIndex: new Map(), edgeSource: new Uint32Array(size), edgeTarget: new Uint32Array(size), edgeType: new Uint16Array(size),
      relationTypes: this.relationTypes.names, edgeStances: new Uint8Array(size), edgeSourceCount: new Uint32Array(size),
      edgeContested: new Uint8Array(size), edgeProposed: new Uint8Array(size),
      edgeStart: { happened: new Array<string | null>(size), reported: new Array<string | null>(size) },
    };
  }

  /** Adds up to `budget` more items; true once every node and relation is in. */
  step(budget: number): boolean {
    const c = this.columns;
    for (; budget > 0 && this.nodesDone < c.nodeKeys.length; budget--) {
      const { node, attributes } = this.nodes.next().value!;
      const i = this.nodesDone++;
      c.nodeIndex.set(node, i);
      c.nodeKeys[i] = node;
      c.nodeType[i] = this.entityTypes.numberOf(attributes.type);
      c.nodeProposed[i] = attributes.review === "proposed" ? 1 : 0;
    }
    for (; budget > 0 && this.edgesDone < c.edgeKeys.length; budget--) {
      const { edge, attributes, source, target } = this.edges.next().value!;
      const i = this.edgesDone++;
      c.edgeKeys[i] = edge;
      c.edgeIndex.set(edge, i);
      c.edgeSource[i] = c.nodeIndex.get(source)!;
      c.edgeTarget[i] = c.nodeIndex.get(target)!;
      c.edgeType[i] = this.relationTypes.numberOf(attributes.type);
      let stances = 0;
      for (const stance of stancesTaken(attributes)) stances |= stanceBit(stance);
      c.edgeStances[i] = stances;
      c.edgeSourceCount[i] = attributes.sourceCount;
      c.edgeContested[i] = attributes.contested ? 1 : 0;
      c.edgeProposed[i] = attributes.review === "proposed" ? 1 : 0;
      for (const axis of TIMELINE_MODES) c.edgeStart[axis][i] = relationStart(timelineDates(attributes, axis));
    }
    return this.nodesDone === c.nodeKeys.length && this.edgesDone === c.edgeKeys.length;
  }

  finish(): FilterColumns {
    this.step(Infinity);
    return this.columns;
  }
}

const COLUMNS = new PerGraphBuild<KnowledgeGraph, FilterColumns>((graph) => new ColumnBuilder(graph));

/**
 * The graph's filter columns, built once per graph (graphs are replaced, never edited, in the viewer;
 * moving nodes changes none of these fields). Finishes at once what {@link prepareFilterColumns} started.
 */
export function filterColumns(graph: KnowledgeGraph): FilterColumns {
  return COLUMNS.get(graph);
}

/**
 * Builds the graph's columns a slice at a time, awaiting `nextTask` between slices, so that the first
 * filter change finds them ready without the page having been held for them. Stops when `stillShown`
 * turns false (another graph opened): {@link filterColumns} finishes the build if it is ever asked.
 */
export function prepareFilterColumns(graph: KnowledgeGraph, nextTask: () => Promise<void>, stillShown: () => boolean): Promise<void> {
  return COLUMNS.prepare(graph, nextTask, stillShown);
}
