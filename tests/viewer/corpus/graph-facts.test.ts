// The whole-graph totals the legend, the overview and the timeline show: one pass, the same answers as asking each.
import { describe, expect, it } from "vitest";
import { graphFacts } from "../../../src/viewer/corpus/graph-facts.ts";
import { dateRange, relationStart, timelineDates } from "../../../src/viewer/timeline/dates.ts";
import { corpusGraph } from "../corpus-fixture.ts";

describe("graph facts", () => {
  it("count relation types, corroborated and contested relations, proposals and the best-backed relation", () => {
    const graph = corpusGraph();
    graph.setNodeAttribute("estmark", "review", "proposed");
    const proposedRelation = graph.edges()[1]!;
    graph.setEdgeAttribute(proposedRelation, "review", "proposed");
    const facts = graphFacts(graph);
    expect(new Set(facts.relationTypes)).toEqual(new Set(["supplies", "attacked", "trains", "uses"]));
    expect(facts).toMatchObject({
      proposed: { nodes: ["estmark"], edges: [proposedRelation] },
      mostSources: Math.max(...graph.mapEdges((_e, a) => a.sourceCount)),
      corroborated: graph.filterEdges((_e, a) => a.sourceCount >= 2).length,
      contested: graph.filterEdges((_e, a) => a.contested).length,
    });
    expect(facts.corroborated).toBeGreaterThan(0);
    expect(facts.contested).toBeGreaterThan(0);
  });

  it("give each timeline axis its date range and how many relations it cannot place", () => {
    const graph = corpusGraph();
    const facts = graphFacts(graph);
    for (const mode of ["happened", "reported"] as const) {
      const dates = graph.mapEdges((_e, a) => timelineDates(a, mode));
      expect(facts.axes[mode], mode).toEqual({ range: dateRange(dates), undated: dates.filter((d) => relationStart(d) === null).length });
    }
    // The fixture has relations first reported in March 2023 and relations with no dated source.
    expect(facts.axes.reported.range?.first).toMatch(/^2023-03/);
    expect(facts.axes.reported.undated).toBeGreaterThan(0);
  });

  it("are worked out once per graph", () => {
    const graph = corpusGraph();
    expect(graphFacts(graph)).toBe(graphFacts(graph));
  });
});
