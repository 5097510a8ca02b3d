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
  /** Set on an entity that `actorgraph extract` proposed and no one has accepted yet. */
  review?: "proposed";
  /** Aliases (also in `aliases`) that a proposed `addTo` record gives it. */
  proposedAliases?: string[];
}

/**
 * A verbatim quote from one document about a relation. The document's stance on the claim and who
 * makes it there are the quote's own when written, else the relation's (see corroboration.ts).
 */
export interface Evidence {
  /** Source id. */
  source: string;
  quote: string;
  /** This document's stance when it differs from the relation's: a denial quoted against a report, say. */
  status?: Status;
  /** Who makes the claim in this quote, when it is not who the relation names. */
  assertedBy?: readonly string[];
  /** Set on a quote that a proposed `addTo` record gives, until someone accepts it. */
  review?: "proposed";
}

/**
 * An Evidence with only the fields it has, each of its four shapes one object literal: adding a
 * stance or asserters to a `{source, quote}` afterwards gave those quotes a second allocation and
 * their readers four hidden classes instead of one each (see {@link newRelation}).
 */
export function newEvidence(source: string, quote: string, status: Status | undefined, assertedBy: readonly string[] | undefined): Evidence {
  if (status === undefined) return assertedBy === undefined ? { source, quote } : { source, quote, assertedBy };
  return assertedBy === undefined ? { source, quote, status } : { source, quote, status, assertedBy };
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
  assertedBy: readonly string[];
  /** Entity ids of the weapons or goods involved. */
  items: readonly string[];
  /** Counts or short texts by camelCase name, e.g. launched: 35. */
  quantities: Readonly<Record<string, number | string>>;
  role?: string;
  note?: string;
  evidence: Evidence[];
  /** Set on a relation that `actorgraph extract` proposed and no one has accepted yet. */
  review?: "proposed";
}

/** The one empty list that relations without ids in a list field share (frozen: relations are read-only). */
export const NO_IDS: readonly string[] = Object.freeze([]);
/** The one empty quantities map that relations without quantities share (frozen). */
export const NO_QUANTITIES: Readonly<Record<string, number | string>> = Object.freeze({});

function hasKeys(object: object): boolean {
  for (const _ in object) return true;
  return false;
}

/**
 * A Relation with its keys always in the same order and optional ones only when present. Most
 * relations are one object literal of their exact shape: setting fields one by one (or spreading)
 * grew each object's property storage several times, garbage that showed at a million relations.
 * Empty lists and quantities become the shared frozen {@link NO_IDS} and {@link NO_QUANTITIES}:
 * three objects fewer per relation for the garbage collector to copy and mark.
 * Positional because it runs once per relation; the loader and the generator both build relations with it.
 */
export function newRelation(
  id: string, source: string, type: string, target: string, date: string | undefined, end: string | undefined, status: Status,
  someAssertedBy: readonly string[], someItems: readonly string[], someQuantities: Readonly<Record<string, number | string>>,
  role: string | undefined, note: string | undefined, evidence: Evidence[],
): Relation {
  const assertedBy = someAssertedBy.length > 0 ? someAssertedBy : NO_IDS;
  const items = someItems.length > 0 ? someItems : NO_IDS;
  const quantities = hasKeys(someQuantities) ? someQuantities : NO_QUANTITIES;
  // Stryker disable next-line ConditionalExpression,BlockStatement: the fast path; withRelationFields builds the same object in the same key order
  if (end === undefined && role === undefined && note === undefined) {
    return date === undefined
      ? { id, source, type, target, status, assertedBy, items, quantities, evidence }
      : { id, source, type, target, date, status, assertedBy, items, quantities, evidence };
  }
  return withRelationFields({ id, source, type, target }, { date, end, status, assertedBy, items, quantities, role, note, evidence });
}

/** A relation's fields after its id, type and ends: what edge attributes share with it. */
export type RelationFields = Omit<Relation, "id" | "source" | "type" | "target">;

/**
 * Sets `fields` on `base` in the key order every relation and edge keeps, optional ones only when
 * present. The path for the few relations with an end, a role or a note; the rest are one literal.
 */
export function withRelationFields<T extends object>(base: T, fields: RelationFields): T & RelationFields {
  const out = base as T & RelationFields;
  if (fields.date !== undefined) out.date = fields.date;
  if (fields.end !== undefined) out.end = fields.end;
  out.status = fields.status;
  out.assertedBy = fields.assertedBy;
  out.items = fields.items;
  out.quantities = fields.quantities;
  if (fields.role !== undefined) out.role = fields.role;
  if (fields.note !== undefined) out.note = fields.note;
  out.evidence = fields.evidence;
  return out;
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
