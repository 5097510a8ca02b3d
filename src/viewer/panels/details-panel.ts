// The side panel's main content: the selected entity or relation, or an overview when nothing is selected.
import { h, replaceChildren, swatch } from "../dom.ts";
import { entityColor, entityTypeLabel, type ViewContext } from "../state/context.ts";
import { relationCard, relationDetails } from "./relation-card.ts";

function entityDetails(ctx: ViewContext, node: string): HTMLElement {
  const graph = ctx.graph();
  const attrs = graph.getNodeAttributes(node);
  const ontology = graph.getAttribute("ontology");
  // Group by relation type in ontology order, so every entity's panel reads in the same order.
  const byType = new Map<string, string[]>();
  for (const type of ontology.relationTypes) byType.set(type.id, []);
  graph.forEachEdge(node, (edge, e) => {
    if (!byType.has(e.type)) byType.set(e.type, []);
    byType.get(e.type)!.push(edge);
  });
  const groups = [...byType].filter(([, edges]) => edges.length > 0);
  const typeLabel = (id: string) => ontology.relationTypes.find((t) => t.id === id)?.label ?? id;
  return h(
    "section",
    { class: "details", "aria-labelledby": "details-title" },
    h("p", { class: "kind" }, swatch(entityColor(graph, attrs.type)), entityTypeLabel(graph, attrs.type)),
    h("h2", { id: "details-title" }, attrs.label),
    attrs.aliases.length ? h("p", { class: "aliases" }, "Also: ", attrs.aliases.join(", ")) : null,
    attrs.description ? h("p", { class: "description" }, attrs.description) : null,
    h("h3", {}, `Relations (${graph.degree(node)})`),
    ...groups.map(([type, edges]) =>
      h("details", { class: "relation-group", open: true }, h("summary", {}, `${typeLabel(type)} (${edges.length})`), ...edges.map((edge) => relationCard(ctx, edge))),
    ),
  );
}

function overview(ctx: ViewContext): HTMLElement {
  const graph = ctx.graph();
  return h(
    "section",
    { class: "details overview" },
    h("h2", {}, graph.getAttribute("name")),
    h("p", {}, `${graph.order} entities, ${graph.size} relations, ${graph.getAttribute("sources").length} source documents.`),
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
