// What the page needs worked out over a whole graph before it can show it: done in the load worker, off the page's
// main thread, on the same graph the page builds from the chunks.
import type { KnowledgeGraph } from "../../graph/types.ts";
import { deniedOnlyEdges } from "../corpus/stances.ts";
import { graphFacts, primeGraphFacts, type GraphFacts } from "../corpus/graph-facts.ts";
import { documentSummaries, primeDocumentSummaries, type DocumentSummary } from "../corpus/documents.ts";
import { countsFor, primeUnfilteredCounts, type LegendCounts } from "../filters/legend-counts.ts";
import { itemIndex, primeItemIndex } from "../panels/entity-relations.ts";
import { labelPriority } from "../render/label-placement.ts";
import { DEFAULT_VIEW_STATE } from "../state/view-state.ts";
import { canvasLabel, SHOWN_LABEL } from "../text/shown-text.ts";

/** Everything at start-up that would otherwise be a pass over every relation on the page's main thread. */
export interface GraphDigest {
  /** Node keys by how much they matter to a reader (see {@link labelPriority}). */
  labelOrder: string[];
  /** Edge keys of the claims every document denies. */
  deniedOnly: string[];
  /** Every character the edge labels use, for sigma's glyph atlas. */
  edgeLabelText: string;
  /** The legend's counts with no filter set. */
  legend: LegendCounts;
  /** The sources list. */
  documents: DocumentSummary[];
  /** The totals the legend, overview and timeline show. */
  facts: GraphFacts;
  /** The relations each entity is an item of, for its panel. */
  items: Map<string, string[]>;
}

/**
 * Keeps, in a `shownLabel` attribute of each serialised node or edge, how its label is drawn where that differs from the data: cut
 * short, invisible characters shown. Only hostile or huge labels get one, so an ordinary graph is not touched.
 */
export function markShownLabels(items: Iterable<{ attributes?: object }>): void {
  for (const item of items) {
    const attributes = item.attributes as { label?: unknown; [SHOWN_LABEL]?: string } | undefined;
    if (!attributes) continue;
    const text = typeof attributes.label === "string" ? attributes.label : String(attributes.label ?? "");
    const shown = canvasLabel(text);
    if (shown !== text) attributes[SHOWN_LABEL] = shown;
  }
}

/** Works out a graph's digest (in the load worker). */
export function digestGraph(graph: KnowledgeGraph): GraphDigest {
  // Edge labels are relation types, few and repeated: each distinct one is drawn as canvasLabel shows it.
  const labels = new Set<string>();
  graph.forEachEdge((_edge, attrs) => labels.add(attrs.label));
  const characters = new Set<string>();
  for (const label of labels) for (const character of canvasLabel(label)) characters.add(character);
  return {
    labelOrder: labelPriority(graph),
    deniedOnly: deniedOnlyEdges(graph),
    edgeLabelText: [...characters].join(""),
    legend: countsFor(graph, DEFAULT_VIEW_STATE),
    documents: documentSummaries(graph),
    facts: graphFacts(graph),
    items: itemIndex(graph),
  };
}

/** Gives the page's own copy of the graph what the worker worked out on its copy. */
export function primeWithDigest(graph: KnowledgeGraph, digest: GraphDigest): void {
  primeUnfilteredCounts(graph, digest.legend);
  primeDocumentSummaries(graph, digest.documents);
  primeGraphFacts(graph, digest.facts);
  primeItemIndex(graph, digest.items);
}
