// One sentence as the relation rules see it: tokens, the names in it, lists of names, and helpers to search around a cue.
import type { RelationType } from "../model/ontology.ts";
import type { CompiledCues } from "./cues.ts";
import type { Gazetteer, Mention, NamedEntity } from "./gazetteer.ts";
import type { Language } from "./language.ts";
import type { SentenceSpan } from "./sentences.ts";
import { tokenize, type Token } from "./tokens.ts";

/** A sentence with its names found. */
export interface Sentence {
  /** The whole document. */
  text: string;
  index: number;
  span: SentenceSpan;
  tokens: Token[];
  /** Names not inside another name, in order. */
  mentions: Mention[];
  /** True for mentions that stand for an earlier name ("these drones"). */
  anaphoric: Set<Mention>;
}

/** What every rule needs besides the sentence. */
export interface Reading {
  language: Language;
  cues: CompiledCues;
  /** Folded joiner words and the like, as sets. */
  joiners: Set<string>;
}

/** Reads the tokens and names of a sentence. `recent` maps a noun to the entity last named with it, for "these drones". */
export function readSentence(text: string, span: SentenceSpan, index: number, gazetteer: Gazetteer, reading: Reading, recent: Map<string, NamedEntity>): Sentence {
  const tokens = tokenize(text, span.start, span.end);
  const mentions = gazetteer.mentionsIn(tokens);
  const anaphoric = new Set<Mention>();
  const determiners = reading.cues.set(reading.language.anaphoraDeterminers);
  // "the drones", "these drones": the last entity whose name ended with that noun.
  let m = 0;
  const withAnaphora: Mention[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    while (m < mentions.length && mentions[m]!.end <= i) withAnaphora.push(mentions[m++]!);
    if (m < mentions.length && mentions[m]!.start <= i + 1) continue;
    if (!determiners.has(tokens[i]!.norm)) continue;
    const noun = tokens[i + 1]!;
    const entity = noun.word && !noun.capital ? recent.get(noun.norm) : undefined;
    if (!entity) continue;
    const mention: Mention = { entity, start: i + 1, end: i + 2, kind: "name", possessive: noun.possessive, inner: [] };
    anaphoric.add(mention);
    withAnaphora.push(mention);
  }
  while (m < mentions.length) withAnaphora.push(mentions[m++]!);
  for (const mention of mentions) {
    const last = tokens[mention.end - 1]!;
    if (mention.end - mention.start > 1 && !last.capital && last.word) recent.set(last.norm, mention.entity);
  }
  return { text, index, span, tokens, mentions: withAnaphora, anaphoric };
}

/** True when the entity may stand at that end of the relation type. */
export function allows(type: RelationType, end: "from" | "to", entity: NamedEntity): boolean {
  return (end === "from" ? type.from : type.to).includes(entity.type);
}

/**
 * The names a cue at tokens [start, end) can relate: the sentence's names, except that a cue inside
 * an event's name ("invasion" in "invasion of Ukraine") opens it, so the names inside are the ends.
 * Undefined when the cue is part of any other name ("Strike Group"), unless `openAny`.
 */
export function slotsAround(sentence: Sentence, start: number, end: number, openAny = false): { slots: Mention[]; container?: Mention } | undefined {
  const slots: Mention[] = [];
  let container: Mention | undefined;
  for (const mention of sentence.mentions) {
    if (mention.start <= start && end <= mention.end) {
      if (mention.entity.type !== "event" && !openAny) return undefined;
      container = mention;
      for (const inner of mention.inner) if (inner.end <= start || inner.start >= end) slots.push(inner);
      continue;
    }
    if (mention.end <= start || mention.start >= end) slots.push(mention);
  }
  slots.sort((a, b) => a.start - b.start);
  return container ? { slots, container } : { slots };
}

/** The list a name belongs to: neighbours joined only by commas, "and", "or", hyphens and the like. */
export function listOf(slots: readonly Mention[], at: number, sentence: Sentence, reading: Reading): Mention[] {
  const joined = (left: Mention, right: Mention) => {
    for (let i = left.end; i < right.start; i++) {
      const token = sentence.tokens[i]!;
      if (token.norm === "-" || token.norm === "'s" || reading.joiners.has(token.norm)) continue;
      return false;
    }
    return true;
  };
  let first = at;
  while (first > 0 && joined(slots[first - 1]!, slots[first]!) && !slots[first - 1]!.possessive) first--;
  let last = at;
  while (last + 1 < slots.length && !slots[last]!.possessive && joined(slots[last]!, slots[last + 1]!)) last++;
  return slots.slice(first, last + 1);
}

/** Words between two token positions are all of the given kind (no other name, no clause break). */
export function onlyBetween(sentence: Sentence, from: number, to: number, ok: (token: Token) => boolean): boolean {
  for (let i = from; i < to; i++) if (!ok(sentence.tokens[i]!)) return false;
  return true;
}

/** The document's text of tokens [start, end) of a sentence, quoted for a cue comment. */
export function quoted(sentence: Sentence, start: number, end: number): string {
  const first = sentence.tokens[start];
  const last = sentence.tokens[end - 1];
  return first && last ? `"${sentence.text.slice(first.start, last.end)}"` : '""';
}
