import { describe, expect, it } from "vitest";
import { canvasLabel, CANVAS_LABEL_CHARS, hasInvisibles, revealInvisibles, truncate } from "../../../src/viewer/text/shown-text.ts";

describe("revealInvisibles", () => {
  it("marks every bidi control, direction mark and zero-width character with its code point", () => {
    const invisible = [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200e, 0x200f, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];
    for (const code of invisible) {
      const name = `U+${code.toString(16).toUpperCase()}`;
      expect(revealInvisibles(`a${String.fromCodePoint(code)}b`)).toBe(`a⟨${name}⟩b`);
      expect(hasInvisibles(`a${String.fromCodePoint(code)}b`)).toBe(true);
    }
  });

  it("leaves the joiners of Persian and Indic spelling alone, between two of their letters, and marks them between Latin letters", () => {
    expect(revealInvisibles("\u0628\u200C\u067E")).toBe("\u0628\u200C\u067E");
    expect(revealInvisibles("\u0915\u094D\u200D\u0937")).toBe("\u0915\u094D\u200D\u0937");
    expect(revealInvisibles("Ir\u200Dan")).toBe("Ir⟨U+200D⟩an");
  });

  it("leaves visible text alone, right-to-left scripts included", () => {
    for (const text of ["Iran", "Kyïv", "طهران", "תל אביב", "Shahed‑136", "a b"]) {
      expect(revealInvisibles(text)).toBe(text);
      expect(hasInvisibles(text)).toBe(false);
    }
  });
});

describe("truncate", () => {
  it("keeps short text and cuts long text with an ellipsis", () => {
    expect(truncate("Varnia", 6)).toBe("Varnia");
    expect(truncate("Varnia", 3)).toBe("Var…");
  });

  it("never cuts a character outside the basic plane in two", () => {
    expect(truncate("ab😀cd", 3)).toBe("ab…");
    expect(truncate("ab😀cd", 4)).toBe("ab😀…");
  });
});

describe("canvasLabel", () => {
  it("draws a 100,000-character label cut short, and invisible characters as markers", () => {
    expect(canvasLabel("x".repeat(100_000))).toBe(`${"x".repeat(CANVAS_LABEL_CHARS)}…`);
    expect(canvasLabel("\u202Eadroc")).toBe("⟨U+202E⟩adroc");
  });
});
