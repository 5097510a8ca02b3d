// Regenerates the README's viewer screenshots in docs/, at a desktop size and a phone size:
// `npx tsx tests/e2e/take-screenshots.ts`.
import { launchBrowser, openPage, waitForGraph } from "./helpers/browser.ts";
import { startBuiltViewer } from "./helpers/viewer-server.ts";

const DESKTOP = { width: 1400, height: 900 };
const PHONE = { width: 390, height: 844 };

interface Shot {
  file: string;
  hash: string;
  size: { width: number; height: number };
  /** Something to click once the graph is drawn. */
  then?: string;
}

const SHOTS: Shot[] = [
  { file: "docs/viewer-overview.png", hash: "", size: DESKTOP },
  { file: "docs/viewer-entity.png", hash: "#node=shahed-136", size: DESKTOP },
  { file: "docs/viewer-source.png", hash: "#node=shahed-136", size: DESKTOP, then: "#details .source-link" },
  { file: "docs/viewer-path.png", hash: "#from=iran&to=kyiv", size: DESKTOP },
  { file: "docs/viewer-timeline.png", hash: "#time=2022-10-15&undated=dim", size: DESKTOP },
  { file: "docs/viewer-phone.png", hash: "", size: PHONE },
  { file: "docs/viewer-phone-details.png", hash: "", size: PHONE, then: "#open-panel" },
];

async function main(): Promise<void> {
  const viewer = await startBuiltViewer("graph-data");
  const browser = await launchBrowser();
  try {
    for (const shot of SHOTS) {
      const { page, context, errors } = await openPage(browser, shot.size);
      try {
        await page.goto(`${viewer.url}${shot.hash}`);
        await waitForGraph(page);
        if (shot.then) await page.locator(shot.then).first().click();
        // Let the camera animation and the label placement after it settle.
        await page.waitForTimeout(1200);
        await page.screenshot({ path: shot.file });
        if (errors.length) console.error(`${shot.file}: ${errors.join("; ")}`);
        console.log(`wrote ${shot.file}`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await viewer.close();
  }
}

await main();
