// Any graphology graph read from a file (graphology JSON, GEXF) -> the knowledge-graph shape, with defaults for what the file lacks.
import { MultiDirectedGraph } from "graphology";
import type { AbstractGraph, Attributes } from "graphology-types";
import { counted } from "../model/wording.ts";
import { corroborationOf } from "../model/corroboration.ts";
import { withRelationFields, type Evidence, type RelationFields, type Source } from "../model/dataset.ts";
import { DEFAULT_SOURCE_KINDS, type EntityType, type Ontology, type RelationType } from "../model/ontology.ts";
import { parsePartialDate } from "../model/partial-date.ts";
import { isStatus } from "../model/status.ts";
import { safeKey } from "./safe-keys.ts";
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from "./types.ts";

/** A graph brought to the knowledge-graph shape, and what had to change on the way. */
export interface NormalisedGraph {
  graph: KnowledgeGraph;
  notes: string[];
}

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

/** Entity ids named in an attribute (items, who asserts): escaped like the node keys they refer to. */
function entityIds(value: unknown): string[] {
  return stringList(value).map(safeKey);
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
    .map((e) => {
      const evidence: Evidence = { source: text(e.source), quote: text(e.quote) };
      if (isStatus(e.status)) evidence.status = e.status;
      if (e.assertedBy !== undefined) evidence.assertedBy = entityIds(e.assertedBy);
      return evidence;
    })
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
  // Built with fromEntries, which defines properties: a quantity named "__proto__" stays a quantity.
  return Object.fromEntries(Object.entries(raw).filter((entry): entry is [string, number | string] => typeof entry[1] === "number" || typeof entry[1] === "string"));
}

function isOntology(value: unknown): value is Ontology {
  const o = value as Ontology | undefined;
  return typeof o === "object" && o !== null && Array.isArray(o.entityTypes) && Array.isArray(o.relationTypes);
}

const isDate = (text: string): boolean => !("error" in parsePartialDate(text));

/**
 * A relation's date and end as the rest of the tool reads them (YYYY, YYYY-MM or YYYY-MM-DD): a date
 * written otherwise ("spring 2023", "11/03/2024") is left out, so the timeline and the exporters can
 * work, and its text goes into the note, so nothing the file said is lost.
 */
function readableDates(fields: RelationFields, raw: Attributes): boolean {
  const unreadable: string[] = [];
  const date = text(raw.date);
  const end = text(raw.end);
  if (date && isDate(date)) fields.date = date;
  else if (date) unreadable.push(`date "${date}"`);
  if (end && fields.date && isDate(end)) fields.end = end;
  else if (end) unreadable.push(`end "${end}"`);
  if (unreadable.length === 0) return false;
  const said = `In the opened file: ${unreadable.join(", ")} (not YYYY, YYYY-MM or YYYY-MM-DD).`;
  fields.note = fields.note ? `${fields.note} ${said}` : said;
  return true;
}

/**
 * Brings any graphology graph to the knowledge-graph shape: missing attributes get defaults, list
 * attributes written as text are split, dates the tool cannot read are moved to the note, and an
 * ontology is derived from the types present when the file carries none. Nothing is rendered as HTML
 * later, so text is kept exactly as read.
 */
export function toKnowledgeGraph(source: AbstractGraph): KnowledgeGraph {
  return normaliseGraph(source).graph;
}

/** {@link toKnowledgeGraph}, with notes on what was changed for the user to read. */
export function normaliseGraph(source: AbstractGraph): NormalisedGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  const attrs = source.getAttributes();
  const entityTypes = new Map<string, EntityType>();
  const relationTypes = new Map<string, RelationType>();
  const sources: Source[] = Array.isArray(attrs.sources)
    ? (attrs.sources as Source[]).filter((s) => typeof s?.id === "string" && typeof s?.text === "string").map(withReadableDate)
    : [];
  let unreadableDates = 0;
  const sourceDates = new Map(sources.map((s) => [s.id, typeof s.date === "string" ? s.date : undefined]));
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
    const fields: RelationFields = { status, assertedBy: entityIds(raw.assertedBy), items: entityIds(raw.items), quantities: quantities(raw.quantities), evidence: evidenceList(raw.evidence) };
    for (const field of ["role", "note"] as const) {
      const value = text(raw[field]);
      if (value) fields[field] = value;
    }
    if (readableDates(fields, raw)) unreadableDates++;
    // Keys in the order the build gives them, so a downloaded graph opened again downloads byte for byte the same.
    const edge = withRelationFields({ type, label, color, directed }, fields) as EdgeAttributes;
    // Corroboration is derived again from the evidence, never taken from the file: it cannot disagree with the quotes shown.
    Object.assign(edge, corroborationOf(fields, (id) => sourceDates.get(id)));
    // A GEXF or GraphML file lists no sources to date the evidence by: its own attribute is all there is.
    const firstReported = text(raw.firstReported);
    if (sources.length === 0 && firstReported && isDate(firstReported)) edge.firstReported = firstReported;
    graph.addDirectedEdgeWithKey(key, from, to, edge);
  });
  const ontology: Ontology = isOntology(attrs.ontology)
    ? { ...attrs.ontology, sourceKinds: Array.isArray(attrs.ontology.sourceKinds) ? attrs.ontology.sourceKinds : [...DEFAULT_SOURCE_KINDS] }
    : { entityTypes: [...entityTypes.values()], relationTypes: [...relationTypes.values()], sourceKinds: [...DEFAULT_SOURCE_KINDS] };
  graph.replaceAttributes({ name: text(attrs.name, "graph") || "graph", ontology, sources });
  const notes: string[] = [];
  if (unreadableDates > 0) {
    notes.push(`${counted(unreadableDates, "relation has a date", "relations have a date")} the viewer cannot read (not YYYY, YYYY-MM or YYYY-MM-DD): shown undated, the date's text kept in the note.`);
  }
  return { graph, notes };
}

/** A source document whose date the tool cannot read loses it; documents are dated for the timeline alone. */
function withReadableDate(source: Source): Source {
  if (source.date === undefined || (typeof source.date === "string" && isDate(source.date))) return source;
  const { date: _unreadable, ...undated } = source;
  return undated;
}
