// CSV data files: a header row naming the fields, then one record a row; errors point at the row and cell.
import type { DataError, DataErrorCode } from "./data-error.ts";
import { otherKindMessage, type FieldRecord, type FieldShape, type OtherKindFields, type Position, type RecordReport, type Spot } from "./field-record.ts";
import { didYouMean } from "./suggest.ts";

/** Separates the items of a list cell (`aliases`, `assertedBy`, `items`) and the entries of `quantities`. */
export const CSV_LIST_SEPARATOR = "|";
/**
 * A list cell holding an empty list. An empty cell is an absent field, which for a quote's
 * `assertedBy` means "the relation's asserters"; `[]` says "nobody: the document states it itself".
 */
export const CSV_EMPTY_LIST = "[]";
/** Options for csv-parse shared by the in-memory and the streaming reader. */
export const CSV_PARSE_OPTIONS = { bom: true, raw: true, relax_column_count: true, skip_empty_lines: true } as const;

const RECORD = Symbol("record");
const QUANTITY_NAME = /^[a-z][A-Za-z0-9]*$/;
const NUMBER = /^\d+(?:\.\d+)?$/;
const NESTED_COLUMN = /^([A-Z][A-Za-z]*?)(\d*)$/;
const LINE_BREAK = /\r\n|\r|\n/g;
const LEADING_BREAKS = /^(?:\r\n|\r|\n)*/;

/** Line and column of cell `index` in a record's raw text that starts on `firstLine`. */
function cellPosition(raw: string, firstLine: number, index: number): Position {
  let line = firstLine;
  let column = 1;
  let cell = 0;
  let quoted = false;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: every cell asked for is in the row's text, so the cell count ends the loop first
  for (let i = 0; i < raw.length && cell < index; i++) {
    const ch = raw[i];
    if (ch === '"') quoted = !quoted;
    if (ch === "\n") {
      line++;
      column = 1;
    } else {
      column++;
    }
    if (ch === "," && !quoted) cell++;
  }
  return { line, column };
}

/** The line breaks in `text`: "\r\n", "\n", or a lone "\r" (how csv-parse's raw text shows a "\r\n" record delimiter). */
function lineBreaks(text: string): number {
  return text.match(LINE_BREAK)?.length ?? 0;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** One CSV file: its errors, its header, and what has been checked about the header already. */
export class CsvFile {
  readonly errors: DataError[] = [];
  header: string[] | undefined;
  readonly columns = new Map<string, number>();
  headerLine = 1;
  /** The line the next row's raw text starts on. */
  nextLine = 1;
  // Stryker disable next-line StringLiteral: only read for an error at a header cell, which exists once the header is set
  headerRaw = "";
  /** Header checks already made (by field prefix), so an unknown column is reported once, not once a row. */
  readonly checked = new Set<string>();
  /** Fields that rows read as lists of nested records (evidence): the numbered column groups are theirs. */
  readonly nestedFields = new Set<string>();
  /**
   * Header columns named like a group of a field (evidenceSource2, but also labelFr): known only if
   * some row reads that field as nested records, which {@link finish} checks once every row is read.
   */
  readonly groupLike: { index: number; name: string; field: string; allowed: readonly string[] }[] = [];
  private readonly nestedGroups = new Map<string, Map<string, number[]>>();

  constructor(readonly path: string) {}

  /** Sets the header row, reporting empty and repeated column names. */
  setHeader(cells: string[], line: number, raw: string): void {
    this.header = cells.map((c) => c.trim());
    this.headerLine = line;
    this.headerRaw = raw;
    this.header.forEach((name, index) => {
      const at = cellPosition(raw, line, index);
      if (name === "") {
        this.errors.push({ file: this.path, ...at, code: "wrong-shape", message: `column ${index + 1} of the header has no name`, hint: "name every column, or remove the empty one" });
      } else if (this.columns.has(name)) {
        this.errors.push({ file: this.path, ...at, code: "duplicate-id", message: `the header names the column "${name}" twice`, hint: "keep one of the two columns" });
      } else {
        this.columns.set(name, index);
      }
    });
  }

  /** Reports the columns named like a group of a field that no row read as nested records; returns every error. */
  finish(): DataError[] {
    for (const { index, name, field, allowed } of this.groupLike) {
      if (!this.nestedFields.has(field)) this.errors.push(unknownColumn(this, index, name, name, allowed));
    }
    return this.errors;
  }

  /**
   * The column groups of a nested list field such as evidence, by number suffix ("", "2", "3"...):
   * evidenceSource and evidenceQuote form group "", evidenceSource2 and evidenceQuote2 group "2".
   */
  groups(field: string): Map<string, number[]> {
    let found = this.nestedGroups.get(field);
    // Stryker disable next-line ConditionalExpression: a memo; computing the groups again gives the same ones
    if (!found) {
      const groups = new Map<string, number[]>();
      for (const [name, index] of this.columns) {
        const match = name.startsWith(field) ? NESTED_COLUMN.exec(name.slice(field.length)) : null;
        if (!match) continue;
        // Stryker disable next-line ArrayDeclaration: a group's list is only asked whether one of its cells is filled, and an entry that is no index reads as an empty cell
        const group = groups.get(match[2]!) ?? [];
        group.push(index);
        groups.set(match[2]!, group);
      }
      found = new Map([...groups].sort(([a], [b]) => Number(a || 1) - Number(b || 1)));
      this.nestedGroups.set(field, found);
    }
    return found;
  }
}

/**
 * One data row, or a group of its cells standing for a nested record: the second piece of
 * evidence is the `evidenceSource2` and `evidenceQuote2` cells. It is its own report.
 */
export class CsvRecord implements FieldRecord, RecordReport {
  readonly node = RECORD;
  constructor(
    private readonly file: CsvFile,
    private readonly cells: string[],
    private readonly line: number,
    private readonly raw: string,
    public name: string,
    /** For a nested record: the list field its columns start with, and the group's number suffix. */
    private readonly prefix = "",
    // Stryker disable next-line StringLiteral: only nested records' column names use the suffix, and they are always given theirs
    private readonly suffix = "",
  ) {}

  get report(): RecordReport {
    return this;
  }
  get path(): string {
    return this.file.path;
  }
  get errors(): DataError[] {
    return this.file.errors;
  }
  get position(): Position {
    return { line: this.line, column: 1 };
  }

  private column(key: string): string {
    return this.prefix === "" ? key : `${this.prefix}${key.charAt(0).toUpperCase()}${key.slice(1)}${this.suffix}`;
  }

  /** The cell of a field; an empty cell counts as absent. */
  private cell(key: string): string | undefined {
    const index = this.file.columns.get(this.column(key));
    // Stryker disable next-line ConditionalExpression: a fast path; the cell at an undefined index is undefined too
    if (index === undefined) return undefined;
    const value = this.cells[index];
    // Stryker disable next-line ConditionalExpression: undefined is returned as undefined either way
    return value === undefined || value === "" ? undefined : value;
  }

  positionOf(spot: Spot | undefined): Position {
    // Stryker disable next-line ConditionalExpression: a fast path; no other spot is a column, so it gives the row's start too
    if (typeof spot === "string") {
      const index = this.file.columns.get(spot);
      // Stryker disable next-line ConditionalExpression: a fast path; cellPosition of no cell counts no cells and gives the row's start too
      return index === undefined ? this.position : cellPosition(this.raw, this.line, index);
    }
    return this.position;
  }

  lineOf(spot: Spot | undefined): number {
    // A quoted cell may span lines, so a cell's line is not always the row's.
    return this.positionOf(spot).line;
  }

  add(spot: Spot | undefined, code: DataErrorCode, message: string, hint?: string): void {
    this.file.errors.push({ file: this.file.path, ...this.positionOf(spot), code, message, ...(hint ? { hint } : {}) });
  }

  valueNode(key: string): Spot | undefined {
    return this.cell(key) === undefined ? undefined : this.column(key);
  }

  itemNode(key: string): Spot | undefined {
    return this.valueNode(key);
  }

  private nestedPresent(key: string): boolean {
    if (this.prefix !== "") return false;
    for (const columns of this.file.groups(key).values()) if (this.groupPresent(columns)) return true;
    return false;
  }

  private groupPresent(columns: number[]): boolean {
    return columns.some((index) => (this.cells[index] ?? "") !== "");
  }

  has(key: string): boolean {
    return this.cell(key) !== undefined || this.nestedPresent(key);
  }

  shape(key: string): FieldShape {
    // A rule that asks for the shape takes the field for a list of records.
    if (this.prefix === "") this.file.nestedFields.add(key);
    if (this.nestedPresent(key)) return "list";
    return this.cell(key) === undefined ? "absent" : "other";
  }

  string(key: string, required: boolean): string | undefined {
    const value = this.cell(key);
    if (value === undefined) {
      if (required) {
        const hint = this.file.columns.has(this.column(key)) ? `fill in the "${this.column(key)}" cell` : `add a "${this.column(key)}" column`;
        this.add(RECORD, "missing-field", `${this.name} has no "${key}"`, hint);
      }
      return undefined;
    }
    const text = value.trim();
    if (text.length === 0) {
      this.add(this.column(key), "empty-value", `"${key}" of ${this.name} is empty`);
      return undefined;
    }
    return text;
  }

  dateText(key: string): string | undefined {
    return this.string(key, false);
  }

  stringList(key: string): string[] {
    const value = this.cell(key);
    if (value === undefined || value.trim() === CSV_EMPTY_LIST) return [];
    const out: string[] = [];
    for (const item of value.split(CSV_LIST_SEPARATOR)) {
      const text = item.trim();
      if (text === "") {
        this.add(this.column(key), "wrong-type", `each item of "${key}" in ${this.name} must be non-empty text`, `separate items with a single ${CSV_LIST_SEPARATOR}`);
        continue;
      }
      out.push(text);
    }
    return out;
  }

  boolean(key: string, fallback: boolean): boolean {
    const value = this.cell(key)?.trim();
    if (value === undefined) return fallback;
    if (value === "true" || value === "false") return value === "true";
    this.add(this.column(key), "wrong-type", `"${key}" of ${this.name} must be true or false, not "${value}"`);
    return fallback;
  }

  number(key: string): number | undefined {
    const value = this.cell(key)?.trim();
    if (value === undefined || value === "") return undefined;
    const n = Number(value);
    if (Number.isFinite(n)) return n;
    this.add(this.column(key), "wrong-type", `"${key}" of ${this.name} must be a number, not "${value}"`);
    return undefined;
  }

  quantities(key: string): Record<string, number | string> {
    const value = this.cell(key);
    const out: Record<string, number | string> = {};
    if (value === undefined) return out;
    for (const entry of value.split(CSV_LIST_SEPARATOR)) {
      const equals = entry.indexOf("=");
      const [name, amount] = equals < 0 ? [entry.trim(), ""] : [entry.slice(0, equals).trim(), entry.slice(equals + 1).trim()];
      if (!QUANTITY_NAME.test(name)) {
        this.add(this.column(key), "bad-id", `quantity name "${name}" in ${this.name} must be camelCase, like shotDown`, `write name=value pairs separated by ${CSV_LIST_SEPARATOR}, like launched=35|shotDown=32`);
        continue;
      }
      if (amount === "") {
        this.add(this.column(key), "wrong-type", `quantity "${name}" in ${this.name} must be a non-negative number or a short text`, "write it as name=value");
        continue;
      }
      out[name] = NUMBER.test(amount) ? Number(amount) : amount;
    }
    return out;
  }

  records<T>(key: string, what: string, read: (record: FieldRecord, index: number) => T | undefined): T[] {
    if (this.prefix === "") this.file.nestedFields.add(key);
    const out: T[] = [];
    let index = 0;
    for (const [suffix, columns] of this.file.groups(key)) {
      if (!this.groupPresent(columns)) continue;
      const record = new CsvRecord(this.file, this.cells, this.line, this.raw, `${what} of ${this.name} #${index + 1}`, key, suffix);
      const value = read(record, index++);
      if (value !== undefined) out.push(value);
    }
    return out;
  }

  rejectUnknownFields(allowed: readonly string[], others?: OtherKindFields): void {
    if (others !== undefined && this.prefix === "") {
      // Rows of both kinds share the header, so a column of the other kind is known; a row that fills one is not.
      for (const field of others.fields) {
        if (!allowed.includes(field) && this.has(field)) this.add(this.valueNode(field) ?? RECORD, "unknown-field", otherKindMessage(this.name, field), others.hint);
      }
    }
    // The header is checked once, by the first row of each prefix: every row of a file knows the same fields, allowed and others together.
    if (this.file.checked.has(this.prefix)) return;
    this.file.checked.add(this.prefix);
    const known = others === undefined ? allowed : [...new Set([...allowed, ...others.fields])];
    // Stryker disable next-line OptionalChaining: a record exists only once its file's header is read
    this.file.header?.forEach((name, index) => {
      if (name === "") return;
      let field: string;
      if (this.prefix === "") {
        if (known.includes(name)) return;
        // Columns like evidenceSource2 belong to a nested list field, whose own records check them;
        // whether the field is one is known once the rows are read (CsvFile.finish).
        const group = known.find((a) => name.startsWith(a) && NESTED_COLUMN.test(name.slice(a.length)));
        // Stryker disable next-line ConditionalExpression: a column that is no group would be reported by finish() instead, with the same error (errors are sorted by position before anyone sees them)
        if (group !== undefined) return void this.file.groupLike.push({ index, name, field: group, allowed: known });
        field = name;
      } else {
        const match = name.startsWith(this.prefix) ? NESTED_COLUMN.exec(name.slice(this.prefix.length)) : null;
        if (!match) return;
        field = lowerFirst(match[1]!);
        if (allowed.includes(field)) return;
      }
      this.file.errors.push(unknownColumn(this.file, index, name, field, this.prefix === "" ? known : allowed));
    });
  }
}

/** The error for header column `index`, `name`, that is no field; `field` is the name to suggest a known field for. */
function unknownColumn(file: CsvFile, index: number, name: string, field: string, allowed: readonly string[]): DataError {
  const hint = didYouMean(field, allowed) ?? `known fields: ${allowed.join(", ")}`;
  return { file: file.path, ...cellPosition(file.headerRaw, file.headerLine, index), code: "unknown-field", message: `the header names an unknown column "${name}"`, hint };
}

/** A parsed CSV row as csv-parse hands it over with `raw`. */
export interface CsvRow {
  record: string[];
  raw: string;
}

/**
 * Reads one row: the first becomes the header, every later one a record handed to `read`.
 * A row with more cells than the header is reported; fewer cells count as empty ones.
 */
export function readCsvRow<T>(file: CsvFile, row: CsvRow, what: string, read: (record: FieldRecord) => T | undefined): T | undefined {
  // csv-parse's raw text is the blank lines skipped before the row, the row, and its line break (of a "\r\n"
  // only the "\r"). Lines are counted here: csv-parse's own count takes a "\r\n" inside a quoted cell for two.
  const blank = LEADING_BREAKS.exec(row.raw)![0];
  const raw = row.raw.slice(blank.length);
  const line = file.nextLine + lineBreaks(blank);
  file.nextLine = line + lineBreaks(raw);
  if (file.header === undefined) {
    file.setHeader(row.record, line, raw);
    return undefined;
  }
  if (row.record.length > file.header.length) {
    file.errors.push({
      file: file.path, ...cellPosition(raw, line, file.header.length), code: "wrong-shape",
      message: `row has ${row.record.length} cells but the header names ${file.header.length} columns`, hint: 'put cells that contain commas in double quotes: "Kyiv, Ukraine"',
    });
    return undefined;
  }
  return read(new CsvRecord(file, row.record, line, raw, `${what} on line ${line}`));
}

/** Turns a csv-parse error (an unclosed quote, say) into a located data error. */
export function csvSyntaxError(file: CsvFile, error: unknown): DataError {
  // csv-parse ends its messages with where it stopped (" at line 3 instead of..."): the error's own line says that.
  const message = (error as Error).message.replace(/ at line .*/s, "");
  return { file: file.path, line: (error as { lines?: number }).lines ?? 1, column: 1, code: "csv-syntax", message: `CSV syntax: ${message}`, hint: 'a quoted cell must end with a quote; write a quote inside a quoted cell as ""' };
}
