// The legend doubles as the filter: entity types, relation types and stances, each a toggle with its colour and
// count; then corroboration: what edge width and the contested mark mean, with the source-count and contested filters.
import type { KnowledgeGraph } from "../../graph/types.ts";
import { STATUSES, STATUS_DESCRIPTIONS } from "../../model/status.ts";
import { stancesTaken } from "../corpus/stances.ts";
import { h, replaceChildren, swatch } from "../dom.ts";
import { countBy } from "../filters/filters.ts";
import { edgeWidth, WIDEST_SOURCE_COUNT } from "../render/styles.ts";
import type { ViewContext } from "../state/context.ts";
import { toggleInList } from "../state/view-state.ts";

function toggle(label: string, color: string | null, count: number, hidden: boolean, title: string, onClick: () => void, dashed = false): HTMLLIElement {
  return h(
    "li",
    {},
    h(
      "button",
      { type: "button", class: "legend-item", "aria-pressed": String(!hidden), title, onclick: onClick },
      color ? swatch(color, dashed) : null,
      h("span", { class: "legend-label" }, label),
      h("span", { class: "legend-count" }, count),
    ),
  );
}

/** Renders the legend into `root`; call again whenever the graph or the filters change. */
export function renderLegend(root: HTMLElement, ctx: ViewContext): void {
  const graph = ctx.graph();
  const view = ctx.view();
  const ontology = graph.getAttribute("ontology");
  const nodeCounts = countBy(graph.nodes(), (n) => graph.getNodeAttribute(n, "type"));
  const edgeCounts = countBy(graph.edges(), (e) => graph.getEdgeAttribute(e, "type"));
  // A relation counts under every stance its documents take: one reported by one and denied by another counts twice.
  const statusCounts = countBy(graph.edges().flatMap((e) => stancesTaken(graph.getEdgeAttributes(e))), (s) => s);
  // Types with nothing in this graph are left out: a legend lists what is on screen.
  const entityItems = ontology.entityTypes.filter((t) => nodeCounts.has(t.id)).map((t) =>
    toggle(t.label, t.color, nodeCounts.get(t.id)!, view.hiddenEntityTypes.includes(t.id), `${t.description} Click to hide or show.`, () =>
      ctx.setView({ hiddenEntityTypes: toggleInList(view.hiddenEntityTypes, t.id) }),
    ),
  );
  const relationItems = ontology.relationTypes.filter((t) => edgeCounts.has(t.id)).map((t) =>
    toggle(t.label, t.color, edgeCounts.get(t.id)!, view.hiddenRelationTypes.includes(t.id), `${t.description} Click to hide or show.`, () =>
      ctx.setView({ hiddenRelationTypes: toggleInList(view.hiddenRelationTypes, t.id) }),
    ),
  );
  const statusItems = STATUSES.map((s) =>
    toggle(s, s === "denied" ? "#555555" : null, statusCounts.get(s) ?? 0, view.hiddenStatuses.includes(s), `${STATUS_DESCRIPTIONS[s]}.${s === "denied" ? " Drawn dashed when every document denies it." : ""} A relation is hidden when every stance its documents take is hidden. Click to hide or show.`, () =>
      ctx.setView({ hiddenStatuses: toggleInList(view.hiddenStatuses, s) }), s === "denied"),
  );
  // The legend is rebuilt on every filter change: give the focus back to the control that had it.
  const focused = root.contains(document.activeElement) ? document.activeElement?.id : undefined;
  replaceChildren(
    root,
    h("h2", {}, "Legend"),
    h("p", { class: "hint" }, "Click a type to hide or show it."),
    h("h3", { id: "legend-entities" }, "Entities"),
    h("ul", { class: "legend-list", "aria-labelledby": "legend-entities" }, ...entityItems),
    h("h3", { id: "legend-relations" }, "Relations"),
    h("ul", { class: "legend-list", "aria-labelledby": "legend-relations" }, ...relationItems),
    h("h3", { id: "legend-statuses" }, "Status"),
    h("ul", { class: "legend-list", "aria-labelledby": "legend-statuses" }, ...statusItems),
    corroborationSection(ctx),
  );
  if (focused) document.getElementById(focused)?.focus();
}

/** "1 source", "3 sources", "4 or more sources". */
function widthLabel(count: number): string {
  if (count >= WIDEST_SOURCE_COUNT) return `${WIDEST_SOURCE_COUNT} or more sources`;
  return `${count} source${count === 1 ? "" : "s"}`;
}

/** Relations by number of sources, the widest bucket gathering every count from it up. */
function widthCounts(graph: KnowledgeGraph): Map<number, number> {
  const counts = new Map<number, number>();
  graph.forEachEdge((_e, a) => {
    const bucket = Math.min(Math.max(a.sourceCount, 1), WIDEST_SOURCE_COUNT);
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  });
  return new Map([...counts].sort(([a], [b]) => a - b));
}

/**
 * The corroboration key and filters: edge width by number of sources, the contested mark, "at least
 * N sources" and "contested only". A group of form controls, so a fieldset with its own legend.
 */
function corroborationSection(ctx: ViewContext): HTMLElement {
  const graph = ctx.graph();
  const view = ctx.view();
  const atLeast = (n: number) => graph.filterEdges((_e, a) => a.sourceCount >= n).length;
  const most = graph.reduceEdges((max, _e, a) => Math.max(max, a.sourceCount), 0);
  // From 2 up to the best-backed relation, and the link's value even when this graph has none that high.
  const choices = [...new Set([...Array.from({ length: Math.max(most, 2) - 1 }, (_, i) => i + 2), ...(view.minSources > 0 ? [view.minSources] : [])])].sort((a, b) => a - b);
  const select = h(
    "select",
    { id: "min-sources", onchange: (e) => ctx.setView({ minSources: Number((e.target as HTMLSelectElement).value) }) },
    h("option", { value: "0", selected: view.minSources === 0 }, `any number (${graph.size})`),
    ...choices.map((n) => h("option", { value: String(n), selected: view.minSources === n }, `at least ${n} (${atLeast(n)})`)),
  );
  const contested = graph.filterEdges((_e, a) => a.contested).length;
  const checkbox = h("input", { type: "checkbox", id: "contested-only", checked: view.contestedOnly, onchange: (e) => ctx.setView({ contestedOnly: (e.target as HTMLInputElement).checked }) });
  const widths = [...widthCounts(graph)].map(([count, relations]) => {
    const line = h("span", { class: "width-swatch", "aria-hidden": "true" });
    line.style.setProperty("--width", `${edgeWidth({ sourceCount: count })}px`);
    return h("li", { class: "legend-key" }, line, h("span", { class: "legend-label" }, widthLabel(count)), h("span", { class: "legend-count" }, relations));
  });
  return h(
    "fieldset",
    { class: "corroboration-filters" },
    h("legend", {}, "Corroboration"),
    h("p", { class: "hint" }, "Edges are wider the more source documents back them."),
    h("ul", { class: "legend-list", "aria-label": "Edge width by number of sources" }, ...widths),
    h("p", { class: "filter-row" }, h("label", { for: "min-sources" }, "Sources: "), select),
    h(
      "p",
      { class: "filter-row", title: "Claims that some documents deny while others report or confirm them, drawn with an amber mark in the middle." },
      checkbox,
      h("label", { for: "contested-only" }, " ", h("span", { class: "contested-swatch", "aria-hidden": "true" }), " Contested only ", h("span", { class: "legend-count" }, `(${contested})`)),
    ),
  );
}
