import { describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../../../src/graph/types.ts";
import { explainNoPath, whyNoPath } from "../../../src/query/why-no-path.ts";
import { pathQueryOptions, runPathQuery } from "../../../src/viewer/paths/run-path.ts";
import type { PathQuery } from "../../../src/viewer/state/view-state.ts";
import { smallGraph } from "../graph-fixture.ts";

/** smallGraph plus a second, dated supply from Iran to Russia (parallel to the first) and a route through Ukraine. */
function graphWithParallels(): KnowledgeGraph {
  const graph = smallGraph();
  const first = graph.getEdgeAttributes("iran:supplies:russia:2022-08");
  graph.addDirectedEdgeWithKey("iran:supplies:russia:2023-01", "iran", "russia", { ...first, date: "2023-01" });
  graph.addDirectedEdgeWithKey("russia:attacked:kyiv:2023-06", "russia", "kyiv", { ...graph.getEdgeAttributes("russia:attacked:kyiv:2023-05-28"), date: "2023-06" });
  return graph;
}

const ask = (query: Partial<PathQuery> & Pick<PathQuery, "from" | "to">): PathQuery => ({ relationTypes: [], timeRespecting: false, ...query });

describe("runPathQuery", () => {
  it("gives one route for paths that differ only by parallel relations, each step listing every relation that makes it", () => {
    const answer = runPathQuery(graphWithParallels(), ask({ from: "iran", to: "kyiv" }));
    expect(answer.pathCount).toBe(4);
    expect(answer.routes).toEqual([
      {
        nodes: ["iran", "russia", "kyiv"],
        steps: [
          { from: "iran", to: "russia", relations: ["iran:supplies:russia:2022-08", "iran:supplies:russia:2023-01"] },
          { from: "russia", to: "kyiv", relations: ["russia:attacked:kyiv:2023-05-28", "russia:attacked:kyiv:2023-06"] },
        ],
      },
    ]);
    // The denied supply is not a way through: a relation every document denies is not used.
    expect(answer.edges).not.toContain("iran:supplies:russia:denied");
    expect(answer.edges).toHaveLength(4);
  });

  it("keeps a step's relations that fit the time order only", () => {
    const graph = graphWithParallels();
    graph.setEdgeAttribute("russia:attacked:kyiv:2023-05-28", "date", "2022-01");
    const answer = runPathQuery(graph, ask({ from: "iran", to: "kyiv", timeRespecting: true }));
    expect(answer.routes.map((r) => r.steps.map((s) => s.relations))).toEqual([[["iran:supplies:russia:2022-08", "iran:supplies:russia:2023-01"], ["russia:attacked:kyiv:2023-06"]]]);
  });

  it("says why there is no path in the CLI's words, with how to lift each filter in the path form", () => {
    const graph = graphWithParallels();
    const query = ask({ from: "kyiv", to: "iran" });
    const answer = runPathQuery(graph, query);
    expect(answer.routes).toEqual([]);
    const cli = explainNoPath(graph, "kyiv", "iran", pathQueryOptions(query), whyNoPath(graph, "kyiv", "iran", pathQueryOptions(query)), () => "");
    expect(answer.noPath).toEqual({ ...cli, liftOne: [{ filter: "relations walked in their own direction only", how: 'tick "Either direction"' }] });
    expect(answer.noPath!.headline).toBe("No path from Kyïv to Iran with these filters.");
    // Walking both ways finds it.
    expect(runPathQuery(graph, { ...query, anyDirection: true }).routes.map((r) => r.nodes)).toEqual([["kyiv", "russia", "iran"]]);
  });

  it("says when two entities are not connected at all", () => {
    const graph = graphWithParallels();
    graph.addNode("lone", { label: "Lone Isle", type: "place", aliases: [], description: "", color: "#000000", size: 1, x: 0, y: 0 });
    expect(runPathQuery(graph, ask({ from: "iran", to: "lone" })).noPath).toMatchObject({ liftOne: [], otherwise: "Iran and Lone Isle are not connected in this graph, whatever the filters." });
  });

  it("answers a link naming an entity the graph lacks in the viewer's words, suggesting close ones, without library wording", () => {
    const answer = runPathQuery(graphWithParallels(), ask({ from: "iran", to: "kyyv" }));
    expect(answer.error).toBe('This graph has no entity "kyyv": the link may come from another graph. Did you mean Kyïv? Choose both ends from the suggestions.');
    expect(answer.error).not.toMatch(/resolveEntity|\(\)/);
  });

  it("answers a link naming a relation type the graph lacks in the viewer's words", () => {
    const graph = graphWithParallels();
    graph.setAttribute("ontology", { ...graph.getAttribute("ontology"), relationTypes: [{ id: "supplies", label: "supplies", description: "", color: "#000000", directed: true, from: [], to: [], selfLoops: false }] });
    const answer = runPathQuery(graph, ask({ from: "iran", to: "russia", relationTypes: ["bogus", "supplies"] }));
    expect(answer.error).toBe('This graph has no relation type "bogus": the link may come from another graph. Choose the relation types again under "Relation types".');
  });
});
