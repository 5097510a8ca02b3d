// Search and paths in a real browser on the seed graph: search lists what the query names, not letters scattered
// through other names; paths are listed as distinct routes, and "no path" gives the reason the CLI gives.
import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import { loadGraph } from "../../src/index.ts";
import { pathNodes } from "../../src/query/path.ts";
import { allShortestPaths } from "../../src/query/paths.ts";
import { run } from "../../src/cli/run.ts";
import { useViewerPage } from "./helpers/viewer-page.ts";
import { startBuiltViewer } from "./helpers/viewer-server.ts";

let seed: KnowledgeGraph;

beforeAll(async () => {
  const loaded = await loadGraph("graph-data", { layout: false });
  if (!loaded.ok) throw new Error("the seed data does not load");
  seed = loaded.graph;
});

const viewer = useViewerPage(() => startBuiltViewer("graph-data"));

/** Runs the CLI in-process and gives what it printed. */
async function cli(...argv: string[]): Promise<string> {
  let out = "";
  await run(argv, { cwd: process.cwd(), stdout: (text) => (out += text), stderr: (text) => (out += text) });
  return out;
}

describe("search on the seed graph", () => {
  it("lists Iran first for 'Iran', then the names that start with it or hold it as a word, and nothing that merely shares letters", async () => {
    await viewer.open();
    await viewer.page.locator("#search").fill("Iran");
    const labels = await viewer.page.locator("#search ~ ul li.hit .hit-label").allTextContents();
    expect(labels[0]).toBe("Iran");
    expect(labels).not.toContain("Rail lines in Ukraine");
    expect(labels).not.toContain("International law");
    for (const label of labels) expect(label.toLowerCase()).toMatch(/(^|[^a-z])iran/);
    expect(viewer.errors).toEqual([]);
  });

  it("searches what was typed again once another graph's names are indexed", async () => {
    await viewer.open();
    await viewer.page.locator("#search").fill("Kyiv");
    await expect(viewer.page.locator("#search ~ ul li.hit .hit-label").first().textContent()).resolves.toBe("Kyiv");
    // Enough entities that their names are indexed over several tasks after the graph is shown.
    const nodes = Array.from({ length: 12_000 }, (_, i) => ({ key: `depot-${i}`, attributes: { label: `Depot ${i}`, type: "place" } }));
    nodes.push({ key: "kyiv-depot", attributes: { label: "Kyiv Depot", type: "place" } });
    const file = { name: "depots.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ attributes: { name: "Depots" }, nodes, edges: [] })) };
    await viewer.page.setInputFiles("#open-file", file);
    await expect.poll(() => viewer.page.locator("#graph-name").textContent()).toBe("Depots");
    await expect.poll(() => viewer.page.locator("#search ~ ul li.hit:not(.none) .hit-label").allTextContents()).toEqual(["Kyiv Depot"]);
    expect(viewer.errors).toEqual([]);
  });
});

describe("paths on the seed graph", () => {
  it("lists each route from Iran to Kyiv once, however many parallel relations make its steps", async () => {
    const paths = allShortestPaths(seed, "iran", "kyiv");
    const routes = [...new Set(paths.map((p) => pathNodes(p).join(" → ")))];
    await viewer.open("#from=iran&to=kyiv");
    await expect(viewer.page.locator("#path-summary").textContent()).resolves.toMatch(new RegExp(`^${routes.length} shortest routes? of ${paths[0]!.steps.length} steps?`));
    const shown = await viewer.page.locator(".path-result .route").evaluateAll((sections) => sections.map((s) => Array.from(s.querySelectorAll("h3 .entity-link")).map((b) => b.textContent).join(" → ")));
    expect(shown).toEqual(routes.map((r) => r.split(" → ").map((key) => seed.getNodeAttribute(key, "label")).join(" → ")));
    // Every relation of every shortest path is shown under its step.
    const cards = await viewer.page.locator(".path-result li.step article.relation").evaluateAll((list) => list.map((c) => c.getAttribute("data-edge")));
    expect(new Set(cards)).toEqual(new Set(paths.flatMap((p) => p.steps.map((s) => s.relation))));
    expect(viewer.errors).toEqual([]);
  });

  it("says why there is no path from Vienna to Odesa, in the words the CLI prints", async () => {
    const printed = await cli("path", "vienna", "odesa");
    await viewer.open("#from=vienna&to=odesa");
    const headline = (await viewer.page.locator("#path-summary").textContent())!;
    expect(headline).toBe("No path from Vienna to Odesa with these filters.");
    expect(printed).toContain(headline);
    const filters = (await viewer.page.locator(".path-result .no-path-filters").textContent())!;
    expect(printed).toContain(filters);
    const reasons = await viewer.page.locator(".path-result .lift-one li, .path-result .no-path-otherwise").allTextContents();
    expect(reasons.length).toBeGreaterThan(0);
    // The same filters to lift, each followed by how the viewer lifts it where the CLI names its flag.
    for (const reason of reasons) expect(printed).toContain(reason.split(": ")[0]!);
    expect(viewer.errors).toEqual([]);
  });

  it("answers a link to an entity the graph lacks in plain words", async () => {
    await viewer.open("#from=iran&to=kiyv");
    const text = (await viewer.page.locator("#path-summary").textContent())!;
    expect(text).toBe('This graph has no entity "kiyv": the link may come from another graph. Did you mean Kyiv? Choose both ends from the suggestions.');
    expect(viewer.errors).toEqual([]);
  });
});
