// Specification of quotes.csv: one row per evidence quote, with its document and the stance that
// document takes, so a spreadsheet can pivot claims by document; read back with csv-parse.
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { CSV_QUOTE_COLUMNS, ExportOptionError, graphToCsv, quotesCsvChunks, splitCsvList } from "../../src/index.ts";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import type { Dataset } from "../../src/model/dataset.ts";
import { CONTESTED_CLAIM, corpusDataset, corpusGraph, evidenceFromRow, HOSTILE, hostileGraph, quoteRowsByRelation, type CsvRow } from "./helpers.ts";

let dataset: Dataset;
let corpus: KnowledgeGraph;
beforeAll(async () => {
  dataset = await corpusDataset();
  corpus = await corpusGraph();
});

const rows = (csv: string): CsvRow[] => parse(csv, { columns: true, bom: true, relax_quotes: false }) as CsvRow[];

describe("quotesCsvChunks: options", () => {
  it("rejects a bom option that is not a boolean, naming it", () => {
    expect(() => [...quotesCsvChunks(corpus, { bom: 1 as never })]).toThrow(ExportOptionError);
    expect(() => [...quotesCsvChunks(corpus, { bom: 1 as never })]).toThrow(/bom must be true or false, got 1/);
  });

  it("writes no byte-order mark by default, and one when asked", () => {
    expect(graphToCsv(corpus).quotes.startsWith("relationId,")).toBe(true);
    expect([...quotesCsvChunks(corpus, { bom: true })].join("").startsWith("\uFEFFrelationId,")).toBe(true);
  });
});

describe("quotesCsvChunks: rows", () => {
  it("writes a header row of the documented columns and CRLF record ends", () => {
    const { quotes } = graphToCsv(corpus);
    expect(quotes.split("\r\n")[0]).toBe(CSV_QUOTE_COLUMNS.map((c) => c.name).join(","));
    expect(quotes.split("\r\n")[0]).toBe("relationId,sourceId,sourceTitle,sourceKind,sourceDate,quote,status,assertedBy");
    expect(quotes.endsWith("\r\n")).toBe(true);
  });

  it("writes one row per quote of every relation, relation by relation and in each relation's order", () => {
    const quotes = dataset.relations.flatMap((relation) => relation.evidence.map((e) => [relation.id, e.source, e.quote]));
    expect(quotes.length).toBeGreaterThanOrEqual(7);
    expect(rows(graphToCsv(corpus).quotes).map((r) => [r.relationId, r.sourceId, r.quote])).toEqual(quotes);
  });

  it("names each quote's document by title, kind and date, as the sources index gives them", () => {
    const sources = new Map(dataset.sources.map((s) => [s.id, s]));
    for (const row of rows(graphToCsv(corpus).quotes)) {
      const source = sources.get(row.sourceId!)!;
      expect([row.sourceTitle, row.sourceKind, row.sourceDate]).toEqual([source.title, source.kind, source.date ?? ""]);
    }
  });

  it("spells out each document's stance on the contested claim: reported for Estmark, confirmed with no one named, denied by Valdoria", () => {
    const claim = rows(graphToCsv(corpus).quotes).filter((r) => r.relationId === CONTESTED_CLAIM);
    expect(claim.map((r) => [r.sourceId, r.sourceDate, r.status, r.assertedBy])).toEqual([
      ["doc-a", "2023-03-02", "reported", "estmark"],
      ["doc-b", "2023-03-10", "confirmed", ""],
      ["doc-c", "2023-03-15", "denied", "valdoria"],
    ]);
  });

  it("gives a quote without a stance of its own its relation's status and asserters", () => {
    for (const row of rows(graphToCsv(corpus).quotes)) {
      const relation = dataset.relations.find((r) => r.id === row.relationId)!;
      const own = relation.evidence.find((e) => e.source === row.sourceId && e.quote === row.quote)!;
      expect(row.status).toBe(own.status ?? relation.status);
      expect(splitCsvList(row.assertedBy!)).toEqual(own.assertedBy ?? relation.assertedBy);
    }
  });

  it("pivots by document: the relations each document backs, and how", () => {
    const byDocument = new Map<string, string[]>();
    for (const row of rows(graphToCsv(corpus).quotes)) byDocument.set(row.sourceId!, [...(byDocument.get(row.sourceId!) ?? []), `${row.relationId} ${row.status}`]);
    for (const source of dataset.sources) {
      const backed = dataset.relations.flatMap((r) => r.evidence.filter((e) => e.source === source.id).map((e) => `${r.id} ${e.status ?? r.status}`));
      expect(byDocument.get(source.id) ?? [], source.id).toEqual(backed);
    }
  });
});

describe("quotesCsvChunks: round trip", () => {
  it("reads back through csv-parse into the same evidence, each quote with its own stance and asserters", () => {
    const byRelation = quoteRowsByRelation(rows(graphToCsv(corpus).quotes));
    expect([...byRelation.keys()]).toEqual(corpus.edges());
    corpus.forEachEdge((edge, attributes) => {
      expect(byRelation.get(edge)!.map((row) => evidenceFromRow(row, attributes)), edge).toEqual(attributes.evidence);
    });
  });

  it("keeps quotes with commas, double quotes, pipes, line breaks and right-to-left text exactly, and lists of asserters split back", () => {
    const graph = hostileGraph();
    const back = quoteRowsByRelation(rows(graphToCsv(graph).quotes));
    // UTF-8 cannot encode a lone surrogate: in any UTF-8 file (and in csv-parse) it becomes U+FFFD.
    const utf8 = (value: string) => value.replace(/[\uD800-\uDFFF]/gu, "\uFFFD");
    graph.forEachEdge((edge, attributes) => {
      const evidence = attributes.evidence.map((e) => ({ ...e, quote: utf8(e.quote) }));
      expect(back.get(edge)!.map((row) => evidenceFromRow(row, attributes)), edge).toEqual(evidence);
      expect(back.get(edge)!.map((row) => splitCsvList(row.assertedBy!)), edge).toEqual(attributes.evidence.map(() => attributes.assertedBy));
    });
    expect(graphToCsv(graph).quotes).toContain(`"${HOSTILE.quotes.replace(/"/g, '""')}"`);
  });
});
