// Scores the extraction assistant's proposals against a curated graph: relations by ends, type and direction; stance; date; quotes.
import type { Dataset, Entity } from "../src/model/dataset.ts";
import { nameKey } from "../src/model/names.ts";
import type { Proposals } from "../src/extract/proposals.ts";
import { normalizedQuoteText } from "../src/load/quote-match.ts";

/** Precision, recall and F1 of a set of predictions. */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  correct: number;
  predicted: number;
  gold: number;
}

/** What the extract section prints for one run. */
export interface ExtractionScore {
  entities: Prf;
  relations: Prf;
  /** Share of quotes on matched relations whose stance is one the curators gave that claim. */
  stanceAccuracy: number;
  /** Share of matched relations whose date (or its absence) is one the curators gave that claim. */
  dateAccuracy: number;
  /** Share of proposed quotes found verbatim in the document. */
  verbatimShare: number;
  /** Matched, missed and wrong relation keys, for reading what the assistant gets wrong. */
  matched: string[];
  missed: string[];
  wrong: string[];
}

function prf(correct: number, predicted: number, gold: number): Prf {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, correct, predicted, gold };
}

/**
 * Scores `proposals` (made on a copy of the data without `gold`'s relations, and possibly without its
 * entities) against the curated `gold` dataset. A proposed entity counts when its label or an alias
 * names a gold entity; a relation when both ends name the gold ends and type and direction agree (the
 * ends of an undirected type in either order). With `known` entities (the entities-known run) only
 * new entities are proposed, so entity figures cover those: each is a name the curators did not list.
 */
export function scoreProposals(gold: Dataset, proposals: Proposals, text: string, known: readonly Entity[]): ExtractionScore {
  const byName = new Map<string, string>();
  for (const entity of gold.entities) for (const name of [entity.label, ...entity.aliases]) byName.set(nameKey(name), entity.id);
  const goldIdOf = new Map<string, string>();
  for (const entity of known) goldIdOf.set(entity.id, entity.id);
  for (const entity of proposals.entities) {
    const id = [entity.label, ...entity.aliases].map((n) => byName.get(nameKey(n))).find((x) => x !== undefined);
    if (id) goldIdOf.set(entity.id, id);
  }
  for (const alias of proposals.aliases) if (!goldIdOf.has(alias.addTo)) goldIdOf.set(alias.addTo, alias.addTo);
  const knownIds = new Set(known.map((e) => e.id));
  const goldEntities = gold.entities.filter((e) => !knownIds.has(e.id));
  const entityHits = new Set(proposals.entities.map((e) => goldIdOf.get(e.id)).filter((id): id is string => id !== undefined && !knownIds.has(id)));
  const entities = prf(entityHits.size, proposals.entities.length, goldEntities.length);

  const directed = new Map(gold.ontology.relationTypes.map((t) => [t.id, t.directed]));
  const keyOf = (source: string, type: string, target: string) => (directed.get(type) === false && target < source ? `${target}|${type}|${source}` : `${source}|${type}|${target}`);
  const goldClaims = new Map<string, { stances: Set<string>; dates: Set<string> }>();
  for (const relation of gold.relations) {
    const key = keyOf(relation.source, relation.type, relation.target);
    const claim = goldClaims.get(key) ?? { stances: new Set(), dates: new Set() };
    goldClaims.set(key, claim);
    for (const quote of relation.evidence) claim.stances.add(quote.status ?? relation.status);
    claim.dates.add(relation.date ?? "");
  }
  const predicted = new Map<string, { stances: string[]; dates: string[] }>();
  const relationById = new Map(gold.relations.map((r) => [r.id, r]));
  const record = (source: string | undefined, type: string, target: string | undefined, stances: string[], date: string, fallbackKey: string) => {
    const key = source && target ? keyOf(source, type, target) : fallbackKey;
    const entry = predicted.get(key) ?? { stances: [], dates: [] };
    predicted.set(key, entry);
    entry.stances.push(...stances);
    entry.dates.push(date);
  };
  for (const relation of proposals.relations) {
    record(goldIdOf.get(relation.source), relation.type, goldIdOf.get(relation.target), relation.evidence.map((q) => q.status), relation.date ?? "", `?${relation.source}|${relation.type}|${relation.target}`);
  }
  for (const addition of proposals.additions) {
    const relation = relationById.get(addition.addTo);
    if (relation) record(relation.source, relation.type, relation.target, addition.evidence.map((q) => q.status), relation.date ?? "", addition.addTo);
  }
  const matched = [...predicted.keys()].filter((k) => goldClaims.has(k));
  let stanceRight = 0;
  let stanceAll = 0;
  let dateRight = 0;
  let dateAll = 0;
  for (const key of matched) {
    const claim = goldClaims.get(key)!;
    for (const stance of predicted.get(key)!.stances) {
      stanceAll++;
      if (claim.stances.has(stance)) stanceRight++;
    }
    for (const date of predicted.get(key)!.dates) {
      dateAll++;
      if (claim.dates.has(date)) dateRight++;
    }
  }
  const quotes = [...proposals.relations.flatMap((r) => r.evidence), ...proposals.additions.flatMap((a) => a.evidence)];
  const normalizedText = normalizedQuoteText(text);
  const verbatim = quotes.filter((q) => text.includes(q.quote) || normalizedText.includes(normalizedQuoteText(q.quote))).length;
  return {
    entities,
    relations: prf(matched.length, predicted.size, goldClaims.size),
    stanceAccuracy: stanceAll === 0 ? 0 : stanceRight / stanceAll,
    dateAccuracy: dateAll === 0 ? 0 : dateRight / dateAll,
    verbatimShare: quotes.length === 0 ? 1 : verbatim / quotes.length,
    matched: matched.sort(),
    missed: [...goldClaims.keys()].filter((k) => !predicted.has(k)).sort(),
    wrong: [...predicted.keys()].filter((k) => !goldClaims.has(k)).sort(),
  };
}
