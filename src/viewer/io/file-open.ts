// Opening a GEXF or JSON graph by file picker or drag and drop; a bad file is reported and the current graph stays.
import type { KnowledgeGraph } from "../../graph/types.ts";
import type { GraphDigest } from "./graph-digest.ts";
import { loadGraph } from "./load-graph.ts";
import type { LoadProgress } from "./load-protocol.ts";

/** What the app does with an opened file. */
export interface FileOpenHandlers {
  /** `digest` is what the load worker worked out over the graph; `notes` say what was changed to show the file (dates it could not read, ...), for the user. */
  onGraph(graph: KnowledgeGraph, digest: GraphDigest, fileName: string, notes: readonly string[]): void;
  onError(message: string): void;
  /** How far reading and building the file has come. */
  onProgress(fileName: string, progress: LoadProgress): void;
}

/** Reads one file in the load worker and hands over the graph or the reason it could not be read. */
export async function openFile(file: File, handlers: FileOpenHandlers): Promise<void> {
  const result = await loadGraph({ kind: "file", file }, (progress) => handlers.onProgress(file.name, progress));
  if (result.ok) handlers.onGraph(result.graph, result.digest, file.name, result.notes);
  else handlers.onError(result.message);
}

/** Accepts files dropped anywhere on `target`, marking it while a file is dragged over. */
export function acceptDrops(target: HTMLElement, handlers: FileOpenHandlers): void {
  const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;
  target.addEventListener("dragover", (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    target.classList.add("dropping");
  });
  target.addEventListener("dragleave", () => target.classList.remove("dropping"));
  target.addEventListener("drop", (event) => {
    target.classList.remove("dropping");
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    void openFile(file, handlers);
  });
}
