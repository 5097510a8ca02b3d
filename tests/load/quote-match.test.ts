// Specification of quote matching: exact words, forgiving only whitespace and typographic quotes.
import { describe, expect, it } from "vitest";
import { explainMismatch, findQuote } from "../../src/load/quote-match.ts";

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
