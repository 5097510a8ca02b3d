// Bench: the viewer's first render (page load to first sigma frame) against a bare sigma page on the same graph, same run, same browser.
import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { basename, extname, join, normalize, resolve } from "node:path";
import { build } from "vite";
import { graphJsonChunks } from "../../src/export/json.ts";
import { buildGraph } from "../../src/graph/build.ts";
import { loadDataFolder } from "../../src/load/read-folder.ts";
import { viewerViteConfig } from "../../src/viewer/dev-server/viewer-vite-config.ts";
import { writeFileAtomic } from "../../src/export/atomic-write.ts";
import { launchBrowser } from "../../tests/e2e/helpers/browser.ts";
import { median, round3, type BenchRow, type SectionContext } from "../harness.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const WORK = join(ROOT, "bench", "cache", "viewer");
const GOAL_RATIO = 1.3;
const RUNS = 3;
/** Sizes above this are skipped: software WebGL in CI takes minutes per frame there. */
const MAX_EDGES = 500_000;

const BARE_HTML = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bare sigma</title>
<style>html,body,#graph{margin:0;width:100%;height:100%}</style></head><body><div id="graph"></div>
<script type="module" src="./main.ts"></script></body></html>`;

// The baseline: what anyone would write to show a graphology JSON file with sigma, defaults apart from screen-sized nodes.
const BARE_MAIN = `import Sigma from "sigma";
import { MultiDirectedGraph } from "graphology";
const url = new URLSearchParams(location.search).get("graph") ?? "graph.json";
const graph = new MultiDirectedGraph();
graph.import(await (await fetch(url)).json());
new Sigma(graph, document.getElementById("graph")!, { settings: { itemSizesReference: "screen" } });
(window as unknown as { actorgraph: { firstRenderMs: number } }).actorgraph = { firstRenderMs: performance.now() };
`;

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json" };

/** A plain static file server: the same one serves both pages, so transport costs are equal. */
function serve(root: string): Promise<{ server: Server; url: string }> {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? "/").split("?")[0]!)).replace(/^(\.\.[/\\])+/, "");
    const file = join(root, path.endsWith("/") ? `${path}index.html` : path);
    try {
      if (!(await stat(file)).isFile()) throw new Error("not a file");
      res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` })));
}

/** Builds both pages into `site` (a folder of this run only: two bench runs must not empty each other's pages). */
async function buildSites(site: string): Promise<void> {
  const quiet = { root: ROOT, configFile: false as const, logLevel: "warn" as const };
  await build({ ...viewerViteConfig({ dataDir: join(ROOT, "tests/fixtures/viewer-hostile"), outDir: join(site, "viewer") }), ...quiet });
  const bareSource = join(site, "bare-src");
  mkdirSync(bareSource, { recursive: true });
  writeFileSync(join(bareSource, "index.html"), BARE_HTML);
  writeFileSync(join(bareSource, "main.ts"), BARE_MAIN);
  await build({ ...quiet, root: bareSource, base: "./", build: { outDir: join(site, "bare"), emptyOutDir: true, chunkSizeWarningLimit: 2000 } });
}

async function graphFile(dir: string, label: string, context: SectionContext): Promise<string> {
  // Named after the generated folder, whose name carries the generator's version: a new generator never reuses an old graph.
  const name = `graph-${basename(dir)}.json`;
  const path = join(WORK, "graphs", name);
  if (existsSync(path)) return name;
  context.log(`viewer: building ${label} (seeded positions, no layout)`);
  const loaded = await loadDataFolder(dir);
  if (!loaded.ok) throw new Error(`generated data failed validation: ${loaded.errors[0]?.message}`);
  await writeFileAtomic(path, graphJsonChunks(buildGraph(loaded.dataset, { layout: { iterations: 0 } })));
  return name;
}

/**
 * Reports `window.actorgraph.firstRenderMs` to the bench the moment a page sets it. Both pages go
 * on working after their first frame (software WebGL still drawing it, the viewer building its
 * search index and panels), and a poll from the bench waited for that: 20-25 s a page at 10k/50k
 * for a 5 s figure. The report is the same number, delivered without waiting. Plain text rather
 * than a function: tsx wraps functions in a naming helper the page does not have.
 */
const REPORT_FIRST_RENDER = `(() => {
  const report = (ms) => typeof ms === "number" && window.reportFirstRender(ms);
  let probe;
  Object.defineProperty(window, "actorgraph", {
    configurable: true,
    get: () => probe,
    set: (value) => {
      probe = value;
      let first = value.firstRenderMs;
      report(first);
      Object.defineProperty(value, "firstRenderMs", {
        configurable: true, enumerable: true, get: () => first,
        set: (ms) => { first = ms; report(ms); },
      });
    },
  });
})();`;

/** Page load to first frame of `pageUrl`, in a browser of its own: no cache, and no GPU work left over from the page before. */
async function firstRenderMs(pageUrl: string): Promise<number> {
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    let resolveMs: (ms: number) => void = () => {};
    const reported = new Promise<number>((ok) => (resolveMs = ok));
    await page.exposeFunction("reportFirstRender", (ms: number) => resolveMs(ms));
    await page.addInitScript(REPORT_FIRST_RENDER);
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no first frame within 10 minutes: ${pageUrl}`)), 600_000).unref());
    await page.goto(pageUrl, { waitUntil: "commit" });
    return await Promise.race([reported, timeout]);
  } finally {
    await browser.close();
  }
}

/** Times the viewer and the bare page alternately, each in a fresh browser. */
export async function run(context: SectionContext): Promise<BenchRow[]> {
  mkdirSync(join(WORK, "graphs"), { recursive: true });
  const site = mkdtempSync(join(WORK, "site-"));
  await buildSites(site);
  // The server's root holds the cached graphs and this run's pages side by side.
  const { server, url } = await serve(WORK);
  const pages = site.slice(WORK.length + 1);
  const rows: BenchRow[] = [];
  try {
    for (const size of context.sizes) {
      if (size.edges > MAX_EDGES) {
        rows.push({ task: "viewer first render", size: size.label, unit: "ms", ours: Number.NaN, note: `skipped: above ${MAX_EDGES} edges` });
        continue;
      }
      const file = await graphFile(await context.dataDir(size), size.label, context);
      const time = (page: string) => firstRenderMs(`${url}/${pages}/${page}/index.html?graph=../../graphs/${file}`);
      const ours: number[] = [];
      const bare: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        ours.push(await time("viewer"));
        bare.push(await time("bare"));
        context.log(`viewer ${size.label} run ${i + 1}/${RUNS}: viewer ${Math.round(ours[i]!)} ms, bare sigma ${Math.round(bare[i]!)} ms`);
      }
      const o = median(ours);
      const b = median(bare);
      rows.push({
        task: "viewer first render", size: size.label, unit: "ms", ours: round3(o), baselineName: "bare sigma page", baseline: round3(b),
        goal: `<= ${GOAL_RATIO}x baseline`, goalMet: o <= GOAL_RATIO * b, note: `page load to first sigma frame, headless chromium, median of ${RUNS}`,
      });
    }
  } finally {
    server.close();
    rmSync(site, { recursive: true, force: true });
  }
  return rows;
}
