// `actorgraph build`: validate, build and lay out the graph, and write it where the viewer reads it.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { writeFileAtomic } from "../../export/atomic-write.ts";
import { graphJsonChunks } from "../../export/json.ts";
import { buildGraph } from "../../graph/build.ts";
import { DEFAULT_LAYOUT_OPTIONS, layoutGraph } from "../../graph/layout.ts";
import { findViewerSite, writeSite } from "../../serve/site.ts";
import { DATA_OPTION, type Command } from "../command.ts";
import { EXIT, UsageError } from "../io.ts";
import { integerOption, loadOrReport, INCLUDE_PROPOSED_OPTION } from "../load-data.ts";
import { createProgress } from "../progress.ts";

/** Where `build` writes by default; the viewer reads the graph from here. */
export const DEFAULT_BUILD_OUTPUT = "build/graph.json";

/** Builds the graph with positions and writes it atomically; a failed build leaves the old file whole. */
export const buildCommand: Command = {
  name: "build",
  summary: `validate, build and lay out the graph, and write it (default ${DEFAULT_BUILD_OUTPUT})`,
  usage: "build [--data DIR] [--out FILE | --site DIR [--viewer DIR]] [--iterations N] [--seed N] [--no-layout]",
  details: () =>
    "Writes graphology's JSON serialization with node positions from a seeded ForceAtlas2 layout:\n" +
    "the same data always gives the same bytes. On data errors nothing is written (exit 1).\n" +
    "--site DIR writes the viewer with the graph inside instead, for any static host (open DIR/index.html through a web server).",
  options: {
    ...DATA_OPTION,
    ...INCLUDE_PROPOSED_OPTION,
    out: { type: "string", default: DEFAULT_BUILD_OUTPUT, valueName: "FILE", help: `output file (default: ${DEFAULT_BUILD_OUTPUT})` },
    iterations: { type: "string", valueName: "N", help: `ForceAtlas2 iterations (default: ${DEFAULT_LAYOUT_OPTIONS.iterations}, fewer on large graphs)` },
    seed: { type: "string", valueName: "N", help: `seed of the start positions (default: ${DEFAULT_LAYOUT_OPTIONS.seed})` },
    site: { type: "string", valueName: "DIR", help: "write the static viewer with the graph included into DIR, instead of --out" },
    viewer: { type: "string", valueName: "DIR", help: "--site: the built viewer to copy (default: the one shipped with actorgraph)" },
    "no-layout": { type: "boolean", help: "skip ForceAtlas2: nodes keep their seeded start positions, for the viewer's Run layout" },
  },
  async run(values, _positionals, io) {
    const site = values.site === undefined ? undefined : String(values.site);
    if (values.viewer !== undefined && site === undefined) throw new UsageError("--viewer goes with --site DIR");
    const siteSource = site === undefined ? undefined : values.viewer !== undefined ? resolve(io.cwd, String(values.viewer)) : findViewerSite();
    if (site !== undefined && (siteSource === undefined || !existsSync(join(siteSource, "index.html")))) {
      throw new UsageError(`no built viewer found to copy${values.viewer !== undefined ? ` in ${String(values.viewer)}` : ""}: run \`npm run build\` in the checkout first, or give one with --viewer DIR`);
    }
    const iterations = integerOption(values.iterations, "iterations");
    const seed = integerOption(values.seed, "seed");
    // Steps over a second report on stderr, so a million-relation build is never silent.
    const progress = createProgress(io.stderr, { tty: io.stderrIsTTY === true });
    const dataset = await progress.step("reading and validating", () => loadOrReport(values.data, io, { includeProposed: values["include-proposed"] === true }));
    if (typeof dataset === "number") return dataset;
    const graph = await progress.step("building the graph", () => buildGraph(dataset, { layout: false }));
    // Without the layout nodes still get their seeded start positions (one cheap pass): nodes all at 0,0
    // give ForceAtlas2 no direction to push them apart, so the viewer's "Run layout" could not spread them.
    const layout = { ...(iterations !== undefined ? { iterations } : {}), ...(seed !== undefined ? { seed } : {}), ...(values["no-layout"] ? { iterations: 0 } : {}) };
    await progress.step("laying out", () => layoutGraph(graph, { ...layout, onProgress: progress.counter("ForceAtlas2") }));
    if (site !== undefined) {
      await progress.step(`writing the site ${site}`, () => writeSite(siteSource!, graph, resolve(io.cwd, site)));
      io.stdout(`wrote the viewer with the graph to ${site}: ${graph.order} nodes, ${graph.size} edges\n`);
      return EXIT.ok;
    }
    const out = String(values.out);
    await progress.step(`writing ${out}`, () => writeFileAtomic(resolve(io.cwd, out), graphJsonChunks(graph)));
    io.stdout(`wrote ${out}: ${graph.order} nodes, ${graph.size} edges\n`);
    return EXIT.ok;
  },
};
