// The timeline: a slider and a play button over the graph's date range, by when things happened or when they were
// first reported; later relations fade out.
import { counted } from "../../model/wording.ts";
import { graphFacts } from "../corpus/graph-facts.ts";
import { h, replaceChildren } from "../dom.ts";
import type { ViewContext } from "../state/context.ts";
import type { TimelineMode, UndatedMode } from "../state/view-state.ts";
import { dayAt, dayIndex } from "./dates.ts";

/** How long a full play-through takes, whatever the range. */
const PLAY_MS = 12_000;
const FRAME_MS = 100;

/** The timeline bar; re-render when the graph changes, sync when the view changes. */
export class TimelineBar {
  private slider: HTMLInputElement | null = null;
  private output: HTMLOutputElement | null = null;
  private playButton: HTMLButtonElement | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private first = "";
  private days = 0;

  constructor(private readonly root: HTMLElement, private readonly ctx: ViewContext) {}

  /** The two axes the timeline can run on, as a pair of radio buttons; the view's one checked. */
  private modeChoice(mode: TimelineMode): HTMLElement {
    const option = (value: TimelineMode, text: string, title: string) =>
      h(
        "label",
        { class: "timeline-mode", title },
        h("input", { type: "radio", name: "timeline-by", id: `timeline-by-${value}`, value, checked: mode === value, onchange: () => this.ctx.setView({ timeBy: value }) }),
        ` ${text}`,
      );
    return h(
      "fieldset",
      { class: "timeline-by" },
      h("legend", { class: "visually-hidden" }, "The timeline runs by"),
      option("happened", "happened", "Place each relation at its own date"),
      option("reported", "first reported", "Place each relation at the date of the earliest document quoted on it"),
    );
  }

  /**
   * What to do with the relations the axis cannot place: a count, and a choice of shown, dimmed or
   * hidden (the count names the choice for screen readers: "84 undated relations: shown").
   */
  private undatedChoice(count: number, mode: TimelineMode): HTMLElement[] {
    const what = mode === "happened" ? counted(count, "undated relation") : `${counted(count, "relation")} without a dated source`;
    const current = this.ctx.view().undated;
    const option = (value: UndatedMode, text: string) => h("option", { value, selected: current === value }, text);
    return [
      h("span", { id: "timeline-undated", class: "hint" }, what),
      h(
        "select",
        {
          id: "timeline-undated-mode",
          "aria-labelledby": "timeline-undated",
          title: "Relations the timeline cannot place: show them as the others, dim them, or hide them",
          onchange: (e) => this.ctx.setView({ undated: (e.target as HTMLSelectElement).value as UndatedMode }),
        },
        option("show", "shown"),
        option("dim", "dimmed"),
        option("hide", "hidden"),
      ),
    ];
  }

  /** Rebuilds the bar for the current graph's dates on the view's axis. */
  render(): void {
    this.stop();
    // Switching the axis rebuilds the bar under the keyboard's focus: give it back to the same control.
    const focused = this.root.contains(document.activeElement) ? document.activeElement?.id : undefined;
    this.build();
    if (focused) document.getElementById(focused)?.focus();
  }

  private build(): void {
    const graph = this.ctx.graph();
    const mode = this.ctx.view().timeBy;
    const { range, undated } = graphFacts(graph).axes[mode];
    const choice = this.modeChoice(mode);
    if (!range) {
      const nothing = mode === "happened" ? "No relation is dated" : "No relation has a dated source";
      replaceChildren(this.root, choice, h("p", { class: "hint" }, `${nothing}: the timeline has nothing to play.`));
      this.slider = null;
      return;
    }
    this.first = range.first;
    this.days = dayIndex(range.first, range.last);
    this.slider = h("input", { id: "timeline-slider", type: "range", min: 0, max: this.days, step: 1, value: this.days, "aria-describedby": "timeline-date timeline-undated" });
    this.slider.addEventListener("input", () => this.fromSlider("replace"));
    this.slider.addEventListener("change", () => this.fromSlider("replace"));
    this.output = h("output", { id: "timeline-date", for: "timeline-slider" });
    this.playButton = h("button", { type: "button", id: "timeline-play", class: "play", onclick: () => (this.timer ? this.stop() : this.play()) }, "▶ Play");
    replaceChildren(
      this.root,
      this.playButton,
      h("label", { for: "timeline-slider", class: "timeline-label" }, "Timeline"),
      choice,
      h("span", { class: "range-end" }, range.first),
      this.slider,
      h("span", { class: "range-end" }, range.last),
      this.output,
      ...this.undatedChoice(undated, mode),
    );
    this.sync();
  }

  /** Moves the slider to the view's cursor and the undated choice to the view's (a link or back/forward changed them). */
  sync(): void {
    const undatedMode = this.root.querySelector<HTMLSelectElement>("#timeline-undated-mode");
    if (undatedMode) undatedMode.value = this.ctx.view().undated;
    if (!this.slider || !this.output) return;
    const time = this.ctx.view().time;
    const at = time === null ? this.days : Math.max(0, Math.min(this.days, dayIndex(this.first, time)));
    this.slider.value = String(at);
    this.output.value = time === null ? "showing all dates" : `up to ${time}`;
  }

  private fromSlider(mode: "push" | "replace"): void {
    if (!this.slider) return;
    const at = Number(this.slider.value);
    // The end of the range shows everything: that is the "off" position, kept out of the link.
    this.ctx.setView({ time: at >= this.days ? null : dayAt(this.first, at) }, mode);
  }

  private play(): void {
    if (!this.slider || !this.playButton) return;
    if (Number(this.slider.value) >= this.days) this.slider.value = "0";
    const step = Math.max(1, Math.ceil((this.days * FRAME_MS) / PLAY_MS));
    this.playButton.textContent = "❚❚ Pause";
    this.fromSlider("replace");
    this.timer = setInterval(() => {
      if (!this.slider) return this.stop();
      const next = Math.min(this.days, Number(this.slider.value) + step);
      this.slider.value = String(next);
      this.fromSlider("replace");
      if (next >= this.days) this.stop();
    }, FRAME_MS);
  }

  private stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.playButton) this.playButton.textContent = "▶ Play";
  }
}
