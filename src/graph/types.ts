// The attributes of the built graph: what every node, edge and the graph itself carry.
import type { MultiDirectedGraph } from "graphology";
import type { Evidence, Source } from "../model/dataset.ts";
import type { Ontology } from "../model/ontology.ts";
import type { Status } from "../model/status.ts";

/** Attributes of an entity node. */
export interface NodeAttributes {
  label: string;
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

/** Attributes of a relation edge; the edge key is the relation id. */
export interface EdgeAttributes {
  type: string;
  /** The relation type's label, e.g. "holds office in". */
  label: string;
  color: string;
  /** False for relation types that read the same both ways. */
  directed: boolean;
  date?: string;
  end?: string;
  status: Status;
  assertedBy: string[];
  items: string[];
  quantities: Record<string, number | string>;
  role?: string;
  note?: string;
  evidence: Evidence[];
}

/** Attributes of the graph as a whole: enough for a viewer or export to stand alone. */
export interface GraphAttributes {
  name: string;
  ontology: Ontology;
  sources: Source[];
}

/** The built knowledge graph. */
export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
