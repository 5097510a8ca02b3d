// JSONL data files: one JSON object a line, read as records whose errors point at the line and, found lazily, the column.
import type { DataError, DataErrorCode } from "./data-error.ts";
import { otherKindMessage, type FieldRecord, type FieldShape, type OtherKindFields, type Position, type RecordReport, type Spot } from "./field-record.ts";
import { didYouMean } from "./suggest.ts";

type JsonPath = readonly (string | number)[];
type JsonObject = Record<string, unknown>;

/** A spot at a field's key rather than its value (unknown fields, bad quantity names). */
interface KeySpot {
  keyPath: JsonPath;
}
const RECORD = Symbol("record");
const QUANTITY_NAME = /^[a-z][A-Za-z0-9]*$/;

/**
 * `text.trim()`, without the call when both ends are visible ASCII, as nearly every value is:
 * trim made a new string for many of the seven values a relation line holds. The bound is U+00A0,
 * the first white space past ASCII (what lies between is control characters trim keeps).
 */
function trimmed(text: string): string {
  const first = text.charCodeAt(0);
  // Stryker disable next-line ArithmeticOperator: past the end charCodeAt is NaN, which also takes the trim path, and trim leaves an empty string empty
  const last = text.charCodeAt(text.length - 1);
  // Stryker disable next-line ConditionalExpression: the fast path; always trimming gives the same text (the variants that skip trim are pinned by the trimming tests)
  return first > 32 && first < 160 && last > 32 && last < 160 ? text : text.trim();
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Names a JSON value's kind for messages, in the same words as the YAML reader. */
function describeJson(value: unknown): string {
  // Stryker disable next-line ConditionalExpression,StringLiteral: JSON.parse never yields undefined; the case keeps the YAML reader's words for any caller
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "number") return `a number (${value})`;
  if (typeof value === "boolean") return `a boolean (${value})`;
  return `text (${JSON.stringify(value)})`;
}

// A minimal scanner over one already-valid JSON line, used only when an error must be placed.
function skipSpace(text: string, at: number): number {
  // Past the end text[at] is undefined, which is none of these.
  while (text[at] === " " || text[at] === "\t" || text[at] === "\r") at++;
  return at;
}
function skipString(text: string, at: number): number {
  // Stryker disable next-line EqualityOperator: <= only matters at the end, and the line is valid JSON, so the closing quote returns before it (>= is killed)
  for (at++; at < text.length; at++) {
    if (text[at] === "\\") at++;
    else if (text[at] === '"') return at + 1;
  }
  return at;
}
function skipValue(text: string, at: number): number {
  at = skipSpace(text, at);
  if (text[at] === '"') return skipString(text, at);
  if (text[at] === "{" || text[at] === "[") {
    let depth = 0;
    do {
      const ch = text[at];
      if (ch === '"') {
        at = skipString(text, at);
        continue;
      }
      if (ch === "{" || ch === "[") depth++;
      else if (ch === "}" || ch === "]") depth--;
      at++;
    } while (
      depth > 0 &&
      // Stryker disable next-line ConditionalExpression,EqualityOperator: true and <= only matter at the end, and the line is valid JSON, so the container closes before it (false and >= are killed)
      at < text.length
    );
    return at;
  }
  while (
    // Stryker disable next-line ConditionalExpression,EqualityOperator: true and <= only matter at the end, and the line is valid JSON, so a delimiter ends every scalar before it (false and >= are killed)
    at < text.length &&
    !",}] \t\r".includes(text[at]!)
  ) at++;
  return at;
}

/** Offset of the value (or, with `atKey`, the key) at `path` in a JSON text; -1 when it is not there. */
export function locateJsonPath(text: string, path: JsonPath, atKey = false): number {
  let at = skipSpace(text, 0);
  for (let step = 0; step < path.length; step++) {
    const wanted = path[step]!;
    at = skipSpace(text, at);
    if (typeof wanted === "string") {
      if (text[at] !== "{") return -1;
      at++;
      for (;;) {
        at = skipSpace(text, at);
        if (text[at] !== '"') return -1;
        const keyStart = at;
        at = skipString(text, at);
        const key = JSON.parse(text.slice(keyStart, at)) as string;
        at = skipSpace(text, at) + 1; // the colon
        at = skipSpace(text, at);
        if (key === wanted) {
          if (atKey && step === path.length - 1) return keyStart;
          break;
        }
        at = skipSpace(text, skipValue(text, at));
        // Stryker disable next-line ConditionalExpression: false differs only after the object's "}", and on a valid line what follows it is never a key's quote (true is killed)
        if (text[at] !== ",") return -1;
        at++;
      }
    } else {
      if (text[at] !== "[") return -1;
      at++;
      for (let i = 0; i < wanted; i++) {
        at = skipSpace(text, skipValue(text, at));
        if (text[at] !== ",") return -1;
        at++;
      }
      at = skipSpace(text, at);
    }
  }
  return at;
}

/** The errors of one JSONL file. */
export class JsonFileReport {
  readonly errors: DataError[] = [];
  constructor(readonly path: string) {}
}

/**
 * One JSON object of a JSONL line (or an object nested in it, such as a piece of evidence).
 * It is its own report: spots are field names or paths within the line, placed only on error.
 */
export class JsonRecord implements FieldRecord, RecordReport {
  readonly node = RECORD;
  /** Set by rules as they learn the record's id; for a nested record, worked out from its parent on first use. */
  private givenName: string | undefined;
  constructor(
    private readonly file: JsonFileReport,
    private readonly value: JsonObject,
    private readonly line: number,
    private readonly raw: string,
    /** What the record is ("relation", "evidence"), for its default name. */
    private readonly what: string,
    /**
     * For a record nested in another (a piece of evidence): the parent, the list field and the
     * index it sits at. Names and JSON paths are built from these only when an error needs them:
     * a path array and a name string per quote were a measurable share of loading a million.
     */
    private readonly parent?: JsonRecord,
    // Stryker disable next-line StringLiteral: only read for a nested record, which is always given its key
    private readonly parentKey = "",
    private readonly index = 0,
  ) {}

  get name(): string {
    return (this.givenName ??= this.parent ? `${this.what} of ${this.parent.name} #${this.index + 1}` : `${this.what} on line ${this.line}`);
  }
  set name(name: string) {
    this.givenName = name;
  }

  /** Path of this record within the line's object; empty for the line's own record. */
  private get prefix(): JsonPath {
    return this.parent ? [...this.parent.prefix, this.parentKey, this.index] : [];
  }

  get report(): RecordReport {
    return this;
  }
  get path(): string {
    return this.file.path;
  }
  get errors(): DataError[] {
    return this.file.errors;
  }

  get position(): Position {
    const at = this.parent ? locateJsonPath(this.raw, this.prefix) : skipSpace(this.raw, 0);
    return { line: this.line, column: Math.max(0, at) + 1 };
  }

  positionOf(spot: Spot | undefined): Position {
    if (spot === undefined || spot === RECORD) return this.position;
    let at: number;
    if (typeof spot === "string") at = locateJsonPath(this.raw, [...this.prefix, spot]);
    else if (Array.isArray(spot)) at = locateJsonPath(this.raw, [...this.prefix, ...(spot as JsonPath)]);
    else at = locateJsonPath(this.raw, [...this.prefix, ...(spot as KeySpot).keyPath], true);
    // Stryker disable next-line EqualityOperator: <= 0 differs only at offset 0, the line's opening brace, never a field's key or value (>= is killed)
    return at < 0 ? this.position : { line: this.line, column: at + 1 };
  }

  lineOf(_spot: Spot | undefined): number {
    // Every spot of a JSONL record is on its line: no need to scan for the column.
    return this.line;
  }

  add(spot: Spot | undefined, code: DataErrorCode, message: string, hint?: string): void {
    this.file.errors.push({ file: this.file.path, ...this.positionOf(spot), code, message, ...(hint ? { hint } : {}) });
  }

  valueNode(key: string): Spot | undefined {
    return this.value[key] === undefined ? undefined : key;
  }

  itemNode(key: string, index: number): Spot | undefined {
    const value = this.value[key];
    if (value === undefined) return undefined;
    return Array.isArray(value) ? [key, index] : key;
  }

  has(key: string): boolean {
    return Object.hasOwn(this.value, key);
  }

  shape(key: string): FieldShape {
    const value = this.value[key];
    if (value === undefined) return "absent";
    if (value === null) return "empty";
    return Array.isArray(value) ? "list" : "other";
  }

  private missing(key: string): void {
    this.add(RECORD, "missing-field", `${this.name} has no "${key}"`, `add "${key}": … to the line`);
  }

  string(key: string, required: boolean): string | undefined {
    const value = this.value[key];
    if (value === undefined || value === null) {
      if (required) this.missing(key);
      return undefined;
    }
    if (typeof value !== "string") {
      const scalar = typeof value === "number" || typeof value === "boolean";
      this.add(key, "wrong-type", `"${key}" of ${this.name} must be text, not ${describeJson(value)}`, scalar ? `put the value in quotes: "${key}": "${String(value)}"` : undefined);
      return undefined;
    }
    const text = trimmed(value);
    if (text.length === 0) {
      this.add(key, "empty-value", `"${key}" of ${this.name} is empty`);
      return undefined;
    }
    return text;
  }

  dateText(key: string): string | undefined {
    const value = this.value[key];
    // Number.isInteger is false for anything but a number.
    if (Number.isInteger(value)) return String(value);
    return this.string(key, false);
  }

  stringList(key: string, allowSingle: boolean): string[] {
    const value = this.value[key];
    if (value === undefined || value === null) return [];
    if (allowSingle && typeof value === "string") return [value.trim()];
    if (!Array.isArray(value)) {
      this.add(key, "wrong-type", `"${key}" of ${this.name} must be a list, like ["a", "b"]`);
      return [];
    }
    const out: string[] = [];
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const text = typeof item === "string" ? trimmed(item) : "";
      if (text === "") {
        this.add([key, i], "wrong-type", `each item of "${key}" in ${this.name} must be non-empty text, not ${describeJson(item)}`);
        continue;
      }
      out.push(text);
    }
    return out;
  }

  boolean(key: string, fallback: boolean): boolean {
    const value = this.value[key];
    if (value === undefined) return fallback;
    if (typeof value === "boolean") return value;
    this.add(key, "wrong-type", `"${key}" of ${this.name} must be true or false, not ${describeJson(value)}`);
    return fallback;
  }

  number(key: string): number | undefined {
    const value = this.value[key];
    if (value === undefined) return undefined;
    if (typeof value === "number" && Number.isFinite(value)) return value;
    this.add(key, "wrong-type", `"${key}" of ${this.name} must be a number, not ${describeJson(value)}`);
    return undefined;
  }

  quantities(key: string): Record<string, number | string> {
    const value = this.value[key];
    const out: Record<string, number | string> = {};
    if (value === undefined || value === null) return out;
    if (!isObject(value)) {
      this.add(key, "wrong-type", `"${key}" of ${this.name} must be a mapping like {"launched": 35, "shotDown": 32}`);
      return out;
    }
    for (const name of Object.keys(value)) {
      const amount = value[name];
      if (!QUANTITY_NAME.test(name)) {
        this.add({ keyPath: [key, name] } satisfies KeySpot, "bad-id", `quantity name "${name}" in ${this.name} must be camelCase, like shotDown`);
        continue;
      }
      // Number.isFinite is false for anything but a number.
      if (Number.isFinite(amount) && (amount as number) >= 0) out[name] = amount as number;
      else if (typeof amount === "string" && amount.trim() !== "") out[name] = amount.trim();
      else this.add([key, name], "wrong-type", `quantity "${name}" in ${this.name} must be a non-negative number or a short text`);
    }
    return out;
  }

  records<T>(key: string, what: string, read: (record: FieldRecord, index: number) => T | undefined): T[] {
    const value = this.value[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.add(key, "wrong-type", `"${key}" of ${this.name} must be a list of ${what}`);
      return [];
    }
    const out: T[] = [];
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (!isObject(item)) {
        this.add([key, i], "wrong-shape", `${what} of ${this.name} #${i + 1} must be a mapping of fields, not ${describeJson(item)}`);
        continue;
      }
      const result = read(new JsonRecord(this.file, item, this.line, this.raw, what, this, key, i), i);
      if (result !== undefined) out.push(result);
    }
    return out;
  }

  rejectUnknownFields(allowed: readonly string[], others?: OtherKindFields): void {
    for (const key in this.value) {
      if (allowed.includes(key)) continue;
      if (others?.fields.includes(key)) {
        this.add({ keyPath: [key] } satisfies KeySpot, "unknown-field", otherKindMessage(this.name, key), others.hint);
        continue;
      }
      const hint = didYouMean(key, allowed) ?? `known fields: ${allowed.join(", ")}`;
      this.add({ keyPath: [key] } satisfies KeySpot, "unknown-field", `${this.name} has an unknown field "${key}"`, hint);
    }
  }
}

const KEY_OFFSETS: number[] = [];
const OPEN_CONTAINERS: number[] = [];

/** True when the `length` characters at `a` and at `b` of `text` are equal (no substrings made). */
function sameText(text: string, a: number, b: number, length: number): boolean {
  // Stryker disable next-line EqualityOperator: <= compares one character more, the closing quotes of both keys, which are equal (>= is killed)
  for (let i = 0; i < length; i++) if (text.charCodeAt(a + i) !== text.charCodeAt(b + i)) return false;
  return true;
}

function escaped(text: string, quote: number): boolean {
  let backslashes = 0;
  // Before the start charCodeAt is NaN, which is not a backslash.
  for (let i = quote - 1; text.charCodeAt(i) === 92; i--) backslashes++;
  return backslashes % 2 === 1;
}

/**
 * The first key that appears twice in one object of a valid JSON line, with its 1-based column.
 * JSON.parse silently keeps the last of two equal keys; YAML and CSV report them, so JSONL must
 * too. One pass over the characters, comparing raw key text without building strings, so it costs
 * little at a million lines.
 */
export function duplicateJsonKey(text: string): { key: string; column: number } | undefined {
  // Two arrays kept between calls (emptied here) rather than two new ones a line.
  const keys = KEY_OFFSETS; // start and end offsets of the keys of the open objects, flattened
  const frames = OPEN_CONTAINERS; // for each open container: where its keys start in `keys`, or -1 for an array
  keys.length = 0;
  frames.length = 0;
  // Stryker disable next-line BooleanLiteral: a valid object line opens with "{", which sets it before the first string
  let expectKey = false;
  // Stryker disable next-line EqualityOperator: <= adds a step past the end, where charCodeAt is NaN and matches no branch (>= is killed)
  for (let at = 0; at < text.length; at++) {
    const ch = text.charCodeAt(at);
    if (ch === 34 /* " */) {
      const start = at + 1;
      // Jump to the closing quote natively; a quote preceded by an odd run of backslashes is escaped.
      at = text.indexOf('"', start);
      // Not found (-1) is never escaped: nothing precedes it.
      while (escaped(text, at)) at = text.indexOf('"', at + 1);
      // Stryker disable next-line ConditionalExpression,EqualityOperator: false and <= differ only for a string that never closes, and the line is valid JSON (true and >= are killed)
      if (at < 0) return undefined;
      if (!expectKey) continue;
      expectKey = false;
      const frame = frames[frames.length - 1]!;
      const length = at - start;
      // Stryker disable next-line EqualityOperator: <= adds a step past the keys, where the length difference is NaN (>= is killed)
      for (let k = frame; k < keys.length; k += 2) {
        if (keys[k + 1]! - keys[k]! === length && sameText(text, keys[k]!, start, length)) {
          return { key: text.slice(start, at), column: start };
        }
      }
      keys.push(start, at);
    } else if (ch === 123 /* { */) {
      frames.push(keys.length);
      expectKey = true;
    } else if (ch === 91 /* [ */) {
      frames.push(-1);
    } else if (ch === 125 /* } */ || ch === 93 /* ] */) {
      const frame = frames.pop()!;
      // Stryker disable next-line EqualityOperator: > differs only for frame 0, the line's own object, closed only at its end (< is killed)
      if (frame >= 0) keys.length = frame;
    } else if (ch === 44 /* , */) {
      // A comma is always inside a container; in an object it is followed by a key.
      expectKey = frames[frames.length - 1]! >= 0;
    }
  }
  return undefined;
}

/**
 * Reads one line of a JSONL file: blank lines are skipped, a syntax error or a line that is not an
 * object is reported, and an object becomes a record handed to `read`.
 */
export function readJsonLine<T>(file: JsonFileReport, text: string, line: number, what: string, read: (record: FieldRecord) => T | undefined): T | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    if (text.trim() === "") return undefined;
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const reason = message === "Unexpected end of JSON input" ? "the line ends before the object does" : message.replace(/ in JSON at position.*/s, "");
    file.errors.push({
      file: file.path, line, column: at ? Number(at[1]) + 1 : 1, code: "json-syntax", message: `JSON syntax: ${reason}`,
      hint: "each line must be one complete JSON object, like {\"id\": \"kyiv\", ...}",
    });
    return undefined;
  }
  if (!isObject(value)) {
    file.errors.push({ file: file.path, line, column: 1, code: "wrong-shape", message: `line ${line} must be a JSON object with the fields of a ${what}, not ${describeJson(value)}` });
    return undefined;
  }
  const duplicate = duplicateJsonKey(text);
  if (duplicate) {
    // Reported, and the record still checked, so one pass shows everything; the data does not build.
    file.errors.push({ file: file.path, line, column: duplicate.column, code: "duplicate-id", message: `the key "${duplicate.key}" appears twice in one object`, hint: "keep one of the two keys" });
  }
  return read(new JsonRecord(file, value, line, text, what));
}
