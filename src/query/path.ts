// What a path query returns: a path as plain data, each step carrying the relation's date, status, quotes and corroboration.
import type { KnowledgeGraph } from "../graph/types.ts";
import type { StanceCounts } from "../model/corroboration.ts";
import type { Evidence } from "../model/dataset.ts";
import type { Status } from "../model/status.ts";
import type { StepDirection } from "./step-rules.ts";

/** One step of a path: an entity to the next, over one relation. */
export interface PathStep {
  /** Entity id the step leaves. */
  from: string;
  /** Entity id the step reaches. */
  to: string;
  /** The relation's id (the edge key). */
  relation: string;
  /** Relation type id, e.g. `supplies`. */
  type: string;
  /** Relation type label, e.g. "holds office in". */
  label: string;
  /** `forward` when the step goes from the relation's source to its target, `backward` otherwise. */
  direction: StepDirection;
  /** Whether the relation type reads the same both ways. */
  directed: boolean;
  date?: string;
  end?: string;
  status: Status;
  assertedBy: string[];
  /** Entity ids of the weapons or goods involved (what was supplied, what struck). */
  items: string[];
  /** The quotes, each with its own `status` and `assertedBy` when the document's stance differs from the relation's. */
  evidence: Evidence[];
  /** Distinct source documents among the evidence. */
  sourceCount: number;
  /** Documents per stance; a document quoted with two stances counts under both. */
  stanceCounts: StanceCounts;
  /** Who makes the claim in evidence that does not deny it. */
  supportedBy: string[];
  /** Who denies it. */
  deniedBy: string[];
  /** Some evidence denies what other evidence reports or confirms. */
  contested: boolean;
  /** The earliest publication date among its sources, when any is dated. */
  firstReported?: string;
}

/** A walk from one entity to another; `steps` is empty when both are the same entity. */
export interface Path {
  from: string;
  to: string;
  steps: PathStep[];
}

/** Builds the step that leaves `from` over `edge` in `direction`. */
export function makeStep(graph: KnowledgeGraph, edge: string, direction: "forward" | "backward"): PathStep {
  const attrs = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  return {
    from: direction === "forward" ? source : target,
    to: direction === "forward" ? target : source,
    relation: edge,
    type: attrs.type,
    label: attrs.label,
    direction,
    directed: attrs.directed,
    ...(attrs.date !== undefined ? { date: attrs.date } : {}),
    ...(attrs.end !== undefined ? { end: attrs.end } : {}),
    status: attrs.status,
    assertedBy: [...attrs.assertedBy],
    items: [...attrs.items],
    evidence: attrs.evidence.map((e) => ({
      source: e.source,
      quote: e.quote,
      ...(e.status !== undefined ? { status: e.status } : {}),
      ...(e.assertedBy !== undefined ? { assertedBy: [...e.assertedBy] } : {}),
    })),
    sourceCount: attrs.sourceCount,
    stanceCounts: { ...attrs.stanceCounts },
    supportedBy: [...attrs.supportedBy],
    deniedBy: [...attrs.deniedBy],
    contested: attrs.contested,
    ...(attrs.firstReported !== undefined ? { firstReported: attrs.firstReported } : {}),
  };
}

/** The entities a path visits, in order, both ends included. */
export function pathNodes(path: Path): string[] {
  return [path.from, ...path.steps.map((s) => s.to)];
}

/** A key that identifies a path by its relations, for de-duplication. */
export function pathKey(path: Path): string {
  return `${path.from}|${path.steps.map((s) => s.relation).join("|")}`;
}
