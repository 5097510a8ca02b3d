// Bench: the viewer against a bare sigma page on the same graph, same run, same browser: page load to
// first frame and to interactive (a search result selected and its panel shown), the longest
// main-thread task and how much of it is our code, and how many frames one selection draws. Then the
// viewer alone (the bare page has no filters): our code's longest task and the frames drawn when a filter
// or the timeline changes.
import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { stat } from "node:fs/promises";
import { createInterface } from "node:readline";
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
import type { Page } from "playwright-core";
import { CLOCK_MARK, longestByOwner, sourceOwners, type CpuProfile, type LongTask } from "../main-thread-time.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const WORK = join(ROOT, "bench", "cache", "viewer");
const GOAL_RATIO = 1.3;
/** No task of ours may hold the main thread longer, while loading or interacting. */
const LONGEST_TASK_GOAL_MS = 200;
/** Page loads per page and size; ACTORGRAPH_VIEWER_RUNS=1 for a quick look at the largest size. */
const RUNS = Number(process.env.ACTORGRAPH_VIEWER_RUNS ?? 3);
/** Sizes above this are skipped: software WebGL in CI takes minutes per frame there. */
const MAX_EDGES = 500_000;

const BARE_HTML = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bare sigma</title>
<style>html,body{margin:0;width:100%;height:100%}#graph{position:absolute;inset:40px 0 0 0}#bar{height:40px}</style></head>
<body><div id="bar"><input id="search" role="combobox"><ul id="hits" role="listbox"></ul><div id="details"></div></div><div id="graph"></div>
<script type="module" src="./main.ts"></script></body></html>`;

// The baseline: what anyone would write to show a graphology JSON file with sigma (defaults apart
// from screen-sized nodes), plus the least a page needs for the same steps as the viewer: a search
// box listing labels that contain the query, and a click that highlights the node and names it.
const BARE_MAIN = `import Sigma from "sigma";
import { MultiDirectedGraph } from "graphology";
const url = new URLSearchParams(location.search).get("graph") ?? "graph.json";
const graph = new MultiDirectedGraph();
graph.import(await (await fetch(url)).json());
new Sigma(graph, document.getElementById("graph")!, { settings: { itemSizesReference: "screen" } });
(window as unknown as { actorgraph: { firstRenderMs: number } }).actorgraph = { firstRenderMs: performance.now() };
const input = document.getElementById("search") as HTMLInputElement;
const hits = document.getElementById("hits")!;
input.addEventListener("input", () => {
  const query = input.value.toLowerCase();
  const found: string[] = [];
  graph.forEachNode((node, attributes) => {
    if (found.length < 10 && String(attributes.label).toLowerCase().includes(query)) found.push(node);
  });
  hits.replaceChildren(...found.map((node) => {
    const li = document.createElement("li");
    li.className = "hit";
    li.setAttribute("role", "option");
    li.textContent = graph.getNodeAttribute(node, "label");
    li.addEventListener("mousedown", () => {
      graph.setNodeAttribute(node, "highlighted", true);
      document.getElementById("details")!.textContent = graph.getNodeAttribute(node, "label");
    });
    return li;
  }));
});
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
  // With source maps, which tell the CPU profile's samples of our code from sigma's (main-thread-time.ts).
  const viewer = viewerViteConfig({ dataDir: join(ROOT, "tests/fixtures/viewer-hostile"), outDir: join(site, "viewer") });
  await build({ ...viewer, build: { ...viewer.build, sourcemap: true }, ...quiet });
  const bareSource = join(site, "bare-src");
  mkdirSync(bareSource, { recursive: true });
  writeFileSync(join(bareSource, "index.html"), BARE_HTML);
  writeFileSync(join(bareSource, "main.ts"), BARE_MAIN);
  await build({ ...quiet, root: bareSource, base: "./", build: { outDir: join(site, "bare"), emptyOutDir: true, chunkSizeWarningLimit: 2000, sourcemap: true } });
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
 *
 * The same script watches, for both pages alike: every main-thread task over 50 ms (the browser's
 * long-task entries), the frames drawn (a frame is a task that makes WebGL draw calls), and when
 * the details panel first names the label the bench searches for (window.benchTarget).
 */
const PAGE_PROBE = `(() => {
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
  const bench = (window.bench = { frames: 0, interactiveMs: null, tasks: [] });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      bench.tasks.push({ startMs: entry.startTime, durationMs: entry.duration });
    }
  }).observe({ type: "longtask", buffered: true });
  let inFrame = false;
  for (const Context of [WebGLRenderingContext, WebGL2RenderingContext]) {
    for (const name of ["drawArrays", "drawElements", "drawArraysInstanced", "drawElementsInstanced"]) {
      const draw = Context.prototype[name];
      if (!draw) continue;
      Context.prototype[name] = function (...args) {
        if (!inFrame) {
          inFrame = true;
          bench.frames++;
          setTimeout(() => (inFrame = false), 0);
        }
        return draw.apply(this, args);
      };
    }
  }
  new MutationObserver(() => {
    const details = document.getElementById("details");
    if (bench.interactiveMs === null && window.benchTarget && details && details.textContent.includes(window.benchTarget)) {
      bench.interactiveMs = performance.now();
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
})();`;

/** What one page load measured. */
interface PageRun {
  firstFrameMs: number;
  /** Navigation to the details panel naming the entity searched for and selected. */
  interactiveMs: number;
  longestTaskMs: number;
  /** The most time our code (the page's own, not sigma's or the browser's) took in one long task. */
  oursLongestMs: number;
  /** Frames drawn from the selection until the page had been quiet for a second. */
  framesPerSelection: number;
  /** Where that time of our code went: the heaviest functions of ours in that task, as file:line. */
  oursWhere: string;
  /** After the selection, while filters and the timeline change and a path is found ({@link INTERACTION_STEPS}); null for the bare page. */
  interacting: { oursLongestMs: number; oursWhere: string; mostFrames: number } | null;
}

/** The selector of each page's search box: the viewer's combobox, the bare page's input. */
const SEARCH_INPUT = "input[role=combobox]";
/** A result that can be chosen (the viewer also lists a disabled "No match"). */
const SEARCH_HIT = "li.hit[role=option]:not([aria-disabled=true])";

/** Chooses `label` in one of the viewer's search boxes (the path panel's). */
async function choose(page: Page, box: string, label: string): Promise<void> {
  await page.locator(box).fill(label);
  await page.locator(`${box} ~ ul ${SEARCH_HIT}`).first().dispatchEvent("mousedown");
}

/**
 * What an analyst does next with the graph shown: changes to the look of many relations (only
 * contested claims, most of them hidden; all again; "reported" hidden; the timeline a day back), then
 * the path between the entity searched for and another, `labels` being theirs.
 */
const INTERACTION_STEPS: { name: string; run(page: Page, labels: readonly [string, string]): Promise<void> }[] = [
  { name: "contested only", run: (page) => page.locator("#contested-only").check() },
  { name: "all claims again", run: (page) => page.locator("#contested-only").uncheck() },
  { name: "'reported' hidden", run: (page) => page.locator("#legend-statuses + ul button.legend-item").first().click() },
  {
    name: "timeline a day back",
    run: async (page) => {
      await page.locator("#timeline-slider").focus();
      await page.keyboard.press("ArrowLeft");
    },
  },
  {
    name: "a path between two entities",
    run: async (page, [from, to]) => {
      await page.locator("#path-panel > summary").click();
      await choose(page, "#path-from", from);
      await choose(page, "#path-to", to);
      await page.locator("#path-find").click();
      await page.locator("#path-summary").waitFor();
    },
  },
];

/** How long a page must draw nothing after a selection for its frames to be counted as done. */
const QUIET_MS = 1000;

/** Frames the page has drawn so far (see PAGE_PROBE). */
const framesDrawn = (page: Page) => page.evaluate(() => (window as unknown as { bench: { frames: number } }).bench.frames);

/** Frames keep coming while a camera moves or a layout runs: waits until a second passes without one, and returns how many were drawn since `before`. */
async function framesUntilQuiet(page: Page, before: number): Promise<number> {
  let frames = -1;
  for (;;) {
    const now = await framesDrawn(page);
    if (now === frames) return frames - before;
    frames = now;
    await page.waitForTimeout(QUIET_MS);
  }
}

/** Where our code's time went in its longest task, for the log. */
const whereText = (where: { place: string; ms: number }[]) => where.slice(0, 5).map((w) => `${w.place} ${Math.round(w.ms)} ms`).join(", ");

/**
 * One page load, in a browser of its own (no cache, no GPU work left over from the page before):
 * waits for the first frame, then at once searches for `label`, chooses the first result and waits
 * for the details panel to name it. With `steps`, then takes them one by one, each once the
 * page has drawn the one before.
 */
async function measurePage(pageUrl: string, labels: readonly [string, string], owners: ReturnType<typeof sourceOwners>, steps: typeof INTERACTION_STEPS): Promise<PageRun> {
  const label = labels[0];
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    page.setDefaultTimeout(600_000);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 1000 });
    await cdp.send("Profiler.start");
    let resolveMs: (ms: number) => void = () => {};
    const reported = new Promise<number>((ok) => (resolveMs = ok));
    await page.exposeFunction("reportFirstRender", (ms: number) => resolveMs(ms));
    await page.addInitScript(PAGE_PROBE);
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no first frame within 10 minutes: ${pageUrl}`)), 600_000).unref());
    await page.goto(pageUrl, { waitUntil: "commit" });
    const firstFrameMs = await Promise.race([reported, timeout]);
    await page.evaluate((target) => ((window as unknown as { benchTarget: string }).benchTarget = target), label);
    await page.fill(SEARCH_INPUT, label);
    const framesBefore = await framesDrawn(page);
    await page.locator(SEARCH_HIT).first().dispatchEvent("mousedown");
    await page.waitForFunction(() => (window as unknown as { bench: { interactiveMs: number | null } }).bench.interactiveMs !== null);
    const framesPerSelection = await framesUntilQuiet(page, framesBefore);
    const interactingFromMs = await page.evaluate(() => performance.now());
    let mostFrames = 0;
    for (const step of steps) {
      const before = await framesDrawn(page);
      await step.run(page, labels);
      mostFrames = Math.max(mostFrames, await framesUntilQuiet(page, before));
    }
    const bench = await page.evaluate(() => (window as unknown as { bench: { interactiveMs: number; tasks: LongTask[] } }).bench);
    const loadingTasks = bench.tasks.filter((task) => task.startMs < interactingFromMs);
    const markPageMs = (await page.evaluate(CLOCK_MARK)) as number;
    const { profile } = (await cdp.send("Profiler.stop")) as { profile: CpuProfile };
    const loading = longestByOwner(profile, loadingTasks, owners, markPageMs);
    const interacting = steps.length === 0 ? null : longestByOwner(profile, bench.tasks.filter((task) => task.startMs >= interactingFromMs), owners, markPageMs);
    return {
      firstFrameMs,
      interactiveMs: bench.interactiveMs,
      longestTaskMs: Math.max(0, ...loadingTasks.map((task) => task.durationMs)),
      oursLongestMs: loading.oursMs,
      framesPerSelection,
      oursWhere: whereText(loading.oursWhere),
      interacting: interacting && { oursLongestMs: interacting.oursMs, oursWhere: whereText(interacting.oursWhere), mostFrames },
    };
  } finally {
    await browser.close();
  }
}

/**
 * The labels of the data folder's first entity, which both pages search for, and of its second, the
 * other end of the viewer's path.
 */
async function firstLabels(dataDir: string): Promise<[string, string]> {
  const lines = createInterface({ input: createReadStream(join(dataDir, "entities.jsonl")), crlfDelay: Infinity });
  const labels: string[] = [];
  for await (const line of lines) {
    labels.push((JSON.parse(line) as { label: string }).label);
    if (labels.length === 2) {
      lines.close();
      return [labels[0]!, labels[1]!];
    }
  }
  throw new Error(`fewer than two entities in ${dataDir}/entities.jsonl`);
}

const STEP_NAMES = INTERACTION_STEPS.map((step) => step.name).join(", ");

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
      const dataDir = await context.dataDir(size);
      const file = await graphFile(dataDir, size.label, context);
      const labels = await firstLabels(dataDir);
      const owners = sourceOwners(`${url}/${pages}/`, site);
      const measure = (page: string, steps: typeof INTERACTION_STEPS) => measurePage(`${url}/${pages}/${page}/index.html?graph=../../graphs/${file}`, labels, owners, steps);
      const ours: PageRun[] = [];
      const bare: PageRun[] = [];
      for (let i = 0; i < RUNS; i++) {
        ours.push(await measure("viewer", INTERACTION_STEPS));
        bare.push(await measure("bare", []));
        const show = (run: PageRun) => `first frame ${Math.round(run.firstFrameMs)} ms, interactive ${Math.round(run.interactiveMs)} ms, longest task ${Math.round(run.longestTaskMs)} ms (its own code ${Math.round(run.oursLongestMs)} ms${run.oursWhere ? `: ${run.oursWhere}` : ""}), ${run.framesPerSelection} frames per selection`;
        context.log(`viewer ${size.label} run ${i + 1}/${RUNS}: viewer ${show(ours[i]!)}; bare sigma ${show(bare[i]!)}`);
        const interacting = ours[i]!.interacting!;
        context.log(`viewer ${size.label} run ${i + 1}/${RUNS}, interactions (${STEP_NAMES}): its own code's longest task ${Math.round(interacting.oursLongestMs)} ms${interacting.oursWhere ? ` (${interacting.oursWhere})` : ""}, at most ${interacting.mostFrames} frames per step`);
      }
      const viewerOnly = (task: string, unit: BenchRow["unit"], values: number[], goal: string, met: (o: number) => boolean, note: string): BenchRow => {
        const o = median(values);
        return { task, size: size.label, unit, ours: round3(o), compare: "absolute", goal, goalMet: met(o), note: `${note} (${STEP_NAMES}), after the selection; headless chromium, median of ${RUNS}` };
      };
      /** A row next to the bare page; without `goal` shown for what it tells (the goals are on time to interactive and our own code). */
      const row = (task: string, unit: BenchRow["unit"], pick: (run: PageRun) => number, note: string, goal?: { text: string; met: (o: number, b: number) => boolean }): BenchRow => {
        const o = median(ours.map(pick));
        const b = median(bare.map(pick));
        return { task, size: size.label, unit, ours: round3(o), baselineName: "bare sigma page", baseline: round3(b), goal: goal?.text, goalMet: goal?.met(o, b), note: `${note}, headless chromium, median of ${RUNS}` };
      };
      rows.push(
        row("viewer first render", "ms", (r) => r.firstFrameMs, "page load to first sigma frame"),
        row("viewer time to interactive", "ms", (r) => r.interactiveMs, "page load to a search result chosen and its panel shown", { text: `<= ${GOAL_RATIO}x baseline`, met: (o, b) => o <= GOAL_RATIO * b }),
        row("viewer longest main-thread task", "ms", (r) => r.longestTaskMs, "load and one selection, whole task: sigma's indexing and software WebGL's drawing included"),
        { ...row("viewer longest task of our code", "ms", (r) => r.oursLongestMs, "our code's time in one long task (CPU profile by source map; sigma's indexing and drawing, native drawing and GC not counted)", { text: `< ${LONGEST_TASK_GOAL_MS} ms`, met: (o) => o < LONGEST_TASK_GOAL_MS }), compare: "absolute" },
        { ...row("viewer frames per selection", "renders", (r) => r.framesPerSelection, "frames drawn from choosing a search result until a second without one", { text: "1", met: (o) => o <= 1 }), compare: "absolute" },
        viewerOnly("viewer longest task of our code, interactions", "ms", ours.map((r) => r.interacting!.oursLongestMs), `< ${LONGEST_TASK_GOAL_MS} ms`, (o) => o < LONGEST_TASK_GOAL_MS, "our code's time in one long task while the filters and the timeline change and a path is found"),
        viewerOnly("viewer frames per interaction", "renders", ours.map((r) => r.interacting!.mostFrames), "1", (o) => o <= 1, "the most frames one of the steps drew, until a second without one"),
      );
    }
  } finally {
    server.close();
    rmSync(site, { recursive: true, force: true });
  }
  return rows;
}
