// Words and punctuation of a stretch of text, with their offsets, folded for matching.

/** One word or punctuation mark of a sentence. */
export interface Token {
  /** As written. */
  text: string;
  /** Lower case, accents and typographic apostrophes folded: what cues and names are matched on. */
  norm: string;
  /** Offsets in the whole document. */
  start: number;
  end: number;
  /** True for letters or digits, false for punctuation. */
  word: boolean;
  /** True when the word starts with a capital letter. */
  capital: boolean;
  /** True when "'s" or a lone "'" follows the word ("Iran's", "Ukrainians'"); the apostrophe is its own token. */
  possessive: boolean;
}

// A word is a run of letters, marks and digits; "'s" and "n't" are tokens of their own, any other mark is one token.
const TOKEN = /[\p{L}\p{M}\p{N}]+|['’](?:s|S)(?![\p{L}\p{N}])|n['’]t(?![\p{L}])|[^\s\p{L}\p{M}\p{N}]/gu;
const CAPITAL = /^\p{Lu}/u;
const ASCII = /^[\x20-\x7E]*$/;
const WORD = /^[\p{L}\p{M}\p{N}]/u;

/** Folds a word or phrase for matching: lower case, no accents, plain apostrophes and quotes, single spaces. */
export function fold(text: string): string {
  // Most words are plain ASCII: lower case is all they need, and NFKD plus three replacements per word was a tenth of the time.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .toLowerCase();
}

/** The tokens of `text.slice(start, end)`, offsets in `text`. Linear in the length. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  for (const match of slice.matchAll(TOKEN)) {
    const raw = match[0];
    const at = start + match.index;
    const word = WORD.test(raw);
    const norm = fold(raw);
    if (norm === "'s" || norm === "n't") {
      const previous = tokens[tokens.length - 1];
      if (norm === "'s" && previous?.word && previous.end === at) previous.possessive = true;
    }
    tokens.push({ text: raw, norm, start: at, end: at + raw.length, word, capital: CAPITAL.test(raw), possessive: false });
  }
  // A plural possessive: "Ukrainians' homes".
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.norm === "'" && tokens[i - 1]!.word && tokens[i - 1]!.end === t.start && tokens[i - 1]!.norm.endsWith("s")) {
      const next = tokens[i + 1];
      if (next === undefined || next.start > t.end) tokens[i - 1]!.possessive = true;
    }
  }
  return tokens;
}

/** The folded words of a name or cue, as {@link tokenize} would give them, without hyphens. */
export function phraseKey(phrase: string): string[] {
  return tokenize(phrase).filter((t) => t.norm !== "-" && t.norm !== "‐").map((t) => t.norm);
}
