// Vite plugin (runs in Node, inside vite): serves the built graph as /graph.json, rebuilds it when the data changes, emits it into dist/.
import { resolve, sep } from "node:path";
import type { Plugin, ViteDevServer } from "vite";
import { graphToJson } from "../../export/json.ts";
import { buildGraph } from "../../graph/build.ts";
import { formatDataError, type DataError } from "../../load/data-error.ts";
import { loadDataFolder } from "../../load/read-folder.ts";
import { withoutProposals } from "../../model/review.ts";
import { DATA_UPDATE_EVENT, GRAPH_FILE, type DataUpdate, type ShownDataError } from "./protocol.ts";

/** Options of {@link graphDataPlugin}. */
export interface GraphDataPluginOptions {
  /** The data folder to build; the ACTORGRAPH_DATA environment variable sets it from the command line. */
  dataDir: string;
  /** Milliseconds to wait after the last change before rebuilding, so a save of several files builds once. */
  debounceMs: number;
  /**
   * Also carry what `actorgraph extract` proposed and no one has reviewed yet, marked: the viewer hides
   * it until its Proposals switch is on. ACTORGRAPH_INCLUDE_PROPOSED=0 leaves it out of the graph (a
   * site published for others, say).
   */
  includeProposed: boolean;
}

/** Defaults: the bundled data folder, or the one ACTORGRAPH_DATA names. */
export const DEFAULT_GRAPH_DATA_PLUGIN_OPTIONS: GraphDataPluginOptions = {
  dataDir: process.env.ACTORGRAPH_DATA ?? "graph-data",
  debounceMs: 150,
  includeProposed: process.env.ACTORGRAPH_INCLUDE_PROPOSED !== "0",
};

/** Fills unset options with defaults. */
export function resolveGraphDataPluginOptions(partial: Partial<GraphDataPluginOptions> = {}): GraphDataPluginOptions {
  return { ...DEFAULT_GRAPH_DATA_PLUGIN_OPTIONS, ...partial };
}

/** Throws a TypeError naming the bad option. */
export function validateGraphDataPluginOptions(options: GraphDataPluginOptions): void {
  if (typeof options.dataDir !== "string" || options.dataDir.length === 0) throw new TypeError(`graphDataPlugin: dataDir must be a folder path, got ${JSON.stringify(options.dataDir)}`);
  if (!Number.isInteger(options.debounceMs) || options.debounceMs < 0) throw new TypeError(`graphDataPlugin: debounceMs must be a whole number >= 0, got ${options.debounceMs}`);
}

function shown(error: DataError): ShownDataError {
  return { file: error.file, line: error.line, column: error.column, message: error.message, text: formatDataError(error) };
}

type BuildOutcome = { ok: true; json: string } | { ok: false; errors: ShownDataError[] };

async function buildJson(dataDir: string, includeProposed: boolean): Promise<BuildOutcome> {
  const loaded = await loadDataFolder(dataDir);
  if (!loaded.ok) return { ok: false, errors: loaded.errors.map(shown) };
  // Unlike `actorgraph build`, proposals are in by default: the viewer shows them only when asked, drawn faint.
  const dataset = includeProposed ? loaded.dataset : withoutProposals(loaded.dataset);
  return { ok: true, json: graphToJson(buildGraph(dataset)) };
}

/**
 * Serves the data folder as graphology JSON at /graph.json. In dev it watches the folder, rebuilds
 * on change, keeps serving the last good graph when the data breaks, and tells the page over
 * vite's websocket; in `vite build` it writes graph.json next to the page, failing on data errors.
 */
export function graphDataPlugin(partial: Partial<GraphDataPluginOptions> = {}): Plugin {
  const options = resolveGraphDataPluginOptions(partial);
  validateGraphDataPluginOptions(options);
  const dataDir = resolve(options.dataDir);
  let lastGood: string | null = null;
  let errors: ShownDataError[] = [];
  let version = 0;
  let building: Promise<void> | null = null;

  const rebuild = async (): Promise<void> => {
    const outcome = await buildJson(dataDir, options.includeProposed);
    version++;
    if (outcome.ok) {
      lastGood = outcome.json;
      errors = [];
    } else {
      errors = outcome.errors;
    }
  };
  const update = (): DataUpdate => ({ version, errors, hasGraph: lastGood !== null });

  return {
    name: "actorgraph-graph-data",
    configureServer(server: ViteDevServer) {
      building = rebuild();
      server.watcher.add(dataDir);
      let timer: ReturnType<typeof setTimeout> | undefined;
      server.watcher.on("all", (_event, path) => {
        if (path !== dataDir && !path.startsWith(dataDir + sep)) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          building = rebuild().then(() => {
            for (const error of errors) server.config.logger.error(error.text);
            server.ws.send({ type: "custom", event: DATA_UPDATE_EVENT, data: update() });
          });
        }, options.debounceMs);
      });
      server.middlewares.use(async (req, res, next) => {
        const path = (req.url ?? "").split("?")[0];
        if (path !== `/${GRAPH_FILE}` && path !== "/graph-status.json") return next();
        await building;
        res.setHeader("Cache-Control", "no-store");
        if (path === "/graph-status.json" || lastGood === null) {
          res.statusCode = path === "/graph-status.json" ? 200 : 503;
          res.setHeader("Content-Type", "application/json");
          res.end(JSON.stringify(update()));
          return;
        }
        res.setHeader("Content-Type", "application/json");
        res.end(lastGood);
      });
    },
    async generateBundle() {
      const outcome = await buildJson(dataDir, options.includeProposed);
      if (!outcome.ok) this.error(`data errors in ${options.dataDir}:\n${outcome.errors.map((e) => e.text).join("\n")}`);
      this.emitFile({ type: "asset", fileName: GRAPH_FILE, source: outcome.json });
    },
  };
}
