// Adds a document to a data folder: its text copied into the sources folder, its entry appended to the sources index.
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, extname, isAbsolute, join, relative, resolve } from "node:path";
import { writeFilesAtomic } from "../export/atomic-write.ts";
import { formatDataError } from "../load/data-error.ts";
import { ID_PATTERN, slugify } from "../load/ids.ts";
import { LIMITS } from "../load/limits.ts";
import { DATA_LAYOUT } from "../load/read-folder.ts";
import { readOntology } from "../load/read-ontology.ts";
import { didYouMean } from "../load/suggest.ts";
import { decodeUtf8 } from "../load/utf8.ts";
import { parseYaml } from "../load/yaml-records.ts";
import type { SourceKind } from "../model/ontology.ts";
import { parsePartialDate } from "../model/partial-date.ts";
import { appendSourceEntry, readIndexEntries, type SourceEntry } from "./source-entry.ts";

/** What to add: the document's file and what the index should say of it. */
export interface AddSourceRequest {
  /** The document's plain text, anywhere on disk. */
  file: string;
  title?: string;
  /** A source kind of the folder's ontology (`sourceKinds`, else the defaults). */
  kind?: string;
  /** Publication date, YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string;
  url?: string;
  /** The source id; by default a slug of the file name without its extension. */
  id?: string;
}

/** What was added and where. */
export interface AddedSource {
  entry: SourceEntry;
  /** Absolute paths of the text copy and of the sources index. */
  textPath: string;
  indexPath: string;
  /** The line of the index the new entry starts on. */
  indexLine: number;
}

/**
 * Why a source was not added; nothing was written. `option` when an option's value is wrong or
 * missing (a usage error), `refused` when the file or the folder stands in the way.
 */
export class AddSourceError extends Error {
  override name = "AddSourceError";
  constructor(
    message: string,
    readonly reason: "option" | "refused",
  ) {
    super(message);
  }
}

const option = (message: string) => new AddSourceError(message, "option");
const refused = (message: string) => new AddSourceError(message, "refused");

/** A path as messages show it: from `shownFrom` when inside it, else absolute (a climb of "../.." says less). */
export function shownPath(path: string, shownFrom: string): string {
  const inside = relative(shownFrom, path);
  return inside === "" ? "." : inside.startsWith("..") || isAbsolute(inside) ? path : inside;
}

/** The default id for a document: a slug of its file name without the extension ("Harbour Report.txt" -> "harbour-report"). */
export function defaultSourceId(file: string): string {
  return slugify(basename(file, extname(file)));
}

/** A one-line text option: present when required, on one line, within the loader's length limit. */
function lineOption(value: string | undefined, name: string, required: boolean): string | undefined {
  if (value === undefined) {
    if (required) throw option(`--${name} is required`);
    return undefined;
  }
  const text = value.trim();
  if (text === "") throw option(`--${name} is empty`);
  if (/[\r\n]/.test(text)) throw option(`--${name} must be one line`);
  if (text.length > LIMITS.nameLength) throw option(`--${name} has ${text.length} characters; the limit is ${LIMITS.nameLength}`);
  return text;
}

/** The source kinds of the folder's ontology; a folder without one is not a data folder. */
function sourceKinds(dir: string, shown: (path: string) => string): readonly SourceKind[] {
  const path = join(dir, DATA_LAYOUT.ontology);
  if (!existsSync(path)) throw refused(`${shown(path)} not found: is --data the data folder?`);
  let text: string;
  try {
    text = decodeUtf8(readFileSync(path));
  } catch {
    throw refused(`${shown(path)} cannot be read as UTF-8 text; run actorgraph validate to see why`);
  }
  const kinds = readOntology(parseYaml({ path: shown(path), text })).sourceKinds;
  if (kinds.length === 0) throw refused(`${shown(path)} lists no valid source kinds; run actorgraph validate to see why`);
  return kinds;
}

/** The sources index of the folder: exactly one of sources.yaml, sources.jsonl and sources.csv. */
function sourcesIndexPath(dir: string, shown: (path: string) => string): string {
  const folder = join(dir, DATA_LAYOUT.sourcesFolder);
  const present = DATA_LAYOUT.sourcesIndexNames.map((name) => join(folder, name)).filter((path) => existsSync(path));
  if (present.length === 0) throw refused(`no sources index in ${shown(folder)}: write one of ${DATA_LAYOUT.sourcesIndexNames.join(", ")} first (an empty sources.yaml will do)`);
  if (present.length > 1) throw refused(`${shown(folder)} holds two sources indexes (${present.map((p) => basename(p)).join(" and ")}); keep one of them`);
  return present[0]!;
}

/** The document's text, refused when it is missing, not a file, too large, not UTF-8 or empty; `shownPath` names it in messages. */
function documentText(path: string, shownPath: string): string {
  let bytes: Buffer;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) throw refused(`${shownPath} is not a file`);
    if (stats.size > LIMITS.sourceFileBytes) throw refused(`${shownPath} has ${(stats.size / 2 ** 20).toFixed(1)} MB; a source's text is limited to ${LIMITS.sourceFileBytes / 2 ** 20} MB: split the document into several sources`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof AddSourceError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw refused(code === "ENOENT" ? `${shownPath} not found` : `cannot read ${shownPath} (${code ?? "error"})`);
  }
  let text: string;
  try {
    text = decodeUtf8(bytes);
  } catch {
    throw refused(`${shownPath} is not valid UTF-8 text; save it as UTF-8 and try again`);
  }
  if (text.trim() === "") throw refused(`${shownPath} is empty; quotes are checked against its text`);
  // The bytes as they are (a byte-order mark included): the copy is the document, not a rewrite of it.
  return bytes.toString("utf8");
}

/**
 * Copies `request.file` into the sources folder of `dir` under its own name and appends its entry
 * to the sources index, after checking everything first: the options (title and kind required, kind
 * one of the ontology's, date a partial date, id well formed), the file (there, UTF-8, not empty),
 * and that neither the id nor the file name is taken. On any problem it throws an
 * {@link AddSourceError} and writes nothing. Both files are written atomically, the copy first; if
 * the index cannot be written, the copy is removed again, so the folder is as it was.
 * `dir` and `request.file` are relative to `options.shownFrom` (default: the working folder), which
 * messages show paths from.
 */
export async function addSource(dir: string, request: AddSourceRequest, options: { shownFrom?: string } = {}): Promise<AddedSource> {
  const shownFrom = options.shownFrom ?? process.cwd();
  const shown = (path: string) => shownPath(path, shownFrom);
  const root = resolve(shownFrom, dir);
  const title = lineOption(request.title, "title", true)!;
  const kind = lineOption(request.kind, "kind", true)!;
  const url = lineOption(request.url, "url", false);
  const date = lineOption(request.date, "date", false);
  if (date !== undefined) {
    const parsed = parsePartialDate(date);
    if ("error" in parsed) throw option(`--date: ${parsed.error}`);
  }
  const kinds = sourceKinds(root, shown);
  const kindIds = kinds.map((k) => k.id);
  if (!kindIds.includes(kind)) throw option(`unknown kind "${kind}"; ${didYouMean(kind, kindIds) ?? `the kinds are ${kindIds.join(", ")}`}`);

  const fileName = basename(request.file);
  const indexNames: readonly string[] = DATA_LAYOUT.sourcesIndexNames;
  if (/\.ya?ml$/i.test(fileName) || indexNames.includes(fileName)) {
    throw refused(`a source's text cannot be named ${fileName}: the sources folder keeps its index under that kind of name; save the text as .txt`);
  }
  const id = request.id === undefined ? defaultSourceId(request.file) : lineOption(request.id, "id", true)!;
  if (!ID_PATTERN.test(id)) {
    const slug = slugify(id);
    throw option(request.id === undefined
      ? `cannot make an id from the file name "${fileName}"; give one with --id`
      : `--id "${id}" is not a valid id: use lower-case ASCII letters, digits and hyphens${slug ? `, e.g. "${slug}"` : ""}`);
  }
  const documentPath = resolve(shownFrom, request.file);
  const text = documentText(documentPath, request.file);

  const indexPath = sourcesIndexPath(root, shown);
  const shownIndex = shown(indexPath);
  const indexBytes = readFileSync(indexPath);
  try {
    decodeUtf8(indexBytes);
  } catch {
    throw refused(`${shownIndex} is not valid UTF-8 text; save it as UTF-8 first`);
  }
  // As it is, a byte-order mark included: only the new entry is added to it.
  const index = { path: shownIndex, text: indexBytes.toString("utf8") };
  const read = readIndexEntries(index);
  if ("error" in read) throw refused(`${shownIndex} cannot be read: ${formatDataError(read.error).split("\n")[0]}; fix it first (actorgraph validate shows how)`);
  const sameId = read.entries.find((e) => e.id === id);
  if (sameId) throw refused(`the id "${id}" is already used by the source at ${shownIndex}:${sameId.line}; give another with --id`);
  const textPath = join(root, DATA_LAYOUT.sourcesFolder, fileName);
  if (documentPath === textPath) {
    // Copying a file onto itself does nothing; whoever asks most likely wants it listed: say how.
    throw refused(`${request.file} is already in the sources folder; add-source copies a document from elsewhere: move it out and run again, or write its entry in ${shownIndex} by hand`);
  }
  if (existsSync(textPath) || read.entries.some((e) => e.file === fileName)) {
    const owner = read.entries.find((e) => e.file === fileName);
    const where = existsSync(textPath) ? `the sources folder already has a file named ${fileName}` : `${shownIndex} already names a file ${fileName}`;
    throw refused(`${where}${owner?.id ? ` (the text of source "${owner.id}")` : ""}; rename your copy and try again`);
  }

  const entry: SourceEntry = { id, title, kind, ...(date ? { date } : {}), file: fileName, ...(url ? { url } : {}) };
  const appended = appendSourceEntry(index, entry);
  if ("error" in appended) throw refused(appended.error);

  // Both or neither: an index entry without its text, or a text no entry names, would each be an error at the next load.
  await writeFilesAtomic([{ path: textPath, chunks: [text] }, { path: indexPath, chunks: [appended.text] }]);
  return { entry, textPath, indexPath, indexLine: appended.line };
}
