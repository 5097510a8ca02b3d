// The CLI's entry: argv in, exit code out. Parses nothing at import time, so tests call it in-process.
import { parseArgs } from "node:util";
import { OutputError } from "../export/atomic-write.ts";
import { didYouMean } from "../load/suggest.ts";
import type { Command, OptionSpec } from "./command.ts";
import { addSourceCommand } from "./commands/add-source.ts";
import { buildCommand } from "./commands/build.ts";
import { exportCommand } from "./commands/export.ts";
import { extractCommand } from "./commands/extract.ts";
import { findCommand } from "./commands/find.ts";
import { generateCommand } from "./commands/generate.ts";
import { neighborsCommand } from "./commands/neighbors.ts";
import { pathCommand } from "./commands/path.ts";
import { serveCommand } from "./commands/serve.ts";
import { reviewCommand } from "./commands/review.ts";
import { statsCommand } from "./commands/stats.ts";
import { typesCommand } from "./commands/types.ts";
import { validateCommand } from "./commands/validate.ts";
import { EXIT, UsageError, type CliIO } from "./io.ts";

/** Every command, in the order help lists them. */
export const COMMANDS: Command[] = [validateCommand, buildCommand, statsCommand, exportCommand, typesCommand, generateCommand, pathCommand, neighborsCommand, findCommand, addSourceCommand, extractCommand, reviewCommand, serveCommand];

function optionLine(name: string, spec: OptionSpec): string {
  const flag = `--${name}${spec.type === "string" ? ` ${spec.valueName ?? "VALUE"}` : ""}${spec.short ? `, -${spec.short}` : ""}`;
  return `  ${flag.padEnd(24)} ${spec.help}`;
}

/** The help text of one command, generated from its record. */
export async function commandHelp(command: Command, io: CliIO): Promise<string> {
  const details = command.details ? `\n${await command.details(io)}\n` : "";
  const options = Object.entries(command.options).map(([name, spec]) => optionLine(name, spec));
  return `Usage: actorgraph ${command.usage}\n\n${command.summary}\n${details}\nOptions:\n${options.join("\n")}\n  --help, -h               show this help\n`;
}

/** The top-level help: every command with its one-line summary. */
export function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const list = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n");
  return (
    "actorgraph: documents about a conflict -> a knowledge graph of actors and typed relations,\n" +
    "every relation traced to the quote that supports it.\n\n" +
    `Usage: actorgraph <command> [options]\n\nCommands:\n${list}\n\n` +
    "Run `actorgraph <command> --help` for a command's options.\n" +
    "Exit codes: 0 success, 1 data errors, 2 usage errors.\n"
  );
}

/**
 * Runs the CLI with `argv` (without node and script) and returns the exit code.
 * Data errors are printed as located messages (exit 1), usage errors with the usage (exit 2),
 * unwritable outputs as one line (exit 1); only programmer errors escape as exceptions.
 */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    if (name === "help" && rest[0]) return run([rest[0], "--help"], io);
    (name === undefined ? io.stderr : io.stdout)(mainHelp());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === "--version") {
    io.stdout("actorgraph 0.1.0\n");
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    const hint = didYouMean(name, COMMANDS.map((c) => c.name));
    io.stderr(`actorgraph: unknown command "${name}"${hint ? `; ${hint}` : ""}\n\n${mainHelp()}`);
    return EXIT.usage;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(await commandHelp(command, io));
    return EXIT.ok;
  }
  try {
    const options = Object.fromEntries(Object.entries(command.options).map(([key, { help: _h, valueName: _v, ...spec }]) => [key, spec]));
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options, allowPositionals: command.positionals !== undefined, strict: true });
    } catch (error) {
      throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ""));
    }
    const positionals = parsed.positionals;
    const expected = command.positionals;
    if (expected && (positionals.length < expected.min || positionals.length > expected.max)) {
      throw new UsageError(`"${command.name}" takes ${expected.names}`);
    }
    return await command.run(parsed.values, positionals, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`actorgraph ${command.name}: ${error.message}\n\nUsage: actorgraph ${command.usage}\nRun \`actorgraph ${command.name} --help\` for details.\n`);
      return EXIT.usage;
    }
    if (error instanceof OutputError) {
      io.stderr(`actorgraph ${command.name}: ${error.message}\n`);
      return EXIT.data;
    }
    throw error;
  }
}
