// GEXF details a Gephi user meets: which viz values are written, the timeline's first days and
// last-modified date, the option checks, and the warnings that name where a character was replaced.
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { ExportOptionError, InvalidGraphError, graphToGexf, resolveGexfOptions, validateGexfOptions } from "../../src/index.ts";
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from "../../src/graph/types.ts";
import { addRelation } from "./helpers.ts";

function smallGraph(sources: GraphAttributes["sources"] = []): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.replaceAttributes({ name: "River board", sources } as unknown as GraphAttributes);
  for (const id of ["north", "south", "east"]) {
    graph.addNode(id, { label: id.toUpperCase(), type: "group", aliases: [], description: "", color: "#102030", size: 2, x: 1, y: 1 });
  }
  return graph;
}

function relate(graph: KnowledgeGraph, key: string, source: string, target: string, extra: Partial<EdgeAttributes> = {}) {
  addRelation(graph, key, source, target, { type: "funds", label: "funds", ...extra });
}

const nodeElement = (gexf: string, id: string) => new RegExp(`<node id="${id}"[^]*?</node>`).exec(gexf)![0];

describe("viz values of a node", () => {
  it.each([
    ["a size of zero is written", { size: 0 }, `<viz:size value="0"/>`, true],
    ["a negative size is left out", { size: -1 }, "<viz:size", false],
    ["a size that is not a number is left out", { size: Number.NaN }, "<viz:size", false],
    ["an infinite size is left out", { size: Number.POSITIVE_INFINITY }, "<viz:size", false],
    ["a position is written when both x and y are finite", { x: -2.5, y: 4 }, `<viz:position x="-2.5" y="4"/>`, true],
    ["no position when y is not a number", { x: 3, y: Number.NaN }, "<viz:position", false],
    ["no position when x is infinite", { x: Number.NEGATIVE_INFINITY, y: 3 }, "<viz:position", false],
    ["#rgb colours are doubled per channel", { color: "#0aF" }, `<viz:color r="0" g="170" b="255"/>`, true],
    ["#rrggbb colours are read per channel", { color: "#FF8000" }, `<viz:color r="255" g="128" b="0"/>`, true],
    ["a named colour has no viz:color", { color: "red" }, "<viz:color", false],
    ["text before the hash gives no viz:color", { color: "x#abc" }, "<viz:color", false],
    ["text after a short colour gives no viz:color", { color: "#abcx" }, "<viz:color", false],
    ["text before a long colour gives no viz:color", { color: "x#aabbcc" }, "<viz:color", false],
    ["text after a long colour gives no viz:color", { color: "#aabbccx" }, "<viz:color", false],
    ["a non-hex first digit gives no viz:color", { color: "#gbc" }, "<viz:color", false],
    ["a non-hex second digit gives no viz:color", { color: "#agc" }, "<viz:color", false],
    ["a non-hex third digit gives no viz:color", { color: "#abg" }, "<viz:color", false],
  ])("%s", (_case, attributes, text, present) => {
    const graph = smallGraph();
    graph.mergeNodeAttributes("north", attributes as Partial<NodeAttributes>);
    const node = nodeElement(graphToGexf(graph, { mode: "static" }), "north");
    if (present) expect(node).toContain(text);
    else expect(node).not.toContain(text);
  });
});

describe("GEXF timeline", () => {
  it("starts an entity at its earliest relation even when a later one comes first", () => {
    const graph = smallGraph();
    relate(graph, "late", "north", "south", { date: "2021-09" });
    relate(graph, "early", "north", "east", { date: "2020-03-15" });
    const gexf = graphToGexf(graph);
    expect(gexf).toContain(`<node id="north" label="NORTH" start="2020-03-15">`);
    expect(gexf).toContain(`<node id="south" label="SOUTH" start="2021-09-01">`);
  });

  it("takes the last-modified date from the first day of a relation's end", () => {
    const graph = smallGraph();
    relate(graph, "span", "north", "south", { date: "2020-01", end: "2022-06" });
    expect(graphToGexf(graph)).toContain(`<meta lastmodifieddate="2022-06-01">`);
  });

  it("takes the last-modified date from a source newer than every relation", () => {
    const graph = smallGraph([{ id: "s1", title: "Minutes", kind: "article", file: "m.txt", date: "2024-02", text: "" }] as GraphAttributes["sources"]);
    relate(graph, "r", "north", "south", { date: "2020-01" });
    expect(graphToGexf(graph)).toContain(`<meta lastmodifieddate="2024-02-01">`);
  });

  it("writes no last-modified date for a graph without any date", () => {
    expect(graphToGexf(smallGraph())).toContain(`  <meta>\n`);
  });

  it("is dynamic when asked, even for an undated graph", () => {
    expect(graphToGexf(smallGraph(), { mode: "dynamic" })).toContain(`<graph defaultedgetype="directed" mode="dynamic" timeformat="date">`);
  });

  it.each([
    ["a malformed relation date", { date: "2021-13" }, [], /^relation "bad" date: /],
    ["a malformed relation end", { date: "2021-01", end: "2021-99" }, [], /^relation "bad" end: /],
    ["a malformed source date", {}, [{ id: "memo", title: "Memo", kind: "article", file: "m.txt", date: "someday", text: "" }], /^source "memo" date: /],
  ])("rejects %s with an InvalidGraphError naming it", (_case, extra, sources, message) => {
    const graph = smallGraph(sources as GraphAttributes["sources"]);
    relate(graph, "bad", "north", "south", extra);
    const error = (() => {
      try {
        graphToGexf(graph);
      } catch (caught) {
        return caught as Error;
      }
      throw new Error("no error");
    })();
    expect(error).toBeInstanceOf(InvalidGraphError);
    expect(error.name).toBe("InvalidGraphError");
    expect(error.message).toMatch(message);
  });
});

describe("GEXF options", () => {
  it("treats an explicit undefined as the default", () => {
    expect(resolveGexfOptions({ mode: undefined, now: undefined })).toEqual(resolveGexfOptions({}));
  });

  it("rejects a `now` that is not a string with an ExportOptionError", () => {
    const error = (() => {
      try {
        validateGexfOptions(resolveGexfOptions({ now: 20230601 as never }));
      } catch (caught) {
        return caught as Error;
      }
      throw new Error("no error");
    })();
    expect(error).toBeInstanceOf(ExportOptionError);
    expect(error.name).toBe("ExportOptionError");
    expect(error.message).toBe("GEXF option now must be a day as YYYY-MM-DD (or unset to use the data's newest date), got 20230601");
  });
  it("rejects a `now` given as a String object, even one that reads as a day", () => {
    expect(() => validateGexfOptions(resolveGexfOptions({ now: new String("2023-06-01") as never }))).toThrow(
      'GEXF option now must be a day as YYYY-MM-DD (or unset to use the data\'s newest date), got "2023-06-01"',
    );
  });
});

describe("GEXF warnings name the element and field", () => {
  it.each([
    ["the graph's description", (g: KnowledgeGraph) => g.setAttribute("name", "River\u0007board"), 'graph "River\u0007board" description: replaced 1 character that XML 1.0 forbids (U+0007) with U+FFFD'],
    ["a node id", (g: KnowledgeGraph) => g.addNode("we\u0001st", { label: "West", type: "group", aliases: [], description: "", color: "#000000", size: 1, x: 0, y: 0 }), 'node "we\u0001st" id: replaced 1 character that XML 1.0 forbids (U+0001) with U+FFFD'],
    ["a relation id", (g: KnowledgeGraph) => relate(g, "r\u0002", "north", "south"), 'edge "r\u0002" id: replaced 1 character that XML 1.0 forbids (U+0002) with U+FFFD'],
    ["a relation kind", (g: KnowledgeGraph) => relate(g, "r", "north", "south", { type: "fu\u0003nds" }), 'edge "r" kind: replaced 1 character that XML 1.0 forbids (U+0003) with U+FFFD'],
    ["a relation label", (g: KnowledgeGraph) => relate(g, "r", "north", "south", { label: "fu\u0004nds" }), 'edge "r" label: replaced 1 character that XML 1.0 forbids (U+0004) with U+FFFD'],
    [
      "more than five different characters, listing the first five",
      (g: KnowledgeGraph) => g.mergeNodeAttributes("north", { description: "\u0001\u0002\u0003\u0004\u0005\u0006\u0001" }),
      'node "north" description: replaced 7 characters that XML 1.0 forbids (U+0001, U+0002, U+0003, U+0004, U+0005) with U+FFFD',
    ],
  ])("%s", (_case, spoil, warning) => {
    const graph = smallGraph();
    spoil(graph);
    const warnings: string[] = [];
    graphToGexf(graph, { mode: "static", onWarning: (message) => warnings.push(message) });
    expect(warnings).toContain(warning);
  });
});
