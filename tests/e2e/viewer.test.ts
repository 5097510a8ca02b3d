// The viewer in a real browser on the seed graph: the built static site, served as any static host would.
import { readFileSync } from "node:fs";
import { DOMParser } from "@xmldom/xmldom";
import { beforeAll, describe, expect, it } from "vitest";
import { loadGraph } from "../../src/index.ts";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import { jingErrors } from "../export/helpers.ts";
import { openPage, waitForGraph } from "./helpers/browser.ts";
import { useViewerPage } from "./helpers/viewer-page.ts";
import { startBuiltViewer } from "./helpers/viewer-server.ts";

let seed: KnowledgeGraph;

beforeAll(async () => {
  const loaded = await loadGraph("graph-data", { layout: false });
  if (!loaded.ok) throw new Error("the seed data does not load");
  seed = loaded.graph;
});

const viewer = useViewerPage(() => startBuiltViewer("graph-data"));

const nodeState = (key: string) => viewer.page.evaluate((k) => window.actorgraph!.app!.sigma.getNodeState(k), key);
const edgeState = (key: string) => viewer.page.evaluate((k) => window.actorgraph!.app!.sigma.getEdgeState(k), key);

describe("the seed graph", () => {
  it("renders every entity and relation, with labels, and no console errors", async () => {
    await viewer.open();
    const shown = await viewer.page.evaluate(() => {
      const app = window.actorgraph!.app!;
      return { order: app.graph().order, size: app.graph().size, labels: app.sigma.getNodeDisplayedLabels().size, firstRender: window.actorgraph!.firstRenderMs };
    });
    expect(shown.order).toBe(seed.order);
    expect(shown.size).toBe(seed.size);
    expect(shown.labels).toBeGreaterThan(5);
    expect(shown.firstRender).not.toBeNull();
    await expect(viewer.page.locator("#legend .legend-item").first().isVisible()).resolves.toBe(true);
    expect(viewer.errors).toEqual([]);
  });

  it("finds Shahed-136 by typing 'shahed', and choosing it opens its panel with a quote", async () => {
    await viewer.open();
    await viewer.page.locator("#search").click();
    await viewer.page.keyboard.type("shahed");
    const option = viewer.page.locator("li.hit", { hasText: "Shahed-136" });
    await option.waitFor();
    // Keyboard navigation: arrow down to the Shahed-136 hit, Enter chooses it.
    const labels = await viewer.page.locator("li.hit .hit-label").allTextContents();
    for (let i = 0; i < labels.indexOf("Shahed-136"); i++) await viewer.page.keyboard.press("ArrowDown");
    await viewer.page.keyboard.press("Enter");
    await expect(viewer.page.locator("#details-title").textContent()).resolves.toBe("Shahed-136");
    expect(await viewer.page.locator("#details blockquote.quote").count()).toBeGreaterThan(0);
    expect((await nodeState("shahed-136")).isSelected).toBe(true);
    expect(viewer.errors).toEqual([]);
  });

  it("opens a quote's source with the sentence highlighted and in view, and a mention selects its entity", async () => {
    await viewer.open("#node=shahed-136");
    const quote = (await viewer.page.locator("#details blockquote.quote").first().textContent())!;
    await viewer.page.locator("#details .source-link").first().click();
    const mark = viewer.page.locator("#quote-highlight");
    await mark.waitFor();
    const norm = (s: string) => s.replace(/\s+/g, " ").replace(/[’‘]/g, "'").replace(/[“”]/g, '"').trim();
    expect(norm((await mark.textContent())!)).toBe(norm(quote));
    const inView = await mark.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const pane = el.closest(".source-text")!.getBoundingClientRect();
      return box.top >= pane.top - 1 && box.top <= pane.bottom;
    });
    expect(inView).toBe(true);
    await viewer.page.locator("#source .mention", { hasText: "Iran" }).first().click();
    await expect(viewer.page.locator("#details-title").textContent()).resolves.toBe("Iran");
    expect(viewer.errors).toEqual([]);
  });

  it("hides an entity type and its relations when its legend entry is clicked", async () => {
    await viewer.open();
    const weapon = viewer.page.locator("#legend .legend-item", { hasText: "Weapon" });
    await weapon.click();
    await expect(weapon.getAttribute("aria-pressed")).resolves.toBe("false");
    expect((await nodeState("shahed-136")).isHidden).toBe(true);
    expect((await nodeState("iran")).isHidden).toBe(false);
    const weaponEdge = seed.findEdge((_e, _a, s, t) => s === "shahed-136" || t === "shahed-136")!;
    expect((await edgeState(weaponEdge)).isHidden).toBe(true);
    await weapon.click();
    expect((await nodeState("shahed-136")).isHidden).toBe(false);
  });

  it("shows a path from Iran to Kyiv with its steps and quotes, and dims the rest", async () => {
    await viewer.open();
    await viewer.page.locator("#path-panel > summary").click();
    for (const [box, text, label] of [["#path-from", "iran", "Iran"], ["#path-to", "kyiv", "Kyiv"]] as const) {
      await viewer.page.locator(box).click();
      await viewer.page.keyboard.type(text);
      await viewer.page.locator(`${box} ~ ul li.hit`, { hasText: label }).first().click();
    }
    await viewer.page.locator("#path-find").click();
    await expect(viewer.page.locator("#path-summary").textContent()).resolves.toMatch(/shortest route/);
    const steps = viewer.page.locator(".path-result li.step");
    expect(await steps.count()).toBeGreaterThan(0);
    expect(await viewer.page.locator(".path-result li.step blockquote.quote").count()).toBeGreaterThan(0);
    const firstPath = (await viewer.page.locator(".path-result .path h3").first().textContent())!;
    expect(firstPath).toMatch(/^Route 1: Iran → .* → Kyiv$/);
    expect((await nodeState("kyiv")).isEmphasised).toBe(true);
    expect((await nodeState("iran")).isEmphasised).toBe(true);
    expect(viewer.page.url()).toContain("from=iran");
    expect(viewer.errors).toEqual([]);
  });

  it("fades relations dated after the timeline cursor and keeps undated ones", async () => {
    await viewer.open();
    await viewer.page.locator("#timeline-slider").focus();
    await viewer.page.keyboard.press("Home");
    const cursor = await viewer.page.evaluate(() => window.actorgraph!.app!.view().time);
    expect(cursor).not.toBeNull();
    const later = seed.findEdge((_e, a) => a.date !== undefined && a.date > cursor!.slice(0, 7) + "-99")!;
    const undated = seed.findEdge((_e, a) => a.date === undefined)!;
    expect((await edgeState(later)).isLater).toBe(true);
    expect((await edgeState(undated)).isLater).toBe(false);
    await expect(viewer.page.locator("#timeline-undated").textContent()).resolves.toMatch(/^\d+ undated relations?$/);
    await viewer.page.keyboard.press("End");
    expect((await edgeState(later)).isLater).toBe(false);
  });

  it("restores the view from the URL after a reload, and back/forward walk through views", async () => {
    await viewer.open();
    await viewer.page.locator("#legend .legend-item", { hasText: "City" }).click();
    await viewer.page.locator("#search").click();
    await viewer.page.keyboard.type("iran");
    await viewer.page.locator("li.hit", { hasText: "Iran" }).first().click();
    await viewer.page.locator("#details-title", { hasText: "Iran" }).waitFor();
    await viewer.page.reload();
    await waitForGraph(viewer.page);
    await expect(viewer.page.locator("#details-title").textContent()).resolves.toBe("Iran");
    expect((await nodeState("kyiv")).isHidden).toBe(true);
    await expect(viewer.page.locator("#search").inputValue()).resolves.toBe("iran");
    await viewer.page.goBack();
    await viewer.page.waitForFunction(() => window.actorgraph!.app!.view().selection === null);
    expect((await nodeState("kyiv")).isHidden).toBe(true);
    await viewer.page.goForward();
    await viewer.page.locator("#details-title", { hasText: "Iran" }).waitFor();
    expect(viewer.errors).toEqual([]);
  });

  it("downloads the view as a PNG and the graph as GEXF valid against the GEXF 1.3 schema, with every node and edge", async () => {
    await viewer.open();
    const [png] = await Promise.all([viewer.page.waitForEvent("download"), viewer.page.locator("#download").selectOption("png")]);
    const pngBytes = readFileSync((await png.path())!);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    expect(pngBytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(pngBytes.length).toBeGreaterThan(10_000);

    const [gexf] = await Promise.all([viewer.page.waitForEvent("download"), viewer.page.locator("#download").selectOption("gexf")]);
    const text = readFileSync((await gexf.path())!, "utf8");
    const problems: string[] = [];
    const doc = new DOMParser({ onError: (level, message) => { if (level !== "warning") problems.push(message); } }).parseFromString(text, "text/xml");
    expect(problems).toEqual([]);
    expect(jingErrors(text)).toBe("");
    const root = doc.documentElement!;
    expect(root.localName).toBe("gexf");
    expect(root.namespaceURI).toMatch(/^http:\/\/(www\.)?gexf\.net\/1\.[23]/);
    const ids = new Set(Array.from(doc.getElementsByTagName("node")).map((n) => n.getAttribute("id")));
    expect(ids.size).toBe(seed.order);
    const edges = Array.from(doc.getElementsByTagName("edge"));
    expect(edges).toHaveLength(seed.size);
    for (const edge of edges) expect(ids.has(edge.getAttribute("source")) && ids.has(edge.getAttribute("target"))).toBe(true);
    expect(viewer.errors).toEqual([]);
  });

  it("keeps the graph when a malformed file is dropped, and says why", async () => {
    await viewer.open();
    await viewer.page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(["<gexf><graph><nodes><node id='a'></nodes></gexf>"], "broken.gexf", { type: "application/xml" }));
      document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    await viewer.page.locator("#banner.error").waitFor();
    await expect(viewer.page.locator("#banner").textContent()).resolves.toMatch(/Could not open broken\.gexf: not well-formed XML.*current graph is unchanged/);
    expect(await viewer.page.evaluate(() => window.actorgraph!.app!.graph().order)).toBe(seed.order);
    await viewer.page.setInputFiles("#open-file", { name: "not-a-graph.json", mimeType: "application/json", buffer: Buffer.from('{"hello": "world"}') });
    // The file is read asynchronously: wait for its own message rather than reading the banner at once.
    await viewer.page.locator("#banner.error", { hasText: "not-a-graph.json" }).waitFor();
    await expect(viewer.page.locator("#banner").textContent()).resolves.toMatch(/not-a-graph\.json: not a graph/);
    expect(await viewer.page.evaluate(() => window.actorgraph!.app!.graph().order)).toBe(seed.order);
  });

  it("forbids inline scripts with a Content-Security-Policy and fetches nothing from other origins", async () => {
    const origins = new Set<string>();
    viewer.page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith("http")) origins.add(url.origin);
    });
    await viewer.open();
    const policy = await viewer.page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "");
    expect(policy).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(policy).toMatch(/(^|; )default-src 'self'(;|$)/);
    expect([...origins]).toEqual([new URL(viewer.url).origin]);
    // A script smuggled into the page does not run: the policy refuses it.
    const ran = await viewer.page.evaluate(async () => {
      const script = document.createElement("script");
      script.textContent = "window.__injected = true;";
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    expect(viewer.errors.filter((e) => !/Content Security Policy/.test(e))).toEqual([]);
  });

  it("runs ForceAtlas2 in a worker from the built positions, and stops it", async () => {
    await viewer.open();
    const position = () => viewer.page.evaluate(() => {
      const { x, y } = window.actorgraph!.app!.graph().getNodeAttributes("iran");
      return `${x},${y}`;
    });
    const before = await position();
    await viewer.page.click("#layout-toggle");
    await expect.poll(position, { timeout: 15_000 }).not.toBe(before);
    expect(await viewer.page.getAttribute("#layout-toggle", "aria-pressed")).toBe("true");
    await viewer.page.click("#layout-toggle");
    expect(await viewer.page.getAttribute("#layout-toggle", "aria-pressed")).toBe("false");
    const stopped = await position();
    await viewer.page.waitForTimeout(500);
    expect(await position()).toBe(stopped);
    expect(viewer.errors).toEqual([]);
  });

  // Phones (under 700 px) get drawers instead: see viewer-accessibility.test.ts.
  it("works on a narrow window: the graph, the panel and the legend all show", async () => {
    const narrow = await openPage(viewer.browser, { width: 800, height: 900 });
    try {
      await narrow.page.goto(`${viewer.url}#node=iran`);
      await waitForGraph(narrow.page);
      const box = (await narrow.page.locator("#graph").boundingBox())!;
      expect(box.width).toBeGreaterThan(700);
      expect(box.height).toBeGreaterThan(300);
      await expect(narrow.page.locator("#details-title").isVisible()).resolves.toBe(true);
      // The legend moves below the graph and the panel, full width, with all its sections, and still filters.
      const legend = narrow.page.locator("#legend");
      await expect(legend.isVisible()).resolves.toBe(true);
      const legendBox = (await legend.boundingBox())!;
      expect(legendBox.width).toBeGreaterThan(700);
      expect(legendBox.y).toBeGreaterThanOrEqual(box.y + box.height);
      await expect(narrow.page.locator("#legend h3").allTextContents()).resolves.toEqual(["Entities", "Relations", "Status"]);
      const city = narrow.page.locator("#legend .legend-item", { hasText: "City" });
      await expect(city.isVisible()).resolves.toBe(true);
      await city.click();
      await expect(city.getAttribute("aria-pressed")).resolves.toBe("false");
      expect((await narrow.page.evaluate(() => window.actorgraph!.app!.sigma.getNodeState("kyiv"))).isHidden).toBe(true);
      expect(narrow.errors).toEqual([]);
    } finally {
      await narrow.context.close();
    }
  });
});
