// A validated dataset: sources, entities and relations as the loader hands them to the build.
import type { Ontology } from "./ontology.ts";
import type { Status } from "./status.ts";

/** A document that evidence quotes come from. */
export interface Source {
  id: string;
  title: string;
  /** article, report, transcript, dataset... */
  kind: string;
  /** Publication date when known (YYYY, YYYY-MM or YYYY-MM-DD). */
  date?: string;
  /** File name of the text copy, relative to the sources folder. */
  file: string;
  url?: string;
  note?: string;
  /** The full text the quotes are checked against. */
  text: string;
}

/** An actor, place, weapon or event. */
export interface Entity {
  id: string;
  label: string;
  type: string;
  aliases: string[];
  description: string;
}

/** A verbatim quote supporting a relation. */
export interface Evidence {
  /** Source id. */
  source: string;
  quote: string;
}

/** Where a record was written, so later stages can point back at it. */
export interface Origin {
  file: string;
  line: number;
}

/** A typed, directed claim between two entities, with its provenance. */
export interface Relation {
  /** Stable id: explicit, or `source:type:target` plus `:date` when dated. */
  id: string;
  source: string;
  type: string;
  target: string;
  date?: string;
  end?: string;
  status: Status;
  /** Entity ids of whoever makes the claim; empty when the source document itself states it. */
  assertedBy: string[];
  /** Entity ids of the weapons or goods involved. */
  items: string[];
  quantities: Record<string, number | string>;
  role?: string;
  note?: string;
  evidence: Evidence[];
}

/**
 * A Relation with its keys always in the same order and optional ones only when present. Most
 * relations are one object literal of their exact shape: setting fields one by one (or spreading)
 * grew each object's property storage several times, garbage that showed at a million relations.
 * Positional because it runs once per relation; the loader and the generator both build relations with it.
 */
export function newRelation(
  id: string, source: string, type: string, target: string, date: string | undefined, end: string | undefined, status: Status,
  assertedBy: string[], items: string[], quantities: Record<string, number | string>, role: string | undefined, note: string | undefined, evidence: Evidence[],
): Relation {
  if (end === undefined && role === undefined && note === undefined) {
    return date === undefined
      ? { id, source, type, target, status, assertedBy, items, quantities, evidence }
      : { id, source, type, target, date, status, assertedBy, items, quantities, evidence };
  }
  const relation = { id, source, type, target } as Relation;
  if (date !== undefined) relation.date = date;
  if (end !== undefined) relation.end = end;
  relation.status = status;
  relation.assertedBy = assertedBy;
  relation.items = items;
  relation.quantities = quantities;
  if (role !== undefined) relation.role = role;
  if (note !== undefined) relation.note = note;
  relation.evidence = evidence;
  return relation;
}

/** Everything the build needs, already validated. */
export interface Dataset {
  ontology: Ontology;
  sources: Source[];
  entities: Entity[];
  relations: Relation[];
  /** Where each entity and relation was defined, by id. */
  origins: { entities: Record<string, Origin>; relations: Record<string, Origin> };
}
