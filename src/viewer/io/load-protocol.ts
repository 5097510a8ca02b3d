// What the page and the load worker say to each other: the graph to load, progress, and the graph itself in chunks.
import type { SerializedEdge, SerializedNode } from "graphology-types";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../../graph/types.ts";
import type { DataUpdate } from "../dev-server/protocol.ts";
import type { GraphDigest } from "./graph-digest.ts";

/** A graph to load: the site's (or `?graph=`) by URL, or a file the user opened. */
export type LoadRequest = { kind: "url"; url: string } | { kind: "file"; file: File };

/** The steps of a load, in order, for the progress bar. */
export type LoadPhase = "reading" | "parsing" | "building";

/** How far a load has come: bytes read, then items built; `total` is null when not known (no Content-Length). */
export interface LoadProgress {
  phase: LoadPhase;
  done: number;
  total: number | null;
}

/**
 * The worker's messages. A graph comes as `graph` (its attributes but its source documents, and its size),
 * then its documents, nodes and edges in chunks, then `done` with its digest: each chunk is a task of its
 * own on the page, so none holds it for long (10,000 documents' texts in one message took 150 ms to take in).
 */
export type LoadMessage =
  | { type: "progress"; progress: LoadProgress }
  | { type: "data-errors"; update: DataUpdate }
  | { type: "failed"; message: string }
  | { type: "graph"; attributes: GraphAttributes; notes: string[]; order: number; size: number }
  | { type: "sources"; items: GraphAttributes["sources"] }
  | { type: "nodes"; items: SerializedNode<NodeAttributes>[] }
  | { type: "edges"; items: SerializedEdge<EdgeAttributes>[] }
  | { type: "done"; digest: GraphDigest };
