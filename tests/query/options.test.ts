// The options shared by every path query: defaults, and the mistakes they refuse.
import { describe, expect, it } from "vitest";
import { QueryOptionError } from "../../src/query/errors.ts";
import { DEFAULT_PATH_QUERY_OPTIONS, describeFilters, resolvePathQueryOptions, validatePathQueryOptions } from "../../src/query/options.ts";
import { shortestPath } from "../../src/query/paths.ts";
import { makeGraph, TEST_ONTOLOGY } from "./fixture.ts";

describe("validatePathQueryOptions", () => {
  const bad: [string, object, RegExp][] = [
    ["a direction other than follow or any", { direction: "out" }, /direction must be "follow" or "any", not "out"/],
    ["an unknown relation type", { includeRelationTypes: ["aa"] }, /unknown relation type "aa" in includeRelationTypes; did you mean "a"/],
    ["an unknown entity type", { excludeEntityTypes: ["z"] }, /unknown entity type "z"/],
    ["a malformed date", { to: "2023-02-30" }, /to: "2023-02-30" does not exist/],
    ["an empty date window", { from: "2023-06", to: "2023-05" }, /date window is empty/],
    ["an unknown status", { statuses: ["reportd"] }, /unknown status "reportd"; did you mean "reported"/],
    ["no status at all", { statuses: [] }, /at least one/],
    ["a hop limit below 1", { maxHops: 0 }, /maxHops must be a whole number >= 1/],
    ["an undated policy other than keep or drop", { undated: "ignore" }, /undated must be "keep" or "drop"/],
  ];
  for (const [what, partial, message] of bad) {
    it(`refuses ${what}`, () => {
      const options = resolvePathQueryOptions(partial);
      expect(() => validatePathQueryOptions(options, TEST_ONTOLOGY)).toThrow(QueryOptionError);
      expect(() => validatePathQueryOptions(options, TEST_ONTOLOGY)).toThrow(message);
    });
  }

  const accepted: [string, object][] = [
    ["the defaults", {}],
    ["a window whose ends have different precisions and overlap", { from: "2022-11-15", to: "2022-11" }],
    ["a window of one day", { from: "2023-05-28", to: "2023-05-28" }],
    ["a window open at one end", { to: "2022" }],
    ["every status, denied included", { statuses: ["reported", "confirmed", "alleged", "planned", "denied"] }],
    ["known relation and entity types", { includeRelationTypes: ["a", "c"], excludeEntityTypes: ["y"] }],
    ["a hop limit of 1", { maxHops: 1 }],
  ];
  for (const [what, partial] of accepted) {
    it(`accepts ${what}`, () => {
      expect(() => validatePathQueryOptions(resolvePathQueryOptions(partial), TEST_ONTOLOGY)).not.toThrow();
    });
  }

  it("compares a window's ends at their own precision: a month-wide relation lies in a window starting mid-month", () => {
    const graph = makeGraph(["p", "q", "r"], [
      { source: "p", target: "q", date: "2022-11" },
      { source: "q", target: "r", date: "2022-10" },
    ]);
    const window = { from: "2022-11-15", to: "2022-11" };
    expect(shortestPath(graph, "p", "q", window)?.steps.map((s) => s.relation)).toEqual(["p-a-q-0"]);
    expect(shortestPath(graph, "q", "r", window)).toBeNull();
  });
});

describe("resolvePathQueryOptions", () => {
  it("leaves denied relations out by default and follows directions", () => {
    const options = resolvePathQueryOptions();
    expect(options.statuses).not.toContain("denied");
    expect(options.direction).toBe("follow");
    expect(JSON.parse(JSON.stringify(options))).toEqual(options);
  });

  it("copies arrays so that editing the result leaves the defaults alone", () => {
    resolvePathQueryOptions().statuses.push("denied");
    expect(DEFAULT_PATH_QUERY_OPTIONS.statuses).not.toContain("denied");
  });
});

describe("describeFilters", () => {
  it("names the active filters in words", () => {
    expect(describeFilters(resolvePathQueryOptions({ direction: "any", excludeRelationTypes: ["a"], from: "2022", timeRespecting: true }))).toEqual([
      "not a relations",
      "dated from 2022",
      "each step dated no earlier than the steps before it",
      "status reported, confirmed, alleged, planned (not denied)",
    ]);
  });
});
