/// <reference types="vite/client" />
// The page's entry: fetch the graph, start the app, and follow the dev server's data rebuilds.
import { MultiDirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from "../graph/types.ts";
import { App, showPlaceholder } from "./app.ts";
import { DATA_UPDATE_EVENT, GRAPH_FILE, type DataUpdate } from "./dev-server/protocol.ts";
import { byId } from "./dom.ts";
import { readGraphData } from "./io/read-graph-file.ts";
import { hasUnsafeKeys } from "../graph/safe-keys.ts";
import { showDataErrors } from "./panels/banner.ts";

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

/** The graph fetched, with notes on what was changed to show it; or why there is none. */
type Fetched = { ok: true; graph: KnowledgeGraph; notes?: string[] } | { ok: false; update?: DataUpdate; message: string };

async function fetchGraph(): Promise<Fetched> {
  let response: Response;
  try {
    response = await fetch(graphUrl, { cache: "no-store" });
  } catch (error) {
    return { ok: false, message: `Could not load ${graphUrl}: ${(error as Error).message}` };
  }
  if (response.status === 503) {
    const update = (await response.json()) as DataUpdate;
    return { ok: false, update, message: "The data has errors." };
  }
  if (!response.ok) return { ok: false, message: `Could not load ${graphUrl}: HTTP ${response.status}` };
  const data = (await response.json()) as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
  // A graph whose ids would reach an object's prototype is read as an opened file is, which renames them.
  // Others are imported as they are: the check allocates nothing, so large graphs (the bench's) stay fast.
  if (hasUnsafeKeys(data)) {
    const read = readGraphData(data);
    return read.ok ? { ok: true, graph: read.graph, notes: read.notes } : { ok: false, message: `Could not show ${graphUrl}: ${read.message}` };
  }
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.import(data);
  return { ok: true, graph };
}

async function start(): Promise<void> {
  const fetched = await fetchGraph();
  if (fetched.ok) {
    probe.app = new App(fetched.graph, () => (probe.firstRenderMs = performance.now()), fetched.notes);
    document.body.dataset.ready = "true";
  } else if (fetched.update) {
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
      probe.app.replaceGraph(fetched.graph);
      probe.app.clearMessages();
    } else {
      byId("graph").replaceChildren();
      byId("banner").hidden = true;
      probe.app = new App(fetched.graph, () => (probe.firstRenderMs = performance.now()));
      document.body.dataset.ready = "true";
    }
    document.body.dataset.version = String(update.version);
  });
}

void start();
