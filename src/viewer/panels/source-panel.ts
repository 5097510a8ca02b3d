// The source document panel: what the document is quoted on and alone adds, then its full text, the quoted
// sentence highlighted and scrolled to, entity mentions clickable.
import { findQuote } from "../../load/quote-match.ts";
import { documentSummaries, documentSupport, relationCount, supportText } from "../corpus/documents.ts";
import { h, replaceChildren } from "../dom.ts";
import { findMentions, splitText } from "../source/mentions.ts";
import type { ViewContext } from "../state/context.ts";
import type { SearchEntry } from "../search/search.ts";
import { revealInvisibles } from "../text/shown-text.ts";
import { relationCard } from "./relation-card.ts";

/** Only web links become clickable; anything else in a source's url is shown as text. */
function safeUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Renders the open source into `root`, returning the highlighted quote element (to scroll to) if any. */
export function renderSource(root: HTMLElement, ctx: ViewContext, entries: SearchEntry[]): HTMLElement | null {
  const view = ctx.view().source;
  const source = view ? ctx.graph().getAttribute("sources").find((s) => s.id === view.id) : undefined;
  if (!view || !source) {
    replaceChildren(root);
    return null;
  }
  const span = view.quote ? findQuote(source.text, view.quote) : null;
  const pieces = splitText(source.text, findMentions(source.text, entries), span);
  const body = h("div", { class: "source-text", tabindex: "0", "aria-label": "Source text" });
  let mark: HTMLElement | null = null;
  for (const piece of pieces) {
    const content: Node = piece.mention
      ? h("button", { type: "button", class: "mention", "data-key": piece.mention, title: "Select this entity", onclick: () => { ctx.setView({ selection: { kind: "node", key: piece.mention! }, source: null }); ctx.focusNode(piece.mention!); } }, piece.text)
      : document.createTextNode(revealInvisibles(piece.text));
    if (piece.inQuote) {
      // One quote may be cut into several pieces by mentions; they share one <mark>.
      if (!mark) {
        mark = h("mark", { class: "quote-highlight", id: "quote-highlight" });
        body.append(mark);
      }
      mark.append(content);
    } else {
      body.append(content);
    }
  }
  const url = safeUrl(source.url);
  const graph = ctx.graph();
  const summary = documentSummaries(graph).find((s) => s.source.id === source.id)!;
  const support = documentSupport(graph, source.id);
  // Opened from a quote, the reader came for the text: the lists start folded so it comes first.
  const unfolded = !view.quote;
  replaceChildren(
    root,
    h(
      "section",
      { class: "source", "aria-labelledby": "source-title" },
      h("div", { class: "source-head" }, h("h2", { id: "source-title", tabindex: "-1" }, source.title), h("button", { type: "button", class: "close", "aria-label": "Close the source", onclick: () => ctx.setView({ source: null }) }, "×")),
      h("p", { class: "source-meta" }, [source.kind, source.date ?? "undated"].join(" · "), url ? " · " : null, url ? h("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, "original") : null),
      source.note ? h("p", { class: "hint" }, source.note) : null,
      h("p", { class: "source-support", id: "source-support" }, supportText(summary)),
      // The lists are headed h3, between the source's h2 and the relation cards' h4, so no heading level is skipped.
      support.onlyHere.length
        ? h(
            "details",
            { class: "relation-group", id: "source-only-here", open: unfolded },
            h("summary", {}, h("h3", {}, `Only in this document (${relationCount(support.onlyHere.length)})`)),
            ...support.onlyHere.map((edge) => relationCard(ctx, edge)),
          )
        : null,
      support.relations.length
        ? h(
            "details",
            { class: "relation-group", id: "source-relations", open: unfolded && support.onlyHere.length === 0 },
            h("summary", {}, h("h3", {}, `Everything it is quoted on (${relationCount(support.relations.length)})`)),
            ...support.relations.map((edge) => relationCard(ctx, edge)),
          )
        : null,
      view.quote && !span ? h("p", { class: "warning" }, "The quote was not found in this text.") : null,
      body,
    ),
  );
  return mark;
}
