// `actorgraph export`: write the built graph in a format other tools read.
import { join, resolve } from "node:path";
import { OutputError, writeFilesAtomic } from "../../export/atomic-write.ts";
import { edgesCsvChunks, nodesCsvChunks, quotesCsvChunks } from "../../export/csv.ts";
import { gexfChunks } from "../../export/gexf.ts";
import { graphmlChunks } from "../../export/graphml.ts";
import { graphJsonChunks } from "../../export/json.ts";
import { buildGraph } from "../../graph/build.ts";
import type { KnowledgeGraph } from "../../graph/types.ts";
import { DATA_OPTION, type Command } from "../command.ts";
import { EXIT, UsageError } from "../io.ts";
import { loadOrReport, INCLUDE_PROPOSED_OPTION } from "../load-data.ts";

/** What a format may be asked for on the command line. */
export interface ExportSettings {
  /** `--static`: a GEXF without time, even when relations are dated. */
  static: boolean;
  /** `--mixed`: GEXF relations that read both ways as `type="undirected"`, Gephi's mixed graph. */
  mixed: boolean;
  /** `--bom`: CSV files start with a UTF-8 byte-order mark. */
  bom: boolean;
  /** Receives each warning (characters XML cannot carry). */
  warn: (message: string) => void;
}

/** The boolean options of `export` that apply to some formats only. */
type ExportFlag = "static" | "mixed" | "bom";

/** One export format: what it is for, whether `--out` is a file or a folder, and its files' chunks. */
export interface ExportFormat {
  description: string;
  /** `file`: `--out` is the file (or - for stdout); `folder`: `--out` is a folder of named files. */
  out: "file" | "folder";
  /** The options of this command that apply to the format. */
  flags: readonly ExportFlag[];
  /** Each file to write: `name` inside the folder (ignored for `file` formats) and its chunks. */
  files: (graph: KnowledgeGraph, settings: ExportSettings) => { name: string; chunks: Iterable<string> }[];
}

/** Every export format: the one table that the option checks, help text and README follow. */
export const EXPORT_FORMATS: Record<string, ExportFormat> = {
  gexf: {
    description: "GEXF 1.3 for Gephi: colours, sizes, positions; dynamic (timeline) when relations are dated",
    out: "file",
    flags: ["static", "mixed"],
    files: (graph, s) => [{ name: "graph.gexf", chunks: gexfChunks(graph, { mode: s.static ? "static" : "auto", symmetric: s.mixed ? "undirected" : "mutual", onWarning: s.warn }) }],
  },
  graphml: {
    description: "GraphML with typed keys, for yEd, Cytoscape and networkx",
    out: "file",
    flags: [],
    files: (graph, s) => [{ name: "graph.graphml", chunks: graphmlChunks(graph, s.warn) }],
  },
  csv: {
    description: "nodes.csv, edges.csv and quotes.csv (one row per quote) in the folder --out, for spreadsheets and databases",
    out: "folder",
    flags: ["bom"],
    files: (graph, s) => [
      { name: "nodes.csv", chunks: nodesCsvChunks(graph, { bom: s.bom }) },
      { name: "edges.csv", chunks: edgesCsvChunks(graph, { bom: s.bom }) },
      { name: "quotes.csv", chunks: quotesCsvChunks(graph, { bom: s.bom }) },
    ],
  },
  json: {
    description: "graphology's serialization {attributes, options, nodes, edges}, for code",
    out: "file",
    flags: [],
    files: (graph) => [{ name: "graph.json", chunks: graphJsonChunks(graph) }],
  },
};

/** "a", "a and b", "a, b and c". */
function inWords(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** Warnings printed one by one before the rest are only counted. */
const SHOWN_WARNINGS = 10;

/** Exports the built graph; every file is written atomically, `--out -` writes to stdout. */
export const exportCommand: Command = {
  name: "export",
  summary: `write the graph as ${Object.keys(EXPORT_FORMATS).join(", ")}`,
  usage: "export --format FORMAT --out PATH [--data DIR] [--static] [--mixed] [--bom]",
  details: () =>
    `Formats:\n${Object.entries(EXPORT_FORMATS)
      .map(([name, f]) => `  ${name.padEnd(8)} ${f.description}`)
      .join("\n")}\n\n--out - writes to standard output (not for csv, which writes three files).\n` +
    "Files are written whole or not at all: a failed export leaves any previous file as it was.",
  options: {
    ...DATA_OPTION,
    ...INCLUDE_PROPOSED_OPTION,
    format: { type: "string", valueName: "FORMAT", help: `one of ${Object.keys(EXPORT_FORMATS).join(", ")}` },
    out: { type: "string", valueName: "PATH", help: "file to write (a folder for csv), or - for standard output" },
    static: { type: "boolean", help: "gexf: write a static graph even when relations are dated" },
    mixed: { type: "boolean", help: 'gexf: relations that read both ways as type="undirected" (a mixed graph, as Gephi draws it; networkx refuses it), not "mutual"' },
    bom: { type: "boolean", help: "csv: start each file with a UTF-8 byte-order mark (for Excel)" },
  },
  async run(values, _positionals, io) {
    const known = Object.keys(EXPORT_FORMATS).join(", ");
    if (values.format === undefined) throw new UsageError(`--format is required (one of ${known})`);
    const name = String(values.format);
    const format = Object.hasOwn(EXPORT_FORMATS, name) ? EXPORT_FORMATS[name] : undefined;
    if (!format) throw new UsageError(`unknown format "${name}"; formats: ${known}`);
    if (values.out === undefined || values.out === "") {
      throw new UsageError(`--out is required (${format.out === "folder" ? "a folder" : "a file path, or - for standard output"}); formats: ${known}`);
    }
    for (const flag of ["static", "mixed", "bom"] as const) {
      if (values[flag] === true && !format.flags.includes(flag)) throw new UsageError(`--${flag} applies to ${flag === "bom" ? "csv" : "gexf"} only, not ${name}`);
    }
    const out = String(values.out);
    if (out === "-" && format.out === "folder") throw new UsageError(`${name} writes several files; give --out a folder, not -`);

    const dataset = await loadOrReport(values.data, io, { includeProposed: values["include-proposed"] === true });
    if (typeof dataset === "number") return dataset;
    const graph = buildGraph(dataset);

    const warnings: string[] = [];
    const settings: ExportSettings = { static: values.static === true, mixed: values.mixed === true, bom: values.bom === true, warn: (m) => warnings.push(m) };
    const files = format.files(graph, settings);
    const written: string[] = [];
    if (out === "-") {
      for (const chunk of files[0]!.chunks) io.stdout(chunk);
    } else {
      const shown = (file: { name: string }) => (format.out === "folder" ? join(out, file.name) : out);
      const targets = files.map((file) => ({ path: format.out === "folder" ? join(resolve(io.cwd, out), file.name) : resolve(io.cwd, out), chunks: file.chunks, shown: shown(file) }));
      try {
        await writeFilesAtomic(targets);
      } catch (error) {
        // Name the path as the user gave it, not the resolved absolute one.
        const failed = error instanceof OutputError ? targets.find((t) => t.path === error.path) : undefined;
        if (error instanceof OutputError && failed) throw new OutputError(failed.shown, error.reason);
        throw error;
      }
      written.push(...targets.map((t) => t.shown));
    }
    for (const warning of warnings.slice(0, SHOWN_WARNINGS)) io.stderr(`warning: ${warning}\n`);
    if (warnings.length > SHOWN_WARNINGS) io.stderr(`warning: ... and ${warnings.length - SHOWN_WARNINGS} more values with characters XML cannot carry\n`);
    if (out !== "-") io.stderr(`wrote ${inWords(written)} (${name}): ${graph.order} nodes, ${graph.size} edges\n`);
    return EXIT.ok;
  },
};
