// An entity with many relations, in a real browser: its panel lays out the first cards of each group and a button for
// the rest, so selecting a hub never stalls the page; the rest come when asked, with the keyboard's focus on them.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { worldFolder } from "../extract/invented-world.ts";
import { useViewerPage } from "./helpers/viewer-page.ts";
import { startBuiltViewer } from "./helpers/viewer-server.ts";

const UNITS = 45;
const CARDS_SHOWN = 40;
const unit = (i: number) => `brigade-${i}`;

/** Valdoria supplying 45 invented brigades, each claim quoted from one document. */
function hubFolder(): string {
  const sentence = (i: number) => `Valdoria supplied Brigade ${i} with generators.`;
  const text = Array.from({ length: UNITS }, (_, i) => sentence(i + 1)).join(" ");
  const relations = Array.from({ length: UNITS }, (_, i) =>
    `- source: valdoria\n  type: supplies\n  target: ${unit(i + 1)}\n  status: reported\n  evidence:\n    - source: report\n      quote: ${sentence(i + 1)}\n`).join("");
  const dir = worldFolder({ id: "report", text, date: "2023-04-12" }, relations);
  writeFileSync(join(dir, "entities", "brigades.yaml"), Array.from({ length: UNITS }, (_, i) => `- {id: ${unit(i + 1)}, label: Brigade ${i + 1}, type: organization, description: An invented unit.}`).join("\n") + "\n");
  return dir;
}

const viewer = useViewerPage(() => startBuiltViewer(hubFolder()));

describe("an entity with many relations", () => {
  it("lists the first 40 of a group, and the rest on 'Show all', focusing the first card it adds", async () => {
    await viewer.open("#node=valdoria");
    const cards = viewer.page.locator("#details .relation-group article");
    await expect.poll(() => cards.count()).toBe(CARDS_SHOWN);
    const more = viewer.page.locator("#details button.show-more");
    await expect(more.textContent()).resolves.toBe(`Show all ${UNITS}`);
    await more.click();
    await expect(cards.count()).resolves.toBe(UNITS);
    await expect(more.count()).resolves.toBe(0);
    const focused = await viewer.page.evaluate(() => document.activeElement?.closest("article")?.textContent ?? "");
    expect(focused).toContain(`Brigade ${CARDS_SHOWN + 1}`);
    expect(viewer.errors).toEqual([]);
  });
});
