// One browser and one viewer per test file, and a fresh page per test: the set-up every end-to-end test file shares.
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { launchBrowser, openPage, waitForGraph } from "./browser.ts";
import type { RunningViewer } from "./viewer-server.ts";

/** How {@link useViewerPage} sets up each test. */
export interface ViewerPageOptions {
  /** The window of each test's page; openPage's 1280x720 when left out. */
  window?: { width: number; height: number };
  /** False for files whose tests open their own pages, or share one: no page is opened or closed per test. */
  pagePerTest?: boolean;
}

/** What a test file reaches through {@link useViewerPage}; each accessor throws if read before its hook has run. */
export interface ViewerPage {
  /** The running viewer's address, e.g. "http://127.0.0.1:4173/". */
  readonly url: string;
  /** The browser, for tests that open pages of their own. */
  readonly browser: Browser;
  /** This test's page. */
  readonly page: Page;
  /** Console errors, page errors and dialogs of this test's page, in the order they came. */
  readonly errors: string[];
  /** Replaces this test's page with a new one in a window of this size; it is closed after the test like the first. */
  openWindow(width: number, height: number): Promise<void>;
  /** Loads the viewer in this test's page, with `hash` as its view part (e.g. "#node=iran"), and waits for the graph. */
  open(hash?: string): Promise<void>;
}

/**
 * Registers the vitest hooks an end-to-end test file needs and returns accessors to what they start: before all
 * tests, `startViewer()` and then chromium; before each test (unless `pagePerTest` is false), a page in a new
 * browser context that records errors; after each test, that context is closed; after all tests, the browser
 * and the viewer are both stopped, the viewer even when closing the browser throws.
 *
 * Call it once, at the top level of the test file. Hooks the file registers after it run after its own
 * (before all, before each) and before its own (after each, after all).
 *
 * @param startViewer - starts the viewer the tests visit, e.g. `() => startBuiltViewer("graph-data")`.
 * @param options - the page's window size, or no page per test.
 * @returns live accessors: read `page` and `errors` inside a test or a hook, never at import time.
 */
export function useViewerPage(startViewer: () => Promise<RunningViewer>, options: ViewerPageOptions = {}): ViewerPage {
  let viewer: RunningViewer | undefined;
  let browser: Browser | undefined;
  let current: { page: Page; errors: string[]; close(): Promise<void> } | undefined;

  const openWindow = async (size?: { width: number; height: number }): Promise<void> => {
    await closePage();
    if (!browser) throw new Error("no browser: the file's beforeAll did not launch one");
    const opened = await openPage(browser, size);
    current = { page: opened.page, errors: opened.errors, close: () => opened.context.close() };
  };
  const closePage = async (): Promise<void> => {
    const closing = current;
    current = undefined;
    await closing?.close();
  };
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not there: read it inside a test or a hook, after useViewerPage's hooks ran`);
    return value;
  };

  beforeAll(async () => {
    viewer = await startViewer();
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

  if (options.pagePerTest !== false) {
    beforeEach(() => openWindow(options.window));
    afterEach(closePage);
  }

  return {
    get url() {
      return started(viewer, "the viewer").url;
    },
    get browser() {
      return started(browser, "the browser");
    },
    get page() {
      return started(current, "this test's page").page;
    },
    get errors() {
      return started(current, "this test's page").errors;
    },
    openWindow: (width, height) => openWindow({ width, height }),
    async open(hash = "") {
      const { page } = started(current, "this test's page");
      await page.goto(`${started(viewer, "the viewer").url}${hash}`);
      await waitForGraph(page);
    },
  };
}
