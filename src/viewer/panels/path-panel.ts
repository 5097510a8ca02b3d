// The path panel: pick two entities, relation types, direction and time order; list the routes step by step, each step
// with every parallel relation that makes it, and their quotes; or say why there is no path, as the CLI does.
import { counted } from "../../model/wording.ts";
import { h, replaceChildren } from "../dom.ts";
import type { PathAnswer, RouteStep } from "../paths/run-path.ts";
import { LIFT_ONE_INTRO, type NoPathExplanation } from "../../query/why-no-path.ts";
import { SearchBox } from "../search/search-box.ts";
import type { SearchIndex } from "../search/search.ts";
import { entityColor, type ViewContext } from "../state/context.ts";
import { toggleInList } from "../state/view-state.ts";
import { buttonLabel, entityButton, relationCard } from "./relation-card.ts";


/** Why there is no path, in the CLI's words: the filters, and which one to lift (or that none would do). */
function noPathElement(explained: NoPathExplanation): HTMLElement {
  return h(
    "div",
    { class: "no-path" },
    h("p", { class: "warning", id: "path-summary" }, explained.headline),
    h("p", { class: "no-path-filters" }, `Filters: ${explained.filters.length ? explained.filters.join("; ") : "none"}`),
    explained.liftOne.length
      ? h("div", {}, h("p", {}, LIFT_ONE_INTRO), h("ul", { class: "lift-one" }, ...explained.liftOne.map(({ filter, how }) => h("li", {}, `${filter}: ${how}`))))
      : h("p", { class: "no-path-otherwise" }, explained.otherwise ?? ""),
  );
}

/** The path form and its answer. */
export class PathPanel {
  readonly element: HTMLElement;
  private readonly fromBox: SearchBox;
  private readonly toBox: SearchBox;
  private readonly typeList: HTMLElement;
  private readonly inTime: HTMLInputElement;
  private readonly anyDirection: HTMLInputElement;
  private readonly result: HTMLElement;
  private from: string | null = null;
  private to: string | null = null;
  private types: string[] = [];

  constructor(private readonly ctx: ViewContext, getIndex: () => SearchIndex | null) {
    const colorOf = (type: string) => entityColor(ctx.graph(), type);
    const label = (key: string) => (ctx.graph().hasNode(key) ? ctx.graph().getNodeAttribute(key, "label") : key);
    this.fromBox = new SearchBox({ id: "path-from", label: "Path from", placeholder: "From…", getIndex, colorOf, onChoose: (key) => { this.from = key; this.fromBox.setText(label(key)); } });
    this.toBox = new SearchBox({ id: "path-to", label: "Path to", placeholder: "To…", getIndex, colorOf, onChoose: (key) => { this.to = key; this.toBox.setText(label(key)); } });
    this.typeList = h("fieldset", { class: "path-types" });
    this.inTime = h("input", { type: "checkbox", id: "path-in-time" });
    this.anyDirection = h("input", { type: "checkbox", id: "path-any-direction" });
    this.result = h("div", { class: "path-result", "aria-live": "polite" });
    const form = h(
      "form",
      { class: "path-form", onsubmit: (e) => { e.preventDefault(); this.submit(); } },
      this.fromBox.element,
      this.toBox.element,
      h("details", {}, h("summary", {}, "Relation types"), this.typeList),
      h("p", {}, this.inTime, h("label", { for: "path-in-time" }, " Time-respecting (each step not before the last)")),
      h("p", {}, this.anyDirection, h("label", { for: "path-any-direction" }, " Either direction (also against a relation's arrow)")),
      h("p", { class: "buttons" }, h("button", { type: "submit", id: "path-find" }, "Find path"), h("button", { type: "button", id: "path-clear", onclick: () => this.clear() }, "Clear")),
    );
    this.element = h("details", { class: "path-panel", id: "path-panel" }, h("summary", {}, h("h2", {}, "Paths")), form, this.result);
  }

  private submit(): void {
    // Text typed but not chosen from the list: take the best hit, as Enter would.
    if (!this.from || !this.to) {
      this.result.replaceChildren(h("p", { class: "warning" }, "Choose both ends from the suggestions."));
      return;
    }
    this.ctx.setView({
      path: { from: this.from, to: this.to, relationTypes: [...this.types].sort(), timeRespecting: this.inTime.checked, ...(this.anyDirection.checked ? { anyDirection: true } : {}) },
    });
  }

  private clear(): void {
    this.from = this.to = null;
    this.fromBox.setText("");
    this.toBox.setText("");
    this.ctx.setView({ path: null });
  }

  /** Searches again what was typed in the boxes while the names were being indexed. */
  indexReady(): void {
    this.fromBox.indexReady();
    this.toBox.indexReady();
  }

  /** Rebuilds the relation type choices for the current graph. */
  renderTypes(): void {
    const ontology = this.ctx.graph().getAttribute("ontology");
    replaceChildren(
      this.typeList,
      h("legend", {}, "Use only (none ticked: all)"),
      ...ontology.relationTypes.map((t) => {
        const box = h("input", { type: "checkbox", id: `path-type-${t.id}`, value: t.id, checked: this.types.includes(t.id), onchange: () => (this.types = toggleInList(this.types, t.id)) });
        return h("label", { for: `path-type-${t.id}`, class: "path-type" }, box, ` ${t.label}`);
      }),
    );
  }

  /** One step: its relation, or each of the parallel relations that make it, alternatives after the first. */
  private stepElement(step: RouteStep): HTMLElement {
    const [first, ...others] = step.relations;
    if (others.length === 0) return h("li", { class: "step" }, relationCard(this.ctx, first!));
    const graph = this.ctx.graph();
    const between = `${buttonLabel(graph.getNodeAttribute(step.from, "label"))} and ${buttonLabel(graph.getNodeAttribute(step.to, "label"))}`;
    return h(
      "li",
      { class: "step" },
      h("p", { class: "step-choice" }, `${step.relations.length} parallel relations between ${between} make this step:`),
      relationCard(this.ctx, first!),
      h("details", { class: "alternatives" }, h("summary", {}, counted(others.length, "other relation")), ...others.map((edge) => relationCard(this.ctx, edge))),
    );
  }

  /** Shows the view's path question in the form and its answer below it. */
  update(answer: PathAnswer | null): void {
    const query = this.ctx.view().path;
    const graph = this.ctx.graph();
    if (!query || !answer) {
      replaceChildren(this.result);
      return;
    }
    this.element.setAttribute("open", "");
    this.from = query.from;
    this.to = query.to;
    this.types = [...query.relationTypes];
    this.inTime.checked = query.timeRespecting;
    this.anyDirection.checked = query.anyDirection === true;
    if (graph.hasNode(query.from)) this.fromBox.setText(graph.getNodeAttribute(query.from, "label"));
    if (graph.hasNode(query.to)) this.toBox.setText(graph.getNodeAttribute(query.to, "label"));
    this.renderTypes();
    if (answer.error) {
      replaceChildren(this.result, h("p", { class: "warning", id: "path-summary" }, answer.error));
      return;
    }
    if (answer.noPath) {
      replaceChildren(this.result, noPathElement(answer.noPath));
      return;
    }
    const steps = answer.routes[0]!.steps.length;
    const ways = answer.pathCount > answer.routes.length ? ` (${answer.pathCount}${answer.pathCount >= 1000 ? " or more" : ""} ways through parallel relations)` : "";
    replaceChildren(
      this.result,
      h("p", { id: "path-summary" }, `${counted(answer.routes.length, "shortest route")} of ${counted(steps, "step")}${ways}.`),
      ...answer.routes.map((route, i) =>
        h(
          "section",
          { class: "path route" },
          h("h3", {}, `Route ${i + 1}: `, ...route.nodes.flatMap((key, j) => [j > 0 ? " → " : null, entityButton(this.ctx, key)])),
          h("ol", { class: "steps" }, ...route.steps.map((step) => this.stepElement(step))),
        ),
      ),
    );
  }
}
