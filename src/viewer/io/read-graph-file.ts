// An opened file (graphology JSON or GEXF) -> a knowledge graph the viewer can show, or a readable error.
import { MultiDirectedGraph } from "graphology";
import type { AbstractGraph, Attributes } from "graphology-types";
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from "../../graph/types.ts";
import type { EntityType, Ontology, RelationType } from "../../model/ontology.ts";
import { isStatus } from "../../model/status.ts";
import type { Evidence, Source } from "../../model/dataset.ts";

/** The graph read from a file, or why it could not be read (the current graph then stays). */
export type ReadGraphResult = { ok: true; graph: KnowledgeGraph } | { ok: false; message: string };

const FALLBACK_COLOR = "#7f7f7f";

function text(value: unknown, fallback = ""): string {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : fallback;
}

function num(value: unknown, fallback: number): number {
  const n = typeof value === "string" ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) ? n : fallback;
}

/** Lists come as arrays (our JSON) or as JSON or "|"-separated text (GEXF attributes are strings). */
function stringList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((v) => text(v)).filter((v) => v.length > 0);
  if (typeof value !== "string" || value.trim() === "") return [];
  const trimmed = value.trim();
  if (trimmed.startsWith("[")) {
    try {
      return stringList(JSON.parse(trimmed));
    } catch {
      // Not JSON after all: fall through to the separator form.
    }
  }
  return trimmed.split(/\s*[|;]\s*/).filter((v) => v.length > 0);
}

function evidenceList(value: unknown): Evidence[] {
  let raw: unknown = value;
  if (typeof value === "string") {
    try {
      raw = JSON.parse(value);
    } catch {
      return value.trim() ? [{ source: "", quote: value }] : [];
    }
  }
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((e): e is Record<string, unknown> => typeof e === "object" && e !== null)
    .map((e) => ({ source: text(e.source), quote: text(e.quote) }))
    .filter((e) => e.quote.length > 0);
}

function quantities(value: unknown): Record<string, number | string> {
  let raw: unknown = value;
  if (typeof value === "string") {
    try {
      raw = JSON.parse(value);
    } catch {
      return {};
    }
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return {};
  const out: Record<string, number | string> = {};
  for (const [k, v] of Object.entries(raw)) if (typeof v === "number" || typeof v === "string") out[k] = v;
  return out;
}

function isOntology(value: unknown): value is Ontology {
  const o = value as Ontology | undefined;
  return typeof o === "object" && o !== null && Array.isArray(o.entityTypes) && Array.isArray(o.relationTypes);
}

/**
 * Brings any graphology graph to the knowledge-graph shape: missing attributes get defaults, list
 * attributes written as text are split, and an ontology is derived from the types present when the
 * file carries none. Nothing is rendered as HTML later, so text is kept exactly as read.
 */
export function toKnowledgeGraph(source: AbstractGraph): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  const attrs = source.getAttributes();
  const entityTypes = new Map<string, EntityType>();
  const relationTypes = new Map<string, RelationType>();
  let i = 0;
  source.forEachNode((key: string, raw: Attributes) => {
    const type = text(raw.type, "unknown") || "unknown";
    const color = text(raw.color, FALLBACK_COLOR) || FALLBACK_COLOR;
    if (!entityTypes.has(type)) entityTypes.set(type, { id: type, label: type, description: "", color });
    // Files without positions get a circle, so they still show; the layout button can improve it.
    const angle = (i++ * 2 * Math.PI) / 64;
    graph.addNode(key, {
      label: text(raw.label, key) || key,
      type,
      aliases: stringList(raw.aliases),
      description: text(raw.description),
      color,
      size: num(raw.size, 6),
      x: num(raw.x, Math.cos(angle) * (10 + i)),
      y: num(raw.y, Math.sin(angle) * (10 + i)),
    });
  });
  source.forEachEdge((key: string, raw: Attributes, from: string, to: string) => {
    const type = text(raw.type, "related") || "related";
    const color = text(raw.color, FALLBACK_COLOR) || FALLBACK_COLOR;
    const label = text(raw.label, type) || type;
    const directed = raw.directed === false || raw.directed === "false" ? false : true;
    if (!relationTypes.has(type)) relationTypes.set(type, { id: type, label, description: "", color, directed, from: [], to: [], selfLoops: true });
    const status = isStatus(raw.status) ? raw.status : "reported";
    const edge: EdgeAttributes = {
      type, label, color, directed, status,
      assertedBy: stringList(raw.assertedBy),
      items: stringList(raw.items),
      quantities: quantities(raw.quantities),
      evidence: evidenceList(raw.evidence),
    };
    for (const field of ["date", "end", "role", "note"] as const) {
      const value = text(raw[field]);
      if (value) edge[field] = value;
    }
    graph.addDirectedEdgeWithKey(key, from, to, edge);
  });
  const sources: Source[] = Array.isArray(attrs.sources) ? (attrs.sources as Source[]).filter((s) => typeof s?.id === "string" && typeof s?.text === "string") : [];
  const ontology: Ontology = isOntology(attrs.ontology)
    ? attrs.ontology
    : { entityTypes: [...entityTypes.values()], relationTypes: [...relationTypes.values()] };
  graph.replaceAttributes({ name: text(attrs.name, "graph") || "graph", ontology, sources });
  return graph;
}

/** Reads graphology's JSON serialisation (what `actorgraph build` and the JSON download write). */
export function readGraphJson(content: string): ReadGraphResult {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    return { ok: false, message: `not valid JSON: ${(error as Error).message}` };
  }
  const d = data as { nodes?: unknown; edges?: unknown };
  if (typeof data !== "object" || data === null || !Array.isArray(d.nodes)) {
    return { ok: false, message: "not a graph: a graph JSON file has a \"nodes\" list (graphology's serialisation)" };
  }
  try {
    const loose = new MultiDirectedGraph({ allowSelfLoops: true });
    loose.import(data as Parameters<typeof loose.import>[0]);
    return { ok: true, graph: toKnowledgeGraph(loose) };
  } catch (error) {
    return { ok: false, message: `not a readable graph: ${(error as Error).message}` };
  }
}

/** Reads a GEXF file with graphology-gexf's browser parser (loaded on demand: it needs DOMParser). */
export async function readGraphGexf(content: string): Promise<ReadGraphResult> {
  const parsed = new DOMParser().parseFromString(content, "application/xml");
  const error = parsed.getElementsByTagName("parsererror")[0];
  if (error) return { ok: false, message: `not well-formed XML: ${(error.textContent ?? "").trim().split("\n")[0]}` };
  if (parsed.documentElement.localName !== "gexf") return { ok: false, message: `not a GEXF file: its root element is <${parsed.documentElement.localName}>, not <gexf>` };
  try {
    const { parse } = await import("graphology-gexf/browser");
    const loose = parse(MultiDirectedGraph, parsed, { allowUndeclaredAttributes: true });
    return { ok: true, graph: toKnowledgeGraph(loose) };
  } catch (e) {
    return { ok: false, message: `not a readable GEXF graph: ${(e as Error).message}` };
  }
}

/** Picks the reader from the file name (.gexf or .json), falling back on the content's first character. */
export async function readGraphFile(name: string, content: string): Promise<ReadGraphResult> {
  const lower = name.toLowerCase();
  if (lower.endsWith(".gexf") || (!lower.endsWith(".json") && content.trimStart().startsWith("<"))) return readGraphGexf(content);
  return readGraphJson(content);
}
