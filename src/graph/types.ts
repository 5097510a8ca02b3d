// The attributes of the built graph: what every node, edge and the graph itself carry.
import type { MultiDirectedGraph } from "graphology";
import type { Corroboration } from "../model/corroboration.ts";
import type { Relation, Source } from "../model/dataset.ts";
import type { Ontology } from "../model/ontology.ts";

/** Attributes of an entity node. */
export interface NodeAttributes {
  /** Set on an entity `actorgraph extract` proposed, in a graph built with the proposals included. */
  review?: "proposed";
  label: string;
  /** The viewer's only: the label as drawn, where that differs (cut short, invisible characters shown). Never exported. */
  shownLabel?: string;
  type: string;
  aliases: string[];
  description: string;
  /** The entity type's colour. */
  color: string;
  /** Grows with degree centrality. */
  size: number;
  x: number;
  y: number;
}

/**
 * Attributes of a relation edge: the relation's own fields (its id is the edge key, its ends are
 * the edge's), what the ontology says about its type, and what its documents say together.
 */
export interface EdgeAttributes extends Omit<Relation, "id" | "source" | "target">, Corroboration {
  /** The relation type's label, e.g. "holds office in". */
  label: string;
  /** The viewer's only: the label as drawn, where that differs (cut short, invisible characters shown). Never exported. */
  shownLabel?: string;
  color: string;
  /** False for relation types that read the same both ways. */
  directed: boolean;
}

/** Attributes of the graph as a whole: enough for a viewer or export to stand alone. */
export interface GraphAttributes {
  name: string;
  ontology: Ontology;
  sources: Source[];
}

/** The built knowledge graph. */
export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
