// The extraction assistant: one document of a data folder -> proposed entities, aliases, relations and quotes.
import { defaultRelationId } from "../load/read-relations.ts";
import type { Dataset, Relation } from "../model/dataset.ts";
import { normalizedQuoteText } from "../load/quote-match.ts";
import { nameKey } from "../model/names.ts";
import { attributionsOf, hasQuotation, stancesOf, type AttributionMemory, type Stance } from "./attribution.ts";
import { candidatesIn, nearMatch } from "./candidates.ts";
import { compileCues, type Cue } from "./cues.ts";
import { datesIn, nearestDate, type FoundDate } from "./dates.ts";
import { Gazetteer, type Mention, type NamedEntity } from "./gazetteer.ts";
import { loadLanguage, type Language } from "./language.ts";
import { modifierClaims, otherPlaceClaims } from "./modifier-rules.ts";
import type { ProposedAlias, ProposedEntity, ProposedEvidence, ProposedQuote, ProposedRelation, Proposals } from "./proposals.ts";
import { claimsOfCue, type Claim } from "./relation-rules.ts";
import { allows, quoted, readSentence, type Reading, type Sentence } from "./sentence.ts";
import { sentencesOf, type SentenceSpan } from "./sentences.ts";
import { tokenize } from "./tokens.ts";

/** Options of {@link extractProposals}. */
export interface ExtractOptions {
  /** A language code of src/extract/languages/ or a language already read (default "en"). */
  language?: string | Language;
}

/** A source id that is not in the dataset; carries the nearest ids for a did-you-mean. */
export class UnknownSourceError extends Error {
  override name = "UnknownSourceError";
  constructor(readonly sourceId: string, readonly known: string[]) {
    super(`unknown source "${sourceId}"`);
  }
}

const YEAR = /\b(?:19|20)\d\d\b/;

/** A claim with everything a quote of it needs. */
interface Finding {
  source: string;
  type: string;
  target: string;
  date?: string;
  stance: Stance;
  quote: string;
  at: number;
  items: string[];
  quantities: Record<string, number | string>;
  confidence: number;
  why: string;
}

function slug(name: string): string {
  return name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80).replace(/-+$/, "");
}

/** A short stable hash, for ids of names with no Latin letters. */
function hashOf(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** Words of a document, for figures per thousand words. */
function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/[\p{L}\p{N}]+/gu)) n++;
  return n;
}

function camelName(word: string): string | undefined {
  const plain = word.replace(/[^a-z0-9]/g, "");
  return /^[a-z][a-z0-9]*$/.test(plain) ? plain : undefined;
}

/** "hundreds of “suicide drones”", "35 Shahed drones": the count before a name, if any. */
function countBefore(sentence: Sentence, mention: Mention, reading: Reading): number | string | undefined {
  const { tokens } = sentence;
  const numbers = reading.cues.set(reading.language.numberWords);
  let i = mention.start - 1;
  for (let skipped = 0; i >= 0 && skipped < 3 && ['"', "'", "of", "the", "“", "«"].includes(tokens[i]!.norm); skipped++) i--;
  if (i < 0) return undefined;
  if (/^\p{N}+$/u.test(tokens[i]!.norm)) return Number(tokens[i]!.norm.replace(/\D/g, ""));
  for (let n = 3; n >= 1; n--) {
    if (i - n + 1 < 0) continue;
    const phrase = tokens.slice(i - n + 1, i + 1).map((t) => t.norm).join(" ");
    if (numbers.has(phrase)) return tokens.slice(i - n + 1, i + 1).map((t) => t.text).join(" ");
  }
  return undefined;
}

/** Reads a document and proposes what it says, in the ontology of `dataset`, quoting it verbatim. */
export function extractProposals(dataset: Dataset, sourceId: string, options: ExtractOptions = {}): Proposals {
  const source = dataset.sources.find((s) => s.id === sourceId);
  if (!source) throw new UnknownSourceError(sourceId, dataset.sources.map((s) => s.id));
  const language = typeof options.language === "object" ? options.language : loadLanguage(options.language ?? "en");
  const cues = compileCues(dataset.ontology, language);
  const reading: Reading = { language, cues, joiners: cues.set(language.listJoiners) };
  const { text } = source;
  const proposals: Proposals = { sourceId, entities: [], aliases: [], relations: [], additions: [], notes: [], words: countWords(text) };
  if (text.trim() === "") {
    proposals.notes.push(`source "${sourceId}" has no text: nothing to propose`);
    return proposals;
  }
  const gazetteer = new Gazetteer(dataset.entities, language);
  const spans: SentenceSpan[] = [...sentencesOf(text, language.code)];
  const entityTypes = new Set(dataset.ontology.entityTypes.map((t) => t.id));

  // Pass 1: names no entity has yet.
  const usedIds = new Set(dataset.entities.map((e) => e.id));
  const newByKey = new Map<string, ProposedEntity>();
  const aliasByKey = new Map<string, ProposedAlias>();
  const proposeAlias = (entity: NamedEntity, name: string, at: number, why: string) => {
    const key = nameKey(name);
    if (gazetteer.entityNamed(name) || aliasByKey.has(key)) return;
    aliasByKey.set(key, { addTo: entity.id, aliases: [name], confidence: 0.5, why, at });
    gazetteer.addAlias(entity, name);
  };
  const compromiseMemo = new Map<string, { type: string; why: string } | null>();
  for (const span of spans) {
    const tokens = tokenize(text, span.start, span.end);
    const mentions = gazetteer.mentionsIn(tokens);
    // "Islamic Revolutionary Guards Corps (IRGC)" with only the long name known: the acronym is an alias.
    for (const m of mentions) {
      const acronym = tokens[m.end + 1];
      if (m.kind === "name" && tokens[m.end]?.norm === "(" && tokens[m.end + 2]?.norm === ")" && acronym && /^\p{Lu}[\p{Lu}\p{N}]{1,9}$/u.test(acronym.text)) {
        proposeAlias(m.entity, acronym.text, acronym.start, `"${acronym.text}" in parentheses after "${text.slice(tokens[m.start]!.start, tokens[m.end - 1]!.end)}"`);
      }
    }
    for (const found of candidatesIn(text, tokens, mentions, reading, compromiseMemo)) {
      // "Belarusian" with no entity for Belarus: the candidate is Belarus, and the adjective its form.
      const place = gazetteer.demonymTarget(found.name);
      const candidate = place ? { ...found, name: place, type: entityTypes.has("state") ? "state" : found.type, why: `"${found.name}" (adjective of ${place})` } : found;
      if (place && gazetteer.entityNamed(place)) continue;
      const key = nameKey(candidate.name);
      if (newByKey.has(key) || gazetteer.entityNamed(candidate.name)) continue;
      const near = nearMatch(candidate.name, gazetteer);
      if (near) {
        proposeAlias(near, candidate.name, candidate.start, `"${candidate.name}" nearly matches a name of ${near.id}`);
        continue;
      }
      if (!candidate.type || !entityTypes.has(candidate.type)) continue;
      let id = slug(candidate.name) || `name-${hashOf(candidate.name)}`;
      for (let n = 2; usedIds.has(id); n++) id = `${slug(candidate.name) || `name-${hashOf(candidate.name)}`}-${n}`;
      usedIds.add(id);
      const aliases = candidate.acronym && !gazetteer.entityNamed(candidate.acronym) ? [candidate.acronym] : [];
      const entity: ProposedEntity = {
        id, label: candidate.name, type: candidate.type, aliases, at: candidate.start, why: candidate.why,
        confidence: candidate.why.startsWith("compromise") ? 0.4 : 0.6,
        description: `Named in source ${sourceId}; proposed by actorgraph extract, to be described.`,
      };
      newByKey.set(key, entity);
      gazetteer.addEntity(entity);
    }
  }
  proposals.entities = [...newByKey.values()].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  proposals.aliases = [...aliasByKey.values()].sort((a, b) => a.at - b.at || a.addTo.localeCompare(b.addTo));

  // Pass 2: relations, sentence by sentence.
  const findings: Finding[] = [];
  const nounMarkers = cues.set(language.nounMarkers);
  const recent = new Map<string, NamedEntity>();
  const memory: AttributionMemory = { byNoun: new Map() };
  let narrative: string | undefined;
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index]!;
    const sentence = readSentence(text, span, index, gazetteer, reading, recent);
    const attributions = attributionsOf(sentence, reading, memory);
    const claims: Claim[] = [];
    const capitalCue = (start: number) => start > 0 && sentence.tokens[start]!.capital;
    // "artillery shells", "the strikes": a verb form after an article or a type word is a noun, not the cue's verb.
    const nounAhead = (start: number) => {
      const previous = sentence.tokens[start - 1];
      // A singular type word before it ("artillery shells", "missile strikes") makes a compound noun; a plural one ("drones threaten") is a subject.
      return previous !== undefined && (nounMarkers.has(previous.norm) || (!previous.capital && cues.entityTypeCues.has(previous.norm) && !previous.norm.endsWith("s")));
    };
    const fits = (values: Cue[], start: number) => !capitalCue(start) && !(nounAhead(start) && values.every((v) => v.kind === "verb" || v.kind === "receiverVerb"));
    for (const match of cues.relations.scan(sentence.tokens, (values, start) => fits(values, start))) {
      const fromCue = match.values.flatMap((cue) => claimsOfCue(sentence, cue, match.start, match.end, reading));
      claims.push(...oneTypePerPair(fromCue, sentence));
    }
    claims.push(...modifierClaims(sentence, reading), ...otherPlaceClaims(sentence, reading));
    for (const attribution of attributions) {
      for (const type of cues.speechTypes) {
        const speakerMention = attribution.mention ?? { entity: attribution.speaker, start: attribution.cueStart, end: attribution.cueStart, kind: "name", possessive: false, inner: [] };
        if (!allows(type, "from", attribution.speaker)) continue;
        const target = sentence.mentions.find((m) => m.start >= attribution.contentStart && m.end <= attribution.contentEnd && m.kind !== "adjective" && m.entity.id !== attribution.speaker.id && allows(type, "to", m.entity));
        if (target) claims.push({ source: speakerMention, type, target, cueStart: attribution.cueStart, cueEnd: attribution.cueEnd, why: `${attribution.cueEnd > attribution.cueStart ? quoted(sentence, attribution.cueStart, attribution.cueEnd) : "a quotation going on"} (speech)`, confidence: 0.5, negated: false, dated: true });
      }
    }
    const datesNeeded = claims.length > 0 || (!source.date && YEAR.test(text.slice(span.start, span.end)));
    const dates: FoundDate[] = datesNeeded ? datesIn(text, span.start, span.end, source.date ?? narrative, source.date !== undefined) : [];
    if (!source.date) {
      const full = dates.filter((d) => !d.yearImplied).at(-1);
      if (full) narrative = full.date;
    }
    const carried = attributions.find((a) => a.cueStart === 0 && a.cueEnd === 0) ? memory.previous?.date : undefined;
    const quote = text.slice(span.start, span.end);
    const seen = new Map<string, Finding[]>();
    for (const claim of claims) {
      const key = `${claim.source.entity.id}|${claim.type.id}|${claim.target.entity.id}`;
      if (seen.has(key)) continue;
      const cueAt = sentence.tokens[claim.cueStart]?.start ?? span.start;
      const date = claim.dated ? (nearestDate(dates, cueAt)?.date ?? carried) : undefined;
      const { items, quantities } = itemsOf(claim, sentence, reading);
      const anaphora = sentence.anaphoric.has(claim.source) || sentence.anaphoric.has(claim.target);
      const made: Finding[] = [];
      // A standing fact read from names ("the war in Ukraine") is the document's, whoever speaks around it.
      for (const found of stancesOf(claim, sentence, reading, claim.dated ? attributions : [])) {
        // Nor is it denied or alleged by the words around it; only a plan makes it not yet so.
        const stance = claim.dated || found.status === "planned" ? found : { status: "reported" as const, assertedBy: [] };
        const finding: Finding = {
          source: claim.source.entity.id, type: claim.type.id, target: claim.target.entity.id, stance, quote, at: span.start, items, quantities,
          confidence: Math.round(claim.confidence * (anaphora ? 0.8 : 1) * 100) / 100, why: claim.why + (anaphora ? " with a name standing for an earlier one" : ""),
        };
        if (date) finding.date = date;
        made.push(finding);
      }
      seen.set(key, made);
      findings.push(...made);
    }
    const first = attributions[0];
    if (first) {
      const at = sentence.tokens[first.cueStart]?.start ?? span.start;
      const date = nearestDate(dates, at)?.date ?? carried;
      memory.previous = { attribution: first, endsInQuote: hasQuotation(sentence), ...(date ? { date } : {}) };
    } else memory.previous = undefined;
  }
  mergeFindings(findings, dataset, proposals);
  if (proposals.entities.length + proposals.aliases.length + proposals.relations.length + proposals.additions.length === 0) {
    proposals.notes.push(`nothing to propose in source "${sourceId}": no cue of the ontology relates names in it`);
  }
  return proposals;
}

/**
 * One word may cue several relation types ("sent": supplies, deployed to). When two of them fit
 * the same ends, the sentence decides: with weapons named in it, the type whose cues expect items
 * (drones sent to Russia are supplied); without, the other (troops sent to Belarus are deployed).
 */
function oneTypePerPair(claims: Claim[], sentence: Sentence): Claim[] {
  if (claims.length < 2) return claims;
  const weapons = sentence.mentions.some((m) => m.entity.type === "weapon");
  const pairKey = (c: Claim) => `${c.source.entity.id}|${c.target.entity.id}`;
  const byPair = new Map<string, Claim[]>();
  for (const claim of claims) byPair.set(pairKey(claim), [...(byPair.get(pairKey(claim)) ?? []), claim]);
  return claims.filter((claim) => {
    const rivals = byPair.get(pairKey(claim))!;
    if (rivals.length < 2) return true;
    const wantsItems = claim.type.cues?.items === true;
    const someWant = rivals.some((r) => r.type.cues?.items === true);
    const someDoNot = rivals.some((r) => r.type.cues?.items !== true);
    if (!someWant || !someDoNot) return true;
    return weapons ? wantsItems : !wantsItems;
  });
}

function itemsOf(claim: Claim, sentence: Sentence, reading: Reading): { items: string[]; quantities: Record<string, number | string> } {
  const items: string[] = [];
  const quantities: Record<string, number | string> = {};
  const cues = claim.type.cues;
  if (!cues?.items && !cues?.counts) return { items, quantities };
  const ends = new Set([claim.source.entity.id, claim.target.entity.id]);
  for (const mention of sentence.mentions) {
    const isItem = mention.entity.type === "weapon" && !ends.has(mention.entity.id);
    const isWeaponEnd = mention.entity.type === "weapon" && mention === claim.target;
    if (cues.items && isItem && !items.includes(mention.entity.id)) items.push(mention.entity.id);
    if (cues.counts && (isItem || isWeaponEnd)) {
      const count = countBefore(sentence, mention, reading);
      // "12 Kestrel-9 drones" counts drones; "35 Shahed drones" too, where "drones" ends the name.
      const next = sentence.tokens[mention.end];
      const noun = next && next.word && !next.capital && reading.cues.entityTypeCues.get(next.norm)?.includes("weapon") ? next : sentence.tokens[mention.end - 1]!;
      const name = camelName(noun.norm);
      if (count !== undefined && name && !(name in quantities)) quantities[name] = count;
    }
  }
  return { items: items.sort(), quantities };
}

function datesAgree(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a.startsWith(b) || b.startsWith(a);
}

/** True when one quote holds the other, spacing and typographic quotes aside. */
function overlaps(a: string, b: string): boolean {
  const x = normalizedQuoteText(a).trim();
  const y = normalizedQuoteText(b).trim();
  return x.includes(y) || y.includes(x);
}

/**
 * Findings -> proposals: one relation per claim (same ends, type and date) with a quote per
 * sentence and stance; a claim that a reviewed relation already makes becomes quotes added to it.
 */
function mergeFindings(findings: Finding[], dataset: Dataset, proposals: Proposals): void {
  const directed = new Map(dataset.ontology.relationTypes.map((t) => [t.id, t.directed]));
  const existing = new Map<string, Relation[]>();
  for (const relation of dataset.relations) {
    const key = `${relation.source}|${relation.type}|${relation.target}`;
    existing.set(key, [...(existing.get(key) ?? []), relation]);
  }
  const usedIds = new Set(dataset.relations.map((r) => r.id));
  const relations = new Map<string, ProposedRelation>();
  const additions = new Map<string, ProposedEvidence>();
  const addQuote = (list: ProposedQuote[], finding: Finding) => {
    const quote: ProposedQuote = { quote: finding.quote, status: finding.stance.status, assertedBy: finding.stance.assertedBy, at: finding.at };
    if (!list.some((q) => q.quote === quote.quote && q.status === quote.status && q.assertedBy.join() === quote.assertedBy.join())) list.push(quote);
  };
  for (const finding of findings) {
    let { source, target } = finding;
    if (directed.get(finding.type) === false && target < source) [source, target] = [target, source];
    const claimKey = `${source}|${finding.type}|${target}`;
    const candidates = existing.get(claimKey) ?? (directed.get(finding.type) === false ? existing.get(`${target}|${finding.type}|${source}`) : undefined) ?? [];
    const known = candidates.find((r) => r.date === finding.date) ?? candidates.find((r) => datesAgree(r.date, finding.date));
    if (known) {
      // The document already backs it from this sentence (a curator may have quoted part of it): nothing new to add.
      if (known.evidence.some((q) => q.source === proposals.sourceId && overlaps(q.quote, finding.quote) && (q.status ?? known.status) === finding.stance.status)) continue;
      const addition = additions.get(known.id) ?? { addTo: known.id, evidence: [], confidence: 0, why: [] };
      additions.set(known.id, addition);
      addQuote(addition.evidence, finding);
      addition.confidence = Math.max(addition.confidence, finding.confidence);
      if (!addition.why.includes(finding.why)) addition.why.push(finding.why);
      continue;
    }
    const key = `${claimKey}|${finding.date ?? ""}`;
    let relation = relations.get(key);
    if (!relation) {
      let id = defaultRelationId(source, finding.type, target, finding.date);
      for (let n = 2; usedIds.has(id); n++) id = `${defaultRelationId(source, finding.type, target, finding.date)}-${n}`;
      usedIds.add(id);
      relation = { id, source, type: finding.type, target, items: [], quantities: {}, evidence: [], confidence: 0, why: [] };
      if (finding.date) relation.date = finding.date;
      relations.set(key, relation);
    }
    addQuote(relation.evidence, finding);
    for (const item of finding.items) if (!relation.items.includes(item)) relation.items.push(item);
    relation.items.sort();
    for (const [name, value] of Object.entries(finding.quantities)) if (!(name in relation.quantities)) relation.quantities[name] = value;
    relation.confidence = Math.max(relation.confidence, finding.confidence);
    if (!relation.why.includes(finding.why)) relation.why.push(finding.why);
  }
  const byPlace = <T extends { evidence: ProposedQuote[] }>(a: T, b: T, ka: string, kb: string) => a.evidence[0]!.at - b.evidence[0]!.at || ka.localeCompare(kb);
  proposals.relations = [...relations.values()].sort((a, b) => byPlace(a, b, a.id, b.id));
  proposals.additions = [...additions.values()].sort((a, b) => byPlace(a, b, a.addTo, b.addTo));
}

