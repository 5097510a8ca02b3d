// Specification of what the tools analysts load our exports with see in them: networkx reads the
// static and the dynamic GEXF and the GraphML, python-igraph reads the GraphML, each with every node,
// every relation and the typed attributes. A reader missing from the machine fails its own test with
// one line saying what to install; the other readers' tests still run and count.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { gexfChunks, graphmlChunks, writeFileAtomic } from "../../src/index.ts";
import { GEXF_EDGE_COLUMNS, GEXF_NODE_COLUMNS } from "../../src/export/gexf-model.ts";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import { temporaryFolder } from "../helpers/temporary-folder.ts";
import { corpusGraph, seedGraph } from "./helpers.ts";

/** The interpreter whose networkx (3.x, which knows GEXF 1.3) reads the exports: the machine's `python3`. */
const NETWORKX_PYTHON = process.env.NETWORKX_PYTHON ?? "python3";
/** Debian's own interpreter, where `apt-get install python3-igraph` puts igraph. */
const IGRAPH_PYTHON = process.env.IGRAPH_PYTHON ?? "/usr/bin/python3";

/** A reader on this machine, or the one line that says why it is missing. */
type Reader = { ok: true } | { ok: false; missing: string };

function probe(python: string, check: string, missing: string): Reader {
  try {
    execFileSync(python, ["-c", check], { stdio: "pipe", timeout: 30_000 });
    return { ok: true };
  } catch {
    return { ok: false, missing };
  }
}

const NETWORKX = probe(NETWORKX_PYTHON, "import networkx, sys; sys.exit(0 if int(networkx.__version__.split('.')[0]) >= 3 else 1)", `networkx 3.x not found on ${NETWORKX_PYTHON} (Debian's python3-networkx 2.8 knows only GEXF 1.2draft): pip install "networkx>=3", or set NETWORKX_PYTHON`);
const IGRAPH = probe(IGRAPH_PYTHON, "import igraph", `python-igraph not found on ${IGRAPH_PYTHON}: apt-get install python3-igraph, or set IGRAPH_PYTHON`);

/** Fails the test in one line when its reader is missing. */
function requireReader(reader: Reader): void {
  if (!reader.ok) expect.fail(reader.missing);
}

/** A value as the reader returned it, with the name of its Python type. */
type Typed = [unknown, string];

/** What a reader saw: the graph's kind, and each node and edge with its attributes. */
interface Seen {
  directed: boolean;
  graph: Record<string, unknown>;
  nodes: { id: string; attributes: Record<string, Typed> }[];
  /** `key`: networkx's edge key, which it takes from the edge's id. */
  edges: { key?: string; source: string; target: string; attributes: Record<string, Typed> }[];
}

/** Dumps a graph read into Python as JSON: every attribute value with its Python type name. */
const DUMP = `
import json, sys
def typed(d): return {k: [v, type(v).__name__] for k, v in d.items()}
def dump(directed, graph, nodes, edges):
    print(json.dumps({"directed": directed, "graph": graph, "nodes": nodes, "edges": edges}, default=str))
`;

const NETWORKX_READ = `${DUMP}
import networkx as nx
path, kind = sys.argv[1], sys.argv[2]
g = nx.read_gexf(path, version="1.3") if kind == "gexf" else nx.read_graphml(path)
# A file without parallel edges comes back as a simple graph, keyed by its ends alone.
edges = g.edges(keys=True, data=True) if g.is_multigraph() else ((u, v, d.get("id"), d) for u, v, d in g.edges(data=True))
dump(g.is_directed(), g.graph,
     [{"id": n, "attributes": typed(d)} for n, d in g.nodes(data=True)],
     [{"key": k, "source": u, "target": v, "attributes": typed(d)} for u, v, k, d in edges])
`;

const IGRAPH_READ = `${DUMP}
import igraph
g = igraph.Graph.Read_GraphML(sys.argv[1])
dump(g.is_directed(), {},
     [{"id": v["id"], "attributes": typed(v.attributes())} for v in g.vs],
     [{"source": g.vs[e.source]["id"], "target": g.vs[e.target]["id"], "attributes": typed(e.attributes())} for e in g.es])
`;

function read(python: string, script: string, path: string, kind: "gexf" | "graphml"): Seen {
  return JSON.parse(execFileSync(python, ["-c", script, path, kind], { encoding: "utf8", stdio: "pipe", timeout: 120_000, maxBuffer: 256 * 1024 * 1024 })) as Seen;
}

/** The edges a reader saw for relation `id`: networkx keys them by it, igraph keeps it as an attribute. */
function edgesOf(seen: Seen, id: string): Seen["edges"] {
  return seen.edges.filter((edge) => (edge.key ?? edge.attributes.id?.[0]) === id);
}

/**
 * networkx names GEXF attributes by their titles (the column names Gephi shows): renamed back to the
 * attribute ids here, so one check reads every format.
 */
function byAttributeId(seen: Seen): Seen {
  const rename = (columns: readonly { id: string; title: string }[], attributes: Record<string, Typed>) =>
    Object.fromEntries(Object.entries(attributes).map(([name, value]) => [columns.find((c) => c.title === name)?.id ?? name, value]));
  return {
    ...seen,
    nodes: seen.nodes.map((node) => ({ ...node, attributes: rename(GEXF_NODE_COLUMNS, node.attributes) })),
    edges: seen.edges.map((edge) => ({ ...edge, attributes: rename(GEXF_EDGE_COLUMNS, edge.attributes) })),
  };
}

let folder: string;
let seed: KnowledgeGraph;
let corpus: KnowledgeGraph;

beforeAll(async () => {
  folder = temporaryFolder("readers");
  seed = await seedGraph();
  corpus = await corpusGraph();
  for (const [name, graph] of [["seed", seed], ["corpus", corpus]] as const) {
    await writeFileAtomic(join(folder, `${name}-dynamic.gexf`), gexfChunks(graph, { mode: "dynamic" }));
    await writeFileAtomic(join(folder, `${name}-static.gexf`), gexfChunks(graph, { mode: "static" }));
    await writeFileAtomic(join(folder, `${name}.graphml`), graphmlChunks(graph));
  }
});

/** Every entity is there once, with its label. */
function expectEveryNode(seen: Seen, graph: KnowledgeGraph): void {
  expect(seen.nodes.map((n) => n.id).sort()).toEqual(graph.nodes().sort());
  for (const node of seen.nodes) expect(node.attributes.label?.[0]).toBe(graph.getNodeAttribute(node.id, "label"));
}

/** The corroboration figures of every relation, with their types: whole numbers and a boolean. */
function expectTypedCounts(edge: Seen["edges"][number], graph: KnowledgeGraph, id: string, wholeNumberType: string): void {
  const attributes = graph.getEdgeAttributes(id);
  expect(edge.attributes.sourceCount).toEqual([attributes.sourceCount, wholeNumberType]);
  expect(edge.attributes.deniedSources).toEqual([attributes.stanceCounts.denied ?? 0, wholeNumberType]);
  expect(edge.attributes.contested).toEqual([attributes.contested, "bool"]);
  expect(edge.attributes.directed).toEqual([attributes.directed, "bool"]);
}

describe("networkx read_gexf (GEXF 1.3)", () => {
  for (const dataset of ["seed", "corpus"] as const) {
    for (const mode of ["static", "dynamic"] as const) {
      it(`reads the ${mode} export of the ${dataset} graph: every node, every relation (one each way when it reads both ways), typed attributes`, () => {
        requireReader(NETWORKX);
        const graph = dataset === "seed" ? seed : corpus;
        const seen = byAttributeId(read(NETWORKX_PYTHON, NETWORKX_READ, join(folder, `${dataset}-${mode}.gexf`), "gexf"));
        expect(seen.directed).toBe(true);
        expect(seen.graph.mode).toBe(mode);
        expectEveryNode(seen, graph);
        const symmetric = graph.filterEdges((_e, a) => !a.directed);
        expect(seen.edges).toHaveLength(graph.size + symmetric.length);
        graph.forEachEdge((id, attributes, source, target) => {
          const edges = edgesOf(seen, id);
          const ends = edges.map((e) => `${e.source}>${e.target}`).sort();
          expect(ends).toEqual(attributes.directed ? [`${source}>${target}`] : [`${source}>${target}`, `${target}>${source}`].sort());
          for (const edge of edges) {
            expect(edge.attributes.type?.[0]).toBe(attributes.type);
            expect(edge.attributes.label?.[0]).toBe(attributes.label);
            expectTypedCounts(edge, graph, id, "int");
          }
        });
        if (dataset === "seed") expect(symmetric.length).toBeGreaterThan(0);
        if (mode === "dynamic") {
          const dated = graph.filterEdges((_e, a) => a.date !== undefined);
          expect(dated.length).toBeGreaterThan(0);
          for (const id of dated) for (const edge of edgesOf(seen, id)) expect(edge.attributes.start?.[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      });
    }
  }
});

describe("networkx read_graphml", () => {
  it("reads the seed graph's GraphML: every node, every relation once, typed attributes", () => {
    requireReader(NETWORKX);
    const seen = read(NETWORKX_PYTHON, NETWORKX_READ, join(folder, "seed.graphml"), "graphml");
    expect(seen.directed).toBe(true);
    expectEveryNode(seen, seed);
    for (const node of seen.nodes) expect(node.attributes.x?.[1]).toBe("float");
    expect(seen.edges).toHaveLength(seed.size);
    seed.forEachEdge((id, attributes, source, target) => {
      const edges = edgesOf(seen, id);
      expect(edges.map((e) => `${e.source}>${e.target}`)).toEqual([`${source}>${target}`]);
      expect(edges[0]!.attributes.type?.[0]).toBe(attributes.type);
      expectTypedCounts(edges[0]!, seed, id, "int");
    });
  });
});

describe("python-igraph Graph.Read_GraphML", () => {
  it("reads the seed graph's GraphML: every node, every relation once, typed attributes (whole numbers as floats)", () => {
    requireReader(IGRAPH);
    const seen = read(IGRAPH_PYTHON, IGRAPH_READ, join(folder, "seed.graphml"), "graphml");
    expect(seen.directed).toBe(true);
    expectEveryNode(seen, seed);
    expect(seen.edges).toHaveLength(seed.size);
    seed.forEachEdge((id, attributes, source, target) => {
      const edges = edgesOf(seen, id);
      expect(edges.map((e) => `${e.source}>${e.target}`)).toEqual([`${source}>${target}`]);
      expect(edges[0]!.attributes.type?.[0]).toBe(attributes.type);
      // igraph keeps every number as a float: 1 comes back as 1.0, the same value in JSON.
      expectTypedCounts(edges[0]!, seed, id, "float");
    });
  });
});
