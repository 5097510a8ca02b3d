// The relation indexes the queries read (each entity's relations, the relations listing each item): built once per graph, dropped when the graph changes.
import { describe, expect, it } from "vitest";
import { adjacencyOf, itemRelationsOf, prepareAdjacency } from "../../src/query/adjacency.ts";
import { neighborhood } from "../../src/query/neighborhood.ts";
import { shortestPath } from "../../src/query/paths.ts";
import { makeGraph } from "./fixture.ts";

describe("adjacencyOf", () => {
  it("indexes a graph once however many queries run on it, leaving one listener per change event", () => {
    const graph = makeGraph(["p", "q", "r"], [{ source: "p", target: "q" }]);
    for (let i = 0; i < 20; i++) shortestPath(graph, "p", "q");
    expect(graph.listenerCount("edgeAdded")).toBe(1);
    expect(graph.listenerCount("nodeAttributesUpdated")).toBe(1);
  });

  it("indexes the relations listing each item separately, and sees items changed after an earlier query", () => {
    const graph = makeGraph(["p", "q", "r"], [{ id: "p-q", source: "p", target: "q" }]);
    expect(itemRelationsOf(graph, "r")).toEqual([]);
    graph.setEdgeAttribute("p-q", "items", ["r"]);
    expect(itemRelationsOf(graph, "r")).toEqual(["p-q"]);
    expect(neighborhood(graph, "r", 1).asItem).toEqual(["p-q"]);
    // One listener per index: the relations of each entity, and the relations listing each item.
    shortestPath(graph, "p", "q");
    expect(graph.listenerCount("edgeAttributesUpdated")).toBe(2);
  });

  it("keeps its index while entities only move, and still follows a change of an entity's type", () => {
    const graph = makeGraph(["p", "q", "r"], [{ source: "p", target: "q" }, { source: "q", target: "r" }]);
    const throughY = { excludeEntityTypes: ["y"] };
    expect(shortestPath(graph, "p", "r", throughY)?.steps).toHaveLength(2);
    const before = adjacencyOf(graph, "q");
    // What a layout does: every entity moved at once, with no hint of which attributes changed.
    graph.updateEachNodeAttributes((_node, attrs) => ({ ...attrs, x: attrs.x + 1 }));
    graph.setNodeAttribute("p", "y", 5);
    expect(adjacencyOf(graph, "q")).toBe(before);
    graph.setNodeAttribute("q", "type", "y");
    expect(shortestPath(graph, "p", "r", throughY)).toBeNull();
    expect(adjacencyOf(graph, "q")).not.toBe(before);
  });

  it("is the same built a slice at a time as at once, and a slice-at-a-time build is finished by the first query", async () => {
    const nodes = Array.from({ length: 3000 }, (_, i) => `n${i}`);
    const edges = nodes.map((node, i) => ({ source: node, target: nodes[(i + 1) % nodes.length]! }));
    const atOnce = makeGraph(nodes, edges);
    const inSlices = makeGraph(nodes, edges);
    const left = makeGraph(nodes, edges);
    await prepareAdjacency(inSlices, () => Promise.resolve(), () => true);
    await prepareAdjacency(left, () => Promise.resolve(), () => false);
    for (const node of ["n0", "n1500", "n2999"]) {
      expect(adjacencyOf(inSlices, node)).toEqual(adjacencyOf(atOnce, node));
      expect(adjacencyOf(left, node)).toEqual(adjacencyOf(atOnce, node));
    }
    expect(shortestPath(left, "n0", "n5")?.steps).toHaveLength(5);
  });

  it("sees a relation added while, or after, it was built a slice at a time", async () => {
    const nodes = Array.from({ length: 20_000 }, (_, i) => `n${i}`);
    const graph = makeGraph(nodes, nodes.map((node, i) => ({ source: node, target: nodes[(i + 1) % nodes.length]! })));
    const addShortcut = async () => {
      if (!graph.hasEdge("shortcut")) graph.addDirectedEdgeWithKey("shortcut", "n0", "n2000", graph.getEdgeAttributes(graph.edges()[0]!));
    };
    // Between two slices when the build takes more than one (it then stops), or after it.
    await prepareAdjacency(graph, addShortcut, () => true);
    await addShortcut();
    expect(shortestPath(graph, "n0", "n2001")?.steps).toHaveLength(2);
  });

  it("gives an entity without relations no steps", () => {
    const graph = makeGraph(["p", "q", "r"], [{ source: "p", target: "q" }]);
    expect(neighborhood(graph, "r", 2, { direction: "any", statuses: ["reported", "confirmed", "alleged", "planned", "denied"] }).distance).toEqual({ r: 0 });
    expect(shortestPath(graph, "r", "p", { direction: "any" })).toBeNull();
  });
});
