// Debian's chromium driven by playwright-core, collecting console errors so a test can fail on any.
import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

/** Where Debian installs chromium; `.ci/run` installs it with apt-get. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Console noise from software WebGL that says nothing about the page. */
const IGNORED = ["GPU stall", "GL Driver Message"];

/** Launches headless chromium; a missing browser fails loudly rather than skipping the tests. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`chromium not found at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
}

/** A page at 1280x720 that records console errors, page errors and failed requests. */
export async function openPage(browser: Browser, options: { width?: number; height?: number } = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: options.height ?? 720 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && !IGNORED.some((text) => message.text().includes(text))) errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("dialog", (dialog) => {
    errors.push(`dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { context, page, errors };
}

/** Waits until the app has drawn its first frame. */
export async function waitForGraph(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.ready === "true", undefined, { timeout: 30_000 });
}
