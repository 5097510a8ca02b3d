// Bench: typed path queries over HTTP from concurrent clients against `actorgraph serve`'s API, next to the same queries in-process.
import { Worker } from "node:worker_threads";
import { buildGraph } from "../../src/graph/build.ts";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import { loadDataFolder } from "../../src/load/read-folder.ts";
import { shortestPath } from "../../src/query/paths.ts";
import { startServer } from "../../src/serve/server.ts";
import { median, percentile, type BenchRow, type SectionContext } from "../harness.ts";
import { randomPairs } from "./paths.ts";

/** Clients sending requests at once, each sending its next request as soon as the last is answered. */
const CLIENTS = 16;
/** How long the clients send; BENCH_SERVE_SECONDS shortens it for a quick check of the section. */
const SECONDS = Number(process.env.BENCH_SERVE_SECONDS ?? 30);
/** Distinct pairs the clients cycle through; the same seeded pairs as the paths section. */
const PAIRS = 1000;
const GOAL_P99_MS = 20;

/** What the clients saw. */
interface LoadResult {
  latencies: number[];
  errors: number;
  firstError?: string;
  seconds: number;
}

// The clients run in a worker thread, so their own work does not share the server's event loop.
const CLIENT_CODE = `
const http = require("node:http");
const { parentPort, workerData } = require("node:worker_threads");
const { urls, clients, seconds } = workerData;
// One kept-alive connection per client, as a client library would hold.
const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
const latencies = [];
let errors = 0;
let firstError;
let next = 0;
const started = performance.now();
const until = started + seconds * 1000;
function request(url) {
  return new Promise((done, fail) => {
    http.get(url, { agent }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk) => (text += chunk));
      response.on("end", () => done({ status: response.statusCode, text }));
      response.on("error", fail);
    }).on("error", fail);
  });
}
async function client() {
  while (performance.now() < until) {
    const url = urls[next++ % urls.length];
    const start = performance.now();
    try {
      const { status, text } = await request(url);
      const body = JSON.parse(text);
      if (status !== 200 || !Array.isArray(body.paths)) throw new Error("HTTP " + status + ": " + text.slice(0, 200));
      latencies.push(performance.now() - start);
    } catch (error) {
      errors++;
      firstError ??= String((error && error.message) || error);
    }
  }
}
Promise.all(Array.from({ length: clients }, client)).then(() => {
  agent.destroy();
  parentPort.postMessage({ latencies, errors, firstError, seconds: (performance.now() - started) / 1000 });
});
`;

function runClients(urls: string[], clients: number, seconds: number): Promise<LoadResult> {
  return new Promise((done, fail) => {
    const worker = new Worker(CLIENT_CODE, { eval: true, workerData: { urls, clients, seconds } });
    worker.once("message", (result: LoadResult) => {
      done(result);
      void worker.terminate();
    });
    worker.once("error", fail);
  });
}

/** In-process timings of the same queries, one after another. */
function inProcess(graph: KnowledgeGraph, pairs: [string, string][]): number[] {
  for (const [a, b] of pairs.slice(0, 20)) shortestPath(graph, a, b);
  return pairs.map(([a, b]) => {
    const start = performance.now();
    shortestPath(graph, a, b);
    return performance.now() - start;
  });
}

/** Serves each generated graph and loads its API with {@link CLIENTS} clients for {@link SECONDS} s. */
export async function run(context: SectionContext): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const size of context.sizes) {
    const loaded = await loadDataFolder(await context.dataDir(size));
    if (!loaded.ok) throw new Error(`generated data failed validation: ${loaded.errors.length} errors`);
    const graph = buildGraph(loaded.dataset, { layout: false });
    const pairs = randomPairs(graph, PAIRS);
    // The first query indexes the graph (the paths section times that); both sides start from an indexed graph.
    shortestPath(graph, pairs[0]![0], pairs[0]![1]);
    const local = inProcess(graph, pairs);
    const server = await startServer(graph, { port: 0, siteDir: null });
    try {
      // explain=false: "no path" answers skip the search per filter, so both sides run the same one search.
      const urls = pairs.map(([a, b]) => `${server.url}api/paths/${encodeURIComponent(a)}/${encodeURIComponent(b)}?explain=false`);
      context.log(`${size.label}: ${CLIENTS} clients for ${SECONDS} s`);
      const load = await runClients(urls, CLIENTS, SECONDS);
      const requests = load.latencies.length + load.errors;
      const perSecond = requests / load.seconds;
      const p99 = load.latencies.length ? percentile(load.latencies, 99) : Number.POSITIVE_INFINITY;
      const oursMedian = load.latencies.length ? median(load.latencies) : Number.POSITIVE_INFINITY;
      context.log(`${size.label}: ${requests} requests, ${perSecond.toFixed(0)}/s, median ${oursMedian.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms, ${load.errors} errors${load.firstError ? ` (first: ${load.firstError})` : ""}`);
      rows.push({
        task: `typed shortest path over HTTP (${CLIENTS} clients)`,
        size: size.label,
        unit: "ms",
        ours: oursMedian,
        oursP95: load.latencies.length ? percentile(load.latencies, 95) : Number.POSITIVE_INFINITY,
        baselineName: "the same query in-process",
        baseline: median(local),
        baselineP95: percentile(local, 95),
        goal: `0 errors, p99 < ${GOAL_P99_MS} ms`,
        goalMet: load.errors === 0 && p99 < GOAL_P99_MS,
        note: `${requests} requests in ${load.seconds.toFixed(1)} s: ${perSecond.toFixed(0)} requests/s, median ${oursMedian.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms, ${load.errors} errors; in-process p99 ${percentile(local, 99).toFixed(3)} ms`,
      });
      rows.push({
        task: `HTTP requests per second (${CLIENTS} clients)`,
        size: size.label,
        unit: "req/s",
        ours: perSecond,
        baselineName: "in-process queries per second, one at a time",
        baseline: 1000 / (local.reduce((sum, ms) => sum + ms, 0) / local.length),
        compare: "absolute",
      });
    } finally {
      await server.close();
    }
  }
  return rows;
}
