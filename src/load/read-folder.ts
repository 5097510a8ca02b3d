// The thin file-system side of loading: reads a data folder's files (streaming the bulk ones) into the validator.
import { createReadStream, readFileSync, statSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import type { DataError } from "./data-error.ts";
import { fileSizeError, LIMITS } from "./limits.ts";
import { recordFormatOf } from "./record-files.ts";
import { FolderValidation, type LoadResult } from "./validate.ts";
import { decodeUtf8 } from "./utf8.ts";
import type { TextFile } from "./yaml-records.ts";

const YAML_FILE = /\.ya?ml$/;
const RECORD_FILE = /\.(?:ya?ml|jsonl|csv)$/i;

/** The folder layout a data folder follows; the README documents it. */
export const DATA_LAYOUT = {
  ontology: "ontology.yaml",
  sourcesFolder: "sources",
  /** The sources index, by default YAML; a collection of thousands of documents may list them as JSONL or CSV. */
  sourcesIndex: "sources/sources.yaml",
  /** The names the sources index may have inside the sources folder; a folder holds exactly one. */
  sourcesIndexNames: ["sources.yaml", "sources.jsonl", "sources.csv"],
  entitiesFolder: "entities",
  relationsFolder: "relations",
  /** Bulk files may also sit at the folder root under these names, read before the folders' files. */
  entitiesBulk: ["entities.csv", "entities.jsonl"],
  relationsBulk: ["relations.csv", "relations.jsonl"],
} as const;

class UnreadableFile extends Error {
  constructor(readonly dataError: DataError) {
    super(dataError.message);
  }
}


/** A path as messages show it: relative to the folder the user works in. */
function shownPath(path: string, shownFrom: string): string {
  return relative(shownFrom, path) || path;
}

/**
 * Reads a whole text file, refusing one over `maxBytes` before reading it. Synchronous on purpose:
 * a generated folder holds 1,000 to 20,000 small source documents, and sync stat + read of 10,000
 * of them took 150-300 ms against 700-1,800 ms through fs/promises (batches of 64) on the bench machine.
 */
async function readText(path: string, shownFrom: string, maxBytes: number = LIMITS.yamlFileBytes): Promise<TextFile> {
  const shown = shownPath(path, shownFrom);
  let bytes: Buffer;
  try {
    const tooLarge = fileSizeError(shown, statSync(path).size, maxBytes, maxBytes === LIMITS.yamlFileBytes ? "split it into several files, or use JSONL or CSV bulk files for large data" : "split the document into several sources");
    if (tooLarge) throw new UnreadableFile(tooLarge);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof UnreadableFile) throw error;
    // fs errors carry a code, ENOENT or another.
    const { code } = error as NodeJS.ErrnoException;
    throw new UnreadableFile({
      file: shown, line: 1, column: 1, code: code === "ENOENT" ? "missing-file" : "unreadable-file",
      message: code === "ENOENT" ? "file not found" : `cannot read the file (${code})`,
    });
  }
  try {
    return { path: shown, text: decodeUtf8(bytes) };
  } catch {
    throw new UnreadableFile({ file: shown, line: 1, column: 1, code: "unreadable-file", message: "the file is not valid UTF-8 text", hint: "save it as UTF-8" });
  }
}

/** The names of the files of `folder` that `keep` accepts, in name order; none when there is no such folder. */
async function listFiles(folder: string, keep: (name: string) => boolean, shownFrom: string, errors: DataError[]): Promise<string[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries.filter((e) => e.isFile() && keep(e.name)).map((e) => e.name).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A folder that is a file (ENOTDIR), say, is bad data like any other: reported, not thrown.
    if (code !== "ENOENT") errors.push({ file: shownPath(folder, shownFrom), line: 1, column: 1, code: "unreadable-file", message: `cannot read the folder (${code})` });
    return [];
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  }
  // Stryker disable next-line BlockStatement: callers only test the answer, and undefined is as false as false
  catch {
    return false;
  }
}

/**
 * The sources index files present in the sources folder, in the order of DATA_LAYOUT.sourcesIndexNames.
 * Two at once are reported (at the second): which one lists the sources would otherwise be a guess.
 */
async function sourcesIndexPaths(sourceFolder: string, shownFrom: string, errors: DataError[]): Promise<string[]> {
  const present: string[] = [];
  for (const name of DATA_LAYOUT.sourcesIndexNames) if (await isFile(join(sourceFolder, name))) present.push(join(sourceFolder, name));
  for (const extra of present.slice(1)) {
    errors.push({
      file: shownPath(extra, shownFrom), line: 1, column: 1, code: "duplicate-file",
      message: `the sources folder holds two sources indexes, ${shownPath(present[0]!, shownFrom)} and this one`, hint: "keep one of them",
    });
  }
  return present;
}

/** A records file of the folder: YAML read whole, or a JSONL/CSV file to stream. */
interface RecordsFile {
  path: string;
  shown: string;
  format: "yaml" | "jsonl" | "csv";
}

async function recordFiles(dir: string, bulkNames: readonly string[], folder: string, shownFrom: string, errors: DataError[]): Promise<RecordsFile[]> {
  const out: RecordsFile[] = [];
  const add = (path: string) => out.push({ path, shown: shownPath(path, shownFrom), format: recordFormatOf(path)! });
  for (const name of bulkNames) if (await isFile(join(dir, name))) add(join(dir, name));
  for (const name of await listFiles(join(dir, folder), (n) => RECORD_FILE.test(n), shownFrom, errors)) add(join(dir, folder, name));
  return out;
}

/** Streams a bulk file into the validation; a file that cannot be opened becomes a located error. */
async function streamInto(file: RecordsFile, feed: (path: string, chunks: AsyncIterable<Uint8Array>, format: "jsonl" | "csv") => Promise<void>): Promise<DataError | undefined> {
  // Stryker disable next-line ObjectLiteral: the chunk size is for speed only; records read the same in chunks of any size
  const stream = createReadStream(file.path, { highWaterMark: 1 << 20 });
  try {
    await feed(file.shown, stream, file.format as "jsonl" | "csv");
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code !== "string" || !code.startsWith("E")) throw error;
    return { file: file.shown, line: 1, column: 1, code: code === "ENOENT" ? "missing-file" : "unreadable-file", message: code === "ENOENT" ? "file not found" : `cannot read the file (${code})` };
  } finally
  // Stryker disable next-line BlockStatement: the readers close the stream when they stop early (their for-await returns it); this guards against one that does not
  {
    stream.destroy();
  }
}

/**
 * Reads `dir` (ontology.yaml, sources/, entities and relations as YAML, JSONL or CSV) and validates it.
 * JSONL and CSV files are streamed record by record. Every problem, unreadable files included,
 * comes back as a located error; nothing throws for bad data. Error paths are shown relative to
 * `options.shownFrom` (default: the process's working folder).
 */
export async function loadDataFolder(dir: string, options: { shownFrom?: string } = {}): Promise<LoadResult> {
  const shownFrom = options.shownFrom ?? process.cwd();
  const errors: DataError[] = [];
  const attempt = async <T>(read: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await read();
    } catch (error) {
      // Stryker disable next-line ConditionalExpression: readText throws nothing else; anything else would be a bug to let through
      if (error instanceof UnreadableFile) return errors.push(error.dataError), undefined;
      throw error;
    }
  };
  const ontology = await attempt(() => readText(join(dir, DATA_LAYOUT.ontology), shownFrom));
  const sourceFolder = join(dir, DATA_LAYOUT.sourcesFolder);
  const [indexPath] = await sourcesIndexPaths(sourceFolder, shownFrom, errors);
  if (indexPath === undefined) {
    errors.push({
      file: shownPath(join(dir, DATA_LAYOUT.sourcesIndex), shownFrom), line: 1, column: 1, code: "missing-file", message: "file not found",
      hint: `list the source documents in ${DATA_LAYOUT.sourcesIndexNames.map((n) => `${DATA_LAYOUT.sourcesFolder}/${n}`).join(" or ")}`,
    });
  }
  const sources = indexPath === undefined ? undefined : await attempt(() => readText(indexPath, shownFrom));
  // A document that is there but refused (too large, not UTF-8) maps to undefined: its own error says why,
  // so the index must not call it missing as well.
  const sourceTexts = new Map<string, string | undefined>();
  // One after another: readText is synchronous (see there), so batching the thousands of documents gained nothing.
  const indexNames: readonly string[] = DATA_LAYOUT.sourcesIndexNames;
  const names = await listFiles(sourceFolder, (n) => !YAML_FILE.test(n) && !indexNames.includes(n), shownFrom, errors);
  for (const name of names) {
    const file = await attempt(() => readText(join(sourceFolder, name), shownFrom, LIMITS.sourceFileBytes));
    sourceTexts.set(name, file?.text);
  }
  const entityFiles = await recordFiles(dir, DATA_LAYOUT.entitiesBulk, DATA_LAYOUT.entitiesFolder, shownFrom, errors);
  const relationFiles = await recordFiles(dir, DATA_LAYOUT.relationsBulk, DATA_LAYOUT.relationsFolder, shownFrom, errors);
  // YAML files are small and hand-edited: read them whole up front, so unreadable ones are reported even when the ontology is missing.
  const yamlTexts = new Map<string, TextFile>();
  for (const file of [...entityFiles, ...relationFiles]) {
    if (file.format !== "yaml") continue;
    const text = await attempt(() => readText(file.path, shownFrom));
    // Stryker disable next-line ConditionalExpression: a file not read maps to undefined either way
    if (text) yamlTexts.set(file.path, text);
  }
  if (!ontology || !sources) return { ok: false, errors };

  const validation = new FolderValidation(ontology, sources, sourceTexts);
  validation.addErrors(errors);
  for (const file of entityFiles) {
    const text = yamlTexts.get(file.path);
    if (file.format === "yaml") {
      if (text) validation.entityText(text);
      continue;
    }
    const error = await streamInto(file, (path, chunks, format) => validation.entityStream(path, chunks, format));
    if (error) validation.addErrors([error]);
  }
  for (const file of relationFiles) {
    const text = yamlTexts.get(file.path);
    if (file.format === "yaml") {
      if (text) validation.relationText(text);
      continue;
    }
    const error = await streamInto(file, (path, chunks, format) => validation.relationStream(path, chunks, format));
    if (error) validation.addErrors([error]);
  }
  return validation.finish();
}
