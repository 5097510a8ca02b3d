// The side panel's main content: the selected entity or relation, or an overview when nothing is selected.
import { counted } from "../../model/wording.ts";
import { graphFacts } from "../corpus/graph-facts.ts";
import { h, replaceChildren, swatch } from "../dom.ts";
import { entityColor, entityTypeLabel, type ViewContext } from "../state/context.ts";
import { relationsAsItem, relationsByType } from "./entity-relations.ts";
import { relationCard, relationDetails } from "./relation-card.ts";
import { firstThenMore } from "./show-more.ts";

/** Relation cards shown at first in one group; a hub's thousands would take seconds to lay out. */
const CARDS_SHOWN = 40;

/** The cards of `edges`, the first {@link CARDS_SHOWN} of them, then a button for the rest (focusing the first card's heading). */
function cards(ctx: ViewContext, edges: readonly string[]): Node[] {
  return firstThenMore(edges, CARDS_SHOWN, (edge) => relationCard(ctx, edge), (card) => card.querySelector<HTMLElement>("h4"));
}

function entityDetails(ctx: ViewContext, node: string): HTMLElement {
  const graph = ctx.graph();
  const attrs = graph.getNodeAttributes(node);
  const ontology = graph.getAttribute("ontology");
  // Grouped by relation type in ontology order, so every entity's panel reads in the same order.
  const groups = relationsByType(graph, node);
  const asItem = relationsAsItem(graph, node);
  const typeLabel = (id: string) => ontology.relationTypes.find((t) => t.id === id)?.label ?? id;
  return h(
    "section",
    { class: "details", "aria-labelledby": "details-title" },
    h("p", { class: "kind" }, swatch(entityColor(graph, attrs.type)), entityTypeLabel(graph, attrs.type)),
    h("h2", { id: "details-title", tabindex: "-1" }, attrs.label),
    attrs.aliases.length ? h("p", { class: "aliases" }, "Also: ", attrs.aliases.join(", ")) : null,
    attrs.description ? h("p", { class: "description" }, attrs.description) : null,
    h("h3", {}, `Relations (${graph.degree(node)})`),
    ...groups.map(([type, edges]) =>
      h("details", { class: "relation-group", open: true }, h("summary", {}, `${typeLabel(type)} (${edges.length})`), ...cards(ctx, edges)),
    ),
    // A weapon is rarely an end of the relations about it: it is what was supplied or used.
    asItem.length ? h("h3", { id: "as-item" }, `Involved as item (${asItem.length})`) : null,
    asItem.length ? h("div", { class: "relation-group as-item", "aria-labelledby": "as-item" }, ...cards(ctx, asItem)) : null,
  );
}

function overview(ctx: ViewContext): HTMLElement {
  const graph = ctx.graph();
  const sources = graph.getAttribute("sources").length;
  const { corroborated, contested } = graphFacts(graph);
  return h(
    "section",
    { class: "details overview" },
    h("h2", {}, graph.getAttribute("name")),
    h("p", {}, `${counted(graph.order, "entity", "entities")}, ${counted(graph.size, "relation")}, ${counted(sources, "source document")}.`),
    // With one document there is nothing to corroborate or contest.
    sources > 1 ? h("p", { id: "overview-corroboration" }, `${corroborated} of the relations are backed by two or more documents; ${contested} ${contested === 1 ? "is" : "are"} contested.`) : null,
    h("p", { class: "hint" }, "Search for an entity, or click a node or an edge to read its relations and the quotes behind them. Hover a node to see its neighbours."),
  );
}

/** Renders the selection (or the overview) into `root`. */
export function renderDetails(root: HTMLElement, ctx: ViewContext): void {
  const graph = ctx.graph();
  const selection = ctx.view().selection;
  if (selection?.kind === "node" && graph.hasNode(selection.key)) replaceChildren(root, entityDetails(ctx, selection.key));
  else if (selection?.kind === "edge" && graph.hasEdge(selection.key)) replaceChildren(root, relationDetails(ctx, selection.key));
  else replaceChildren(root, overview(ctx));
}
