// The limits the loader enforces, in one table: sizes beyond them are refused with a clear error.
import type { DataError } from "./data-error.ts";
import type { FieldRecord } from "./field-record.ts";

/** Every limit on input, documented in the README's "Limits" section. */
export const LIMITS = {
  /** A hand-edited YAML file; larger data belongs in JSONL or CSV bulk files, which are streamed. */
  yamlFileBytes: 8 * 1024 * 1024,
  /** A source document's text copy. */
  sourceFileBytes: 64 * 1024 * 1024,
  /** Brackets nested inside one another in a YAML file; real records need 4. */
  nestingDepth: 32,
  /** Characters in an id, a label or an alias. */
  nameLength: 300,
  /** Characters in a description, note, role, title or quote. */
  textLength: 5000,
} as const;

const MB = 1024 * 1024;

/** The error for a file over its size limit, or undefined when it is within it. */
export function fileSizeError(path: string, bytes: number, limit: number, hint: string): DataError | undefined {
  if (bytes <= limit) return undefined;
  return {
    file: path, line: 1, column: 1, code: "file-too-large",
    message: `the file has ${(bytes / MB).toFixed(1)} MB; this kind of file is limited to ${limit / MB} MB`,
    hint,
  };
}

/**
 * How deeply brackets nest in YAML text, found by one linear scan before parsing, so a file of
 * thousands of nested brackets is refused at once instead of being handed to the parser.
 * Quoted strings and comments are skipped; the answer is exact for flow collections.
 */
export function flowNestingDepth(text: string): { depth: number; line: number } {
  let depth = 0;
  let deepest = { depth: 0, line: 1 };
  let line = 1;
  // Stryker disable next-line EqualityOperator: one step past the end reads undefined, which matches no branch
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n") line++;
    else if (ch === "#" && (i === 0 || /\s/.test(text[i - 1]!))) {
      // Stryker disable next-line EqualityOperator: one step past the end reads undefined and stops there all the same
      while (i < text.length && text[i] !== "\n") i++;
      i--;
    } else if (ch === '"' || ch === "'") {
      // Skip a quoted scalar; only count it as one when it opens a value (after space, [, {, :, , or line start).
      const prev = i === 0 ? "\n" : text[i - 1]!;
      if (!/[\s[{:,]/.test(prev)) continue;
      // Stryker disable next-line EqualityOperator: one step past the end reads undefined, which matches no branch
      for (i++; i < text.length; i++) {
        if (text[i] === "\n") line++;
        if (ch === '"' && text[i] === "\\") i++;
        else if (text[i] === ch) {
          if (ch === "'" && text[i + 1] === "'") i++;
          else break;
        }
      }
    } else if (ch === "[" || ch === "{") {
      depth++;
      if (depth > deepest.depth) deepest = { depth, line };
    } else if ((ch === "]" || ch === "}") && depth > 0) depth--;
  }
  return deepest;
}

/**
 * Reads a text field and refuses it when longer than `max` characters, reporting where it is.
 * Returns undefined for a refused or missing value, like the record's own readers.
 */
export function limitedText(record: FieldRecord, key: string, required: boolean, max: number = LIMITS.textLength): string | undefined {
  const value = record.string(key, required);
  if (value === undefined || value.length <= max) return value;
  record.report.add(record.valueNode(key), "too-long", `"${key}" of ${record.name} has ${value.length} characters; the limit is ${max}`, key === "quote" ? "quote the sentence that supports the relation, not the whole paragraph" : "shorten it");
  return undefined;
}
