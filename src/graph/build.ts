// Dataset -> graphology MultiDirectedGraph: one node per entity, one edge per relation, sizes and positions.
import { MultiDirectedGraph } from "graphology";
import { withRelationFields, type Dataset, type Relation } from "../model/dataset.ts";
import { corroborationOf, type Corroboration } from "../model/corroboration.ts";
import { ontologyWithoutCues, type RelationType } from "../model/ontology.ts";
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

/**
 * A relation's edge attributes: its fields without id and ends, plus its type's label, colour and
 * direction, then its corroboration (corroboration.ts), keys always in this order. Most relations
 * get one object literal of their exact shape (four shapes: with or without a date and a first
 * report); adding keys one by one to a smaller object grew its property storage two or three times
 * per edge, garbage that showed at a million relations.
 */
function edgeAttributes(relation: Relation, type: RelationType, derived: Corroboration): EdgeAttributes {
  const { date, status, assertedBy, items, quantities, evidence } = relation;
  const { label, color, directed } = type;
  const { sourceCount, stanceCounts, supportedBy, deniedBy, contested, firstReported } = derived;
  // Stryker disable ConditionalExpression,BlockStatement: the fast paths; the general one below builds the same attributes in the same key order
  if (relation.end === undefined && relation.role === undefined && relation.note === undefined) {
    // Nearly every relation cites a dated source, so the literals with firstReported are the common ones.
    if (date === undefined) {
      return firstReported === undefined
        ? { type: type.id, label, color, directed, status, assertedBy, items, quantities, evidence, sourceCount, stanceCounts, supportedBy, deniedBy, contested }
        : { type: type.id, label, color, directed, status, assertedBy, items, quantities, evidence, sourceCount, stanceCounts, supportedBy, deniedBy, contested, firstReported };
    }
    return firstReported === undefined
      ? { type: type.id, label, color, directed, date, status, assertedBy, items, quantities, evidence, sourceCount, stanceCounts, supportedBy, deniedBy, contested }
      : { type: type.id, label, color, directed, date, status, assertedBy, items, quantities, evidence, sourceCount, stanceCounts, supportedBy, deniedBy, contested, firstReported };
  }
  // Stryker restore ConditionalExpression,BlockStatement
  const attributes = withRelationFields({ type: type.id, label, color, directed }, relation) as EdgeAttributes;
  Object.assign(attributes, { sourceCount, stanceCounts, supportedBy, deniedBy, contested });
  if (firstReported !== undefined) attributes.firstReported = firstReported;
  return attributes;
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
  graph.replaceAttributes({ name: options.name ?? defaultName(dataset), ontology: ontologyWithoutCues(dataset.ontology), sources: dataset.sources });

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
    // Only a graph built with --include-proposed has proposals; they say so, for exports and the viewer.
    if (entity.review === "proposed") graph.setNodeAttribute(entity.id, "review", "proposed");
  }
  const sourceDates = new Map(dataset.sources.map((s) => [s.id, s.date]));
  // Relation files mostly follow their documents, so a quote's source is usually the last one's:
  // remembering it spared a lookup for most of the 1.6 million quotes of the largest bench graph.
  let lastSource: string | undefined;
  let lastDate: string | undefined;
  const sourceDate = (id: string) => {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a cache; looking the date up every time gives the same answer
    if (id !== lastSource) {
      lastSource = id;
      lastDate = sourceDates.get(id);
    }
    return lastDate;
  };
  for (const relation of dataset.relations) {
    const derived = corroborationOf(relation, sourceDate);
    graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, edgeAttributes(relation, relationTypes.get(relation.type)!, derived));
    if (relation.review === "proposed") graph.setEdgeAttribute(relation.id, "review", "proposed");
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
