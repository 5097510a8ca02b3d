// The Sources panel: every document of the graph by date, with its kind and how many relations it is quoted on; choosing one opens it.
import { documentSummaries, relationCount } from "../corpus/documents.ts";
import { h, replaceChildren } from "../dom.ts";
import type { ViewContext } from "../state/context.ts";
import { firstThenMore } from "./show-more.ts";

/** Documents listed at first; a corpus of thousands would take a long task to lay out at every render. */
const SOURCES_SHOWN = 100;

/** The list of source documents; render again when the graph or the open source changes. */
export class SourcesPanel {
  readonly element: HTMLDetailsElement;
  private readonly count: HTMLElement;
  private readonly list: HTMLElement;

  constructor(private readonly ctx: ViewContext) {
    this.count = h("span", { class: "summary-count" });
    this.list = h("ul", { class: "source-list", "aria-label": "Source documents" });
    this.element = h(
      "details",
      { class: "sources-panel", id: "sources-panel" },
      h("summary", {}, h("h2", {}, "Sources"), " ", this.count),
      h("p", { class: "hint" }, "Choose a document to see what it is quoted on, and what no other document says; choose it again to close it."),
      this.list,
    );
  }

  /** Lists the documents, the open one pressed. */
  render(): void {
    const open = this.ctx.view().source?.id ?? null;
    const summaries = documentSummaries(this.ctx.graph());
    this.count.textContent = `(${summaries.length})`;
    if (summaries.length === 0) {
      replaceChildren(this.list, h("li", { class: "hint" }, "This graph lists no source documents."));
      return;
    }
    // The open document is always among those listed first.
    const shown = Math.max(SOURCES_SHOWN, summaries.findIndex((s) => s.source.id === open) + 1);
    replaceChildren(
      this.list,
      ...firstThenMore(summaries, shown, ({ source, relations, onlyHere }) => {
        const pressed = source.id === open;
        return h(
          "li",
          {},
          h(
            "button",
            {
              type: "button",
              class: "source-item",
              "data-source": source.id,
              "aria-pressed": String(pressed),
              onclick: () => this.ctx.setView({ source: pressed ? null : { id: source.id } }),
            },
            h("span", { class: "source-item-title" }, source.title),
            h("span", { class: "source-item-meta" }, `${source.kind} · ${source.date ?? "undated"}`),
            h("span", { class: "source-item-count" }, relationCount(relations), onlyHere > 0 ? ` · ${onlyHere} only here` : ""),
          ),
        );
      }, (item) => item.querySelector("button")),
    );
  }
}
