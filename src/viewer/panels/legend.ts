// The legend doubles as the filter: entity types, relation types (by family) and stances, each a toggle with its
// colour and count under the filters set; then corroboration: what edge width and the contested mark mean, with the source-count and contested filters.
import type { RelationType } from "../../model/ontology.ts";
import { STATUSES, STATUS_DESCRIPTIONS } from "../../model/status.ts";
import { counted } from "../../model/wording.ts";
import { graphFacts } from "../corpus/graph-facts.ts";
import { h, replaceChildren, swatch } from "../dom.ts";
import { atLeastSources, countsFor, type LegendCounts } from "../filters/legend-counts.ts";
import { drawingFor, edgeWidth, LEAN_DENIED_OPACITY, WIDEST_SOURCE_COUNT } from "../render/styles.ts";
import type { ViewContext } from "../state/context.ts";
import { toggleInList } from "../state/view-state.ts";

/** The denied swatch when drawn lean: the denied grey, as faint as the claims it stands for. */
const LEAN_DENIED_SWATCH = `rgba(85, 85, 85, ${LEAN_DENIED_OPACITY})`;

function toggle(label: string, color: string | null, count: number, hidden: boolean, title: string, onClick: () => void, dashed = false, id?: string): HTMLLIElement {
  return h(
    "li",
    {},
    h(
      "button",
      { type: "button", class: "legend-item", id, "aria-pressed": String(!hidden), title, onclick: onClick },
      color ? swatch(color, dashed) : null,
      h("span", { class: "legend-label" }, label),
      h("span", { class: "legend-count" }, count),
    ),
  );
}

/** Which families' lists are open, per legend, so a rebuild after a filter change keeps them as the reader left them. */
const openFamilies = new WeakMap<HTMLElement, Set<string>>();

/** A family's colours side by side, so a closed family still shows what its edges look like. */
function familyStrip(types: readonly RelationType[]): HTMLElement {
  return h("span", { class: "family-strip", "aria-hidden": "true" }, ...types.map((t) => swatch(t.color)));
}

/**
 * The relation types, by family when the ontology has families: each family a collapsible list whose
 * summary shows its colours and how many of its relations the filters let through, with a switch for
 * the whole family first. Without families, one flat list as before.
 */
function relationSection(root: HTMLElement, ctx: ViewContext, counts: LegendCounts): HTMLElement[] {
  const graph = ctx.graph();
  const view = ctx.view();
  const ontology = graph.getAttribute("ontology");
  const present = new Set(graphFacts(graph).relationTypes);
  const types = ontology.relationTypes.filter((t) => present.has(t.id));
  const item = (t: RelationType) =>
    toggle(t.label, t.color, counts.relationTypes.get(t.id) ?? 0, view.hiddenRelationTypes.includes(t.id), `${t.description} Click to hide or show.`, () =>
      ctx.setView({ hiddenRelationTypes: toggleInList(view.hiddenRelationTypes, t.id) }),
    );
  const heading = h("h3", { id: "legend-relations" }, "Relations");
  const families = ontology.relationFamilies ?? [];
  if (families.length === 0) return [heading, h("ul", { class: "legend-list", "aria-labelledby": "legend-relations" }, ...types.map(item))];
  const open = openFamilies.get(root) ?? new Set<string>();
  openFamilies.set(root, open);
  const groups = [...families, { id: "", label: "Other", description: "Relation types of no family." }]
    .map((family) => ({ family, members: types.filter((t) => (family.id ? t.family === family.id : !families.some((f) => f.id === t.family))) }))
    .filter((g) => g.members.length > 0);
  return [
    heading,
    ...groups.map(({ family, members }) => {
      const key = family.id || "other";
      const ids = members.map((t) => t.id);
      const allHidden = ids.every((id) => view.hiddenRelationTypes.includes(id));
      const total = members.reduce((sum, t) => sum + (counts.relationTypes.get(t.id) ?? 0), 0);
      const switchAll = h(
        "li",
        {},
        h(
          "button",
          {
            type: "button",
            class: "legend-item family-switch",
            id: `legend-family-${key}`,
            "aria-pressed": String(!allHidden),
            onclick: () => {
              const others = view.hiddenRelationTypes.filter((id) => !ids.includes(id));
              ctx.setView({ hiddenRelationTypes: allHidden ? others : [...others, ...ids].sort() });
            },
          },
          h("span", { class: "legend-label" }, allHidden ? `Show all ${family.label.toLowerCase()}` : `Hide all ${family.label.toLowerCase()}`),
        ),
      );
      const details = h(
        "details",
        { class: "legend-family", "data-family": key, open: open.has(key), title: family.description },
        h("summary", { id: `legend-family-${key}-name` }, familyStrip(members), h("span", { class: "legend-label" }, family.label), h("span", { class: "legend-count" }, total)),
        h("ul", { class: "legend-list", "aria-labelledby": `legend-family-${key}-name` }, switchAll, ...members.map(item)),
      );
      details.addEventListener("toggle", () => (details.open ? open.add(key) : open.delete(key)));
      return details;
    }),
  ];
}

/** Renders the legend into `root`; call again whenever the graph or the filters change. */
export function renderLegend(root: HTMLElement, ctx: ViewContext): void {
  const graph = ctx.graph();
  const view = ctx.view();
  const ontology = graph.getAttribute("ontology");
  const counts = countsFor(graph, view);
  // Types with nothing in this graph are left out: a legend lists what is on screen.
  const entityItems = ontology.entityTypes.filter((t) => counts.entityTypes.has(t.id)).map((t) =>
    toggle(t.label, t.color, counts.entityTypes.get(t.id)!, view.hiddenEntityTypes.includes(t.id), `${t.description} Click to hide or show.`, () =>
      ctx.setView({ hiddenEntityTypes: toggleInList(view.hiddenEntityTypes, t.id) }),
    ),
  );
  const lean = drawingFor(graph.size) === "lean";
  const deniedMark = lean ? " Drawn faint when every document denies it." : " Drawn dashed when every document denies it.";
  const statusItems = STATUSES.map((s) =>
    toggle(s, s === "denied" ? (lean ? LEAN_DENIED_SWATCH : "#555555") : null, counts.statuses.get(s) ?? 0, view.hiddenStatuses.includes(s), `${STATUS_DESCRIPTIONS[s]}.${s === "denied" ? deniedMark : ""} A relation is hidden when every stance its documents take is hidden. Click to hide or show.`, () =>
      ctx.setView({ hiddenStatuses: toggleInList(view.hiddenStatuses, s) }), s === "denied" && !lean),
  );
  // The legend is rebuilt on every filter change: give the focus back to the control that had it.
  const focused = root.contains(document.activeElement) ? document.activeElement?.id : undefined;
  replaceChildren(
    root,
    h("h2", {}, "Legend"),
    h("p", { class: "hint" }, "Click an entry to hide or show it; counts follow the filters."),
    h("h3", { id: "legend-entities" }, "Entities"),
    h("ul", { class: "legend-list", "aria-labelledby": "legend-entities" }, ...entityItems),
    ...relationSection(root, ctx, counts),
    h("h3", { id: "legend-statuses" }, "Status"),
    h("ul", { class: "legend-list", "aria-labelledby": "legend-statuses" }, ...statusItems),
    corroborationSection(ctx, counts),
    ...proposalsSection(ctx),
  );
  if (focused) document.getElementById(focused)?.focus();
}

/**
 * A switch for what `actorgraph extract` proposed and no one has reviewed, when the graph holds any:
 * hidden by default, drawn faint when shown, so a reader never takes a proposal for a reviewed claim.
 */
function proposalsSection(ctx: ViewContext): HTMLElement[] {
  const graph = ctx.graph();
  const view = ctx.view();
  const entities = graphFacts(graph).proposed.nodes.length;
  const relations = graphFacts(graph).proposed.edges.length;
  if (entities + relations === 0) return [];
  const checkbox = h("input", { type: "checkbox", id: "show-proposals", checked: view.proposals, onchange: (e) => ctx.setView({ proposals: (e.target as HTMLInputElement).checked }) });
  return [
    h(
      "fieldset",
      { class: "proposals-filter" },
      h("legend", {}, "Proposals"),
      h("p", { class: "hint" }, "Proposed by the extraction assistant and not reviewed yet: drawn faint when shown. Accept or reject them with actorgraph review."),
      h("p", { class: "filter-row" }, checkbox, h("label", { for: "show-proposals" }, ` Show proposals (${counted(entities, "entity", "entities")}, ${counted(relations, "relation")})`)),
    ),
  ];
}

/** "1 source", "3 sources", "4 or more sources". */
function widthLabel(count: number): string {
  if (count >= WIDEST_SOURCE_COUNT) return `${WIDEST_SOURCE_COUNT} or more sources`;
  return counted(count, "source");
}

/**
 * The corroboration key and filters: edge width by number of sources, the contested mark, "at least
 * N sources" and "contested only". A group of form controls, so a fieldset with its own legend.
 */
function corroborationSection(ctx: ViewContext, counts: LegendCounts): HTMLElement {
  const graph = ctx.graph();
  const view = ctx.view();
  const atLeast = (n: number) => atLeastSources(counts, n);
  const most = graphFacts(graph).mostSources;
  // From 2 up to the best-backed relation, and the link's value even when this graph has none that high.
  const choices = [...new Set([...Array.from({ length: Math.max(most, 2) - 1 }, (_, i) => i + 2), ...(view.minSources > 0 ? [view.minSources] : [])])].sort((a, b) => a - b);
  const select = h(
    "select",
    { id: "min-sources", onchange: (e) => ctx.setView({ minSources: Number((e.target as HTMLSelectElement).value) }) },
    h("option", { value: "0", selected: view.minSources === 0 }, `any number (${atLeast(0)})`),
    ...choices.map((n) => h("option", { value: String(n), selected: view.minSources === n }, `at least ${n} (${atLeast(n)})`)),
  );
  const contested = counts.contested;
  const checkbox = h("input", { type: "checkbox", id: "contested-only", checked: view.contestedOnly, onchange: (e) => ctx.setView({ contestedOnly: (e.target as HTMLInputElement).checked }) });
  const lean = drawingFor(graph.size) === "lean";
  const widths = [...counts.sourceCounts].sort(([a], [b]) => a - b).map(([count, relations]) => {
    const line = h("span", { class: "width-swatch", "aria-hidden": "true" });
    line.style.setProperty("--width", `${edgeWidth({ sourceCount: count })}px`);
    return h("li", { class: "legend-key" }, line, h("span", { class: "legend-label" }, widthLabel(count)), h("span", { class: "legend-count" }, relations));
  });
  return h(
    "fieldset",
    { class: "corroboration-filters" },
    h("legend", {}, "Corroboration"),
    h("p", { class: "hint" }, "Edges are wider the more source documents back them."),
    lean ? h("p", { class: "hint", id: "lean-drawing" }, `A graph this large (${graph.size.toLocaleString("en")} relations) is drawn lean, to stay quick: straight lines without arrow heads or dashes, which cannot be clicked. An entity's panel lists its relations, with their direction.`) : null,
    h("ul", { class: "legend-list", "aria-label": "Edge width by number of sources" }, ...widths),
    h("p", { class: "filter-row" }, h("label", { for: "min-sources" }, "Sources: "), select),
    h(
      "p",
      { class: "filter-row", title: `Claims that some documents deny while others report or confirm them, drawn ${lean ? "amber" : "dashed with amber between the dashes"}.` },
      checkbox,
      h("label", { for: "contested-only" }, " ", h("span", { class: lean ? "contested-swatch lean" : "contested-swatch", "aria-hidden": "true" }), " Contested only ", h("span", { class: "legend-count" }, `(${contested})`)),
    ),
  );
}
