// Text from the data as the page shows it: invisible direction and zero-width characters made visible, and
// text too long to lay out cut short (the whole of it one click away, in a scroll box).
import { codePointName, invisibleCharactersIn, replaceInvisibles } from "../../model/invisible-characters.ts";

/**
 * Where a label as drawn differs from the label in the data (cut short, invisible characters shown),
 * it is kept in this attribute of the viewer's graph, which the styles draw instead; downloads leave it out.
 */
export const SHOWN_LABEL = "shownLabel" as const;

/** Replaces each invisible character with a visible marker such as ⟨U+202E⟩, so "Ir\u200Ban" cannot pass for "Iran". */
export function revealInvisibles(text: string): string {
  return replaceInvisibles(text, (char) => `⟨${codePointName(char)}⟩`);
}

/** Whether text holds an invisible character that {@link revealInvisibles} would mark. */
export function hasInvisibles(text: string): boolean {
  return invisibleCharactersIn(text).length > 0;
}

/** Longest text laid out in full in a panel; longer text shows this many characters and a button for the rest. */
export const PANEL_TEXT_CHARS = 1_000;

/** Longest label in a button, a list or a heading's link; the entity's own panel shows the rest. */
export const LABEL_CHARS = 120;

/** Longest label drawn on the graph: longer labels are cut, the panel has the rest. */
export const CANVAS_LABEL_CHARS = 60;

/** The first `max` characters of `text` and an ellipsis, never cutting a surrogate pair in two; `text` when it is short enough. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** A label as the graph draws it: invisible characters shown, cut at {@link CANVAS_LABEL_CHARS}. */
export function canvasLabel(label: string): string {
  return truncate(revealInvisibles(label), CANVAS_LABEL_CHARS);
}

/**
 * A string as a panel shows it: a text node with invisible characters revealed; past {@link PANEL_TEXT_CHARS},
 * the beginning and a button that opens the whole text in a scroll box, laid out only when asked for (or the
 * beginning alone, when not `expandable`).
 */
export function shownText(text: string, { expandable = true }: { expandable?: boolean } = {}): Node {
  const shown = revealInvisibles(text);
  if (shown.length <= PANEL_TEXT_CHARS) return document.createTextNode(shown);
  if (!expandable) return document.createTextNode(truncate(shown, PANEL_TEXT_CHARS));
  const wrapper = document.createElement("span");
  wrapper.className = "long-text";
  const button = document.createElement("button");
  button.type = "button";
  button.className = "show-all";
  button.textContent = `Show all ${text.length.toLocaleString("en")} characters`;
  button.addEventListener("click", (event) => {
    // The button may sit inside another button or link (an entity's name): the click is for it alone.
    event.stopPropagation();
    event.preventDefault();
    const box = document.createElement("div");
    box.className = "full-text";
    box.tabIndex = 0;
    box.setAttribute("role", "region");
    box.setAttribute("aria-label", "The whole text");
    box.textContent = shown;
    wrapper.replaceChildren(box);
    box.focus();
  });
  wrapper.append(document.createTextNode(truncate(shown, PANEL_TEXT_CHARS)), " ", button);
  return wrapper;
}
