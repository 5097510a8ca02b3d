// Specification of the layout: ForceAtlas2 from seeded starts, its iterations bounded on large graphs,
// Barnes-Hut from a node count on, and exactly what the package itself computes.
import { MultiDirectedGraph } from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { describe, expect, it } from "vitest";
import { DEFAULT_LAYOUT_OPTIONS, layoutGraph, layoutIterations, resolveLayoutOptions, seededPosition } from "../../src/graph/layout.ts";
import type { KnowledgeGraph } from "../../src/graph/types.ts";

/** A ring of `order` nodes with a chord every seventh node: connected, so no node is set aside as isolated. */
function ring(order: number): KnowledgeGraph {
  const graph = new MultiDirectedGraph() as unknown as KnowledgeGraph;
  for (let i = 0; i < order; i++) graph.addNode(`n${i}`, { x: 0, y: 0, size: 1 } as never);
  for (let i = 0; i < order; i++) {
    graph.addEdge(`n${i}`, `n${(i + 1) % order}`);
    if (i % 7 === 0) graph.addEdge(`n${i}`, `n${(i + order / 2) % order | 0}`);
  }
  return graph;
}

/** Positions of a graph as "key x y" lines. */
function positions(graph: KnowledgeGraph): string[] {
  return graph.mapNodes((key, { x, y }) => `${key} ${x} ${y}`);
}

/** What graphology-layout-forceatlas2 alone gives from the same seeded start, rounded as the build rounds. */
function packageLayout(order: number, iterations: number, barnesHutOptimize: boolean): string[] {
  const graph = ring(order);
  const radius = Math.max(10, Math.sqrt(order) * 10);
  graph.updateEachNodeAttributes((key, attrs) => ({ ...attrs, ...seededPosition(key, DEFAULT_LAYOUT_OPTIONS.seed, radius) }));
  forceAtlas2.assign(graph, { iterations, settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize } });
  const round = (v: number) => Math.round(v * 100) / 100 + 0;
  graph.updateEachNodeAttributes((_key, attrs) => ({ ...attrs, x: round(attrs.x), y: round(attrs.y) }));
  return positions(graph);
}

describe("layoutIterations", () => {
  it("gives graphs up to 3,333 nodes the full 600 iterations (the README's figures)", () => {
    expect(layoutIterations(2, resolveLayoutOptions())).toBe(600);
    expect(layoutIterations(3333, resolveLayoutOptions())).toBe(600);
  });

  it("bounds larger graphs to 2,000,000 node-iterations: 3,334 nodes get 599, 10,000 get 200, 200,000 get 10", () => {
    expect(layoutIterations(3334, resolveLayoutOptions())).toBe(599);
    expect(layoutIterations(10_000, resolveLayoutOptions())).toBe(200);
    expect(layoutIterations(200_000, resolveLayoutOptions())).toBe(10);
  });

  it("always runs at least one iteration, however large the graph", () => {
    expect(layoutIterations(5_000_000, resolveLayoutOptions())).toBe(1);
  });

  it("runs none when iterations are 0 or there is at most one node to place", () => {
    expect(layoutIterations(100, resolveLayoutOptions({ iterations: 0 }))).toBe(0);
    expect(layoutIterations(1, resolveLayoutOptions())).toBe(0);
    expect(layoutIterations(0, resolveLayoutOptions())).toBe(0);
  });

  it("never runs more than asked", () => {
    expect(layoutIterations(10, resolveLayoutOptions({ iterations: 7 }))).toBe(7);
  });
});

describe("layoutGraph", () => {
  it("switches to Barnes-Hut at 2,000 nodes by default", () => {
    expect(DEFAULT_LAYOUT_OPTIONS.barnesHutFrom).toBe(2000);
  });

  it("runs the bounded number of iterations, reporting each one", () => {
    const done: string[] = [];
    layoutGraph(ring(50), { maxNodeIterations: 1000, onProgress: (i, total) => done.push(`${i}/${total}`) });
    expect(done).toHaveLength(20);
    expect(done[0]).toBe("1/20");
    expect(done.at(-1)).toBe("20/20");
  });

  it("gives exactly the positions ForceAtlas2 gives from the seeded start, exact below the Barnes-Hut threshold", () => {
    const graph = ring(40);
    layoutGraph(graph, { iterations: 30, barnesHutFrom: 41 });
    expect(positions(graph)).toEqual(packageLayout(40, 30, false));
  });

  it("uses Barnes-Hut from the threshold on, which places nodes differently", () => {
    const graph = ring(40);
    layoutGraph(graph, { iterations: 30, barnesHutFrom: 40 });
    expect(positions(graph)).toEqual(packageLayout(40, 30, true));
    expect(packageLayout(40, 30, true)).not.toEqual(packageLayout(40, 30, false));
  });

  it("rounds coordinates to the asked precision and never writes -0", () => {
    const graph = ring(30);
    layoutGraph(graph, { iterations: 5, precision: 1 });
    graph.forEachNode((_key, { x, y }) => {
      expect(Math.round(x * 10) / 10).toBe(x);
      expect(Math.round(y * 10) / 10).toBe(y);
      expect(Object.is(x, -0) || Object.is(y, -0)).toBe(false);
    });
  });

  it("writes 0, not -0, for a coordinate that rounds to zero from below", () => {
    // n122's seeded start in a two-node graph is x = -0.41: at precision 0 it rounds to zero from below.
    const graph = new MultiDirectedGraph() as unknown as KnowledgeGraph;
    for (const key of ["n122", "n123"]) graph.addNode(key, { x: 0, y: 0, size: 1 } as never);
    layoutGraph(graph, { iterations: 0, precision: 0 });
    expect(Object.is(graph.getNodeAttribute("n122", "x"), 0)).toBe(true);
  });

  it("gives a graph of unconnected entities only finite coordinates: there is no connected part to line them up under", () => {
    const graph = new MultiDirectedGraph() as unknown as KnowledgeGraph;
    for (let i = 0; i < 5; i++) graph.addNode(`lone-${i}`, { x: 0, y: 0, size: 1 } as never);
    layoutGraph(graph, { iterations: 10 });
    graph.forEachNode((_key, { x, y }) => {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    });
    expect(new Set(graph.mapNodes((_key, { y }) => y)).size).toBeGreaterThan(1);
  });

  it("keeps the seeded start positions when iterations are 0", () => {
    const graph = ring(12);
    layoutGraph(graph, { iterations: 0, precision: 6 });
    const radius = Math.max(10, Math.sqrt(12) * 10);
    const start = seededPosition("n3", 1, radius);
    expect(graph.getNodeAttribute("n3", "x")).toBeCloseTo(start.x, 5);
    expect(graph.getNodeAttribute("n3", "y")).toBeCloseTo(start.y, 5);
  });
});

describe("seededPosition", () => {
  it("gives every key the same start in every version, so a rebuilt graph keeps its layout", () => {
    expect(seededPosition("kyiv", 1, 100)).toEqual({ x: 80.62642399387155, y: -42.173772218130196 });
    expect(seededPosition("iran", 7, 50)).toEqual({ x: 32.204735990825405, y: 8.381184408738678 });
  });
});
