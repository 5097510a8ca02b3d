// The thin file-system side of loading: reads a data folder's files and hands them to the pure validator.
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { DataError } from "./data-error.ts";
import { validateFiles, type DataFiles, type LoadResult } from "./validate.ts";
import type { TextFile } from "./yaml-records.ts";

const YAML_FILE = /\.ya?ml$/;

/** The folder layout a data folder follows; the README documents it. */
export const DATA_LAYOUT = {
  ontology: "ontology.yaml",
  sourcesFolder: "sources",
  sourcesIndex: "sources/sources.yaml",
  entitiesFolder: "entities",
  relationsFolder: "relations",
} as const;

class UnreadableFile extends Error {
  constructor(readonly dataError: DataError) {
    super(dataError.message);
  }
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

async function readText(path: string): Promise<TextFile> {
  const shown = relative(process.cwd(), path) || path;
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    throw new UnreadableFile({
      file: shown, line: 1, column: 1, code: missing ? "missing-file" : "unreadable-file",
      message: missing ? "file not found" : `cannot read the file (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    });
  }
  try {
    // A byte-order mark is an encoding marker, not content.
    return { path: shown, text: utf8.decode(bytes).replace(/^\uFEFF/, "") };
  } catch {
    throw new UnreadableFile({ file: shown, line: 1, column: 1, code: "unreadable-file", message: "the file is not valid UTF-8 text", hint: "save it as UTF-8" });
  }
}

async function listFiles(folder: string, keep: (name: string) => boolean): Promise<string[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries.filter((e) => e.isFile() && keep(e.name)).map((e) => e.name).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

/**
 * Reads `dir` (ontology.yaml, sources/, entities/*.yaml, relations/*.yaml) and validates it.
 * Every problem, unreadable files included, comes back as a located error; nothing throws for bad data.
 */
export async function loadDataFolder(dir: string): Promise<LoadResult> {
  const errors: DataError[] = [];
  const attempt = async <T>(read: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await read();
    } catch (error) {
      if (error instanceof UnreadableFile) return errors.push(error.dataError), undefined;
      throw error;
    }
  };
  const ontology = await attempt(() => readText(join(dir, DATA_LAYOUT.ontology)));
  const sources = await attempt(() => readText(join(dir, DATA_LAYOUT.sourcesIndex)));
  const sourceFolder = join(dir, DATA_LAYOUT.sourcesFolder);
  const sourceTexts = new Map<string, string>();
  for (const name of await listFiles(sourceFolder, (n) => !YAML_FILE.test(n))) {
    const file = await attempt(() => readText(join(sourceFolder, name)));
    if (file) sourceTexts.set(name, file.text);
  }
  const readAll = async (folder: string) => {
    const out: TextFile[] = [];
    for (const name of await listFiles(join(dir, folder), (n) => YAML_FILE.test(n))) {
      const file = await attempt(() => readText(join(dir, folder, name)));
      if (file) out.push(file);
    }
    return out;
  };
  const entities = await readAll(DATA_LAYOUT.entitiesFolder);
  const relations = await readAll(DATA_LAYOUT.relationsFolder);
  if (!ontology || !sources) return { ok: false, errors };
  const files: DataFiles = { ontology, sources, sourceTexts, entities, relations };
  const result = validateFiles(files);
  if (errors.length === 0) return result;
  return { ok: false, errors: [...errors, ...(result.ok ? [] : result.errors)] };
}
