// Data files of records in any format (YAML, JSONL, CSV), in memory or streamed, handed record by record to a reader.
import { parse as parseCsv } from "csv-parse";
import { parse as parseCsvText } from "csv-parse/sync";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { DataError } from "./data-error.ts";
import type { FieldRecord } from "./field-record.ts";
import { CSV_PARSE_OPTIONS, CsvFile, csvSyntaxError, readCsvRow, type CsvRow } from "./csv-records.ts";
import { JsonFileReport, readJsonLine } from "./json-records.ts";
import { decodeUtf8Chunks, NotUtf8 } from "./utf8.ts";
import { parseYaml, readRecordList, type TextFile } from "./yaml-records.ts";

/** The formats a file of records may have, by its extension. */
export type RecordFormat = "yaml" | "jsonl" | "csv";

/** Reads one record; its return value is ignored here (readers keep what they accept). */
export type ReadRecord = (record: FieldRecord) => unknown;

/** The format of a records file by its extension, or undefined for any other file. */
export function recordFormatOf(path: string): RecordFormat | undefined {
  if (/\.ya?ml$/i.test(path)) return "yaml";
  if (/\.jsonl$/i.test(path)) return "jsonl";
  if (/\.csv$/i.test(path)) return "csv";
  return undefined;
}

/** Reads every record of a file held in memory (YAML, or small JSONL and CSV files in tests); returns its errors. */
export function readTextRecords(file: TextFile, what: string, read: ReadRecord): DataError[] {
  const format = recordFormatOf(file.path) ?? "yaml";
  if (format === "yaml") {
    const parsed = parseYaml(file);
    readRecordList(parsed, what, read);
    return parsed.report.errors;
  }
  const text = file.text.replace(/^\uFEFF/, "");
  if (format === "jsonl") {
    const report = new JsonFileReport(file.path);
    text.split("\n").forEach((line, i) => readJsonLine(report, line.endsWith("\r") ? line.slice(0, -1) : line, i + 1, what, read));
    return report.errors;
  }
  const csv = new CsvFile(file.path);
  try {
    for (const row of parseCsvText(text, CSV_PARSE_OPTIONS) as unknown as CsvRow[]) readCsvRow(csv, row, what, read);
    return csv.finish();
  } catch (error) {
    if (!isCsvError(error)) throw error;
    // Rows after the error are not read, so columns named like a group of a field (CsvFile.finish) go unchecked.
    csv.errors.push(csvSyntaxError(csv, error));
  }
  return csv.errors;
}

/** csv-parse's own errors carry a CSV_ code; anything else is a bug to let through. */
function isCsvError(error: unknown): boolean {
  return typeof (error as { code?: unknown } | null)?.code === "string" && (error as { code: string }).code.startsWith("CSV_");
}

/**
 * Streams a JSONL or CSV file record by record, so a million relations never sit in memory as
 * one string. `chunks` is the file's bytes (a file read stream, say); returns the file's errors.
 */
export async function readStreamRecords(path: string, chunks: AsyncIterable<Uint8Array | string>, format: "jsonl" | "csv", what: string, read: ReadRecord): Promise<DataError[]> {
  const notUtf8 = (line: number): DataError => ({ file: path, line, column: 1, code: "unreadable-file", message: "the file is not valid UTF-8 text", hint: "save it as UTF-8" });
  if (format === "jsonl") {
    const report = new JsonFileReport(path);
    let line = 0;
    // Pieces of the line not yet ended. Kept as a list and joined once per line: growing one string
    // chunk by chunk and searching it each time made a 50 MB line take 25 s instead of under 1.
    let pending: string[] = [];
    const endLine = (lineText: string) => readJsonLine(report, lineText.endsWith("\r") ? lineText.slice(0, -1) : lineText, ++line, what, read);
    // Lines are split by hand rather than with node:readline: same streaming, a third less time at a million lines.
    try {
      for await (const text of decodeUtf8Chunks(chunks)) {
        let start = 0;
        for (let end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n", start)) {
          const piece = text.slice(start, end);
          // Stryker disable next-line ConditionalExpression: a fast path; joining no pieces gives ""
          endLine(pending.length === 0 ? piece : pending.join("") + piece);
          pending = [];
          start = end + 1;
        }
        // Stryker disable next-line ConditionalExpression,EqualityOperator: an empty piece adds nothing to the line it is joined to
        if (start < text.length) pending.push(text.slice(start));
      }
    } catch (error) {
      if (!(error instanceof NotUtf8)) throw error;
      report.errors.push(notUtf8(line + 1));
      return report.errors;
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator: with nothing pending the last line is empty, and an empty line is skipped as blank
    if (pending.length > 0) endLine(pending.join(""));
    return report.errors;
  }
  const csv = new CsvFile(path);
  try {
    await pipeline(Readable.from(decodeUtf8Chunks(chunks)), parseCsv(CSV_PARSE_OPTIONS), async (parsed: AsyncIterable<CsvRow>) => {
      for await (const row of parsed) readCsvRow(csv, row, what, read);
    });
    return csv.finish();
  } catch (error) {
    if (!(error instanceof NotUtf8) && !isCsvError(error)) throw error;
    // Bytes that are not UTF-8 stop the reading after the last row read whole.
    csv.errors.push(error instanceof NotUtf8 ? notUtf8(csv.nextLine) : csvSyntaxError(csv, error));
  }
  return csv.errors;
}
