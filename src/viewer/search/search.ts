// Search over entity labels and aliases, insensitive to case, diacritics and spacing: exact, prefix and word
// prefix matches first, then a typo away; names that merely hold the same letters are not listed.
import { distance } from "fastest-levenshtein";
import { nameKey } from "../../model/names.ts";

/** One searchable entity. */
export interface SearchEntry {
  key: string;
  label: string;
  aliases: readonly string[];
  type: string;
}

/** A search hit: which entity, through which name, and how well it matched (lower is better). */
export interface SearchHit {
  key: string;
  label: string;
  type: string;
  /** The name that matched: the label or one of the aliases. */
  matched: string;
  score: number;
}

/** A name in the forms each kind of match compares, worked out once per name rather than per keystroke. */
export interface FoldedName {
  name: string;
  /** {@link searchKey} of the name. */
  folded: string;
  /** The folded name after a space, so a word prefix is found with one indexOf. */
  spaced: string;
  /** The folded name without spaces. */
  compact: string;
  /** The first letters of its words: "norvask volunteer fleet" -> "nvf". */
  initials: string;
  words: string[];
}

/** Entries with their names folded once, so each keystroke only compares strings. */
export interface SearchIndex {
  entries: { entry: SearchEntry; names: FoldedName[] }[];
}

/** Longest part of a name that search reads; the loader allows names of 300 characters. */
export const MAX_NAME_CHARS = 1_000;

/** The forms of an already folded name. */
function foldedForms(name: string, folded: string): FoldedName {
  const words = folded.split(" ");
  return { name, folded, spaced: ` ${folded}`, compact: words.join(""), initials: words.map((word) => word[0] ?? "").join(""), words };
}

/** Folds every label and alias with {@link searchKey}. */
export function buildSearchIndex(entries: Iterable<SearchEntry>): SearchIndex {
  const out: SearchIndex["entries"] = [];
  for (const entry of entries) {
    // A name is compared by its first MAX_NAME_CHARS characters: a 100,000-character label would make every keystroke slow.
    const names = [entry.label, ...entry.aliases].map((name) => foldedForms(name, searchKey(name.slice(0, MAX_NAME_CHARS))));
    out.push({ entry, names });
  }
  return { entries: out };
}

/** nameKey plus punctuation folded to spaces, so "shahed 136", "Shahed-136" and "shahed136" meet. */
export function searchKey(text: string): string {
  return nameKey(text).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/**
 * How a name can match a query, best first; a hit's score is its rank plus a fraction (< 1) that orders
 * hits within a rank. Everything from `typo` on is fuzzy.
 */
export const MATCH_RANK = { exact: 0, prefix: 1, wordPrefix: 2, inWord: 3, compact: 4, initials: 5, typo: 6 } as const;

/** A folded query in the forms the matches compare. */
interface FoldedQuery {
  text: string;
  compact: string;
  /** Edits forgiven: none below 4 characters (at 3 letters one edit is a third of the word), two from 8. */
  typos: number;
}

function foldedQuery(text: string): FoldedQuery {
  return { text, compact: text.replace(/ /g, ""), typos: text.length < 4 ? 0 : text.length >= 8 ? 2 : 1 };
}

/**
 * How a name matches a query short of a typo (exact, prefix, word prefix, inside a word, with spaces
 * ignored, initials), or null.
 */
function closeScore(query: FoldedQuery, name: FoldedName): number | null {
  const q = query.text;
  if (name.folded === q) return MATCH_RANK.exact;
  if (name.folded.startsWith(q)) return MATCH_RANK.prefix + Math.min(name.folded.length - q.length, 999) / 1000;
  const wordAt = name.spaced.indexOf(` ${q}`);
  if (wordAt > 0) return MATCH_RANK.wordPrefix + Math.min(wordAt, 999) / 1000;
  const at = name.folded.indexOf(q);
  if (at > 0) return MATCH_RANK.inWord + Math.min(at, 999) / 1000;
  if (query.compact.length >= 2 && name.compact.includes(query.compact)) return MATCH_RANK.compact;
  if (query.compact.length >= 2 && !q.includes(" ") && name.initials.startsWith(query.compact)) return MATCH_RANK.initials;
  return null;
}

/** Whether a word is near enough the query's length to be a typo away from it as a whole. */
const wholeWordFits = (query: FoldedQuery, word: string) => Math.abs(word.length - query.text.length) <= query.typos;
/** Whether a longer word's start can be compared with the query: it must begin with the same letter. */
const startFits = (query: FoldedQuery, word: string) => word.length > query.text.length && word[0] === query.text[0];
/** Whether {@link wordTypos} can find the word a typo away at all. */
const typoLengthFits = (query: FoldedQuery, word: string) => wholeWordFits(query, word) || startFits(query, word);

/**
 * Edits between a query and a word (whole, or its start when the word is longer, which must then begin
 * with the same letter), or null when more than the query forgives. Lengths and first letters are
 * checked before any edit distance is worked out: on 100,000 names that is what keeps a keystroke short.
 */
function wordTypos(query: FoldedQuery, word: string): number | null {
  const q = query.text;
  let best: number | null = null;
  if (wholeWordFits(query, word)) best = distance(q, word);
  if (startFits(query, word)) {
    const d = distance(q, word.slice(0, q.length));
    if (best === null || d < best) best = d;
  }
  return best !== null && best <= query.typos ? best : null;
}

/**
 * Whether a query is one slip of the keyboard from a word of the name (two for queries of 8 or more
 * characters), or, for a query of several words, from the name's beginning. Names share words, so each
 * word is measured once per query (`seen`).
 */
function typoScore(query: FoldedQuery, name: FoldedName, seen: Map<string, number | null>): number | null {
  if (query.typos === 0) return null;
  const q = query.text;
  let best: number | null = null;
  if (q.includes(" ") && name.folded[0] === q[0]) {
    const d = distance(q, name.folded.slice(0, q.length));
    if (d <= query.typos) best = d;
  }
  for (const word of name.words) {
    // Most words are too long or short to be a typo away, which is quicker told than looked up in `seen`.
    if (!typoLengthFits(query, word)) continue;
    let d = seen.get(word);
    if (d === undefined) seen.set(word, (d = wordTypos(query, word)));
    if (d !== null && (best === null || d < best)) best = d;
  }
  return best === null ? null : MATCH_RANK.typo + best / 10;
}

/**
 * Scores how well a folded query matches a folded name; null when it does not.
 * Ranks ({@link MATCH_RANK}) exact < prefix < word prefix < inside a word < with spaces ignored <
 * initials < a typo away. A name that only holds the query's letters scattered about ("iran" in
 * "international law") does not match: it shares too little with what was typed.
 */
export function scoreName(query: string, name: string): number | null {
  if (query.length === 0) return null;
  const folded = foldedQuery(query);
  const forms = foldedForms(name, name);
  return closeScore(folded, forms) ?? typoScore(folded, forms, new Map());
}

/** Longest query compared, in characters: no name is longer, and fuzzy matching costs the product of the two lengths. */
export const MAX_QUERY_CHARS = 300;

/** Hit order: by score, then the shorter, then the alphabetically first, label. */
function byRank(a: SearchHit, b: SearchHit): number {
  return a.score - b.score || a.label.length - b.label.length || a.label.localeCompare(b.label) || a.key.localeCompare(b.key);
}

/** The best `limit` hits seen, in order; a hit that cannot enter costs one comparison. */
class BestHits {
  readonly hits: SearchHit[] = [];
  constructor(private readonly limit: number) {}

  get full(): boolean {
    return this.hits.length >= this.limit;
  }

  /** Whether a hit scoring `score` could still enter. */
  admits(score: number): boolean {
    return !this.full || score <= this.hits[this.hits.length - 1]!.score;
  }

  add(hit: SearchHit): void {
    if (!this.admits(hit.score)) return;
    let at = this.hits.length;
    while (at > 0 && byRank(hit, this.hits[at - 1]!) < 0) at--;
    this.hits.splice(at, 0, hit);
    if (this.hits.length > this.limit) this.hits.pop();
  }
}

/**
 * The best hits for `query`, best first; ties go to the shorter, then alphabetically first, label.
 * Typos are looked for only when fewer than `limit` entities match more closely, since a typo ranks
 * below every closer match.
 */
export function search(index: SearchIndex, query: string, limit = 10): SearchHit[] {
  const folded = searchKey(query.slice(0, MAX_QUERY_CHARS));
  if (folded.length === 0 || limit <= 0) return [];
  const q = foldedQuery(folded);
  const best = new BestHits(limit);
  const matched = new Set<number>();
  const pass = (score: (query: FoldedQuery, name: FoldedName) => number | null) => {
    index.entries.forEach(({ entry, names }, i) => {
      if (matched.has(i)) return;
      let found: { score: number; name: string } | null = null;
      // The label comes first: an alias is named as the match only when it matches in a better way, not
      // merely a shorter one ("Iranian drones" for "iran", rather than its alias "Iranian UAVs").
      for (const name of names) {
        const s = score(q, name);
        if (s !== null && (found === null || Math.floor(s) < Math.floor(found.score))) found = { score: s, name: name.name };
      }
      if (found === null) return;
      matched.add(i);
      if (best.admits(found.score)) best.add({ key: entry.key, label: entry.label, type: entry.type, matched: found.name, score: found.score });
    });
  };
  pass(closeScore);
  const seen = new Map<string, number | null>();
  if (!best.full) pass((query, name) => typoScore(query, name, seen));
  return best.hits;
}
