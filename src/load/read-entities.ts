// Entity records -> Entity values: ids unique, types known, names unambiguous across all files of any format.
import type { Entity, Origin } from "../model/dataset.ts";
import type { Ontology } from "../model/ontology.ts";
import { nameKey } from "../model/names.ts";
import type { FieldRecord, Spot } from "./field-record.ts";
import { claimId, FirstDefinitions } from "./ids.ts";
import { OriginLog } from "./origin-log.ts";
import { didYouMean } from "./suggest.ts";
import { readRecordList, type ParsedYaml } from "./yaml-records.ts";
import { LIMITS, limitedText } from "./limits.ts";

const ENTITY_FIELDS = ["id", "label", "type", "aliases", "description"] as const;

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

  /** Checks one record; a valid entity is added to the index and returned. */
  read(record: FieldRecord): Entity | undefined {
    const { typeIds } = this;
    const id = claimId(record, this.seenIds, "entity");
    record.rejectUnknownFields(ENTITY_FIELDS);
    const label = limitedText(record, "label", true, LIMITS.nameLength);
    const type = limitedText(record, "type", true, LIMITS.nameLength);
    const aliases = record.stringList("aliases", false).filter((alias, i) => {
      if (alias.length <= LIMITS.nameLength) return true;
      record.report.add(record.itemNode("aliases", i), "too-long", `an alias of ${record.name} has ${alias.length} characters; the limit is ${LIMITS.nameLength}`, "shorten it");
      return false;
    });
    const description = limitedText(record, "description", true);
    // With no entity types at all the ontology is broken, and its own error says so.
    if (type !== undefined && !typeIds.has(type) && typeIds.size > 0) {
      const hint = didYouMean(type, typeIds) ?? `known entity types: ${[...typeIds].join(", ")}`;
      record.report.add(record.valueNode("type"), "unknown-entity-type", `${record.name} has an unknown type "${type}"`, hint);
    }
    if (!id || !label || !type || !description || !typeIds.has(type)) {
      if (id) this.index.rejected.add(id);
      return undefined;
    }

    this.claimName(record, id, label, record.valueNode("label"));
    for (let i = 0; i < aliases.length; i++) this.claimName(record, id, aliases[i]!, record.itemNode("aliases", i));
    const entity: Entity = { id, label, type, aliases, description };
    this.origins.add(record.report.path, record.report.lineOf(record.node));
    this.index.entities.push(entity);
    this.index.byId.set(id, entity);
    return entity;
  }

  /** Gives `name` to entity `id`, or reports it when it already names another entity. */
  private claimName(record: FieldRecord, id: string, name: string, node: Spot | undefined): void {
    const key = nameKey(name);
    const owner = this.names.owner(key);
    if (owner !== undefined && owner !== id) {
      record.report.add(node, "alias-collision", `"${name}" of ${record.name} already names entity "${owner}" (${this.names.where(key)})`, "a name may belong to one entity only: remove it from one of them or make it more specific");
    } else if (owner === undefined) {
      this.names.claim(key, record.report.path, record.report.lineOf(node), id);
    }
  }
}

/** Reads all YAML entity files together (see {@link EntityReader}). */
export function readEntities(files: ParsedYaml[], ontology: Ontology): EntityIndex {
  const reader = new EntityReader(ontology);
  for (const parsed of files) readRecordList(parsed, "entity", (record) => reader.read(record));
  return reader.index;
}
