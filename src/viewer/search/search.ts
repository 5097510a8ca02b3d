// Fuzzy search over entity labels and aliases, insensitive to case, diacritics and spacing.
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

/** Folds every label and alias with {@link nameKey}. */
export function buildSearchIndex(entries: Iterable<SearchEntry>): SearchIndex {
  const out: SearchIndex["entries"] = [];
  for (const entry of entries) {
    const names = [entry.label, ...entry.aliases].map((name) => ({ name, folded: searchKey(name) }));
    out.push({ entry, names });
  }
  return { entries: out };
}

/** nameKey plus punctuation folded to spaces, so "shahed 136", "Shahed-136" and "shahed136" meet. */
export function searchKey(text: string): string {
  return nameKey(text).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

function isSubsequence(needle: string, haystack: string): boolean {
  let i = 0;
  for (let j = 0; j < haystack.length && i < needle.length; j++) if (haystack[j] === needle[i]) i++;
  return i === needle.length;
}

/**
 * Scores how well a folded query matches a folded name; null when it does not.
 * Ranks exact < prefix < word prefix < substring < compacted match < one-typo word < subsequence.
 */
export function scoreName(query: string, name: string): number | null {
  if (query.length === 0) return null;
  if (name === query) return 0;
  if (name.startsWith(query)) return 1 + (name.length - query.length) / 100;
  const at = name.indexOf(query);
  if (at > 0 && name[at - 1] === " ") return 2 + at / 100;
  if (at > 0) return 3 + at / 100;
  const compactQuery = query.replace(/ /g, "");
  const compactName = name.replace(/ /g, "");
  if (compactName.includes(compactQuery)) return 4;
  // Typos: compare the query with each word of the name (and the same length prefix of it).
  if (query.length >= 4) {
    const allowed = query.length >= 8 ? 2 : 1;
    for (const word of name.split(" ")) {
      const prefix = word.slice(0, query.length);
      if (distance(query, word) <= allowed || distance(query, prefix) <= allowed) return 5;
    }
  }
  if (compactQuery.length >= 3 && isSubsequence(compactQuery, compactName)) return 6 + compactName.length / 1000;
  return null;
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
    for (const { name, folded: key } of names) {
      const score = scoreName(folded, key);
      if (score !== null && (best === null || score < best.score)) best = { score, name };
    }
    if (best) hits.push({ key: entry.key, label: entry.label, type: entry.type, matched: best.name, score: best.score });
  }
  hits.sort((a, b) => a.score - b.score || a.label.length - b.label.length || a.label.localeCompare(b.label) || a.key.localeCompare(b.key));
  return hits.slice(0, limit);
}
