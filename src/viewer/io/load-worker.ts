// The load worker: reads a graph (fetched or opened), parses and checks it off the page's main thread, and sends it
// back in chunks with progress on the way. The page only adds each chunk to its graph.
import { MultiDirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";
import { hasUnsafeKeys } from "../../graph/safe-keys.ts";
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from "../../graph/types.ts";
import type { DataUpdate } from "../dev-server/protocol.ts";
import { digestGraph, markShownLabels } from "./graph-digest.ts";
import type { LoadMessage, LoadPhase, LoadRequest } from "./load-protocol.ts";
import { readGraphData, readGraphFile, tooLargeToOpen } from "./read-graph-file.ts";

type Serialized = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Items per chunk: small enough that the page adds one well within a frame's budget, even with long quotes. */
const SOURCES_PER_CHUNK = 100;
const NODES_PER_CHUNK = 4000;
const EDGES_PER_CHUNK = 1500;
/** Progress is sent at most this often while reading: a message per network chunk would flood the page. */
const PROGRESS_EVERY_MS = 100;

const post = (message: LoadMessage) => (self as unknown as Worker).postMessage(message);

/** Reads a byte stream to text, telling the page how much has come. */
async function readText(stream: ReadableStream<Uint8Array>, total: number | null): Promise<string> {
  const decoder = new TextDecoder();
  const parts: string[] = [];
  const reader = stream.getReader();
  let done = 0;
  let told = performance.now();
  post({ type: "progress", progress: { phase: "reading", done, total } });
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    done += chunk.value.byteLength;
    parts.push(decoder.decode(chunk.value, { stream: true }));
    if (performance.now() - told > PROGRESS_EVERY_MS) {
      told = performance.now();
      post({ type: "progress", progress: { phase: "reading", done, total } });
    }
  }
  parts.push(decoder.decode());
  return parts.join("");
}

function phase(name: LoadPhase, total: number | null = null): void {
  post({ type: "progress", progress: { phase: name, done: 0, total } });
}

/**
 * Sends a serialised graph: attributes first, then nodes and edges in chunks, then its digest, worked out
 * here on a copy of the graph while the page adds the chunks to its own; or on `built`, the graph `data`
 * was exported from, when there is one.
 */
function send(data: Serialized, notes: string[], built?: KnowledgeGraph): void {
  const nodes = data.nodes ?? [];
  const edges = data.edges ?? [];
  const attributes = data.attributes as GraphAttributes;
  // The documents' texts are most of the attributes' weight: they follow in chunks.
  const sources = Array.isArray(attributes?.sources) ? attributes.sources : [];
  post({ type: "graph", attributes: sources.length > 0 ? { ...attributes, sources: [] } : attributes, notes, order: nodes.length, size: edges.length });
  for (let i = 0; i < sources.length; i += SOURCES_PER_CHUNK) post({ type: "sources", items: sources.slice(i, i + SOURCES_PER_CHUNK) });
  // Chunk by chunk: labels marked just before each is sent, so the page can start adding the first at once,
  // and added here to the copy the digest is worked out on while the page adds it to its own.
  const copy: KnowledgeGraph | null = built ? null : new MultiDirectedGraph();
  for (let i = 0; i < nodes.length; i += NODES_PER_CHUNK) {
    const items = nodes.slice(i, i + NODES_PER_CHUNK);
    markShownLabels(items);
    post({ type: "nodes", items });
    copy?.import({ nodes: items });
  }
  for (let i = 0; i < edges.length; i += EDGES_PER_CHUNK) {
    const items = edges.slice(i, i + EDGES_PER_CHUNK);
    markShownLabels(items);
    post({ type: "edges", items });
    copy?.import({ edges: items });
  }
  copy?.replaceAttributes(data.attributes as GraphAttributes);
  post({ type: "done", digest: digestGraph(built ?? copy!) });
}

/** The site's graph, as `actorgraph build` wrote it; or the data's errors while the dev server has them. */
async function loadUrl(url: string): Promise<void> {
  let response: Response;
  phase("reading");
  try {
    response = await fetch(url, { cache: "no-store" });
  } catch (error) {
    return post({ type: "failed", message: `Could not load ${url}: ${(error as Error).message}` });
  }
  if (response.status === 503) return post({ type: "data-errors", update: (await response.json()) as DataUpdate });
  if (!response.ok || !response.body) return post({ type: "failed", message: `Could not load ${url}: HTTP ${response.status}` });
  const length = Number(response.headers.get("Content-Length"));
  const text = await readText(response.body, Number.isFinite(length) && length > 0 ? length : null);
  phase("parsing");
  let data: Serialized;
  try {
    data = JSON.parse(text) as Serialized;
  } catch (error) {
    return post({ type: "failed", message: `Could not show ${url}: not valid JSON: ${(error as Error).message}` });
  }
  // Built by actorgraph, so already in shape: sent as it is, unless an id would reach an object's prototype,
  // when it is read as an opened file is, which renames it.
  if (!hasUnsafeKeys(data) && Array.isArray(data.nodes)) return send(data, []);
  const read = readGraphData(data);
  if (!read.ok) return post({ type: "failed", message: `Could not show ${url}: ${read.message}` });
  send(read.graph.export() as Serialized, read.notes, read.graph);
}

/** A file the user opened: any graphology JSON or GEXF, read as the viewer reads opened files. */
async function loadFile(file: File): Promise<void> {
  const tooLarge = tooLargeToOpen(file.size);
  if (tooLarge) return post({ type: "failed", message: `Could not open ${file.name}: ${tooLarge}. The current graph is unchanged.` });
  let text: string;
  try {
    text = await readText(file.stream(), file.size);
  } catch (error) {
    return post({ type: "failed", message: `Could not read ${file.name}: ${(error as Error).message}` });
  }
  phase("parsing");
  const read = await readGraphFile(file.name, text);
  if (!read.ok) return post({ type: "failed", message: `Could not open ${file.name}: ${read.message}. The current graph is unchanged.` });
  send(read.graph.export() as Serialized, read.notes, read.graph);
}

self.onmessage = (event: MessageEvent<LoadRequest>) => {
  const request = event.data;
  const load = request.kind === "url" ? loadUrl(request.url) : loadFile(request.file);
  load.catch((error: unknown) => post({ type: "failed", message: `Could not load the graph: ${(error as Error).message ?? String(error)}` }));
};
