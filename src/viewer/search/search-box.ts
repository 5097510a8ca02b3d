// A keyboard-navigable combobox over the search index: type, arrow through hits, Enter to choose.
import { h, replaceChildren, swatch } from "../dom.ts";
import { LABEL_CHARS, truncate } from "../text/shown-text.ts";
import { search, type SearchIndex } from "./search.ts";

/** How a search box is wired to the app. */
export interface SearchBoxOptions {
  id: string;
  label: string;
  placeholder: string;
  /** The index searched; null while the names are still being indexed (see {@link SearchBox.indexReady}). */
  getIndex(): SearchIndex | null;
  colorOf(type: string): string;
  onChoose(key: string): void;
  /** Called on every keystroke, for state that remembers the typed text. */
  onInput?(text: string): void;
}

let counter = 0;

/** A labelled search input with a listbox of hits, following the ARIA combobox pattern. */
export class SearchBox {
  readonly element: HTMLDivElement;
  readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private hits: { key: string }[] = [];
  private active = -1;

  constructor(private readonly options: SearchBoxOptions) {
    const listId = `${options.id}-hits-${counter++}`;
    this.input = h("input", {
      id: options.id, type: "search", role: "combobox", autocomplete: "off", spellcheck: "false",
      placeholder: options.placeholder, "aria-autocomplete": "list", "aria-expanded": "false", "aria-controls": listId,
    });
    this.list = h("ul", { id: listId, role: "listbox", class: "hits", "aria-label": `${options.label}: results`, hidden: true });
    this.element = h("div", { class: "search-box" }, h("label", { for: options.id, class: "visually-hidden" }, options.label), this.input, this.list);
    this.input.addEventListener("input", () => {
      options.onInput?.(this.input.value);
      this.update();
    });
    this.input.addEventListener("keydown", (event) => this.onKey(event));
    this.input.addEventListener("blur", () => setTimeout(() => this.close(), 150));
    this.input.addEventListener("focus", () => this.update());
  }

  /** Sets the text without choosing anything (state restored from a link). */
  setText(text: string): void {
    if (this.input.value !== text) this.input.value = text;
  }

  /** Searches again what was typed while the index was being made, if the box is still in use. */
  indexReady(): void {
    if (document.activeElement === this.input || !this.list.hidden) this.update();
  }

  private update(): void {
    const index = this.options.getIndex();
    const hits = index === null ? [] : search(index, this.input.value, 12);
    this.hits = hits;
    this.active = hits.length > 0 ? 0 : -1;
    replaceChildren(
      this.list,
      ...hits.map((hit, i) => {
        const option = h(
          "li",
          { id: `${this.list.id}-${i}`, role: "option", class: "hit", "aria-selected": String(i === this.active), onmousedown: (e) => { e.preventDefault(); this.choose(i); } },
          swatch(this.options.colorOf(hit.type)),
          h("span", { class: "hit-label" }, truncate(hit.label, LABEL_CHARS)),
          hit.matched !== hit.label ? h("span", { class: "hit-alias" }, ` (${truncate(hit.matched, LABEL_CHARS)})`) : null,
          h("span", { class: "hit-type" }, hit.type),
        );
        return option;
      }),
    );
    if (this.input.value.trim() && hits.length === 0) this.list.append(h("li", { class: "hit none", role: "option", "aria-disabled": "true" }, index === null ? "Indexing names…" : "No match"));
    const open = this.input.value.trim().length > 0 && document.activeElement === this.input;
    this.list.hidden = !open;
    this.input.setAttribute("aria-expanded", String(open));
    this.markActive();
  }

  private markActive(): void {
    this.list.querySelectorAll<HTMLLIElement>("li.hit").forEach((li, i) => li.setAttribute("aria-selected", String(i === this.active)));
    if (this.active >= 0) {
      this.input.setAttribute("aria-activedescendant", `${this.list.id}-${this.active}`);
      this.list.querySelector(`#${CSS.escape(`${this.list.id}-${this.active}`)}`)?.scrollIntoView({ block: "nearest" });
    } else this.input.removeAttribute("aria-activedescendant");
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (this.list.hidden) this.update();
      if (this.hits.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      this.active = (this.active + step + this.hits.length) % this.hits.length;
      this.markActive();
    } else if (event.key === "Enter") {
      if (this.active >= 0) {
        event.preventDefault();
        this.choose(this.active);
      }
    } else if (event.key === "Escape") {
      this.close();
    }
  }

  private choose(i: number): void {
    const hit = this.hits[i];
    if (!hit) return;
    this.close();
    this.options.onChoose(hit.key);
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
  }
}
