// The viewer as `actorgraph serve` serves it, in a real browser: a generated data folder, loaded once, drawn by the built site.
import { join, resolve } from "node:path";
import { build } from "vite";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.ts";
import { viewerViteConfig } from "../../src/viewer/dev-server/viewer-vite-config.ts";
import { cli } from "../cli/cli-helpers.ts";
import { temporaryFolder } from "../helpers/temporary-folder.ts";
import { openPage, waitForGraph } from "./helpers/browser.ts";
import { useViewerPage } from "./helpers/viewer-page.ts";
import type { RunningViewer } from "./helpers/viewer-server.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const NODES = 60;
const EDGES = 150;

/** Serves a generated data folder with `actorgraph serve`, in-process, and the built viewer as the package ships it. */
async function startServedViewer(): Promise<RunningViewer> {
  const data = join(temporaryFolder("served-data"), "data");
  const generated = await cli(["generate", "--nodes", String(NODES), "--edges", String(EDGES), "--out", data, "--seed", "7"]);
  if (generated.code !== 0) throw new Error(`generate failed: ${generated.stderr}`);
  // The built viewer, as the package ships it; built here with the bundled data, which the server's graph replaces.
  const site = temporaryFolder("served-site");
  await build({ ...viewerViteConfig({ dataDir: "graph-data", outDir: site }), root: ROOT, configFile: false, logLevel: "warn" });

  const controller = new AbortController();
  let stdout = "";
  let stderr = "";
  const exit = run(["serve", data, "--port", "0", "--viewer", site], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: ROOT, signal: controller.signal });
  const close = async () => {
    controller.abort();
    await exit;
  };
  try {
    const url = await Promise.race([
      (async () => {
        while (!stdout.includes("Press Ctrl-C")) await new Promise((done) => setTimeout(done, 50));
        return /viewer: +(\S+)/.exec(stdout)![1]!;
      })(),
      exit.then((code) => {
        throw new Error(`serve exited ${code}: ${stderr}`);
      }),
    ]);
    return { url, close };
  } catch (error) {
    await close();
    throw error;
  }
}

// The one test opens its own page.
const viewer = useViewerPage(startServedViewer, { pagePerTest: false });

describe("the viewer served by actorgraph serve", () => {
  it("draws the served graph, every entity and relation, with no console errors", async () => {
    const { context, page, errors } = await openPage(viewer.browser);
    try {
      await page.goto(viewer.url);
      await waitForGraph(page);
      const shown = await page.evaluate(() => {
        const app = window.actorgraph!.app!;
        return { order: app.graph().order, size: app.graph().size, labels: app.sigma.getNodeDisplayedLabels().size, firstRender: window.actorgraph!.firstRenderMs };
      });
      expect(shown.order).toBe(NODES);
      expect(shown.size).toBe(EDGES);
      expect(shown.labels).toBeGreaterThan(0);
      expect(shown.firstRender).not.toBeNull();
      // The page and the API share the server: the API answers about the same graph.
      const stats = await page.evaluate(async () => (await (await fetch("api/stats")).json()) as { entities: number });
      expect(stats.entities).toBe(NODES);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
