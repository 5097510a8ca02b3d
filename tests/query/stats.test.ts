// The summary figures `stats` prints: counts by type and status, the most connected entities, the dates spanned, the sources cited, corroboration.
import { describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import { corroborationOf } from "../../src/model/corroboration.ts";
import type { Evidence } from "../../src/model/dataset.ts";
import { computeStats } from "../../src/query/stats.ts";
import { makeGraph } from "./fixture.ts";

/** Gives a relation of a test graph new evidence, with the corroboration the build would derive from it. */
function setEvidence(graph: KnowledgeGraph, edge: string, evidence: Evidence[]): void {
  graph.setEdgeAttribute(edge, "evidence", evidence);
  graph.mergeEdgeAttributes(edge, corroborationOf(graph.getEdgeAttributes(edge), () => undefined));
}

/** Four entities (r of type y, s unconnected), four relations over three sources, one of them uncited. */
function statsGraph(): KnowledgeGraph {
  const graph = makeGraph(["r:y", "q", "p", "s"], [
    { id: "p-q", source: "p", target: "q", type: "a", status: "confirmed", date: "2022-11" },
    { id: "q-r", source: "q", target: "r", type: "b", date: "2021", end: "2023-02" },
    { id: "p-r", source: "p", target: "r", type: "c" },
    { id: "r-p", source: "r", target: "p", type: "a", status: "denied", date: "2022-03-05" },
  ]);
  // p-q quotes the same document twice and a memo once: the document counts once for it.
  setEvidence(graph, "p-q", [
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

  it("lists every source with the number of relations quoting it, once per relation, and what it supports, alone or not, and denies", () => {
    // doc is quoted by all four relations: it supports three (two of them alone) and denies r-p; memo backs p-q beside doc.
    expect(computeStats(statsGraph()).sources).toEqual([
      { id: "doc", title: "Title of doc", kind: "report", date: "2023-04", citedBy: 4, supports: 3, alone: 2, denies: 1 },
      { id: "memo", title: "Title of memo", kind: "report", citedBy: 1, supports: 1, alone: 0, denies: 0 },
      { id: "brief", title: "Title of brief", kind: "report", citedBy: 0, supports: 0, alone: 0, denies: 0 },
    ]);
  });
});

describe("computeStats: corroboration", () => {
  /** Relations backed by one to five documents; one of them denied by a document of its own. */
  function corpusGraph(): KnowledgeGraph {
    const graph = makeGraph(["p", "q", "r"], [
      { id: "one", source: "p", target: "q" },
      { id: "two", source: "q", target: "r" },
      { id: "three", source: "p", target: "r" },
      { id: "five", source: "r", target: "p" },
      { id: "denied", source: "r", target: "q", status: "denied" },
    ]);
    const quote = (source: string, status?: Evidence["status"]): Evidence => ({ source, quote: `${source} says so`, ...(status ? { status } : {}) });
    setEvidence(graph, "one", [quote("a")]);
    setEvidence(graph, "two", [quote("a"), quote("a"), quote("b")]);
    setEvidence(graph, "three", [quote("a"), quote("b", "confirmed"), quote("c", "denied")]);
    setEvidence(graph, "five", ["a", "b", "c", "d", "e"].map((s) => quote(s)));
    setEvidence(graph, "denied", [quote("c")]);
    const source = (id: string) => ({ id, title: id, kind: "article", file: `${id}.txt`, text: "" });
    graph.setAttribute("sources", ["a", "b", "c", "d", "e"].map(source));
    return graph;
  }

  it("counts relations by how many distinct documents quote them: 1, 2, 3 and 4 or more", () => {
    expect(computeStats(corpusGraph()).relationsBySourceCount).toEqual([
      { sources: "1", count: 2 },
      { sources: "2", count: 1 },
      { sources: "3", count: 1 },
      { sources: "4+", count: 1 },
    ]);
  });

  it("lists the contested relations: denied by one document, reported or confirmed by another", () => {
    // "denied" is only denied: not contested.
    expect(computeStats(corpusGraph()).contested).toEqual({ count: 1, relations: ["three"] });
    expect(computeStats(statsGraph()).contested).toEqual({ count: 0, relations: [] });
  });

  it("counts per document the relations it supports, those nothing else supports, and those it denies", () => {
    const bySource = Object.fromEntries(computeStats(corpusGraph()).sources.map((s) => [s.id, [s.citedBy, s.supports, s.alone, s.denies]]));
    expect(bySource).toEqual({
      a: [4, 4, 1, 0], // one, two, three, five; alone on one
      b: [3, 3, 0, 0],
      c: [3, 1, 0, 2], // supports five, denies three and denied
      d: [1, 1, 0, 0],
      e: [1, 1, 0, 0],
    });
  });
});
