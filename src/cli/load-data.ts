// Shared by commands: load a data folder, or print its located errors and say which exit code to use.
import { resolve } from "node:path";
import { counted } from "../model/wording.ts";
import { formatDataError } from "../load/data-error.ts";
import { loadDataFolder } from "../load/read-folder.ts";
import type { Dataset } from "../model/dataset.ts";
import { withoutProposals } from "../model/review.ts";
import type { OptionSpec } from "./command.ts";
import { EXIT, UsageError, type CliIO } from "./io.ts";

/**
 * Loads `--data`; on data errors prints them all to stderr and returns the exit code instead.
 * Records `actorgraph extract` proposed and no one has accepted are left out unless
 * `includeProposed` (they are validated either way).
 */
export async function loadOrReport(dataOption: unknown, io: CliIO, options: { includeProposed?: boolean } = {}): Promise<Dataset | number> {
  const dir = resolve(io.cwd, String(dataOption ?? "graph-data"));
  const result = await loadDataFolder(dir, { shownFrom: io.cwd });
  if (result.ok) return options.includeProposed ? result.dataset : withoutProposals(result.dataset);
  for (const error of result.errors) io.stderr(`${formatDataError(error)}\n`);
  const n = result.errors.length;
  io.stderr(`${counted(n, "error")} in ${String(dataOption ?? "graph-data")}; nothing was written.\n`);
  return EXIT.data;
}

/** Parses a whole-number option, or throws a usage error naming it. */
export function integerOption(value: unknown, name: string, min = 0): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} takes a whole number >= ${min}, not "${String(value)}"`);
  return n;
}

/** The `--include-proposed` option of the commands that build a graph. */
export const INCLUDE_PROPOSED_OPTION: Record<string, OptionSpec> = {
  "include-proposed": { type: "boolean", help: "also take the records `actorgraph extract` proposed and no one has accepted or rejected yet" },
};
