// The relation index the searches read: built once per graph, dropped when the graph changes.
import { describe, expect, it } from "vitest";
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

  it("gives an entity without relations no steps", () => {
    const graph = makeGraph(["p", "q", "r"], [{ source: "p", target: "q" }]);
    expect(neighborhood(graph, "r", 2, { direction: "any", statuses: ["reported", "confirmed", "alleged", "planned", "denied"] }).distance).toEqual({ r: 0 });
    expect(shortestPath(graph, "r", "p", { direction: "any" })).toBeNull();
  });
});
