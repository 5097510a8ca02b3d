// Characters that change how a text reads without being seen: the loader refuses them in names, the viewer shows them.

/**
 * Bidi embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069), direction marks (U+200E, U+200F),
 * zero-width space and joiners (U+200B–U+200D), word joiner (U+2060) and zero-width no-break space (U+FEFF).
 */
export const INVISIBLE_CHARACTERS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u200B-\u200D\u2060\uFEFF]/g;

const NAMES: Record<string, string> = {
  "200B": "zero-width space",
  "200C": "zero-width non-joiner",
  "200D": "zero-width joiner",
  "200E": "left-to-right mark",
  "200F": "right-to-left mark",
  "202A": "left-to-right embedding",
  "202B": "right-to-left embedding",
  "202C": "pop directional formatting",
  "202D": "left-to-right override",
  "202E": "right-to-left override",
  "2060": "word joiner",
  "2066": "left-to-right isolate",
  "2067": "right-to-left isolate",
  "2068": "first strong isolate",
  "2069": "pop directional isolate",
  FEFF: "zero-width no-break space",
};

/** A character's code point as U+XXXX. */
export function codePointName(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** "U+202E (right-to-left override)". */
export function describeCharacter(char: string): string {
  const code = codePointName(char);
  const name = NAMES[code.slice(2)];
  return name ? `${code} (${name})` : code;
}

/**
 * The joiners (U+200C, U+200D) are part of writing in Persian, Arabic and Indic scripts: between two letters
 * outside ASCII they are spelling, not disguise, and are let through. Between Latin letters ("Ir\u200Dan") they are not.
 */
function isSpelling(text: string, index: number): boolean {
  const char = text[index];
  if (char !== "\u200C" && char !== "\u200D") return false;
  if (char === "\u200D" && joinsEmoji(text, index)) return true;
  const letter = /^[^\p{ASCII}]$/u;
  const before = text[index - 1] ?? "";
  const after = text[index + 1] ?? "";
  return letter.test(before) && /\p{L}|\p{M}/u.test(before) && letter.test(after) && /\p{L}|\p{M}/u.test(after);
}

/**
 * A zero-width joiner inside an emoji sequence ("👨‍👩‍👧", "🏳️‍🌈") makes one picture of several: it
 * stands after a pictograph (or its modifier or variation selector) and before another pictograph.
 */
function joinsEmoji(text: string, index: number): boolean {
  const lowSurrogateBefore = index >= 2 && /[\uDC00-\uDFFF]/.test(text[index - 1] ?? "");
  const before = text.slice(lowSurrogateBefore ? index - 2 : index - 1, index);
  const after = String.fromCodePoint(text.codePointAt(index + 1) ?? 0);
  return /^(\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F)$/u.test(before) && /^\p{Extended_Pictographic}$/u.test(after);
}

/** Calls `replace` for each invisible character of `text` that is not spelling (see {@link isSpelling}), keeping the rest. */
export function replaceInvisibles(text: string, replace: (char: string) => string): string {
  return text.replace(INVISIBLE_CHARACTERS, (char: string, index: number) => (isSpelling(text, index) ? char : replace(char)));
}

/** The distinct invisible characters in `text`, in order of first appearance, as {@link describeCharacter} names them. */
export function invisibleCharactersIn(text: string): string[] {
  const found = new Set<string>();
  replaceInvisibles(text, (char) => {
    found.add(describeCharacter(char));
    return char;
  });
  return [...found];
}
