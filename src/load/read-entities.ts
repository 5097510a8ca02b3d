// Entity records -> Entity values: ids unique, types known, names unambiguous across all files of any format.
import type { Entity, Origin } from "../model/dataset.ts";
import type { Ontology } from "../model/ontology.ts";
import { nameKey } from "../model/names.ts";
import type { DataError } from "./data-error.ts";
import type { FieldRecord, OtherKindFields, Spot } from "./field-record.ts";
import { claimId, FirstDefinitions } from "./ids.ts";
import { OriginLog } from "./origin-log.ts";
import { didYouMean } from "./suggest.ts";
import { visibleName } from "./visible-text.ts";
import { LIMITS, limitedText } from "./limits.ts";
import { readReviewMark, REVIEW_FIELDS } from "./review-fields.ts";

const ENTITY_FIELDS = ["id", "label", "type", "aliases", "description", ...REVIEW_FIELDS] as const;
/** A record that gives more names to an entity defined elsewhere: `addTo: <entity id>` and `aliases:`. */
const ADDITION_FIELDS = ["addTo", "aliases", ...REVIEW_FIELDS] as const;
/** Entities and additions may share a file (a CSV header names the columns of both): each refuses the other's fields. */
const NOT_IN_ENTITY: OtherKindFields = { fields: ADDITION_FIELDS, hint: "a record either defines an entity or adds aliases to one (addTo); write the addition as a record of its own" };
const NOT_IN_ADDITION: OtherKindFields = { fields: ENTITY_FIELDS, hint: "a record that adds aliases (addTo) has only addTo and aliases; define a new entity in a record of its own" };

/** Where something was written, for errors found after its file was read. */
interface Place {
  file: string;
  line: number;
  column: number;
}

/** Entities read from every entity file, with where each was defined. */
export interface EntityIndex {
  entities: Entity[];
  byId: Map<string, Entity>;
  origins: Record<string, Origin>;
  /** Ids of entity records that were written but rejected: references to them are not errors of their own. */
  rejected: Set<string>;
  /** True when an entity file could not be read at all, so any reference may point into it. */
  incomplete: boolean;
}

/**
 * Checks entity records one at a time, from any file and format, keeping what must be unique
 * across all of them: a label or alias that names two entities would make search and text
 * highlighting ambiguous.
 */
export class EntityReader {
  readonly index: EntityIndex;
  private readonly typeIds: Set<string>;
  private readonly seenIds = new FirstDefinitions();
  /** Name key -> the entity that owns it, and the file and line where it was first given. */
  private readonly names = new FirstDefinitions<string>();
  /** Where each accepted entity was defined, in the order of `index.entities`. */
  private readonly origins = new OriginLog();
  /** Aliases of `addTo` records, given once every entity is read (the entity may come in a later file). */
  private readonly additions: { id: string; proposed: boolean; at: Place; aliases: { alias: string; at: Place }[] }[] = [];

  constructor(ontology: Ontology) {
    this.typeIds = new Set(ontology.entityTypes.map((t) => t.id));
    const { origins } = this;
    // Built on first read: a plain object keyed by 100,000 ids costs time and memory the build never needs.
    this.index = {
      entities: [], byId: new Map(), rejected: new Set(), incomplete: false,
      get origins() {
        return origins.table(this.entities);
      },
    };
  }

  /** Checks one record; a valid entity is added to the index and returned. A record that adds aliases is kept until {@link finish}. */
  read(record: FieldRecord): Entity | undefined {
    if (record.has("addTo")) {
      this.readAddition(record);
      return undefined;
    }
    const { typeIds } = this;
    const mark = readReviewMark(record);
    if (mark === "rejected") {
      // A rejected proposal stays in its file so that extract does not propose it again; it is not data.
      const rejectedId = record.string("id", false);
      if (rejectedId !== undefined) this.index.rejected.add(rejectedId);
      return undefined;
    }
    const id = claimId(record, this.seenIds, "entity");
    record.rejectUnknownFields(ENTITY_FIELDS, NOT_IN_ENTITY);
    const label = visibleName(record, record.valueNode("label"), limitedText(record, "label", true, LIMITS.nameLength), "the label");
    const type = limitedText(record, "type", true, LIMITS.nameLength);
    const aliases = readAliases(record);
    const description = limitedText(record, "description", true);
    // With no entity types at all the ontology is broken, and its own error says so.
    if (type !== undefined && !typeIds.has(type) && typeIds.size > 0) {
      const hint = didYouMean(type, typeIds) ?? `known entity types: ${[...typeIds].join(", ")}`;
      record.report.add(record.valueNode("type"), "unknown-entity-type", `${record.name} has an unknown type "${type}"`, hint);
    }
    if (!id || !label || !type || !description || !typeIds.has(type)) {
      // Stryker disable next-line ConditionalExpression: rejected.add(undefined) marks nothing a reference could name (ids are strings)
      if (id) this.index.rejected.add(id);
      return undefined;
    }

    this.claimName(record, id, label, record.valueNode("label"));
    for (let i = 0; i < aliases.length; i++) this.claimName(record, id, aliases[i]!, record.itemNode("aliases", i));
    const entity: Entity = mark === "proposed" ? { id, label, type, aliases, description, review: mark } : { id, label, type, aliases, description };
    this.origins.add(record.report.path, record.report.lineOf(record.node));
    this.index.entities.push(entity);
    this.index.byId.set(id, entity);
    return entity;
  }

  /**
   * Gives the aliases of every `addTo` record to its entity, once all entity files are read.
   * Returns an error for each that names no entity, and for each alias that already names another.
   */
  finish(): DataError[] {
    const errors: DataError[] = [];
    const { byId, rejected, incomplete } = this.index;
    for (const { id, proposed, at, aliases } of this.additions) {
      const entity = byId.get(id);
      if (entity === undefined) {
        // A rejected or unreadable definition explains itself; its additions are not reported again.
        if (rejected.has(id) || incomplete) continue;
        const hint = didYouMean(id, byId.keys()) ?? "give the id of an entity defined in an entities file";
        errors.push({ ...at, code: "unknown-entity", message: `aliases are added to entity "${id}", which is not defined in any entities file`, hint });
        continue;
      }
      for (const { alias, at: aliasAt } of aliases) {
        if (this.names.owner(nameKey(alias)) === id) continue;
        const collision = this.collisionOf(id, alias, `"${alias}" added to entity "${id}"`, aliasAt.file, aliasAt.line);
        if (collision) errors.push({ ...aliasAt, code: "alias-collision", ...collision });
        else {
          entity.aliases.push(alias);
          if (proposed) (entity.proposedAliases ??= []).push(alias);
        }
      }
    }
    this.additions.length = 0;
    return errors;
  }

  /** Checks an `addTo` record: its aliases now, the entity it names in {@link finish}. */
  private readAddition(record: FieldRecord): void {
    const id = limitedText(record, "addTo", true, LIMITS.nameLength);
    record.name = id === undefined ? "an addTo record" : `entity "${id}" (addTo)`;
    const mark = readReviewMark(record);
    if (mark === "rejected") return;
    record.rejectUnknownFields(ADDITION_FIELDS, NOT_IN_ADDITION);
    if (!record.has("aliases")) {
      record.report.add(record.node, "missing-field", `${record.name} has no "aliases"`, "list the names to add, like aliases: [Geran-2]");
      return;
    }
    const aliases = readAliases(record);
    if (id === undefined) return;
    const { path } = record.report;
    const place = (node: Spot | undefined): Place => ({ file: path, ...record.report.positionOf(node) });
    this.additions.push({ id, proposed: mark === "proposed", at: place(record.valueNode("addTo")), aliases: aliases.map((alias, i) => ({ alias, at: place(record.itemNode("aliases", i)) })) });
  }

  /** Gives `name` to entity `id`, or reports it when it already names another entity. */
  private claimName(record: FieldRecord, id: string, name: string, node: Spot | undefined): void {
    const collision = this.collisionOf(id, name, `"${name}" of ${record.name}`, record.report.path, record.report.lineOf(node));
    if (collision) record.report.add(node, "alias-collision", collision.message, collision.hint);
  }

  /** Claims `name` for entity `id` (first given at `file:line`), or says which entity already has it. */
  private collisionOf(id: string, name: string, what: string, file: string, line: number): { message: string; hint: string } | undefined {
    const key = nameKey(name);
    const owner = this.names.owner(key);
    if (owner === undefined) this.names.claim(key, file, line, id);
    if (owner === undefined || owner === id) return undefined;
    return { message: `${what} already names entity "${owner}" (${this.names.where(key)})`, hint: "a name may belong to one entity only: remove it from one of them or make it more specific" };
  }
}

/** The aliases of a record, each within the name length limit (longer ones are reported and left out). */
function readAliases(record: FieldRecord): string[] {
  return record.stringList("aliases", false).filter((alias, i) => {
    if (alias.length > LIMITS.nameLength) {
      record.report.add(record.itemNode("aliases", i), "too-long", `an alias of ${record.name} has ${alias.length} characters; the limit is ${LIMITS.nameLength}`, "shorten it");
      return false;
    }
    return visibleName(record, record.itemNode("aliases", i), alias, `alias ${i + 1}`) !== undefined;
  });
}
