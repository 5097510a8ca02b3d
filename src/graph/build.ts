// Dataset -> graphology MultiDirectedGraph: one node per entity, one edge per relation, sizes and positions.
import { MultiDirectedGraph } from "graphology";
import type { Dataset } from "../model/dataset.ts";
import { layoutGraph, type LayoutOptions } from "./layout.ts";
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from "./types.ts";

/** Options of {@link buildGraph}. */
export interface BuildOptions {
  /** Graph name recorded in its attributes; by default the title of its one source, or "N sources". */
  name?: string;
  /** Layout options, or false to leave every node at x = y = 0 (the viewer can lay it out). */
  layout: Partial<LayoutOptions> | false;
}

/** Defaults: named after the sources, laid out with the default layout. */
export const DEFAULT_BUILD_OPTIONS: BuildOptions = { layout: {} };

/** What a graph is called when no name is given: what its sources are about. */
function defaultName(dataset: Dataset): string {
  const [only, ...others] = dataset.sources;
  if (only && others.length === 0) return only.title;
  return `${dataset.sources.length} sources`;
}

const MIN_SIZE = 4;
const MAX_SIZE = 18;

/**
 * Builds the knowledge graph from a validated dataset. Node and edge order follow the data files,
 * and the layout is seeded, so the same data always gives the same graph.
 */
export function buildGraph(dataset: Dataset, partial: Partial<BuildOptions> = {}): KnowledgeGraph {
  const options = { ...DEFAULT_BUILD_OPTIONS, ...partial };
  const entityColors = new Map(dataset.ontology.entityTypes.map((t) => [t.id, t.color]));
  const relationTypes = new Map(dataset.ontology.relationTypes.map((t) => [t.id, t]));
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.replaceAttributes({ name: options.name ?? defaultName(dataset), ontology: dataset.ontology, sources: dataset.sources });

  for (const entity of dataset.entities) {
    graph.addNode(entity.id, {
      label: entity.label,
      type: entity.type,
      aliases: entity.aliases,
      description: entity.description,
      color: entityColors.get(entity.type)!,
      size: MIN_SIZE,
      x: 0,
      y: 0,
    });
  }
  for (const relation of dataset.relations) {
    const type = relationTypes.get(relation.type)!;
    // Attributes are set field by field in a fixed order rather than spread from the relation:
    // same keys and order, without the rest/spread copies that showed up at a million relations.
    const attributes = { type: relation.type, label: type.label, color: type.color, directed: type.directed } as EdgeAttributes;
    if (relation.date !== undefined) attributes.date = relation.date;
    if (relation.end !== undefined) attributes.end = relation.end;
    attributes.status = relation.status;
    attributes.assertedBy = relation.assertedBy;
    attributes.items = relation.items;
    attributes.quantities = relation.quantities;
    if (relation.role !== undefined) attributes.role = relation.role;
    if (relation.note !== undefined) attributes.note = relation.note;
    attributes.evidence = relation.evidence;
    graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, attributes);
  }

  // Degree centrality, square-rooted so hubs stand out without dwarfing everything else.
  let maxDegree = 1;
  graph.forEachNode((node) => (maxDegree = Math.max(maxDegree, graph.degree(node))));
  // Sizes are written in place: nodes were created with their own attribute objects above.
  graph.forEachNode((node, attrs) => {
    attrs.size = Math.round((MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(graph.degree(node) / maxDegree)) * 100) / 100;
  });

  if (options.layout !== false) layoutGraph(graph, options.layout);
  return graph;
}
