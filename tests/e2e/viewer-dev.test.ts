// The viewer's dev loop and its safety, in a real browser: vite's dev server on a copy of a small fixture folder.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { temporaryFolder } from "../helpers/temporary-folder.ts";
import { openPage, waitForGraph } from "./helpers/browser.ts";
import { useViewerPage } from "./helpers/viewer-page.ts";
import { startDevViewer } from "./helpers/viewer-server.ts";

const HOSTILE = "<img src=x onerror=alert(1)>";
let dataDir: string;
// One page for the whole file, opened once on the hostile entity; both tests read and change it in turn.
let page: Page;
let errors: string[];

const viewer = useViewerPage(async () => {
  // A copy, because the dev-loop test edits the data; it goes with the test file's temporary folders.
  dataDir = temporaryFolder("viewer-data");
  cpSync("tests/fixtures/viewer-hostile", dataDir, { recursive: true });
  return startDevViewer(dataDir);
}, { pagePerTest: false });

beforeAll(async () => {
  ({ page, errors } = await openPage(viewer.browser));
  await page.goto(`${viewer.url}#node=hostile`);
  await waitForGraph(page);
});

describe("labels and quotes that look like markup", () => {
  it("show as written and never run", async () => {
    await expect(page.locator("#details-title").textContent()).resolves.toBe(HOSTILE);
    await expect(page.locator("#details .description").textContent()).resolves.toBe("<b>not bold</b> & <i>not italic</i>");
    expect(await page.locator("#details img, #details b, #details script").count()).toBe(0);
    await page.locator("#details .source-link").first().click();
    await page.locator("#quote-highlight").waitFor();
    await expect(page.locator("#source-title").textContent()).resolves.toBe("<b>Hostile</b> source <script>alert(2)</script>");
    expect(await page.locator("#source-title").textContent()).toContain("<script>");
    expect(await page.locator(".source-text img, .source-text script, #source b").count()).toBe(0);
    await expect(page.locator("#quote-highlight").textContent()).resolves.toContain(HOSTILE);
    await page.locator("#search").fill("img src");
    await expect(page.locator("li.hit .hit-label").first().textContent()).resolves.toBe(HOSTILE);
    expect(await page.evaluate(() => document.querySelectorAll("body img").length)).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe("editing the data while the dev server runs", () => {
  it("shows a data error with file:line in the page and keeps the last good graph, then takes the fix without moving the camera", async () => {
    await page.evaluate(() => window.actorgraph!.app!.sigma.getCamera().setState({ x: 0.3, y: 0.6, ratio: 0.5 }));
    const entities = join(dataDir, "entities", "entities.yaml");
    const good = readFileSync(entities, "utf8");
    writeFileSync(entities, good.replace("type: city", "type: citty"));
    await page.locator("#banner.error").waitFor({ timeout: 20_000 });
    const banner = (await page.locator("#banner").textContent())!;
    expect(banner).toMatch(/entities\/entities\.yaml:\d+:\d+/);
    expect(banner).toMatch(/citty/);
    expect(banner).toMatch(/last good graph is still shown/);
    expect(await page.evaluate(() => window.actorgraph!.app!.graph().order)).toBe(2);

    writeFileSync(entities, good.replace("label: Kyiv", "label: Kyiv city"));
    await page.waitForFunction(() => window.actorgraph!.app!.graph().hasNode("kyiv") && window.actorgraph!.app!.graph().getNodeAttribute("kyiv", "label") === "Kyiv city", undefined, { timeout: 20_000 });
    await expect(page.locator("#banner").isHidden()).resolves.toBe(true);
    const camera = await page.evaluate(() => window.actorgraph!.app!.sigma.getCamera().getState());
    expect(camera).toMatchObject({ x: 0.3, y: 0.6, ratio: 0.5 });
    expect(errors).toEqual([]);
  });
});
