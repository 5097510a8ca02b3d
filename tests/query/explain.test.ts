// Paths rendered as lines an analyst reads: relation, date, status, who says so, and the quotes.
import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import { explainPath, formatWhen } from "../../src/query/explain.ts";
import { shortestPath } from "../../src/query/paths.ts";
import { makeGraph, seedGraph } from "./fixture.ts";

let seed: KnowledgeGraph;
beforeAll(async () => {
  seed = await seedGraph();
});

describe("explainPath", () => {
  it("writes each step with its date, status, asserter and items, and its quotes with their source", () => {
    const path = shortestPath(seed, "iran", "kyiv", { includeRelationTypes: ["supplies", "attacked"], statuses: ["confirmed", "reported"] })!;
    expect(explainPath(seed, path).split("\n")).toEqual([
      "1. Iran —supplies (reported, with Iranian drones)→ Russia",
      '     "Tehran has provided Russia with hundreds of “suicide drones”" [iran-russia-drones]',
      "2. Russia —attacked (reported, with Iranian drones)→ Kyiv",
      '     "these drones have contributed to destruction and devastation in Kyiv, Odesa, and other Ukrainian cities" [iran-russia-drones]',
    ]);
  });

  it("writes the date of a dated step first", () => {
    const path = shortestPath(seed, "iran", "kyiv", { includeRelationTypes: ["supports", "attacked"], from: "2022-12", undated: "drop" })!;
    const lines = explainPath(seed, path).split("\n");
    expect(lines[0]).toBe("1. Iran —supports (2022-12, reported, per John Kirby)→ Russia");
    expect(lines).toContain("2. Russia —attacked (2023-05-28, reported, with Iranian drones)→ Kyiv");
  });

  it("writes a step against the relation's direction with a backward arrow, and an undirected one without arrow", () => {
    const backward = shortestPath(seed, "shahed-131", "iran", { direction: "any" })!;
    expect(explainPath(seed, backward, { quotes: false })).toBe("1. Shahed-131 ←produces (reported)— Iran");
    const undirected = shortestPath(seed, "iran", "iaea", { includeRelationTypes: ["negotiates-with"] })!;
    expect(explainPath(seed, undirected, { quotes: false, numbered: false })).toBe("Iran —negotiates with (reported)— International Atomic Energy Agency");
  });

  it("says so when a path goes nowhere", () => {
    expect(explainPath(seed, { from: "iran", to: "iran", steps: [] })).toBe("Iran (the same entity: no steps)");
  });

  it("writes a period as its start and end", () => {
    const graph = makeGraph(["p", "q"], [{ source: "p", target: "q", date: "2022-09", end: "2023-06" }]);
    expect(explainPath(graph, shortestPath(graph, "p", "q")!, { quotes: false })).toBe("1. P —a-label (2022-09 to 2023-06, reported)→ Q");
    expect(formatWhen({})).toBe("");
  });
});

describe("formatWhen and explainStep, details", () => {
  const when: [string, { date?: string; end?: string }, string][] = [
    ["a date alone", { date: "2022-09" }, "2022-09"],
    ["a period", { date: "2022-09", end: "2023-06" }, "2022-09 to 2023-06"],
    ["a period that ends when it starts, as one date", { date: "2022-09", end: "2022-09" }, "2022-09"],
    ["no date", {}, ""],
  ];
  it.each(when)("writes %s", (_what, step, text) => {
    expect(formatWhen(step)).toBe(text);
  });

  it("lists several asserters and several items, each separated by a comma", () => {
    const graph = makeGraph(["p", "q", "r", "s", "t", "u"], [{ source: "p", target: "q" }]);
    graph.setEdgeAttribute("p-a-q-0", "assertedBy", ["r", "s"]);
    graph.setEdgeAttribute("p-a-q-0", "items", ["t", "u"]);
    expect(explainPath(graph, shortestPath(graph, "p", "q")!, { quotes: false })).toBe("1. P —a-label (reported, per R, S, with T, U)→ Q");
  });
});
