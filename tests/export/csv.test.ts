// Specification of the CSV export: three RFC 4180 tables that a CSV reader turns back into the whole graph.
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  CSV_EDGE_COLUMNS,
  CSV_NODE_COLUMNS,
  ExportOptionError,
  graphToCsv,
  joinCsvList,
  nodesCsvChunks,
  splitCsvList,
} from "../../src/index.ts";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import { edgeFromRow, HOSTILE, hostileGraph, nodeFromRow, quoteRowsByRelation, seedGraph, type CsvRow } from "./helpers.ts";

let seed: KnowledgeGraph;
beforeAll(async () => {
  seed = await seedGraph();
});

const rows = (csv: string): CsvRow[] => parse(csv, { columns: true, bom: true, relax_quotes: false }) as CsvRow[];


describe("CSV options", () => {
  it("rejects a bom option that is not a boolean", () => {
    expect(() => [...nodesCsvChunks(seed, { bom: "yes" as never })]).toThrow(ExportOptionError);
    expect(() => [...nodesCsvChunks(seed, { bom: "yes" as never })]).toThrow(/bom must be true or false, got "yes"/);
  });

  it("writes no byte-order mark by default, and one when asked", () => {
    expect(graphToCsv(seed).nodes.startsWith("id,")).toBe(true);
    expect(graphToCsv(seed, { bom: true }).edges.startsWith("\uFEFFid,")).toBe(true);
  });
});

describe("joinCsvList / splitCsvList", () => {
  it.each([
    [[], ""],
    [["kyiv"], "kyiv"],
    [["a", "b"], "a | b"],
    [["a|b", "c"], "a\\|b | c"],
    [["back\\slash"], "back\\\\slash"],
    [["ends with space ", " starts"], "ends with space  |  starts"],
  ])("joins %j as %j and splits it back", (list, cell) => {
    expect(joinCsvList(list)).toBe(cell);
    expect(splitCsvList(cell)).toEqual(list);
  });

  it("splits back any list but the one-empty-string list (an empty cell is an empty list)", () => {
    const item = fc.string({ unit: fc.constantFrom("a", " ", "|", "\\", ",", '"', "é", "\n") });
    fc.assert(
      fc.property(fc.array(item).filter((l) => !(l.length === 1 && l[0] === "")), (list) => {
        expect(splitCsvList(joinCsvList(list))).toEqual(list);
      }),
    );
  });
});

describe("nodesCsvChunks / edgesCsvChunks", () => {
  it("writes a header row of the documented columns and CRLF record ends", () => {
    const { nodes, edges } = graphToCsv(seed);
    expect(nodes.split("\r\n")[0]).toBe(CSV_NODE_COLUMNS.map((c) => c.name).join(","));
    expect(edges.split("\r\n")[0]).toBe(CSV_EDGE_COLUMNS.map((c) => c.name).join(","));
    expect(nodes.endsWith("\r\n")).toBe(true);
  });

  it("finds every node and every attribute it has after a round trip", () => {
    const back = rows(graphToCsv(seed).nodes);
    expect(back.map((r) => r.id)).toEqual(seed.nodes());
    for (const row of back) expect(nodeFromRow(row)).toEqual(seed.getNodeAttributes(row.id!));
  });

  it("writes one row per relation, parallel ones included, with every attribute and quote", () => {
    const { edges, quotes } = graphToCsv(seed);
    const back = rows(edges);
    const quoteRows = quoteRowsByRelation(rows(quotes));
    expect(back.map((r) => r.id)).toEqual(seed.edges());
    for (const row of back) {
      expect([row.source, row.target]).toEqual([seed.source(row.id!), seed.target(row.id!)]);
      expect(edgeFromRow(row, quoteRows.get(row.id!) ?? [])).toEqual(seed.getEdgeAttributes(row.id!));
    }
  });

  it("adds the days a date covers and the titles of the sources quoted", () => {
    const back = rows(graphToCsv(seed).edges);
    const month = back.find((r) => r.date === "2022-11")!;
    expect([month.firstDay, month.lastDay]).toEqual(["2022-11-01", "2022-11-30"]);
    expect(month.sourceTitles).toBe("Iran's military support to Russia in the war against Ukraine");
    expect(back.find((r) => r.date === "")!.firstDay).toBe("");
  });

  it("quotes commas, quotes and line breaks so hostile strings come back exactly, control characters included", () => {
    const graph = hostileGraph();
    const { nodes, edges, quotes } = graphToCsv(graph);
    // UTF-8 cannot encode a lone surrogate: in any UTF-8 file (and in csv-parse) it becomes U+FFFD.
    const utf8 = (value: string) => value.replace(/[\uD800-\uDFFF]/gu, "\uFFFD");
    graph.updateEachNodeAttributes((_n, a) => ({ ...a, label: utf8(a.label), aliases: a.aliases.map(utf8) }));
    graph.updateEachEdgeAttributes((_e, a) => ({ ...a, evidence: a.evidence.map((e) => ({ ...e, quote: utf8(e.quote) })) }));
    for (const row of rows(nodes)) expect(nodeFromRow(row)).toEqual(graph.getNodeAttributes(row.id!));
    const quoteRows = quoteRowsByRelation(rows(quotes));
    for (const row of rows(edges)) expect(edgeFromRow(row, quoteRows.get(row.id!) ?? [])).toEqual(graph.getEdgeAttributes(row.id!));
    expect(nodes).toContain(`"<b>""Tom"" & 'Jerry'</b> ]]> <!-- -->"`);
    expect(rows(nodes).find((r) => r.id === "irgc")!.label).toBe(HOSTILE.rtl);
  });
});
