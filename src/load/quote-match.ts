// Finds an evidence quote in its source text, forgiving only whitespace and typographic quotes.

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
/** A whitespace run other than one plain space: what normalising changes (a plain space stays as it is). */
const SPACING_TO_CHANGE = /(?: \s|[^\S ])\s*/g;
/** Anything normalising would change: whitespace other than single inner spaces, or a typographic quote. */
const NEEDS_NORMALIZING = /^\s|\s$|\s\s|[^\S ]|[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/;

function normalizeChar(ch: string): string {
  return ch.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"');
}

/** A text normalised for quote matching, with a map from each normalised index back to the original. */
interface NormalizedText {
  text: string;
  /** `origin[i]` is the index in the original text of normalised character `i`. */
  origin: number[];
}

/** Collapses whitespace runs to one space and typographic quotes to ASCII, trimming both ends. */
export function normalizeForMatching(text: string): NormalizedText {
  let out = "";
  const origin: number[] = [];
  // Stryker disable next-line UnaryOperator: any start value works, since a space is written only after some character (out.length > 0)
  let pendingSpace = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      // Stryker disable next-line EqualityOperator: pendingSpace is 0 only for white space at the very start, which is trimmed anyway
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    // Stryker disable next-line EqualityOperator: pendingSpace is 0 only for white space at the very start, where out is still empty
    if (pendingSpace >= 0 && out.length > 0) {
      out += " ";
      origin.push(pendingSpace);
    }
    pendingSpace = -1;
    out += normalizeChar(ch);
    origin.push(i);
  }
  return { text: out, origin };
}

/**
 * Just the normalised text of {@link normalizeForMatching}, without the index map: what the
 * validator compares. Built from native regex replaces, it is many times faster on large sources.
 */
export function normalizedQuoteText(text: string): string {
  // Most quotes are already normal (single spaces, straight quotes): one test instead of four passes.
  // Stryker disable next-line ConditionalExpression: the fast path; the replaces below leave such a text as it is
  if (!NEEDS_NORMALIZING.test(text)) return text;
  // Not /\s+/: that matched every single space of a document too, and replaced it with itself.
  return text.replace(SPACING_TO_CHANGE, " ").trim().replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"');
}

/** Where a quote stands in the original source text: `text.slice(start, end)`. */
export interface QuoteSpan {
  start: number;
  end: number;
}

/**
 * Finds `quote` in `source` (whitespace and typographic quotes normalised).
 * Returns its span in the original text, or null when it does not occur.
 */
export function findQuote(source: string | NormalizedText, quote: string): QuoteSpan | null {
  const haystack = typeof source === "string" ? normalizeForMatching(source) : source;
  const needle = normalizeForMatching(quote).text;
  if (needle.length === 0) return null;
  const at = haystack.text.indexOf(needle);
  if (at < 0) return null;
  return { start: haystack.origin[at]!, end: haystack.origin[at + needle.length - 1]! + 1 };
}

/**
 * Explains where a quote that is not in the source stops matching, so the user sees the typo:
 * the longest leading part found, and what the source has after it.
 */
export function explainMismatch(source: string | NormalizedText, quote: string): string {
  return explainMismatchIn(typeof source === "string" ? normalizedQuoteText(source) : source.text, quote);
}

/** {@link explainMismatch} against a source text already normalised with {@link normalizedQuoteText}. */
export function explainMismatchIn(normalizedSource: string, quote: string): string {
  if (normalizedSource.length === 0) return "the source text is empty";
  const haystack = { text: normalizedSource };
  const needle = normalizedQuoteText(quote);
  // Whether a prefix occurs is monotone in its length, so binary search finds the longest one.
  let low = 0;
  let high = needle.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (haystack.text.includes(needle.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  if (low < 8) return "no part of its beginning occurs in the source; check the source id and the first words";
  const matched = needle.slice(0, low);
  const at = haystack.text.indexOf(matched);
  const sourceNext = haystack.text.slice(at + low, at + low + 30);
  const quoteNext = needle.slice(low, low + 30);
  const tail = (s: string) => JSON.stringify(s.length > 0 ? s : "(end)");
  return `it matches up to "…${matched.slice(-30)}", then the quote has ${tail(quoteNext)} where the source has ${tail(sourceNext)}`;
}
