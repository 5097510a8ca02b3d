// Where entities are named in a source text, so the source panel can link each mention to its node.
import type { SearchEntry } from "../search/search.ts";

/** A stretch of source text naming an entity: `text.slice(start, end)`. */
export interface Mention {
  start: number;
  end: number;
  key: string;
}

/** A piece of text to render: plain, a mention, or the highlighted quote (which may contain mentions). */
export interface TextPiece {
  text: string;
  mention?: string;
  inQuote: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Names shorter than this are too ambiguous to link ("US" aside, two letters match inside words). */
const MIN_NAME_LENGTH = 2;

/**
 * Finds every whole-word, case-insensitive occurrence of an entity's label or aliases.
 * Overlaps go to the earliest, then longest, name: "Shahed-136" wins over a "Shahed" inside it.
 */
export function findMentions(text: string, entries: Iterable<SearchEntry>): Mention[] {
  const lower = text.toLowerCase();
  const candidates: Mention[] = [];
  for (const entry of entries) {
    for (const name of new Set([entry.label, ...entry.aliases])) {
      const needle = name.toLowerCase().trim();
      if (needle.length < MIN_NAME_LENGTH) continue;
      for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
        const before = at > 0 ? text[at - 1]! : " ";
        const after = at + needle.length < text.length ? text[at + needle.length]! : " ";
        if (WORD_CHAR.test(before) || WORD_CHAR.test(after)) continue;
        candidates.push({ start: at, end: at + needle.length, key: entry.key });
      }
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.key.localeCompare(b.key));
  const kept: Mention[] = [];
  let reached = 0;
  for (const mention of candidates) {
    if (mention.start < reached) continue;
    kept.push(mention);
    reached = mention.end;
  }
  return kept;
}

/**
 * Cuts the text into pieces at mention and quote boundaries, so a renderer can emit text nodes,
 * mention buttons and the highlighted quote without ever parsing the text as HTML.
 */
export function splitText(text: string, mentions: readonly Mention[], quote: { start: number; end: number } | null): TextPiece[] {
  const cuts = new Set<number>([0, text.length]);
  for (const m of mentions) cuts.add(m.start).add(m.end);
  if (quote) cuts.add(quote.start).add(quote.end);
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const pieces: TextPiece[] = [];
  let m = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    while (m < mentions.length && mentions[m]!.end <= start) m++;
    const mention = m < mentions.length && mentions[m]!.start <= start && mentions[m]!.end >= end ? mentions[m]!.key : undefined;
    const inQuote = quote !== null && start >= quote.start && end <= quote.end;
    const piece: TextPiece = { text: text.slice(start, end), inQuote };
    if (mention !== undefined) piece.mention = mention;
    pieces.push(piece);
  }
  return pieces;
}
