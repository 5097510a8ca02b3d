// Specification of quote matching: exact words, forgiving only whitespace and typographic quotes.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { explainMismatch, findQuote, normalizedQuoteText, normalizeForMatching } from "../../src/load/quote-match.ts";

const TEXT = "Tehran has provided Russia with hundreds of “suicide drones” and\n  sent trainers.";

describe("findQuote", () => {
  it("finds nothing for an empty or absent quote", () => {
    expect(findQuote(TEXT, "   ")).toBeNull();
    expect(findQuote(TEXT, "Tehran has sold")).toBeNull();
  });

  it("returns the quote's span in the original text", () => {
    const span = findQuote(TEXT, "hundreds of \"suicide drones\" and sent");
    expect(span).not.toBeNull();
    expect(TEXT.slice(span!.start, span!.end)).toBe("hundreds of “suicide drones” and\n  sent");
  });

  it("is case-sensitive: a quote must be the source's own words", () => {
    expect(findQuote(TEXT, "tehran has provided")).toBeNull();
  });
});

describe("explainMismatch", () => {
  it("shows where a near-miss quote departs from the source", () => {
    expect(explainMismatch(TEXT, "Tehran has provided Russia with thousands of drones")).toBe(
      'it matches up to "…hran has provided Russia with ", then the quote has "thousands of drones" where the source has "hundreds of \\"suicide drones\\" a"',
    );
  });

  it("says so when not even the beginning occurs", () => {
    expect(explainMismatch(TEXT, "Nothing like it")).toMatch(/no part of its beginning occurs/);
  });
});

describe("normalizedQuoteText", () => {
  it("gives exactly the text normalizeForMatching gives, for any mix of spaces, quotes and letters", () => {
    const pieces = fc.constantFrom("a", "Б", "ی", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2009", "'", "\u2019", "\u2018", '"', "\u201c", "\u201d", "\u00ab", "`", "x y");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        expect(normalizedQuoteText(text)).toBe(normalizeForMatching(text).text);
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});
