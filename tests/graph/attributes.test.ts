// Specification of what the build writes on the graph, its nodes and its edges, value by value.
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build.ts";
import { layoutGraph, seededPosition } from "../../src/graph/layout.ts";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import { loadDataFolder } from "../../src/load/read-folder.ts";
import { validateFiles } from "../../src/load/validate.ts";
import { TINY_RELATIONS, TINY_SOURCES, tinyFiles } from "../helpers/tiny-data.ts";

function tinyDataset(overrides: Parameters<typeof tinyFiles>[0] = {}) {
  const result = validateFiles(tinyFiles(overrides));
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("; "));
  return result.dataset;
}

describe("buildGraph: graph attributes", () => {
  it("names a one-source graph after its source, a graph of several after their count, and takes a given name", () => {
    expect(buildGraph(tinyDataset(), { layout: false }).getAttribute("name")).toBe("A test document");
    const twoSources = tinyDataset({ sources: `${TINY_SOURCES}- id: other\n  title: Another document\n  kind: article\n  file: doc.txt\n` });
    expect(buildGraph(twoSources, { layout: false }).getAttribute("name")).toBe("2 sources");
    expect(buildGraph(tinyDataset(), { layout: false, name: "Drone deliveries" }).getAttribute("name")).toBe("Drone deliveries");
  });

  it("carries the ontology and the sources, so a viewer or export stands alone", () => {
    const dataset = tinyDataset();
    const graph = buildGraph(dataset, { layout: false });
    expect(graph.getAttribute("ontology")).toEqual(dataset.ontology);
    expect(graph.getAttribute("sources").map((s) => s.id)).toEqual(["doc"]);
  });

  it("carries the bundled ontology's relation families and quantity names, without the extraction cues", async () => {
    const seed = await loadDataFolder("graph-data");
    if (!seed.ok) throw new Error("graph-data does not validate");
    const ontology = buildGraph(seed.dataset, { layout: false }).getAttribute("ontology");
    expect(ontology.relationFamilies).toEqual(seed.dataset.ontology.relationFamilies);
    expect(ontology.quantityNames).toEqual(seed.dataset.ontology.quantityNames);
    expect(ontology.relationTypes.some((t) => "cues" in t)).toBe(false);
    expect(ontology.relationFamilies!.length).toBeGreaterThan(0);
  });
});

describe("buildGraph: node sizes", () => {
  it("grows from 4 for an entity without relations to 18 for the most connected, by the square root of degree", () => {
    const graph = buildGraph(tinyDataset(), { layout: false });
    // Degrees: russia and kyiv 2, iran and ukraine 1, shahed-136 0 (only an item).
    expect(graph.mapNodes((node, { size }) => `${node} ${size}`)).toEqual(["iran 13.9", "russia 18", "ukraine 13.9", "kyiv 18", "shahed-136 4"]);
  });
});

describe("buildGraph: edge attributes", () => {
  it("writes a relation's fields, its type's label, colour and direction, and its corroboration, with no keys for fields it lacks", () => {
    const graph = buildGraph(tinyDataset(), { layout: false });
    expect(graph.getEdgeAttributes("iran:supplies:russia")).toEqual({
      type: "supplies", label: "supplies", color: "#d62728", directed: true, status: "reported",
      assertedBy: [], items: ["shahed-136"], quantities: {},
      evidence: [{ source: "doc", quote: 'Iran has provided Russia with "suicide drones"' }],
      sourceCount: 1, stanceCounts: { reported: 1 }, supportedBy: [], deniedBy: [], contested: false,
    });
    const relationKeys = ["type", "label", "color", "directed", "date", "status", "assertedBy", "items", "quantities", "evidence"];
    const derivedKeys = ["sourceCount", "stanceCounts", "supportedBy", "deniedBy", "contested"];
    expect(Object.keys(graph.getEdgeAttributes("russia:attacked:kyiv:2023-05-28"))).toEqual([...relationKeys, ...derivedKeys]);
    const withNote = TINY_RELATIONS.replace("  date: 2023-05-28\n", "  date: 2023-05-28\n  note: Date from context.\n");
    const noted = buildGraph(tinyDataset({ relations: withNote }), { layout: false }).getEdgeAttributes("russia:attacked:kyiv:2023-05-28");
    expect(Object.keys(noted)).toEqual([...relationKeys.slice(0, -1), "note", "evidence", ...derivedKeys]);
  });

  it("dates a relation's first report by its earliest dated source", () => {
    const sources = `${TINY_SOURCES}  date: 2023-06\n`;
    const attributes = buildGraph(tinyDataset({ sources }), { layout: false }).getEdgeAttributes("iran:supplies:russia");
    expect(attributes.firstReported).toBe("2023-06");
    expect(Object.keys(attributes).at(-1)).toBe("firstReported");
  });

  it("keeps an end, a role and a note when the relation has them", () => {
    for (const [field, value] of [["end", "2023-06"], ["role", "Commander"], ["note", "Date from context."]] as const) {
      const relations = TINY_RELATIONS.replace("  date: 2023-05-28\n", `  date: 2023-05-28\n  ${field}: ${value}\n`);
      const attributes = buildGraph(tinyDataset({ relations }), { layout: false }).getEdgeAttributes("russia:attacked:kyiv:2023-05-28");
      expect(attributes).toMatchObject({ type: "attacked", label: "attacked", color: "#000000", directed: true, date: "2023-05-28", [field]: value, status: "reported" });
    }
  });
});

describe("layout options", () => {
  it("refuses a progress callback that is not a function, naming what it got", () => {
    expect(() => layoutGraph(new MultiDirectedGraph() as unknown as KnowledgeGraph, { onProgress: "yes" as never })).toThrow(
      new TypeError("layout option onProgress must be a function (done, total) => void, got string"),
    );
  });
});

describe("seededPosition", () => {
  it("spreads keys over the whole disc of the given radius, in every direction, and never outside it", () => {
    const points = Array.from({ length: 400 }, (_, i) => seededPosition(`entity-${i}`, 1, 50));
    const distances = points.map(({ x, y }) => Math.hypot(x, y));
    expect(Math.max(...distances)).toBeLessThanOrEqual(50);
    expect(Math.max(...distances)).toBeGreaterThan(48);
    expect(Math.min(...distances)).toBeLessThan(10);
    const quadrants = new Set(points.map(({ x, y }) => `${Math.sign(x)},${Math.sign(y)}`));
    expect([...quadrants].sort()).toEqual(["-1,-1", "-1,1", "1,-1", "1,1"]);
    // Uniform over the disc: about a quarter of the points fall inside half the radius.
    expect(distances.filter((d) => d < 25).length / points.length).toBeCloseTo(0.25, 1);
  });

  it("gives a key the same point for the same seed and another for another seed", () => {
    expect(seededPosition("kyiv", 1, 10)).toEqual(seededPosition("kyiv", 1, 10));
    expect(seededPosition("kyiv", 2, 10)).not.toEqual(seededPosition("kyiv", 1, 10));
    expect(seededPosition("kyiv", 1, 10)).not.toEqual(seededPosition("kyiv2", 1, 10));
  });
});

describe("layoutGraph: entities without relations", () => {
  /** Four connected nodes and `isolated` nodes without relations. */
  function withIsolated(isolated: number): KnowledgeGraph {
    const graph = new MultiDirectedGraph() as unknown as KnowledgeGraph;
    for (const key of ["a", "b", "c", "d", ...Array.from({ length: isolated }, (_, i) => `lone-${i}`)]) graph.addNode(key, { x: 0, y: 0, size: 1 } as never);
    graph.addEdge("a", "b");
    graph.addEdge("b", "c");
    graph.addEdge("c", "d");
    graph.addEdge("d", "a");
    return graph;
  }

  it("sets them in an evenly spaced row, centred under the rest, 6% of its extent below it", () => {
    const graph = withIsolated(3);
    layoutGraph(graph, { iterations: 50, precision: 6 });
    const connected = ["a", "b", "c", "d"].map((n) => graph.getNodeAttributes(n));
    const [minX, maxX] = [Math.min(...connected.map((p) => p.x)), Math.max(...connected.map((p) => p.x))];
    const [minY, maxY] = [Math.min(...connected.map((p) => p.y)), Math.max(...connected.map((p) => p.y))];
    const gap = Math.max(maxX - minX, maxY - minY) * 0.06;
    const lone = ["lone-0", "lone-1", "lone-2"].map((n) => graph.getNodeAttributes(n));
    for (const { y } of lone) expect(y).toBeCloseTo(minY - gap, 4);
    const step = Math.min(gap * 1.5, (maxX - minX) / 2);
    expect(lone[1]!.x - lone[0]!.x).toBeCloseTo(step, 4);
    expect(lone[2]!.x - lone[1]!.x).toBeCloseTo(step, 4);
    expect(lone[1]!.x).toBeCloseTo((minX + maxX) / 2, 4);
  });

  it("spaces a long row so that it is no wider than the rest of the graph", () => {
    const graph = withIsolated(40);
    layoutGraph(graph, { iterations: 50, precision: 6 });
    const xs = (keys: string[]) => keys.map((n) => graph.getNodeAttribute(n, "x"));
    const connected = xs(["a", "b", "c", "d"]);
    const lone = xs(Array.from({ length: 40 }, (_, i) => `lone-${i}`));
    const width = Math.max(...connected) - Math.min(...connected);
    expect(lone[1]! - lone[0]!).toBeCloseTo(width / 39, 4);
    expect(Math.max(...lone) - Math.min(...lone)).toBeCloseTo(width, 3);
  });

  it("leaves unconnected entities at their seeded start when the layout runs no iterations", () => {
    const graph = withIsolated(2);
    layoutGraph(graph, { iterations: 0, precision: 6 });
    const radius = Math.max(10, Math.sqrt(6) * 10);
    const start = seededPosition("lone-1", 1, radius);
    expect(graph.getNodeAttribute("lone-1", "x")).toBeCloseTo(start.x, 5);
    expect(graph.getNodeAttribute("lone-1", "y")).toBeCloseTo(start.y, 5);
  });

  it("leaves a graph with no relations at all spread out, with no row to line up under", () => {
    const graph = new MultiDirectedGraph() as unknown as KnowledgeGraph;
    for (const key of ["p", "q", "r"]) graph.addNode(key, { x: 0, y: 0, size: 1 } as never);
    layoutGraph(graph, { iterations: 10 });
    const points = graph.mapNodes((_node, { x, y }) => [x, y]);
    for (const [x, y] of points) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    expect(new Set(points.map(([, y]) => y)).size).toBe(3);
  });
});
