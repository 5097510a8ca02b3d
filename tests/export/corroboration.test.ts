// Specification of corroboration in the exports, on the corpus fixture: how many documents back each
// claim, the stance each takes, whether it is contested and when it was first reported, typed as each
// format declares it and read back by Gephi's, networkx's and a spreadsheet's readers alike.
import { parse as parseCsv } from "csv-parse/sync";
import Graph, { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { beforeAll, describe, expect, it } from "vitest";
import { STATUSES, graphToCsv, graphToGexf, graphToGraphml, graphToJson, stanceCountsFromFields } from "../../src/index.ts";
import type { EdgeAttributes, KnowledgeGraph } from "../../src/graph/types.ts";
import { readGraphGexf, readGraphJson } from "../../src/viewer/io/read-graph-file.ts";
import { expected, readCsv, readGexf, readGraphml, readJson } from "../robustness/read-back.ts";
import { CONTESTED_CLAIM, corpusGraph, jingErrors, type CsvRow } from "./helpers.ts";

let corpus: KnowledgeGraph;
beforeAll(async () => {
  corpus = await corpusGraph();
});

/** The flat names every format gives the count of documents per stance, written out here rather than taken from src. */
const STANCE_COLUMNS = ["reportedSources", "confirmedSources", "allegedSources", "plannedSources", "deniedSources"];

/** The corroboration of an edge as the build derived it. */
function corroboration(attributes: EdgeAttributes) {
  const { sourceCount, stanceCounts, supportedBy, deniedBy, contested, firstReported } = attributes;
  return { sourceCount, stanceCounts, supportedBy, deniedBy, contested, firstReported };
}

/**
 * What every format must say of the claim three documents make: doc-a (2 March 2023) reports it for
 * Estmark, doc-b confirms it without naming who, doc-c denies it for Valdoria.
 */
const CONTESTED = {
  sourceCount: 3,
  reportedSources: 1,
  confirmedSources: 1,
  allegedSources: 0,
  plannedSources: 0,
  deniedSources: 1,
  contested: true,
  firstReported: "2023-03-02",
  supportedBy: ["estmark"],
  deniedBy: ["valdoria"],
};

describe("stanceCountsFromFields", () => {
  it.each([
    ["numbers read from GEXF or GraphML", { reportedSources: 1, confirmedSources: 0, allegedSources: 0, plannedSources: 0, deniedSources: 2 }, { reported: 1, denied: 2 }],
    ["the text of CSV cells", { reportedSources: "3", confirmedSources: "1", allegedSources: "0", plannedSources: "0", deniedSources: "0" }, { reported: 3, confirmed: 1 }],
    ["counts some reader left out", { plannedSources: 4 }, { planned: 4 }],
    ["no counts at all", { sourceCount: 2, contested: false }, {}],
  ])("folds %s back into stanceCounts, leaving out stances no document takes", (_case, fields, counts) => {
    expect(stanceCountsFromFields(fields)).toEqual(counts);
  });
});

describe("the corpus fixture's contested claim", () => {
  it("is what the build derives: 3 sources, one each reporting, confirming and denying, first reported 2 March 2023", () => {
    expect(corroboration(corpus.getEdgeAttributes(CONTESTED_CLAIM))).toEqual({
      sourceCount: 3,
      stanceCounts: { reported: 1, confirmed: 1, denied: 1 },
      supportedBy: ["estmark"],
      deniedBy: ["valdoria"],
      contested: true,
      firstReported: "2023-03-02",
    });
  });
});

describe("GEXF", () => {
  it("declares the corroboration attributes with GEXF types: integer counts, a boolean, a date string, lists of entity ids", () => {
    const gexf = graphToGexf(corpus);
    const declared = Object.fromEntries([...gexf.matchAll(/<attribute id="([^"]+)" title="[^"]*" type="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]));
    expect(declared).toMatchObject({
      sourceCount: "integer",
      ...Object.fromEntries(STANCE_COLUMNS.map((name) => [name, "integer"])),
      contested: "boolean",
      firstReported: "string",
      supportedBy: "liststring",
      deniedBy: "liststring",
    });
  });

  it("stays valid against the GEXF 1.3 schema, static and dynamic", () => {
    expect(jingErrors(graphToGexf(corpus, { mode: "static" }))).toBe("");
    expect(jingErrors(graphToGexf(corpus, { mode: "dynamic" }))).toBe("");
  });

  it("gives the contested claim its counts as numbers, contested as a boolean and its asserters as lists through graphology-gexf", () => {
    const parsed = parseGexf(Graph, graphToGexf(corpus), { respectInputGraphType: false }) as Graph;
    expect(parsed.getEdgeAttributes(CONTESTED_CLAIM)).toMatchObject(CONTESTED);
  });

  it("leaves firstReported out of a relation whose sources are all undated", () => {
    const undated = corpus.copy() as KnowledgeGraph;
    undated.setAttribute("sources", undated.getAttribute("sources").map(({ date: _date, ...source }) => source));
    undated.updateEachEdgeAttributes((_edge, { firstReported: _first, ...attributes }) => attributes as EdgeAttributes);
    const gexf = graphToGexf(undated, { mode: "static" });
    expect(gexf).toContain('<attribute id="firstReported"');
    expect(gexf).not.toContain('<attvalue for="firstReported"');
    expect(jingErrors(gexf)).toBe("");
  });
});

describe("GraphML", () => {
  it("declares a typed <key> for each corroboration attribute: int counts, a boolean, strings", () => {
    const graphml = graphToGraphml(corpus);
    const keys = Object.fromEntries([...graphml.matchAll(/<key id="[^"]+" for="edge" attr\.name="([^"]+)" attr\.type="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]));
    expect(keys).toMatchObject({
      sourceCount: "int",
      ...Object.fromEntries(STANCE_COLUMNS.map((name) => [name, "int"])),
      contested: "boolean",
      firstReported: "string",
      supportedBy: "string",
      deniedBy: "string",
    });
  });

  it("gives the contested claim its counts as numbers and contested as a boolean through graphology-graphml, asserters as JSON lists", () => {
    const edge = parseGraphml(MultiDirectedGraph, graphToGraphml(corpus)).getEdgeAttributes(CONTESTED_CLAIM);
    expect({ ...edge, supportedBy: JSON.parse(edge.supportedBy), deniedBy: JSON.parse(edge.deniedBy) }).toMatchObject(CONTESTED);
  });
});

describe("edges.csv", () => {
  const rows = (csv: string) => parseCsv(csv, { columns: true }) as CsvRow[];

  it("adds the corroboration columns after the existing ones, which keep their places", () => {
    const header = graphToCsv(corpus).edges.split("\r\n")[0]!.split(",");
    expect(header.slice(header.indexOf("sourceTitles") + 1)).toEqual([
      "sourceCount",
      ...STANCE_COLUMNS,
      "contested",
      "firstReported",
      "supportedBy",
      "deniedBy",
    ]);
  });

  it("gives the contested claim's row its counts, contested, first date and asserters as a spreadsheet reads them", () => {
    const row = rows(graphToCsv(corpus).edges).find((r) => r.id === CONTESTED_CLAIM)!;
    expect(row).toMatchObject({
      sourceCount: "3",
      reportedSources: "1",
      confirmedSources: "1",
      allegedSources: "0",
      plannedSources: "0",
      deniedSources: "1",
      contested: "true",
      firstReported: "2023-03-02",
      supportedBy: "estmark",
      deniedBy: "valdoria",
    });
  });
});

describe("every format", () => {
  it("gives back the whole corpus graph: each relation's corroboration, and each quote's own stance and asserters", () => {
    const want = expected(corpus);
    const titles = new Map(corpus.getAttribute("sources").map((s) => [s.id, s.title]));
    const plain = { nodes: want.nodes, edges: want.edges };
    // The corpus has quotes whose stance or asserters differ from their relation's: the check below would see them lost.
    expect(corpus.someEdge((_e, a) => a.evidence.some((q) => q.status !== undefined || q.assertedBy !== undefined))).toBe(true);
    expect(readJson(graphToJson(corpus))).toEqual(want);
    expect(readGexf(graphToGexf(corpus, { mode: "static" }), titles)).toEqual(plain);
    expect(readGexf(graphToGexf(corpus, { mode: "dynamic" }), titles)).toEqual(plain);
    const graphml = readGraphml(graphToGraphml(corpus));
    expect({ nodes: graphml.nodes, edges: graphml.edges }).toEqual(plain);
    expect(readCsv(graphToCsv(corpus))).toEqual(plain);
  });

  it("counts 0 documents for every stance no document takes, in every format", () => {
    const claim = corpus.getEdgeAttributes(CONTESTED_CLAIM);
    const missing = STATUSES.filter((status) => claim.stanceCounts[status] === undefined);
    expect(missing.length).toBeGreaterThan(0);
    const gexf = parseGexf(Graph, graphToGexf(corpus), { respectInputGraphType: false }).getEdgeAttributes(CONTESTED_CLAIM);
    const graphml = parseGraphml(MultiDirectedGraph, graphToGraphml(corpus)).getEdgeAttributes(CONTESTED_CLAIM);
    const csv = (parseCsv(graphToCsv(corpus).edges, { columns: true }) as CsvRow[]).find((r) => r.id === CONTESTED_CLAIM)!;
    for (const status of missing) {
      expect([gexf[`${status}Sources`], graphml[`${status}Sources`], csv[`${status}Sources`]]).toEqual([0, 0, "0"]);
    }
  });
});

describe("a file the viewer opens again", () => {
  it("JSON: every relation gets the same corroboration back, derived again from the quotes and their stances", () => {
    const result = readGraphJson(graphToJson(corpus));
    if (!result.ok) throw new Error(result.message);
    expect(result.graph.edges()).toEqual(corpus.edges());
    corpus.forEachEdge((edge, attributes) => {
      expect(corroboration(result.graph.getEdgeAttributes(edge)), edge).toEqual(corroboration(attributes));
      expect(result.graph.getEdgeAttribute(edge, "evidence"), edge).toEqual(attributes.evidence);
    });
  });

  it("GEXF: every relation gets the same corroboration back from the evidence attribute", async () => {
    const result = await readGraphGexf(graphToGexf(corpus));
    if (!result.ok) throw new Error(result.message);
    expect(result.graph.getEdgeAttributes(CONTESTED_CLAIM)).toMatchObject({ sourceCount: 3, contested: true, stanceCounts: { denied: 1 }, deniedBy: ["valdoria"] });
    // A GEXF carries no list of sources to date the evidence by: the viewer derives the rest, and takes firstReported from the file.
    corpus.forEachEdge((edge, attributes) => {
      const back = result.graph.getEdgeAttributes(edge);
      expect(corroboration(back), edge).toEqual(corroboration(attributes));
      expect(back.evidence, edge).toEqual(attributes.evidence);
    });
  });
});
