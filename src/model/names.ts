// How names compare: case, diacritics, typographic quotes and spacing do not matter.

/** Folds a label or alias for comparison and search: "Kyïv " and "kyiv" give the same key. */
export function nameKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}
