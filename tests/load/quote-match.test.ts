// Specification of quote matching: exact words, forgiving only whitespace and typographic quotes.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { explainMismatch, findQuote, normalizedQuoteText, normalizeForMatching } from "../../src/load/quote-match.ts";
import { validateFiles } from "../../src/load/validate.ts";
import { tinyFiles } from "../helpers/tiny-data.ts";

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

  it("searches a text normalised once in advance exactly as the raw text", () => {
    const prepared = normalizeForMatching(TEXT);
    for (const quote of ["hundreds of \"suicide drones\" and sent", "trainers.", "Tehran", "Moscow"]) {
      expect(findQuote(prepared, quote)).toEqual(findQuote(TEXT, quote));
    }
  });

  it("spans a quote at the very start and the very end of the text", () => {
    expect(findQuote(TEXT, "Tehran has")).toEqual({ start: 0, end: 10 });
    expect(findQuote(TEXT, "sent trainers.")).toEqual({ start: TEXT.length - 14, end: TEXT.length });
  });
});

describe("explainMismatch", () => {
  it("shows where a near-miss quote departs from the source", () => {
    expect(explainMismatch(TEXT, "Tehran has provided Russia with thousands of drones")).toBe(
      'it matches up to "…hran has provided Russia with ", then the quote has "thousands of drones" where the source has "hundreds of \\"suicide drones\\" a"',
    );
  });

  it("says so when not even the beginning occurs", () => {
    expect(explainMismatch(TEXT, "Nothing like it")).toBe("no part of its beginning occurs in the source; check the source id and the first words");
  });

  it("needs 8 matching characters before it points at a place: 7 say nothing occurs", () => {
    expect(explainMismatch(TEXT, "Tehran Zzz")).toMatch(/^no part of its beginning occurs/);
    expect(explainMismatch(TEXT, "Tehran hZzz")).toBe('it matches up to "…Tehran h", then the quote has "Zzz" where the source has "as provided Russia with hundre"');
  });

  it("says (end) when the quote goes on past the end of the source", () => {
    expect(explainMismatch(TEXT, "and sent trainers. And more")).toBe('it matches up to "…and sent trainers.", then the quote has " And more" where the source has "(end)"');
  });

  it("folds the quote and the source before comparing, and accepts a source normalised in advance", () => {
    const prepared = normalizeForMatching(TEXT);
    const quote = "Tehran  has provided Russia with thousands";
    expect(explainMismatch(prepared, quote)).toBe(explainMismatch(TEXT, quote));
    expect(explainMismatch(TEXT, quote)).toMatch(/^it matches up to "…hran has provided Russia with ", then the quote has "thousands" where/);
  });

  it("says the source is empty when it is", () => {
    expect(explainMismatch("", "anything at all")).toBe("the source text is empty");
    expect(explainMismatch(" \n ", "anything at all")).toBe("the source text is empty");
  });
});

describe("checking many quotes against one source", () => {
  /** A relation of the tiny data set quoting `quote` from its one document. */
  const relation = (source: string, type: string, target: string, quote: string) =>
    `- source: ${source}\n  type: ${type}\n  target: ${target}\n  status: reported\n  evidence:\n    - source: doc\n      quote: ${JSON.stringify(quote)}\n`;
  const LAST = relation("kyiv", "located-in", "ukraine", "Kyiv is in Ukraine.");
  const MIDDLE = relation("russia", "attacked", "kyiv", "Russia used Iranian drones in an attack on Kyiv");
  const FIRST = relation("iran", "supplies", "russia", "Iran has provided Russia");

  it("finds every quote whatever order the relations quote the document in", () => {
    for (const relations of [FIRST + MIDDLE + LAST, LAST + MIDDLE + FIRST, MIDDLE + LAST + FIRST, LAST + FIRST + MIDDLE]) {
      const result = validateFiles(tinyFiles({ relations }));
      expect(result.ok, relations).toBe(true);
    }
  });

  it("finds a quote repeated after a later one, and still reports one missing after others were found", () => {
    const again = relation("iran", "attacked", "kyiv", "Russia used Iranian drones in an attack on Kyiv");
    expect(validateFiles(tinyFiles({ relations: MIDDLE + LAST + again })).ok).toBe(true);
    const missing = relation("iran", "attacked", "kyiv", "Iran used Russian drones");
    const result = validateFiles(tinyFiles({ relations: FIRST + LAST + missing }));
    expect(result.ok ? [] : result.errors.map((e) => [e.line, e.code])).toEqual([[21, "quote-not-found"]]);
  });
});

/** Every typographic mark the README promises to fold, with the plain mark it folds to. */
const FOLDED: ReadonlyArray<[string, string, string]> = [
  ["\u2019", "'", "right single quotation mark (the usual apostrophe)"],
  ["\u2018", "'", "left single quotation mark"],
  ["\u201A", "'", "single low-9 quotation mark"],
  ["\u201B", "'", "single high-reversed-9 quotation mark"],
  ["\u2032", "'", "prime"],
  ["\u0060", "'", "grave accent"],
  ["\u00B4", "'", "acute accent"],
  ["\u201C", '"', "left double quotation mark"],
  ["\u201D", '"', "right double quotation mark"],
  ["\u201E", '"', "double low-9 quotation mark"],
  ["\u201F", '"', "double high-reversed-9 quotation mark"],
  ["\u2033", '"', "double prime"],
  ["\u00AB", '"', "left guillemet"],
  ["\u00BB", '"', "right guillemet"],
];

/**
 * The matching rule written out independently of the implementation: every typographic mark above
 * becomes its plain mark, every whitespace run one space, and the ends are trimmed.
 */
function referenceNormalization(text: string): string {
  const folded = [...text].map((ch) => FOLDED.find(([mark]) => mark === ch)?.[1] ?? ch).join("");
  return folded.split(/\s+/).filter((word) => word.length > 0).join(" ");
}

/** The validation errors of the tiny folder whose source text and one quote are replaced. */
function quoteErrors(sourceText: string, quote: string): string[] {
  const relations = `- source: iran\n  type: supplies\n  target: russia\n  status: reported\n  evidence:\n    - source: doc\n      quote: ${JSON.stringify(quote)}\n`;
  const result = validateFiles(tinyFiles({ text: sourceText, relations }));
  return result.ok ? [] : result.errors.map((error) => `${error.code}: ${error.message}`);
}

describe("typographic quotes and apostrophes", () => {
  for (const [mark, plain, name] of FOLDED) {
    it(`match a plain ${plain} in either direction: ${name} (U+${mark.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")})`, () => {
      const typographic = `Iran${mark}s drones reached Russia.`;
      const straight = `Iran${plain}s drones reached Russia.`;
      expect(findQuote(`Reports said ${typographic}`, straight)).toEqual({ start: 13, end: 13 + typographic.length });
      expect(findQuote(`Reports said ${straight}`, typographic)).toEqual({ start: 13, end: 13 + straight.length });
      expect(quoteErrors(`Reports said ${typographic}\n`, straight)).toEqual([]);
      expect(quoteErrors(`Reports said ${straight}\n`, typographic)).toEqual([]);
    });
  }

  it("validates the seed's own kind of quote: a typed apostrophe against the article's typographic one", () => {
    expect(quoteErrors("He said: \u201cIran has become Russia\u2019s top military backer\u2026\u201d.\n", `Iran has become Russia's top military backer`)).toEqual([]);
  });

  it("folds nothing else: dashes, ellipses, accents and look-alike letters must match exactly", () => {
    const source = "The strike \u2013 at night \u2013 hit K\u00fcrdamir\u2026\n";
    expect(quoteErrors(source, "The strike - at night")).toEqual([expect.stringMatching(/^quote-not-found/)]);
    expect(quoteErrors(source, "hit Kurdamir")).toEqual([expect.stringMatching(/^quote-not-found/)]);
    expect(quoteErrors(source, "hit K\u00fcrdamir...")).toEqual([expect.stringMatching(/^quote-not-found/)]);
    expect(quoteErrors(source, "The strike \u2013 at night")).toEqual([]);
  });

  it("treats a straight quote in the quote and a straight quote in the source alike (nothing to fold)", () => {
    expect(quoteErrors(`They called them "kamikaze" drones.\n`, `called them "kamikaze" drones`)).toEqual([]);
    expect(quoteErrors(`They called them 'kamikaze' drones.\n`, `called them "kamikaze" drones`)).toEqual([expect.stringMatching(/^quote-not-found/)]);
  });

  it("folds whitespace of any kind, including no-break and thin spaces and line ends, but never removes a space", () => {
    expect(quoteErrors("Drones\u00a0were\u2009launched\r\n  at dawn.\n", "Drones were launched at dawn.")).toEqual([]);
    expect(quoteErrors("Drones were launched at dawn.\n", "Drones  were\tlaunched\n at dawn.")).toEqual([]);
    expect(quoteErrors("Drones were launched at dawn.\n", "Droneswere launched")).toEqual([expect.stringMatching(/^quote-not-found/)]);
  });
});

describe("normalizedQuoteText and normalizeForMatching", () => {
  const pieces = fc.constantFrom("a", "B", "\u0431", "\u06cc", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2009", "\u2028", "'", '"', "x y", "\u2013", "\u2026", ...FOLDED.map(([mark]) => mark));

  it("both give exactly the README's rule (written out independently above) for any mix of spaces, marks and letters", () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        const expected = referenceNormalization(text);
        expect(normalizedQuoteText(text)).toBe(expected);
        expect(normalizeForMatching(text).text).toBe(expected);
      }),
      { seed: 7, numRuns: 1000 },
    );
  });

  it("maps every normalised character back to the original character it came from", () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        const { text: normalized, origin } = normalizeForMatching(text);
        expect(origin).toHaveLength(normalized.length);
        for (let i = 0; i < normalized.length; i++) {
          const original = text[origin[i]!]!;
          expect(normalized[i] === " " ? /\s/.test(original) : referenceNormalization(original) === normalized[i]).toBe(true);
          if (i > 0) expect(origin[i]!).toBeGreaterThan(origin[i - 1]!);
        }
      }),
      { seed: 11, numRuns: 500 },
    );
  });

  it("maps the space that stands for a run of white space to the run's first character, so a highlight starts where the gap does", () => {
    expect(normalizeForMatching("a \t\n b")).toEqual({ text: "a b", origin: [0, 1, 5] });
    expect(normalizeForMatching("  x  ")).toEqual({ text: "x", origin: [2] });
  });
});
