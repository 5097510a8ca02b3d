// The relation indexes the queries read (each entity's relations, the relations listing each item): built once per graph, dropped when the graph changes.
import { describe, expect, it } from "vitest";
import { itemRelationsOf } from "../../src/query/adjacency.ts";
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

  it("gives an entity without relations no steps", () => {
    const graph = makeGraph(["p", "q", "r"], [{ source: "p", target: "q" }]);
    expect(neighborhood(graph, "r", 2, { direction: "any", statuses: ["reported", "confirmed", "alleged", "planned", "denied"] }).distance).toEqual({ r: 0 });
    expect(shortestPath(graph, "r", "p", { direction: "any" })).toBeNull();
  });
});
