// Relation records -> Relation values, each checked against the ontology, the entities and its sources.
import { newEvidence, newRelation, type Entity, type Evidence, type Origin, type Relation, type Source } from "../model/dataset.ts";
import type { Ontology, RelationType } from "../model/ontology.ts";
import { parsePartialDate, startOf, type PartialDate } from "../model/partial-date.ts";
import { STATUSES, isStatus, type Status } from "../model/status.ts";
import type { DataError } from "./data-error.ts";
import { nonAsciiNote, RELATION_ID_PATTERN, reservedIdProblem } from "./ids.ts";
import { OriginLog } from "./origin-log.ts";
import { explainMismatchIn, normalizedQuoteText } from "./quote-match.ts";
import type { FieldRecord, OtherKindFields, Spot } from "./field-record.ts";
import { didYouMean } from "./suggest.ts";
import { limitedText, LIMITS } from "./limits.ts";
import { readReviewMark, REVIEW_FIELDS } from "./review-fields.ts";

const RELATION_FIELDS = [
  "id", "source", "type", "target", "date", "end", "status", "assertedBy", "items", "quantities", "role", "note", "evidence", ...REVIEW_FIELDS,
] as const;
const EVIDENCE_FIELDS = ["source", "quote", "status", "assertedBy"] as const;
/** A record that adds evidence to a relation defined elsewhere: `addTo: <relation id>` and `evidence:`. */
const ADDITION_FIELDS = ["addTo", "evidence", ...REVIEW_FIELDS] as const;
/** Relations and additions may share a file (a CSV header names the columns of both): each refuses the other's fields. */
const NOT_IN_RELATION: OtherKindFields = { fields: ADDITION_FIELDS, hint: "a record either defines a relation or adds evidence to one (addTo); write the addition as a record of its own" };
const NOT_IN_ADDITION: OtherKindFields = { fields: RELATION_FIELDS, hint: "a record that adds evidence (addTo) has only addTo and evidence; define a new relation in a record of its own" };

/** What relations are checked against. */
export interface RelationContext {
  ontology: Ontology;
  entities: ReadonlyMap<string, Entity>;
  sources: readonly Source[];
  /**
   * What could not be settled: entity ids written in rejected records, whether a whole entity
   * file was unreadable, and source ids listed in the index whose entry or text was refused.
   * References to them are not reported again, since their own errors already explain them.
   */
  unsettled?: { rejected: ReadonlySet<string>; incomplete: boolean; refusedSources?: ReadonlySet<string> };
}

const SETTLED = { rejected: new Set<string>(), incomplete: false };

/** The id a relation gets when it has none: `source:type:target`, plus `:date` when dated. */
export function defaultRelationId(source: string, type: string, target: string, date?: string): string {
  // Concatenation rather than an array join: one relation in a million pays no array allocations.
  const id = source + ":" + type + ":" + target;
  return date ? id + ":" + date : id;
}

function readDate(record: FieldRecord, key: string): PartialDate | undefined {
  const text = record.dateText(key);
  if (text === undefined) return undefined;
  const date = parsePartialDate(text);
  if ("error" in date) {
    record.report.add(record.valueNode(key), "bad-date", `"${key}" of ${record.name}: ${date.error}`, "write 2023-05-28, 2022-11 or 2022");
    return undefined;
  }
  return date;
}

/** The entity `id` refers to, or undefined after reporting it (unless its own record already explains it). */
function entityRef(record: FieldRecord, id: string, node: Spot | undefined, role: string, entities: ReadonlyMap<string, Entity>, unsettled: NonNullable<RelationContext["unsettled"]>): Entity | undefined {
  const entity = entities.get(id);
  if (entity !== undefined) return entity;
  if (unsettled.incomplete || unsettled.rejected.has(id)) return undefined;
  const lookalike = nonAsciiNote(id);
  const suggestion = didYouMean(id, entities.keys()) ?? "define it in an entities file first";
  const hint = lookalike ? `${lookalike}; ${suggestion}` : suggestion;
  record.report.add(node, "unknown-entity", `${role} "${id}" of ${record.name} is not a known entity`, hint);
  return undefined;
}

/** Checks every id of a list field (assertedBy, items) names an entity; false when one does not. */
function entityRefs(record: FieldRecord, key: string, ids: readonly string[], entities: ReadonlyMap<string, Entity>, unsettled: NonNullable<RelationContext["unsettled"]>): boolean {
  let ok = true;
  for (let i = 0; i < ids.length; i++) {
    if (entityRef(record, ids[i]!, record.itemNode(key, i), key, entities, unsettled) === undefined) ok = false;
  }
  return ok;
}

/** A source with its text normalised for quote matching once, on first use rather than per quote. */
interface QuotableSource {
  source: Source;
  normalized: string | undefined;
  /** Where the last quote found in it starts: the next search starts there. */
  lastFound: number;
}

/**
 * True when the normalised `quote` occurs in the source's normalised text. Quotes mostly come in
 * the order they stand in their document (a curator reads it top to bottom, and the generator writes
 * them so), so the search starts where the last quote was found and goes back to the start only
 * when that fails: one pass over a document for all its quotes, instead of one per quote. A quote
 * out of order costs at most the one full scan it cost before (the second search stops before
 * where the first began), a missing one two.
 */
function occursIn(entry: QuotableSource, quote: string): boolean {
  const text = (entry.normalized ??= normalizedQuoteText(entry.source.text));
  let at = text.indexOf(quote, entry.lastFound);
  if (at < 0 && entry.lastFound > 0) at = text.indexOf(quote);
  if (at < 0) return false;
  entry.lastFound = at;
  return true;
}

/**
 * Checks relation records one at a time, from any file and format: every reference, date,
 * type rule and quote. Relation ids must be unique across all files.
 */
export class RelationReader {
  readonly relations: Relation[] = [];
  private readonly entities: ReadonlyMap<string, Entity>;
  private readonly unsettled: NonNullable<RelationContext["unsettled"]>;
  private readonly relationTypes: Map<string, RelationType>;
  private readonly sources: Map<string, QuotableSource>;
  /** Each accepted relation's id -> its index in `relations` and in `originLog`. */
  private readonly seenIds = new Map<string, number>();
  private readonly originLog = new OriginLog();
  /** Ids of relation records that were written but rejected: evidence added to them is not an error of its own. */
  private readonly rejectedIds = new Set<string>();
  /**
   * Set when a relations file (or a line of one) could not be read at all: the relation an `addTo`
   * names may be in it, so "not defined in any relations file" would send the reader after a
   * wrong cause. That file's own error says what to fix first.
   */
  incomplete = false;
  /** Evidence of `addTo` records, applied once every relation is read (the relation may come in a later file). */
  private readonly additions: { id: string; evidence: Evidence[]; file: string; line: number; column: number; proposed: boolean }[] = [];

  constructor(context: RelationContext) {
    this.entities = context.entities;
    this.unsettled = context.unsettled ?? SETTLED;
    this.relationTypes = new Map(context.ontology.relationTypes.map((t) => [t.id, t]));
    this.sources = new Map(context.sources.map((s) => [s.id, { source: s, normalized: undefined, lastFound: 0 }]));
  }

  /** Where each accepted relation was defined, by id (built on first use, then kept up to date). */
  get origins(): Record<string, Origin> {
    return this.originLog.table(this.relations);
  }

  /**
   * Adds the evidence of every `addTo` record to its relation, once all relation files are read.
   * Returns an error for each that names no relation.
   */
  finish(): DataError[] {
    const errors: DataError[] = [];
    for (const { id, evidence, file, line, column, proposed } of this.additions) {
      const index = this.seenIds.get(id);
      if (index !== undefined) {
        // A proposed quote is marked so that the reviewed dataset can leave it out (see withoutProposals).
        if (proposed) for (const quote of evidence) quote.review = "proposed";
        this.relations[index]!.evidence.push(...evidence);
        continue;
      }
      if (this.rejectedIds.has(id) || this.incomplete) continue;
      errors.push({
        file, line, column, code: "unknown-relation", message: `evidence is added to relation "${id}", which is not defined in any relations file`,
        hint: didYouMean(id, this.seenIds.keys()) ?? "give the id the relation has: its explicit \"id:\", or source:type:target (plus :date when dated)",
      });
    }
    this.additions.length = 0;
    return errors;
  }

  /** Checks an `addTo` record: its evidence now, the relation it names in {@link finish}. */
  private readAddition(record: FieldRecord): void {
    const id = limitedText(record, "addTo", true, LIMITS.nameLength);
    record.name = id === undefined ? "an addTo record" : `relation "${id}" (addTo)`;
    const mark = readReviewMark(record);
    // A rejected proposal stays in its file so that extract does not propose it again; it is not data.
    if (mark === "rejected") return;
    record.rejectUnknownFields(ADDITION_FIELDS, NOT_IN_ADDITION);
    const evidence = readEvidence(record, this.sources, this.entities, this.unsettled);
    if (id === undefined || evidence === undefined) return;
    const { line, column } = record.report.positionOf(record.valueNode("addTo"));
    this.additions.push({ id, evidence, file: record.report.path, line, column, proposed: mark === "proposed" });
  }

  /** Checks one record; a valid relation is kept and returned. A record that adds evidence is kept until {@link finish}. */
  read(record: FieldRecord): Relation | undefined {
    if (record.has("addTo")) {
      this.readAddition(record);
      return undefined;
    }
    const { entities, relationTypes, sources, seenIds } = this;
    // Any error this record reports rejects it, whichever field it is in (a refused role or
    // quantities too): a relation kept without the field would look valid to every later check.
    const errorsBefore = record.report.errors.length;
    const source = limitedText(record, "source", true, LIMITS.nameLength);
    const typeId = limitedText(record, "type", true, LIMITS.nameLength);
    const target = limitedText(record, "target", true, LIMITS.nameLength);
    record.name = `relation ${source ?? "?"} -${typeId ?? "?"}-> ${target ?? "?"}`;
    const mark = readReviewMark(record);
    if (mark === "rejected") {
      // Kept in its file so that extract does not propose it again; evidence added to it is not an error.
      const rejectedId = record.string("id", false) ?? (source && typeId && target ? defaultRelationId(source, typeId, target, record.dateText("date")) : undefined);
      if (rejectedId !== undefined) this.rejectedIds.add(rejectedId);
      return undefined;
    }
    record.rejectUnknownFields(RELATION_FIELDS, NOT_IN_RELATION);
    const { unsettled } = this;
    const sourceEntity = source === undefined ? undefined : entityRef(record, source, record.valueNode("source"), "source", entities, unsettled);
    const targetEntity = target === undefined ? undefined : entityRef(record, target, record.valueNode("target"), "target", entities, unsettled);
    let type: RelationType | undefined;
    if (typeId !== undefined) {
      type = relationTypes.get(typeId);
      // With no relation types at all the ontology is broken, and its own error says so.
      if (!type && relationTypes.size > 0) {
        const hint = didYouMean(typeId, relationTypes.keys()) ?? `known relation types: ${[...relationTypes.keys()].join(", ")}`;
        record.report.add(record.valueNode("type"), "unknown-relation-type", `${record.name} has an unknown relation type "${typeId}"`, hint);
      }
    }
    // A missing source, type or target leaves its entity or type undefined, as an unknown one does.
    let ok = type !== undefined && sourceEntity !== undefined && targetEntity !== undefined;
    if (type && sourceEntity && targetEntity) {
      const sourceType = sourceEntity.type;
      const targetType = targetEntity.type;
      if (!type.from.includes(sourceType)) {
        record.report.add(record.valueNode("source"), "endpoint-type", `"${type.id}" cannot start at a ${sourceType} ("${source}")`, `the ontology allows ${type.from.join(", ")} as its source`);
        ok = false;
      }
      if (!type.to.includes(targetType)) {
        record.report.add(record.valueNode("target"), "endpoint-type", `"${type.id}" cannot end at a ${targetType} ("${target}")`, `the ontology allows ${type.to.join(", ")} as its target`);
        ok = false;
      }
      if (source === target && !type.selfLoops) {
        record.report.add(record.valueNode("target"), "self-loop", `"${source}" cannot "${type.id}" itself`, `the ontology forbids self-relations for "${type.id}"; set selfLoops: true there if it should be allowed`);
        ok = false;
      }
    }

    const date = readDate(record, "date");
    const end = readDate(record, "end");
    if (end && !date) {
      record.report.add(record.valueNode("end"), "date-order", `${record.name} has an "end" but no "date"`, "add the date it started");
      ok = false;
    } else if (date && end && startOf(end) < startOf(date)) {
      record.report.add(record.valueNode("end"), "date-order", `${record.name} ends (${end.text}) before it starts (${date.text})`);
      ok = false;
    }
    if (record.has("date") && !date) ok = false;
    if (record.has("end") && !end) ok = false;

    const statusText = readStatus(record, true);

    const assertedBy = record.stringList("assertedBy", true);
    const items = record.stringList("items", false);
    ok = entityRefs(record, "assertedBy", assertedBy, entities, unsettled) && ok;
    ok = entityRefs(record, "items", items, entities, unsettled) && ok;
    const quantities = record.quantities("quantities");
    const role = limitedText(record, "role", false, LIMITS.nameLength);
    const note = limitedText(record, "note", false);

    const evidence = readEvidence(record, sources, entities, unsettled);

    let id = record.string("id", false);
    // Stryker disable next-line ConditionalExpression: RELATION_ID_PATTERN.test(undefined) tests the text "undefined", a valid id, so the check only narrows the type
    if (id !== undefined && !RELATION_ID_PATTERN.test(id)) {
      record.report.add(record.valueNode("id"), "bad-id", `id "${id}" of ${record.name} is not a valid relation id`, "use lower-case letters, digits and - : . _");
      ok = false;
    } else if (id !== undefined && reservedIdProblem(id)) {
      const reserved = reservedIdProblem(id)!;
      record.report.add(record.valueNode("id"), "bad-id", `id of ${record.name}: ${reserved.message}`, reserved.hint);
      ok = false;
    }
    if (!ok || !isStatus(statusText) || evidence === undefined || record.report.errors.length > errorsBefore) {
      // Evidence added to it elsewhere is not reported as adding to an unknown relation: this record's own errors explain it.
      if (id !== undefined || (source !== undefined && typeId !== undefined && target !== undefined)) {
        this.rejectedIds.add(id ?? defaultRelationId(source!, typeId!, target!, date?.text));
      }
      return undefined;
    }

    const explicit = id !== undefined;
    id ??= defaultRelationId(source!, typeId!, target!, date?.text);
    const firstIndex = seenIds.get(id);
    if (firstIndex !== undefined) {
      const first = this.originLog.at(firstIndex);
      const sameClaim = `if it is the same claim, move its evidence to the first (or to a record "- addTo: ${id}" with "evidence:" in a file of its own)`;
      const hint = explicit ? `the first is at ${first}; ${sameClaim}; if it is another claim, rename one` : `the first is at ${first}; ${sameClaim}; if it is another claim, give both an explicit "id:"`;
      record.report.add(explicit ? record.valueNode("id") : record.node, "duplicate-relation-id", `relation id "${id}" is used twice`, hint);
      return undefined;
    }
    seenIds.set(id, this.originLog.add(record.report.path, record.report.lineOf(record.node)));
    // Ids and types are the entity's and the ontology's own (equal) strings, so a million relations do not each keep copies.
    const relation = newRelation(id, sourceEntity!.id, type!.id, targetEntity!.id, date?.text, end?.text, statusText, assertedBy, items, quantities, role, note, evidence);
    if (mark === "proposed") relation.review = mark;
    this.relations.push(relation);
    return relation;
  }
}


/** Sources listed in full in a hint; beyond this a corpus's list would bury the message. */
const LISTED_SOURCES = 10;

/** What to do about evidence citing a source id the index does not list. */
function unknownSourceHint(sourceId: string, sources: ReadonlyMap<string, unknown>): string {
  const suggestion = didYouMean(sourceId, sources.keys());
  if (suggestion) return suggestion;
  const add = "list the document in sources/sources.yaml first (actorgraph add-source FILE --title ... --kind ...)";
  if (sources.size === 0) return `no source is listed yet: ${add}`;
  if (sources.size > LISTED_SOURCES) return `none of the ${sources.size} listed sources is close; check its id in sources/sources.yaml, or ${add}`;
  return `known sources: ${[...sources.keys()].join(", ")}`;
}

/** Reads a status field, reporting one that is not a status; returns the text as written. */
function readStatus(record: FieldRecord, required: boolean): string | undefined {
  const statusText = limitedText(record, "status", required, LIMITS.nameLength);
  if (statusText !== undefined && !isStatus(statusText)) {
    const hint = didYouMean(statusText, STATUSES) ?? `use one of ${STATUSES.join(", ")}`;
    record.report.add(record.valueNode("status"), "unknown-status", `${record.name} has an unknown status "${statusText}"`, hint);
  }
  return statusText;
}

function readEvidence(record: FieldRecord, sources: Map<string, QuotableSource>, entities: ReadonlyMap<string, Entity>, unsettled: NonNullable<RelationContext["unsettled"]>): Evidence[] | undefined {
  const shape = record.shape("evidence");
  if (shape === "absent" || shape === "empty") {
    record.report.add(record.node, "empty-evidence", `${record.name} has no evidence`, 'add evidence: [{source: <source id>, quote: "<words copied from the source>"}]');
    return undefined;
  }
  if (shape !== "list") {
    record.report.add(record.valueNode("evidence"), "wrong-type", `"evidence" of ${record.name} must be a list of {source, quote}`);
    return undefined;
  }
  let ok = true;
  const evidence = record.records("evidence", "evidence", (item) => {
    item.rejectUnknownFields(EVIDENCE_FIELDS);
    const sourceId = item.string("source", true);
    const quote = limitedText(item, "quote", true);
    // The quote's own stance and asserters, when this document's differ from the relation's.
    const status = readStatus(item, false);
    const assertedBy = item.has("assertedBy") ? item.stringList("assertedBy", true) : undefined;
    // Both checked, so a bad stance does not hide a bad asserter.
    const assertersOk = assertedBy === undefined || entityRefs(item, "assertedBy", assertedBy, entities, unsettled);
    const stanceOk = (status === undefined || isStatus(status)) && assertersOk;
    if (sourceId === undefined || quote === undefined || !stanceOk) return (ok = false), undefined;
    const entry = sources.get(sourceId);
    if (!entry) {
      if (!unsettled.refusedSources?.has(sourceId)) {
        item.report.add(item.valueNode("source"), "unknown-source", `evidence of ${record.name} cites an unknown source "${sourceId}"`, unknownSourceHint(sourceId, sources));
      }
      return (ok = false), undefined;
    }
    if (!occursIn(entry, normalizedQuoteText(quote))) {
      item.report.add(item.valueNode("quote"), "quote-not-found", `the quote for ${record.name} does not occur verbatim in source "${sourceId}"`, explainMismatchIn(entry.normalized!, quote));
      return (ok = false), undefined;
    }
    // The source's own id string: half a million quotes need not each keep a copy of it.
    return newEvidence(entry.source.id, quote, status as Status | undefined, assertedBy);
  });
  if (ok && evidence.length === 0) {
    record.report.add(record.valueNode("evidence"), "empty-evidence", `${record.name} has an empty evidence list`, "add at least one {source, quote}");
    return undefined;
  }
  return ok ? evidence : undefined;
}
