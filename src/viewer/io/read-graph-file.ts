// An opened file (graphology JSON or GEXF) -> a knowledge graph the viewer can show, or a readable error. Runs in the
// load worker (load-worker.ts), so it uses no browser DOM: XML is read with @xmldom.
import { DOMParser, Document as XmlDocument } from "@xmldom/xmldom";
import { MultiDirectedGraph, MultiGraph } from "graphology";
import createGexfParser from "graphology-gexf/common/parser.js";
import type { SerializedGraph } from "graphology-types";
import { normaliseGraph, toKnowledgeGraph, type NormalisedGraph } from "../../graph/normalize.ts";
import { escapeGexfKeys, escapeSerializedGraph, renamedNote } from "../../graph/safe-keys.ts";
import type { KnowledgeGraph } from "../../graph/types.ts";

// The normalisation is shared with `actorgraph serve`, which opens the same files in Node.
export { normaliseGraph, toKnowledgeGraph };

/**
 * The graph read from a file, with notes on what was changed to show it (the user is told), or why it could
 * not be read (the current graph then stays).
 */
export type ReadGraphResult = { ok: true; graph: KnowledgeGraph; notes: string[] } | { ok: false; message: string };

/** A read graph, with a note first when there is one. */
function withNote(read: NormalisedGraph, note: string | undefined): ReadGraphResult {
  return { ok: true, graph: read.graph, notes: note ? [note, ...read.notes] : read.notes };
}

/**
 * What graphology's import refused, in the viewer's words: its messages name its own methods
 * ("Graph.addEdge: source node ... not found"), which mean nothing to someone opening a file.
 */
function graphProblem(error: unknown): string {
  const message = (error as Error).message ?? String(error);
  const quoted = /"([^"]*)"/.exec(message)?.[1];
  if (quoted !== undefined && /already exist/.test(message)) return `the id "${quoted}" is given to two nodes or two edges`;
  if (quoted !== undefined && /not found/.test(message)) return `an edge names the node "${quoted}", which the file does not list`;
  return "its nodes or edges are not written as graphology's JSON serialisation writes them";
}

/** Reads graphology's JSON serialisation (what `actorgraph build` and the JSON download write). */
export function readGraphJson(content: string): ReadGraphResult {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    return { ok: false, message: `not valid JSON: ${(error as Error).message}` };
  }
  return readGraphData(data);
}

/** Reads an already parsed graphology serialisation, its keys escaped before graphology sees them. */
export function readGraphData(data: unknown): ReadGraphResult {
  const d = data as { attributes?: unknown; nodes?: unknown; edges?: unknown };
  if (typeof data !== "object" || data === null || !Array.isArray(d.nodes)) {
    return { ok: false, message: "not a graph: a graph JSON file has a \"nodes\" list (graphology's serialisation)" };
  }
  try {
    const loose = new MultiDirectedGraph({ allowSelfLoops: true });
    const escaped = escapeSerializedGraph({ ...d, nodes: d.nodes });
    loose.import(escaped.data as SerializedGraph);
    return withNote(normaliseGraph(loose), renamedNote(escaped.renamed));
  } catch (error) {
    return { ok: false, message: `not a readable graph: ${graphProblem(error)}` };
  }
}

/** How large a file the viewer opens; beyond this Gephi is the better tool, and the page would stall. */
export interface OpenLimits {
  /** Characters of file content. */
  maxChars: number;
  /** Nodes plus edges. */
  maxItems: number;
}

/** 200 MB and two million items: well past what software WebGL draws smoothly, short of exhausting a tab. */
export const DEFAULT_OPEN_LIMITS: OpenLimits = { maxChars: 200 * 1024 * 1024, maxItems: 2_000_000 };

/** Why a file of `size` characters or bytes cannot be opened, or undefined when it can. */
export function tooLargeToOpen(size: number, limits: OpenLimits = DEFAULT_OPEN_LIMITS): string | undefined {
  if (size <= limits.maxChars) return undefined;
  return `it is ${(size / 1024 / 1024).toFixed(0)} MB, over the viewer's limit of ${(limits.maxChars / 1024 / 1024).toFixed(0)} MB; open it in Gephi, or filter it first`;
}

/** graphology-gexf's parser on @xmldom's documents. */
const parseGexfDocument = createGexfParser(DOMParser, XmlDocument);

/** Parses XML, stopping at the first error with its message (the line it names), never printing to the console. */
function parseXml(content: string): { ok: true; document: XmlDocument } | { ok: false; message: string } {
  let first: string | undefined;
  try {
    const parser = new DOMParser({
      onError: (level, message) => {
        if (level === "warning") return;
        first ??= message;
        throw new Error(message);
      },
    });
    return { ok: true, document: parser.parseFromString(content, "application/xml") };
  } catch (error) {
    return { ok: false, message: (first ?? (error as Error).message).trim().split("\n")[0]! };
  }
}

/** Reads a GEXF file with graphology-gexf's parser. */
export async function readGraphGexf(content: string): Promise<ReadGraphResult> {
  // Entity declarations are how XML "billion laughs" and external-entity files work; GEXF never needs them. The whole
  // file is searched: a long comment first must not push a declaration out of sight. Inside a comment too, to be safe.
  const declaration = /<!(DOCTYPE|ENTITY)/i.exec(content);
  if (declaration) {
    const line = content.slice(0, declaration.index).split("\n").length;
    return { ok: false, message: `XML with a DOCTYPE or entity declarations is not accepted (line ${line}); GEXF files have none` };
  }
  const parsed = parseXml(content);
  if (!parsed.ok) return { ok: false, message: `not well-formed XML: ${parsed.message}` };
  const root = parsed.document.documentElement;
  if (!root) return { ok: false, message: "not a GEXF file: it has no root element" };
  if (root.localName !== "gexf") return { ok: false, message: `not a GEXF file: its root element is <${root.localName}>, not <gexf>` };
  const renamed = escapeGexfKeys(parsed.document);
  try {
    // Into a mixed multigraph as it is, not one of the type graphology-gexf guesses from the first edge:
    // it takes a first `type="mutual"` edge for a graph type and fails.
    const loose = parseGexfDocument(MultiGraph, parsed.document, { allowUndeclaredAttributes: true, respectInputGraphType: true });
    return withNote(normaliseGraph(loose), renamedNote(renamed));
  } catch (e) {
    return { ok: false, message: `not a readable GEXF graph: ${(e as Error).message}` };
  }
}

/**
 * Picks the reader from the file name (.gexf or .json), falling back on the content's first
 * character; refuses content or graphs over `limits`.
 */
export async function readGraphFile(name: string, content: string, limits: OpenLimits = DEFAULT_OPEN_LIMITS): Promise<ReadGraphResult> {
  const tooLarge = tooLargeToOpen(content.length, limits);
  if (tooLarge) return { ok: false, message: tooLarge };
  const lower = name.toLowerCase();
  const gexf = lower.endsWith(".gexf") || (!lower.endsWith(".json") && content.trimStart().startsWith("<"));
  const result = gexf ? await readGraphGexf(content) : readGraphJson(content);
  if (result.ok && result.graph.order + result.graph.size > limits.maxItems) {
    return { ok: false, message: `it has ${result.graph.order} nodes and ${result.graph.size} edges, over the viewer's limit of ${limits.maxItems} items; open it in Gephi, or filter it first` };
  }
  return result;
}
