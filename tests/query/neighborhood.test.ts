// What lies within a few steps of an entity, under the same filters as paths, and the relations that list it as an item.
import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import { QueryOptionError, UnknownEntityError } from "../../src/query/errors.ts";
import { neighborhood } from "../../src/query/neighborhood.ts";
import { corpusGraph, makeGraph, seedGraph } from "./fixture.ts";

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

  it("keeps only the claims some document denies when only denied is asked for", () => {
    const result = neighborhood(seed, "irgc", 1, { statuses: ["denied"] });
    expect(result.graph.edges().sort()).toEqual(["irgc-deployed-to-crimea", "irgc-trains-russian-armed-forces"]);
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

describe("neighborhood over a corpus", () => {
  let corpus: KnowledgeGraph;
  beforeAll(async () => {
    corpus = await corpusGraph();
  });

  it("lists the relations that name the entity among their items: the supply and the strike the drone was part of", () => {
    const result = neighborhood(corpus, "kestrel-9", 1, { direction: "any" });
    expect(result.asItem).toEqual(["valdoria-supplies-norvask", "norvask-attacked-port-halden"]);
    // Items are not ends: the relations' ends are not reached through them, only Norvask, which uses the drone.
    expect(result.distance).toEqual({ "kestrel-9": 0, norvask: 1 });
    expect(result.graph.edges()).toEqual(["norvask:uses:kestrel-9"]);
  });

  it("lists them whatever the direction, since the entity is at neither end", () => {
    const result = neighborhood(corpus, "kestrel-9", 1);
    expect(result.distance).toEqual({ "kestrel-9": 0 });
    expect(result.asItem).toEqual(["valdoria-supplies-norvask", "norvask-attacked-port-halden"]);
  });

  it("applies the relation filters to them", () => {
    expect(neighborhood(corpus, "kestrel-9", 1, { excludeContested: true }).asItem).toEqual(["norvask-attacked-port-halden"]);
    expect(neighborhood(corpus, "kestrel-9", 1, { minSources: 2 }).asItem).toEqual(["valdoria-supplies-norvask"]);
    expect(neighborhood(corpus, "kestrel-9", 1, { minSources: 4 }).asItem).toEqual([]);
    expect(neighborhood(corpus, "kestrel-9", 1, { includeRelationTypes: ["supplies"] }).asItem).toEqual(["valdoria-supplies-norvask"]);
  });

  it("lists none for an entity that is no relation's item", () => {
    expect(neighborhood(corpus, "valdoria", 2).asItem).toEqual([]);
  });

  it("takes only the steps the corroboration filters allow: with two sources, not the single-source strike or use of the drone", () => {
    expect(neighborhood(corpus, "valdoria", 2).distance).toEqual({ valdoria: 0, norvask: 1, "norvask-drone-corps": 1, "kestrel-9": 2, "port-halden": 2, "norvask-armed-forces": 2 });
    expect(neighborhood(corpus, "valdoria", 2, { minSources: 2 }).distance).toEqual({ valdoria: 0, norvask: 1, "norvask-drone-corps": 1, "norvask-armed-forces": 2 });
    expect(neighborhood(corpus, "valdoria", 1, { excludeContested: true }).graph.edges()).toEqual(["valdoria-trains-drone-corps"]);
  });
});

describe("neighborhood, relations listing the entity as an item", () => {
  it("does not list again a relation that has the entity at an end as well as among its items, and lists one that names it twice once", () => {
    const graph = makeGraph(["p", "q", "r"], [
      { id: "p-q", source: "p", target: "q" },
      { id: "r-p", source: "r", target: "p" },
      { id: "q-r", source: "q", target: "r" },
    ]);
    graph.setEdgeAttribute("p-q", "items", ["p"]);
    graph.setEdgeAttribute("r-p", "items", ["p"]);
    graph.setEdgeAttribute("q-r", "items", ["p", "p"]);
    const result = neighborhood(graph, "p", 1);
    expect(result.graph.edges()).toEqual(["p-q"]);
    expect(result.asItem).toEqual(["q-r"]);
    // Walking both ways, r-p is one of its relations too; q-r, now among its neighbours, stays listed as an item.
    const anyWay = neighborhood(graph, "p", 1, { direction: "any" });
    expect(anyWay.graph.edges()).toEqual(["p-q", "r-p", "q-r"]);
    expect(anyWay.asItem).toEqual(["q-r"]);
  });
});
