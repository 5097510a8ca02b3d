// Regenerates the README's viewer screenshots in docs/: `npx tsx tests/e2e/take-screenshots.ts`.
import { launchBrowser, openPage, waitForGraph } from "./helpers/browser.ts";
import { startBuiltViewer } from "./helpers/viewer-server.ts";

const SHOTS: { file: string; hash: string; then?: string }[] = [
  { file: "docs/viewer-overview.png", hash: "" },
  { file: "docs/viewer-entity.png", hash: "#node=shahed-136" },
  { file: "docs/viewer-source.png", hash: "#node=shahed-136", then: "#details .source-link" },
  { file: "docs/viewer-path.png", hash: "#from=iran&to=kyiv" },
  { file: "docs/viewer-timeline.png", hash: "#time=2022-10-15" },
];

async function main(): Promise<void> {
  const viewer = await startBuiltViewer("graph-data");
  const browser = await launchBrowser();
  try {
    for (const shot of SHOTS) {
      const { page, context, errors } = await openPage(browser);
      await page.goto(`${viewer.url}${shot.hash}`);
      await waitForGraph(page);
      if (shot.then) await page.locator(shot.then).first().click();
      // Let the camera animation settle.
      await page.waitForTimeout(1200);
      await page.screenshot({ path: shot.file });
      if (errors.length) console.error(`${shot.file}: ${errors.join("; ")}`);
      console.log(`wrote ${shot.file}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await viewer.close();
  }
}

await main();
