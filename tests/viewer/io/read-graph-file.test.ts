import { describe, expect, it } from "vitest";
import { graphToGexf } from "../../../src/export/gexf.ts";
import { graphToJson } from "../../../src/export/json.ts";
import { loadGraph } from "../../../src/index.ts";
import { readGraphFile, readGraphGexf, readGraphJson } from "../../../src/viewer/io/read-graph-file.ts";
import { makeGraph } from "../../query/fixture.ts";
import { smallGraph } from "../graph-fixture.ts";

describe("readGraphJson", () => {
  it("refuses text that is not JSON, JSON that is not a graph, and edges to missing nodes", () => {
    expect(readGraphJson("{nope")).toMatchObject({ ok: false, message: expect.stringMatching(/^not valid JSON/) });
    expect(readGraphJson('{"hello": 1}')).toMatchObject({ ok: false, message: expect.stringMatching(/"nodes" list/) });
    expect(readGraphJson('{"nodes": [{"key": "a"}], "edges": [{"source": "a", "target": "b"}]}')).toEqual({ ok: false, message: 'not a readable graph: an edge names the node "b", which the file does not list' });
    expect(readGraphJson('{"nodes": [{"key": "a"}, {"key": "a"}]}')).toEqual({ ok: false, message: 'not a readable graph: the id "a" is given to two nodes or two edges' });
  });

  it("reads back the viewer's own JSON download unchanged", () => {
    const graph = smallGraph();
    const result = readGraphJson(graphToJson(graph));
    expect(result.ok).toBe(true);
    if (result.ok) expect(graphToJson(result.graph)).toBe(graphToJson(graph));
  });

  it("reads back a built corpus's JSON byte for byte, its corroboration derived again from the quotes", async () => {
    const loaded = await loadGraph("tests/fixtures/corpus", { layout: false });
    if (!loaded.ok) throw new Error("the corpus fixture does not load");
    const json = graphToJson(loaded.graph);
    const result = readGraphJson(json.replace(/"sourceCount":3/, '"sourceCount":99'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.graph.getEdgeAttributes("valdoria-supplies-norvask")).toMatchObject({ sourceCount: 3, contested: true, firstReported: "2023-03-02" });
    expect(graphToJson(result.graph)).toBe(json);
  });

  it("fills defaults for a bare graph and derives its legend from the types present", () => {
    const result = readGraphJson(JSON.stringify({ nodes: [{ key: "a" }, { key: "b", attributes: { type: "city", aliases: "A|B" } }], edges: [{ source: "a", target: "b", attributes: { status: "bogus", evidence: '[{"source":"s","quote":"q"}]' } }] }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.graph.getNodeAttributes("a")).toMatchObject({ label: "a", type: "unknown", aliases: [] });
    expect(result.graph.getNodeAttribute("b", "aliases")).toEqual(["A", "B"]);
    const edge = result.graph.edges()[0]!;
    expect(result.graph.getEdgeAttributes(edge)).toMatchObject({ status: "reported", evidence: [{ source: "s", quote: "q" }] });
    expect(result.graph.getAttribute("ontology").entityTypes.map((t) => t.id)).toEqual(["unknown", "city"]);
  });
});

describe("readGraphGexf", () => {
  it("reads a GEXF whose first relation reads both ways (type=\"mutual\"), which graphology-gexf would take for the graph's type", async () => {
    const graph = makeGraph(["a", "b", "c"], [{ source: "a", target: "b", type: "c" }, { source: "b", target: "c" }, { source: "b", target: "c", type: "b" }]);
    const gexf = graphToGexf(graph);
    expect(gexf).toMatch(/<edges count="3">\n {6}<edge id="[^"]+" source="a" target="b" type="mutual"/);
    const result = await readGraphGexf(gexf);
    if (!result.ok) throw new Error(result.message);
    expect(result.graph.size).toBe(3);
    expect(result.graph.edges().map((e) => result.graph.getEdgeAttribute(e, "directed"))).toEqual([false, true, true]);
  });
});

describe("readGraphFile", () => {
  it("refuses a file over the size limit before parsing it", async () => {
    const result = await readGraphFile("big.json", "x".repeat(3 * 1024 * 1024), { maxChars: 2 * 1024 * 1024, maxItems: 10 });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^it is 3 MB, over the viewer's limit of 2 MB; open it in Gephi/) });
  });

  it("refuses a graph with more nodes and edges than the viewer draws", async () => {
    const result = await readGraphFile("graph.json", graphToJson(smallGraph()), { maxChars: 1e9, maxItems: 2 });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/over the viewer's limit of 2 items/) });
  });

  it("refuses XML with entity declarations, the way entity-expansion bombs are built", async () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><gexf><graph><nodes><node id="n" label="&b;"/></nodes></graph></gexf>';
    expect(await readGraphFile("bomb.gexf", bomb)).toMatchObject({ ok: false, message: expect.stringMatching(/DOCTYPE or entity declarations is not accepted/) });
  });

  it("refuses a DOCTYPE anywhere in the file, even after a 70 KiB comment, saying on which line", async () => {
    const padding = `<!--${"padding ".repeat(70 * 1024 / 8)}\n-->`;
    const laughs = `<?xml version="1.0"?>\n${padding}\n<!DOCTYPE gexf [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><gexf><graph><nodes><node id="n" label="&b;"/></nodes></graph></gexf>`;
    const external = `<?xml version="1.0"?>\n${padding}\n<!DOCTYPE gexf SYSTEM "file:///etc/hostname"><gexf/>`;
    for (const content of [laughs, external]) {
      expect(content.indexOf("<!DOCTYPE")).toBeGreaterThan(70 * 1024);
      expect(await readGraphFile("late.gexf", content)).toEqual({ ok: false, message: "XML with a DOCTYPE or entity declarations is not accepted (line 4); GEXF files have none" });
    }
  });
});

describe("dates a file writes in another form", () => {
  const graphWith = (date: string, end?: string) =>
    JSON.stringify({ nodes: [{ key: "a" }, { key: "b" }], edges: [{ key: "e", source: "a", target: "b", attributes: { date, ...(end ? { end } : {}), note: "From the harbour log." } }] });

  it("leaves out a date that is not YYYY, YYYY-MM or YYYY-MM-DD, keeps its text in the note, and says so", () => {
    const result = readGraphJson(graphWith("spring 2023"));
    if (!result.ok) throw new Error(result.message);
    const edge = result.graph.getEdgeAttributes("e");
    expect(edge.date).toBeUndefined();
    expect(edge.note).toBe('From the harbour log. In the opened file: date "spring 2023" (not YYYY, YYYY-MM or YYYY-MM-DD).');
    expect(result.notes).toEqual(["1 relation has a date the viewer cannot read (not YYYY, YYYY-MM or YYYY-MM-DD): shown undated, the date's text kept in the note."]);
  });

  it("keeps a readable date and leaves out an unreadable end only", () => {
    const result = readGraphJson(graphWith("2024-02-11", "11/03/2024"));
    if (!result.ok) throw new Error(result.message);
    expect(result.graph.getEdgeAttributes("e")).toMatchObject({ date: "2024-02-11", note: expect.stringContaining('end "11/03/2024"') });
    expect(result.graph.getEdgeAttribute("e", "end")).toBeUndefined();
  });

  it("has nothing to say about a graph whose dates are all readable", () => {
    const result = readGraphJson(graphWith("2023-06"));
    expect(result).toMatchObject({ ok: true, notes: [] });
  });
});
