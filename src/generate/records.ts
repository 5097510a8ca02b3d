// Generated (or any) records -> the lines of the bulk formats: JSONL and CSV, one record a line.
import type { Entity, Relation, Source } from "../model/dataset.ts";
import { CSV_EMPTY_LIST } from "../load/csv-records.ts";
import { defaultRelationId } from "../load/read-relations.ts";

/** The bulk formats a data folder may hold besides YAML. */
export type BulkFormat = "jsonl" | "csv";

/** Entity columns of entities.csv, in order. */
export const ENTITY_CSV_COLUMNS = ["id", "label", "type", "aliases", "description"] as const;
/** Relation columns of relations.csv before the evidence pairs. */
export const RELATION_CSV_COLUMNS = ["id", "source", "type", "target", "date", "end", "status", "assertedBy", "items", "quantities", "role", "note"] as const;
/** Separates the items of a list cell in CSV (`aliases`, `assertedBy`, `items`, `quantities`). */
export const CSV_LIST_SEPARATOR = "|";

/** The entity as its JSONL line: the YAML fields, `aliases` left out when empty. */
export function entityJson(entity: Entity): string {
  const { id, label, type, aliases, description } = entity;
  return JSON.stringify(aliases.length > 0 ? { id, label, type, aliases, description } : { id, label, type, description });
}

/** The relation as its JSONL line: `id` only when it differs from the derived one, empty lists and maps left out. */
export function relationJson(relation: Relation): string {
  const record: Record<string, unknown> = {};
  if (relation.id !== defaultRelationId(relation.source, relation.type, relation.target, relation.date)) record.id = relation.id;
  record.source = relation.source;
  record.type = relation.type;
  record.target = relation.target;
  if (relation.date !== undefined) record.date = relation.date;
  if (relation.end !== undefined) record.end = relation.end;
  record.status = relation.status;
  if (relation.assertedBy.length > 0) record.assertedBy = relation.assertedBy;
  if (relation.items.length > 0) record.items = relation.items;
  if (Object.keys(relation.quantities).length > 0) record.quantities = relation.quantities;
  if (relation.role !== undefined) record.role = relation.role;
  if (relation.note !== undefined) record.note = relation.note;
  record.evidence = relation.evidence;
  return JSON.stringify(record);
}

/** Quotes a CSV cell when it holds a comma, quote or line break (RFC 4180). */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The header of entities.csv. */
export function entityCsvHeader(): string {
  return ENTITY_CSV_COLUMNS.join(",");
}

/** The entity as a row of entities.csv. */
export function entityCsv(entity: Entity): string {
  return [entity.id, entity.label, entity.type, entity.aliases.join(CSV_LIST_SEPARATOR), entity.description].map(csvCell).join(",");
}

/** The columns of one piece of evidence in relations.csv, numbered from the second on: evidenceSource, evidenceSource2... */
export const EVIDENCE_CSV_COLUMNS = ["evidenceSource", "evidenceQuote", "evidenceStatus", "evidenceAssertedBy"] as const;

/** The header of relations.csv with room for `evidenceCount` pieces of evidence per relation. */
export function relationCsvHeader(evidenceCount: number): string {
  const groups: string[] = [];
  for (let i = 1; i <= evidenceCount; i++) groups.push(...EVIDENCE_CSV_COLUMNS.map((column) => (i === 1 ? column : `${column}${i}`)));
  return [...RELATION_CSV_COLUMNS, ...groups].join(",");
}

/**
 * A quote's own asserters as a cell: empty when it has none of its own (the relation's apply),
 * `[]` when it names nobody (the document states the claim itself).
 */
function quoteAssertersCell(assertedBy: readonly string[] | undefined): string {
  if (assertedBy === undefined) return "";
  return assertedBy.length === 0 ? CSV_EMPTY_LIST : assertedBy.join(CSV_LIST_SEPARATOR);
}

/** The relation as a row of relations.csv; shorter evidence lists leave the trailing groups empty. */
export function relationCsv(relation: Relation, evidenceCount: number): string {
  const explicit = relation.id !== defaultRelationId(relation.source, relation.type, relation.target, relation.date);
  const quantities = Object.entries(relation.quantities).map(([name, value]) => `${name}=${value}`);
  const cells = [
    explicit ? relation.id : "", relation.source, relation.type, relation.target, relation.date ?? "", relation.end ?? "", relation.status,
    relation.assertedBy.join(CSV_LIST_SEPARATOR), relation.items.join(CSV_LIST_SEPARATOR), quantities.join(CSV_LIST_SEPARATOR),
    relation.role ?? "", relation.note ?? "",
  ];
  for (let i = 0; i < evidenceCount; i++) {
    const evidence = relation.evidence[i];
    cells.push(evidence?.source ?? "", evidence?.quote ?? "", evidence?.status ?? "", quoteAssertersCell(evidence?.assertedBy));
  }
  return cells.map(csvCell).join(",");
}

/** Columns of sources/sources.csv, in order. */
export const SOURCE_CSV_COLUMNS = ["id", "title", "kind", "date", "file", "url", "note"] as const;

/** The source's entry in sources/sources.jsonl: its metadata (not its text), optional fields left out when absent. */
export function sourceJson(source: Source): string {
  const { id, title, kind, date, file, url, note } = source;
  return JSON.stringify({ id, title, kind, date, file, url, note });
}

/** The header of sources/sources.csv. */
export function sourceCsvHeader(): string {
  return SOURCE_CSV_COLUMNS.join(",");
}

/** The source's row of sources/sources.csv. */
export function sourceCsv(source: Source): string {
  return SOURCE_CSV_COLUMNS.map((column) => csvCell(source[column] ?? "")).join(",");
}

/** Joins lines into chunks of about `size` lines, so writers make few large writes instead of many small ones. */
export function* chunkLines<T>(items: Iterable<T>, toLine: (item: T) => string, header?: string, size = 2000): Generator<string> {
  let batch: string[] = header === undefined ? [] : [header];
  for (const item of items) {
    batch.push(toLine(item));
    if (batch.length >= size) {
      yield `${batch.join("\n")}\n`;
      batch = [];
    }
  }
  if (batch.length > 0) yield `${batch.join("\n")}\n`;
}
