// What the load worker works out over a whole graph for the page, so the page's main thread never makes a pass over
// every relation to start: the same answers the page would have found itself, taken over by the page's own copy.
import { MultiDirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";
import { describe, expect, it } from "vitest";
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from "../../../src/graph/types.ts";
import { documentSummaries } from "../../../src/viewer/corpus/documents.ts";
import { countsFor, legendCounts, WIDEST_SOURCE_COUNT } from "../../../src/viewer/filters/legend-counts.ts";
import { relationsAsItem } from "../../../src/viewer/panels/entity-relations.ts";
import { digestGraph, markShownLabels, primeWithDigest } from "../../../src/viewer/io/graph-digest.ts";
import { DEFAULT_VIEW_STATE } from "../../../src/viewer/state/view-state.ts";
import { corpusGraph } from "../corpus-fixture.ts";

type Serialized = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** The page's copy: the graph as the worker sends it, rebuilt. */
function copyOf(graph: KnowledgeGraph): KnowledgeGraph {
  const copy: KnowledgeGraph = new MultiDirectedGraph();
  copy.import(JSON.parse(JSON.stringify(graph.export())) as Serialized);
  return copy;
}

describe("the graph digest", () => {
  it("orders labels by how many relations an entity takes part in, marks denied-only claims and lists the edge labels' characters", () => {
    const graph = corpusGraph();
    const some = graph.edges()[0]!;
    graph.addDirectedEdgeWithKey("denied-claim", "estmark", "valdoria", { ...graph.getEdgeAttributes(some), items: [], status: "denied", stanceCounts: { denied: 1 }, contested: false });
    const digest = digestGraph(graph);
    // Norvask is at an end of all four of the corpus's relations.
    expect(digest.labelOrder[0]).toBe("norvask");
    expect(new Set(digest.labelOrder)).toEqual(new Set(graph.nodes()));
    expect(digest.deniedOnly).toEqual(["denied-claim"]);
    for (const label of graph.mapEdges((_e, a) => a.label)) for (const character of label) expect(digest.edgeLabelText).toContain(character);
    expect(new Set(digest.edgeLabelText).size).toBe(digest.edgeLabelText.length);
  });

  it("gives the page's copy of the graph the legend counts, the sources list and the item index the page would have worked out", () => {
    const worker = corpusGraph();
    const digest = structuredClone(digestGraph(worker));
    const page = copyOf(worker);
    primeWithDigest(page, digest);
    expect(countsFor(page, DEFAULT_VIEW_STATE)).toBe(digest.legend);
    expect(countsFor(page, DEFAULT_VIEW_STATE)).toEqual(legendCounts(copyOf(worker), DEFAULT_VIEW_STATE, WIDEST_SOURCE_COUNT));
    expect(documentSummaries(page)).toBe(digest.documents);
    expect(documentSummaries(page)).toEqual(documentSummaries(copyOf(worker)));
    expect(relationsAsItem(page, "kestrel-9")).toEqual(relationsAsItem(copyOf(worker), "kestrel-9"));
    expect(relationsAsItem(page, "kestrel-9").length).toBeGreaterThan(0);
  });

  it("does not stand in for the counts once a filter is set", () => {
    const page = corpusGraph();
    primeWithDigest(page, digestGraph(page));
    const filtered = { ...DEFAULT_VIEW_STATE, hiddenRelationTypes: ["supplies"] };
    expect(countsFor(page, filtered).relationTypes.get("attacked")).toBe(1);
    expect(countsFor(page, filtered)).toEqual(legendCounts(page, filtered, WIDEST_SOURCE_COUNT));
  });

  it("keeps how a hostile or huge label is drawn beside it, and leaves ordinary labels alone", () => {
    const data = {
      attributes: {},
      nodes: [
        { key: "a", attributes: { label: "Iran" } },
        { key: "b", attributes: { label: "Ir\u200Ban" } },
        { key: "c", attributes: { label: "x".repeat(100_000) } },
      ],
      edges: [{ key: "e", source: "a", target: "b", attributes: { label: "\u202Esupplies" } }],
    } as unknown as Serialized;
    markShownLabels([...data.nodes!, ...data.edges!]);
    const shown = (item: { attributes?: object }) => (item.attributes as { shownLabel?: string }).shownLabel;
    expect(shown(data.nodes[0]!)).toBeUndefined();
    expect(shown(data.nodes[1]!)).toContain("⟨U+200B");
    expect(shown(data.nodes[2]!)!.length).toBeLessThan(100);
    expect(shown(data.edges[0]!)).toContain("⟨U+202E");
  });
});
