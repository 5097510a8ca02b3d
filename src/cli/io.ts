// What a CLI command may touch: its output streams and working folder, passed in so tests run in-process.

/** Output and working folder of one CLI run. */
export interface CliIO {
  /** Writes to standard output; the text includes its own newlines. */
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Folder that relative paths are resolved against. */
  cwd: string;
  /** True when stderr is a terminal, so progress can be drawn in place; plain lines otherwise. */
  stderrIsTTY?: boolean;
  /** Stops a long-running command (`serve`) when aborted; without it, Ctrl-C or SIGTERM does. */
  signal?: AbortSignal;
}

/** Exit codes: success, data errors, usage errors. */
export const EXIT = { ok: 0, data: 1, usage: 2 } as const;

/** A mistake in how the command was called; the CLI prints it with the usage and exits 2. */
export class UsageError extends Error {
  override name = "UsageError";
}
