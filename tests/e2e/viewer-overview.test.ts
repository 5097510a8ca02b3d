// The overview a reader gets on the seed graph in a real browser: readable labels that stay, a view that
// fits, a legend that fits the window and follows the filters, and plain wording in the panels.
import { beforeAll, describe, expect, it } from "vitest";
import { graphToJson } from "../../src/export/json.ts";
import { loadGraph } from "../../src/index.ts";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import { waitForGraph } from "./helpers/browser.ts";
import { useViewerPage } from "./helpers/viewer-page.ts";
import { startBuiltViewer } from "./helpers/viewer-server.ts";

let seed: KnowledgeGraph;

beforeAll(async () => {
  // Laid out as the site is: the file opened below keeps the seed's shape, moved far away.
  const loaded = await loadGraph("graph-data");
  if (!loaded.ok) throw new Error("the seed data does not load");
  seed = loaded.graph;
});

const viewer = useViewerPage(() => startBuiltViewer("graph-data"), { window: { width: 1400, height: 900 } });

/** Loads the viewer, waiting until its labels are placed. */
async function open(hash = ""): Promise<void> {
  await viewer.open(hash);
  await settle();
}

/** Waits for camera animations and the label placement after them to finish, then for a frame. */
async function settle(): Promise<void> {
  await viewer.page.waitForTimeout(700);
  await viewer.page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

/** A drawn label as the reader sees it: its text's box on the graph, in CSS pixels of the graph area. */
interface LabelBox {
  key: string;
  label: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The labels sigma draws, with their boxes measured independently of the viewer's own placement: the
 * node's position on screen, its radius, and the text measured in the label font at the label size.
 */
function drawnLabels(): Promise<{ boxes: LabelBox[]; width: number; height: number }> {
  return viewer.page.evaluate(() => {
    const sigma = window.actorgraph!.app!.sigma;
    const context = document.createElement("canvas").getContext("2d")!;
    const { width, height } = sigma.getDimensions();
    const boxes = [...sigma.getNodeDisplayedLabels()].map((key) => {
      const data = sigma.getNodeDisplayData(key)!;
      const at = sigma.framedGraphToViewport(data);
      const radius = sigma.scaleSize(data.size);
      context.font = `${data.labelSize ?? 13}px sans-serif`;
      const textWidth = context.measureText(data.label ?? "").width;
      const size = data.labelSize ?? 13;
      const position = data.labelPosition ?? "right";
      // The text starts a few pixels off the node's disc, on the side the label is drawn.
      const start = radius + 3;
      if (position === "right" || position === "left") {
        const left = position === "left" ? at.x - start - textWidth : at.x + start;
        return { key, label: data.label ?? "", left, right: left + textWidth, top: at.y - size / 2, bottom: at.y + size / 2 };
      }
      const top = position === "below" ? at.y + start : at.y - start - size;
      return { key, label: data.label ?? "", left: at.x - textWidth / 2, right: at.x + textWidth / 2, top, bottom: top + size };
    });
    return { boxes, width, height };
  });
}

function overlapping(boxes: LabelBox[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) pairs.push(`${a.label} / ${b.label}`);
    }
  }
  return pairs;
}

/** Moves the mouse onto a node, then away to an empty corner of the graph. */
async function hoverAndLeave(key: string): Promise<void> {
  const graphBox = (await viewer.page.locator("#graph").boundingBox())!;
  const at = await viewer.page.evaluate((k) => {
    const sigma = window.actorgraph!.app!.sigma;
    return sigma.framedGraphToViewport(sigma.getNodeDisplayData(k)!);
  }, key);
  await viewer.page.mouse.move(graphBox.x + at.x, graphBox.y + at.y);
  await expect.poll(() => viewer.page.evaluate(() => window.actorgraph!.app!.sigma.getGraphState().hasHovered)).toBe(true);
  await viewer.page.mouse.move(graphBox.x + 4, graphBox.y + graphBox.height - 4);
  await expect.poll(() => viewer.page.evaluate(() => window.actorgraph!.app!.sigma.getGraphState().hasHovered)).toBe(false);
  await settle();
}

describe("labels at overview zoom", () => {
  it("shows the same labels after a hover, and after a selection is made and cleared, as at load", async () => {
    await open();
    const atLoad = (await drawnLabels()).boxes.map((b) => b.key).sort();
    expect(atLoad.length).toBeGreaterThan(10);
    await hoverAndLeave("iran");
    expect((await drawnLabels()).boxes.map((b) => b.key).sort()).toEqual(atLoad);
    await hoverAndLeave("kyiv");
    expect((await drawnLabels()).boxes.map((b) => b.key).sort()).toEqual(atLoad);

    await viewer.page.evaluate(() => window.actorgraph!.app!.setView({ selection: { kind: "node", key: "iran" } }));
    await settle();
    await viewer.page.evaluate(() => window.actorgraph!.app!.setView({ selection: null }));
    await settle();
    await viewer.page.locator("#fit").click();
    await settle();
    expect((await drawnLabels()).boxes.map((b) => b.key).sort()).toEqual(atLoad);
    expect(viewer.errors).toEqual([]);
  });

  it("draws no two labels over each other, and none cut at the edges of the graph area", async () => {
    await open();
    const { boxes, width, height } = await drawnLabels();
    expect(overlapping(boxes)).toEqual([]);
    const cut = boxes.filter((b) => b.left < 0 || b.right > width || b.top < 0 || b.bottom > height).map((b) => b.label);
    expect(cut).toEqual([]);
  });

  it("always labels the most connected entities", async () => {
    await open();
    const mostConnected = seed
      .nodes()
      .sort((a, b) => seed.degree(b) - seed.degree(a) || a.localeCompare(b))
      .slice(0, 8);
    const shown = new Set((await drawnLabels()).boxes.map((b) => b.key));
    expect(mostConnected.filter((key) => !shown.has(key))).toEqual([]);
  });

  it("fits every entity in the graph area with a margin, at load and after Fit", async () => {
    await open();
    const inside = () =>
      viewer.page.evaluate(() => {
        const sigma = window.actorgraph!.app!.sigma;
        const { width, height } = sigma.getDimensions();
        const margin = 10;
        return sigma
          .getGraph()
          .nodes()
          .filter((key) => {
            const at = sigma.framedGraphToViewport(sigma.getNodeDisplayData(key)!);
            return at.x < margin || at.x > width - margin || at.y < margin || at.y > height - margin;
          });
      });
    await expect(inside()).resolves.toEqual([]);
    await viewer.page.evaluate(() => window.actorgraph!.app!.sigma.getCamera().setState({ x: 0.9, y: 0.1, ratio: 0.3 }));
    await viewer.page.locator("#fit").click();
    await settle();
    await expect(inside()).resolves.toEqual([]);
  });
});

describe("a graph opened from a file", () => {
  it("is fitted to the view, every entity inside the graph area, even with positions far from the graph before", async () => {
    await open();
    // The seed, moved far away and spread out: the camera left on the old graph would show none of it.
    const moved = seed.copy();
    moved.updateEachNodeAttributes((_node, attrs) => ({ ...attrs, x: 5000 + attrs.x * 40, y: -3000 + attrs.y * 40 }));
    moved.setAttribute("name", "Moved far away");
    await viewer.page.locator("#open-file").setInputFiles({ name: "moved.json", mimeType: "application/json", buffer: Buffer.from(graphToJson(moved)) });
    await viewer.page.locator("#banner", { hasText: "Opened moved.json" }).waitFor();
    await settle();
    const outside = await viewer.page.evaluate(() => {
      const sigma = window.actorgraph!.app!.sigma;
      const { width, height } = sigma.getDimensions();
      const margin = 10;
      return sigma.getGraph().filterNodes((key) => {
        const at = sigma.framedGraphToViewport(sigma.getNodeDisplayData(key)!);
        return at.x < margin || at.x > width - margin || at.y < margin || at.y > height - margin;
      });
    });
    expect(outside).toEqual([]);
    expect((await drawnLabels()).boxes.length).toBeGreaterThan(10);
    expect(viewer.errors).toEqual([]);
  });
});

describe("the legend", () => {
  it("groups the relation types by family in closed lists that show each family's colours, and fits the window without scrolling", async () => {
    await open();
    const families = viewer.page.locator("#legend details.legend-family");
    await expect(families.locator("summary .legend-label").allTextContents()).resolves.toEqual(["Force", "Support and supply", "Stances and diplomacy", "Statements", "Structure"]);
    for (const family of await families.all()) await expect(family.getAttribute("open")).resolves.toBeNull();
    const force = families.filter({ has: viewer.page.locator("summary", { hasText: "Force" }) });
    const forceTypes = seed.getAttribute("ontology").relationTypes.filter((t) => t.family === "military").map((t) => t.id);
    const inForce = seed.filterEdges((_e, a) => forceTypes.includes(a.type)).length;
    await expect(force.locator("summary .legend-count").textContent()).resolves.toBe(String(inForce));
    await expect(force.locator("summary .swatch").count()).resolves.toBeGreaterThan(2);
    const legend = viewer.page.locator("#legend-drawer");
    const fits = () => legend.evaluate((el) => el.scrollHeight <= el.clientHeight);
    await expect(fits()).resolves.toBe(true);

    // Opened, a family lists its types; it stays open when the legend is rebuilt after a filter change.
    await force.locator("summary").click();
    const attacked = force.locator(".legend-item", { has: viewer.page.locator(".legend-label", { hasText: /^attacked$/ }) });
    await expect(attacked.isVisible()).resolves.toBe(true);
    expect(viewer.errors).toEqual([]);
  });

  it("counts what the other filters let through: hiding cities takes the strikes on cities out of the counts", async () => {
    await open();
    const force = viewer.page.locator("#legend details.legend-family", { has: viewer.page.locator("summary", { hasText: "Force" }) });
    await force.locator("summary").click();
    const attacked = force.locator(".legend-item", { has: viewer.page.locator(".legend-label", { hasText: /^attacked$/ }) });
    const count = () => attacked.locator(".legend-count").textContent();
    const all = seed.filterEdges((_e, a) => a.type === "attacked");
    await expect(count()).resolves.toBe(String(all.length));
    await viewer.page.locator("#legend .legend-item", { hasText: "City" }).click();
    const notOnCities = all.filter((e) => seed.getNodeAttribute(seed.target(e), "type") !== "city" && seed.getNodeAttribute(seed.source(e), "type") !== "city");
    expect(notOnCities.length).toBeLessThan(all.length);
    await expect(count()).resolves.toBe(String(notOnCities.length));
    await expect(force.getAttribute("open")).resolves.toBe("");
    expect(viewer.errors).toEqual([]);
  });

  it("hides and shows a whole family with one switch", async () => {
    await open();
    const statements = viewer.page.locator("#legend details.legend-family", { has: viewer.page.locator("summary", { hasText: "Statements" }) });
    await statements.locator("summary").click();
    await statements.locator(".family-switch").click();
    const hidden = await viewer.page.evaluate(() => window.actorgraph!.app!.view().hiddenRelationTypes);
    expect(hidden).toEqual(seed.getAttribute("ontology").relationTypes.filter((t) => t.family === "statements").map((t) => t.id).sort());
    await statements.locator(".family-switch").click();
    expect(await viewer.page.evaluate(() => window.actorgraph!.app!.view().hiddenRelationTypes)).toEqual([]);
  });
});

describe("wording in the panels", () => {
  it("says '1 source document', names a relation once with its family, and gives quantities readable names", async () => {
    await open();
    await expect(viewer.page.locator("#details").textContent()).resolves.toContain("1 source document.");
    const withQuantity = seed.findEdge((_e, a) => "ukrainiansDeprivedOfPower" in a.quantities)!;
    await viewer.page.goto(`${viewer.url}#edge=${encodeURIComponent(withQuantity)}`);
    await waitForGraph(viewer.page);
    const facts = await viewer.page.locator("#details .facts").evaluate((dl) => {
      const terms = [...dl.querySelectorAll("dt")].map((dt) => dt.textContent);
      const values = [...dl.querySelectorAll("dd")].map((dd) => dd.textContent);
      return Object.fromEntries(terms.map((t, i) => [t, values[i]]));
    });
    const attrs = seed.getEdgeAttributes(withQuantity);
    expect(facts["Relation"]).toBe(`${attrs.label} (${familyOf(attrs.type)})`);
    expect(facts["Ukrainians left without power"]).toBe(String(attrs.quantities.ukrainiansDeprivedOfPower));
    expect(Object.keys(facts)).not.toContain("ukrainiansDeprivedOfPower");
    expect(viewer.errors).toEqual([]);
  });
});

function familyOf(type: string): string {
  const ontology = seed.getAttribute("ontology");
  const family = ontology.relationTypes.find((t) => t.id === type)!.family;
  return ontology.relationFamilies!.find((f) => f.id === family)!.label.toLowerCase();
}

describe("the timeline", () => {
  const CURSOR = "2022-09-01";

  /** The first day of a relation's date, or null when undated. */
  const startOf = (date: string | undefined) => (date === undefined ? null : date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);

  it("fades an entity with its relations when every one of them is later than the cursor", async () => {
    await open(`#time=${CURSOR}`);
    const expected = seed
      .nodes()
      .filter((n) => seed.degree(n) > 0 && seed.edges(n).every((e) => (startOf(seed.getEdgeAttribute(e, "date")) ?? "") > CURSOR))
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    const looks = await viewer.page.evaluate(() => {
      const sigma = window.actorgraph!.app!.sigma;
      return sigma.getGraph().mapNodes((node) => ({ node, isLater: sigma.getNodeState(node).isLater, opacity: sigma.getNodeDisplayData(node)!.opacity }));
    });
    expect(looks.filter((l) => l.isLater).map((l) => l.node).sort()).toEqual(expected);
    for (const look of looks) expect({ node: look.node, faded: look.opacity < 0.5 }).toEqual({ node: look.node, faded: expected.includes(look.node) });
    expect(viewer.errors).toEqual([]);
  });

  it("shows, dims or hides the undated relations as chosen, and keeps the choice in the link", async () => {
    await open();
    const undated = seed.filterEdges((_e, a) => a.date === undefined).sort();
    expect(undated.length).toBeGreaterThan(0);
    const looks = () =>
      viewer.page.evaluate((keys) => {
        const sigma = window.actorgraph!.app!.sigma;
        return keys.map((k) => ({ hidden: sigma.getEdgeState(k).isHidden, opacity: sigma.getEdgeDisplayData(k)!.opacity }));
      }, undated);
    const choice = viewer.page.locator("#timeline-undated-mode");
    await expect(viewer.page.getByRole("combobox", { name: `${undated.length} undated relations` }).count()).resolves.toBe(1);
    await choice.selectOption("dim");
    // Sigma works out an edge's display data in its next frame: wait for it rather than read the one before.
    await expect.poll(looks).toEqual(undated.map(() => ({ hidden: false, opacity: expect.closeTo(0.3, 2) })));
    await choice.selectOption("hide");
    for (const look of await looks()) expect(look.hidden).toBe(true);
    expect(await viewer.page.evaluate(() => location.hash)).toBe("#undated=hide");
    await viewer.page.reload();
    await waitForGraph(viewer.page);
    await expect(choice.inputValue()).resolves.toBe("hide");
    await choice.selectOption("show");
    for (const look of await looks()) expect(look).toEqual({ hidden: false, opacity: 1 });
    expect(viewer.errors).toEqual([]);
  });

  it("keeps the play button and the slider where they are while playing", async () => {
    await open();
    const boxes = async () => ({ play: await viewer.page.locator("#timeline-play").boundingBox(), slider: await viewer.page.locator("#timeline-slider").boundingBox() });
    const before = await boxes();
    await viewer.page.locator("#timeline-play").click();
    await expect(viewer.page.locator("#timeline-play").textContent()).resolves.toBe("❚❚ Pause");
    await expect.poll(() => viewer.page.locator("#timeline-date").textContent()).toMatch(/^up to /);
    expect(await boxes()).toEqual(before);
    await viewer.page.locator("#timeline-play").click();
    expect(await boxes()).toEqual(before);
  });
});
