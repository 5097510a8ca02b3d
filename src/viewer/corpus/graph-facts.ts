// Totals over every relation of a graph that the panels around it show: which relation types it has, how many
// relations are proposals, corroborated or contested, its best-backed relation, and its dates on each timeline axis.
import type { KnowledgeGraph } from "../../graph/types.ts";
import { TIMELINE_MODES, type TimelineMode } from "../state/view-state.ts";
import { dateRange, relationStart, timelineDates, type DateRange } from "../timeline/dates.ts";

/** A timeline axis over the whole graph. */
export interface AxisFacts {
  /** The first and last day of its dated relations; null when none is dated. */
  range: DateRange | null;
  /** Relations without a date on this axis. */
  undated: number;
}

/** What the legend, the overview and the timeline say about the whole graph, whatever the filters. */
export interface GraphFacts {
  /** The relation types that have relations in this graph. */
  relationTypes: string[];
  /** The entities and relations that `actorgraph extract` proposed and no one has reviewed: hidden by default, asked for on every view change. */
  proposed: { nodes: string[]; edges: string[] };
  /** The most source documents any relation has. */
  mostSources: number;
  /** Relations backed by two or more documents. */
  corroborated: number;
  contested: number;
  axes: Record<TimelineMode, AxisFacts>;
}

/** Per graph: the viewer never changes what these count. */
const FACTS = new WeakMap<KnowledgeGraph, GraphFacts>();

/** The graph's facts, worked out in one pass over its relations the first time they are asked for (or given by {@link primeGraphFacts}). */
export function graphFacts(graph: KnowledgeGraph): GraphFacts {
  let facts = FACTS.get(graph);
  if (!facts) FACTS.set(graph, (facts = gather(graph)));
  return facts;
}

/** Hands over a graph's facts worked out elsewhere (the load worker, from the same graph). */
export function primeGraphFacts(graph: KnowledgeGraph, facts: GraphFacts): void {
  FACTS.set(graph, facts);
}

function gather(graph: KnowledgeGraph): GraphFacts {
  const types = new Set<string>();
  const facts: GraphFacts = { relationTypes: [], proposed: { nodes: [], edges: [] }, mostSources: 0, corroborated: 0, contested: 0, axes: { happened: { range: null, undated: 0 }, reported: { range: null, undated: 0 } } };
  const dates: Record<TimelineMode, ReturnType<typeof timelineDates>[]> = { happened: [], reported: [] };
  graph.forEachEdge((edge, attrs) => {
    types.add(attrs.type);
    if (attrs.review === "proposed") facts.proposed.edges.push(edge);
    facts.mostSources = Math.max(facts.mostSources, attrs.sourceCount);
    if (attrs.sourceCount >= 2) facts.corroborated++;
    if (attrs.contested) facts.contested++;
    for (const mode of TIMELINE_MODES) {
      const dated = timelineDates(attrs, mode);
      if (relationStart(dated) === null) facts.axes[mode].undated++;
      if (dated.date !== undefined || dated.end !== undefined) dates[mode].push(dated);
    }
  });
  graph.forEachNode((node, attrs) => {
    if (attrs.review === "proposed") facts.proposed.nodes.push(node);
  });
  facts.relationTypes = [...types];
  for (const mode of TIMELINE_MODES) facts.axes[mode].range = dateRange(dates[mode]);
  return facts;
}
