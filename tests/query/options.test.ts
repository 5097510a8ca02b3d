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
    ["a source minimum of 1", { minSources: 1 }],
    ["a source minimum larger than any relation has", { minSources: 1000 }],
    ["contested claims left out", { excludeContested: true }],
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

  it("asks for one source and keeps contested claims by default", () => {
    const options = resolvePathQueryOptions();
    expect(options.minSources).toBe(1);
    expect(options.excludeContested).toBe(false);
    expect(describeFilters(options).join("; ")).not.toMatch(/sources|contested/);
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
      "status reported, confirmed, alleged or planned in at least one source",
    ]);
  });
});

describe("validatePathQueryOptions, error messages", () => {
  const refusal = (partial: object, withOntology = true): { option: string; message: string } => {
    try {
      validatePathQueryOptions(resolvePathQueryOptions(partial), withOntology ? TEST_ONTOLOGY : undefined);
    } catch (error) {
      if (error instanceof QueryOptionError) return { option: error.option, message: error.message };
      throw error;
    }
    throw new Error("no QueryOptionError");
  };
  const ALL = "reported, confirmed, alleged, planned, denied";
  const cases: [string, object, string, string][] = [
    ["a direction other than follow or any", { direction: "out" }, "direction", 'direction must be "follow" or "any", not "out"'],
    ["relation types given as one string", { includeRelationTypes: "a" }, "includeRelationTypes", 'includeRelationTypes must be an array of relation type ids, not "a"'],
    ["a relation type list holding a number", { excludeRelationTypes: ["a", 3] }, "excludeRelationTypes", 'excludeRelationTypes must be an array of relation type ids, not ["a",3]'],
    ["an unknown relation type to leave out", { excludeRelationTypes: ["bb"] }, "excludeRelationTypes", 'unknown relation type "bb" in excludeRelationTypes; did you mean "b" or "a" or "c"?'],
    ["an unknown entity type to pass through", { includeEntityTypes: ["organisation"] }, "includeEntityTypes", 'unknown entity type "organisation" in includeEntityTypes; known: x, y'],
    ["an entity type list that is not a list", { excludeEntityTypes: null }, "excludeEntityTypes", "excludeEntityTypes must be an array of entity type ids, not null"],
    ["a date that is not text", { from: 2022 }, "from", "from: 2022 is not a date string; write YYYY, YYYY-MM or YYYY-MM-DD"],
    ["a day that does not exist", { to: "2023-02-30" }, "to", 'to: "2023-02-30" does not exist: 2023-02 has days 01 to 28; write YYYY, YYYY-MM or YYYY-MM-DD'],
    ["a window that ends before it starts", { from: "2023-06", to: "2023-05" }, "from", "the date window is empty: from 2023-06 is after to 2023-05; swap them"],
    ["an undated policy other than keep or drop", { undated: "ignore" }, "undated", 'undated must be "keep" or "drop", not "ignore"'],
    ["time order given as text", { timeRespecting: "yes" }, "timeRespecting", 'timeRespecting must be true or false, not "yes"'],
    ["no status at all", { statuses: [] }, "statuses", `statuses must list at least one of ${ALL}; with none, no relation could be used`],
    ["a misspelt status", { statuses: ["reportd"] }, "statuses", 'unknown status "reportd"; did you mean "reported"?'],
    ["a status nothing resembles", { statuses: ["zzzzzzzz"] }, "statuses", `unknown status "zzzzzzzz"; statuses: ${ALL}`],
    ["a hop limit that is not whole", { maxHops: 1.5 }, "maxHops", "maxHops must be a whole number >= 1 or null for no limit, not 1.5"],
    ["a source minimum of 0", { minSources: 0 }, "minSources", "minSources must be a whole number >= 1 (1 lets every relation through), not 0"],
    ["a negative source minimum", { minSources: -2 }, "minSources", "minSources must be a whole number >= 1 (1 lets every relation through), not -2"],
    ["a source minimum that is not whole", { minSources: 1.5 }, "minSources", "minSources must be a whole number >= 1 (1 lets every relation through), not 1.5"],
    ["a source minimum given as text", { minSources: "2" }, "minSources", 'minSources must be a whole number >= 1 (1 lets every relation through), not "2"'],
    ["contested claims left out given as text", { excludeContested: "yes" }, "excludeContested", 'excludeContested must be true or false, not "yes"'],
  ];
  it.each(cases)("refuses %s, naming the option and the fix", (_what, partial, option, message) => {
    expect(refusal(partial)).toEqual({ option, message });
  });

  it("without an ontology, checks only that types are lists of ids", () => {
    const options = resolvePathQueryOptions({ includeRelationTypes: ["anything"], excludeEntityTypes: ["whatever"] });
    expect(() => validatePathQueryOptions(options)).not.toThrow();
    expect(refusal({ includeEntityTypes: "x" }, false)).toEqual({ option: "includeEntityTypes", message: 'includeEntityTypes must be an array of entity type ids, not "x"' });
  });

  it("accepts a window open at either end", () => {
    expect(() => validatePathQueryOptions(resolvePathQueryOptions({ from: "2023" }), TEST_ONTOLOGY)).not.toThrow();
    expect(() => validatePathQueryOptions(resolvePathQueryOptions({ to: "2021" }), TEST_ONTOLOGY)).not.toThrow();
  });
});

describe("describeFilters, one phrase per active filter", () => {
  const open = { direction: "any", statuses: ["reported", "confirmed", "alleged", "planned", "denied"] } as const;
  const cases: [string, object, string[]][] = [
    ["the defaults", {}, ["relations walked in their own direction only", "status reported, confirmed, alleged or planned in at least one source"]],
    ["no filter at all", open, []],
    ["relation types to use", { ...open, includeRelationTypes: ["b"] }, ["only b relations"]],
    ["relation types to use and to leave out", { ...open, includeRelationTypes: ["a", "b"], excludeRelationTypes: ["c"] }, ["only a, b; not c relations"]],
    ["entity types to pass through", { ...open, includeEntityTypes: ["x", "y"] }, ["passing through only x, y entities"]],
    ["entity types not to pass through", { ...open, excludeEntityTypes: ["y"] }, ["passing through no y entities"]],
    ["both kinds of entity type filter", { ...open, includeEntityTypes: ["x"], excludeEntityTypes: ["y"] }, ["passing through only x; no y entities"]],
    ["a window closed at the end only", { ...open, to: "2023" }, ["dated to 2023"]],
    ["a window closed at both ends", { ...open, from: "2022", to: "2023-05" }, ["dated from 2022 to 2023-05"]],
    ["undated relations dropped from a window open at the end", { ...open, from: "2022", undated: "drop" }, ["dated from 2022", "undated relations left out"]],
    ["undated relations dropped from a window", { ...open, to: "2023", undated: "drop" }, ["dated to 2023", "undated relations left out"]],
    ["undated relations dropped from a time-ordered search", { ...open, timeRespecting: true, undated: "drop" }, ["undated relations left out", "each step dated no earlier than the steps before it"]],
    ["undated relations dropped with nothing that reads dates", { ...open, undated: "drop" }, []],
    ["a single status", { direction: "any", statuses: ["confirmed"] }, ["status confirmed in at least one source"]],
    ["a hop limit of one", { ...open, maxHops: 1 }, ["at most 1 step"]],
    ["a hop limit of three", { ...open, maxHops: 3 }, ["at most 3 steps"]],
    ["two statuses", { ...open, statuses: ["reported", "confirmed"] }, ["status reported or confirmed in at least one source"]],
    ["a minimum of two sources", { ...open, minSources: 2 }, ["quoted from at least 2 sources"]],
    ["contested claims left out", { ...open, excludeContested: true }, ["contested claims left out"]],
    [
      "every corroboration filter, after the statuses and before the hop limit",
      { direction: "any", statuses: ["confirmed"], minSources: 3, excludeContested: true, maxHops: 2 },
      ["status confirmed in at least one source", "quoted from at least 3 sources", "contested claims left out", "at most 2 steps"],
    ],
  ];
  it.each(cases)("describes %s", (_what, partial, phrases) => {
    expect(describeFilters(resolvePathQueryOptions(partial))).toEqual(phrases);
  });
});
