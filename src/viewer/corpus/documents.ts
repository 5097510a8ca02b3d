// The graph's source documents as the Sources panel lists them: when, what kind, which relations each is quoted on, and which only it backs.
import type { KnowledgeGraph } from "../../graph/types.ts";
import type { StanceCounts } from "../../model/corroboration.ts";
import { stanceOf } from "../../model/corroboration.ts";
import type { Source } from "../../model/dataset.ts";
import { STATUSES, type Status } from "../../model/status.ts";
import { counted } from "../../model/wording.ts";
import { relationStart } from "../timeline/dates.ts";

/** One document in the Sources panel. */
export interface DocumentSummary {
  source: Source;
  /** Relations it is quoted on, whatever stance it takes. */
  relations: number;
  /** Of those, the relations no other document is quoted on: what it alone adds. */
  onlyHere: number;
  /** Relations per stance this document takes on them (a relation it both reports and denies counts under both). */
  stances: StanceCounts;
}

/** The relations one document is quoted on, and those it alone backs, as edge keys in graph order. */
export interface DocumentSupport {
  relations: string[];
  onlyHere: string[];
}

/**
 * Sorts by publication date, earliest first; undated documents (and malformed dates) go last.
 * Ties keep their order, so documents of one day stay in the order the data lists them.
 */
export function byPublication<T>(items: readonly T[], dateOf: (item: T) => string | undefined): T[] {
  const keyed = items.map((item, index) => ({ item, index, start: relationStart({ date: dateOf(item) }) }));
  keyed.sort((a, b) => {
    if (a.start !== b.start) {
      if (a.start === null) return 1;
      if (b.start === null) return -1;
      return a.start < b.start ? -1 : 1;
    }
    return a.index - b.index;
  });
  return keyed.map((k) => k.item);
}

/** Per graph, its documents by id: a relation card looks its quotes' documents up among tens of thousands. */
const BY_ID = new WeakMap<KnowledgeGraph, ReadonlyMap<string, Source>>();

/** The graph's source documents by id, made once per graph (the viewer never changes them). */
export function sourcesById(graph: KnowledgeGraph): ReadonlyMap<string, Source> {
  let byId = BY_ID.get(graph);
  if (!byId) BY_ID.set(graph, (byId = new Map(graph.getAttribute("sources").map((s) => [s.id, s]))));
  return byId;
}

/** Per graph, its document summaries: the viewer never changes a graph's evidence, and the sources list asks again on every document opened. */
const SUMMARIES = new WeakMap<KnowledgeGraph, DocumentSummary[]>();

/**
 * Every source document of the graph, by publication date, with what it is quoted on. Worked out
 * once per graph (500,000 relations take over a second).
 */
export function documentSummaries(graph: KnowledgeGraph): DocumentSummary[] {
  let summaries = SUMMARIES.get(graph);
  if (!summaries) SUMMARIES.set(graph, (summaries = summarise(graph)));
  return summaries;
}

/** Hands over a graph's summaries worked out elsewhere (the load worker, from the same graph). */
export function primeDocumentSummaries(graph: KnowledgeGraph, summaries: DocumentSummary[]): void {
  SUMMARIES.set(graph, summaries);
}

function summarise(graph: KnowledgeGraph): DocumentSummary[] {
  const sources = graph.getAttribute("sources");
  const relations = new Map<string, number>(sources.map((s) => [s.id, 0]));
  const onlyHere = new Map<string, number>(sources.map((s) => [s.id, 0]));
  const stances = new Map<string, Partial<Record<Status, number>>>(sources.map((s) => [s.id, {}]));
  const count = (source: string, statuses: Iterable<Status>, alone: boolean) => {
    if (!relations.has(source)) return;
    relations.set(source, relations.get(source)! + 1);
    if (alone) onlyHere.set(source, onlyHere.get(source)! + 1);
    const counts = stances.get(source)!;
    for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
  };
  graph.forEachEdge((_edge, attrs) => {
    // Most relations have one quote: counted without building the per-document sets below.
    if (attrs.evidence.length === 1) return count(attrs.evidence[0]!.source, [stanceOf(attrs.evidence[0]!, attrs)], true);
    // The stances each document takes on this relation; a document quoted twice counts once per stance.
    const taken = new Map<string, Set<Status>>();
    for (const evidence of attrs.evidence) {
      if (!taken.has(evidence.source)) taken.set(evidence.source, new Set());
      taken.get(evidence.source)!.add(stanceOf(evidence, attrs));
    }
    for (const [source, statuses] of taken) count(source, statuses, taken.size === 1);
  });
  const summaries = sources.map((source) => {
    const counts = stances.get(source.id)!;
    // Stances in the order the legend lists them, whatever order the evidence gave them in.
    const ordered: Partial<Record<Status, number>> = {};
    for (const status of STATUSES) if (counts[status] !== undefined) ordered[status] = counts[status];
    return { source, relations: relations.get(source.id)!, onlyHere: onlyHere.get(source.id)!, stances: ordered };
  });
  return byPublication(summaries, (s) => s.source.date);
}

/** The relations a document is quoted on, and those no other document is quoted on. */
export function documentSupport(graph: KnowledgeGraph, sourceId: string): DocumentSupport {
  const support: DocumentSupport = { relations: [], onlyHere: [] };
  graph.forEachEdge((edge, attrs) => {
    if (!attrs.evidence.some((e) => e.source === sourceId)) return;
    support.relations.push(edge);
    if (attrs.evidence.every((e) => e.source === sourceId)) support.onlyHere.push(edge);
  });
  return support;
}

/** "1 relation", "5 relations". */
export function relationCount(count: number): string {
  return counted(count, "relation");
}

/**
 * What a document contributes, in a line: "Quoted on 5 relations: reported 4, confirmed 1. 3 of them
 * are in no other document." A document quoted on nothing says so.
 */
export function supportText(summary: Pick<DocumentSummary, "relations" | "onlyHere" | "stances">): string {
  if (summary.relations === 0) return "Quoted on no relation.";
  const stances = Object.entries(summary.stances).map(([status, count]) => `${status} ${count}`).join(", ");
  const only =
    summary.onlyHere === 0 ? "Every one is also in another document."
    : summary.onlyHere === summary.relations ? (summary.relations === 1 ? "It is in no other document." : "None of them is in another document.")
    : `${summary.onlyHere} of them ${summary.onlyHere === 1 ? "is" : "are"} in no other document.`;
  return `Quoted on ${relationCount(summary.relations)}: ${stances}. ${only}`;
}
