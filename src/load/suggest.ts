// "Did you mean" suggestions for unknown ids, types and field names.
import { distance } from "fastest-levenshtein";

/**
 * Returns up to `max` known names close to `wanted`, nearest first.
 * A name counts as close when its edit distance is at most a third of the longer length (min 2),
 * or when one contains the other — typical of typos and of a missing prefix.
 */
export function suggest(wanted: string, known: Iterable<string>, max = 3): string[] {
  const needle = wanted.toLowerCase();
  const scored: { name: string; score: number }[] = [];
  for (const name of known) {
    const candidate = name.toLowerCase();
    const d = distance(needle, candidate);
    const limit = Math.max(2, Math.ceil(Math.max(needle.length, candidate.length) / 3));
    const contains = needle.length >= 3 && (candidate.includes(needle) || needle.includes(candidate));
    if (d <= limit || contains) scored.push({ name, score: contains ? Math.min(d, 1) : d });
  }
  scored.sort((a, b) => a.score - b.score || a.name.localeCompare(b.name));
  return scored.slice(0, max).map((s) => s.name);
}

/** A hint sentence for an unknown name, or undefined when nothing is close. */
export function didYouMean(wanted: string, known: Iterable<string>): string | undefined {
  const close = suggest(wanted, known);
  if (close.length === 0) return undefined;
  return `did you mean ${close.map((name) => `"${name}"`).join(" or ")}?`;
}
