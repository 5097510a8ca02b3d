// The summary figures `stats` prints: counts by type and status, the most connected entities, the dates spanned, the sources cited.
import { describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import { computeStats } from "../../src/query/stats.ts";
import { makeGraph } from "./fixture.ts";

/** Four entities (r of type y, s unconnected), four relations over three sources, one of them uncited. */
function statsGraph(): KnowledgeGraph {
  const graph = makeGraph(["r:y", "q", "p", "s"], [
    { id: "p-q", source: "p", target: "q", type: "a", status: "confirmed", date: "2022-11" },
    { id: "q-r", source: "q", target: "r", type: "b", date: "2021", end: "2023-02" },
    { id: "p-r", source: "p", target: "r", type: "c" },
    { id: "r-p", source: "r", target: "p", type: "a", status: "denied", date: "2022-03-05" },
  ]);
  // p-q quotes the same document twice and a memo once: the document counts once for it.
  graph.setEdgeAttribute("p-q", "evidence", [
    { source: "doc", quote: "first quote" },
    { source: "doc", quote: "second quote" },
    { source: "memo", quote: "memo quote" },
  ]);
  const source = (id: string, date?: string) => ({ id, title: `Title of ${id}`, kind: "report", file: `${id}.txt`, text: "", ...(date ? { date } : {}) });
  graph.setAttribute("sources", [source("doc", "2023-04"), source("memo"), source("brief")]);
  return graph;
}

describe("computeStats", () => {
  it("counts entities and relations by ontology type, zero included, in ontology order", () => {
    const stats = computeStats(statsGraph());
    expect(stats.entities).toBe(4);
    expect(stats.relations).toBe(4);
    expect(stats.entitiesByType).toEqual([
      { type: "x", label: "x", count: 3 },
      { type: "y", label: "y", count: 1 },
    ]);
    expect(stats.relationsByType).toEqual([
      { type: "a", label: "a-label", count: 2 },
      { type: "b", label: "b-label", count: 1 },
      { type: "c", label: "c-label", count: 1 },
    ]);
  });

  it("counts relations by status, every status listed in the usual order", () => {
    expect(computeStats(statsGraph()).relationsByStatus).toEqual([
      { status: "reported", count: 2 },
      { status: "confirmed", count: 1 },
      { status: "alleged", count: 0 },
      { status: "planned", count: 0 },
      { status: "denied", count: 1 },
    ]);
  });

  it("ranks entities by number of relations, ties by id, and keeps the top ones", () => {
    const graph = statsGraph();
    expect(computeStats(graph).mostConnected).toEqual([
      { id: "p", label: "P", type: "x", degree: 3 },
      { id: "r", label: "R", type: "y", degree: 3 },
      { id: "q", label: "Q", type: "x", degree: 2 },
      { id: "s", label: "S", type: "x", degree: 0 },
    ]);
    expect(computeStats(graph, 2).mostConnected.map((e) => e.id)).toEqual(["p", "r"]);
  });

  it("spans the dates from the earliest start to the latest end, and counts the undated relations", () => {
    expect(computeStats(statsGraph()).dates).toEqual({ first: "2021", last: "2023-02", dated: 3, undated: 1 });
  });

  it("has no first or last date when no relation is dated", () => {
    const graph = makeGraph(["p", "q"], [{ source: "p", target: "q" }]);
    expect(computeStats(graph).dates).toEqual({ first: undefined, last: undefined, dated: 0, undated: 1 });
  });

  it("lists every source with the number of relations quoting it, once per relation", () => {
    expect(computeStats(statsGraph()).sources).toEqual([
      { id: "doc", title: "Title of doc", kind: "report", date: "2023-04", citedBy: 4 },
      { id: "memo", title: "Title of memo", kind: "report", citedBy: 1 },
      { id: "brief", title: "Title of brief", kind: "report", citedBy: 0 },
    ]);
  });
});
