// The typed shortest-path search: which of several equally short paths it returns, and steps on the same day in time order.
import { describe, expect, it } from "vitest";
import { pathNodes } from "../../src/query/path.ts";
import { shortestPath } from "../../src/query/paths.ts";
import { makeGraph, type TestEdge } from "./fixture.ts";

const edges = (pairs: string, date?: string): TestEdge[] =>
  pairs.split(" ").map((pair) => {
    const [source, target] = pair.split(">") as [string, string];
    return { source, target, ...(date ? { date } : {}) };
  });

describe("shortestPath among equally short paths", () => {
  const cases: [string, string[], TestEdge[], string[]][] = [
    // s reaches a before b, but t is reached from b before a: the search meets at b, coming back from t.
    ["the one through the target's first relation, when the search meets coming back from the target", ["s", "a", "b", "t"], edges("s>a s>b b>t a>t"), ["s", "b", "t"]],
    // Three relations arrive at t, so the search goes on from s's side and meets at m first, then would meet at n.
    ["the one met first going out from the source, when the target has more relations", ["s", "a", "b", "m", "n", "z", "t"], edges("s>a s>b a>m b>n n>t m>t z>t"), ["s", "a", "m", "t"]],
  ];
  it.each(cases)("returns %s", (_what, nodes, relations, path) => {
    const graph = makeGraph(nodes, relations);
    expect(pathNodes(shortestPath(graph, "s", "t")!)).toEqual(path);
  });
});

describe("shortestPath in time order", () => {
  it("takes steps dated the same day one after the other, met from either end", () => {
    // s has undated relations to x1 and x2 too, so the search also works back from t.
    const graph = makeGraph(["s", "a", "b", "t", "x1", "x2"], [...edges("s>a a>b b>t", "2023-05-01"), ...edges("s>x1 s>x2")]);
    expect(pathNodes(shortestPath(graph, "s", "t", { timeRespecting: true })!)).toEqual(["s", "a", "b", "t"]);
  });
});
