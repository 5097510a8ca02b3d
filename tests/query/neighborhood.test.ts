// What lies within a few steps of an entity, under the same filters as paths.
import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import { QueryOptionError, UnknownEntityError } from "../../src/query/errors.ts";
import { neighborhood } from "../../src/query/neighborhood.ts";
import { makeGraph, seedGraph } from "./fixture.ts";

let seed: KnowledgeGraph;
beforeAll(async () => {
  seed = await seedGraph();
});

describe("neighborhood", () => {
  it("refuses an unknown entity and a negative number of hops", () => {
    expect(() => neighborhood(seed, "irgcc", 1)).toThrow(UnknownEntityError);
    expect(() => neighborhood(seed, "irgc", -1)).toThrow(QueryOptionError);
  });

  it("returns the entities one step out and the relations among them, without denied claims by default", () => {
    const result = neighborhood(seed, "irgc", 1);
    expect(result.distance).toEqual({ iran: 1, irgc: 0, "russian-armed-forces": 1, crimea: 1 });
    expect(result.graph.edges().sort()).toEqual(["irgc-deployed-to-crimea", "irgc-trains-russian-armed-forces", "irgc:part-of:iran"]);
  });

  it("includes denied claims when every status is asked for", () => {
    const result = neighborhood(seed, "irgc", 1, { statuses: ["reported", "denied"] });
    expect(result.graph.hasEdge("irgc-deployed-to-crimea-denied")).toBe(true);
  });

  it("goes further with more hops and keeps the relations among the entities reached", () => {
    const result = neighborhood(seed, "irgc", 2);
    expect(result.distance.russia).toBe(2);
    expect(result.graph.hasEdge("iran:aligned-with:russia")).toBe(true);
    expect(result.graph.getAttributes().ontology).toBe(seed.getAttributes().ontology);
  });

  it("keeps to time order when asked", () => {
    const graph = makeGraph(["c", "p", "q"], [
      { source: "c", target: "p", date: "2023" },
      { source: "p", target: "q", date: "2022" },
    ]);
    expect(Object.keys(neighborhood(graph, "c", 2).distance).sort()).toEqual(["c", "p", "q"]);
    expect(Object.keys(neighborhood(graph, "c", 2, { timeRespecting: true }).distance).sort()).toEqual(["c", "p"]);
  });
});

describe("neighborhood, time order and reach", () => {
  it("accepts any number of hops, however large, and stops when nothing new is reached", () => {
    // p and q point at each other, so a walk could go round forever.
    const graph = makeGraph(["p", "q", "r", "s"], [
      { source: "p", target: "q" },
      { source: "q", target: "p" },
      { source: "q", target: "r" },
    ]);
    expect(neighborhood(graph, "p", Number.MAX_SAFE_INTEGER).distance).toEqual({ p: 0, q: 1, r: 2 });
    expect(neighborhood(graph, "p", Number.MAX_SAFE_INTEGER, { timeRespecting: true }).distance).toEqual({ p: 0, q: 1, r: 2 });
  });

  const cases: [string, string[], Parameters<typeof makeGraph>[1], Record<string, number>][] = [
    [
      "takes a step dated the same day as the step before it",
      ["c", "p", "q"],
      [
        { source: "c", target: "p", date: "2023-05-01" },
        { source: "p", target: "q", date: "2023-05-01" },
      ],
      { c: 0, p: 1, q: 2 },
    ],
    [
      "does not let an undated step reset the time order",
      ["c", "p", "q", "r"],
      [
        { source: "c", target: "p", date: "2023" },
        { source: "p", target: "q" },
        { source: "q", target: "r", date: "2022" },
      ],
      { c: 0, p: 1, q: 2 },
    ],
    [
      "reaches an entity again by a longer but earlier route when that opens steps the first route could not take",
      ["c", "x", "m", "y"],
      [
        { source: "c", target: "x", date: "2023" },
        { source: "c", target: "m", date: "2020" },
        { source: "m", target: "x", date: "2021" },
        { source: "x", target: "y", date: "2022" },
      ],
      { c: 0, x: 1, m: 1, y: 3 },
    ],
  ];
  it.each(cases)("in time order, %s", (_what, nodes, edges, distance) => {
    expect(neighborhood(makeGraph(nodes, edges), "c", 3, { timeRespecting: true }).distance).toEqual(distance);
  });
});
