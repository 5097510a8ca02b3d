// Take it away: the view as PNG, the graph as GEXF, JSON or CSV, built in the browser by the same exporters as the CLI.
import { edgesCsvChunks, nodesCsvChunks } from "../../export/csv.ts";
import { gexfChunks } from "../../export/gexf.ts";
import { graphJsonChunks } from "../../export/json.ts";
import type { KnowledgeGraph } from "../../graph/types.ts";

/** The formats the download menu offers. */
export const DOWNLOAD_FORMATS = ["png", "gexf", "json", "csv"] as const;
/** One of {@link DOWNLOAD_FORMATS}. */
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

/** A file name safe on every system, from the graph's name. */
export function fileStem(graph: KnowledgeGraph): string {
  return (graph.getAttribute("name") || "graph").replace(/[^\p{L}\p{N}._-]+/gu, "-").replace(/^-+|-+$/g, "") || "graph";
}

/** Saves a blob through a temporary link: the browser's own download, no server involved. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A Blob from a chunk generator: the chunks are handed over as parts, never joined into one string. */
function blobOf(chunks: Iterable<string>, type: string): Blob {
  return new Blob([...chunks], { type });
}

/** One file of a download: its name and content. */
export interface DownloadFile {
  name: string;
  blob: Blob;
}

/**
 * The graph as the data has it: without the labels the renderer keeps for drawing hostile ones (cut
 * short, invisible characters shown). An ordinary graph has none and is given as it is, uncopied.
 */
function withoutShownLabels(graph: KnowledgeGraph): KnowledgeGraph {
  const marked = (_key: string, attrs: { shownLabel?: string }) => attrs.shownLabel !== undefined;
  if (!graph.someNode(marked) && !graph.someEdge(marked)) return graph;
  const copy = graph.copy();
  copy.forEachNode((node, attrs) => attrs.shownLabel !== undefined && copy.removeNodeAttribute(node, "shownLabel"));
  copy.forEachEdge((edge, attrs) => attrs.shownLabel !== undefined && copy.removeEdgeAttribute(edge, "shownLabel"));
  return copy;
}

/**
 * Every file a format gives (CSV gives two), each fully built. An exporter that fails throws here,
 * before anything is saved, so a download is all of its files or none.
 */
export function graphFiles(shown: KnowledgeGraph, format: Exclude<DownloadFormat, "png">): DownloadFile[] {
  const graph = withoutShownLabels(shown);
  const stem = fileStem(graph);
  if (format === "json") return [{ name: `${stem}.json`, blob: blobOf(graphJsonChunks(graph), "application/json") }];
  if (format === "gexf") return [{ name: `${stem}.gexf`, blob: blobOf(gexfChunks(graph), "application/xml") }];
  return [
    { name: `${stem}-nodes.csv`, blob: blobOf(nodesCsvChunks(graph), "text/csv") },
    { name: `${stem}-edges.csv`, blob: blobOf(edgesCsvChunks(graph), "text/csv") },
  ];
}

/** Builds and saves the graph in a file format (PNG is the renderer's job): all its files, or none when one fails. */
export function downloadGraph(graph: KnowledgeGraph, format: Exclude<DownloadFormat, "png">): void {
  for (const file of graphFiles(graph, format)) saveBlob(file.blob, file.name);
}
