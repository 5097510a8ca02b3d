// Opening a GEXF or JSON graph by file picker or drag and drop; a bad file is reported and the current graph stays.
import type { KnowledgeGraph } from "../../graph/types.ts";
import { readGraphFile, tooLargeToOpen } from "./read-graph-file.ts";

/** What the app does with an opened file. */
export interface FileOpenHandlers {
  /** `notes` say what was changed to show the file (dates it could not read, ...), for the user. */
  onGraph(graph: KnowledgeGraph, fileName: string, notes: readonly string[]): void;
  onError(message: string): void;
}

/** Reads one file and hands over the graph or the reason it could not be read. */
export async function openFile(file: File, handlers: FileOpenHandlers): Promise<void> {
  const tooLarge = tooLargeToOpen(file.size);
  if (tooLarge) return handlers.onError(`Could not open ${file.name}: ${tooLarge}. The current graph is unchanged.`);
  let content: string;
  try {
    content = await file.text();
  } catch (error) {
    return handlers.onError(`Could not read ${file.name}: ${(error as Error).message}`);
  }
  const result = await readGraphFile(file.name, content);
  if (result.ok) handlers.onGraph(result.graph, file.name, result.notes);
  else handlers.onError(`Could not open ${file.name}: ${result.message}. The current graph is unchanged.`);
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
