// Paths rendered as lines an analyst reads: relation, date, status, who says so, how many sources and who denies it, and the quotes.
import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import type { Evidence } from "../../src/model/dataset.ts";
import { describeSources, explainPath, formatWhen } from "../../src/query/explain.ts";
import { shortestPath } from "../../src/query/paths.ts";
import { corpusGraph, makeGraph, seedGraph } from "./fixture.ts";

let seed: KnowledgeGraph;
beforeAll(async () => {
  seed = await seedGraph();
});

describe("explainPath", () => {
  it("writes each step with its date, status, asserter and items, how many sources it has, who denies it, and its quotes with their source", () => {
    const path = shortestPath(seed, "iran", "kyiv", { includeRelationTypes: ["supplies", "attacked"], statuses: ["confirmed", "reported"] })!;
    expect(explainPath(seed, path).split("\n")).toEqual([
      "1. Iran —supplies (reported, with Iranian drones)→ Russia",
      "     1 source: 1 reported, 1 denied (contested)",
      '     Denied by Iran: "Despite denials from Iranian officials, Tehran has provided Russia with hundreds of “suicide drones”" [iran-russia-drones]',
      '     "Tehran has provided Russia with hundreds of “suicide drones”" [iran-russia-drones]',
      "2. Russia —attacked (reported, with Iranian drones)→ Kyiv",
      "     1 source",
      '     "these drones have contributed to destruction and devastation in Kyiv, Odesa, and other Ukrainian cities" [iran-russia-drones]',
    ]);
  });

  it("writes the date of a dated step first", () => {
    const path = shortestPath(seed, "iran", "kyiv", { includeRelationTypes: ["supports", "attacked"], from: "2022-12", undated: "drop" })!;
    const lines = explainPath(seed, path).split("\n");
    expect(lines[0]).toBe("1. Iran —supports (2022-12, reported, per John Kirby)→ Russia");
    expect(lines).toContain("2. Russia —attacked (2023-05-28, reported, with Iranian drones)→ Kyiv");
  });

  it("writes a step against the relation's direction with a backward arrow, and an undirected one without arrow", () => {
    const backward = shortestPath(seed, "shahed-131", "iran", { direction: "any" })!;
    expect(explainPath(seed, backward, { quotes: false, sources: false })).toBe("1. Shahed-131 ←produces (reported)— Iran");
    const undirected = shortestPath(seed, "iran", "iaea", { includeRelationTypes: ["negotiates-with"] })!;
    expect(explainPath(seed, undirected, { quotes: false, sources: false, numbered: false })).toBe("Iran —negotiates with (reported)— International Atomic Energy Agency");
  });

  it("says so when a path goes nowhere", () => {
    expect(explainPath(seed, { from: "iran", to: "iran", steps: [] })).toBe("Iran (the same entity: no steps)");
  });

  it("writes a period as its start and end", () => {
    const graph = makeGraph(["p", "q"], [{ source: "p", target: "q", date: "2022-09", end: "2023-06" }]);
    expect(explainPath(graph, shortestPath(graph, "p", "q")!, { quotes: false, sources: false })).toBe("1. P —a-label (2022-09 to 2023-06, reported)→ Q");
    expect(formatWhen({})).toBe("");
  });
});

describe("formatWhen and explainStep, details", () => {
  const when: [string, { date?: string; end?: string }, string][] = [
    ["a date alone", { date: "2022-09" }, "2022-09"],
    ["a period", { date: "2022-09", end: "2023-06" }, "2022-09 to 2023-06"],
    ["a period that ends when it starts, as one date", { date: "2022-09", end: "2022-09" }, "2022-09"],
    ["no date", {}, ""],
  ];
  it.each(when)("writes %s", (_what, step, text) => {
    expect(formatWhen(step)).toBe(text);
  });

  it("lists several asserters and several items, each separated by a comma", () => {
    const graph = makeGraph(["p", "q", "r", "s", "t", "u"], [{ source: "p", target: "q" }]);
    graph.setEdgeAttribute("p-a-q-0", "assertedBy", ["r", "s"]);
    graph.setEdgeAttribute("p-a-q-0", "items", ["t", "u"]);
    expect(explainPath(graph, shortestPath(graph, "p", "q")!, { quotes: false, sources: false })).toBe("1. P —a-label (reported, per R, S, with T, U)→ Q");
  });
});

describe("explainPath over a corpus: sources and denials", () => {
  let corpus: KnowledgeGraph;
  beforeAll(async () => {
    corpus = await corpusGraph();
  });

  it("says under each step how many sources it has, per stance when they differ, and who denies a contested one with the denying quote", () => {
    const path = shortestPath(corpus, "valdoria", "port-halden")!;
    expect(explainPath(corpus, path).split("\n")).toEqual([
      "1. Valdoria —supplies (reported, per Estmark, with Kestrel-9)→ Norvask",
      "     3 sources: 1 reported, 1 confirmed, 1 denied (contested)",
      '     Denied by Valdoria: "The foreign ministry of Valdoria denies that Valdoria has provided any drones to Norvask." [doc-c]',
      '     "Valdoria has supplied Norvask with Kestrel-9 attack drones" [doc-a]',
      '     "Independent monitors confirmed that Valdoria delivered at least forty Kestrel-9 drones to Norvask" [doc-b, confirmed]',
      "2. Norvask —attacked (2023-03-04, reported, with Kestrel-9)→ Port Halden",
      "     1 source",
      '     "On 4 March 2023 Norvask attacked Port Halden, a harbour city in Estmark, with drones" [doc-b]',
    ]);
  });

  it("gives the count alone when every document takes the same stance", () => {
    const path = shortestPath(corpus, "valdoria", "port-halden", { minSources: 2 })!;
    expect(explainPath(corpus, path, { quotes: false }).split("\n")).toEqual([
      "1. Valdoria —trains (reported, per Estmark)→ Norvask Drone Corps",
      "     2 sources",
      "2. Norvask Drone Corps —part of (reported)→ Norvask Armed Forces",
      "     2 sources",
      "3. Norvask Armed Forces —attacked (reported)→ Port Halden",
      "     2 sources",
    ]);
  });

  it("keeps the denial without the other quotes, and leaves both out when asked", () => {
    const path = shortestPath(corpus, "valdoria", "norvask")!;
    expect(explainPath(corpus, path, { quotes: false }).split("\n")).toEqual([
      "1. Valdoria —supplies (reported, per Estmark, with Kestrel-9)→ Norvask",
      "     3 sources: 1 reported, 1 confirmed, 1 denied (contested)",
      '     Denied by Valdoria: "The foreign ministry of Valdoria denies that Valdoria has provided any drones to Norvask." [doc-c]',
    ]);
    const quotesOnly = explainPath(corpus, path, { sources: false }).split("\n");
    expect(quotesOnly).toHaveLength(4);
    expect(quotesOnly[3]).toBe('     "The foreign ministry of Valdoria denies that Valdoria has provided any drones to Norvask." [doc-c, denied, per Valdoria]');
  });
});

describe("explainPath, a quote's own stance and asserters", () => {
  const step = (evidence: Evidence[], assertedBy: string[] = []) => {
    const graph = makeGraph(["p", "q", "r", "s"], [{ source: "p", target: "q", evidence }]);
    graph.setEdgeAttribute("p-a-q-0", "assertedBy", assertedBy);
    return explainPath(graph, shortestPath(graph, "p", "q", { statuses: ["reported", "denied"] })!).split("\n").slice(1);
  };

  it("tags a quote only with what differs from the relation: its stance, its asserters", () => {
    expect(
      step(
        [
          { source: "doc-a", quote: "same stance, same asserter", status: "reported", assertedBy: ["r"] },
          { source: "doc-b", quote: "its own stance and asserter", status: "alleged", assertedBy: ["s"] },
        ],
        ["r"],
      ),
    ).toEqual(["     2 sources: 1 reported, 1 alleged", '     "same stance, same asserter" [doc-a]', '     "its own stance and asserter" [doc-b, alleged, per S]']);
  });

  it("writes a denial the document makes itself, with no one named, as denied", () => {
    expect(
      step([
        { source: "doc-a", quote: "it happened" },
        { source: "doc-b", quote: "it did not happen", status: "denied" },
      ]),
    ).toEqual(["     2 sources: 1 reported, 1 denied (contested)", '     Denied: "it did not happen" [doc-b]', '     "it happened" [doc-a]']);
  });

  it("lists the quotes of a claim every document denies as quotes: it is not contested", () => {
    expect(step([{ source: "doc-a", quote: "it did not happen", status: "denied", assertedBy: ["r"] }])).toEqual([
      "     1 source",
      '     "it did not happen" [doc-a, denied, per R]',
    ]);
  });
});

describe("describeSources", () => {
  const cases: [string, Parameters<typeof describeSources>[0], string][] = [
    ["one source", { sourceCount: 1, stanceCounts: { reported: 1 }, contested: false }, "1 source"],
    ["several sources of one stance", { sourceCount: 4, stanceCounts: { confirmed: 4 }, contested: false }, "4 sources"],
    ["stances in the order statuses are listed", { sourceCount: 2, stanceCounts: { denied: 1, alleged: 1 }, contested: false }, "2 sources: 1 alleged, 1 denied"],
    [
      "a document counted under each stance it takes",
      { sourceCount: 2, stanceCounts: { reported: 2, denied: 1 }, contested: true },
      "2 sources: 2 reported, 1 denied (contested)",
    ],
  ];
  it.each(cases)("writes %s", (_what, step, text) => {
    expect(describeSources(step)).toBe(text);
  });
});
