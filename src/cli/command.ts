// The shape of a CLI command: its name, help and options in one record, so help is generated from it.
import type { ParseArgsConfig } from "node:util";
import type { CliIO } from "./io.ts";

/** Parsed option values, as node:util parseArgs returns them. */
export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** One option, with the help line that documents it. */
export type OptionSpec = NonNullable<ParseArgsConfig["options"]>[string] & { help: string; valueName?: string };

/** A subcommand of `actorgraph`. */
export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Usage line after `actorgraph`, e.g. `export --format FORMAT --out FILE`. */
  usage: string;
  /** Longer help: what it does, exit codes, examples. */
  details?: (io: CliIO) => string | Promise<string>;
  options: Record<string, OptionSpec>;
  /** How many positional arguments it takes (default none). */
  positionals?: { min: number; max: number; names: string };
  run: (values: OptionValues, positionals: string[], io: CliIO) => Promise<number>;
}

/** The `--data DIR` option every command takes. */
export const DATA_OPTION: Record<string, OptionSpec> = {
  data: { type: "string", default: "graph-data", valueName: "DIR", help: "data folder to read (default: graph-data)" },
};
