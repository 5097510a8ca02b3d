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

/** Entries with their names folded once, so each keystroke only compares strings. */
export interface SearchIndex {
  entries: { entry: SearchEntry; names: { name: string; folded: string }[] }[];
}

/** Longest part of a name that search reads; the loader allows names of 300 characters. */
export const MAX_NAME_CHARS = 1_000;

/** Folds every label and alias with {@link nameKey}. */
export function buildSearchIndex(entries: Iterable<SearchEntry>): SearchIndex {
  const out: SearchIndex["entries"] = [];
  for (const entry of entries) {
    // A name is compared by its first MAX_NAME_CHARS characters: a 100,000-character label would make every keystroke slow.
    const names = [entry.label, ...entry.aliases].map((name) => ({ name, folded: searchKey(name.slice(0, MAX_NAME_CHARS)) }));
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

/** The first letters of a name's words: "norvask volunteer fleet" -> "nvf". */
function initials(name: string): string {
  return name.split(" ").map((word) => word[0] ?? "").join("");
}

/**
 * Whether a query is one slip of the keyboard from a word of the name (two for queries of 8 or more
 * characters): against the whole word, or against its start when the word is longer, which must then begin
 * with the same letter. Short queries get no typos: at 3 letters one edit is a third of the word.
 */
function typoDistance(query: string, name: string): number | null {
  if (query.length < 4) return null;
  const allowed = query.length >= 8 ? 2 : 1;
  let best: number | null = null;
  const consider = (candidate: string, sameStart: boolean) => {
    if (sameStart && candidate[0] !== query[0]) return;
    const d = distance(query, candidate);
    if (d <= allowed && (best === null || d < best)) best = d;
  };
  // A query of several words is compared with the name's beginning as a whole.
  if (query.includes(" ")) consider(name.slice(0, query.length), true);
  for (const word of name.split(" ")) {
    consider(word, false);
    if (word.length > query.length) consider(word.slice(0, query.length), true);
  }
  return best;
}

/**
 * Scores how well a folded query matches a folded name; null when it does not.
 * Ranks ({@link MATCH_RANK}) exact < prefix < word prefix < inside a word < with spaces ignored <
 * initials < a typo away. A name that only holds the query's letters scattered about ("iran" in
 * "international law") does not match: it shares too little with what was typed.
 */
export function scoreName(query: string, name: string): number | null {
  if (query.length === 0) return null;
  if (name === query) return MATCH_RANK.exact;
  if (name.startsWith(query)) return MATCH_RANK.prefix + Math.min(name.length - query.length, 999) / 1000;
  const wordAt = ` ${name}`.indexOf(` ${query}`);
  if (wordAt > 0) return MATCH_RANK.wordPrefix + Math.min(wordAt, 999) / 1000;
  const at = name.indexOf(query);
  if (at > 0) return MATCH_RANK.inWord + Math.min(at, 999) / 1000;
  const compactQuery = query.replace(/ /g, "");
  if (compactQuery.length >= 2 && name.replace(/ /g, "").includes(compactQuery)) return MATCH_RANK.compact;
  if (compactQuery.length >= 2 && !query.includes(" ") && initials(name).startsWith(compactQuery)) return MATCH_RANK.initials;
  const typo = typoDistance(query, name);
  return typo === null ? null : MATCH_RANK.typo + typo / 10;
}

/** Longest query compared, in characters: no name is longer, and fuzzy matching costs the product of the two lengths. */
export const MAX_QUERY_CHARS = 300;

/** The best hits for `query`, best first; ties go to the shorter, then alphabetically first, label. */
export function search(index: SearchIndex, query: string, limit = 10): SearchHit[] {
  const folded = searchKey(query.slice(0, MAX_QUERY_CHARS));
  if (folded.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const { entry, names } of index.entries) {
    let best: { score: number; name: string } | null = null;
    // The label comes first: an alias is named as the match only when it matches in a better way, not
    // merely a shorter one ("Iranian drones" for "iran", rather than its alias "Iranian UAVs").
    for (const { name, folded: key } of names) {
      const score = scoreName(folded, key);
      if (score !== null && (best === null || Math.floor(score) < Math.floor(best.score))) best = { score, name };
    }
    if (best) hits.push({ key: entry.key, label: entry.label, type: entry.type, matched: best.name, score: best.score });
  }
  hits.sort((a, b) => a.score - b.score || a.label.length - b.label.length || a.label.localeCompare(b.label) || a.key.localeCompare(b.key));
  return hits.slice(0, limit);
}
