// Specification of the GraphML export: typed keys, every attribute back through graphology-graphml's parser.
import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-graphml";
import { DOMParser } from "@xmldom/xmldom";
import { beforeAll, describe, expect, it } from "vitest";
import { GRAPHML_JSON_ATTRIBUTES, graphToGraphml, graphmlChunks } from "../../src/index.ts";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import { hostileGraph, seedGraph, withStanceCounts, xmlCleaned } from "./helpers.ts";

let seed: KnowledgeGraph;
beforeAll(async () => {
  seed = await seedGraph();
});

/** Reads GraphML back, decodes the attributes written as JSON text and folds the counts per stance. */
function readBack(graphml: string) {
  const parsed = parse(MultiDirectedGraph, graphml);
  const decode = (attributes: Record<string, unknown>, names: readonly string[]) => {
    const out = { ...attributes };
    for (const name of names) if (typeof out[name] === "string") out[name] = JSON.parse(out[name] as string);
    return out;
  };
  return {
    graph: parsed,
    attributes: decode(parsed.getAttributes(), GRAPHML_JSON_ATTRIBUTES.graph),
    node: (key: string) => decode(parsed.getNodeAttributes(key), GRAPHML_JSON_ATTRIBUTES.node),
    edge: (key: string) => withStanceCounts(decode(parsed.getEdgeAttributes(key), GRAPHML_JSON_ATTRIBUTES.edge)),
  };
}

/** Parses XML strictly: any well-formedness error throws. */
function wellFormed(xml: string): void {
  new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(xml, "application/xml");
}

describe("graphmlChunks", () => {
  it("declares a typed <key> for every attribute", () => {
    const graphml = graphToGraphml(seed);
    expect(graphml).toContain('<key id="n_size" for="node" attr.name="size" attr.type="double"/>');
    expect(graphml).toContain('<key id="e_directed" for="edge" attr.name="directed" attr.type="boolean"/>');
    expect(graphml).toContain('<key id="e_evidence" for="edge" attr.name="evidence" attr.type="string"/>');
  });

  it("finds every node and every attribute it has after a round trip", () => {
    const back = readBack(graphToGraphml(seed));
    expect(back.graph.order).toBe(seed.order);
    seed.forEachNode((node, attributes) => expect(back.node(node)).toEqual(attributes));
  });

  it("finds every edge, parallel ones included, by relation id, with every attribute", () => {
    const back = readBack(graphToGraphml(seed));
    expect(back.graph.size).toBe(seed.size);
    seed.forEachEdge((edge, attributes, source, target) => {
      expect([back.graph.source(edge), back.graph.target(edge)]).toEqual([source, target]);
      expect(back.edge(edge)).toEqual(attributes);
    });
  });

  it("keeps the graph's name, source list (without the text copies) and ontology", () => {
    const back = readBack(graphToGraphml(seed));
    expect(back.attributes.name).toBe(seed.getAttribute("name"));
    expect(back.attributes.sources).toEqual(seed.getAttribute("sources").map(({ text: _t, ...meta }) => meta));
    expect(back.attributes.ontology).toEqual(seed.getAttribute("ontology"));
  });

  it("writes hostile strings as well-formed XML, and reads them back with forbidden characters as U+FFFD", () => {
    const graph = hostileGraph();
    const warnings: string[] = [];
    const graphml = [...graphmlChunks(graph, (m) => warnings.push(m))].join("");
    wellFormed(graphml);
    const back = readBack(graphml);
    graph.forEachNode((node, a) => {
      expect(back.node(node)).toEqual({ ...a, label: xmlCleaned(a.label), description: xmlCleaned(a.description) });
    });
    graph.forEachEdge((edge, a) => expect(back.edge(edge)).toEqual({ ...a, note: a.note && xmlCleaned(a.note), role: a.role && xmlCleaned(a.role) }));
    expect(warnings).toContain('node "bell" label: replaced 5 characters that XML 1.0 forbids (U+0007, U+0000, U+001B, U+D800, U+FFFF) with U+FFFD');
  });
});
