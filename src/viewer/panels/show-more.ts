// Long lists in the panels: the first items, then a button for the rest, so a hub's thousands of relations or a
// corpus's thousands of documents are not laid out until someone asks for them.
import { h } from "../dom.ts";

/**
 * The first `shown` of `items` made into elements, then a "Show all N" button that adds the rest in its
 * place (the button in a list item of its own when the items are list items). The button is gone once
 * pressed: the keyboard's focus goes to the first element it added, or to what `focusIn` picks inside it.
 */
export function firstThenMore<T>(items: readonly T[], shown: number, make: (item: T) => HTMLElement, focusIn: (added: HTMLElement) => HTMLElement | null = (added) => added): Node[] {
  const first: Node[] = items.slice(0, shown).map(make);
  if (items.length <= shown) return first;
  const more = h("button", { type: "button", class: "show-more" }, `Show all ${items.length}`);
  const control = first[0] instanceof HTMLLIElement ? h("li", {}, more) : more;
  more.addEventListener("click", () => {
    const rest = items.slice(shown).map(make);
    control.replaceWith(...rest);
    const target = focusIn(rest[0]!);
    if (target) {
      if (target.tabIndex < 0 && !target.matches("button, a[href], input, select, textarea")) target.tabIndex = -1;
      target.focus();
    }
  });
  return [...first, control];
}
