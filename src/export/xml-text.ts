// Text that is safe inside XML 1.0: forbidden characters replaced (and reported), specials escaped.
import { counted } from "../model/wording.ts";

/** Called once for each value that had characters XML 1.0 cannot carry; says where and what. */
export type XmlWarning = (message: string) => void;

/**
 * Where values are being written: a writer updates `kind` and `id` as it moves from element to
 * element, so the common, clean value costs no message building at all.
 */
export interface XmlPlace {
  /** "node", "edge", "graph"... */
  kind: string;
  id: string;
  warn: XmlWarning;
}

/** What replaces a character XML 1.0 forbids: visible, so a reader sees that something was there. */
export const XML_REPLACEMENT = "\uFFFD";

// XML 1.0 allows #x9 #xA #xD, #x20-#xD7FF, #xE000-#xFFFD and #x10000-#x10FFFF. In a `u` regex a
// well-formed surrogate pair is one code point above #xFFFF, so only lone surrogates match here.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;
// One test for "anything to do at all", so the common clean string costs a single scan. Without
// the `u` flag it is several times faster, and it then also flags well-formed surrogate pairs
// (emoji): those take the slow path, which lets them through unchanged.
const NEEDS_WORK = /[&<>"\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
// FORBIDDEN without the `u` flag, for the same reason: a quick "maybe" before the exact search.
const MAYBE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const AMP_LT_GT = /[&<>]/;
const AMP_LT_GT_ALL = /[&<>]/g;
const ATTRIBUTE_SPECIALS = /[&<>"\t\n\r]/g;
const TEXT_SPECIALS = /[&<>\r]/g;
const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  // Character references keep tabs and line breaks through attribute-value normalisation,
  // which would otherwise turn them into spaces.
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};
const toEntity = (c: string) => ENTITIES[c]!;

function codePoints(found: string[]): string {
  const unique = [...new Set(found)].slice(0, 5);
  return unique.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`).join(", ");
}

/**
 * Replaces the characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF)
 * with U+FFFD and, if there were any, tells `place.warn` which, naming the element and `field`.
 */
export function xmlSafe(value: string, field: string, place: XmlPlace): string {
  // Stryker disable next-line ConditionalExpression: a fast path; for a value it does not flag, the exact search finds nothing either
  if (!MAYBE_FORBIDDEN.test(value)) return value;
  const found = value.match(FORBIDDEN);
  if (!found) return value;
  place.warn(`${place.kind} "${place.id}" ${field}: replaced ${counted(found.length, "character")} that XML 1.0 forbids (${codePoints(found)}) with U+FFFD`);
  return value.replace(FORBIDDEN, XML_REPLACEMENT);
}

/** `value` made safe (see {@link xmlSafe}) and escaped for a double-quoted attribute. */
export function xmlAttribute(value: string, field: string, place: XmlPlace): string {
  // Stryker disable next-line ConditionalExpression: a fast path; for a value NEEDS_WORK does not flag, xmlSafe and the entity replace return it unchanged
  if (!NEEDS_WORK.test(value)) return value;
  return xmlSafe(value, field, place).replace(ATTRIBUTE_SPECIALS, toEntity);
}

/**
 * JSON text escaped for a double-quoted attribute. JSON text from {@link xmlJson}, or from
 * JSON.stringify of strings already made safe, holds no raw tab or line break and no character XML
 * forbids, so only the four specials need entities: one native pass each is several times faster
 * than the general escape on text this full of double quotes (every evidence list is).
 */
export function xmlAttributeOfJson(json: string): string {
  // Stryker disable next-line ConditionalExpression: a fast path; the general replace gives the same text
  const escaped = AMP_LT_GT.test(json) ? json.replace(AMP_LT_GT_ALL, toEntity) : json;
  return escaped.replaceAll('"', "&quot;");
}

/** `value` made safe (see {@link xmlSafe}) and escaped for element content. */
export function xmlText(value: string, field: string, place: XmlPlace): string {
  // Stryker disable next-line ConditionalExpression: a fast path; for a value NEEDS_WORK does not flag, xmlSafe and the entity replace return it unchanged
  if (!NEEDS_WORK.test(value)) return value;
  return xmlSafe(value, field, place).replace(TEXT_SPECIALS, toEntity);
}

/** `#rgb` or `#rrggbb` as channels, or undefined for anything else (named or rgba() colours). */
export function hexToRgb(color: string): { r: number; g: number; b: number } | undefined {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  const parts = long ? [long[1]!, long[2]!, long[3]!] : short ? [short[1]!.repeat(2), short[2]!.repeat(2), short[3]!.repeat(2)] : undefined;
  if (!parts) return undefined;
  return { r: parseInt(parts[0]!, 16), g: parseInt(parts[1]!, 16), b: parseInt(parts[2]!, 16) };
}

/**
 * JSON text that XML can carry whole: JSON.stringify already escapes control characters and lone
 * surrogates, and this also escapes U+FFFE/U+FFFF, so a value written this way survives exactly.
 */
export function xmlJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}
