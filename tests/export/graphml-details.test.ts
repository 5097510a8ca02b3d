// GraphML details a networkx user meets: the warnings that say where a character was replaced,
// graph data for a graph without sources, and whole documents for graphs bigger than one chunk.
import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { graphToGexf, graphToGraphml, graphToJson } from "../../src/index.ts";
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from "../../src/graph/types.ts";
import { addRelation } from "./helpers.ts";

function smallGraph(): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.replaceAttributes({ name: "Lake compact" } as unknown as GraphAttributes);
  for (const id of ["west", "east"]) {
    graph.addNode(id, { label: id.toUpperCase(), type: "group", aliases: [], description: "", color: "#224466", size: 1, x: 0, y: 0 });
  }
  return graph;
}

function relate(graph: KnowledgeGraph, key: string, source: string, target: string, extra: Partial<EdgeAttributes> = {}) {
  addRelation(graph, key, source, target, { type: "allied-with", label: "allied with", ...extra });
}

describe("graphToGraphml warnings name the element and field", () => {
  it.each([
    ["the graph's name", (g: KnowledgeGraph) => g.setAttribute("name", "Lake\u0007compact"), 'graph "Lake\u0007compact" name: replaced 1 character that XML 1.0 forbids (U+0007) with U+FFFD'],
    ["a node id", (g: KnowledgeGraph) => g.addNode("no\u0001rth", { label: "North", type: "group", aliases: [], description: "", color: "#000000", size: 1, x: 0, y: 0 }), 'node "no\u0001rth" id: replaced 1 character that XML 1.0 forbids (U+0001) with U+FFFD'],
    ["a relation id", (g: KnowledgeGraph) => relate(g, "r\u0002", "west", "east"), 'edge "r\u0002" id: replaced 1 character that XML 1.0 forbids (U+0002) with U+FFFD'],
    ["a relation note", (g: KnowledgeGraph) => relate(g, "r", "west", "east", { note: "see\u0003 minutes" }), 'edge "r" note: replaced 1 character that XML 1.0 forbids (U+0003) with U+FFFD'],
  ])("%s", (_case, spoil, warning) => {
    const graph = smallGraph();
    spoil(graph);
    const warnings: string[] = [];
    graphToGraphml(graph, (message) => warnings.push(message));
    expect(warnings).toEqual([warning]);
  });

  it("names the source and target fields of a relation between entities whose ids need replacing", () => {
    const graph = smallGraph();
    graph.addNode("a\u0005", { label: "A", type: "group", aliases: [], description: "", color: "#000000", size: 1, x: 0, y: 0 });
    relate(graph, "r", "a\u0005", "a\u0005");
    const warnings: string[] = [];
    graphToGraphml(graph, (message) => warnings.push(message));
    expect(warnings.filter((w) => w.startsWith('edge "r"'))).toEqual([
      'edge "r" source: replaced 1 character that XML 1.0 forbids (U+0005) with U+FFFD',
      'edge "r" target: replaced 1 character that XML 1.0 forbids (U+0005) with U+FFFD',
    ]);
  });
});

describe("graph data", () => {
  it("writes an empty sources list for a graph that has none", () => {
    expect(graphToGraphml(smallGraph())).toContain(`    <data key="g_sources">[]</data>\n`);
  });
});

describe("a graph bigger than one chunk", () => {
  function bigGraph(): KnowledgeGraph {
    const graph = smallGraph();
    const filler = "a long fictional description so that each entity takes a few hundred characters ".repeat(4);
    for (let i = 0; i < 800; i++) graph.addNode(`n${i}`, { label: `Node ${i}`, type: "group", aliases: [], description: filler, color: "#224466", size: 1, x: 0, y: 0 });
    for (let i = 1; i < 800; i++) relate(graph, `r${i}`, `n${i - 1}`, `n${i}`, { note: filler });
    return graph;
  }

  it("GraphML reads back whole through graphology-graphml", () => {
    const parsed = parse(MultiDirectedGraph, graphToGraphml(bigGraph()));
    expect([parsed.order, parsed.size]).toEqual([802, 799]);
  });

  it("JSON parses whole", () => {
    const parsed = JSON.parse(graphToJson(bigGraph()));
    expect([parsed.nodes.length, parsed.edges.length]).toEqual([802, 799]);
  });

  it("GEXF holds every node and edge element, and nothing between them", () => {
    const gexf = graphToGexf(bigGraph(), { mode: "static" });
    expect(gexf.match(/<node id=/g)).toHaveLength(802);
    expect(gexf.match(/<edge id=/g)).toHaveLength(799);
    expect(gexf).toMatch(/^<\?xml[^]*<\/gexf>\n$/);
  });
});
