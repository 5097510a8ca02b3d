// Writes a file so that readers see either the old file or the complete new one, never half of it.
import { createWriteStream, rmSync } from "node:fs";
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

/** Signals that end a process by default and can be caught: Ctrl-C, `kill`, a closed terminal. */
const CATCHABLE_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/** Temporary files being written right now, by any call in this process. */
const inFlight = new Set<string>();

function removeInFlight(): void {
  // Synchronous on purpose: the process is about to end and no callback would run.
  for (const temporary of inFlight) rmSync(temporary, { force: true });
  inFlight.clear();
}

/**
 * Ctrl-C or `kill` during a write: remove the temporary files, then end the process as the
 * signal would have, so the caller's shell sees the usual "killed by SIGINT" status (130).
 * When the program has listeners of its own for the signal, it has chosen how to stop: leave
 * the decision to it (the `exit` listener still cleans up if it exits).
 */
function onSignal(signal: NodeJS.Signals): void {
  if (process.listenerCount(signal) > 1) return;
  removeInFlight();
  stopWatching();
  process.kill(process.pid, signal);
}

function startWatching(): void {
  for (const signal of CATCHABLE_SIGNALS) process.on(signal, onSignal);
  process.on("exit", removeInFlight);
}

function stopWatching(): void {
  for (const signal of CATCHABLE_SIGNALS) process.off(signal, onSignal);
  process.off("exit", removeInFlight);
}

function track(temporary: string): void {
  if (inFlight.size === 0) startWatching();
  inFlight.add(temporary);
}

function untrack(temporary: string): void {
  // Stryker disable next-line ConditionalExpression: each write untracks its temporary file exactly once, so the delete always succeeds (the always-return variant is caught by the listener-count test)
  if (!inFlight.delete(temporary)) return;
  // Without writes in flight the process gets its default signal behaviour back.
  if (inFlight.size === 0) stopWatching();
}

/** One file of a {@link writeFilesAtomic} batch. */
export interface FileToWrite {
  path: string;
  chunks: Iterable<string> | AsyncIterable<string>;
}

/**
 * Streams `chunks` into a temporary file beside `path`, then renames it over `path`.
 * On any failure the temporary file is removed, the previous file is left untouched, and an
 * {@link OutputError} says why (errors thrown by `chunks` itself pass through unchanged).
 *
 * An interrupted process (SIGINT, SIGTERM, SIGHUP, or `process.exit` mid-write) removes its
 * temporary files before it ends. A hard kill (SIGKILL, a power cut) cannot be caught: the
 * previous file is still whole, but a stale `.<name>.<pid>.<time>.tmp` may remain beside it.
 */
export async function writeFileAtomic(path: string, chunks: Iterable<string> | AsyncIterable<string>): Promise<void> {
  await writeFilesAtomic([{ path, chunks }]);
}

/**
 * Writes files that belong together (the three files of a CSV export) as {@link writeFileAtomic}
 * writes one, and replaces none of them until every one is written: a full disk or a failing
 * chunk half-way leaves all the previous files as they were, never a new nodes.csv beside an old
 * edges.csv. Only the final renames, one per file in the same folder, come after that point.
 */
export async function writeFilesAtomic(files: readonly FileToWrite[]): Promise<void> {
  const written: { path: string; temporary: string }[] = [];
  try {
    for (const { path, chunks } of files) {
      const folder = dirname(path);
      try {
        await mkdir(folder, { recursive: true });
      } catch (error) {
        throw asOutputError(path, error);
      }
      const temporary = join(folder, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
      track(temporary);
      written.push({ path, temporary });
      try {
        // pipeline handles back-pressure, so a big export never piles up in memory.
        // Stryker disable next-line ObjectLiteral,StringLiteral: utf8 is also what a write stream uses when the encoding is missing or empty
        await pipeline(Readable.from(chunks), createWriteStream(temporary, { encoding: "utf8" }));
      } catch (error) {
        throw asOutputError(path, error);
      }
    }
    for (const { path, temporary } of written) {
      try {
        await rename(temporary, path);
      } catch (error) {
        throw asOutputError(path, error);
      }
    }
  } finally {
    // After a failure, the temporary files not yet renamed; after success, none remain.
    for (const { temporary } of written) {
      await rm(temporary, { force: true });
      untrack(temporary);
    }
  }
}

function asOutputError(path: string, error: unknown): unknown {
  // Stryker disable next-line OptionalChaining: errors here come from mkdir, pipeline or rename, never null (chunks throwing null surface as ERR_STREAM_PREMATURE_CLOSE)
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== "string" || !/^E[A-Z]+$/.test(code)) return error;
  return new OutputError(path, REASONS[code] ?? code);
}
