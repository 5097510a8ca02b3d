// Why a query found no path: which filters, lifted one at a time, would let one through, and whether the two are connected at all.
import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import type { PathQueryOptions } from "../../src/query/options.ts";
import { whyNoPath, type NoPathReason } from "../../src/query/why-no-path.ts";
import { corpusGraph, makeGraph } from "./fixture.ts";

// p -> q -> r along the relations' direction.
const chain = makeGraph(["p", "q", "r"], [
  { source: "p", target: "q" },
  { source: "q", target: "r" },
]);
// From p to q only against the relations' direction, through m of type y: m -> p and q -> m.
const againstTheGrain = makeGraph(["p", "m:y", "q"], [
  { source: "m", target: "p" },
  { source: "q", target: "m" },
]);
// From p to q only against a relation dated 2022.
const datedBackward = makeGraph(["p", "q"], [{ source: "q", target: "p", date: "2022" }]);
const apart = makeGraph(["p", "q"], []);

describe("whyNoPath", () => {
  const cases: [string, typeof chain, string, Partial<PathQueryOptions>, NoPathReason][] = [
    [
      "blames nothing when the query does find a path, whatever filters it uses",
      chain,
      "r",
      { excludeRelationTypes: ["b"], maxHops: 2 },
      { active: ["direction", "relationTypes", "statuses", "maxHops"], cutBy: [], connectedWithoutFilters: true },
    ],
    ["blames the hop limit for a path one step too long", chain, "r", { maxHops: 1 }, { active: ["direction", "statuses", "maxHops"], cutBy: ["maxHops"], connectedWithoutFilters: true }],
    [
      "blames the hop limit alone when the path also needs relations walked both ways, which the query allows",
      againstTheGrain,
      "q",
      { direction: "any", maxHops: 1 },
      { active: ["statuses", "maxHops"], cutBy: ["maxHops"], connectedWithoutFilters: true },
    ],
    [
      "blames the entity types alone when the path passes through an excluded type against the relations' direction",
      againstTheGrain,
      "q",
      { direction: "any", excludeEntityTypes: ["y"] },
      { active: ["entityTypes", "statuses"], cutBy: ["entityTypes"], connectedWithoutFilters: true },
    ],
    [
      "blames the date window alone when the path's relation falls outside it and is walked backwards",
      datedBackward,
      "q",
      { direction: "any", to: "2021" },
      { active: ["dateWindow", "statuses"], cutBy: ["dateWindow"], connectedWithoutFilters: true },
    ],
    [
      "blames no single filter when only lifting two together lets the path through, and says the two are connected",
      againstTheGrain,
      "q",
      { excludeEntityTypes: ["y"] },
      { active: ["direction", "entityTypes", "statuses"], cutBy: [], connectedWithoutFilters: true },
    ],
    ["says two entities without any relation between them are not connected at all", apart, "q", {}, { active: ["direction", "statuses"], cutBy: [], connectedWithoutFilters: false }],
  ];
  it.each(cases)("%s", (_what, graph, to, options, reason) => {
    expect(whyNoPath(graph, "p", to, options)).toEqual(reason);
  });
});

describe("whyNoPath over a corpus", () => {
  let corpus: KnowledgeGraph;
  beforeAll(async () => {
    corpus = await corpusGraph();
  });

  it("blames the source minimum when no route to Port Halden has three sources on every step", () => {
    expect(whyNoPath(corpus, "valdoria", "port-halden", { minSources: 3 })).toEqual({
      active: ["direction", "statuses", "minSources"],
      cutBy: ["minSources"],
      connectedWithoutFilters: true,
    });
  });

  it("blames leaving out contested claims when the only supply from Valdoria to Norvask is denied by Valdoria", () => {
    expect(whyNoPath(corpus, "valdoria", "norvask", { excludeContested: true, includeRelationTypes: ["supplies"] })).toEqual({
      active: ["direction", "relationTypes", "statuses", "contested"],
      cutBy: ["contested"],
      connectedWithoutFilters: true,
    });
  });
});
