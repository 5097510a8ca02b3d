// `actorgraph export`: write the built graph in a format other tools read.
import { resolve } from "node:path";
import { writeFileAtomic } from "../../export/atomic-write.ts";
import { graphJsonChunks } from "../../export/json.ts";
import { buildGraph } from "../../graph/build.ts";
import type { KnowledgeGraph } from "../../graph/types.ts";
import { DATA_OPTION, type Command } from "../command.ts";
import { EXIT, UsageError } from "../io.ts";
import { loadOrReport } from "../load-data.ts";

/** Every export format: its name, what it is for, and how to produce it in chunks. */
export const EXPORT_FORMATS: Record<string, { description: string; chunks: (graph: KnowledgeGraph) => Iterable<string> }> = {
  json: { description: "graphology's serialization {attributes, options, nodes, edges}, for code", chunks: graphJsonChunks },
};

/** Exports the built graph; the file is written atomically, `--out -` writes to stdout. */
export const exportCommand: Command = {
  name: "export",
  summary: `write the graph as ${Object.keys(EXPORT_FORMATS).join(", ")}`,
  usage: "export --format FORMAT --out FILE [--data DIR]",
  details: () => `Formats:\n${Object.entries(EXPORT_FORMATS).map(([name, f]) => `  ${name.padEnd(8)} ${f.description}`).join("\n")}\n\n--out - writes to standard output.`,
  options: {
    ...DATA_OPTION,
    format: { type: "string", valueName: "FORMAT", help: `one of ${Object.keys(EXPORT_FORMATS).join(", ")}` },
    out: { type: "string", valueName: "FILE", help: "file to write, or - for standard output" },
  },
  async run(values, _positionals, io) {
    const known = Object.keys(EXPORT_FORMATS).join(", ");
    if (values.format === undefined) throw new UsageError(`--format is required (one of ${known})`);
    const format = EXPORT_FORMATS[String(values.format)];
    if (!format) throw new UsageError(`unknown format "${String(values.format)}"; formats: ${known}`);
    if (values.out === undefined) throw new UsageError("--out is required (a file path, or - for standard output)");
    const dataset = await loadOrReport(values.data, io);
    if (typeof dataset === "number") return dataset;
    const graph = buildGraph(dataset);
    const out = String(values.out);
    if (out === "-") {
      for (const chunk of format.chunks(graph)) io.stdout(chunk);
    } else {
      await writeFileAtomic(resolve(io.cwd, out), format.chunks(graph));
      io.stderr(`wrote ${out} (${String(values.format)}): ${graph.order} nodes, ${graph.size} edges\n`);
    }
    return EXIT.ok;
  },
};
