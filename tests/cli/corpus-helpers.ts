// Shared by the corpus specifications: a temporary copy of the invented four-document corpus, and a snapshot of a folder's files.
import { cpSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { temporaryFolder } from "../helpers/temporary-folder.ts";

/** The invented corpus of tests/fixtures/corpus (four documents about Valdoria, Norvask and Estmark). */
export const CORPUS_FIXTURE = "tests/fixtures/corpus";

/** A fresh copy of the corpus fixture in a temporary folder (removed when the test file ends); returns its path. */
export function corpusFolder(): string {
  const dir = temporaryFolder("corpus");
  cpSync(CORPUS_FIXTURE, dir, { recursive: true });
  return dir;
}

/** Every file under `dir` by its path relative to `dir`, with its bytes: compare two to see that nothing changed. */
export function folderSnapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}
