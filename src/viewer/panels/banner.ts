// The message banner: data errors from the dev server, and files that could not be opened.
import { counted } from "../../model/wording.ts";
import { h, replaceChildren } from "../dom.ts";
import type { ShownDataError } from "../dev-server/protocol.ts";

/** Shows data errors as file:line: message, saying that the last good graph is still shown. */
export function showDataErrors(root: HTMLElement, errors: ShownDataError[], keptGraph: boolean): void {
  root.hidden = false;
  root.className = "banner error";
  replaceChildren(
    root,
    h("strong", {}, counted(errors.length, "data error")),
    keptGraph ? " — the last good graph is still shown. Fix the data and save: the page updates by itself." : " — fix the data and save: the page updates by itself.",
    h("ul", { class: "error-list" }, ...errors.map((e) => h("li", {}, h("code", {}, `${e.file}:${e.line}:${e.column}`), ": ", e.message))),
    closeButton(root),
  );
}

/** Shows a one-line message (a file that could not be opened, a finished download). */
export function showMessage(root: HTMLElement, kind: "error" | "info", message: string): void {
  root.hidden = false;
  root.className = `banner ${kind}`;
  replaceChildren(root, h("span", {}, message), closeButton(root));
}

/** Hides the banner. */
export function clearBanner(root: HTMLElement): void {
  root.hidden = true;
  replaceChildren(root);
}

function closeButton(root: HTMLElement): HTMLButtonElement {
  return h("button", { type: "button", class: "close", "aria-label": "Dismiss", onclick: () => clearBanner(root) }, "×");
}
