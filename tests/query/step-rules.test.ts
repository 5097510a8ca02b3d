// How the compiled filters read relation dates: a window's two ends, and dates that cannot be read.
import { describe, expect, it } from "vitest";
import { shortestPath } from "../../src/query/paths.ts";
import { makeGraph } from "./fixture.ts";

describe("date window", () => {
  const cases: [string, string, { from?: string; to?: string }, boolean][] = [
    ["a relation ending on the window's first day", "2022-12-31", { from: "2022-12-31" }, true],
    ["a relation starting on the window's last day", "2023-01-01", { to: "2023-01-01" }, true],
    ["a relation ending the day before the window", "2022-12-30", { from: "2022-12-31" }, false],
    ["a relation starting the day after the window", "2023-01-02", { to: "2023-01-01" }, false],
  ];
  it.each(cases)("treats %s as inside it: %s", (_what, date, window, inside) => {
    const graph = makeGraph(["p", "q"], [{ source: "p", target: "q", date }]);
    expect(shortestPath(graph, "p", "q", window) !== null).toBe(inside);
  });
});

describe("dates that cannot be read", () => {
  // A graph put together by hand, not by the loader, may hold a date the loader would refuse.
  const graph = makeGraph(["p", "q", "r"], [
    { source: "p", target: "q", date: "some time in spring" },
    { source: "q", target: "r", date: "2022" },
  ]);

  it("count as covering any day, so a date window keeps the relation", () => {
    expect(shortestPath(graph, "p", "q", { from: "2030", to: "2031" })?.steps.map((s) => s.relation)).toEqual(["p-a-q-0"]);
  });

  it("fit anywhere in time order, like an undated relation", () => {
    expect(shortestPath(graph, "p", "r", { timeRespecting: true })?.steps).toHaveLength(2);
  });
});
