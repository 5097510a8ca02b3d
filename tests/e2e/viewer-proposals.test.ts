// The extraction assistant's proposals in a real browser: hidden until the legend's Proposals switch is
// on, then drawn faint, the switch kept in the link; reviewed relations are never affected.
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cli } from "../cli/cli-helpers.ts";
import { worldFolder } from "../extract/invented-world.ts";
import { launchBrowser, openPage, waitForGraph } from "./helpers/browser.ts";
import { startBuiltViewer, type RunningViewer } from "./helpers/viewer-server.ts";

const PROPOSED = "norvask:attacked:port-halden";
const REVIEWED = "valdoria:supplies:norvask";

let viewer: RunningViewer;
let browser: Browser;
let page: Page;
let errors: string[];
let closeContext: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const dir = worldFolder(
    { id: "report", text: "Valdoria supplied Norvask with drones. Norvask struck Port Halden.", date: "2023-04-12" },
    "- source: valdoria\n  type: supplies\n  target: norvask\n  status: reported\n  evidence:\n    - source: report\n      quote: Valdoria supplied Norvask with drones.\n",
  );
  const extracted = await cli(["extract", "report", "--data", dir]);
  if (extracted.code !== 0) throw new Error(`extract failed: ${extracted.stderr}`);
  viewer = await startBuiltViewer(dir);
  browser = await launchBrowser();
});

// Both are stopped even when the other fails to.
afterAll(async () => {
  try {
    await browser?.close();
  } finally {
    await viewer?.close();
  }
});

beforeEach(async () => {
  const opened = await openPage(browser);
  page = opened.page;
  errors = opened.errors;
  closeContext = () => opened.context.close();
});

afterEach(async () => {
  await closeContext?.();
  closeContext = undefined;
});

const hiddenEdges = () => page.evaluate(() => {
  const app = window.actorgraph!.app!;
  return app.graph().filterEdges((edge) => app.sigma.getEdgeState(edge).isHidden).sort();
});

describe("proposals of actorgraph extract in the viewer", () => {
  it("are hidden until 'Show proposals' is ticked, which the link keeps, and reviewed relations stay shown", async () => {
    await page.goto(viewer.url);
    await waitForGraph(page);
    await expect(page.locator("#show-proposals").isChecked()).resolves.toBe(false);
    await expect(page.locator("label[for=show-proposals]").textContent()).resolves.toBe(" Show proposals (0 entities, 1 relation)");
    await expect(page.locator(".proposals-filter .hint").textContent()).resolves.toContain("drawn faint when shown");
    expect(await hiddenEdges()).toEqual([PROPOSED]);

    await page.locator("#show-proposals").check();
    expect(await hiddenEdges()).toEqual([]);
    expect(await page.evaluate(() => location.hash)).toBe("#proposals=1");
    await page.reload();
    await waitForGraph(page);
    expect(await hiddenEdges()).toEqual([]);
    await expect(page.locator("#show-proposals").isChecked()).resolves.toBe(true);

    await page.locator("#show-proposals").uncheck();
    expect(await hiddenEdges()).toEqual([PROPOSED]);
    expect(await page.evaluate((edge) => window.actorgraph!.app!.graph().hasEdge(edge), REVIEWED)).toBe(true);
    expect(errors).toEqual([]);
  });
});
