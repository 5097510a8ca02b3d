// Graph -> GraphML with typed <key> declarations, for yEd, Cytoscape and networkx; streamed in chunks.
//
// Written here rather than with graphology-graphml: that package (0.5) only parses GraphML, it has
// no writer at all. We use its parser in tests to read our output back.
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from "../graph/types.ts";
import { STANCE_COUNT_FIELDS, stanceCount } from "./stance-counts.ts";
import { xmlAttribute, xmlJson, xmlText, type XmlPlace, type XmlWarning } from "./xml-text.ts";

/** GraphML's value types (attr.type). */
type GraphmlType = "string" | "boolean" | "int" | "double";

/** One `<key>`: where values come from, and how they are typed. */
interface GraphmlKey<A> {
  /** Key id in the file; prefixed by domain so node, edge and graph keys never clash. */
  id: string;
  /** attr.name: the attribute's name in the built graph. */
  name: string;
  type: GraphmlType;
  value: (attributes: A) => string | number | boolean | undefined;
}

const json = xmlJson;

// GraphML has no list or map types, so lists and objects are JSON text (networkx: json.loads).
const GRAPH_KEYS: readonly GraphmlKey<GraphAttributes>[] = [
  { id: "g_name", name: "name", type: "string", value: (a) => a.name },
  // Source metadata without the full text copies, which belong in the data folder, not every export.
  { id: "g_sources", name: "sources", type: "string", value: (a) => json((a.sources ?? []).map(({ text: _text, ...meta }) => meta)) },
  { id: "g_ontology", name: "ontology", type: "string", value: (a) => (a.ontology ? json(a.ontology) : undefined) },
];

const NODE_KEYS: readonly GraphmlKey<NodeAttributes>[] = [
  { id: "n_label", name: "label", type: "string", value: (a) => a.label },
  { id: "n_type", name: "type", type: "string", value: (a) => a.type },
  { id: "n_aliases", name: "aliases", type: "string", value: (a) => json(a.aliases) },
  { id: "n_description", name: "description", type: "string", value: (a) => a.description },
  { id: "n_color", name: "color", type: "string", value: (a) => a.color },
  { id: "n_size", name: "size", type: "double", value: (a) => a.size },
  { id: "n_x", name: "x", type: "double", value: (a) => a.x },
  { id: "n_y", name: "y", type: "double", value: (a) => a.y },
];

const EDGE_KEYS: readonly GraphmlKey<EdgeAttributes>[] = [
  { id: "e_type", name: "type", type: "string", value: (a) => a.type },
  { id: "e_label", name: "label", type: "string", value: (a) => a.label },
  { id: "e_color", name: "color", type: "string", value: (a) => a.color },
  { id: "e_directed", name: "directed", type: "boolean", value: (a) => a.directed },
  { id: "e_status", name: "status", type: "string", value: (a) => a.status },
  { id: "e_date", name: "date", type: "string", value: (a) => a.date },
  { id: "e_end", name: "end", type: "string", value: (a) => a.end },
  { id: "e_assertedBy", name: "assertedBy", type: "string", value: (a) => json(a.assertedBy) },
  { id: "e_items", name: "items", type: "string", value: (a) => json(a.items) },
  { id: "e_quantities", name: "quantities", type: "string", value: (a) => json(a.quantities) },
  { id: "e_role", name: "role", type: "string", value: (a) => a.role },
  { id: "e_note", name: "note", type: "string", value: (a) => a.note },
  // Each quote keeps its own stance and asserters here, so a reader can derive the counts below again.
  { id: "e_evidence", name: "evidence", type: "string", value: (a) => json(a.evidence) },
  // Corroboration, typed so that networkx and yEd read numbers and booleans; stanceCounts is
  // flattened to one count per status because GraphML has no nested values.
  { id: "e_sourceCount", name: "sourceCount", type: "int", value: (a) => a.sourceCount },
  ...STANCE_COUNT_FIELDS.map(({ status, name }): GraphmlKey<EdgeAttributes> => ({
    id: `e_${name}`,
    name,
    type: "int",
    value: (a) => stanceCount(a.stanceCounts, status),
  })),
  { id: "e_contested", name: "contested", type: "boolean", value: (a) => a.contested },
  { id: "e_firstReported", name: "firstReported", type: "string", value: (a) => a.firstReported },
  { id: "e_supportedBy", name: "supportedBy", type: "string", value: (a) => json(a.supportedBy) },
  { id: "e_deniedBy", name: "deniedBy", type: "string", value: (a) => json(a.deniedBy) },
];

/** The names of the attributes GraphML writes as JSON text, per element kind (for readers). */
export const GRAPHML_JSON_ATTRIBUTES = {
  graph: ["sources", "ontology"],
  node: ["aliases"],
  edge: ["assertedBy", "items", "quantities", "evidence", "supportedBy", "deniedBy"],
} as const;

const CHUNK_SIZE = 1 << 16;

function keyDeclarations<A>(domain: "graph" | "node" | "edge", keys: readonly GraphmlKey<A>[]): string {
  return keys.map((k) => `  <key id="${k.id}" for="${domain}" attr.name="${k.name}" attr.type="${k.type}"/>\n`).join("");
}

function dataElements<A>(keys: readonly GraphmlKey<A>[], attributes: A, indent: string, place: XmlPlace): string {
  let out = "";
  for (const key of keys) {
    const value = key.value(attributes);
    if (value === undefined || (typeof value === "number" && !Number.isFinite(value))) continue;
    const text = typeof value === "string" ? xmlText(value, key.name, place) : String(value);
    out += `${indent}<data key="${key.id}">${text}</data>\n`;
  }
  return out;
}

/**
 * Yields the graph as GraphML, about 64K characters at a time. Every node and edge attribute has
 * a typed `<key>`; lists and objects (aliases, assertedBy, items, quantities, evidence, supportedBy,
 * deniedBy) are JSON text because GraphML has no list type, and the per-stance counts of
 * `stanceCounts` are one `int` key each (`reportedSources`..., see stance-counts.ts). All edges are written directed, as in the built graph
 * (networkx refuses `directed="false"` edges in a directed graph); the `directed` attribute says
 * whether the relation type reads both ways. Characters XML 1.0 forbids become U+FFFD and are
 * reported to `onWarning`.
 */
export function* graphmlChunks(graph: KnowledgeGraph, onWarning: XmlWarning = () => {}): Generator<string> {
  const place: XmlPlace = { kind: "graph", id: String(graph.getAttribute("name") ?? ""), warn: onWarning };
  let out =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
    ` xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n` +
    keyDeclarations("graph", GRAPH_KEYS) +
    keyDeclarations("node", NODE_KEYS) +
    keyDeclarations("edge", EDGE_KEYS) +
    `  <graph id="G" edgedefault="directed">\n` +
    dataElements(GRAPH_KEYS, graph.getAttributes(), "    ", place);

  place.kind = "node";
  for (const { node, attributes } of graph.nodeEntries()) {
    place.id = node;
    out += `    <node id="${xmlAttribute(node, "id", place)}">\n${dataElements(NODE_KEYS, attributes, "      ", place)}    </node>\n`;
    // Stryker disable next-line EqualityOperator: >= vs > only moves a chunk boundary when a chunk is exactly 64K characters, the joined bytes are the same (< and true/false are pinned by the chunk-size tests)
    if (out.length >= CHUNK_SIZE) {
      yield out;
      out = "";
    }
  }
  place.kind = "edge";
  for (const { edge, source, target, attributes } of graph.edgeEntries()) {
    place.id = edge;
    out +=
      `    <edge id="${xmlAttribute(edge, "id", place)}" source="${xmlAttribute(source, "source", place)}" target="${xmlAttribute(target, "target", place)}">\n` +
      `${dataElements(EDGE_KEYS, attributes, "      ", place)}    </edge>\n`;
    // Stryker disable next-line EqualityOperator: >= vs > only moves a chunk boundary when a chunk is exactly 64K characters, the joined bytes are the same (< and true/false are pinned by the chunk-size tests)
    if (out.length >= CHUNK_SIZE) {
      yield out;
      out = "";
    }
  }
  yield `${out}  </graph>\n</graphml>\n`;
}

/** The whole GraphML document as one string: for small graphs and tests. */
export function graphToGraphml(graph: KnowledgeGraph, onWarning?: XmlWarning): string {
  return [...graphmlChunks(graph, onWarning)].join("");
}
