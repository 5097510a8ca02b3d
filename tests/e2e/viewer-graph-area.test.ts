// The graph area in a real browser on the seed graph: sigma's canvas and mouse layer match the area they sit in,
// at load and when a banner appears, so the timeline below stays usable and the first hover is not lost.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openPage, waitForGraph } from "./helpers/browser.ts";
import { useViewerPage } from "./helpers/viewer-page.ts";
import { startBuiltViewer } from "./helpers/viewer-server.ts";

// Each test opens its own page, in the window size it measures.
const viewer = useViewerPage(() => startBuiltViewer("graph-data"), { pagePerTest: false });

/** What a user's pointer meets: the graph area's box, sigma's mouse layer and canvas, and the timeline below. */
interface Boxes {
  graph: { top: number; bottom: number; width: number; height: number };
  mouseLayer: { top: number; bottom: number; width: number; height: number };
  sigma: { width: number; height: number };
  timelineTop: number;
}

/** Measured in the page: called by the test, and by a script the moment the app says it is ready. */
function measureBoxes(): Boxes {
  const box = (element: Element) => {
    const r = element.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, width: r.width, height: r.height };
  };
  return {
    graph: box(document.getElementById("graph")!),
    mouseLayer: box(document.querySelector("#graph .sigma-mouse")!),
    sigma: window.actorgraph!.app!.sigma.getDimensions(),
    timelineTop: document.getElementById("timeline")!.getBoundingClientRect().top,
  };
}

function expectBoxesMatch(boxes: Boxes): void {
  expect(boxes.mouseLayer).toEqual(boxes.graph);
  expect(boxes.sigma).toEqual({ width: boxes.graph.width, height: boxes.graph.height });
  expect(boxes.mouseLayer.bottom).toBeLessThanOrEqual(boxes.timelineTop);
}

/** Opens the viewer, recording the boxes at the very moment the app reports itself ready (its first frame is drawn). */
async function openRecordingReady(page: Page): Promise<Boxes> {
  await page.addInitScript(`(() => {
    const measure = ${measureBoxes.toString()};
    new MutationObserver((_records, observer) => {
      if (document.body.dataset.ready !== "true") return;
      observer.disconnect();
      window.__boxesAtReady = measure();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-ready"] });
  })()`);
  await page.goto(viewer.url);
  await waitForGraph(page);
  return page.evaluate(() => (window as unknown as { __boxesAtReady: Boxes }).__boxesAtReady);
}

/** Resolves after the browser has drawn two more frames. */
const frames = (page: Page) => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

/** Shows a banner the way a user gets one: dropping a file that is not a graph (the graph stays). */
async function showBanner(page: Page): Promise<void> {
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(["not a graph"], "notes.json", { type: "application/json" }));
    document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  await page.locator("#banner.error", { hasText: "notes.json" }).waitFor();
}

describe.each([
  { width: 1400, height: 900 },
  { width: 1280, height: 720 },
])("the graph area at $width x $height", (size) => {
  it("has sigma's mouse layer and canvas exactly over it from the first frame, and after a banner opens and closes", async () => {
    const { page, errors, context } = await openPage(viewer.browser, size);
    try {
      expectBoxesMatch(await openRecordingReady(page));
      await showBanner(page);
      await frames(page);
      const withBanner = await page.evaluate(measureBoxes);
      expectBoxesMatch(withBanner);
      await page.locator("#banner .close").click();
      await frames(page);
      const closed = await page.evaluate(measureBoxes);
      expectBoxesMatch(closed);
      expect(closed.graph.height).toBeGreaterThan(withBanner.graph.height);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("lets the timeline slider be dragged at load, and with a banner", async () => {
    const { page, errors, context } = await openPage(viewer.browser, size);
    try {
      await page.goto(viewer.url);
      await waitForGraph(page);
      const slider = page.locator("#timeline-slider");
      const drag = async (from: number, to: number) => {
        const box = (await slider.boundingBox())!;
        const y = box.y + box.height / 2;
        await page.mouse.move(box.x + box.width * from, y);
        await page.mouse.down();
        await page.mouse.move(box.x + box.width * to, y, { steps: 5 });
        await page.mouse.up();
      };
      const time = () => page.evaluate(() => window.actorgraph!.app!.view().time);
      expect(await time()).toBeNull();
      await drag(0.9, 0.1);
      const early = await time();
      expect(early).not.toBeNull();
      await showBanner(page);
      await drag(0.1, 0.6);
      const later = await time();
      expect(later! > early!).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("draws every entity inside the area, keeps it still on the first interaction, and the first hover finds its node", async () => {
    const { page, errors, context } = await openPage(viewer.browser, size);
    try {
      await page.goto(viewer.url);
      await waitForGraph(page);
      const positions = () => page.evaluate(() => {
        const sigma = window.actorgraph!.app!.sigma;
        const { width, height } = sigma.getDimensions();
        return {
          width,
          height,
          nodes: Object.fromEntries(sigma.getGraph().mapNodes((node) => {
            const data = sigma.getNodeDisplayData(node)!;
            return [node, { ...sigma.framedGraphToViewport(data), size: data.size }];
          })),
        };
      });
      const before = await positions();
      const graphBox = (await page.locator("#graph").boundingBox())!;
      expect({ width: before.width, height: before.height }).toEqual({ width: graphBox.width, height: graphBox.height });
      // Each entity's whole disc, the unconnected ones in their row at the bottom included.
      for (const [node, { x, y, size }] of Object.entries(before.nodes)) {
        expect({ node, inside: x - size >= 0 && x + size <= graphBox.width && y - size >= 0 && y + size <= graphBox.height }).toEqual({ node, inside: true });
      }
      // The first hover: the pointer goes straight to Iran's centre, as drawn at load.
      const iran = before.nodes.iran!;
      await page.mouse.move(graphBox.x + iran.x, graphBox.y + iran.y);
      await expect.poll(() => page.evaluate(() => window.actorgraph!.app!.sigma.getNodeState("iran").isHovered)).toBe(true);
      await frames(page);
      const after = await positions();
      expect(after).toEqual(before);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
