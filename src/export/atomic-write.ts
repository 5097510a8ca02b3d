// Writes a file so that readers see either the old file or the complete new one, never half of it.
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

/** Writing an output file failed; names the file and the system's reason in one line. */
export class OutputError extends Error {
  override name = "OutputError";
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`cannot write ${path}: ${reason}`);
  }
}

const REASONS: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device",
  EISDIR: "it is a folder",
  ENOTDIR: "a part of the path is a file, not a folder",
  // mkdir reports a file standing where a folder of the path should be as EEXIST.
  EEXIST: "a part of the path is a file, not a folder",
  ENOENT: "the folder does not exist",
};

/**
 * Streams `chunks` into a temporary file beside `path`, then renames it over `path`.
 * On any failure the temporary file is removed, the previous file is left untouched, and an
 * {@link OutputError} says why (errors thrown by `chunks` itself pass through unchanged).
 */
export async function writeFileAtomic(path: string, chunks: Iterable<string> | AsyncIterable<string>): Promise<void> {
  const folder = dirname(path);
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw asOutputError(path, error);
  }
  const temporary = join(folder, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    // pipeline handles back-pressure, so a big export never piles up in memory.
    await pipeline(Readable.from(chunks), createWriteStream(temporary, { encoding: "utf8" }));
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw asOutputError(path, error);
  }
}

function asOutputError(path: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== "string" || !/^E[A-Z]+$/.test(code)) return error;
  return new OutputError(path, REASONS[code] ?? code);
}
