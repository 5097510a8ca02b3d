// How the compiled filters read relations: a window's two ends, dates that cannot be read, the stances, number and agreement of a relation's documents.
import { describe, expect, it } from "vitest";
import type { Evidence } from "../../src/model/dataset.ts";
import type { Status } from "../../src/model/status.ts";
import type { PathQueryOptions } from "../../src/query/options.ts";
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

describe("statuses, read from the stance of each document", () => {
  const quote = (source: string, status?: Status): Evidence => ({ source, quote: `${source} on p and q`, ...(status ? { status } : {}) });
  const usable = (evidence: Evidence[], options: Partial<PathQueryOptions> = {}, status: Status = "reported"): boolean => {
    const graph = makeGraph(["p", "q"], [{ source: "p", target: "q", status, evidence }]);
    return shortestPath(graph, "p", "q", options) !== null;
  };

  it("by default uses a relation as long as one document does not deny it", () => {
    expect(usable([quote("doc-a"), quote("doc-b", "denied")])).toBe(true);
    // The relation was written as a denial, but a later document reports it.
    expect(usable([quote("doc-a"), quote("doc-b", "reported")], {}, "denied")).toBe(true);
  });

  it("by default leaves out a relation whose every document denies it, whatever the relation's own status", () => {
    expect(usable([quote("doc-a", "denied"), quote("doc-b", "denied")])).toBe(false);
    expect(usable([quote("doc-a")], {}, "denied")).toBe(false);
  });

  it("with statuses given, uses a relation when any of its documents takes one of them", () => {
    const reportedAndDenied = [quote("doc-a"), quote("doc-b", "denied")];
    expect(usable(reportedAndDenied, { statuses: ["denied"] })).toBe(true);
    expect(usable(reportedAndDenied, { statuses: ["confirmed"] })).toBe(false);
    expect(usable([quote("doc-a"), quote("doc-b", "confirmed")], { statuses: ["confirmed"] })).toBe(true);
  });
});

describe("minSources", () => {
  const graphWith = (evidence: Evidence[]) => makeGraph(["p", "q"], [{ source: "p", target: "q", evidence }]);

  it("counts distinct documents, not quotes", () => {
    const twoQuotesOneDocument = graphWith([
      { source: "doc-a", quote: "first" },
      { source: "doc-a", quote: "second" },
    ]);
    expect(shortestPath(twoQuotesOneDocument, "p", "q", { minSources: 2 })).toBeNull();
    const twoDocuments = graphWith([
      { source: "doc-a", quote: "first" },
      { source: "doc-b", quote: "second" },
    ]);
    expect(shortestPath(twoDocuments, "p", "q", { minSources: 2 })?.steps[0]?.sourceCount).toBe(2);
    expect(shortestPath(twoDocuments, "p", "q", { minSources: 3 })).toBeNull();
  });

  it("counts a denying document as a source, as the count explain shows does", () => {
    const reportedAndDenied = graphWith([
      { source: "doc-a", quote: "first" },
      { source: "doc-b", quote: "second", status: "denied" },
    ]);
    expect(shortestPath(reportedAndDenied, "p", "q", { minSources: 2 })).not.toBeNull();
  });
});

describe("excludeContested", () => {
  const graphWith = (stances: Status[]) =>
    makeGraph(["p", "q"], [{ source: "p", target: "q", evidence: stances.map((status, i) => ({ source: `doc-${i}`, quote: `quote ${i}`, status })) }]);

  it("leaves out a relation one document denies and another reports or confirms", () => {
    expect(shortestPath(graphWith(["reported", "denied"]), "p", "q", { excludeContested: true })).toBeNull();
    expect(shortestPath(graphWith(["confirmed", "denied"]), "p", "q", { excludeContested: true })).toBeNull();
    expect(shortestPath(graphWith(["reported", "denied"]), "p", "q")).not.toBeNull();
  });

  it("keeps a relation that is only alleged and denied, or only reported: neither is contested", () => {
    expect(shortestPath(graphWith(["alleged", "denied"]), "p", "q", { excludeContested: true })).not.toBeNull();
    expect(shortestPath(graphWith(["reported", "confirmed"]), "p", "q", { excludeContested: true })).not.toBeNull();
  });
});
