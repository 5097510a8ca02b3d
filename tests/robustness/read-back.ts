// Reads every export format back into graphs with the attributes of a built graph, for round-trip properties.
import { parse as parseCsv } from "csv-parse/sync";
import Graph, { MultiDirectedGraph, MultiGraph } from "graphology";
import { parse as parseGexfText } from "graphology-gexf";
import { parse as parseGraphmlText } from "graphology-graphml";
import { GRAPHML_JSON_ATTRIBUTES } from "../../src/index.ts";
import type { EdgeAttributes, KnowledgeGraph } from "../../src/graph/types.ts";
import { edgeFromRow, nodeFromRow, quoteRowsByRelation, rgbToHex, withStanceCounts, type CsvRow } from "../export/helpers.ts";

/** What a read-back graph must match: keys, endpoints and attributes of nodes and edges. */
export interface ReadBack {
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { key: string; source: string; target: string; directed: boolean; attributes: Record<string, unknown> }[];
  graph?: Record<string, unknown>;
}

function fromGraph(graph: Graph, node: (a: Record<string, unknown>) => Record<string, unknown>, edge: (a: Record<string, unknown>) => Record<string, unknown>): ReadBack {
  return {
    nodes: graph.mapNodes((key, a) => ({ key, attributes: node(a) })),
    edges: graph.mapEdges((key, a, source, target) => ({ key, source, target, directed: graph.isDirected(key), attributes: edge(a) })),
  };
}

/** The built graph itself, in the shape of {@link ReadBack}. */
export function expected(graph: KnowledgeGraph): ReadBack {
  const same = (a: Record<string, unknown>) => a;
  const out = fromGraph(graph as unknown as Graph, same, same);
  // Every edge is stored directed; an undirected relation type says so in `directed`.
  out.edges.forEach((e) => (e.directed = e.attributes.directed as boolean));
  return { ...out, graph: graph.getAttributes() as unknown as Record<string, unknown> };
}

/** graphology's JSON serialization, imported as graphology would. */
export function readJson(json: string): ReadBack {
  const graph = MultiDirectedGraph.from(JSON.parse(json));
  const same = (a: Record<string, unknown>) => a;
  const out = fromGraph(graph, same, same);
  out.edges.forEach((e) => (e.directed = e.attributes.directed as boolean));
  return { ...out, graph: graph.getAttributes() };
}

/**
 * GEXF through graphology-gexf's parser (a mixed multigraph, so parallel and undirected edges fit):
 * colours come back as rgb(), the relation type as `kind` beside GEXF's own `type`, and the
 * JSON-valued attributes as text, the counts per stance flat; derived attributes (quotes, sources)
 * are checked then dropped.
 */
export function readGexf(gexf: string, titles: ReadonlyMap<string, string>): ReadBack {
  // As it is, not as the type graphology-gexf guesses from the first edge (a first `mutual` edge is no graph type).
  const graph = parseGexfText(MultiGraph, gexf, { respectInputGraphType: true }) as Graph;
  return fromGraph(
    graph,
    (a) => ({ ...a, color: rgbToHex(a.color as string) }),
    ({ kind, quotes, quoteSources, sourceTitles, ...a }) => {
      const evidence = JSON.parse(a.evidence as string) as EdgeAttributes["evidence"];
      const derived = { kind: a.type, quotes: evidence.map((e) => e.quote), quoteSources: evidence.map((e) => e.source), sourceTitles: [...new Set(evidence.map((e) => titles.get(e.source)))] };
      if (JSON.stringify({ kind, quotes, quoteSources, sourceTitles }) !== JSON.stringify(derived)) {
        return { ...a, mismatch: { kind, quotes, quoteSources, sourceTitles, expected: derived } };
      }
      return withStanceCounts({ ...a, color: rgbToHex(a.color as string), quantities: JSON.parse(a.quantities as string), evidence });
    },
  );
}

/** GraphML through graphology-graphml's parser, with the attributes written as JSON text decoded and the counts per stance folded. */
export function readGraphml(graphml: string): ReadBack {
  const graph = parseGraphmlText(MultiDirectedGraph, graphml);
  const decode = (names: readonly string[]) => (attributes: Record<string, unknown>) => {
    const out = { ...attributes };
    for (const name of names) if (typeof out[name] === "string") out[name] = JSON.parse(out[name] as string);
    return out;
  };
  const out = fromGraph(graph, decode(GRAPHML_JSON_ATTRIBUTES.node), (a) => withStanceCounts(decode(GRAPHML_JSON_ATTRIBUTES.edge)(a)));
  out.edges.forEach((e) => (e.directed = e.attributes.directed as boolean));
  // The parser keeps the <graph> element's own id, which is GraphML's, not an attribute of ours.
  const { id: _id, ...attributes } = graph.getAttributes();
  return { ...out, graph: decode(GRAPHML_JSON_ATTRIBUTES.graph)(attributes) };
}



/** The three CSV tables, read with csv-parse: each relation's quotes, with their stances, from quotes.csv. */
export function readCsv(csv: { nodes: string; edges: string; quotes: string }): ReadBack {
  const rows = (text: string) => parseCsv(text, { columns: true, bom: true }) as CsvRow[];
  const quoteRows = quoteRowsByRelation(rows(csv.quotes));
  return {
    nodes: rows(csv.nodes).map((row) => ({ key: row.id!, attributes: nodeFromRow(row) as unknown as Record<string, unknown> })),
    edges: rows(csv.edges).map((row) => ({
      key: row.id!,
      source: row.source!,
      target: row.target!,
      directed: row.directed === "true",
      attributes: edgeFromRow(row, quoteRows.get(row.id!) ?? []) as unknown as Record<string, unknown>,
    })),
  };
}
