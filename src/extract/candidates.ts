// Names in the text that no entity has yet: new entity candidates with a type, or new aliases of a known entity.
import { distance } from "fastest-levenshtein";
import nlp from "compromise";
import { nameKey } from "../model/names.ts";
import type { Gazetteer, Mention, NamedEntity } from "./gazetteer.ts";
import type { Reading } from "./sentence.ts";
import type { Token } from "./tokens.ts";

/** A name found in a sentence that is not a known name. */
export interface NameCandidate {
  /** As written (title words before a person's name left out). */
  name: string;
  /** Offsets in the document. */
  start: number;
  end: number;
  /** The proposed entity type, or undefined when nothing in the text says. */
  type?: string;
  /** Why that type: the cue word or "compromise: Person". */
  why: string;
  /** An acronym given in parentheses right after it: "Norvask Drone Corps (NDC)". */
  acronym?: string;
}

const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]{1,9}$/u;
const DIGITS = /^\p{N}+$/u;

function typeOfWord(word: string, reading: Reading, skip: string): string | undefined {
  return reading.cues.entityTypeCues.get(word)?.find((t) => t !== skip);
}

/**
 * The capitalised runs of a sentence outside known names ("Ilse Marrow", "Port Halden Grain
 * Terminal", "Kestrel-9"), each with a type from the ontology's entity-type cues: the run's last
 * word ("Corps" -> organization), a weapon or infrastructure word right after it ("Kestrel
 * drones"), or an official's title before it ("General Ilse Marrow"). compromise is asked only
 * for runs no cue types: it knows people's names and many countries and cities.
 */
export function candidatesIn(text: string, tokens: readonly Token[], mentions: readonly Mention[], reading: Reading, memo: Map<string, { type: string; why: string } | null> = new Map()): NameCandidate[] {
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) for (let i = m.start; i < m.end; i++) covered[i] = 1;
  const notNames = reading.cues.set(reading.language.notNames);
  const connectors = reading.cues.set(reading.language.nameConnectors);
  const out: NameCandidate[] = [];
  let untyped = false;
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (covered[i] || !first.word || !first.capital) continue;
    let end = i + 1;
    while (end < tokens.length && !covered[end]) {
      const t = tokens[end]!;
      const next = tokens[end + 1];
      if (t.word && (t.capital || DIGITS.test(t.norm)) && !tokens[end - 1]!.possessive) end++;
      else if (t.norm === "-" && t.start === tokens[end - 1]!.end && next && !covered[end + 1] && next.word && (next.capital || DIGITS.test(next.norm)) && next.start === t.end) end += 2;
      else if (connectors.has(t.norm) && next && !covered[end + 1] && next.word && next.capital) end += 2;
      else break;
    }
    const runEnd = end;
    // Titles and sentence openers are not part of the name: "Defence Minister Ilse Marrow" -> "Ilse Marrow", an official.
    const runStart = i;
    let start = i;
    let title = "";
    for (let k = end - 2; k >= i; k--) {
      if (typeOfWord(tokens[k]!.norm, reading, "") === "official") {
        title = tokens.slice(i, k + 1).map((t) => t.text).join(" ");
        start = k + 1;
        break;
      }
    }
    // "On 9 April 2023": openers, numbers and months do not start a name.
    while (start < end && (notNames.has(tokens[start]!.norm) || DIGITS.test(tokens[start]!.norm))) start++;
    const previous = tokens[i - 1];
    if (!title && previous && typeOfWord(previous.norm, reading, "") === "official") title = previous.text;
    i = runEnd - 1;
    if (start >= end) continue;
    // "Estmark Navy", "Norvask Drone Corp": a known name right before a capitalised run opens a longer name.
    const before = mentions.find((m) => m.end === start && m.kind === "name" && !m.possessive && tokens[start - 1]!.end + 1 >= tokens[start]!.start);
    if (start === runStart && !title && before) start = before.start;
    // A lone capitalised word opening the sentence is most often not a name, unless it is an adjective of a place.
    const opener = start === 0 && end === 1 && !title && !Object.hasOwn(reading.language.demonyms, tokens[0]!.text);
    let type: string | undefined;
    let why = "";
    const head = tokens[end - 1]!.norm;
    const after = tokens[end];
    if (typeOfWord(head, reading, "official")) {
      type = typeOfWord(head, reading, "official");
      why = `"${tokens[end - 1]!.text}" (${type} cue)`;
    } else if (after && after.word && !after.capital && ["weapon", "infrastructure"].includes(typeOfWord(after.norm, reading, "") ?? "")) {
      type = typeOfWord(after.norm, reading, "");
      why = `"${after.text}" after the name (${type} cue)`;
      // "Shahed drones" is the name of a class; "Kestrel-9 drones" are of the model "Kestrel-9".
      if (!tokens.slice(start, end).some((t) => DIGITS.test(t.norm))) end += 1;
    } else if (title) {
      type = "official";
      why = `"${title}" before the name (official cue)`;
    }
    // "European Union", "Russian Armed Forces": an adjective opens the name of a body, not of a weapon.
    const adjective = mentions.find((m) => m.kind === "adjective" && m.end === start);
    if (adjective && type !== undefined && ["organization", "event", "law", "coalition"].includes(type)) start = adjective.start;
    // ...so it is kept only when compromise knows it as a name ("China has ...").
    if (opener && type !== undefined) continue;
    const nameTokens = tokens.slice(start, end);
    if (nameTokens.every((t) => DIGITS.test(t.norm) || !t.word)) continue;
    const candidate: NameCandidate = { name: text.slice(nameTokens[0]!.start, nameTokens[nameTokens.length - 1]!.end), start: nameTokens[0]!.start, end: nameTokens[nameTokens.length - 1]!.end, why };
    if (type) candidate.type = type;
    else untyped = true;
    if (opener) candidate.why = "opener";
    // "Norvask Drone Corps (NDC)"
    if (tokens[end]?.norm === "(" && tokens[end + 2]?.norm === ")" && ACRONYM.test(tokens[end + 1]!.text)) candidate.acronym = tokens[end + 1]!.text;
    out.push(candidate);
  }
  if (untyped) {
    // compromise reads a sentence in milliseconds: once per name in a document is enough.
    const unseen = out.some((c) => !c.type && !memo.has(nameKey(c.name)));
    if (unseen) typeWithCompromise(text, tokens, out);
    for (const candidate of out) {
      if (candidate.type && candidate.why.startsWith("compromise")) memo.set(nameKey(candidate.name), { type: candidate.type, why: candidate.why });
      else if (!candidate.type) {
        const known = memo.get(nameKey(candidate.name));
        if (known) Object.assign(candidate, known);
        else if (unseen) memo.set(nameKey(candidate.name), null);
      }
    }
  }
  return out;
}

function typeWithCompromise(text: string, tokens: readonly Token[], candidates: NameCandidate[]): void {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return;
  const doc = nlp(text.slice(first.start, last.end));
  const tagged = new Map<string, string>();
  for (const term of doc.json({ terms: { offset: true } }) as { terms: { text: string; tags: string[] }[] }[]) {
    for (const t of term.terms) {
      const tags = new Set(t.tags);
      const type = tags.has("Person") ? "official" : tags.has("Country") ? "state" : tags.has("City") ? "city" : tags.has("Organization") ? "organization" : tags.has("Place") ? "region" : undefined;
      if (type) tagged.set(nameKey(t.text.replace(/[^\p{L}\p{N}-]/gu, "")), type);
    }
  }
  for (const candidate of candidates) {
    if (candidate.type) continue;
    candidate.why = "";
    const words = candidate.name.split(/\s+/).map((w) => nameKey(w.replace(/[^\p{L}\p{N}-]/gu, "")));
    const types = words.map((w) => tagged.get(w)).filter((t): t is string => t !== undefined);
    if (types.length === words.length && types.every((t) => t === types[0])) {
      candidate.type = types[0];
      candidate.why = `compromise tags the name as ${types[0] === "official" ? "a person" : `a ${types[0]}`}`;
    }
  }
}

/**
 * The known entity a candidate nearly names: one or two letters off a known name of five letters or
 * more, the last word of a known name of a person, or the initials of a known name. Such a name is
 * proposed as an alias, not as a new entity.
 */
export function nearMatch(name: string, gazetteer: Gazetteer): NamedEntity | undefined {
  const key = nameKey(name);
  if (key.length < 2) return undefined;
  const initials = (label: string) => label.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
  for (const entity of gazetteer.entities.values()) {
    for (const known of [entity.label, ...entity.aliases]) {
      const other = nameKey(known);
      if (other === key) return entity;
      if (key.length >= 5 && other.length >= 5) {
        const limit = Math.max(key.length, other.length) >= 12 ? 2 : 1;
        if (Math.abs(key.length - other.length) <= limit && distance(key, other) <= limit) return entity;
      }
      if (entity.type === "official" && other.split(" ").length >= 2 && other.split(" ").at(-1) === key) return entity;
      if (ACRONYM.test(name) && known.split(/\s+/).length >= 2 && initials(known) === name) return entity;
    }
  }
  return undefined;
}
