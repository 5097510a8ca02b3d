// Names that modify names: "Iranian drones", "Iran's Shahed-136", "Russian soldiers", "US spokesman John Kirby".
import type { RelationType } from "../model/ontology.ts";
import type { Mention } from "./gazetteer.ts";
import type { Claim } from "./relation-rules.ts";
import { allows, listOf, onlyBetween, quoted, type Reading, type Sentence } from "./sentence.ts";

function claim(source: Mention, type: RelationType, target: Mention, why: string): Claim | undefined {
  if (!allows(type, "from", source.entity) || !allows(type, "to", target.entity)) return undefined;
  if (source.entity.id === target.entity.id && !type.selfLoops) return undefined;
  return { source, type, target, cueStart: target.start, cueEnd: target.end, why, confidence: 0.5, negated: false, dated: false };
}

/**
 * Claims that modifiers give, for relation types with `modifier` cues. With `modifier: source`
 * the modifier acts on the name ("Iranian drones": Iran produces them; "Russia's invasion": Russia
 * takes part in it); with `modifier: target` the name belongs to it ("Russian soldiers" are part
 * of Russia; "US National Security Adviser Jake Sullivan" holds an office in the US).
 */
export function modifierClaims(sentence: Sentence, reading: Reading): Claim[] {
  const out: Claim[] = [];
  const { tokens, mentions } = sentence;
  const titleWords = new Set([...reading.cues.entityTypeCues.entries()].filter(([, types]) => types.includes("official")).map(([word]) => word));
  const officeWords = reading.cues.set(reading.language.officeWords);
  const isTitle = (i: number) => tokens[i]!.word && (tokens[i]!.capital || titleWords.has(tokens[i]!.norm) || officeWords.has(tokens[i]!.norm));
  for (const type of reading.cues.modifierTypes) {
    const side = type.cues!.modifier;
    for (let at = 0; at < mentions.length; at++) {
      const m = mentions[at]!;
      const named = side === "source" ? allows(type, "to", m.entity) : allows(type, "from", m.entity);
      if (!named || m.kind === "adjective") continue;
      const push = (modifier: Mention, why: string) => {
        const c = side === "source" ? claim(modifier, type, m, why) : claim(m, type, modifier, why);
        if (c) out.push(c);
      };
      // Inside the name: "Iranian drones", "Russian soldiers"; anywhere inside an event's name: "invasion of Ukraine".
      for (const inner of m.inner) {
        if (inner.start === m.start || (side === "source" && m.entity.type === "event")) push(inner, `${quoted(sentence, m.start, m.end)} (modifier inside the name)`);
      }
      const previous = mentions[at - 1];
      if (!previous || previous.end > m.start) continue;
      if (side === "source") {
        // "Iran's Shahed-131, Shahed-136 and Mohajer-6 drones", "Iranian Shahed drones", "Russia's unprovoked invasion".
        const list = listOf(mentions, at, sentence, reading);
        if (list[0] !== m) continue;
        const gap = m.start - previous.end;
        const fits = previous.possessive ? gap <= 3 && onlyBetween(sentence, previous.end, m.start, (t) => t.norm === "'s" || (t.word && !t.capital)) : previous.kind === "adjective" && gap === 0;
        if (!fits) continue;
        for (const member of list) {
          const c = claim(previous, type, member, `${quoted(sentence, previous.start, m.end)} (modifier)`);
          if (c) out.push(c);
        }
      } else {
        // "US national security council spokesman John Kirby": only title words between.
        const gap = m.start - previous.end;
        if (gap > 4 || previous.kind === "adjective" && gap > 0) continue;
        if (!onlyBetween(sentence, previous.end, m.start, (t) => t.norm === "'s" || isTitle(tokens.indexOf(t)))) continue;
        push(previous, `${quoted(sentence, previous.start, m.end)} (modifier and title)`);
      }
    }
  }
  return out;
}

/**
 * "Kyiv, Odesa and other Ukrainian cities": the names listed before "and other" + an adjective lie
 * in the place the adjective names, for relation types with `prepositions` cues ("located in").
 */
export function otherPlaceClaims(sentence: Sentence, reading: Reading): Claim[] {
  const out: Claim[] = [];
  const { tokens, mentions } = sentence;
  const markers = reading.cues.set(reading.language.otherMarkers);
  const types = reading.cues.placeTypes;
  if (types.length === 0) return out;
  for (let at = 1; at < mentions.length; at++) {
    const place = mentions[at]!;
    if (place.kind !== "adjective") continue;
    let markerStart = -1;
    for (let n = 3; n >= 1 && markerStart < 0; n--) {
      const from = place.start - n;
      if (from >= 0 && markers.has(tokens.slice(from, place.start).map((t) => t.norm).join(" "))) markerStart = from;
    }
    if (markerStart < 0) continue;
    const previous = mentions[at - 1]!;
    if (!onlyBetween(sentence, previous.end, markerStart, (t) => t.norm === ",")) continue;
    const list = listOf(mentions.slice(0, at), at - 1, sentence, reading);
    for (const member of list) {
      for (const type of types) {
        const c = claim(member, type, place, `${quoted(sentence, markerStart, place.end + 1)} after a list (other places of)`);
        if (c) out.push(c);
      }
    }
  }
  return out;
}
