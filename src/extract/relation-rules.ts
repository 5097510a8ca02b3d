// Cue + names -> claims: who stands at which end of a relation, read from word order, voice and markers.
import type { RelationType } from "../model/ontology.ts";
import type { Cue } from "./cues.ts";
import type { Mention } from "./gazetteer.ts";
import { allows, listOf, onlyBetween, quoted, slotsAround, type Reading, type Sentence } from "./sentence.ts";

/** One relation a sentence gives, before stance, date and merging. */
export interface Claim {
  source: Mention;
  type: RelationType;
  target: Mention;
  /** Tokens of the cue that gave it. */
  cueStart: number;
  cueEnd: number;
  /** What fired, for the reviewer: `"provided" (verb, active)`. */
  why: string;
  confidence: number;
  /** True when a negation stands just before the cue ("did not supply"). */
  negated: boolean;
  /**
   * True when the claim is an event that a date in its sentence may place (a verb or action noun);
   * false for standing facts read from names and prepositions ("Iranian drones", "Kyiv in Ukraine").
   */
  dated: boolean;
}

/** Words that may stand between a noun cue and its target ("intervention in the war"). */
const ARTICLES = new Set(["the", "a", "an"]);

/** How far (in tokens) before a verb its subject may stand: farther names belong to another clause. */
const SUBJECT_REACH = 25;

const CONFIDENCE = { verb: 0.75, passive: 0.8, fromTo: 0.8, phrase: 0.7, noun: 0.6, agentNoun: 0.6, preposition: 0.55, mutual: 0.55 } as const;

function subjectLike(m: Mention): boolean {
  return m.kind !== "adjective" && !m.possessive;
}

/** The index of the nearest name ending before token `before` that `ok` accepts, or -1. */
function nearestBefore(slots: readonly Mention[], before: number, ok: (m: Mention) => boolean): number {
  for (let i = slots.length - 1; i >= 0; i--) if (slots[i]!.end <= before && ok(slots[i]!)) return i;
  return -1;
}

/** The index of the first name starting at or after token `after` (at most `within` tokens later) that `ok` accepts, or -1. */
function firstAfter(slots: readonly Mention[], after: number, ok: (m: Mention) => boolean, within = Infinity): number {
  for (let i = 0; i < slots.length; i++) {
    const m = slots[i]!;
    if (m.start >= after && m.start - after <= within && ok(m)) return i;
  }
  return -1;
}

/** The token after a marker phrase ("from the side of") that starts at token `start`, or -1. */
function phraseStartingAt(sentence: Sentence, words: Set<string>, start: number, maxWords = 4): number {
  for (let n = maxWords; n >= 1; n--) {
    if (start + n > sentence.tokens.length) continue;
    const phrase = sentence.tokens.slice(start, start + n).map((t) => t.norm).join(" ");
    if (words.has(phrase)) return start + n;
  }
  return -1;
}

/** The name right after a marker phrase found within `reach` tokens from `from`: "by X", "to the X". */
function afterMarker(sentence: Sentence, slots: readonly Mention[], markers: Set<string>, from: number, reach: number, ok: (m: Mention) => boolean): Mention | undefined {
  for (let i = from; i < Math.min(sentence.tokens.length, from + reach); i++) {
    const end = phraseStartingAt(sentence, markers, i);
    if (end < 0) continue;
    // "to the Russian-occupied Crimean Peninsula": an adjective modifies the name after it, which is the end.
    const at = firstAfter(slots, end, (m) => m.kind !== "adjective", 4);
    if (at >= 0 && ok(slots[at]!)) return slots[at];
  }
  return undefined;
}

function claims(sources: readonly Mention[], type: RelationType, targets: readonly Mention[], cueStart: number, cueEnd: number, why: string, confidence: number, negated: boolean): Claim[] {
  const out: Claim[] = [];
  for (const source of sources) {
    if (!allows(type, "from", source.entity)) continue;
    for (const target of targets) {
      if (!allows(type, "to", target.entity)) continue;
      if (source.entity.id === target.entity.id && !type.selfLoops) continue;
      out.push({ source, type, target, cueStart, cueEnd, why, confidence, negated, dated: true });
    }
  }
  return out;
}

function isNegated(sentence: Sentence, reading: Reading, cueStart: number): boolean {
  for (let i = Math.max(0, cueStart - 3); i < cueStart; i++) {
    const match = reading.cues.negations.longestAt(sentence.tokens, i);
    if (match && match.end <= cueStart) return true;
  }
  return false;
}

/** The list of names the name at `index` belongs to (none for -1). */
function listAt(slots: readonly Mention[], index: number, sentence: Sentence, reading: Reading): Mention[] {
  return index < 0 ? [] : listOf(slots, index, sentence, reading);
}

/** Claims a relation cue at tokens [start, end) gives in a sentence. */
export function claimsOfCue(sentence: Sentence, cue: Cue, start: number, end: number, reading: Reading): Claim[] {
  const found = claimsByKind(sentence, cue, start, end, reading);
  if (cue.kind === "preposition" || cue.kind === "mutual") for (const claim of found) claim.dated = false;
  return found;
}

function claimsByKind(sentence: Sentence, cue: Cue, start: number, end: number, reading: Reading): Claim[] {
  // "infrastructure of Ukraine" inside a longer name still says where it is.
  const around = slotsAround(sentence, start, end, cue.kind === "preposition");
  if (!around) return [];
  const { slots, container } = around;
  const type = cue.relationType;
  const { language, cues } = reading;
  const set = cues.set;
  const word = quoted(sentence, start, end);
  const negated = isNegated(sentence, reading, start);
  const canSource = (m: Mention) => allows(type, "from", m.entity);
  const canTarget = (m: Mention) => allows(type, "to", m.entity);

  // The active reading of a verb or phrase: subject before, object after; "from X to Y" wins.
  const activeClaims = (): Claim[] => {
    // "sent trainers from X to Y".
    const from = afterMarker(sentence, slots, set(language.fromMarkers), end, 6, canSource);
    if (from) {
      const to = afterMarker(sentence, slots, set(language.toMarkers), from.end, 6, canTarget);
      if (to) return claims([from], type, [to], start, end, `${word} (${cue.kind}, "from ... to")`, CONFIDENCE.fromTo, negated);
    }
    const subject = nearestBefore(slots, start, (m) => subjectLike(m) && canSource(m) && start - m.end <= SUBJECT_REACH);
    if (subject < 0) return [];
    const sources = listAt(slots, subject, sentence, reading).filter(subjectLike);
    // "echoed Putin's rhetoric": a possessive right after the verb names whom it is done to.
    let object = firstAfter(slots, end, (m) => canTarget(m) && m.entity.id !== from?.entity.id && (!m.possessive || m.start - end <= 2));
    let how = "active";
    if (object < 0 && cue.kind === "phrase") {
      // "X sees Y as a danger": the target stands between the subject and the cue.
      object = firstAfter(slots, slots[subject]!.end, (m) => m.end <= start && canTarget(m) && !sources.includes(m));
      how = "object before the cue";
    }
    if (object < 0) return [];
    return claims(sources, type, listAt(slots, object, sentence, reading), start, end, `${word} (${cue.kind}, ${how})`, cue.kind === "verb" ? CONFIDENCE.verb : CONFIDENCE.phrase, negated);
  };

  switch (cue.kind) {
    case "verb":
    case "phrase": {
      // "Russian-occupied Crimea", "Iranian-made drones": the name before the hyphen acts.
      if (start >= 2 && sentence.tokens[start - 1]!.norm === "-") {
        const agent = slots.find((m) => m.end === start - 1);
        const target = firstAfter(slots, end, canTarget, 4);
        // A description ("the Russian-occupied peninsula"), not an event told: no date, no stance but the document's.
        if (agent && target >= 0) return claims([agent], type, [slots[target]!], start, end, `${word} (${cue.kind}, X-${cue.base})`, CONFIDENCE.passive, negated).map((c) => ({ ...c, dated: false }));
      }
      const agentMarkers = set(language.agentMarkers);
      const auxiliaries = set(language.passiveAuxiliaries);
      const byFollows = end < sentence.tokens.length && agentMarkers.has(sentence.tokens[end]!.norm);
      const auxBefore = [start - 1, start - 2].some((i) => i >= 0 && auxiliaries.has(sentence.tokens[i]!.norm));
      if (cue.participle && (byFollows || auxBefore)) {
        const agent = afterMarker(sentence, slots, agentMarkers, end, 3, canSource);
        const patient = nearestBefore(slots, start, (m) => m.kind !== "adjective" && canTarget(m));
        // "is concerned about X" is no passive: without "by X" the participle reads as an adjective, actively.
        if (!agent && !byFollows) return activeClaims();
        if (!agent || patient < 0) return [];
        return claims([agent], type, listAt(slots, patient, sentence, reading), start, end, `${word} (${cue.kind}, passive, "by")`, CONFIDENCE.passive, negated);
      }
      return activeClaims();
    }
    case "receiverVerb": {
      // "Russia bought drones from Iran": the subject receives, "from X" gives.
      const giver = afterMarker(sentence, slots, set(language.fromMarkers), end, 8, canSource);
      const receiver = nearestBefore(slots, start, (m) => subjectLike(m) && canTarget(m) && start - m.end <= SUBJECT_REACH);
      if (!giver || receiver < 0) return [];
      return claims([giver], type, listAt(slots, receiver, sentence, reading).filter(subjectLike), start, end, `${word} (verb, receiver and "from X")`, CONFIDENCE.verb, negated);
    }
    case "noun": {
      let agents: Mention[] = [];
      let how = "";
      const possessive = nearestBefore(slots, start, (m) => m.possessive);
      if (possessive >= 0 && start - slots[possessive]!.end <= 4 && !slots.some((m) => m.start >= slots[possessive]!.end && m.end <= start)) {
        agents = listAt(slots, possessive, sentence, reading);
        how = "X's";
      }
      const adjective = slots.find((m) => m.kind === "adjective" && m.end <= start && start - m.end <= 1);
      if (agents.length === 0 && adjective) {
        agents = [adjective];
        how = "adjective";
      }
      if (agents.length === 0) {
        const by = afterMarker(sentence, slots, set([...language.sourceMarkers, ...language.fromMarkers]), end, 6, canSource);
        if (by) {
          agents = [by];
          how = '"by/from X"';
        }
      }
      let targets: Mention[] = [];
      // "intervention in the Lake War": right after the cue, past an article.
      const direct = firstAfter(slots, end, (m) => canTarget(m) && !agents.includes(m) && m.kind !== "adjective" && onlyBetween(sentence, end, m.start, (t) => ARTICLES.has(t.norm)), 1);
      if (direct >= 0) targets = listAt(slots, direct, sentence, reading);
      else if (container) {
        // "invasion of Ukraine": the name inside the event's name.
        const inside = firstAfter(slots, end, (m) => canTarget(m) && m.end <= container.end);
        if (inside >= 0) targets = [slots[inside]!];
      }
      if (targets.length === 0) {
        const marked = afterMarker(sentence, slots, set(language.targetMarkers), end, 8, (m) => canTarget(m) && !agents.includes(m));
        if (marked) targets = listAt(slots, slots.indexOf(marked), sentence, reading);
      }
      if (agents.length > 0 && targets.length === 0) {
        // "Moscow and Tehran are the subject of Western sanctions", "support provided by Iran" to the Kremlin before it.
        const before = nearestBefore(slots, start, (m) => subjectLike(m) && canTarget(m) && !agents.includes(m));
        if (before >= 0) targets = listAt(slots, before, sentence, reading).filter((m) => !agents.includes(m));
        how += ", target before";
      }
      if (agents.length === 0 && targets.length > 0) {
        const subject = nearestBefore(slots, start, (m) => subjectLike(m) && canSource(m) && !targets.includes(m) && start - m.end <= SUBJECT_REACH);
        if (subject >= 0) agents = listAt(slots, subject, sentence, reading).filter(subjectLike);
        how = "subject";
      }
      return claims(agents, type, targets, start, end, `${word} (noun, ${how})`, CONFIDENCE.noun, negated);
    }
    case "agentNoun": {
      // "Iran has become Russia's top backer", "the main supplier of Russia".
      let target = nearestBefore(slots, start, (m) => m.possessive && canTarget(m));
      if (target >= 0 && start - slots[target]!.end > 4) target = -1;
      const targetMention = target >= 0 ? slots[target] : afterMarker(sentence, slots, set(language.targetMarkers), end, 3, canTarget);
      if (!targetMention) return [];
      const subject = nearestBefore(slots, Math.min(targetMention.start, start), (m) => subjectLike(m) && canSource(m));
      if (subject < 0) return [];
      return claims(listAt(slots, subject, sentence, reading).filter(subjectLike), type, [targetMention], start, end, `${word} (agent noun)`, CONFIDENCE.agentNoun, negated);
    }
    case "mutual": {
      // "the Moscow-Tehran relationship", "the Russo-Iranian partnership", "relationship between X and Y".
      let members: Mention[] = [];
      const before = nearestBefore(slots, start, () => true);
      if (before >= 0 && start - slots[before]!.end <= 2) members = listAt(slots, before, sentence, reading);
      if (members.length < 2 && end < sentence.tokens.length && sentence.tokens[end]!.norm === "between") {
        const after = firstAfter(slots, end + 1, () => true, 2);
        if (after >= 0) members = listAt(slots, after, sentence, reading);
      }
      const distinct = members.filter((m, i) => members.findIndex((o) => o.entity.id === m.entity.id) === i);
      if (distinct.length < 2) return [];
      const out: Claim[] = [];
      for (const a of distinct) for (const b of distinct) if (a !== b) out.push(...claims([a], type, [b], start, end, `${word} (mutual)`, CONFIDENCE.mutual, negated));
      return out;
    }
    case "preposition": {
      // "a drone factory inside Russia", "infrastructure throughout Ukraine"; "negotiations in Vienna" inside a longer name.
      const after = firstAfter(slots, end, canTarget, 1);
      if (after < 0 || !onlyBetween(sentence, end, slots[after]!.start, (t) => t.norm === "the")) return [];
      if (slots[after]!.kind === "adjective") return [];
      if (container && container.end >= slots[after]!.end && container.start < start) {
        return claims([container], type, [slots[after]!], start, end, `${word} (preposition, inside the name)`, CONFIDENCE.preposition, negated);
      }
      const before = slots.findIndex((m) => m.end === start);
      if (before < 0 || slots[before]!.kind === "adjective") return [];
      return claims(listAt(slots, before, sentence, reading).filter((m) => m.kind !== "adjective"), type, [slots[after]!], start, end, `${word} (preposition)`, CONFIDENCE.preposition, negated);
    }
  }
}
