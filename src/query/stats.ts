// Summary figures of a built graph: what is in it, who is most connected, what time it spans.
import { STATUSES, type Status } from "../model/status.ts";
import type { KnowledgeGraph } from "../graph/types.ts";

/** What `stats` reports. Counts list every ontology type, zero included, in ontology order. */
export interface GraphStats {
  entities: number;
  relations: number;
  entitiesByType: { type: string; label: string; count: number }[];
  relationsByType: { type: string; label: string; count: number }[];
  relationsByStatus: { status: Status; count: number }[];
  mostConnected: { id: string; label: string; type: string; degree: number }[];
  dates: { first?: string; last?: string; dated: number; undated: number };
  sources: { id: string; title: string; kind: string; date?: string; citedBy: number }[];
}

/** Computes {@link GraphStats}; `top` caps the most-connected list. */
export function computeStats(graph: KnowledgeGraph, top = 10): GraphStats {
  const { ontology, sources } = graph.getAttributes();
  const entityCounts = new Map<string, number>();
  graph.forEachNode((_n, attrs) => entityCounts.set(attrs.type, (entityCounts.get(attrs.type) ?? 0) + 1));
  const relationCounts = new Map<string, number>();
  const statusCounts = new Map<Status, number>();
  const citedBy = new Map<string, number>();
  const dates: string[] = [];
  let undated = 0;
  graph.forEachEdge((_e, attrs) => {
    relationCounts.set(attrs.type, (relationCounts.get(attrs.type) ?? 0) + 1);
    statusCounts.set(attrs.status, (statusCounts.get(attrs.status) ?? 0) + 1);
    for (const sourceId of new Set(attrs.evidence.map((e) => e.source))) citedBy.set(sourceId, (citedBy.get(sourceId) ?? 0) + 1);
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
    sources: sources.map((s) => ({ id: s.id, title: s.title, kind: s.kind, ...(s.date ? { date: s.date } : {}), citedBy: citedBy.get(s.id) ?? 0 })),
  };
}
