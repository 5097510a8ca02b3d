// Loading a graph through the load worker: the page adds the chunks it sends to a new graph, one task per chunk,
// so it stays responsive and can show progress however large the graph.
import { MultiDirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from "../../graph/types.ts";
import type { DataUpdate } from "../dev-server/protocol.ts";
import type { GraphDigest } from "./graph-digest.ts";
import type { LoadMessage, LoadProgress, LoadRequest } from "./load-protocol.ts";

/** A loaded graph with notes on what was changed to show it; or why there is none (with the data's errors, from the dev server). */
export type LoadResult = { ok: true; graph: KnowledgeGraph; digest: GraphDigest; notes: string[] } | { ok: false; message: string; update?: DataUpdate };

type Chunk = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/**
 * Loads a graph in a worker; `onProgress` hears how far it has come. The worker is stopped once the
 * graph is built or the load failed.
 */
export function loadGraph(request: LoadRequest, onProgress: (progress: LoadProgress) => void): Promise<LoadResult> {
  const worker = new Worker(new URL("./load-worker.ts", import.meta.url), { type: "module" });
  return new Promise<LoadResult>((resolve) => {
    let graph: KnowledgeGraph | null = null;
    let notes: string[] = [];
    let total = 0;
    const finish = (result: LoadResult) => {
      worker.terminate();
      resolve(result);
    };
    worker.onerror = (event) => finish({ ok: false, message: `Could not load the graph: ${event.message || "the load worker failed"}` });
    worker.onmessage = (event: MessageEvent<LoadMessage>) => {
      const message = event.data;
      switch (message.type) {
        case "progress":
          return onProgress(message.progress);
        case "data-errors":
          return finish({ ok: false, message: "The data has errors.", update: message.update });
        case "failed":
          return finish({ ok: false, message: message.message });
        case "graph":
          graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
          graph.replaceAttributes(message.attributes);
          notes = message.notes;
          total = message.order + message.size;
          return onProgress({ phase: "building", done: 0, total });
        case "sources":
          // Added in place: nothing reads the graph before it is done.
          graph!.getAttribute("sources").push(...message.items);
          return;
        case "nodes":
          graph!.import({ nodes: message.items } as Chunk);
          return onProgress({ phase: "building", done: graph!.order, total });
        case "edges":
          graph!.import({ edges: message.items } as Chunk);
          return onProgress({ phase: "building", done: graph!.order + graph!.size, total });
        case "done":
          return finish({ ok: true, graph: graph!, digest: message.digest, notes });
      }
    };
    worker.postMessage(request);
  });
}
