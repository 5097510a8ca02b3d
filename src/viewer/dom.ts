// Building DOM from data safely: every string becomes a text node, never markup, with invisible characters shown
// and too-long text cut short (see text/shown-text.ts).
import { shownText } from "./text/shown-text.ts";

type Child = Node | string | number | null | undefined | false;
type Props = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;

/**
 * Creates an element. `on…` props become listeners, booleans toggle attributes, other props are
 * attributes; children that are strings become text nodes, so a label like `<img onerror=…>` shows as written
 * (invisible direction and zero-width characters as ⟨U+202E⟩ markers, text past 1,000 characters cut short).
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (typeof value === "function") element.addEventListener(name.slice(2).toLowerCase(), value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  append(element, ...children);
  return element;
}

/** Appends children, turning strings into text nodes as {@link shownText} shows them, and skipping empty ones. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    // Inside a button the rest of a long text cannot be a button of its own: it is cut, and the panel has it all.
    parent.appendChild(typeof child === "string" ? shownText(child, { expandable: !(parent instanceof HTMLButtonElement) }) : typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
}

/** Replaces an element's children. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** The element with this id, or a thrown error naming it (index.html and the code must agree). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no element #${id}; index.html and src/viewer must agree on it`);
  return element as T;
}

/** A small coloured square for legends and chips. */
export function swatch(color: string, dashed = false): HTMLSpanElement {
  const span = h("span", { class: dashed ? "swatch dashed" : "swatch", "aria-hidden": "true" });
  span.style.setProperty("--swatch", color);
  return span;
}
