// One relation as the panels show it: who did what to whom, when, how many documents say so and how, and the quotes.
import type { EdgeAttributes, KnowledgeGraph } from "../../graph/types.ts";
import { assertersOf, stanceOf } from "../../model/corroboration.ts";
import type { Source } from "../../model/dataset.ts";
import type { Status } from "../../model/status.ts";
import { counted } from "../../model/wording.ts";
import { sourcesById } from "../corpus/documents.ts";
import { evidenceByDocument, isDeniedOnly, sourcesText, stanceGroups } from "../corpus/stances.ts";
import { h, swatch } from "../dom.ts";
import { entityColor, type ViewContext } from "../state/context.ts";
import { quantityLabel } from "./wording.ts";
import { LABEL_CHARS, revealInvisibles, truncate } from "../text/shown-text.ts";

/** A label as a button or list shows it: cut short (the entity's panel has all of it), invisible characters shown. */
export function buttonLabel(label: string): string {
  return truncate(revealInvisibles(label), LABEL_CHARS);
}

/** A button that selects an entity and centres the camera on it. */
export function entityButton(ctx: ViewContext, key: string): HTMLElement {
  const graph = ctx.graph();
  if (!graph.hasNode(key)) return h("span", { class: "entity missing" }, key);
  const attrs = graph.getNodeAttributes(key);
  return h(
    "button",
    { type: "button", class: "entity-link", title: `Select ${buttonLabel(attrs.label)}`, onclick: () => { ctx.setView({ selection: { kind: "node", key }, source: null }); ctx.focusNode(key); } },
    swatch(entityColor(graph, attrs.type)),
    buttonLabel(attrs.label),
  );
}

function label(graph: KnowledgeGraph, key: string): string {
  return graph.hasNode(key) ? graph.getNodeAttribute(key, "label") : key;
}

/** "2022-08", "2022-08 to 2023-06" or "undated". */
export function dateText(attrs: EdgeAttributes): string {
  if (!attrs.date) return "undated";
  return attrs.end ? `${attrs.date} to ${attrs.end}` : attrs.date;
}

/** Entity ids as buttons, with commas and a final "and" between them: "Estmark and Norvask". */
function entityList(ctx: ViewContext, keys: readonly string[]): (Node | string)[] {
  return keys.flatMap((key, i) => [i === 0 ? "" : i === keys.length - 1 ? " and " : ", ", entityButton(ctx, key)]);
}

/** One stance in words, asserters as buttons: "denied by Valdoria", or just "confirmed". */
function stanceElement(ctx: ViewContext, status: Status, asserters: readonly string[]): HTMLElement {
  return h("span", { class: "stance" }, h("span", { class: `status status-${status}` }, status), ...(asserters.length ? [" by ", ...entityList(ctx, asserters)] : []));
}

/**
 * The relation's corroboration line: "3 sources · reported by Estmark, confirmed, denied by Valdoria"
 * (see corroborationLine, which gives the same words as text).
 */
export function corroborationElement(ctx: ViewContext, attrs: EdgeAttributes): HTMLElement {
  const stances = stanceGroups(attrs).flatMap((g, i) => [i > 0 ? ", " : null, stanceElement(ctx, g.status, g.asserters)]);
  return h("span", { class: "corroboration" }, h("span", { class: "source-count" }, sourcesText(attrs.sourceCount)), " · ", ...stances);
}

/**
 * The quotes of a relation (for cards), each with a button that opens its source with the sentence
 * highlighted, and with its own stance when there are several (one quote's stance is the card's line).
 */
export function quoteList(ctx: ViewContext, attrs: EdgeAttributes): HTMLElement {
  const sources = sourcesById(ctx.graph());
  const withStances = attrs.evidence.length > 1;
  return h(
    "ul",
    { class: "quotes" },
    ...attrs.evidence.map((e) => {
      const source = sources.get(e.source);
      return h(
        "li",
        {},
        h("blockquote", { class: "quote" }, e.quote),
        h(
          "p",
          { class: "quote-meta" },
          withStances ? stanceElement(ctx, stanceOf(e, attrs), assertersOf(e, attrs)) : null,
          withStances ? " · " : null,
          source
            ? h("button", { type: "button", class: "source-link", onclick: () => ctx.setView({ source: { id: e.source, quote: e.quote } }) }, `Read in source: ${source.title}`)
            : h("span", { class: "source-missing" }, `source ${e.source}`),
        ),
      );
    }),
  );
}

/** "article · 2023-03-02", or "undated" for a document without a date. */
function documentMeta(source: Source): string {
  return `${source.kind} · ${source.date ?? "undated"}`;
}

/** A relation's quotes grouped by document (title, kind, date), each quote with its own stance and asserters. */
function evidenceGroups(ctx: ViewContext, attrs: EdgeAttributes): HTMLElement[] {
  return evidenceByDocument(attrs, sourcesById(ctx.graph())).map((group) =>
    h(
      "section",
      { class: "document-evidence", "data-source": group.sourceId },
      h("h4", { class: "document-title" }, group.source ? group.source.title : `source ${group.sourceId}`),
      group.source ? h("p", { class: "document-meta" }, documentMeta(group.source)) : h("p", { class: "document-meta source-missing" }, "not among this graph's sources"),
      h(
        "ul",
        { class: "quotes" },
        ...group.quotes.map(({ evidence, status, asserters }) =>
          h(
            "li",
            {},
            h("p", { class: "quote-meta" }, stanceElement(ctx, status, asserters)),
            h("blockquote", { class: "quote" }, evidence.quote),
            group.source ? h("button", { type: "button", class: "source-link", onclick: () => ctx.setView({ source: { id: evidence.source, quote: evidence.quote } }) }, "Read in source") : null,
          ),
        ),
      ),
    ),
  );
}

/** The classes of a relation's card: dashed when every document denies it, marked when contested. */
function relationClass(attrs: EdgeAttributes): string {
  return ["relation", isDeniedOnly(attrs) ? "status-denied" : null, attrs.contested ? "contested" : null].filter(Boolean).join(" ");
}

/** A compact card for a relation inside a list (an entity's relations, a path's steps, a source's relations). */
export function relationCard(ctx: ViewContext, edge: string): HTMLElement {
  const graph = ctx.graph();
  const attrs = graph.getEdgeAttributes(edge);
  const source = graph.source(edge);
  const target = graph.target(edge);
  const arrow = attrs.directed ? "→" : "↔";
  return h(
    "article",
    { class: relationClass(attrs), "data-edge": edge },
    h(
      "h4",
      {},
      entityButton(ctx, source),
      h("button", { type: "button", class: "relation-link", title: "Show this relation", onclick: () => ctx.setView({ selection: { kind: "edge", key: edge }, source: null }) }, `${arrow} ${attrs.label} ${arrow}`),
      entityButton(ctx, target),
    ),
    h("p", { class: "relation-meta" }, h("span", { class: "date" }, dateText(attrs)), " · ", corroborationElement(ctx, attrs), attrs.contested ? h("span", { class: "badge contested" }, "contested") : null),
    quoteList(ctx, attrs),
  );
}

/** The full detail of one relation, for when it is selected: its facts, then its evidence document by document. */
export function relationDetails(ctx: ViewContext, edge: string): HTMLElement {
  const graph = ctx.graph();
  const attrs = graph.getEdgeAttributes(edge);
  const ontology = graph.getAttribute("ontology");
  const family = ontology.relationFamilies?.find((f) => f.id === ontology.relationTypes.find((t) => t.id === attrs.type)?.family);
  const rows: [string, Node | string][] = [
    ["Relation", family ? `${attrs.label} (${family.label.toLowerCase()})` : attrs.label],
    ["Date", dateText(attrs)],
  ];
  if (attrs.firstReported) rows.push(["First reported", attrs.firstReported]);
  if (attrs.items.length) rows.push(["Items", h("span", {}, ...attrs.items.flatMap((key, i) => [i > 0 ? ", " : null, entityButton(ctx, key)]))]);
  for (const [name, value] of Object.entries(attrs.quantities)) rows.push([quantityLabel(ontology, name), String(value)]);
  if (attrs.role) rows.push(["Role", attrs.role]);
  if (attrs.note) rows.push(["Curator's note", attrs.note]);
  rows.push(["Id", edge]);
  const quotes = attrs.evidence.length;
  return h(
    "section",
    { class: "details", "aria-labelledby": "details-title" },
    h("p", { class: "kind" }, swatch(attrs.color, isDeniedOnly(attrs)), "Relation", attrs.contested ? h("span", { class: "badge contested", title: "Some documents deny what others report or confirm" }, "contested") : null),
    h("h2", { id: "details-title", tabindex: "-1" }, `${label(graph, graph.source(edge))} ${attrs.label} ${label(graph, graph.target(edge))}`),
    h("p", {}, entityButton(ctx, graph.source(edge)), attrs.directed ? " → " : " ↔ ", entityButton(ctx, graph.target(edge))),
    h("p", { class: "corroboration-line", id: "corroboration-line" }, corroborationElement(ctx, attrs)),
    h("dl", { class: "facts" }, ...rows.flatMap(([k, v]) => [h("dt", {}, k), h("dd", {}, v)])),
    h("h3", {}, `Evidence: ${counted(quotes, "quote")} from ${sourcesText(attrs.sourceCount)}`),
    ...evidenceGroups(ctx, attrs),
  );
}
