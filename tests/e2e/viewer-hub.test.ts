// Long lists in a real browser, an entity with many relations and a corpus of many documents: the panels lay out the
// first items and a button for the rest, so neither stalls the page; the rest come when asked, with the keyboard's focus on them.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { worldFolder } from "../extract/invented-world.ts";
import { useViewerPage } from "./helpers/viewer-page.ts";
import { startBuiltViewer } from "./helpers/viewer-server.ts";

const UNITS = 45;
const CARDS_SHOWN = 40;
/** Documents in the corpus: the report, and briefings quoted on nothing, more than the Sources panel lists at first. */
const DOCUMENTS = 105;
const SOURCES_SHOWN = 100;
const unit = (i: number) => `brigade-${i}`;

/** Valdoria supplying 45 invented brigades, each claim quoted from one report, among 105 documents. */
function hubFolder(): string {
  const sentence = (i: number) => `Valdoria supplied Brigade ${i} with generators.`;
  const text = Array.from({ length: UNITS }, (_, i) => sentence(i + 1)).join(" ");
  const relations = Array.from({ length: UNITS }, (_, i) =>
    `- source: valdoria\n  type: supplies\n  target: ${unit(i + 1)}\n  status: reported\n  evidence:\n    - source: report\n      quote: ${sentence(i + 1)}\n`).join("");
  const dir = worldFolder({ id: "report", text, date: "2023-04-12" }, relations);
  const briefings = Array.from({ length: DOCUMENTS - 1 }, (_, i) => `briefing-${String(i + 1).padStart(3, "0")}`);
  for (const id of briefings) writeFileSync(join(dir, "sources", `${id}.txt`), `Briefing ${id}.`);
  writeFileSync(join(dir, "sources", "sources.yaml"), [
    `- {id: report, title: "Invented report", kind: report, file: report.txt, date: "2023-04-12"}`,
    ...briefings.map((id) => `- {id: ${id}, title: "Briefing ${id}", kind: report, file: ${id}.txt, date: "2023-05-01"}`),
  ].join("\n") + "\n");
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

describe("a corpus of many documents", () => {
  it("lists the first 100 documents in the Sources panel, and the rest on 'Show all', focusing the first one it adds", async () => {
    await viewer.open("");
    await viewer.page.locator("#sources-panel > summary").click();
    const items = viewer.page.locator("#sources-panel .source-item");
    await expect(items.count()).resolves.toBe(SOURCES_SHOWN);
    const more = viewer.page.locator("#sources-panel li > button.show-more");
    await expect(more.textContent()).resolves.toBe(`Show all ${DOCUMENTS}`);
    await more.click();
    await expect(items.count()).resolves.toBe(DOCUMENTS);
    await expect(viewer.page.locator("#sources-panel .show-more").count()).resolves.toBe(0);
    // Every child of the list is a list item, the button's too, so the list still reads as one.
    await expect(viewer.page.locator("#sources-panel ul.source-list > :not(li)").count()).resolves.toBe(0);
    const focused = await viewer.page.evaluate(() => document.activeElement?.closest(".source-item")?.getAttribute("data-source"));
    expect(focused).toBe(await items.nth(SOURCES_SHOWN).getAttribute("data-source"));
    expect(viewer.errors).toEqual([]);
  });

  it("lists an open document among the first, however late in the list", async () => {
    await viewer.open("#source=briefing-104");
    await viewer.page.locator("#sources-panel > summary").click();
    await expect(viewer.page.locator('#sources-panel .source-item[aria-pressed="true"]').getAttribute("data-source")).resolves.toBe("briefing-104");
  });
});
