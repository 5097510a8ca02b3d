// Path queries over the bundled data and small graphs: what analysts ask, and what the filters do to the answer.
import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import { QueryOptionError, UnknownEntityError } from "../../src/query/errors.ts";
import { pathKey, pathNodes, type Path } from "../../src/query/path.ts";
import { allShortestPaths, allSimplePaths, kShortestPaths, shortestPath } from "../../src/query/paths.ts";
import { whyNoPath } from "../../src/query/why-no-path.ts";
import { corpusGraph, makeGraph, seedGraph, setStatus } from "./fixture.ts";

let seed: KnowledgeGraph;
beforeAll(async () => {
  seed = await seedGraph();
});

const types = (path: Path | null): string[] | undefined => path?.steps.map((s) => s.type);
const nodes = (path: Path | null): string[] | undefined => (path ? pathNodes(path) : undefined);

describe("shortestPath", () => {
  it("refuses an id that is not an entity, suggesting close ids", () => {
    expect(() => shortestPath(seed, "kiyv", "iran")).toThrow(UnknownEntityError);
    expect(() => shortestPath(seed, "iran", "kiyv")).toThrow(/"kiyv".*did you mean "kyiv"/);
  });

  it("refuses an unknown relation type, suggesting the closest", () => {
    expect(() => shortestPath(seed, "iran", "kyiv", { includeRelationTypes: ["supply"] })).toThrow(QueryOptionError);
    expect(() => shortestPath(seed, "iran", "kyiv", { excludeRelationTypes: ["supply"] })).toThrow(/did you mean "supplies"/);
  });

  it("finds Iran to Kyiv through the drones Iran supplied and the attack on Kyiv", () => {
    const path = shortestPath(seed, "iran", "kyiv", { includeRelationTypes: ["supplies", "attacked"] });
    expect(nodes(path)).toEqual(["iran", "russia", "kyiv"]);
    expect(types(path)).toEqual(["supplies", "attacked"]);
    expect(path!.steps.every((s) => s.items.includes("iranian-drones"))).toBe(true);
    for (const step of path!.steps) {
      expect(step.evidence.length).toBeGreaterThan(0);
      expect(step.evidence[0]!.source).toBe("iran-russia-drones");
    }
  });

  it("finds a two-step path from Iran to Kyiv with no filter, and lists the supply chain among the shortest", () => {
    expect(shortestPath(seed, "iran", "kyiv")!.steps).toHaveLength(2);
    const all = allShortestPaths(seed, "iran", "kyiv");
    expect(all.some((p) => p.steps[0]!.type === "supplies" && p.steps[1]!.type === "attacked")).toBe(true);
  });

  it("returns a path without steps from an entity to itself", () => {
    expect(shortestPath(seed, "iran", "iran")).toEqual({ from: "iran", to: "iran", steps: [] });
  });

  it("follows relations in their own direction unless told to walk them both ways", () => {
    // A drone model does nothing in the text; walking relations backwards, Iran produces it.
    expect(shortestPath(seed, "shahed-131", "iran")).toBeNull();
    const any = shortestPath(seed, "shahed-131", "iran", { direction: "any" });
    expect(any!.steps.map((s) => [s.type, s.direction])).toEqual([["produces", "backward"]]);
  });

  it("walks undirected relation types both ways when following directions", () => {
    // Only "IAEA negotiates with Iran" is written; it reads the same both ways.
    const path = shortestPath(seed, "iran", "iaea", { includeRelationTypes: ["negotiates-with"] });
    expect(types(path)).toEqual(["negotiates-with"]);
    expect(path!.steps[0]!.direction).toBe("backward");
  });

  it("respects maxHops", () => {
    expect(shortestPath(seed, "iran", "kyiv", { maxHops: 1 })).toBeNull();
    expect(shortestPath(seed, "iran", "kyiv", { maxHops: 2 })!.steps).toHaveLength(2);
  });
});

describe("relation type filters", () => {
  it("excluding supplies cuts the supply chains", () => {
    const chains = { includeRelationTypes: ["supplies", "attacked"] };
    expect(shortestPath(seed, "iran", "kyiv", chains)).not.toBeNull();
    expect(shortestPath(seed, "iran", "kyiv", { ...chains, excludeRelationTypes: ["supplies"] })).toBeNull();
    const rest = allShortestPaths(seed, "iran", "kyiv", { excludeRelationTypes: ["supplies"] });
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.flatMap((p) => p.steps).some((s) => s.type === "supplies")).toBe(false);
  });

  it("says that the relation type filter is what cut the path", () => {
    const reason = whyNoPath(seed, "iran", "kyiv", { includeRelationTypes: ["supplies", "attacked"], excludeRelationTypes: ["supplies"] });
    expect(reason.cutBy).toEqual(["relationTypes"]);
  });
});

describe("entity type filters", () => {
  it("keeps paths from passing through excluded entity types", () => {
    const graph = makeGraph(["p", "via:y", "q", "r"], [
      { source: "p", target: "via" },
      { source: "via", target: "r" },
      { source: "p", target: "q" },
      { source: "q", target: "r", type: "b" },
      { source: "r", target: "p", type: "b" },
    ]);
    expect(nodes(shortestPath(graph, "p", "r"))).toEqual(["p", "via", "r"]);
    expect(nodes(shortestPath(graph, "p", "r", { excludeEntityTypes: ["y"] }))).toEqual(["p", "q", "r"]);
    expect(nodes(shortestPath(graph, "p", "r", { includeEntityTypes: ["y"] }))).toEqual(["p", "via", "r"]);
  });

  it("never refuses the two ends the user named", () => {
    expect(nodes(shortestPath(seed, "iran", "russia", { excludeEntityTypes: ["state"] }))).toEqual(["iran", "russia"]);
  });
});

describe("statuses", () => {
  it("keeps a claim that Iranian officials deny as a link by default, since the article reports it", () => {
    const supplies = { includeRelationTypes: ["supplies"] };
    const byDefault = allShortestPaths(seed, "iran", "russia", supplies).map((p) => p.steps[0]!.relation);
    expect(byDefault).toContain("iran-supplies-russia");
    expect(byDefault).toContain("iran-supplies-russia-confirmed");
  });

  it("finds only the claims some document denies when asked for denied ones", () => {
    const supplies = allShortestPaths(seed, "iran", "russia", { includeRelationTypes: ["supplies"], statuses: ["denied"] });
    expect(supplies.map((p) => p.steps[0]!.relation)).toEqual(["iran-supplies-russia"]);
    const path = shortestPath(seed, "irgc", "crimea", { statuses: ["denied"] });
    expect(path!.steps.map((s) => s.relation)).toEqual(["irgc-deployed-to-crimea"]);
  });

  it("finds no path when the only link is denied, and says the status filter cut it", () => {
    const graph = makeGraph(["p", "q", "r"], [
      { source: "p", target: "q" },
      { source: "q", target: "r", status: "denied" },
    ]);
    expect(shortestPath(graph, "p", "r")).toBeNull();
    expect(whyNoPath(graph, "p", "r")).toEqual({ active: ["direction", "statuses"], cutBy: ["statuses"], connectedWithoutFilters: true });
    expect(shortestPath(graph, "p", "r", { statuses: ["reported", "denied"] })!.steps).toHaveLength(2);
  });
});

describe("date window", () => {
  const dated = { includeRelationTypes: ["supports", "attacked"], undated: "drop" as const };

  it("refuses malformed and empty windows", () => {
    expect(() => shortestPath(seed, "iran", "kyiv", { from: "2022-13" })).toThrow(/from: "2022-13" has month 13/);
    expect(() => shortestPath(seed, "iran", "kyiv", { from: "2023", to: "2022-06" })).toThrow(/empty/);
  });

  it("keeps the chain whose dates fall inside the window and cuts it when the attack falls outside", () => {
    const inside = shortestPath(seed, "iran", "kyiv", { ...dated, from: "2022-09", to: "2023-06" });
    expect(inside!.steps.map((s) => s.date)).toEqual(["2022-12", "2023-05-28"]);
    expect(shortestPath(seed, "iran", "kyiv", { ...dated, from: "2022-09", to: "2023-04" })).toBeNull();
    expect(whyNoPath(seed, "iran", "kyiv", { ...dated, from: "2022-09", to: "2023-04" }).cutBy).toEqual(["dateWindow", "undated"]);
  });

  it("compares at each relation's own precision: a 2022-12 relation lies inside a window from 2022-12-15", () => {
    expect(shortestPath(seed, "iran", "kyiv", { ...dated, from: "2022-12-15" })!.steps[0]!.date).toBe("2022-12");
    expect(shortestPath(seed, "iran", "kyiv", { ...dated, from: "2023-01" })).toBeNull();
  });

  it("keeps undated relations by default, since the text gives no date to exclude them by", () => {
    const path = shortestPath(seed, "iran", "kyiv", { includeRelationTypes: ["supports", "attacked"], from: "2022-09", to: "2023-04" });
    expect(path).not.toBeNull();
    expect(path!.steps[1]!.date).toBeUndefined();
  });

  it("counts a relation with an end as lasting until its end", () => {
    const graph = makeGraph(["p", "q"], [{ source: "p", target: "q", date: "2022-01", end: "2022-12" }]);
    expect(shortestPath(graph, "p", "q", { from: "2022-06", to: "2022-07", undated: "drop" })).not.toBeNull();
    expect(shortestPath(graph, "p", "q", { from: "2023", undated: "drop" })).toBeNull();
  });
});

describe("time-respecting paths", () => {
  it("turns the two-step answer into a longer one whose dated steps are in order", () => {
    // Sullivan's accusation (2023-01-09) comes after Kirby's (2022-12): walking from Sullivan to Kirby
    // through Iran would go back in time.
    const plain = shortestPath(seed, "jake-sullivan", "john-kirby", { direction: "any" });
    expect(plain!.steps).toHaveLength(2);
    const timed = shortestPath(seed, "jake-sullivan", "john-kirby", { direction: "any", timeRespecting: true });
    expect(timed!.steps).toHaveLength(3);
    const dates = timed!.steps.flatMap((s) => (s.date ? [s.date] : []));
    expect([...dates].sort()).toEqual(dates);
  });

  it("keeps the forward-in-time direction and cuts the backward one when undated relations are dropped", () => {
    const options = { direction: "any" as const, timeRespecting: true, undated: "drop" as const };
    expect(shortestPath(seed, "john-kirby", "jake-sullivan", options)!.steps).toHaveLength(2);
    expect(shortestPath(seed, "jake-sullivan", "john-kirby", options)).toBeNull();
    expect(whyNoPath(seed, "jake-sullivan", "john-kirby", options).cutBy).toEqual(["undated", "timeRespecting"]);
  });

  it("compares at precision: a month is not earlier than a day inside it, and imprecise steps do not reset the order", () => {
    const chain = (...dates: string[]) =>
      makeGraph(
        dates.map((_d, i) => `n${i}`).concat(`n${dates.length}`),
        dates.map((date, i) => ({ source: `n${i}`, target: `n${i + 1}`, date })),
      );
    const found = (...dates: string[]) => shortestPath(chain(...dates), "n0", `n${dates.length}`, { timeRespecting: true }) !== null;
    expect(found("2022-11", "2022-11-20")).toBe(true);
    expect(found("2022-11-20", "2022-11")).toBe(true);
    expect(found("2022-11-20", "2022-11-05")).toBe(false);
    expect(found("2022-11-20", "2022-11", "2022-11-05")).toBe(false);
    expect(found("2022", "2021-12")).toBe(false);
  });

  it("takes a longer path when the short one goes back in time", () => {
    const graph = makeGraph(["s", "m", "t", "u"], [
      { source: "s", target: "m", date: "2023-02" },
      { source: "m", target: "t", date: "2023-01" },
      { source: "s", target: "u", date: "2022-06" },
      { source: "u", target: "m", date: "2022-07" },
    ]);
    expect(nodes(shortestPath(graph, "s", "t"))).toEqual(["s", "m", "t"]);
    expect(nodes(shortestPath(graph, "s", "t", { timeRespecting: true }))).toEqual(["s", "u", "m", "t"]);
  });
});

describe("allShortestPaths", () => {
  it("returns nothing when there is no path", () => {
    expect(allShortestPaths(seed, "shahed-131", "iran")).toEqual([]);
  });

  it("returns every shortest path once, all of the same length", () => {
    const all = allShortestPaths(seed, "iran", "kyiv");
    expect(new Set(all.map((p) => p.steps.length))).toEqual(new Set([2]));
    expect(new Set(all.map(pathKey)).size).toBe(all.length);
    // Every Iran -> Russia relation usable by default, times every Russia -> Kyiv attack.
    const iranRussia = seed.outEdges("iran", "russia").filter((e) => seed.getEdgeAttribute(e, "status") !== "denied").length;
    expect(all).toHaveLength(iranRussia * seed.outEdges("russia", "kyiv").length);
  });
});

describe("kShortestPaths", () => {
  it("refuses a k that is not a whole number >= 1", () => {
    expect(() => kShortestPaths(seed, "iran", "kyiv", 0)).toThrow(/k must be a whole number/);
  });

  it("returns loopless paths in non-decreasing length, with no repeats, starting with a shortest one", () => {
    const paths = kShortestPaths(seed, "iran", "kyiv", 20);
    expect(paths).toHaveLength(20);
    expect(paths[0]!.steps).toHaveLength(shortestPath(seed, "iran", "kyiv")!.steps.length);
    const lengths = paths.map((p) => p.steps.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expect(lengths.at(-1)).toBeGreaterThan(2);
    expect(new Set(paths.map(pathKey)).size).toBe(paths.length);
    for (const path of paths) expect(new Set(pathNodes(path)).size).toBe(path.steps.length + 1);
  });

  it("returns all there are when fewer than k exist", () => {
    const graph = makeGraph(["p", "q", "r"], [
      { source: "p", target: "q" },
      { source: "q", target: "r" },
      { source: "p", target: "r" },
    ]);
    expect(kShortestPaths(graph, "p", "r", 5).map(nodes)).toEqual([["p", "r"], ["p", "q", "r"]]);
  });
});

describe("kShortestPaths, its limits and ties", () => {
  const graph = makeGraph(["p", "a", "b", "c", "x", "y", "q"], [
    { source: "p", target: "a" },
    { source: "p", target: "b" },
    { source: "p", target: "c" },
    { source: "a", target: "q" },
    { source: "b", target: "q" },
    { source: "c", target: "q" },
    { source: "a", target: "x" },
    { source: "x", target: "q" },
    { source: "b", target: "y" },
    { source: "y", target: "q" },
  ]);

  it("returns the one shortest path when k is 1", () => {
    expect(kShortestPaths(graph, "p", "q", 1).map(nodes)).toEqual([["p", "a", "q"]]);
  });

  it("keeps paths of equal length in the order the search found them", () => {
    expect(kShortestPaths(graph, "p", "q", 5).map(nodes)).toEqual([
      ["p", "a", "q"],
      ["p", "b", "q"],
      ["p", "c", "q"],
      ["p", "a", "x", "q"],
      ["p", "b", "y", "q"],
    ]);
  });

  const badK: [number, string][] = [
    [0, "k must be a whole number >= 1, not 0"],
    [2.5, "k must be a whole number >= 1, not 2.5"],
  ];
  it.each(badK)("refuses k = %s, naming k as the option at fault", (k, message) => {
    expect(() => kShortestPaths(graph, "p", "q", k)).toThrow(expect.objectContaining({ option: "k", message }));
  });
});

describe("kShortestPaths over parallel relations", () => {
  it("tells apart paths whose relation ids run together the same way", () => {
    // s-[x]->m-[yz]->t and s-[xy]->m-[z]->t are different paths although "x"+"yz" reads as "xy"+"z".
    const graph = makeGraph(["s", "m", "t"], [
      { id: "x", source: "s", target: "m" },
      { id: "xy", source: "s", target: "m" },
      { id: "yz", source: "m", target: "t" },
      { id: "z", source: "m", target: "t" },
    ]);
    const relations = kShortestPaths(graph, "s", "t", 10).map((p) => p.steps.map((s) => s.relation));
    expect(relations.sort()).toEqual([["x", "yz"], ["x", "z"], ["xy", "yz"], ["xy", "z"]]);
  });
});

describe("path steps", () => {
  it("carry a date and an end only when the relation has them", () => {
    const graph = makeGraph(["p", "q", "r"], [
      { source: "p", target: "q" },
      { source: "q", target: "r", date: "2022-09", end: "2023-06" },
    ]);
    const [undated, dated] = shortestPath(graph, "p", "r")!.steps;
    expect(Object.keys(undated!)).not.toContain("date");
    expect(Object.keys(undated!)).not.toContain("end");
    expect(dated).toMatchObject({ date: "2022-09", end: "2023-06" });
  });
});

describe("entity ids", () => {
  it("refuses an id that is not a string, even when an entity's id reads the same", () => {
    const graph = makeGraph(["1", "2"], [{ source: "1", target: "2" }]);
    expect(() => shortestPath(graph, 1 as unknown as string, "2")).toThrow(UnknownEntityError);
    expect(shortestPath(graph, "1", "2")?.steps).toHaveLength(1);
  });
});

describe("allSimplePaths", () => {
  it("lists loopless paths up to the hop limit, shortest first", () => {
    const paths = allSimplePaths(seed, "iran", "kyiv", { maxHops: 3 });
    expect(paths.length).toBeGreaterThan(allShortestPaths(seed, "iran", "kyiv").length);
    const lengths = paths.map((p) => p.steps.length);
    expect(Math.max(...lengths)).toBe(3);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    for (const path of paths) expect(new Set(pathNodes(path)).size).toBe(path.steps.length + 1);
  });
});

describe("allSimplePaths and allShortestPaths, limits", () => {
  // Three paths from p to q: p-q, p-a-q, p-a-b-q; a and b also point back at p.
  const graph = makeGraph(["p", "a", "b", "q"], [
    { source: "p", target: "q" },
    { source: "p", target: "a" },
    { source: "a", target: "q" },
    { source: "a", target: "b" },
    { source: "b", target: "q" },
    { source: "a", target: "p" },
    { source: "b", target: "p" },
  ]);

  it("stops after the number of paths asked for, keeping the first ones found", () => {
    expect(allSimplePaths(graph, "p", "q").map(nodes)).toEqual([["p", "q"], ["p", "a", "q"], ["p", "a", "b", "q"]]);
    expect(allSimplePaths(graph, "p", "q", {}, 2).map(nodes)).toEqual([["p", "q"], ["p", "a", "q"]]);
    expect(allSimplePaths(graph, "p", "q", {}, 1).map(nodes)).toEqual([["p", "q"]]);
  });

  it("accepts a hop limit however large, going no further than the graph does", () => {
    expect(allSimplePaths(graph, "p", "q", { maxHops: Number.MAX_SAFE_INTEGER })).toHaveLength(3);
  });

  it("gives the one path without steps from an entity to itself", () => {
    expect(allSimplePaths(graph, "a", "a")).toEqual([{ from: "a", to: "a", steps: [] }]);
    expect(allShortestPaths(graph, "a", "a")).toEqual([{ from: "a", to: "a", steps: [] }]);
  });
});

describe("queries on a graph that changes", () => {
  it("see relations added and removed after an earlier query", () => {
    const graph = makeGraph(["p", "q", "r"], [{ source: "p", target: "q" }]);
    expect(shortestPath(graph, "p", "r")).toBeNull();
    graph.addDirectedEdgeWithKey("q-r", "q", "r", { ...graph.getEdgeAttributes(graph.edges()[0]!) });
    expect(nodes(shortestPath(graph, "p", "r"))).toEqual(["p", "q", "r"]);
    setStatus(graph, "q-r", "denied");
    expect(shortestPath(graph, "p", "r")).toBeNull();
    graph.dropEdge("q-r");
    expect(shortestPath(graph, "p", "r", { statuses: ["denied"] })).toBeNull();
  });
});

describe("paths over a corpus: how is Valdoria connected to Port Halden?", () => {
  let corpus: KnowledgeGraph;
  beforeAll(async () => {
    corpus = await corpusGraph();
  });
  const relations = (path: Path | null): string[] | undefined => path?.steps.map((s) => s.relation);
  const SHORT_ROUTE = ["valdoria-supplies-norvask", "norvask-attacked-port-halden"];
  const CORROBORATED_ROUTE = ["valdoria-trains-drone-corps", "norvask-drone-corps:part-of:norvask-armed-forces", "armed-forces-attacked-port-halden"];

  it("by default takes the short route, through a supply that one document denies and an attack only one document reports", () => {
    const path = shortestPath(corpus, "valdoria", "port-halden");
    expect(relations(path)).toEqual(SHORT_ROUTE);
    expect(path!.steps.map((s) => [s.sourceCount, s.contested])).toEqual([
      [3, true],
      [1, false],
    ]);
  });

  it("with at least two sources per step, takes the longer route that two documents back at every step", () => {
    const path = shortestPath(corpus, "valdoria", "port-halden", { minSources: 2 });
    expect(relations(path)).toEqual(CORROBORATED_ROUTE);
    expect(path!.steps.every((s) => s.sourceCount === 2)).toBe(true);
  });

  it("with contested claims left out, avoids the denied supply and takes the longer route", () => {
    expect(relations(shortestPath(corpus, "valdoria", "port-halden", { excludeContested: true }))).toEqual(CORROBORATED_ROUTE);
    expect(shortestPath(corpus, "valdoria", "norvask", { excludeContested: true })).toBeNull();
  });

  it("finds the claim Valdoria denies when asked for denied relations only", () => {
    const path = shortestPath(corpus, "valdoria", "norvask", { statuses: ["denied"] });
    expect(relations(path)).toEqual(["valdoria-supplies-norvask"]);
    expect(path!.steps[0]!.deniedBy).toEqual(["valdoria"]);
    // Nothing else in the corpus is denied, so no route to Port Halden uses denied relations only.
    expect(shortestPath(corpus, "valdoria", "port-halden", { statuses: ["denied"] })).toBeNull();
  });

  it("lists both routes among the simple paths, and only the corroborated one with two sources asked for", () => {
    expect(allSimplePaths(corpus, "valdoria", "port-halden").map(relations)).toEqual([SHORT_ROUTE, CORROBORATED_ROUTE]);
    expect(allSimplePaths(corpus, "valdoria", "port-halden", { minSources: 2 }).map(relations)).toEqual([CORROBORATED_ROUTE]);
    expect(kShortestPaths(corpus, "valdoria", "port-halden", 5, { excludeContested: true }).map(relations)).toEqual([CORROBORATED_ROUTE]);
  });

  it("carries on each step the stance and asserters a quote has of its own", () => {
    const supply = shortestPath(corpus, "valdoria", "norvask")!.steps[0]!;
    expect(supply.evidence.map((e) => [e.source, e.status, e.assertedBy])).toEqual([
      ["doc-a", undefined, undefined],
      ["doc-b", "confirmed", []],
      ["doc-c", "denied", ["valdoria"]],
    ]);
    expect(supply.stanceCounts).toEqual({ reported: 1, confirmed: 1, denied: 1 });
    expect(supply.firstReported).toBe("2023-03-02");
  });
});
