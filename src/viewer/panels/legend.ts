// The legend doubles as the filter: entity types, relation types and statuses, each a toggle with its colour and count.
import { STATUSES, STATUS_DESCRIPTIONS } from "../../model/status.ts";
import { h, replaceChildren, swatch } from "../dom.ts";
import { countBy } from "../filters/filters.ts";
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
  const statusCounts = countBy(graph.edges(), (e) => graph.getEdgeAttribute(e, "status"));
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
    toggle(s, s === "denied" ? "#555555" : null, statusCounts.get(s) ?? 0, view.hiddenStatuses.includes(s), `${STATUS_DESCRIPTIONS[s]}.${s === "denied" ? " Drawn dashed." : ""} Click to hide or show.`, () =>
      ctx.setView({ hiddenStatuses: toggleInList(view.hiddenStatuses, s) }), s === "denied"),
  );
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
  );
}
