// Opening graph files in a real browser: files written by other tools round-trip through every download, and a
// hostile file (prototype keys, entity declarations, huge or invisible text, an oversized link) cannot harm the page.
import { readFileSync } from "node:fs";
import { DOMParser } from "@xmldom/xmldom";
import { parse as parseCsv } from "csv-parse/sync";
import type { Download } from "playwright-core";
import { describe, expect, it } from "vitest";
import { waitForGraph } from "./helpers/browser.ts";
import { useViewerPage } from "./helpers/viewer-page.ts";
import { startBuiltViewer } from "./helpers/viewer-server.ts";

const FIXTURE = "tests/fixtures/viewer-controls";

const viewer = useViewerPage(() => startBuiltViewer(FIXTURE));

/** Opens a file with the Open button and waits for the banner that names it. */
async function openFile(name: string, content: string | Buffer, timeout = 10_000): Promise<string> {
  await viewer.page.setInputFiles("#open-file", { name, mimeType: name.endsWith(".gexf") ? "application/xml" : "application/json", buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
  const message = viewer.page.locator("#banner > span", { hasText: name });
  await message.waitFor({ timeout });
  return (await message.textContent())!;
}

/** Chooses a download format and collects the files it gives, or none within `wait` ms. */
async function download(format: string, expected: number, wait = 5_000): Promise<Download[]> {
  const files: Download[] = [];
  const take = (file: Download) => files.push(file);
  viewer.page.on("download", take);
  await viewer.page.locator("#download").selectOption(format);
  await expect.poll(() => files.length, { timeout: wait }).toBe(expected);
  viewer.page.off("download", take);
  return files;
}

const readDownload = async (file: Download) => readFileSync((await file.path())!, "utf8");

/** A GEXF file as another tool might write it: dates as free text, which Gephi does not check. */
const LOOSE_DATES_GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="node"><attribute id="type" title="type" type="string"/></attributes>
    <attributes class="edge">
      <attribute id="type" title="type" type="string"/>
      <attribute id="date" title="date" type="string"/>
      <attribute id="end" title="end" type="string"/>
    </attributes>
    <nodes>
      <node id="meridia" label="Meridia"><attvalues><attvalue for="type" value="state"/></attvalues></node>
      <node id="solvane" label="Solvane"><attvalues><attvalue for="type" value="state"/></attvalues></node>
      <node id="quillport" label="Quillport"><attvalues><attvalue for="type" value="city"/></attvalues></node>
    </nodes>
    <edges>
      <edge id="e1" source="meridia" target="solvane"><attvalues><attvalue for="type" value="supplies"/><attvalue for="date" value="spring 2023"/></attvalues></edge>
      <edge id="e2" source="solvane" target="quillport"><attvalues><attvalue for="type" value="attacked"/><attvalue for="date" value="2024-02-11"/><attvalue for="end" value="11/03/2024"/></attvalues></edge>
      <edge id="e3" source="meridia" target="quillport"><attvalues><attvalue for="type" value="supplies"/><attvalue for="date" value="2023-06"/></attvalues></edge>
    </edges>
  </graph>
</gexf>
`;

/** The same graph as graphology JSON, with a source document whose date is free text too. */
const LOOSE_DATES_JSON = JSON.stringify({
  attributes: { name: "Quill coast", sources: [{ id: "doc", title: "Coast notes", kind: "report", date: "June-ish 2023", file: "doc.txt", text: "Meridia sold boats." }] },
  options: { type: "directed", multi: true, allowSelfLoops: true },
  nodes: [
    { key: "meridia", attributes: { label: "Meridia", type: "state" } },
    { key: "solvane", attributes: { label: "Solvane", type: "state" } },
    { key: "quillport", attributes: { label: "Quillport", type: "city" } },
  ],
  edges: [
    { key: "e1", source: "meridia", target: "solvane", attributes: { type: "supplies", date: "spring 2023", evidence: [{ source: "doc", quote: "Meridia sold boats." }] } },
    { key: "e2", source: "solvane", target: "quillport", attributes: { type: "attacked", date: "2024-02-11", end: "11/03/2024" } },
    { key: "e3", source: "meridia", target: "quillport", attributes: { type: "supplies", date: "2023-06" } },
  ],
});

describe("a graph opened from a file with dates that are not YYYY, YYYY-MM or YYYY-MM-DD", () => {
  it.each([
    { name: "loose-dates.gexf", content: LOOSE_DATES_GEXF },
    { name: "loose-dates.json", content: LOOSE_DATES_JSON },
  ])("opens $name saying which dates it could not read, keeps their text, and downloads as GEXF, JSON and CSV", async ({ name, content }) => {
    await viewer.open();
    const banner = await openFile(name, content);
    expect(banner).toMatch(/^Opened .*: 3 entities, 3 relations\./);
    expect(banner).toContain("2 relations have a date the viewer cannot read");
    // The relation's panel keeps the date as the file wrote it.
    await viewer.page.evaluate(() => window.actorgraph!.app!.setView({ selection: { kind: "edge", key: "e1" } }));
    await expect(viewer.page.locator("#details .facts").textContent()).resolves.toContain("spring 2023");

    const [gexf] = await download("gexf", 1);
    const doc = new DOMParser().parseFromString(await readDownload(gexf!), "text/xml");
    expect(doc.getElementsByTagName("node")).toHaveLength(3);
    expect(doc.getElementsByTagName("edge")).toHaveLength(3);

    const [json] = await download("json", 1);
    const data = JSON.parse(await readDownload(json!)) as { nodes: { key: string }[]; edges: { key: string; attributes: { date?: string } }[] };
    expect(data.nodes.map((n) => n.key).sort()).toEqual(["meridia", "quillport", "solvane"]);
    expect(Object.fromEntries(data.edges.map((e) => [e.key, e.attributes.date ?? null]))).toEqual({ e1: null, e2: "2024-02-11", e3: "2023-06" });

    const csv = await download("csv", 2);
    const tables = Object.fromEntries(await Promise.all(csv.map(async (f) => [f.suggestedFilename().replace(/^.*-(nodes|edges)\.csv$/, "$1"), parseCsv(await readDownload(f), { columns: true }) as Record<string, string>[]] as const)));
    expect(tables.nodes!.map((n) => n.id).sort()).toEqual(["meridia", "quillport", "solvane"]);
    expect(tables.edges!.map((e) => e.id).sort()).toEqual(["e1", "e2", "e3"]);

    // What was downloaded opens again as the same graph.
    const again = await openFile("again.json", await readDownload(json!));
    expect(again).toMatch(/^Opened again\.json: 3 entities, 3 relations\.$/);
    expect(viewer.errors).toEqual([]);
  });
});

/** The names that reach `Object.prototype` or a constructor when a plain object is used as a map. */
const PROTO_NAMES = ["__proto__", "constructor", "prototype"] as const;

/** A graphology JSON file whose node ids, edge keys and attribute names are those names, with values that would pollute. */
function prototypeJson(): string {
  const poison = { polluted: "from the file", x: 999, label: "injected" };
  const attributesNamed = (label: string) => `{"label": ${JSON.stringify(label)}, "type": "state", ${PROTO_NAMES.map((n) => `${JSON.stringify(n)}: ${JSON.stringify(poison)}`).join(", ")}}`;
  const nodes = PROTO_NAMES.map((n) => `{"key": ${JSON.stringify(n)}, "attributes": ${attributesNamed(`State ${n}`)}}`);
  const edges = PROTO_NAMES.map((n, i) => `{"key": ${JSON.stringify(n)}, "source": ${JSON.stringify(n)}, "target": ${JSON.stringify(PROTO_NAMES[(i + 1) % 3])}, "attributes": {"type": "supports", "items": [${JSON.stringify(n)}], "quantities": {${PROTO_NAMES.map((q) => `${JSON.stringify(q)}: 3`).join(", ")}}, ${PROTO_NAMES.map((a) => `${JSON.stringify(a)}: ${JSON.stringify(poison)}`).join(", ")}}}`);
  // Written by hand: JSON.stringify would not write a "__proto__" key of an object literal.
  return `{"attributes": {"name": "Prototype coast", "__proto__": ${JSON.stringify(poison)}}, "nodes": [${nodes.join(", ")}], "edges": [${edges.join(", ")}]}`;
}

describe("prototype names in a graph the page is pointed at with ?graph=", () => {
  it("leave Object.prototype clean, and the graph shown under renamed ids with a note", async () => {
    // The graph is served from the viewer's own origin, as its Content-Security-Policy requires.
    await viewer.page.route((url) => url.pathname === "/published/prototype.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body: prototypeJson() }));
    await viewer.open();
    const clean = await prototypeState();
    await viewer.page.goto(`${viewer.url}?graph=/published/prototype.json`);
    await waitForGraph(viewer.page);
    expect(await prototypeState()).toEqual(clean);
    await expect(viewer.page.locator("#banner > span").textContent()).resolves.toMatch(/^3 ids are names JavaScript objects reserve, shown and downloaded renamed: __proto__ as ~__proto__/);
    expect(await viewer.page.evaluate(() => window.actorgraph!.app!.sigma.getGraph().nodes().sort())).toEqual(PROTO_NAMES.map((n) => `~${n}`).sort());
    expect(viewer.errors).toEqual([]);
  });
});

/** The same graph as GEXF: the names as node and edge ids, attribute ids and titles. */
function prototypeGexf(): string {
  const declare = (cls: string) => `<attributes class="${cls}"><attribute id="type" title="type" type="string"/>${PROTO_NAMES.map((n) => `<attribute id="${n}" title="${n}" type="string"/>`).join("")}</attributes>`;
  const values = (type: string) => `<attvalues><attvalue for="type" value="${type}"/>${PROTO_NAMES.map((n) => `<attvalue for="${n}" value="polluted"/>`).join("")}</attvalues>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">${declare("node")}${declare("edge")}
<nodes>${PROTO_NAMES.map((n) => `<node id="${n}" label="State ${n}">${values("state")}</node>`).join("")}</nodes>
<edges>${PROTO_NAMES.map((n, i) => `<edge id="${n}" source="${n}" target="${PROTO_NAMES[(i + 1) % 3]}">${values("supports")}</edge>`).join("")}</edges>
</graph></gexf>`;
}

/** Object.prototype as the page has it: its own property names, and what a fresh object inherits. */
const prototypeState = () => viewer.page.evaluate(() => ({
  names: Object.getOwnPropertyNames(Object.prototype).sort(),
  inherited: Object.keys(Object.getPrototypeOf({})).length,
  polluted: ({} as Record<string, unknown>).polluted ?? null,
  x: ({} as Record<string, unknown>).x ?? null,
}));

describe("prototype names as keys and attribute names in an opened file", () => {
  it.each([
    { name: "prototype.json", content: prototypeJson },
    { name: "prototype.gexf", content: prototypeGexf },
  ])("leave Object.prototype clean, and the graph shown, searchable and downloadable under renamed ids ($name)", async ({ name, content }) => {
    await viewer.open();
    const clean = await prototypeState();
    expect(await openFile(name, content())).toBe(`Opened ${name}: 3 entities, 3 relations. 3 ids are names JavaScript objects reserve, shown and downloaded renamed: __proto__ as ~__proto__, constructor as ~constructor, prototype as ~prototype.`);
    expect(await prototypeState()).toEqual(clean);
    // sigma draws all three, and each can be found and selected by its label.
    const drawn = await viewer.page.evaluate(() => {
      const sigma = window.actorgraph!.app!.sigma;
      return sigma.getGraph().mapNodes((node) => sigma.getNodeDisplayData(node)?.label ?? null).sort();
    });
    expect(drawn).toEqual(["State __proto__", "State constructor", "State prototype"]);
    for (const id of PROTO_NAMES) {
      await viewer.page.locator("#search").fill(`state ${id}`);
      await viewer.page.locator("#search ~ ul li.hit", { hasText: `State ${id}` }).first().click();
      await expect(viewer.page.locator("#details-title").textContent()).resolves.toBe(`State ${id}`);
      await expect(viewer.page.locator("#details h3", { hasText: /^Relations/ }).textContent()).resolves.toBe("Relations (2)");
    }
    expect(await prototypeState()).toEqual(clean);
    // Downloads write the renamed ids, which open again as they are.
    const [json] = await download("json", 1);
    const written = await readDownload(json!);
    const data = JSON.parse(written) as { nodes: { key: string }[]; edges: { key: string; source: string }[] };
    const renamed = PROTO_NAMES.map((n) => `~${n}`).sort();
    expect(data.nodes.map((n) => n.key).sort()).toEqual(renamed);
    expect(data.edges.map((e) => [e.key, e.source]).sort()).toEqual(renamed.map((n) => [n, n]));
    expect(await openFile("again.json", written)).toBe("Opened again.json: 3 entities, 3 relations.");
    expect(await prototypeState()).toEqual(clean);
    expect(viewer.errors).toEqual([]);
  });
});

/** An invented graph whose texts are hostile: 100,000-character entity and relation labels, and labels with invisible direction and zero-width characters. */
function hostileTextJson(): string {
  const long = "Amberlow".repeat(12_500);
  return JSON.stringify({
    attributes: { name: "Hostile texts" },
    nodes: [
      { key: "long", attributes: { label: long, type: "state", description: `A state whose name runs on. ${"and on ".repeat(20_000)}` } },
      { key: "look-alike", attributes: { label: "Ir\u200Ban", type: "state", description: "Not the state it looks like: \u2066isolated\u2069." } },
      { key: "reversed", attributes: { label: "\u202Eadroc yrrevlis", type: "city" } },
      { key: "marked", attributes: { label: "Quill\u200Fport\uFEFF", type: "city" } },
    ],
    edges: [
      { key: "e1", source: "long", target: "look-alike", attributes: { type: "supports", label: "backs".repeat(20_000) } },
      { key: "e2", source: "reversed", target: "marked", attributes: { type: "supports" } },
    ],
  });
}

/** The label sigma draws for a node. */
const drawnLabel = (key: string) => viewer.page.evaluate((k) => window.actorgraph!.app!.sigma.getNodeDisplayData(k)?.label ?? null, key);

describe("hostile text in an opened file", () => {
  it("shows a 100,000-character label cut short, with the whole of it in a scroll box on request, and draws it cut short", async () => {
    await viewer.open();
    await openFile("hostile.json", hostileTextJson());
    await viewer.page.evaluate(() => window.actorgraph!.app!.setView({ selection: { kind: "node", key: "long" } }));
    const title = viewer.page.locator("#details-title");
    await title.waitFor();
    const shown = (await title.textContent())!;
    expect(shown.length).toBeLessThan(1_100);
    expect(shown).toMatch(/^(Amberlow)+…\s*Show all 100,000 characters$/);
    await title.locator("button.show-all").click();
    const box = title.locator(".full-text");
    await expect(box.textContent()).resolves.toBe("Amberlow".repeat(12_500));
    const size = await box.evaluate((el) => ({ scrolls: el.scrollHeight > el.clientHeight, height: el.clientHeight, fontSize: parseFloat(getComputedStyle(el).fontSize) }));
    expect(size.scrolls).toBe(true);
    expect(size.height).toBeLessThan(16 * size.fontSize);
    // The description is long too: cut, with its own button.
    await expect(viewer.page.locator("#details .description button.show-all").textContent()).resolves.toMatch(/^Show all 140,02\d characters$/);
    const label = await drawnLabel("long");
    expect(label!.length).toBeLessThanOrEqual(61);
    expect(label).toMatch(/^Amberlow.*…$/);
    // So is a 100,000-character relation label.
    const edgeLabel = await viewer.page.evaluate(() => window.actorgraph!.app!.sigma.getEdgeDisplayData("e1")?.label ?? null);
    expect(edgeLabel).toMatch(/^(backs)+…$/);
    expect(edgeLabel!.length).toBeLessThanOrEqual(61);
    expect(viewer.errors).toEqual([]);
  });

  it("shows direction and zero-width characters as visible markers, in the panel, the search and on the graph", async () => {
    await viewer.open();
    await openFile("hostile.json", hostileTextJson());
    await viewer.page.evaluate(() => window.actorgraph!.app!.setView({ selection: { kind: "node", key: "look-alike" } }));
    await expect(viewer.page.locator("#details-title").textContent()).resolves.toBe("Ir⟨U+200B⟩an");
    await expect(viewer.page.locator("#details .description").textContent()).resolves.toBe("Not the state it looks like: ⟨U+2066⟩isolated⟨U+2069⟩.");
    expect(await drawnLabel("look-alike")).toBe("Ir⟨U+200B⟩an");
    expect(await drawnLabel("reversed")).toBe("⟨U+202E⟩adroc yrrevlis");
    expect(await drawnLabel("marked")).toBe("Quill⟨U+200F⟩port⟨U+FEFF⟩");
    await viewer.page.locator("#search").fill("adroc");
    await expect(viewer.page.locator("#search ~ ul li.hit .hit-label").allTextContents()).resolves.toEqual(["⟨U+202E⟩adroc yrrevlis"]);
    // Entity links in a relation card show the markers too.
    await viewer.page.evaluate(() => window.actorgraph!.app!.setView({ selection: { kind: "node", key: "marked" } }));
    await expect(viewer.page.locator("#details article.relation .entity-link").allTextContents()).resolves.toEqual(["⟨U+202E⟩adroc yrrevlis", "Quill⟨U+200F⟩port⟨U+FEFF⟩"]);
    expect(viewer.errors).toEqual([]);
  });

  it("refuses a GEXF file whose DOCTYPE comes after a 70 KiB comment, and keeps the graph", async () => {
    await viewer.open();
    const order = await viewer.page.evaluate(() => window.actorgraph!.app!.graph().order);
    const late = `<?xml version="1.0"?>\n<!--${"padding ".repeat(9 * 1024)}-->\n<!DOCTYPE gexf [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="n" label="&b;"/></nodes><edges/></graph></gexf>`;
    expect(await openFile("late.gexf", late)).toBe("Could not open late.gexf: XML with a DOCTYPE or entity declarations is not accepted (line 3); GEXF files have none. The current graph is unchanged.");
    expect(await viewer.page.evaluate(() => window.actorgraph!.app!.graph().order)).toBe(order);
    expect(viewer.errors).toEqual([]);
  });
});

describe("a link with a 1 MB view part", () => {
  it("opens on the whole graph, says the view part was too long to read, and drops it from the address", async () => {
    await viewer.open(`#node=varnia&q=${"x".repeat(1_000_000)}`);
    await expect(viewer.page.locator("#banner > span").textContent()).resolves.toBe("This link's view part is 1,000,015 characters long, over the 32,768 the viewer reads: it was ignored, and the whole graph is shown.");
    expect(await viewer.page.evaluate(() => ({ hash: location.hash, selection: window.actorgraph!.app!.view().selection, search: (document.getElementById("search") as HTMLInputElement).value }))).toEqual({ hash: "", selection: null, search: "" });
    // A link of ordinary length still opens its view.
    await viewer.open("#node=varnia");
    await expect(viewer.page.locator("#details-title").textContent()).resolves.toBe("Varnia");
    expect(viewer.errors).toEqual([]);
  });
});

/** A graph of `relations` relations among 1,000 entities placed on a grid, as a graphology JSON file. */
function largeGraphJson(relations: number): string {
  const nodes = Array.from({ length: 1000 }, (_, i) => ({ key: `n${i}`, attributes: { label: `Entity ${i}`, type: "state", x: i % 40, y: Math.floor(i / 40) } }));
  const edges = Array.from({ length: relations }, (_, i) => ({
    key: `r${i}`, source: `n${i % 1000}`, target: `n${(i * 7 + 1) % 1000}`,
    attributes: { type: "supplies", label: "supplies", ...(i === 0 ? { evidence: [{ source: "s1", quote: "It said so.", stance: "denied" }, { source: "s2", quote: "It did.", stance: "reported" }] } : {}) },
  }));
  return JSON.stringify({ attributes: { name: "Large" }, nodes, edges });
}

describe("a large opened graph", () => {
  it("is drawn lean (straight, no arrow heads, dashes or relation clicks), says so in the legend, and a small one is drawn in full again", async () => {
    const drawing = () => viewer.page.evaluate(() => {
      const sigma = window.actorgraph!.app!.sigma;
      return { layers: sigma.getPrimitives().edges!.layers!.length, edgeEvents: sigma.getSetting("enableEdgeEvents"), canvases: document.querySelectorAll("#graph canvas").length };
    });
    await viewer.open("");
    const full = await drawing();
    expect(full).toMatchObject({ layers: 2, edgeEvents: true });
    expect(await viewer.page.locator("#lean-drawing").count()).toBe(0);

    // Software WebGL draws 20,000 relations slowly: the file takes longer than the others to be on screen.
    await openFile("large.json", largeGraphJson(20_000), 60_000);
    await waitForGraph(viewer.page);
    // A new renderer in place of the old one, not beside it.
    expect(await drawing()).toEqual({ layers: 1, edgeEvents: false, canvases: full.canvases });
    await expect(viewer.page.locator("#lean-drawing").textContent()).resolves.toContain("20,000 relations");
    await expect(viewer.page.locator(".contested-swatch.lean").count()).resolves.toBe(1);
    // The new renderer answers clicks and hovers as the old one did: a search result chosen is shown.
    await viewer.page.fill("#search", "Entity 17");
    await viewer.page.keyboard.press("Enter");
    await expect(viewer.page.locator("#details-title").textContent()).resolves.toBe("Entity 17");

    await openFile("small.json", largeGraphJson(50));
    await waitForGraph(viewer.page);
    expect(await drawing()).toEqual(full);
    expect(await viewer.page.locator("#lean-drawing").count()).toBe(0);
    expect(viewer.errors).toEqual([]);
  }, 120_000);
});
