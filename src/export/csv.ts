// Graph -> three CSV tables (nodes, edges, quotes) for spreadsheets and databases: RFC 4180, UTF-8, one row per entity, relation or quote.
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../graph/types.ts";
import { assertersOf, stanceOf } from "../model/corroboration.ts";
import type { Evidence, Source } from "../model/dataset.ts";
import { ExportOptionError } from "./export-error.ts";
import { relationSpan } from "./gexf-time.ts";
import { STANCE_COUNT_FIELDS, stanceCount } from "./stance-counts.ts";

/** How the CSV writers write. */
export interface CsvOptions {
  /**
   * Start each file with a UTF-8 byte-order mark. Off by default: databases and most tools read
   * UTF-8 as is and would take the mark for part of the first column name; turn it on for
   * spreadsheets that otherwise guess a legacy encoding when a file is double-clicked.
   */
  bom: boolean;
}

/** Defaults: no byte-order mark. */
export const DEFAULT_CSV_OPTIONS: CsvOptions = { bom: false };

/** Fills unset options with {@link DEFAULT_CSV_OPTIONS}. */
export function resolveCsvOptions(partial: Partial<CsvOptions> = {}): CsvOptions {
  return { bom: partial.bom ?? DEFAULT_CSV_OPTIONS.bom };
}

/** Throws an {@link ExportOptionError} naming a bad option. */
export function validateCsvOptions(options: CsvOptions): void {
  if (typeof options.bom !== "boolean") throw new ExportOptionError(`CSV option bom must be true or false, got ${JSON.stringify(options.bom)}`);
}

/**
 * How list values share one cell: items joined with " | "; inside an item a backslash is written
 * `\\` and a pipe `\|`, so every unescaped `|` is a separator. An empty cell is an empty list.
 */
export const CSV_LIST_SEPARATOR = " | ";

/** Joins a list into one cell by the rule of {@link CSV_LIST_SEPARATOR}. */
export function joinCsvList(values: readonly string[]): string {
  return values.map((v) => v.replace(/[\\|]/g, (c) => `\\${c}`)).join(CSV_LIST_SEPARATOR);
}

/** Splits a cell written by {@link joinCsvList} back into its items. */
export function splitCsvList(cell: string): string[] {
  if (cell === "") return [];
  const items: string[] = [];
  let item = "";
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!;
    if (c === "\\" && i + 1 < cell.length) {
      item += cell[++i];
    } else if (c === "|") {
      // The separator is " | ": drop the space written before the pipe and the one after it.
      items.push(item.endsWith(" ") ? item.slice(0, -1) : item);
      item = "";
      if (cell[i + 1] === " ") i++;
    } else {
      item += c;
    }
  }
  items.push(item);
  return items;
}

/** One CSV column: its header and how to get its cell from an element. */
export interface CsvColumn<E> {
  name: string;
  /** What the column holds, for the README and help texts. */
  description: string;
  cell: (element: E) => string;
}

/** A node as the CSV writer sees it. */
export interface CsvNode {
  key: string;
  attributes: NodeAttributes;
}

/** An edge as the CSV writer sees it, with the titles of the sources its quotes come from. */
export interface CsvEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
  sourceTitles: ReadonlyMap<string, string>;
}

/** One quote as the CSV writer sees it: the relation it backs and the source it comes from, when listed. */
export interface CsvQuote {
  /** The relation's id (its edge key). */
  relation: string;
  /** The relation's attributes, whose stance and asserters a quote without its own takes. */
  attributes: EdgeAttributes;
  evidence: Evidence;
  /** The quoted source, when the graph lists it. */
  source: Source | undefined;
}

const text = (value: string | undefined) => value ?? "";
const number = (value: number) => (Number.isFinite(value) ? String(value) : "");

/** The columns of nodes.csv, in order. */
export const CSV_NODE_COLUMNS: readonly CsvColumn<CsvNode>[] = [
  { name: "id", description: "entity id", cell: (n) => n.key },
  { name: "label", description: "display name", cell: (n) => n.attributes.label },
  { name: "type", description: "entity type id", cell: (n) => n.attributes.type },
  { name: "aliases", description: "other names (list)", cell: (n) => joinCsvList(n.attributes.aliases) },
  { name: "description", description: "one-line description", cell: (n) => n.attributes.description },
  { name: "color", description: "the entity type's colour, #rrggbb", cell: (n) => n.attributes.color },
  { name: "size", description: "node size (grows with degree)", cell: (n) => number(n.attributes.size) },
  { name: "x", description: "layout position", cell: (n) => number(n.attributes.x) },
  { name: "y", description: "layout position", cell: (n) => number(n.attributes.y) },
];

/** The columns of edges.csv, in order: one row per relation. */
export const CSV_EDGE_COLUMNS: readonly CsvColumn<CsvEdge>[] = [
  { name: "id", description: "relation id (parallel relations have different ids)", cell: (e) => e.key },
  { name: "source", description: "entity id", cell: (e) => e.source },
  { name: "target", description: "entity id", cell: (e) => e.target },
  { name: "type", description: "relation type id", cell: (e) => e.attributes.type },
  { name: "label", description: "relation type label, e.g. \"holds office in\"", cell: (e) => e.attributes.label },
  { name: "directed", description: "false when the relation type reads the same both ways", cell: (e) => String(e.attributes.directed) },
  { name: "status", description: "reported, confirmed, alleged, planned or denied", cell: (e) => e.attributes.status },
  { name: "date", description: "date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD", cell: (e) => text(e.attributes.date) },
  { name: "end", description: "end date, same form", cell: (e) => text(e.attributes.end) },
  { name: "firstDay", description: "first day the date covers (YYYY-MM-DD), for sorting and filtering", cell: (e) => relationSpan(e.key, e.attributes)?.start ?? "" },
  { name: "lastDay", description: "last day the date (or end) covers", cell: (e) => relationSpan(e.key, e.attributes)?.end ?? "" },
  { name: "assertedBy", description: "entity ids of who makes the claim (list)", cell: (e) => joinCsvList(e.attributes.assertedBy) },
  { name: "items", description: "entity ids of weapons or goods involved (list)", cell: (e) => joinCsvList(e.attributes.items) },
  { name: "quantities", description: "JSON object, name -> number or text", cell: (e) => JSON.stringify(e.attributes.quantities) },
  { name: "role", description: "office held (holds-office)", cell: (e) => text(e.attributes.role) },
  { name: "note", description: "curator's note", cell: (e) => text(e.attributes.note) },
  { name: "color", description: "the relation type's colour", cell: (e) => e.attributes.color },
  { name: "quotes", description: "verbatim evidence quotes (list)", cell: (e) => joinCsvList(e.attributes.evidence.map((q) => q.quote)) },
  { name: "quoteSources", description: "source id of each quote, in the same order (list)", cell: (e) => joinCsvList(e.attributes.evidence.map((q) => q.source)) },
  {
    name: "sourceTitles",
    description: "titles of the sources quoted, each once (list)",
    cell: (e) => joinCsvList([...new Set(e.attributes.evidence.map((q) => e.sourceTitles.get(q.source) ?? q.source))]),
  },
  // Corroboration last, so the columns above keep the places earlier exports gave them.
  { name: "sourceCount", description: "how many distinct documents are quoted", cell: (e) => String(e.attributes.sourceCount) },
  ...STANCE_COUNT_FIELDS.map(({ status, name }): CsvColumn<CsvEdge> => ({
    name,
    description: `how many documents take the stance "${status}" (0 when none)`,
    cell: (e) => String(stanceCount(e.attributes.stanceCounts, status)),
  })),
  { name: "contested", description: "true when some document denies what another reports or confirms", cell: (e) => String(e.attributes.contested) },
  { name: "firstReported", description: "earliest publication date among the sources quoted; empty when none is dated", cell: (e) => text(e.attributes.firstReported) },
  { name: "supportedBy", description: "entity ids of who makes the claim in quotes that do not deny it (list)", cell: (e) => joinCsvList(e.attributes.supportedBy) },
  { name: "deniedBy", description: "entity ids of who denies it (list)", cell: (e) => joinCsvList(e.attributes.deniedBy) },
];

/** The columns of quotes.csv, in order: one row per evidence quote, to pivot relations by document. */
export const CSV_QUOTE_COLUMNS: readonly CsvColumn<CsvQuote>[] = [
  { name: "relationId", description: "id of the relation the quote backs (the id column of edges.csv)", cell: (q) => q.relation },
  { name: "sourceId", description: "id of the source document quoted", cell: (q) => q.evidence.source },
  { name: "sourceTitle", description: "its title (its id when the graph does not list it)", cell: (q) => q.source?.title ?? q.evidence.source },
  { name: "sourceKind", description: "its kind: article, report, statement...", cell: (q) => text(q.source?.kind) },
  { name: "sourceDate", description: "its publication date, as precise as known; empty when undated", cell: (q) => text(q.source?.date) },
  { name: "quote", description: "the verbatim quote", cell: (q) => q.evidence.quote },
  { name: "status", description: "the document's stance: the quote's own status, else the relation's", cell: (q) => stanceOf(q.evidence, q.attributes) },
  {
    name: "assertedBy",
    description: "entity ids of who makes the claim in this quote: its own, else the relation's (list)",
    cell: (q) => joinCsvList(assertersOf(q.evidence, q.attributes)),
  },
];

const NEEDS_QUOTES = /[",\r\n]/;
const BOM = "\uFEFF";
const CHUNK_SIZE = 1 << 16;

/** One RFC 4180 field: quoted (with quotes doubled) when it holds a comma, quote or line break. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function row<E>(columns: readonly CsvColumn<E>[], element: E): string {
  let out = "";
  for (let i = 0; i < columns.length; i++) out += (i === 0 ? "" : ",") + csvField(columns[i]!.cell(element));
  // RFC 4180 ends records with CRLF.
  return `${out}\r\n`;
}

function* table<E>(columns: readonly CsvColumn<E>[], elements: Iterable<E>, options: CsvOptions): Generator<string> {
  let out = (options.bom ? BOM : "") + columns.map((c) => csvField(c.name)).join(",") + "\r\n";
  for (const element of elements) {
    out += row(columns, element);
    // Stryker disable next-line EqualityOperator: >= vs > only moves a chunk boundary when a chunk is exactly 64K characters, the joined bytes are the same (< and true/false are pinned by the chunk-size tests)
    if (out.length >= CHUNK_SIZE) {
      yield out;
      out = "";
    }
  }
  yield out;
}

/** Yields nodes.csv: a header row, then one row per entity ({@link CSV_NODE_COLUMNS}). */
export function nodesCsvChunks(graph: KnowledgeGraph, partial: Partial<CsvOptions> = {}): Generator<string> {
  const options = resolveCsvOptions(partial);
  validateCsvOptions(options);
  return table(CSV_NODE_COLUMNS, (function* () {
    for (const { node, attributes } of graph.nodeEntries()) yield { key: node, attributes };
  })(), options);
}

/** Yields edges.csv: a header row, then one row per relation, with its quotes ({@link CSV_EDGE_COLUMNS}). */
export function edgesCsvChunks(graph: KnowledgeGraph, partial: Partial<CsvOptions> = {}): Generator<string> {
  const options = resolveCsvOptions(partial);
  validateCsvOptions(options);
  const sourceTitles = new Map((graph.getAttribute("sources") ?? []).map((s) => [s.id, s.title]));
  return table(CSV_EDGE_COLUMNS, (function* () {
    for (const { edge, source, target, attributes } of graph.edgeEntries()) yield { key: edge, source, target, attributes, sourceTitles };
  })(), options);
}

/**
 * Yields quotes.csv: a header row, then one row per evidence quote, relation by relation in graph
 * order and each relation's quotes in their order ({@link CSV_QUOTE_COLUMNS}). Every row spells out
 * the document's stance and asserters, the quote's own or else its relation's, so a spreadsheet can
 * pivot claims by document without knowing that rule.
 */
export function quotesCsvChunks(graph: KnowledgeGraph, partial: Partial<CsvOptions> = {}): Generator<string> {
  const options = resolveCsvOptions(partial);
  validateCsvOptions(options);
  const sources = new Map((graph.getAttribute("sources") ?? []).map((s) => [s.id, s]));
  return table(CSV_QUOTE_COLUMNS, (function* () {
    for (const { edge, attributes } of graph.edgeEntries()) {
      for (const evidence of attributes.evidence) yield { relation: edge, attributes, evidence, source: sources.get(evidence.source) };
    }
  })(), options);
}

/** The three tables as strings: for small graphs and tests. */
export function graphToCsv(graph: KnowledgeGraph, options: Partial<CsvOptions> = {}): { nodes: string; edges: string; quotes: string } {
  return {
    nodes: [...nodesCsvChunks(graph, options)].join(""),
    edges: [...edgesCsvChunks(graph, options)].join(""),
    quotes: [...quotesCsvChunks(graph, options)].join(""),
  };
}
