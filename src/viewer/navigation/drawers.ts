// On small screens the legend and the side panel are drawers over the graph: opened by a toolbar button,
// closed by their own button or Escape, giving the keyboard's focus back to the button that opened them.
import { byId } from "../dom.ts";

/** The drawers, by the id of the element each one is. */
export type DrawerName = "legend" | "panel";

/** Under this width (CSS pixels) the panels are drawers; the style sheet uses the same width. */
export const DRAWER_MAX_WIDTH = 699;

/** True when the window is narrow enough for drawers. */
export function isSmallScreen(): boolean {
  return window.matchMedia(`(max-width: ${DRAWER_MAX_WIDTH}px)`).matches;
}

/** Opens and closes the two drawers; at most one is open at a time. */
export class Drawers {
  private open: DrawerName | null = null;
  private readonly openers: Record<DrawerName, HTMLButtonElement>;

  constructor() {
    this.openers = { legend: byId<HTMLButtonElement>("open-legend"), panel: byId<HTMLButtonElement>("open-panel") };
    for (const name of ["legend", "panel"] as const) {
      this.openers[name].addEventListener("click", () => (this.open === name ? this.close() : this.show(name, true)));
      byId(`close-${name}`).addEventListener("click", () => this.close());
    }
    // Back on a wide window, the panels are columns again and no drawer is open.
    window.matchMedia(`(max-width: ${DRAWER_MAX_WIDTH}px)`).addEventListener("change", (event) => {
      if (!event.matches) this.close(false);
    });
  }

  /** The drawer open now, if any. */
  get current(): DrawerName | null {
    return this.open;
  }

  /** Opens a drawer (on small screens only), moving the focus into it when asked. */
  show(name: DrawerName, moveFocus: boolean): void {
    if (!isSmallScreen()) return;
    this.open = name;
    document.body.dataset.drawer = name;
    for (const [other, button] of Object.entries(this.openers)) button.setAttribute("aria-expanded", String(other === name));
    if (moveFocus) byId(`close-${name}`).focus();
  }

  /** Closes the open drawer; the focus goes back to its toolbar button unless told otherwise. Returns whether one was open. */
  close(returnFocus = true): boolean {
    const was = this.open;
    if (was === null) return false;
    this.open = null;
    delete document.body.dataset.drawer;
    for (const button of Object.values(this.openers)) button.setAttribute("aria-expanded", "false");
    if (returnFocus) this.openers[was].focus();
    return true;
  }
}
