/// <reference types="vite/client" />
// The page's entry: load the graph (in a worker, with progress shown), start the app, and follow the dev server's data rebuilds.
import type { KnowledgeGraph } from "../graph/types.ts";
import type { GraphDigest } from "./io/graph-digest.ts";
import { App, showPlaceholder } from "./app.ts";
import { DATA_UPDATE_EVENT, GRAPH_FILE, type DataUpdate } from "./dev-server/protocol.ts";
import { byId } from "./dom.ts";
import { loadGraph, type LoadResult } from "./io/load-graph.ts";
import { showDataErrors } from "./panels/banner.ts";
import { showLoadProgress } from "./panels/load-progress.ts";

/** Exposed for tests, benchmarks and the console: the app and when its first frame was drawn. */
declare global {
  interface Window {
    actorgraph?: { app: App | null; firstRenderMs: number | null; loadError: string | null };
  }
}

const probe: NonNullable<Window["actorgraph"]> = { app: null, firstRenderMs: null, loadError: null };
window.actorgraph = probe;

/** `?graph=URL` opens another graph file (benchmarks, or a graph published elsewhere). */
const graphUrl = new URLSearchParams(location.search).get("graph") ?? GRAPH_FILE;

/** The graph's file name, for the progress line. */
const graphName = graphUrl.split(/[?#]/)[0]!.split("/").pop() || graphUrl;

/** Loads the graph in the load worker, showing progress in the graph area while there is no graph yet. */
function fetchGraph(): Promise<LoadResult> {
  return loadGraph({ kind: "url", url: new URL(graphUrl, location.href).href }, (progress) => {
    if (!probe.app) showLoadProgress(byId("graph"), graphName, progress);
  });
}

/** Starts the app on a loaded graph, in a graph area emptied of the progress bar. */
async function startApp(graph: KnowledgeGraph, digest: GraphDigest, notes: readonly string[] = []): Promise<void> {
  // In a task of its own: taking in the worker's last message (a digest of 100,000 entities) is one already.
  await new Promise((resolve) => setTimeout(resolve, 0));
  byId("graph").replaceChildren();
  probe.app = new App(graph, digest, () => (probe.firstRenderMs = performance.now()), notes);
  await probe.app.ready;
  document.body.dataset.ready = "true";
}

async function start(): Promise<void> {
  const fetched = await fetchGraph();
  if (fetched.ok) await startApp(fetched.graph, fetched.digest, fetched.notes);
  else if (fetched.update) {
    showDataErrors(byId("banner"), fetched.update.errors, false);
    showPlaceholder("No graph yet: the data has errors (see above).");
  } else {
    probe.loadError = fetched.message;
    showPlaceholder(fetched.message);
  }
}

if (import.meta.hot) {
  // The dev server rebuilt the data: show its errors (keeping the graph), or swap in the new graph.
  import.meta.hot.on(DATA_UPDATE_EVENT, async (update: DataUpdate) => {
    if (update.errors.length > 0) {
      showDataErrors(byId("banner"), update.errors, probe.app !== null);
      return;
    }
    const fetched = await fetchGraph();
    if (!fetched.ok) return;
    if (probe.app) {
      probe.app.replaceGraph(fetched.graph, fetched.digest);
      probe.app.clearMessages();
    } else {
      byId("banner").hidden = true;
      await startApp(fetched.graph, fetched.digest);
    }
    document.body.dataset.version = String(update.version);
  });
}

void start();
