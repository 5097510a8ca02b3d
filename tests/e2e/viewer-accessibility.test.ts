// The viewer with a keyboard, a screen reader and a phone, in a real browser on the seed graph: skip links that
// keep the view, a short way to each panel, focus that is never lost, Escape, drawers on small screens, and axe-core.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { useViewerPage } from "./helpers/viewer-page.ts";
import { startBuiltViewer } from "./helpers/viewer-server.ts";

// Evaluated through the browser's devtools protocol: the page's Content-Security-Policy rightly refuses an injected <script>.
const AXE = readFileSync(resolve(import.meta.dirname, "../../node_modules/axe-core/axe.min.js"), "utf8");

const viewer = useViewerPage(() => startBuiltViewer("graph-data"), { window: { width: 1400, height: 900 } });

/** What the keyboard's focus is on: the element's id, or its tag and text when it has none. */
const focused = () =>
  viewer.page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "body";
    return el.id ? `#${el.id}` : `${el.tagName.toLowerCase()}: ${(el.textContent ?? "").trim().slice(0, 40)}`;
  });

/**
 * Moderate findings that fail the tests too: headings that skip a level break a screen reader's outline of the
 * panels, so once fixed they must stay fixed.
 */
const ALSO_FAILING = ["heading-order"];

/** Serious and critical axe-core findings on the page as it is now, and the {@link ALSO_FAILING} ones, one line each. */
async function axeFindings(): Promise<string[]> {
  await viewer.page.evaluate(AXE);
  return viewer.page.evaluate(async (alsoFailing) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical" || alsoFailing.includes(v.id))
      .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 4).join(", ")})`);
  }, ALSO_FAILING);
}

describe("axe-core", () => {
  const views: [string, string][] = [
    ["the overview", ""],
    ["an entity's panel", "#node=shahed-136"],
    ["a relation's panel", "#edge=iran%3Asupplies%3Arussia%3A2022-08"],
    ["a quote in its source", "#node=shahed-136&source=iran-russia-drones"],
    ["a path", "#from=iran&to=kyiv"],
    ["the timeline at a date with undated relations dimmed", "#time=2022-10-15&undated=dim"],
  ];
  for (const [name, hash] of views) {
    it(`finds no serious or critical issue, nor a skipped heading level, on ${name}`, async () => {
      await viewer.open(hash);
      expect(await axeFindings()).toEqual([]);
      expect(viewer.errors).toEqual([]);
    });
  }

  it("finds no serious or critical issue, nor a skipped heading level, on a phone, with the legend drawer open", async () => {
    await viewer.openWindow(390, 844);
    await viewer.open("#node=iran");
    await viewer.page.locator("#open-legend").click();
    expect(await axeFindings()).toEqual([]);
    expect(viewer.errors).toEqual([]);
  });
});

describe("skip links", () => {
  it("move the focus to a panel and keep the selection, filters and time in the link", async () => {
    const hash = "#node=iran&hide-types=city&time=2022-10-15";
    await viewer.open(hash);
    await viewer.page.keyboard.press("Tab");
    const first = await focused();
    expect(first).toMatch(/skip/i);
    const links = await viewer.page.locator(".skip-links a").allTextContents();
    expect(links.length).toBeGreaterThanOrEqual(3);
    await viewer.page.locator(".skip-links a", { hasText: /details/i }).press("Enter");
    await expect.poll(focused).toBe("#details-title");
    expect(await viewer.page.evaluate(() => location.hash)).toBe(hash);
    const view = await viewer.page.evaluate(() => window.actorgraph!.app!.view());
    expect(view).toMatchObject({ selection: { kind: "node", key: "iran" }, hiddenEntityTypes: ["city"], time: "2022-10-15" });
    expect(viewer.errors).toEqual([]);
  });

  it("reach the search, the legend, the details and the timeline within a few Tabs of the top", async () => {
    const targets = { search: "#search", legend: "#legend", details: "#details-title", timeline: "#timeline-play" };
    for (const [name, target] of Object.entries(targets)) {
      // From the top of a freshly opened page each time (a new document, not a jump within this one).
      await viewer.page.goto("about:blank");
      await viewer.open("#node=iran");
      let presses = 0;
      // Tab to the skip link of this panel, then Enter.
      for (; presses < 6; presses++) {
        await viewer.page.keyboard.press("Tab");
        const text = await viewer.page.evaluate(() => document.activeElement?.textContent ?? "");
        if (new RegExp(name, "i").test(text)) break;
      }
      expect(presses, `skip link to the ${name}`).toBeLessThan(6);
      await viewer.page.keyboard.press("Enter");
      await expect.poll(focused, { message: name }).toBe(target);
    }
  });
});

describe("focus", () => {
  it("goes to the source's heading after 'Read in source', and back to the entity's heading when a mention in it is chosen", async () => {
    await viewer.open("#node=shahed-136");
    await viewer.page.locator("#details .source-link").first().focus();
    await viewer.page.keyboard.press("Enter");
    await expect.poll(focused).toBe("#source-title");
    await viewer.page.locator("#source .mention").first().focus();
    const mentioned = await viewer.page.locator("#source .mention").first().getAttribute("data-key");
    await viewer.page.keyboard.press("Enter");
    await expect.poll(() => viewer.page.evaluate(() => window.actorgraph!.app!.view().selection)).toEqual({ kind: "node", key: mentioned });
    await expect.poll(focused).toBe("#details-title");
  });

  it("goes to the new entity's heading after an entity link in a panel is chosen", async () => {
    await viewer.open("#node=shahed-136");
    const link = viewer.page.locator("#details .entity-link").filter({ hasNotText: "Shahed-136" }).first();
    await link.focus();
    await viewer.page.keyboard.press("Enter");
    await expect.poll(focused).toBe("#details-title");
    await expect(viewer.page.locator("#details-title").textContent()).resolves.not.toBe("Shahed-136");
  });

  it("goes to the source's heading when a document is chosen in the Sources panel", async () => {
    await viewer.open();
    await viewer.page.locator(".sources-panel > summary").click();
    await viewer.page.locator(".source-item").first().focus();
    await viewer.page.keyboard.press("Enter");
    await expect.poll(focused).toBe("#source-title");
  });

  it("Escape closes the source first, then the selection, and the focus stays in the panel", async () => {
    await viewer.open("#node=shahed-136");
    await viewer.page.locator("#details .source-link").first().click();
    await expect.poll(focused).toBe("#source-title");
    await viewer.page.keyboard.press("Escape");
    await expect.poll(() => viewer.page.evaluate(() => window.actorgraph!.app!.view().source)).toBeNull();
    await expect.poll(focused).toBe("#details-title");
    await expect(viewer.page.locator("#details-title").textContent()).resolves.toBe("Shahed-136");
    await viewer.page.keyboard.press("Escape");
    await expect.poll(() => viewer.page.evaluate(() => window.actorgraph!.app!.view().selection)).toBeNull();
    await expect.poll(focused).not.toBe("body");
  });
});

describe("on a phone (390x844)", () => {
  beforeEach(async () => {
    await viewer.openWindow(390, 844);
  });

  const scrollsSideways = () => viewer.page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth || document.body.scrollWidth > window.innerWidth);

  it("shows the graph full width with nothing scrolling sideways, the panels closed in drawers", async () => {
    await viewer.open("#node=iran");
    expect(await scrollsSideways()).toBe(false);
    const graph = (await viewer.page.locator("#graph").boundingBox())!;
    expect(graph.width).toBeGreaterThanOrEqual(380);
    expect(graph.height).toBeGreaterThan(400);
    await expect(viewer.page.locator("#legend").isVisible()).resolves.toBe(false);
    // The timeline stays on screen, not under a legend.
    const timeline = (await viewer.page.locator("#timeline").boundingBox())!;
    expect(timeline.y + timeline.height).toBeLessThanOrEqual(844);
    expect(viewer.errors).toEqual([]);
  });

  it("opens the legend in a drawer that still filters, and Escape closes it and gives the focus back", async () => {
    await viewer.open();
    await viewer.page.locator("#open-legend").click();
    const legend = viewer.page.locator("#legend");
    await expect(legend.isVisible()).resolves.toBe(true);
    const box = (await legend.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await scrollsSideways()).toBe(false);
    const city = viewer.page.locator("#legend .legend-item", { hasText: "City" });
    await city.click();
    await expect(city.getAttribute("aria-pressed")).resolves.toBe("false");
    expect((await viewer.page.evaluate(() => window.actorgraph!.app!.sigma.getNodeState("kyiv"))).isHidden).toBe(true);
    await viewer.page.keyboard.press("Escape");
    await expect(legend.isVisible()).resolves.toBe(false);
    await expect.poll(focused).toBe("#open-legend");
    expect(viewer.errors).toEqual([]);
  });

  it("opens the details drawer when an entity is chosen, with nothing scrolling sideways", async () => {
    await viewer.open();
    await viewer.page.locator("#search").fill("shahed-136");
    await viewer.page.locator("li.hit", { hasText: "Shahed-136" }).first().click();
    await expect(viewer.page.locator("#details-title").isVisible()).resolves.toBe(true);
    await expect(viewer.page.locator("#details-title").textContent()).resolves.toBe("Shahed-136");
    expect(await scrollsSideways()).toBe(false);
    await viewer.page.locator("#close-panel").click();
    await expect(viewer.page.locator("#details-title").isVisible()).resolves.toBe(false);
    expect(viewer.errors).toEqual([]);
  });
});
