// The format-neutral view of one data record that every validation rule reads: YAML, JSONL and CSV implement it.
import type { DataError, DataErrorCode } from "./data-error.ts";

/** Where something sits in a file (1-based). */
export interface Position {
  line: number;
  column: number;
}

/**
 * A place in a data file that an error can point at: a YAML node, a JSON field path, a CSV cell.
 * Opaque to the rules, which only hand it back to {@link RecordReport.add}; formats turn it into a
 * line and column only when an error is reported, so valid records pay nothing for it.
 */
export type Spot = unknown;

/** Collects the errors of one file and knows how to place a spot in it. */
export interface RecordReport {
  /** Path as shown in messages. */
  readonly path: string;
  readonly errors: DataError[];
  /** The position of a spot, or of the record (or file) start when the spot is missing. */
  positionOf(spot: Spot | undefined): Position;
  /** The line of `positionOf(spot)`, which some formats know without finding the column. */
  lineOf(spot: Spot | undefined): number;
  /** Records one error at a spot's position. */
  add(spot: Spot | undefined, code: DataErrorCode, message: string, hint?: string): void;
}

/** What a field holds, as far as rules that accept several shapes need to know. */
export type FieldShape = "absent" | "empty" | "list" | "other";

/**
 * One record (an entity, a relation, a piece of evidence...) read field by field. Readers never
 * throw on bad data: a bad field yields undefined (or an empty value) and a located error.
 */
export interface FieldRecord {
  readonly report: RecordReport;
  /** How the record is named in messages, e.g. `entity "kyiv"`; rules refine it as they learn the id. */
  name: string;
  /** The record itself, for errors about the whole record (a missing field). */
  readonly node: Spot;
  /** Where the record starts. */
  readonly position: Position;
  /** Where a field's value is, or undefined when the field is absent. */
  valueNode(key: string): Spot | undefined;
  /** Where item `index` of a list field is (the field itself when it is not a list). */
  itemNode(key: string, index: number): Spot | undefined;
  /** True when the key is present (even with an empty value). */
  has(key: string): boolean;
  /** The shape of a field's value. */
  shape(key: string): FieldShape;
  /** A required or optional non-empty string; numbers are refused, so ids never silently change type. */
  string(key: string, required: boolean): string | undefined;
  /** A date field: text, or a bare year written as a number. */
  dateText(key: string): string | undefined;
  /** A list of non-empty strings; with `allowSingle`, a lone string counts as a one-item list. */
  stringList(key: string, allowSingle: boolean): string[];
  /** A boolean, or `fallback` when absent. */
  boolean(key: string, fallback: boolean): boolean;
  /** A finite number, or undefined when absent (a value that is not a number is reported). */
  number(key: string): number | undefined;
  /** A mapping of camelCase names to non-negative numbers or short texts. */
  quantities(key: string): Record<string, number | string>;
  /** A list of sub-records, each handed to `read`. */
  records<T>(key: string, what: string, read: (record: FieldRecord, index: number) => T | undefined): T[];
  /**
   * Reports every field that is not in `allowed`, suggesting the nearest allowed one. `others` are
   * the fields of the other kind of record the same file may hold (a relation beside an `addTo`
   * record): one of them is reported with `others.hint`. In a CSV file their columns are not
   * unknown, since rows of both kinds share the header; a row is reported only when it fills one.
   */
  rejectUnknownFields(allowed: readonly string[], others?: OtherKindFields): void;
}

/** The fields of another kind of record that may share a file with this one (see {@link FieldRecord.rejectUnknownFields}). */
export interface OtherKindFields {
  fields: readonly string[];
  /** Says how to write what this record cannot hold, e.g. "define the relation in a record of its own". */
  hint: string;
}

/** The message for a field that belongs to the other kind of record, the same in every format. */
export function otherKindMessage(name: string, key: string): string {
  return `${name} cannot have "${key}"`;
}
