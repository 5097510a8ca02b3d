// One relation as the panels show it: who did what to whom, when, how sure, who says so, and the quotes.
import type { EdgeAttributes, KnowledgeGraph } from "../../graph/types.ts";
import { h, swatch } from "../dom.ts";
import { entityColor, type ViewContext } from "../state/context.ts";

/** A button that selects an entity and centres the camera on it. */
export function entityButton(ctx: ViewContext, key: string): HTMLElement {
  const graph = ctx.graph();
  if (!graph.hasNode(key)) return h("span", { class: "entity missing" }, key);
  const attrs = graph.getNodeAttributes(key);
  return h(
    "button",
    { type: "button", class: "entity-link", title: `Select ${attrs.label}`, onclick: () => { ctx.setView({ selection: { kind: "node", key }, source: null }); ctx.focusNode(key); } },
    swatch(entityColor(graph, attrs.type)),
    attrs.label,
  );
}

function label(graph: KnowledgeGraph, key: string): string {
  return graph.hasNode(key) ? graph.getNodeAttribute(key, "label") : key;
}

/** "2022-08", "2022-08 to 2023-06" or "undated (always shown on the timeline)". */
export function dateText(attrs: EdgeAttributes): string {
  if (!attrs.date) return "undated (always shown on the timeline)";
  return attrs.end ? `${attrs.date} to ${attrs.end}` : attrs.date;
}

/** The quotes of a relation, each with a button that opens its source with the sentence highlighted. */
export function quoteList(ctx: ViewContext, attrs: EdgeAttributes): HTMLElement {
  const sources = new Map(ctx.graph().getAttribute("sources").map((s) => [s.id, s]));
  return h(
    "ul",
    { class: "quotes" },
    ...attrs.evidence.map((e) => {
      const source = sources.get(e.source);
      return h(
        "li",
        {},
        h("blockquote", { class: "quote" }, e.quote),
        source
          ? h("button", { type: "button", class: "source-link", onclick: () => ctx.setView({ source: { id: e.source, quote: e.quote } }) }, `Read in source: ${source.title}`)
          : h("span", { class: "source-missing" }, `source ${e.source}`),
      );
    }),
  );
}

/** Who asserts a relation: the listed entities, or the source itself. */
export function assertedBy(ctx: ViewContext, attrs: EdgeAttributes): HTMLElement {
  if (attrs.assertedBy.length === 0) return h("span", {}, "the source");
  return h("span", {}, ...attrs.assertedBy.flatMap((key, i) => [i > 0 ? ", " : null, entityButton(ctx, key)]));
}

/** A compact card for a relation inside a list (an entity's relations, a path's steps). */
export function relationCard(ctx: ViewContext, edge: string): HTMLElement {
  const graph = ctx.graph();
  const attrs = graph.getEdgeAttributes(edge);
  const source = graph.source(edge);
  const target = graph.target(edge);
  const arrow = attrs.directed ? "→" : "↔";
  return h(
    "article",
    { class: `relation status-${attrs.status}`, "data-edge": edge },
    h(
      "h4",
      {},
      entityButton(ctx, source),
      h("button", { type: "button", class: "relation-link", title: "Show this relation", onclick: () => ctx.setView({ selection: { kind: "edge", key: edge }, source: null }) }, `${arrow} ${attrs.label} ${arrow}`),
      entityButton(ctx, target),
    ),
    h(
      "p",
      { class: "relation-meta" },
      h("span", { class: "date" }, dateText(attrs)),
      " · ",
      h("span", { class: `status status-${attrs.status}` }, attrs.status),
      " · asserted by ",
      assertedBy(ctx, attrs),
    ),
    quoteList(ctx, attrs),
  );
}

/** The full detail of one relation, for when it is selected. */
export function relationDetails(ctx: ViewContext, edge: string): HTMLElement {
  const graph = ctx.graph();
  const attrs = graph.getEdgeAttributes(edge);
  const rows: [string, Node | string][] = [
    ["Relation", `${attrs.label} (${attrs.type})`],
    ["Date", dateText(attrs)],
    ["Status", attrs.status],
    ["Asserted by", assertedBy(ctx, attrs)],
  ];
  if (attrs.items.length) rows.push(["Items", h("span", {}, ...attrs.items.flatMap((key, i) => [i > 0 ? ", " : null, entityButton(ctx, key)]))]);
  for (const [name, value] of Object.entries(attrs.quantities)) rows.push([name, String(value)]);
  if (attrs.role) rows.push(["Role", attrs.role]);
  if (attrs.note) rows.push(["Curator's note", attrs.note]);
  rows.push(["Id", edge]);
  return h(
    "section",
    { class: "details", "aria-labelledby": "details-title" },
    h("p", { class: "kind" }, swatch(attrs.color, attrs.status === "denied"), "Relation"),
    h("h2", { id: "details-title" }, `${label(graph, graph.source(edge))} ${attrs.label} ${label(graph, graph.target(edge))}`),
    h("p", {}, entityButton(ctx, graph.source(edge)), attrs.directed ? " → " : " ↔ ", entityButton(ctx, graph.target(edge))),
    h("dl", { class: "facts" }, ...rows.flatMap(([k, v]) => [h("dt", {}, k), h("dd", {}, v)])),
    h("h3", {}, `Evidence (${attrs.evidence.length})`),
    quoteList(ctx, attrs),
  );
}
