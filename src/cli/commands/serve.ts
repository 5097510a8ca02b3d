// `actorgraph serve [DIR|FILE.gexf|FILE.json]`: load a graph once, then serve the viewer with it and a read-only JSON API over it.
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { buildGraph } from "../../graph/build.ts";
import type { KnowledgeGraph } from "../../graph/types.ts";
import { API_PREFIX, OPENAPI_PATH } from "../../serve/api.ts";
import { openGraphFile } from "../../serve/open-graph-file.ts";
import { DEFAULT_SERVER_OPTIONS, LOCAL_HOSTS, startServer } from "../../serve/server.ts";
import { findViewerSite } from "../../serve/site.ts";
import type { Command } from "../command.ts";
import { EXIT, UsageError, type CliIO } from "../io.ts";
import { integerOption, loadOrReport } from "../load-data.ts";

/** The graph the argument names: a data folder (validated, built, laid out), a graph JSON or a GEXF file; an exit code after printing why not. */
async function loadServedGraph(argument: string, io: CliIO): Promise<KnowledgeGraph | number> {
  const path = resolve(io.cwd, argument);
  const isFile = await stat(path).then((s) => s.isFile(), () => false);
  if (!isFile) {
    const dataset = await loadOrReport(argument, io);
    return typeof dataset === "number" ? dataset : buildGraph(dataset);
  }
  const opened = await openGraphFile(path, argument);
  if (!opened.ok) {
    io.stderr(`${opened.message}\nnothing is served.\n`);
    return EXIT.data;
  }
  return opened.graph;
}

/** Resolves when `signal` aborts, or on Ctrl-C / SIGTERM when there is no signal. */
function stopRequested(signal: AbortSignal | undefined): Promise<void> {
  if (signal) return signal.aborted ? Promise.resolve() : new Promise((done) => signal.addEventListener("abort", () => done(), { once: true }));
  return new Promise((done) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      done();
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}

/** Serves the viewer and the query API until stopped. */
export const serveCommand: Command = {
  name: "serve",
  summary: "load the graph once and serve the viewer with it and a read-only JSON query API, on this machine",
  usage: "serve [DIR|FILE.gexf|FILE.json] [--port N] [--host HOST --public] [--viewer DIR]",
  positionals: { min: 0, max: 1, names: "at most one data folder, GEXF file or graph JSON file" },
  details: () =>
    "Loads a data folder (default graph-data), a GEXF file or a graph JSON file from `actorgraph build`, once, and serves:\n" +
    "  /                    the viewer with that graph (read-only; the site `npm run build` makes)\n" +
    `  ${API_PREFIX}/...              the JSON API: stats, entities, resolve, relations, neighbors, paths\n` +
    `  ${OPENAPI_PATH}    its OpenAPI description\n` +
    "Only this machine can connect unless --host names another interface, which needs --public.\n" +
    "When the port is taken the next free one is used, and said. Ctrl-C stops the server.\n" +
    "Exit codes: 0 after a clean stop, 1 data errors (nothing is served), 2 usage errors.",
  options: {
    data: { type: "string", valueName: "DIR", help: "data folder to serve (default: graph-data; or give it as the argument)" },
    port: { type: "string", valueName: "N", help: `first port to try (default: ${DEFAULT_SERVER_OPTIONS.port}; 0 picks any free port)` },
    host: { type: "string", valueName: "HOST", help: `interface to listen on (default: ${DEFAULT_SERVER_OPTIONS.host}, this machine only)` },
    public: { type: "boolean", help: "allow a --host that other machines can reach (the graph is then readable by anyone on that network)" },
    viewer: { type: "string", valueName: "DIR", help: "the built viewer to serve (default: the one shipped with actorgraph)" },
  },
  async run(values, positionals, io) {
    if (positionals.length > 0 && values.data !== undefined) throw new UsageError("give the data as the argument or as --data, not both");
    const argument = positionals[0] ?? (values.data === undefined ? "graph-data" : String(values.data));
    const port = integerOption(values.port, "port", 0) ?? DEFAULT_SERVER_OPTIONS.port;
    if (port > 65535) throw new UsageError(`--port takes a port number from 0 to 65535, not ${port}`);
    const host = values.host === undefined ? DEFAULT_SERVER_OPTIONS.host : String(values.host);
    const local = LOCAL_HOSTS.includes(host);
    if (!local && values.public !== true) throw new UsageError(`--host ${host} lets other machines read the graph; add --public to mean it`);
    const siteDir = values.viewer === undefined ? findViewerSite() : resolve(io.cwd, String(values.viewer));
    if (siteDir === undefined) throw new UsageError("no built viewer found: run `npm run build` in the checkout, or give one with --viewer DIR");

    const graph = await loadServedGraph(argument, io);
    if (typeof graph === "number") return graph;
    const running = await startServer(graph, { siteDir, host, port }, (error) => io.stderr(`actorgraph serve: a request failed: ${(error as Error).message}\n`));
    if (running.portsInUse.length > 0) io.stderr(`port ${running.portsInUse.join(", ")} in use; serving on ${running.port} instead\n`);
    if (!local) io.stderr(`warning: serving on ${host}: anyone who can reach this machine on port ${running.port} can read this graph\n`);
    io.stdout(
      `Serving ${argument} (${graph.order} entities, ${graph.size} relations)\n` +
        `  viewer:  ${running.url}\n` +
        `  API:     ${running.url}${API_PREFIX.slice(1)}/  (described at ${running.url}${OPENAPI_PATH.slice(1)})\n` +
        "Press Ctrl-C to stop.\n",
    );
    await stopRequested(io.signal);
    await running.close();
    return EXIT.ok;
  },
};
