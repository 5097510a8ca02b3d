// The progress of a graph load, as a labelled progress bar: what is being done, and how far it has come.
import { h } from "../dom.ts";
import type { LoadProgress } from "../io/load-protocol.ts";

const MB = 1024 * 1024;

function megabytes(bytes: number): string {
  return (bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0);
}

/** The line above the bar, e.g. "Reading graph.json: 12.3 of 40.8 MB". */
export function progressText(what: string, progress: LoadProgress): string {
  const { done, total } = progress;
  switch (progress.phase) {
    case "reading":
      return total ? `Reading ${what}: ${megabytes(done)} of ${megabytes(total)} MB` : `Reading ${what}: ${megabytes(done)} MB`;
    case "parsing":
      return `Reading ${what}: checking it…`;
    case "building":
      return `Building the graph: ${done.toLocaleString("en")} of ${(total ?? done).toLocaleString("en")} entities and relations`;
  }
}

/**
 * Shows `progress` in `root`, updating the bar already there rather than making a new one: a load
 * sends hundreds of updates. While parsing, the bar has no value, so it shows as busy.
 */
export function showLoadProgress(root: HTMLElement, what: string, progress: LoadProgress): void {
  let box = root.querySelector<HTMLElement>(":scope > .load-progress");
  if (!box) {
    box = h("div", { class: "load-progress", role: "status" }, h("p", {}), h("progress", { "aria-label": `Loading ${what}` }));
    root.replaceChildren(box);
  }
  box.querySelector("p")!.textContent = progressText(what, progress);
  const bar = box.querySelector("progress")!;
  if (progress.total && progress.phase !== "parsing") {
    bar.max = progress.total;
    bar.value = Math.min(progress.done, progress.total);
  } else bar.removeAttribute("value");
}
