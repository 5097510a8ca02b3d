// Skip links that move the keyboard's focus to a panel without touching the URL: the hash holds the view
// state, and following "#details" the browser's way would read as a view with nothing selected.
import type { DrawerName } from "./drawers.ts";

/** Where each skip link goes: the element to focus (first found), and the drawer it lives in on small screens. */
const TARGETS: Record<string, { focus: string[]; drawer?: DrawerName }> = {
  search: { focus: ["#search"] },
  legend: { focus: ["#legend"], drawer: "legend" },
  details: { focus: ["#source:not([hidden]) #source-title", "#details-title", "#details"], drawer: "panel" },
  timeline: { focus: ["#timeline-play", "#timeline input", "#timeline"] },
};

/**
 * Wires the page's skip links (`a[data-skip]`): each opens its panel's drawer when there is one and
 * focuses the panel's first landmark, and the default jump (which would rewrite the hash) is prevented.
 */
export function wireSkipLinks(openDrawer: (name: DrawerName) => void): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-skip]")) {
    link.addEventListener("click", (event) => {
      event.preventDefault();
      const target = TARGETS[link.dataset.skip ?? ""];
      if (!target) return;
      if (target.drawer) openDrawer(target.drawer);
      const element = target.focus.map((selector) => document.querySelector<HTMLElement>(selector)).find((el) => el !== null);
      element?.focus();
    });
  }
}
