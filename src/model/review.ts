// Review marks on proposed records (written by `actorgraph extract`), and the dataset without the proposals.
import type { Dataset, Entity, Evidence, Relation } from "./dataset.ts";
import { counted } from "./wording.ts";

/** A record's review mark: `proposed` until a person accepts it (deletes the mark) or rejects it. */
export const REVIEW_MARKS = ["proposed", "rejected"] as const;

/** One of {@link REVIEW_MARKS}. */
export type ReviewMark = (typeof REVIEW_MARKS)[number];

/** True when `value` is one of the review marks. */
export function isReviewMark(value: unknown): value is ReviewMark {
  return typeof value === "string" && (REVIEW_MARKS as readonly string[]).includes(value);
}

/** Something that may carry the `proposed` mark: an entity, a relation, or a quote added by a proposed `addTo`. */
export interface Reviewable {
  review?: "proposed";
}

function isProposed(record: Reviewable): boolean {
  return record.review === "proposed";
}

function withoutProposedAliases(entity: Entity): Entity {
  if (entity.proposedAliases === undefined) return entity;
  const proposed = new Set(entity.proposedAliases);
  const { proposedAliases: _proposed, ...rest } = entity;
  return { ...rest, aliases: entity.aliases.filter((a) => !proposed.has(a)) };
}

/** True when the dataset holds any proposed entity, relation or quote. */
export function hasProposals(dataset: Dataset): boolean {
  const proposed = (r: object) => isProposed(r as Reviewable);
  return dataset.entities.some((e) => proposed(e) || e.proposedAliases !== undefined) || dataset.relations.some((r) => proposed(r) || r.evidence.some(proposed));
}

/**
 * The dataset as reviewed so far: proposed entities, relations and quotes left out, and so are
 * relations whose ends are proposed entities; an item or asserter that is a proposed entity is
 * dropped from its (accepted) relation. What `build`, `export`, `path` and `stats` use unless asked
 * to include proposals.
 */
export function withoutProposals(dataset: Dataset): Dataset {
  if (!hasProposals(dataset)) return dataset;
  const entities = dataset.entities.filter((e) => !isProposed(e)).map(withoutProposedAliases);
  const known = new Set(entities.map((e) => e.id));
  const keepIds = (ids: readonly string[]) => (ids.every((id) => known.has(id)) ? ids : ids.filter((id) => known.has(id)));
  const keepQuote = (q: Evidence) => !isProposed(q) && (q.assertedBy === undefined || q.assertedBy.every((id) => known.has(id)));
  const relations: Relation[] = [];
  for (const relation of dataset.relations) {
    if (isProposed(relation) || !known.has(relation.source) || !known.has(relation.target)) continue;
    const evidence = relation.evidence.filter(keepQuote);
    if (evidence.length === 0) continue;
    const items = keepIds(relation.items);
    const assertedBy = keepIds(relation.assertedBy);
    const unchanged = evidence.length === relation.evidence.length && items === relation.items && assertedBy === relation.assertedBy;
    relations.push(unchanged ? relation : { ...relation, evidence, items, assertedBy });
  }
  return { ...dataset, entities, relations };
}

/** "2 entities, 5 relations, 3 quotes" still marked proposed, or undefined when there are none. */
export function proposalCounts(dataset: Dataset): string | undefined {
  const entities = dataset.entities.filter(isProposed).length;
  const relations = dataset.relations.filter(isProposed).length;
  const quotes = dataset.relations.reduce((n, r) => n + (isProposed(r) ? 0 : r.evidence.filter(isProposed).length), 0);
  const aliases = dataset.entities.reduce((n, e) => n + (e.proposedAliases?.length ?? 0), 0);
  const parts = [[entities, "entity", "entities"], [aliases, "alias", "aliases"], [relations, "relation", "relations"], [quotes, "quote", "quotes"]] as const;
  const text = parts.filter(([n]) => n > 0).map(([n, one, many]) => counted(n, one, many));
  return text.length ? text.join(", ") : undefined;
}
