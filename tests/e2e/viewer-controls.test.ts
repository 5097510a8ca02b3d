// The viewer's controls in a real browser, on a small invented data set (tests/fixtures/viewer-controls):
// opening files, downloads, timeline play, node drag, legend toggles, path options and edge styles.
import { readFileSync } from "node:fs";
import { DOMParser } from "@xmldom/xmldom";
import { parse as parseCsv } from "csv-parse/sync";
import type { Download } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { graphToGexf } from "../../src/export/gexf.ts";
import { graphToJson } from "../../src/export/json.ts";
import { buildGraph } from "../../src/graph/build.ts";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import { loadGraph, validateFiles } from "../../src/index.ts";
import { tinyFiles } from "../helpers/tiny-data.ts";
import { waitForGraph } from "./helpers/browser.ts";
import { useViewerPage } from "./helpers/viewer-page.ts";
import { startBuiltViewer } from "./helpers/viewer-server.ts";

const FIXTURE = "tests/fixtures/viewer-controls";

/** Relations of the fixture the tests name (see the comment at the top of its relations file). */
const R = {
  varniaSupportsOstrelia: "varnia:supports:ostrelia:2021-06",
  ostreliaAttackedLindgrave: "ostrelia:attacked:lindgrave:2020-03",
  varniaSupportsKalmora: "varnia:supports:kalmora:2019-01",
  kalmoraSupportsDuvessa: "kalmora:supports:duvessa:2019-04",
  duvessaAttackedLindgrave: "duvessa:attacked:lindgrave:2020-09",
  varniaSuppliesThessmark: "varnia:supplies:thessmark:2022-01",
  thessmarkSuppliesDuvessa: "thessmark:supplies:duvessa:2021-03",
  usesFirst: "ostrelia:uses:hornet-9:2020-02",
  usesSecond: "ostrelia:uses:hornet-9:2021-07",
  denied: "thessmark:supplies:ostrelia:2021-09",
  undated: "port-amber:located-in:kalmora",
} as const;

/** A second invented graph, opened as a file over the fixture: three places that share nothing with it. */
const OPENED_ENTITIES = `- id: meridia
  label: Meridia
  type: state
  description: An invented island state.
- id: solvane
  label: Solvane
  type: state
  description: An invented inland state.
- id: quillport
  label: Quillport
  type: city
  aliases: [Quill Harbour]
  description: An invented port city.
`;
const OPENED_RELATIONS = `- source: meridia
  type: supplies
  target: solvane
  date: 2023-06
  status: reported
  evidence:
    - source: doc
      quote: Meridia sold patrol boats to Solvane in June 2023.
- source: solvane
  type: attacked
  target: quillport
  date: 2024-02-11
  status: alleged
  evidence:
    - source: doc
      quote: Solvane shelled Quillport on 11 February 2024.
`;
const OPENED_TEXT = "Meridia sold patrol boats to Solvane in June 2023. Solvane shelled Quillport on 11 February 2024.\n";

let fixture: KnowledgeGraph;
let opened: KnowledgeGraph;

beforeAll(async () => {
  const loaded = await loadGraph(FIXTURE, { layout: false });
  if (!loaded.ok) throw new Error(`${FIXTURE} does not load`);
  fixture = loaded.graph;
  const other = validateFiles(tinyFiles({ entities: OPENED_ENTITIES, relations: OPENED_RELATIONS, text: OPENED_TEXT }));
  if (!other.ok) throw new Error(`the opened graph's data does not validate: ${other.errors.map((e) => e.message).join("; ")}`);
  opened = buildGraph(other.dataset, { name: "Quill coast" });
});

const viewer = useViewerPage(() => startBuiltViewer(FIXTURE));

const quoteOf = (edge: string) => fixture.getEdgeAttribute(edge, "evidence")[0]!.quote;
/** The entities and relations of the graph on screen, as sigma has them. */
const shownKeys = () => viewer.page.evaluate(() => {
  const graph = window.actorgraph!.app!.sigma.getGraph();
  return { nodes: graph.nodes().sort(), edges: graph.edges().sort() };
});
const hiddenEdges = () => viewer.page.evaluate(() => {
  const app = window.actorgraph!.app!;
  return app.graph().filterEdges((edge) => app.sigma.getEdgeState(edge).isHidden).sort();
});
const hiddenNodes = () => viewer.page.evaluate(() => {
  const app = window.actorgraph!.app!;
  return app.graph().filterNodes((node) => app.sigma.getNodeState(node).isHidden).sort();
});
/** Resolves after sigma has drawn the next frame, so display data reflects the latest states. */
const nextFrame = () => viewer.page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

/** Types in a search box and picks the hit with that label. */
async function choose(box: string, text: string, label: string): Promise<void> {
  await viewer.page.locator(box).click();
  await viewer.page.keyboard.type(text);
  await viewer.page.locator(`${box} ~ ul li.hit`, { hasText: label }).first().click();
}

/** Searches the top box; the labels of the hits. */
async function searchHits(text: string): Promise<string[]> {
  await viewer.page.locator("#search").fill(text);
  return viewer.page.locator("#search ~ ul li.hit .hit-label").allTextContents();
}

/** Checks the page now shows the opened graph (and no trace of the fixture), by what a user sees. */
async function expectOpenedGraphShown(fileName: string): Promise<void> {
  await viewer.page.locator("#banner", { hasText: `Opened ${fileName}` }).waitFor();
  await expect(viewer.page.locator("#banner > span").textContent()).resolves.toBe(`Opened ${fileName}: ${opened.order} entities, ${opened.size} relations.`);
  await expect(viewer.page.locator("#details .overview p").first().textContent()).resolves.toMatch(new RegExp(`^${opened.order} entities, ${opened.size} relations`));
  expect(await viewer.page.evaluate(() => ({ order: window.actorgraph!.app!.graph().order, size: window.actorgraph!.app!.sigma.getGraph().size }))).toEqual({ order: opened.order, size: opened.size });
  // The legend counts the new graph's types: two states and a city.
  await expect(viewer.page.locator("#legend .legend-item").allTextContents()).resolves.toEqual(expect.arrayContaining([expect.stringMatching(/^state2$/i), expect.stringMatching(/^city1$/i)]));
  expect(await searchHits("varnia")).toEqual([]);
  expect(await searchHits("quill harb")).toEqual(["Quillport"]);
  await viewer.page.locator("#search ~ ul li.hit", { hasText: "Quillport" }).click();
  await expect(viewer.page.locator("#details-title").textContent()).resolves.toBe("Quillport");
  await expect(viewer.page.locator("#details .description").textContent()).resolves.toBe("An invented port city.");
  await expect(viewer.page.locator("#details blockquote.quote").allTextContents()).resolves.toEqual(["Solvane shelled Quillport on 11 February 2024."]);
  await expect(viewer.page.locator("#details .relation-meta .status").allTextContents()).resolves.toEqual(["alleged"]);
  expect(viewer.errors).toEqual([]);
}

describe("opening a graph file written by the exporters", () => {
  it("shows a GEXF file chosen with the Open button in place of the graph on screen", async () => {
    await viewer.open();
    await expect(viewer.page.locator("#graph-name").textContent()).resolves.toBe(fixture.getAttribute("name"));
    await viewer.page.setInputFiles("#open-file", { name: "quill-coast.gexf", mimeType: "application/xml", buffer: Buffer.from(graphToGexf(opened)) });
    await expectOpenedGraphShown("quill-coast.gexf");
  });

  it("shows a graphology JSON file dropped on the page in place of the graph on screen", async () => {
    await viewer.open();
    await viewer.page.evaluate((json) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([json], "quill-coast.json", { type: "application/json" }));
      document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, graphToJson(opened));
    await expectOpenedGraphShown("quill-coast.json");
    // JSON keeps the graph's name and ontology: the header and legend use them.
    await expect(viewer.page.locator("#graph-name").textContent()).resolves.toBe("Quill coast");
    await expect(viewer.page.locator("#legend .legend-item", { hasText: "City" }).textContent()).resolves.toBe("City1");
  });
});

/** Chooses a download format and waits for `count` files. */
async function download(format: string, count = 1): Promise<Download[]> {
  const files: Download[] = [];
  const all = new Promise<void>((resolve) => {
    const take = (file: Download) => {
      files.push(file);
      if (files.length === count) {
        viewer.page.off("download", take);
        resolve();
      }
    };
    viewer.page.on("download", take);
  });
  await viewer.page.locator("#download").selectOption(format);
  await all;
  return files;
}

const readDownload = async (file: Download) => readFileSync((await file.path())!, "utf8");

describe("downloads", () => {
  it("gives the graph shown as graphology JSON, with each relation and its quote", async () => {
    await viewer.open();
    const [file] = await download("json");
    expect(file!.suggestedFilename()).toBe("A-chronicle-of-the-Amber-Coast.json");
    const data = JSON.parse(await readDownload(file!)) as { nodes: { key: string; attributes: { label: string } }[]; edges: { key: string; source: string; target: string; attributes: { status: string; evidence: { quote: string }[] } }[] };
    const shown = await shownKeys();
    expect(shown.nodes).toHaveLength(fixture.order);
    expect(data.nodes.map((n) => n.key).sort()).toEqual(shown.nodes);
    expect(data.edges.map((e) => e.key).sort()).toEqual(shown.edges);
    expect(data.nodes.find((n) => n.key === "hornet-9")?.attributes.label).toBe("Hornet-9");
    const denied = data.edges.find((e) => e.key === R.denied)!;
    expect(denied).toMatchObject({ source: "thessmark", target: "ostrelia", attributes: { status: "denied", evidence: [{ quote: quoteOf(R.denied) }] } });
    expect(viewer.errors).toEqual([]);
  });

  it("gives the graph shown as two CSV tables, nodes and edges, with each relation and its quote", async () => {
    await viewer.open();
    const files = await download("csv", 2);
    const byName = new Map(files.map((f) => [f.suggestedFilename(), f]));
    expect([...byName.keys()].sort()).toEqual(["A-chronicle-of-the-Amber-Coast-edges.csv", "A-chronicle-of-the-Amber-Coast-nodes.csv"]);
    const nodes = parseCsv(await readDownload(byName.get("A-chronicle-of-the-Amber-Coast-nodes.csv")!), { columns: true }) as Record<string, string>[];
    const edges = parseCsv(await readDownload(byName.get("A-chronicle-of-the-Amber-Coast-edges.csv")!), { columns: true }) as Record<string, string>[];
    const shown = await shownKeys();
    expect(shown.edges).toHaveLength(fixture.size);
    expect(nodes.map((n) => n.id).sort()).toEqual(shown.nodes);
    expect(nodes.find((n) => n.id === "port-amber")).toMatchObject({ label: "Port Amber", type: "city" });
    expect(edges.map((e) => e.id).sort()).toEqual(shown.edges);
    expect(edges.find((e) => e.id === R.thessmarkSuppliesDuvessa)).toMatchObject({ source: "thessmark", target: "duvessa", type: "supplies", date: "2021-03", status: "reported", quotes: quoteOf(R.thessmarkSuppliesDuvessa) });
    expect(viewer.errors).toEqual([]);
  });

  it("gives the graph shown as GEXF whose relations carry their quotes", async () => {
    await viewer.open();
    const [file] = await download("gexf");
    const doc = new DOMParser().parseFromString(await readDownload(file!), "text/xml");
    expect(doc.getElementsByTagName("node")).toHaveLength(fixture.order);
    const edges = Array.from(doc.getElementsByTagName("edge"));
    expect(edges).toHaveLength(fixture.size);
    const edge = edges.find((e) => e.getAttribute("id") === R.duvessaAttackedLindgrave)!;
    expect([edge.getAttribute("source"), edge.getAttribute("target")]).toEqual(["duvessa", "lindgrave"]);
    const values = new Map(Array.from(edge.getElementsByTagName("attvalue")).map((v) => [v.getAttribute("for"), v.getAttribute("value")]));
    expect(JSON.parse(values.get("evidence") ?? "null")).toEqual([{ source: "chronicle", quote: quoteOf(R.duvessaAttackedLindgrave) }]);
    expect(viewer.errors).toEqual([]);
  });
});

describe("the timeline's Play button", () => {
  it("moves the cursor forward, fading the relations dated after it, and pauses when pressed again", async () => {
    await viewer.open();
    const play = viewer.page.locator("#timeline-play");
    const date = viewer.page.locator("#timeline-date");
    await expect(date.textContent()).resolves.toBe("showing all dates");
    const cursor = async () => (await date.textContent())!.replace(/^up to /, "");
    await play.click();
    await expect(play.textContent()).resolves.toBe("❚❚ Pause");
    // From the end of the range, play starts over at the first date and moves on.
    await expect.poll(cursor).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const early = await cursor();
    expect(early < "2019-07-01").toBe(true);
    await expect.poll(cursor, { timeout: 10_000 }).not.toBe(early);
    expect((await cursor()) > early).toBe(true);

    await play.click();
    await expect(play.textContent()).resolves.toBe("▶ Play");
    const paused = await cursor();
    expect(paused > early).toBe(true);
    await viewer.page.waitForTimeout(600);
    expect(await cursor()).toBe(paused);
    expect(await viewer.page.evaluate(() => window.actorgraph!.app!.view().time)).toBe(paused);

    // Relations dated after the cursor are faded (sigma draws them at low opacity); earlier and undated ones are not.
    await nextFrame();
    const looks = await viewer.page.evaluate(() => {
      const sigma = window.actorgraph!.app!.sigma;
      return sigma.getGraph().mapEdges((edge, attrs) => ({ edge, date: attrs.date ?? null, isLater: sigma.getEdgeState(edge).isLater, opacity: sigma.getEdgeDisplayData(edge)!.opacity }));
    });
    const later = looks.filter((l) => l.date !== null && l.date > paused.slice(0, 7) + "-99");
    expect(later.map((l) => l.edge)).toContain(R.varniaSuppliesThessmark);
    for (const look of looks) {
      const isLater = later.includes(look);
      expect({ edge: look.edge, isLater: look.isLater, faded: look.opacity < 0.5 }).toEqual({ edge: look.edge, isLater, faded: isLater });
    }
    expect(looks.find((l) => l.edge === R.undated)).toMatchObject({ isLater: false, opacity: 1 });
    expect(looks.find((l) => l.edge === R.varniaSupportsKalmora)).toMatchObject({ isLater: false, opacity: 1 });

    // Play again goes on from where it paused.
    await play.click();
    await expect.poll(cursor, { timeout: 10_000 }).not.toBe(paused);
    expect((await cursor()) > paused).toBe(true);
    await play.click();
    await expect(play.textContent()).resolves.toBe("▶ Play");
    expect(viewer.errors).toEqual([]);
  });
});

describe("dragging a node", () => {
  it("moves the node under the mouse, leaves the other nodes, and does not pan the camera", async () => {
    await viewer.open();
    // The node farthest inside the graph's extent, moved towards the middle: the extent, and so the framing, stay put.
    const node = await viewer.page.evaluate(() => {
      const graph = window.actorgraph!.app!.graph();
      const xs = graph.mapNodes((_n, a) => a.x);
      const ys = graph.mapNodes((_n, a) => a.y);
      const inside = (x: number, y: number) => Math.min(x - Math.min(...xs), Math.max(...xs) - x, y - Math.min(...ys), Math.max(...ys) - y);
      return graph.nodes().reduce((best, n) => {
        const [a, b] = [graph.getNodeAttributes(n), graph.getNodeAttributes(best)];
        return inside(a.x, a.y) > inside(b.x, b.y) ? n : best;
      });
    });
    const where = () => viewer.page.evaluate((key) => {
      const sigma = window.actorgraph!.app!.sigma;
      const graph = sigma.getGraph();
      const positions = Object.fromEntries(graph.mapNodes((n, a) => [n, { x: a.x, y: a.y }]));
      const middle = sigma.getDimensions();
      return { positions, screen: sigma.framedGraphToViewport(sigma.getNodeDisplayData(key)!), middle: { x: middle.width / 2, y: middle.height / 2 }, camera: sigma.getCamera().getState() };
    }, node);
    const before = await where();
    const box = (await viewer.page.locator("#graph").boundingBox())!;
    const from = { x: box.x + before.screen.x, y: box.y + before.screen.y };
    const to = { x: from.x + Math.sign(before.middle.x - before.screen.x || 1) * 50, y: from.y + Math.sign(before.middle.y - before.screen.y || 1) * 35 };
    await viewer.page.mouse.move(from.x, from.y);
    await viewer.page.mouse.down();
    // Sigma starts the drag on the first move and moves the node from the next: small steps keep that lag small.
    await viewer.page.mouse.move(to.x, to.y, { steps: 25 });
    await nextFrame();
    await viewer.page.mouse.up();
    await nextFrame();
    const after = await where();
    expect(after.positions[node]).not.toEqual(before.positions[node]);
    expect(Math.abs(after.screen.x - (to.x - box.x))).toBeLessThan(4);
    expect(Math.abs(after.screen.y - (to.y - box.y))).toBeLessThan(4);
    expect({ ...after.positions, [node]: null }).toEqual({ ...before.positions, [node]: null });
    expect(after.camera).toEqual(before.camera);
    expect(viewer.errors).toEqual([]);
  });
});

describe("the legend", () => {
  const item = (list: "entities" | "relations" | "statuses", label: string) =>
    viewer.page.locator(`#legend ul[aria-labelledby="legend-${list}"] .legend-item`).filter({ has: viewer.page.locator(".legend-label", { hasText: new RegExp(`^${label}$`) }) });
  const hash = () => viewer.page.evaluate(() => decodeURIComponent(location.hash));

  it("hides a relation type's relations, and only those, when its entry is clicked, and shows them again", async () => {
    await viewer.open();
    const supports = item("relations", "supports");
    const ofType = fixture.filterEdges((_e, a) => a.type === "supports").sort();
    await expect(supports.locator(".legend-count").textContent()).resolves.toBe(String(ofType.length));
    expect(await hiddenEdges()).toEqual([]);
    await supports.click();
    await expect(supports.getAttribute("aria-pressed")).resolves.toBe("false");
    expect(await hiddenEdges()).toEqual(ofType);
    expect(await hiddenNodes()).toEqual([]);
    expect(await hash()).toBe("#hide-relations=supports");
    await supports.click();
    await expect(supports.getAttribute("aria-pressed")).resolves.toBe("true");
    expect(await hiddenEdges()).toEqual([]);
    expect(await hash()).toBe("");
    expect(viewer.errors).toEqual([]);
  });

  it("hides the relations of a status when its entry is clicked, and shows them again", async () => {
    await viewer.open();
    const denied = item("statuses", "denied");
    await expect(denied.locator(".legend-count").textContent()).resolves.toBe("1");
    await denied.click();
    await expect(denied.getAttribute("aria-pressed")).resolves.toBe("false");
    expect(await hiddenEdges()).toEqual([R.denied]);
    expect(await hash()).toBe("#hide-statuses=denied");
    const alleged = item("statuses", "alleged");
    await alleged.click();
    expect(await hiddenEdges()).toEqual([R.kalmoraSupportsDuvessa, R.denied].sort());
    expect(await hash()).toBe("#hide-statuses=alleged,denied");
    await denied.click();
    await expect(denied.getAttribute("aria-pressed")).resolves.toBe("true");
    expect(await hiddenEdges()).toEqual([R.kalmoraSupportsDuvessa]);
    await alleged.click();
    expect(await hiddenEdges()).toEqual([]);
    expect(await hash()).toBe("");
    expect(viewer.errors).toEqual([]);
  });

  it("hides an entity type's entities and their relations, records it in the URL, and a reload keeps it", async () => {
    await viewer.open();
    const weapon = item("entities", "Weapon");
    await weapon.click();
    expect(await hiddenNodes()).toEqual(["hornet-9"]);
    expect(await hiddenEdges()).toEqual([R.usesFirst, R.usesSecond]);
    expect(await hash()).toBe("#hide-types=weapon");
    await viewer.page.reload();
    await waitForGraph(viewer.page);
    await expect(weapon.getAttribute("aria-pressed")).resolves.toBe("false");
    expect(await hiddenNodes()).toEqual(["hornet-9"]);
    await weapon.click();
    expect(await hiddenNodes()).toEqual([]);
    expect(await hiddenEdges()).toEqual([]);
    expect(viewer.errors).toEqual([]);
  });
});

describe("the path panel's options", () => {
  /** The relations listed as the steps of the first path, and the quotes shown under them. */
  const listedSteps = async () => ({
    edges: await viewer.page.locator(".path-result .path").first().locator("li.step article.relation").evaluateAll((cards) => cards.map((c) => c.getAttribute("data-edge"))),
    quotes: await viewer.page.locator(".path-result .path").first().locator("li.step blockquote.quote").allTextContents(),
  });
  const expectSteps = async (edges: string[]) => {
    expect(await viewer.page.locator(".path-result .path").count()).toBe(1);
    expect(await listedSteps()).toEqual({ edges, quotes: edges.map(quoteOf) });
  };

  it("finds another path under a relation-type filter or in time order, each step with its quote", async () => {
    await viewer.open();
    await viewer.page.locator("#path-panel > summary").click();
    await choose("#path-from", "varnia", "Varnia");
    await choose("#path-to", "lindgr", "Lindgrave");
    const summary = () => viewer.page.locator("#path-summary").textContent();

    await viewer.page.locator("#path-find").click();
    await expect.poll(summary).toBe("1 shortest route of 2 steps.");
    await expectSteps([R.varniaSupportsOstrelia, R.ostreliaAttackedLindgrave]);

    // Time-respecting: supports (2021-06) then attacked (2020-03) goes back in time; the 3-step path does not.
    await viewer.page.locator("#path-in-time").check();
    await viewer.page.locator("#path-find").click();
    await expect.poll(summary).toBe("1 shortest route of 3 steps.");
    await expectSteps([R.varniaSupportsKalmora, R.kalmoraSupportsDuvessa, R.duvessaAttackedLindgrave]);
    expect(viewer.page.url()).toContain("in-time=1");

    // Only supplies and attacked, in any order of time.
    await viewer.page.locator("#path-in-time").uncheck();
    await viewer.page.locator(".path-form summary", { hasText: "Relation types" }).click();
    await viewer.page.locator("#path-type-supplies").check();
    await viewer.page.locator("#path-type-attacked").check();
    await viewer.page.locator("#path-find").click();
    await expect.poll(summary).toBe("1 shortest route of 3 steps.");
    await expectSteps([R.varniaSuppliesThessmark, R.thessmarkSuppliesDuvessa, R.duvessaAttackedLindgrave]);
    expect(viewer.page.url()).toContain("via=attacked%2Csupplies");
    expect(viewer.page.url()).not.toContain("in-time");

    // Both together leave no path, and the panel says which option to lift, as the CLI does.
    await viewer.page.locator("#path-in-time").check();
    await viewer.page.locator("#path-find").click();
    await expect.poll(summary).toBe("No path from Varnia to Lindgrave with these filters.");
    await expect(viewer.page.locator(".path-result .lift-one li").allTextContents()).resolves.toEqual([
      'only attacked, supplies relations: untick the relation types chosen under "Relation types"',
      'each step dated no earlier than the steps before it: untick "Time-respecting"',
    ]);
    expect(await viewer.page.locator(".path-result li.step").count()).toBe(0);
    expect(viewer.errors).toEqual([]);
  });
});

describe("edge styles", () => {
  it("draws the denied relation dashed and the two parallel relations as separate curves", async () => {
    await viewer.open();
    await nextFrame();
    const looks = await viewer.page.evaluate((keys) => {
      const sigma = window.actorgraph!.app!.sigma;
      return Object.fromEntries(keys.map((key) => {
        const data = sigma.getEdgeDisplayData(key)! as unknown as Record<string, unknown>;
        const state = sigma.getEdgeState(key);
        return [key, { color: data.color, gapColor: data.gapColor, dashSize: data.dashSize, path: data.path, parallelPath: data.parallelPath, curvature: data.curvature ?? 0, parallelCount: state.parallelCount }];
      }));
    }, [R.denied, R.thessmarkSuppliesDuvessa, R.usesFirst, R.usesSecond]);
    const transparent = (color: unknown) => /^rgba\(\s*\d+\s*,\s*\d+\s*,\s*\d+\s*,\s*0(\.0*)?\s*\)$/.test(String(color)) || /^#[0-9a-f]{6}00$/i.test(String(color));

    // Denied: dashes over nothing, so they have real gaps.
    const denied = looks[R.denied]!;
    expect(denied.dashSize).toBeGreaterThan(0);
    expect(transparent(denied.gapColor)).toBe(true);
    // Another supplies relation, same colour, is drawn solid.
    const solid = looks[R.thessmarkSuppliesDuvessa]!;
    expect(solid.dashSize).toBe(0);
    expect(solid.gapColor).toBe(solid.color);

    // Parallel relations: both curved, bent to opposite sides; a lone relation stays straight.
    for (const key of [R.usesFirst, R.usesSecond]) expect(looks[key]).toMatchObject({ parallelPath: "curved", parallelCount: 2 });
    const [a, b] = [looks[R.usesFirst]!.curvature as number, looks[R.usesSecond]!.curvature as number];
    expect(a).not.toBe(0);
    expect(Math.sign(a)).toBe(-Math.sign(b));
    expect(solid).toMatchObject({ path: "straight", parallelCount: 1, curvature: 0 });
    expect(viewer.errors).toEqual([]);
  });
});
