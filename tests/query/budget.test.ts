// Specification of the query time budget: a query that runs past it is stopped with an error, and one within it answers as always.
import { describe, expect, it } from "vitest";
import { allSimplePaths, QueryBudgetError, shortestPath, withinTimeBudget } from "../../src/index.ts";
import { layeredGraph } from "./fixture.ts";

describe("withinTimeBudget", () => {
  it("stops a query that runs past its budget with a QueryBudgetError naming the budget", () => {
    // 12^6 paths of 7 steps: far more than any budget of a few milliseconds allows enumerating.
    const graph = layeredGraph(6, 12);
    let caught: unknown;
    try {
      withinTimeBudget(5, () => allSimplePaths(graph, "start", "end", { maxHops: 7 }, Number.MAX_SAFE_INTEGER));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(QueryBudgetError);
    expect((caught as QueryBudgetError).message).toBe("the query ran past its time budget of 5 ms and was stopped");
  });

  it("answers a query within its budget as without one, and leaves later queries unbudgeted", () => {
    const graph = layeredGraph(3, 3);
    const budgeted = withinTimeBudget(10_000, () => shortestPath(graph, "start", "end"));
    expect(budgeted).toEqual(shortestPath(graph, "start", "end"));
    expect(allSimplePaths(graph, "start", "end", { maxHops: 4 })).toHaveLength(27);
  });
});
