// `actorgraph build`: validate, build and lay out the graph, and write it where the viewer reads it.
import { resolve } from "node:path";
import { writeFileAtomic } from "../../export/atomic-write.ts";
import { graphJsonChunks } from "../../export/json.ts";
import { buildGraph } from "../../graph/build.ts";
import { DEFAULT_LAYOUT_OPTIONS } from "../../graph/layout.ts";
import { DATA_OPTION, type Command } from "../command.ts";
import { EXIT } from "../io.ts";
import { integerOption, loadOrReport } from "../load-data.ts";

/** Where `build` writes by default; the viewer reads the graph from here. */
export const DEFAULT_BUILD_OUTPUT = "build/graph.json";

/** Builds the graph with positions and writes it atomically; a failed build leaves the old file whole. */
export const buildCommand: Command = {
  name: "build",
  summary: `validate, build and lay out the graph, and write it (default ${DEFAULT_BUILD_OUTPUT})`,
  usage: "build [--data DIR] [--out FILE] [--iterations N] [--seed N] [--no-layout]",
  details: () =>
    "Writes graphology's JSON serialization with node positions from a seeded ForceAtlas2 layout:\n" +
    "the same data always gives the same bytes. On data errors nothing is written (exit 1).",
  options: {
    ...DATA_OPTION,
    out: { type: "string", default: DEFAULT_BUILD_OUTPUT, valueName: "FILE", help: `output file (default: ${DEFAULT_BUILD_OUTPUT})` },
    iterations: { type: "string", valueName: "N", help: `ForceAtlas2 iterations (default: ${DEFAULT_LAYOUT_OPTIONS.iterations})` },
    seed: { type: "string", valueName: "N", help: `seed of the start positions (default: ${DEFAULT_LAYOUT_OPTIONS.seed})` },
    "no-layout": { type: "boolean", help: "skip the layout; every node stays at 0,0" },
  },
  async run(values, _positionals, io) {
    const iterations = integerOption(values.iterations, "iterations");
    const seed = integerOption(values.seed, "seed");
    const dataset = await loadOrReport(values.data, io);
    if (typeof dataset === "number") return dataset;
    const layout = values["no-layout"] ? false : { ...(iterations !== undefined ? { iterations } : {}), ...(seed !== undefined ? { seed } : {}) };
    const graph = buildGraph(dataset, { layout });
    const out = String(values.out);
    await writeFileAtomic(resolve(io.cwd, out), graphJsonChunks(graph));
    io.stdout(`wrote ${out}: ${graph.order} nodes, ${graph.size} edges\n`);
    return EXIT.ok;
  },
};
