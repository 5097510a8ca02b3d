// Who says what in a sentence ("X said", "according to X", "denials from X"), and the stance words around a claim.
import type { Status } from "../model/status.ts";
import type { Mention, NamedEntity } from "./gazetteer.ts";
import type { Claim } from "./relation-rules.ts";
import type { Reading, Sentence } from "./sentence.ts";

/** A speaker and the tokens of what they say. */
export interface Attribution {
  speaker: NamedEntity;
  /** The speaker's mention, when named in this sentence. */
  mention?: Mention;
  /** Tokens [start, end) of what is said. */
  contentStart: number;
  contentEnd: number;
  /** Tokens of the speech word or phrase ("said", "denials from"). */
  cueStart: number;
  cueEnd: number;
  /** A denial ("denials from X", "X denied"), with whether "despite" stands before it. */
  denial: boolean;
  concessive: boolean;
}

const SPEAKER_TYPES = new Set(["official", "state", "organization", "coalition"]);

/** What the reader remembers from earlier sentences: the last speaker per group noun ("the officials"), and the last attribution. */
export interface AttributionMemory {
  byNoun: Map<string, NamedEntity>;
  previous?: { attribution: Attribution; endsInQuote: boolean; date?: string };
}

function isQuoteMark(norm: string): boolean {
  return norm === '"' || norm === "«" || norm === "»" || norm === "„";
}

/** True when a concessive ("despite") ends within `reach` tokens before token `at`. */
function concessiveBefore(sentence: Sentence, reading: Reading, at: number, reach: number): boolean {
  for (let i = Math.max(0, at - reach); i < at; i++) {
    const match = reading.cues.concessives.longestAt(sentence.tokens, i);
    if (match && match.end <= at) return true;
  }
  return false;
}

/** The attributions of a sentence. */
export function attributionsOf(sentence: Sentence, reading: Reading, memory: AttributionMemory): Attribution[] {
  const { tokens, mentions } = sentence;
  const out: Attribution[] = [];
  const denialWords = new Set(reading.language.stances.find((s) => s.status === "denied")?.words ?? []);
  const prepositions = reading.cues.set([...reading.language.targetMarkers, ...reading.language.sourceMarkers, "in", "than", "as"]);
  const groupNouns = reading.cues.set(reading.language.groupNouns);
  const speakerLike = (m: Mention) => SPEAKER_TYPES.has(m.entity.type) && !m.possessive && (m.kind !== "adjective");
  // "X said", "the U.S. officials confirmed", ", Ukraine said."
  for (const match of reading.cues.speech.scan(tokens)) {
    if (tokens[match.start]!.capital && match.start > 0) continue;
    let speakerAt = -1;
    for (let i = mentions.length - 1; i >= 0; i--) {
      if (mentions[i]!.end <= match.start) {
        if (match.start - mentions[i]!.end <= 3) speakerAt = i;
        break;
      }
    }
    let speaker: NamedEntity | undefined;
    let mention: Mention | undefined;
    // "sold drones to Russia but said": a name after a preposition is not who speaks.
    // ... unless it is "the government of X", "a spokesperson for X": the people who speak for it.
    const at = speakerAt >= 0 ? mentions[speakerAt]!.start : 0;
    const forGroup = at >= 2 && ["of", "for"].includes(tokens[at - 1]!.norm) && groupNouns.has(tokens[at - 2]!.norm);
    const governed = speakerAt >= 0 && at > 0 && prepositions.has(tokens[at - 1]!.norm) && !forGroup;
    if (speakerAt >= 0 && speakerLike(mentions[speakerAt]!) && !governed) {
      mention = mentions[speakerAt]!;
      speaker = mention.entity;
      if (mention.kind === "group") memory.byNoun.set(tokens[mention.end - 1]!.norm, speaker);
    } else if (match.start >= 1 && memory.byNoun.has(tokens[match.start - 1]!.norm)) {
      // "the officials said": the officials named last.
      speaker = memory.byNoun.get(tokens[match.start - 1]!.norm);
    }
    if (!speaker) continue;
    // "was confirmed by" is not the speaker's word.
    if (tokens[match.end]?.norm === "by") continue;
    const speakerStart = mention?.start ?? match.start - 1;
    let contentStart = match.end;
    let contentEnd = tokens.length;
    const before = speakerStart - (tokens[speakerStart - 1]?.norm === "the" ? 2 : 1);
    const hasBefore = before > 0 && tokens[before]?.norm === "," && mentions.some((m) => m.end <= before);
    if (hasBefore) {
      contentStart = 0;
      contentEnd = before;
    }
    const denial = denialWords.has(tokens.slice(match.start, match.end).map((t) => t.norm).join(" "));
    out.push({ speaker, ...(mention ? { mention } : {}), contentStart, contentEnd, cueStart: match.start, cueEnd: match.end, denial, concessive: false });
  }
  // "according to X", "despite denials from X".
  for (const match of reading.cues.speakerBefore.scan(tokens)) {
    const at = mentions.findIndex((m) => m.start >= match.end && m.start - match.end <= 3);
    if (at < 0 || !SPEAKER_TYPES.has(mentions[at]!.entity.type)) continue;
    const mention = mentions[at]!;
    if (mention.kind === "group") memory.byNoun.set(tokens[mention.end - 1]!.norm, mention.entity);
    const phrase = tokens.slice(match.start, match.end).map((t) => t.norm);
    const denial = phrase.some((w) => denialWords.has(w));
    const concessive = denial && concessiveBefore(sentence, reading, match.start, 3);
    // What is said is the rest of the sentence: after the speaker when the phrase opens it, before the phrase otherwise.
    const opens = !mentions.some((m) => m.end <= match.start);
    out.push({
      speaker: mention.entity, mention, contentStart: opens ? mention.end : 0, contentEnd: opens ? tokens.length : match.start,
      cueStart: match.start, cueEnd: match.end, denial, concessive,
    });
  }
  // A quotation that goes on in the next sentence: “...”. “More of it.”
  const previous = memory.previous;
  if (out.length === 0 && previous && previous.endsInQuote && tokens.length > 0 && isQuoteMark(tokens[0]!.norm)) {
    out.push({ ...previous.attribution, contentStart: 0, contentEnd: tokens.length, cueStart: 0, cueEnd: 0 });
  }
  return out;
}

/** True when the sentence has a quotation mark: what is said may go on in the next one. */
export function hasQuotation(sentence: Sentence): boolean {
  return sentence.tokens.some((t) => isQuoteMark(t.norm) || t.text === "”" || t.text === "“");
}

/** The stance and asserters of one quote of a claim. */
export interface Stance {
  status: Status;
  assertedBy: string[];
}

const PRIORITY: Status[] = ["denied", "planned", "alleged", "confirmed", "reported"];

/**
 * The stances a sentence takes on a claim: one, or two when a denial is reported against the
 * document's own statement ("Despite denials from X, Y did Z": reported, and denied by X).
 * Stance words bind to a claim when they stand before its cue within the language's reach, or
 * when they are the speech word of the attribution that covers it ("..., the officials confirmed").
 */
export function stancesOf(claim: Claim, sentence: Sentence, reading: Reading, attributions: readonly Attribution[]): Stance[] {
  // Who speaks about the claim; a statement ("X said") is the speaker's own act, not something they assert.
  const speech = claim.type.cues?.speech === true;
  const covering = speech ? [] : attributions.filter((a) => claim.cueStart >= a.contentStart && claim.cueStart < a.contentEnd);
  const speaker = covering[0];
  const found = new Set<Status>();
  for (const match of reading.cues.stances.scan(sentence.tokens)) {
    if (match.end > claim.cueStart && match.start < claim.cueEnd) continue;
    const token = sentence.tokens[match.start]!;
    if (token.capital && match.start > 0) continue;
    const before = match.end <= claim.cueStart && claim.cueStart - match.end <= reading.language.stanceReach;
    const spoken = covering.some((a) => a.cueStart === match.start);
    if (before || spoken) for (const status of match.values) found.add(status);
  }
  if (claim.negated) found.add("denied");
  const asserters = speaker ? [speaker.speaker.id] : [];
  const denial = covering.find((a) => a.denial);
  if (denial?.concessive) {
    // The document states it; the denier denies it.
    found.delete("denied");
    const status = PRIORITY.find((s) => found.has(s)) ?? "reported";
    return [{ status, assertedBy: [] }, { status: "denied", assertedBy: [denial.speaker.id] }];
  }
  if (denial) found.add("denied");
  const status = PRIORITY.find((s) => found.has(s)) ?? "reported";
  // "X did Z, which Y has denied": the document's statement, and Y's denial after it.
  const later = speech ? undefined : attributions.find((a) => a.denial && a.mention !== undefined && a.mention.start >= claim.cueEnd && a.cueStart > claim.cueEnd && a.speaker.id !== speaker?.speaker.id);
  if (later && status !== "denied") return [{ status, assertedBy: asserters }, { status: "denied", assertedBy: [later.speaker.id] }];
  return [{ status, assertedBy: asserters }];
}
