// Summary figures of a built graph: what is in it, who is most connected, what time it spans, how well its claims are corroborated.
import { stanceOf } from "../model/corroboration.ts";
import { STATUSES, type Status } from "../model/status.ts";
import type { KnowledgeGraph } from "../graph/types.ts";

/** The bars of the sources histogram: relations backed by 1, 2, 3, and 4 or more documents. */
export const SOURCE_COUNT_BINS = ["1", "2", "3", "4+"] as const;

/** What `stats` reports. Counts list every ontology type, zero included, in ontology order. */
export interface GraphStats {
  entities: number;
  relations: number;
  entitiesByType: { type: string; label: string; count: number }[];
  relationsByType: { type: string; label: string; count: number }[];
  relationsByStatus: { status: Status; count: number }[];
  mostConnected: { id: string; label: string; type: string; degree: number }[];
  dates: { first?: string; last?: string; dated: number; undated: number };
  /** Relations by how many distinct documents their evidence quotes, in {@link SOURCE_COUNT_BINS}. */
  relationsBySourceCount: { sources: (typeof SOURCE_COUNT_BINS)[number]; count: number }[];
  /** Relations that some documents deny while others report or confirm them, in graph order. */
  contested: { count: number; relations: string[] };
  /**
   * Every source in index order: how many relations quote it (`citedBy`), how many it supports (quotes
   * that do not deny), how many of those no other document supports (`alone`: what it adds that
   * nothing else backs), and how many it denies.
   */
  sources: { id: string; title: string; kind: string; date?: string; citedBy: number; supports: number; alone: number; denies: number }[];
}

/** Adds one to `key`'s count. */
function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Computes {@link GraphStats}; `top` caps the most-connected list. */
export function computeStats(graph: KnowledgeGraph, top = 10): GraphStats {
  const { ontology, sources } = graph.getAttributes();
  const entityCounts = new Map<string, number>();
  graph.forEachNode((_n, attrs) => entityCounts.set(attrs.type, (entityCounts.get(attrs.type) ?? 0) + 1));
  const relationCounts = new Map<string, number>();
  const statusCounts = new Map<Status, number>();
  const citedBy = new Map<string, number>();
  const supports = new Map<string, number>();
  const alone = new Map<string, number>();
  const denies = new Map<string, number>();
  const bySourceCount = SOURCE_COUNT_BINS.map(() => 0);
  const contested: string[] = [];
  const dates: string[] = [];
  let undated = 0;
  graph.forEachEdge((edge, attrs) => {
    relationCounts.set(attrs.type, (relationCounts.get(attrs.type) ?? 0) + 1);
    statusCounts.set(attrs.status, (statusCounts.get(attrs.status) ?? 0) + 1);
    if (attrs.contested) contested.push(edge);
    const supporting = new Set<string>();
    const denying = new Set<string>();
    for (const evidence of attrs.evidence) (stanceOf(evidence, attrs) === "denied" ? denying : supporting).add(evidence.source);
    const cited = new Set([...supporting, ...denying]);
    // Validated relations always quote a document; a hand-made graph might not, and has no bar to go in.
    if (cited.size > 0) bySourceCount[Math.min(cited.size, SOURCE_COUNT_BINS.length) - 1]! += 1;
    for (const sourceId of cited) bump(citedBy, sourceId);
    for (const sourceId of supporting) bump(supports, sourceId);
    for (const sourceId of denying) bump(denies, sourceId);
    if (supporting.size === 1) bump(alone, supporting.values().next().value!);
    if (attrs.date) dates.push(attrs.date, ...(attrs.end ? [attrs.end] : []));
    else undated++;
  });
  // Partial ISO dates sort correctly as text ("2022" < "2022-11" < "2022-11-05").
  dates.sort();
  const mostConnected = graph
    .mapNodes((id, attrs) => ({ id, label: attrs.label, type: attrs.type, degree: graph.degree(id) }))
    .sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id))
    .slice(0, top);
  return {
    entities: graph.order,
    relations: graph.size,
    entitiesByType: ontology.entityTypes.map((t) => ({ type: t.id, label: t.label, count: entityCounts.get(t.id) ?? 0 })),
    relationsByType: ontology.relationTypes.map((t) => ({ type: t.id, label: t.label, count: relationCounts.get(t.id) ?? 0 })),
    relationsByStatus: STATUSES.map((status) => ({ status, count: statusCounts.get(status) ?? 0 })),
    mostConnected,
    dates: { first: dates[0], last: dates.at(-1), dated: graph.size - undated, undated },
    relationsBySourceCount: SOURCE_COUNT_BINS.map((bin, i) => ({ sources: bin, count: bySourceCount[i]! })),
    contested: { count: contested.length, relations: contested },
    sources: sources.map((s) => ({
      id: s.id, title: s.title, kind: s.kind, ...(s.date ? { date: s.date } : {}),
      citedBy: citedBy.get(s.id) ?? 0, supports: supports.get(s.id) ?? 0, alone: alone.get(s.id) ?? 0, denies: denies.get(s.id) ?? 0,
    })),
  };
}
