// A document cut into sentences (Intl.Segmenter), each a [start, end) span without surrounding blanks.

/** A sentence's place in the document. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/**
 * Sentences longer than this are cut at a space near this length, so a text without sentence ends
 * (a table dump, one line of a million characters) costs what its length costs and no more.
 */
export const MAX_SENTENCE_CHARS = 1500;

function trimmed(text: string, start: number, end: number): SentenceSpan | undefined {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : undefined;
}

function* cut(text: string, span: SentenceSpan): Generator<SentenceSpan> {
  let { start } = span;
  while (span.end - start > MAX_SENTENCE_CHARS) {
    let at = text.lastIndexOf(" ", start + MAX_SENTENCE_CHARS);
    if (at <= start) at = start + MAX_SENTENCE_CHARS;
    // Never between the two halves of a surrogate pair: the quote would not be valid text.
    if (/[\uD800-\uDBFF]/.test(text[at - 1] ?? "")) at++;
    const piece = trimmed(text, start, at);
    if (piece) yield piece;
    start = at;
  }
  const rest = trimmed(text, start, span.end);
  if (rest) yield rest;
}

/**
 * The sentences of `text`, in order. Line breaks end sentences too (a heading, a list item), and
 * the segmenter runs on one line at a time. Linear in the length of the text.
 */
export function* sentencesOf(text: string, locale = "en"): Generator<SentenceSpan> {
  const segmenter = new Intl.Segmenter(locale, { granularity: "sentence" });
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd > lineStart) {
      const line = text.slice(lineStart, lineEnd);
      // A line without sentence ends is one segment; the segmenter need not see more than a sentence's worth of it at once.
      if (line.length > MAX_SENTENCE_CHARS * 4 && !/[.!?。]\s/u.test(line)) {
        yield* cut(text, { start: lineStart, end: lineEnd });
      } else {
        for (const segment of segmenter.segment(line)) {
          const span = trimmed(text, lineStart + segment.index, lineStart + segment.index + segment.segment.length);
          if (span) yield* cut(text, span);
        }
      }
    }
    lineStart = lineEnd + 1;
  }
}
