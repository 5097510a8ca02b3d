// entities/*.yaml -> Entity records: ids unique, types known, names unambiguous across all files.
import type { Entity, Origin } from "../model/dataset.ts";
import type { Ontology } from "../model/ontology.ts";
import { nameKey } from "../model/names.ts";
import { claimId } from "./ids.ts";
import { didYouMean } from "./suggest.ts";
import { readRecordList, type ParsedYaml } from "./yaml-records.ts";
import { isSeq, type Node } from "yaml";

const ENTITY_FIELDS = ["id", "label", "type", "aliases", "description"] as const;

/** Entities read from every entity file, with where each was defined. */
export interface EntityIndex {
  entities: Entity[];
  byId: Map<string, Entity>;
  origins: Record<string, Origin>;
}

/**
 * Reads all entity files together, because ids and names must be unique across them:
 * a label or alias that names two entities would make search and text highlighting ambiguous.
 */
export function readEntities(files: ParsedYaml[], ontology: Ontology): EntityIndex {
  const typeIds = new Set(ontology.entityTypes.map((t) => t.id));
  const seenIds = new Map<string, string>();
  const nameOwner = new Map<string, { entity: string; at: string }>();
  const index: EntityIndex = { entities: [], byId: new Map(), origins: {} };

  for (const parsed of files) {
    const entities = readRecordList(parsed, "entity", (record) => {
      const id = claimId(record, seenIds, "entity");
      record.rejectUnknownFields(ENTITY_FIELDS);
      const label = record.string("label", true);
      const type = record.string("type", true);
      const aliases = record.stringList("aliases", false);
      const description = record.string("description", true);
      if (type !== undefined && !typeIds.has(type)) {
        const hint = didYouMean(type, typeIds) ?? `known entity types: ${[...typeIds].join(", ")}`;
        record.report.add(record.valueNode("type"), "unknown-entity-type", `${record.name} has an unknown type "${type}"`, hint);
      }
      if (!id || !label || !type || !description || !typeIds.has(type)) return undefined;

      const aliasNodes = record.valueNode("aliases");
      const names: { name: string; node: Node | undefined }[] = [
        { name: label, node: record.valueNode("label") },
        ...aliases.map((name, i) => ({ name, node: isSeq(aliasNodes) ? (aliasNodes.items[i] as Node) : aliasNodes })),
      ];
      for (const { name, node } of names) {
        const key = nameKey(name);
        const owner = nameOwner.get(key);
        const at = `${record.report.path}:${record.report.positionOf(node).line}`;
        if (owner && owner.entity !== id) {
          record.report.add(node, "alias-collision", `"${name}" of ${record.name} already names entity "${owner.entity}" (${owner.at})`, "a name may belong to one entity only: remove it from one of them or make it more specific");
        } else if (!owner) {
          nameOwner.set(key, { entity: id, at });
        }
      }
      index.origins[id] = { file: record.report.path, line: record.position.line };
      return { id, label, type, aliases, description };
    });
    for (const entity of entities) {
      index.entities.push(entity);
      index.byId.set(entity.id, entity);
    }
  }
  return index;
}
