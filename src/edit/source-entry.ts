// A new entry for the sources index, appended to its text in the index's own format (YAML, JSONL or CSV), never re-serialising what is there.
import { parse as parseCsvText } from "csv-parse/sync";
import { isSeq, stringify } from "yaml";
import { formatDataError, type DataError } from "../load/data-error.ts";
import type { Source } from "../model/dataset.ts";
import { recordFormatOf, readTextRecords } from "../load/record-files.ts";
import { parseYaml, type TextFile } from "../load/yaml-records.ts";

/** What a sources index records of one document when it is added: its metadata, not its text (and no note). */
export type SourceEntry = Omit<Source, "text" | "note">;

/** The fields of an entry, in the order they are written. */
const ENTRY_FIELDS = ["id", "title", "kind", "date", "file", "url"] as const;

/** One record already in the index, as far as adding another needs to know it. */
export interface IndexedEntry {
  /** Its id and file name, when written as text. */
  id?: string;
  file?: string;
  line: number;
}

/** Errors that stop a whole index from being read: appending to such a file could only make it worse. */
const UNREADABLE = new Set(["yaml-syntax", "yaml-alias", "too-deep", "file-too-large", "unreadable-file", "wrong-shape", "json-syntax", "csv-syntax"]);

/**
 * The records of a sources index with their id, file name and line, whatever else is wrong with
 * them (that is `validate`'s business); or the first error that keeps the file from being read at all.
 */
export function readIndexEntries(index: TextFile): { entries: IndexedEntry[] } | { error: DataError } {
  const entries: IndexedEntry[] = [];
  const errors = readTextRecords(withoutBom(index), "source", (record) => {
    const id = record.string("id", false);
    const file = record.string("file", false);
    entries.push({ ...(id !== undefined ? { id } : {}), ...(file !== undefined ? { file } : {}), line: record.position.line });
  });
  const blocking = errors.find((e) => UNREADABLE.has(e.code));
  return blocking ? { error: blocking } : { entries };
}

/** The file without a leading byte-order mark, as the loader reads it (lines and offsets stay the same but for that one character). */
function withoutBom(file: TextFile): TextFile {
  return file.text.startsWith("\uFEFF") ? { path: file.path, text: file.text.slice(1) } : file;
}

/** Quotes a CSV cell when it holds a comma, a quote or a line break (RFC 4180), as the loader reads it. */
function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The entry's fields that have a value, in writing order. */
function presentFields(entry: SourceEntry): [string, string][] {
  return ENTRY_FIELDS.flatMap((key) => (entry[key] === undefined ? [] : [[key, entry[key]!] as [string, string]]));
}

/** How far the index's top-level list is indented, so the new item lines up with the others. */
function yamlIndent(index: TextFile): string {
  const { root } = parseYaml(index);
  if (!isSeq(root) || root.flow || root.range === undefined || root.range === null) return "";
  const start = root.range[0];
  const lineStart = index.text.lastIndexOf("\n", start - 1) + 1;
  const before = index.text.slice(lineStart, start);
  return /^ *$/.test(before) ? before : "";
}

/** The entry as the lines the index's format takes, ending with a line break; or why it cannot be written there. */
function entryText(file: TextFile, entry: SourceEntry): { text: string } | { error: string } {
  const index = withoutBom(file);
  const format = recordFormatOf(index.path) ?? "yaml";
  if (format === "jsonl") return { text: `${JSON.stringify(Object.fromEntries(presentFields(entry)))}\n` };
  if (format === "csv") {
    const [header] = parseCsvText(index.text, { to_line: 1, relax_column_count: true }) as string[][];
    const columns = (header ?? [...ENTRY_FIELDS]).map((c) => c.trim());
    const missing = presentFields(entry).find(([key]) => !columns.includes(key));
    if (missing) return { error: `${index.path} has no "${missing[0]}" column; add it to the header row, or leave out --${missing[0]}` };
    const row = `${columns.map((c) => csvCell((entry as unknown as Record<string, string | undefined>)[c] ?? "")).join(",")}\n`;
    return { text: header ? row : `${columns.join(",")}\n${row}` };
  }
  const indent = yamlIndent(index);
  // lineWidth 0: a long title stays on one line instead of being folded over several.
  const item = stringify([Object.fromEntries(presentFields(entry))], { lineWidth: 0 });
  return { text: item.replace(/^(?=.)/gm, indent) };
}

/**
 * The index's text with `entry` appended in its format, in the file's own line endings, and the
 * line the entry starts on. Everything before it is kept byte for byte: comments, order, quoting.
 * The result is read back as the loader reads it, and refused (with the reason) unless it holds the
 * old records unchanged plus this one: a list written in flow style (`[...]`), say, cannot grow by
 * appending lines.
 */
export function appendSourceEntry(index: TextFile, entry: SourceEntry): { text: string; line: number } | { error: string } {
  const before = readIndexEntries(index);
  if ("error" in before) return { error: `${index.path} cannot be read (${formatDataError(before.error).split("\n")[0]}); fix it first (actorgraph validate shows how)` };
  const composed = entryText(index, entry);
  if ("error" in composed) return composed;
  const crlf = index.text.includes("\r\n");
  const separator = index.text.length === 0 || index.text.endsWith("\n") ? "" : "\n";
  const added = separator + composed.text;
  const text = index.text + (crlf ? added.replace(/\r?\n/g, "\r\n") : added);
  const after = readIndexEntries({ path: index.path, text });
  const last = "entries" in after ? after.entries.at(-1) : undefined;
  const kept = "entries" in after && after.entries.length === before.entries.length + 1 && before.entries.every((e, i) => e.id === after.entries[i]!.id && e.file === after.entries[i]!.file);
  if (!kept || last?.id !== entry.id || last.file !== entry.file) {
    const why = recordFormatOf(index.path) === "jsonl" || recordFormatOf(index.path) === "csv" ? "read back, it would not list the same sources plus this one" : 'its list is not written one "- " item per source (flow style, [...]?)';
    return { error: `cannot append to ${index.path} safely: ${why}; add the entry by hand` };
  }
  return { text, line: last.line };
}
