import { describe, expect, it } from "vitest";
import { graphFiles } from "../../../src/viewer/io/downloads.ts";
import { smallGraph } from "../graph-fixture.ts";

describe("graphFiles", () => {
  it("gives CSV as two complete tables, nodes and edges, named after the graph", async () => {
    const files = graphFiles(smallGraph(), "csv");
    expect(files.map((f) => f.name)).toEqual(["small-nodes.csv", "small-edges.csv"]);
    const [nodes, edges] = await Promise.all(files.map((f) => f.blob.text()));
    expect(nodes!.trim().split("\n")).toHaveLength(1 + 5);
    expect(edges!).toContain("russia:attacked:kyiv:2023-05-28");
  });

  it("fails as a whole, before giving any file, when the edges table cannot be written", () => {
    // Nodes are fine; one relation's date is not a date. Writing nodes.csv alone would leave half a download.
    const graph = smallGraph();
    graph.setEdgeAttribute("russia:attacked:kyiv:2023-05-28", "date", "late May 2023");
    for (const format of ["csv", "gexf"] as const) expect(() => graphFiles(graph, format)).toThrow(/late May 2023/);
  });

  it("gives labels as the data has them, not as the graph draws hostile ones, and leaves the shown graph as it is", async () => {
    const graph = smallGraph();
    const [node] = graph.nodes();
    const label = graph.getNodeAttribute(node!, "label");
    graph.setNodeAttribute(node!, "shownLabel", "cut short…");
    const json = await graphFiles(graph, "json")[0]!.blob.text();
    expect(json).not.toContain("shownLabel");
    expect(json).toContain(JSON.stringify(label));
    expect(graph.getNodeAttribute(node!, "shownLabel")).toBe("cut short…");
  });
});
