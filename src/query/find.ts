// Finds entities by id, label or alias, and the relations that involve them, each with the file and line it is defined at.
import { corroborationOf, type Corroboration } from "../model/corroboration.ts";
import type { Dataset, Origin, Relation } from "../model/dataset.ts";
import { nameKey } from "../model/names.ts";

/** An entity that matches, and where it is defined. */
export interface FoundEntity {
  id: string;
  label: string;
  type: string;
  aliases: string[];
  /** Where its record is (an alias added from another file is not a definition). */
  origin: Origin;
}

/**
 * A relation that matches or involves a matching entity: its claim, how many documents back it and
 * how (corroboration.ts), and where its record is (evidence added to it from other files is not a definition).
 */
export interface FoundRelation
  extends Pick<Relation, "id" | "source" | "type" | "target" | "date" | "end" | "status" | "items">,
    Pick<Corroboration, "sourceCount" | "stanceCounts" | "contested"> {
  origin: Origin;
}

/** What {@link findInDataset} found: entities and relations, each in the order the data defines them. */
export interface FindResult {
  query: string;
  entities: FoundEntity[];
  relations: FoundRelation[];
}

/**
 * Folds text for matching as the viewer's search does: case, diacritics, typographic quotes and
 * punctuation do not matter ("kestrel 9", "Kestrel-9" and "KESTREL-9" are the same), and without the
 * spaces too, so "kestrel9" finds it.
 */
function fold(text: string): string {
  return nameKey(text).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** True when the folded `query` occurs in the folded `name`, with or without its spaces. */
function contains(name: string, query: string): boolean {
  const folded = fold(name);
  return folded.includes(query) || folded.replace(/ /g, "").includes(query.replace(/ /g, ""));
}

/**
 * Entities whose id, label or an alias contains `text` (ignoring case, diacritics and punctuation),
 * and relations whose id contains it or that involve a matching entity: as either end or among their
 * `items`. An empty (or all-punctuation) text matches nothing.
 */
export function findInDataset(dataset: Dataset, text: string): FindResult {
  const query = fold(text);
  if (query === "") return { query: text, entities: [], relations: [] };
  const entityOrigins = dataset.origins.entities;
  const relationOrigins = dataset.origins.relations;
  const entities: FoundEntity[] = [];
  const matched = new Set<string>();
  for (const entity of dataset.entities) {
    if (![entity.id, entity.label, ...entity.aliases].some((name) => contains(name, query))) continue;
    matched.add(entity.id);
    entities.push({ id: entity.id, label: entity.label, type: entity.type, aliases: entity.aliases, origin: entityOrigins[entity.id]! });
  }
  const sourceDates = new Map(dataset.sources.map((s) => [s.id, s.date]));
  const relations: FoundRelation[] = [];
  for (const relation of dataset.relations) {
    const involved = matched.has(relation.source) || matched.has(relation.target) || relation.items.some((item) => matched.has(item));
    if (!involved && !contains(relation.id, query)) continue;
    const { sourceCount, stanceCounts, contested } = corroborationOf(relation, (id) => sourceDates.get(id));
    relations.push({
      id: relation.id, source: relation.source, type: relation.type, target: relation.target,
      ...(relation.date !== undefined ? { date: relation.date } : {}),
      ...(relation.end !== undefined ? { end: relation.end } : {}),
      status: relation.status, items: relation.items, sourceCount, stanceCounts, contested,
      origin: relationOrigins[relation.id]!,
    });
  }
  return { query: text, entities, relations };
}
