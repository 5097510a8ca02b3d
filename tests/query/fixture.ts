// Small in-memory knowledge graphs for query tests, and the seed graph loaded once.
import { MultiDirectedGraph } from "graphology";
import { buildGraph } from "../../src/graph/build.ts";
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from "../../src/graph/types.ts";
import { loadDataFolder } from "../../src/load/read-folder.ts";
import { corroborationOf } from "../../src/model/corroboration.ts";
import type { Evidence } from "../../src/model/dataset.ts";
import type { Ontology } from "../../src/model/ontology.ts";
import type { Status } from "../../src/model/status.ts";

/** Entity types x and y; relation types a and b (directed) and c (undirected). */
export const TEST_ONTOLOGY: Ontology = {
  entityTypes: ["x", "y"].map((id) => ({ id, label: id, description: id, color: "#000000" })),
  relationTypes: ["a", "b", "c"].map((id) => ({
    id,
    label: `${id}-label`,
    description: id,
    color: "#000000",
    directed: id !== "c",
    from: ["x", "y"],
    to: ["x", "y"],
    selfLoops: true,
  })),
  sourceKinds: [{ id: "article", description: "an article" }],
};

/** One relation of a test graph; the id defaults to source-type-target plus a counter. */
export interface TestEdge {
  id?: string;
  source: string;
  target: string;
  type?: "a" | "b" | "c";
  status?: Status;
  date?: string;
  end?: string;
  /** Its quotes, each with its own stance if given; one quote from "doc" by default. */
  evidence?: Evidence[];
}

/** A claim's fields with the corroboration the build derives from them (its one source is undated). */
function withCorroboration<C extends Pick<EdgeAttributes, "status" | "assertedBy" | "evidence">>(claim: C) {
  return { ...claim, ...corroborationOf(claim, () => undefined) };
}

/** Builds a graph over TEST_ONTOLOGY; nodes are `id` or `id:type` (type x by default). */
export function makeGraph(nodes: string[], edges: TestEdge[]): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.replaceAttributes({ name: "test", ontology: TEST_ONTOLOGY, sources: [] });
  for (const node of nodes) {
    const [id, type = "x"] = node.split(":") as [string, string?];
    graph.addNode(id, { label: id.toUpperCase(), type, aliases: [], description: "", color: "#000000", size: 1, x: 0, y: 0 });
  }
  edges.forEach((e, i) => {
    const type = e.type ?? "a";
    graph.addDirectedEdgeWithKey(e.id ?? `${e.source}-${type}-${e.target}-${i}`, e.source, e.target, {
      type,
      label: `${type}-label`,
      color: "#000000",
      directed: type !== "c",
      ...(e.date !== undefined ? { date: e.date } : {}),
      ...(e.end !== undefined ? { end: e.end } : {}),
      ...withCorroboration({ status: e.status ?? "reported", assertedBy: [], evidence: e.evidence ?? [{ source: "doc", quote: `quote of ${e.source} ${type} ${e.target}` }] }),
      items: [],
      quantities: {},
    });
  });
  return graph;
}

/** Changes a relation's status after the graph was built, with the corroboration the build would derive from it. */
export function setStatus(graph: KnowledgeGraph, edge: string, status: Status): void {
  const attrs = graph.getEdgeAttributes(edge);
  graph.mergeEdgeAttributes(edge, { status, ...corroborationOf({ ...attrs, status }, () => undefined) });
}

async function builtFolder(relative: string): Promise<KnowledgeGraph> {
  const loaded = await loadDataFolder(new URL(relative, import.meta.url).pathname);
  if (!loaded.ok) throw new Error(`${relative} does not load: ${loaded.errors.map((e) => e.message).join("; ")}`);
  return buildGraph(loaded.dataset, { layout: false });
}

/** The bundled graph-data, built without layout. */
export async function seedGraph(): Promise<KnowledgeGraph> {
  return builtFolder("../../graph-data");
}

/** The folder of the invented four-document corpus (see its README): one claim reported, confirmed and denied. */
export const CORPUS_FOLDER = new URL("../fixtures/corpus", import.meta.url).pathname;

/** The corpus fixture, built without layout. */
export async function corpusGraph(): Promise<KnowledgeGraph> {
  return builtFolder("../fixtures/corpus");
}

/** Layers of `width` entities, each linked to every entity of the next layer: paths multiply with every layer. */
export function layeredGraph(layers: number, width: number) {
  const node = (layer: number, i: number) => `n${layer}-${i}`;
  const nodes = ["start", "end"];
  const edges: TestEdge[] = [];
  for (let layer = 0; layer < layers; layer++) for (let i = 0; i < width; i++) nodes.push(node(layer, i));
  for (let i = 0; i < width; i++) edges.push({ source: "start", target: node(0, i) }, { source: node(layers - 1, i), target: "end" });
  for (let layer = 0; layer + 1 < layers; layer++) for (let i = 0; i < width; i++) for (let j = 0; j < width; j++) edges.push({ source: node(layer, i), target: node(layer + 1, j) });
  return makeGraph(nodes, edges);
}
