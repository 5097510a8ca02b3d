// The path panel: pick two entities, relation types and time order; list the steps with their quotes.
import { h, replaceChildren } from "../dom.ts";
import type { PathAnswer } from "../paths/run-path.ts";
import { SearchBox } from "../search/search-box.ts";
import type { SearchIndex } from "../search/search.ts";
import { entityColor, type ViewContext } from "../state/context.ts";
import { toggleInList } from "../state/view-state.ts";
import { entityButton, relationCard } from "./relation-card.ts";

/** The path form and its answer. */
export class PathPanel {
  readonly element: HTMLElement;
  private readonly fromBox: SearchBox;
  private readonly toBox: SearchBox;
  private readonly typeList: HTMLElement;
  private readonly inTime: HTMLInputElement;
  private readonly result: HTMLElement;
  private from: string | null = null;
  private to: string | null = null;
  private types: string[] = [];

  constructor(private readonly ctx: ViewContext, getIndex: () => SearchIndex) {
    const colorOf = (type: string) => entityColor(ctx.graph(), type);
    const label = (key: string) => (ctx.graph().hasNode(key) ? ctx.graph().getNodeAttribute(key, "label") : key);
    this.fromBox = new SearchBox({ id: "path-from", label: "Path from", placeholder: "From…", getIndex, colorOf, onChoose: (key) => { this.from = key; this.fromBox.setText(label(key)); } });
    this.toBox = new SearchBox({ id: "path-to", label: "Path to", placeholder: "To…", getIndex, colorOf, onChoose: (key) => { this.to = key; this.toBox.setText(label(key)); } });
    this.typeList = h("fieldset", { class: "path-types" });
    this.inTime = h("input", { type: "checkbox", id: "path-in-time" });
    this.result = h("div", { class: "path-result", "aria-live": "polite" });
    const form = h(
      "form",
      { class: "path-form", onsubmit: (e) => { e.preventDefault(); this.submit(); } },
      this.fromBox.element,
      this.toBox.element,
      h("details", {}, h("summary", {}, "Relation types"), this.typeList),
      h("p", {}, this.inTime, h("label", { for: "path-in-time" }, " Time-respecting (each step not before the last)")),
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
    this.ctx.setView({ path: { from: this.from, to: this.to, relationTypes: [...this.types].sort(), timeRespecting: this.inTime.checked } });
  }

  private clear(): void {
    this.from = this.to = null;
    this.fromBox.setText("");
    this.toBox.setText("");
    this.ctx.setView({ path: null });
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
    if (graph.hasNode(query.from)) this.fromBox.setText(graph.getNodeAttribute(query.from, "label"));
    if (graph.hasNode(query.to)) this.toBox.setText(graph.getNodeAttribute(query.to, "label"));
    this.renderTypes();
    if (answer.error) {
      replaceChildren(this.result, h("p", { class: "warning" }, answer.error));
      return;
    }
    if (answer.paths.length === 0) {
      const why = !answer.connected ? "They are not connected at all." : answer.cutBy.length ? `Lifting one of these filters would give one: ${answer.cutBy.join(", ")}.` : "";
      replaceChildren(this.result, h("p", { class: "warning", id: "path-summary" }, `No path from ${graph.getNodeAttribute(query.from, "label")} to ${graph.getNodeAttribute(query.to, "label")}. ${why}`));
      return;
    }
    const steps = answer.paths[0]!.steps.length;
    replaceChildren(
      this.result,
      h("p", { id: "path-summary" }, `${answer.paths.length} shortest path${answer.paths.length === 1 ? "" : "s"} of ${steps} step${steps === 1 ? "" : "s"}.`),
      ...answer.paths.map((path, i) =>
        h(
          "section",
          { class: "path" },
          h("h3", {}, `Path ${i + 1}: `, ...[path.from, ...path.steps.map((s) => s.to)].flatMap((key, j) => [j > 0 ? " → " : null, entityButton(this.ctx, key)])),
          h("ol", { class: "steps" }, ...path.steps.map((step) => h("li", { class: "step" }, relationCard(this.ctx, step.relation)))),
        ),
      ),
    );
  }
}
