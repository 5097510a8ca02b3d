// CSV details a spreadsheet user meets: list cells read back item by item, empty cells for what
// a relation or entity lacks, and whole tables for graphs too big for one chunk.
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { graphToCsv, splitCsvList } from "../../src/index.ts";
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from "../../src/graph/types.ts";
import { addRelation } from "./helpers.ts";

function graphWithoutSources(): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.replaceAttributes({ name: "Valley council" } as unknown as GraphAttributes);
  graph.addNode("mill", { label: "Mill Union", type: "group", aliases: [], description: "", color: "#336699", size: Number.NaN, x: 1, y: Number.POSITIVE_INFINITY });
  graph.addNode("farm", { label: "Farm Board", type: "group", aliases: [], description: "", color: "#336699", size: 2, x: 0, y: 0 });
  addRelation(graph, "mill:supplies:farm", "mill", "farm", { evidence: [{ source: "memo-7", quote: "The mill sends flour" }] });
  return graph;
}

const rows = (csv: string) => csv.split("\r\n").filter((line) => line !== "");

describe("splitCsvList", () => {
  it.each([
    ["two items", "a | b", ["a", "b"]],
    ["items written without spaces around the pipe", "a|b", ["a", "b"]],
    ["a space only before the pipe", "a |b", ["a", "b"]],
    ["a backslash at the very end stays a backslash", "a \\", ["a \\"]],
    ["an escaped pipe", "a \\| b | c", ["a | b", "c"]],
  ])("%s", (_case, cell, items) => {
    expect(splitCsvList(cell)).toEqual(items);
  });
});

describe("graphToCsv cells", () => {
  it("leaves size and position cells empty for numbers that are not finite", () => {
    const [, mill] = rows(graphToCsv(graphWithoutSources()).nodes);
    expect(mill).toBe("mill,Mill Union,group,,,#336699,,1,");
  });

  it("leaves date, end, firstDay and lastDay empty for an undated relation, and names the source by id when the graph lists no sources", () => {
    const [, edge] = rows(graphToCsv(graphWithoutSources()).edges);
    expect(edge).toBe("mill:supplies:farm,mill,farm,supplies,supplies,true,reported,,,,,,,{},,,#000000,The mill sends flour,memo-7,memo-7,1,1,0,0,0,0,false,,,");
  });

  it("counts one document reporting an undated, unattributed claim: 0 for every other stance, not contested, firstReported, supportedBy and deniedBy empty", () => {
    const [header, edge] = rows(graphToCsv(graphWithoutSources()).edges);
    const cells = Object.fromEntries(header!.split(",").map((name, i) => [name, edge!.split(",")[i]]));
    expect(cells).toMatchObject({
      sourceCount: "1",
      reportedSources: "1",
      confirmedSources: "0",
      allegedSources: "0",
      plannedSources: "0",
      deniedSources: "0",
      contested: "false",
      firstReported: "",
      supportedBy: "",
      deniedBy: "",
    });
  });

  it("gives a quote from a source the graph does not list its id as title, and empty kind and date", () => {
    expect(rows(graphToCsv(graphWithoutSources()).quotes)).toEqual([
      "relationId,sourceId,sourceTitle,sourceKind,sourceDate,quote,status,assertedBy",
      "mill:supplies:farm,memo-7,memo-7,,,The mill sends flour,reported,",
    ]);
  });

  it("writes every row of a graph too big for one chunk, with nothing between the chunks", () => {
    const graph = graphWithoutSources();
    const filler = "a long fictional description to make rows of a few hundred characters ".repeat(4);
    for (let i = 0; i < 800; i++) graph.addNode(`n${i}`, { label: `Node ${i}`, type: "group", aliases: [], description: filler, color: "#336699", size: 1, x: 0, y: 0 });
    const lines = rows(graphToCsv(graph).nodes);
    expect(lines).toHaveLength(1 + 802);
    expect(lines[0]).toBe("id,label,type,aliases,description,color,size,x,y");
    expect(lines.slice(3).every((line, i) => line === `n${i},Node ${i},group,,${filler},#336699,1,0,0`)).toBe(true);
  });
});
