// Loading a graph, in a real browser: read, parsed and checked in a worker off the page's main thread, with a
// progress bar in the graph area until the graph is drawn; opened files go through the same worker.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { temporaryFolder } from "../helpers/temporary-folder.ts";
import { waitForGraph } from "./helpers/browser.ts";
import { useViewerPage } from "./helpers/viewer-page.ts";
import { startBuiltViewer } from "./helpers/viewer-server.ts";

const viewer = useViewerPage(() => startBuiltViewer("graph-data"));

/** The scripts of the workers the page started. */
function workersOf(page: typeof viewer.page): string[] {
  const urls: string[] = [];
  page.on("worker", (worker) => urls.push(worker.url()));
  return urls;
}

describe("loading the graph", () => {
  it("shows what it is reading and a progress bar until the graph is drawn, then only the graph", async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((done) => (release = done));
    // The graph file is held back, so the page can be seen while it waits for it.
    await viewer.page.context().route("**/graph.json", async (route) => {
      await held;
      await route.continue();
    });
    await viewer.page.goto(viewer.url);
    const progress = viewer.page.locator("#graph .load-progress[role=status]");
    await expect.poll(() => progress.textContent()).toMatch(/^Reading graph\.json/);
    await expect(progress.locator("progress").count()).resolves.toBe(1);
    release();
    await waitForGraph(viewer.page);
    await expect(progress.count()).resolves.toBe(0);
    await expect(viewer.page.locator("#graph canvas").count()).resolves.toBeGreaterThan(0);
    expect(viewer.errors).toEqual([]);
  });

  it("reads and checks the graph in a worker, not on the page's main thread", async () => {
    const workers = workersOf(viewer.page);
    await viewer.open();
    expect(workers.some((url) => /load-worker/.test(url))).toBe(true);
    expect(viewer.errors).toEqual([]);
  });

  it("opens a file through the same worker, and a file it cannot read leaves the graph and says why", async () => {
    await viewer.open();
    const workers = workersOf(viewer.page);
    const folder = temporaryFolder("loading");
    const bad = join(folder, "broken.json");
    writeFileSync(bad, '{"nodes": [');
    const order = await viewer.page.evaluate(() => window.actorgraph!.app!.graph().order);
    await viewer.page.setInputFiles("#open-file", bad);
    await expect.poll(() => viewer.page.locator("#banner").textContent()).toMatch(/Could not open broken\.json: not valid JSON.*current graph is unchanged/);
    expect(workers.some((url) => /load-worker/.test(url))).toBe(true);
    await expect(viewer.page.evaluate(() => window.actorgraph!.app!.graph().order)).resolves.toBe(order);
    expect(viewer.errors).toEqual([]);
  });
});
