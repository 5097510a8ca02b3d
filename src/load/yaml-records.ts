// Reads YAML files into located records: every field keeps the line and column it was written at.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node, type YAMLMap } from "yaml";
import { counted } from "../model/wording.ts";
import type { DataError, DataErrorCode } from "./data-error.ts";
import { fileSizeError, flowNestingDepth, LIMITS } from "./limits.ts";
import { didYouMean } from "./suggest.ts";
import { otherKindMessage, type FieldRecord, type FieldShape, type OtherKindFields, type Position, type RecordReport } from "./field-record.ts";

/** A data file as read from disk: the path shown in messages and its text. */
export interface TextFile {
  path: string;
  text: string;
}

export type { Position } from "./field-record.ts";

/** Collects errors for one file and turns YAML node offsets into positions. */
export class FileReport implements RecordReport {
  readonly errors: DataError[] = [];
  constructor(
    readonly path: string,
    private readonly lines: LineCounter,
  ) {}

  /** The position of a node, or of the file start when the node is missing. */
  positionOf(node: Node | null | undefined): Position {
    // Stryker disable next-line OptionalChaining: every node the parser makes has a range; only nodes built by hand have none
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  /** The line of a node, or 1 when the node is missing. */
  lineOf(node: Node | null | undefined): number {
    return this.positionOf(node).line;
  }

  /** Records one error at a node's position. */
  add(node: Node | null | undefined, code: DataErrorCode, message: string, hint?: string): void {
    this.errors.push({ file: this.path, ...this.positionOf(node), code, message, ...(hint ? { hint } : {}) });
  }
}

/** A parsed YAML file: its top-level node (null when empty or broken) and its report. */
export interface ParsedYaml {
  root: Node | null;
  report: FileReport;
}

/**
 * Parses YAML, reporting syntax errors, duplicate keys and any anchor/alias use as located errors.
 * Aliases are refused outright: hand-edited data has no need of them, and they are how
 * "billion laughs" files blow up in memory.
 */
export function parseYaml(file: TextFile): ParsedYaml {
  const lines = new LineCounter();
  const report = new FileReport(file.path, lines);
  // Refuse what would make the parser slow before it runs: oversized files and runaway nesting.
  const tooLarge = fileSizeError(file.path, file.text.length, LIMITS.yamlFileBytes, "split it into several files, or use JSONL or CSV bulk files for large data");
  if (tooLarge) return report.errors.push(tooLarge), { root: null, report };
  const nesting = flowNestingDepth(file.text);
  if (nesting.depth > LIMITS.nestingDepth) {
    report.errors.push({ file: file.path, line: nesting.line, column: 1, code: "too-deep", message: `values are nested ${nesting.depth} levels deep; data files allow ${LIMITS.nestingDepth}`, hint: "records need only lists of texts and {source, quote} pairs: flatten the value" });
    return { root: null, report };
  }
  const doc = parseDocument(file.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, merge: false });
  const textLines = file.text.split("\n");
  const located = doc.errors.map((error) => ({ error, ...lines.linePos(error.pos[0]) }));
  for (const { line, col } of located.filter(({ error }) => error.code === "DUPLICATE_KEY")) {
    report.errors.push({ file: file.path, line, column: col, code: "duplicate-id", message: "the same key appears twice in one mapping", hint: "keep one of the two keys" });
  }
  // After the first real syntax error the parser is lost, and what it reports next mostly follows
  // from the first: report that one, and how many more there are.
  const syntax = located.filter(({ error }) => error.code !== "DUPLICATE_KEY");
  if (syntax.length > 0) {
    const { error, line, col } = syntax[0]!;
    // prettyErrors is off, so the message carries no position of its own (the error has one).
    const message = error.message.split("\n")[0]!;
    // Stryker disable next-line MethodExpression: the first error's own line is filtered out anyway; slice only skips comparing it
    const laterLines = new Set(syntax.slice(1).map((s) => s.line).filter((l) => l !== line)).size;
    const more = laterLines > 0 ? ` (the parser also stumbled on ${counted(laterLines, "later line")}, probably because of this one)` : "";
    // Stryker disable next-line StringLiteral: unreachable fallback; an error's line is always one of the text's lines
    const indentedWithTab = /^ *\t/.test(textLines[line - 1] ?? "");
    report.errors.push({
      file: file.path, line, column: col, code: "yaml-syntax",
      message: `YAML syntax: ${message}${more}`,
      hint: indentedWithTab ? "indent with spaces, not tabs" : yamlHint(error.code),
    });
  }
  if (doc.errors.length > 0) return { root: null, report };
  // Aliases are never expanded here; one error for the first says enough, with the count.
  const aliases: Node[] = [];
  visit(doc, { Alias: (_key, node) => void aliases.push(node) });
  if (aliases.length > 0) {
    const more = aliases.length > 1 ? ` (${aliases.length} aliases in this file)` : "";
    report.add(aliases[0], "yaml-alias", `YAML aliases (*name) are not allowed in data files${more}`, "write each value out in full");
    return { root: null, report };
  }
  return { root: doc.contents as Node | null, report };
}

function yamlHint(code: string): string | undefined {
  if (code === "BAD_INDENT" || code === "MISSING_CHAR") return "check the indentation of this line and the one above";
  return undefined;
}

/** What a field holds, for checking and for messages. */
export type FieldKind = "string" | "string-list" | "boolean" | "quantities" | "list";

/**
 * Reads one mapping (a record) field by field, recording a located error for each problem.
 * Readers never throw on bad data: a bad field yields undefined and an error.
 */
export class RecordReader implements FieldRecord {
  private readonly seen = new Set<string>();
  constructor(
    readonly report: FileReport,
    readonly node: YAMLMap,
    /** How the record is named in messages, e.g. `entity "kyiv"`. */
    public name: string,
  ) {}

  /** Position of the record itself. */
  get position(): Position {
    return this.report.positionOf(this.node);
  }

  /** The value node of a key, or undefined when absent. */
  valueNode(key: string): Node | undefined {
    this.seen.add(key);
    const pair = this.node.items.find((p) => isScalar(p.key) && p.key.value === key);
    return (pair?.value ?? undefined) as Node | undefined;
  }

  /** Where item `index` of a list field is; the field itself when it is not a list. */
  itemNode(key: string, index: number): Node | undefined {
    const node = this.valueNode(key);
    return isSeq(node) ? (node.items[index] as Node) : node;
  }

  /** The shape of a field's value: absent, empty (a bare `key:`), a list, or anything else. */
  shape(key: string): FieldShape {
    const node = this.valueNode(key);
    if (node === undefined) return "absent";
    if (isScalar(node) && node.value === null) return "empty";
    return isSeq(node) ? "list" : "other";
  }

  private keyNode(key: string): Node | undefined {
    return this.node.items.find((p) => isScalar(p.key) && p.key.value === key)?.key as Node | undefined;
  }

  /** True when the key is present (even with an empty value). */
  has(key: string): boolean {
    return this.keyNode(key) !== undefined;
  }

  private missing(key: string): void {
    this.report.add(this.node, "missing-field", `${this.name} has no "${key}"`, `add a "${key}:" line`);
  }

  /** A required or optional non-empty string. Numbers are refused: quote them to make them text. */
  string(key: string, required: boolean): string | undefined {
    const node = this.valueNode(key);
    if (node === undefined || (isScalar(node) && node.value === null)) {
      if (required) this.missing(key);
      return undefined;
    }
    if (!isScalar(node) || typeof node.value !== "string") {
      const got = describe(node);
      const hint = isScalar(node) ? `put the value in quotes: ${key}: "${String(node.value)}"` : undefined;
      this.report.add(node, "wrong-type", `"${key}" of ${this.name} must be text, not ${got}`, hint);
      return undefined;
    }
    const value = node.value.trim();
    if (value.length === 0) {
      this.report.add(node, "empty-value", `"${key}" of ${this.name} is empty`);
      return undefined;
    }
    return value;
  }

  /** A date field: text, or a bare year that YAML read as a number. */
  dateText(key: string): string | undefined {
    const node = this.valueNode(key);
    // Number.isInteger is false for anything but a number.
    if (isScalar(node) && Number.isInteger(node.value)) return String(node.value);
    return this.string(key, false);
  }

  /** A list of strings; with `allowSingle`, a lone string counts as a one-item list. */
  stringList(key: string, allowSingle: boolean): string[] {
    const node = this.valueNode(key);
    if (node === undefined || (isScalar(node) && node.value === null)) return [];
    if (allowSingle && isScalar(node) && typeof node.value === "string") return [node.value.trim()];
    if (!isSeq(node)) {
      this.report.add(node, "wrong-type", `"${key}" of ${this.name} must be a list, like [a, b]`);
      return [];
    }
    const out: string[] = [];
    for (const item of node.items as Node[]) {
      if (!isScalar(item) || typeof item.value !== "string" || item.value.trim() === "") {
        this.report.add(item, "wrong-type", `each item of "${key}" in ${this.name} must be non-empty text, not ${describe(item)}`);
        continue;
      }
      out.push(item.value.trim());
    }
    return out;
  }

  /** A boolean, or `fallback` when absent. */
  boolean(key: string, fallback: boolean): boolean {
    const node = this.valueNode(key);
    if (node === undefined) return fallback;
    if (isScalar(node) && typeof node.value === "boolean") return node.value;
    this.report.add(node, "wrong-type", `"${key}" of ${this.name} must be true or false, not ${describe(node)}`);
    return fallback;
  }

  /** A finite number, or undefined when absent. */
  number(key: string): number | undefined {
    const node = this.valueNode(key);
    if (node === undefined) return undefined;
    if (isScalar(node) && typeof node.value === "number" && Number.isFinite(node.value)) return node.value;
    this.report.add(node, "wrong-type", `"${key}" of ${this.name} must be a number, not ${describe(node)}`);
    return undefined;
  }

  /** A mapping of names to numbers or short texts. */
  quantities(key: string): Record<string, number | string> {
    const node = this.valueNode(key);
    const out: Record<string, number | string> = {};
    if (node === undefined || (isScalar(node) && node.value === null)) return out;
    if (!isMap(node)) {
      this.report.add(node, "wrong-type", `"${key}" of ${this.name} must be a mapping like {launched: 35, shotDown: 32}`);
      return out;
    }
    for (const pair of node.items) {
      const name = isScalar(pair.key) ? String(pair.key.value) : "";
      const value = pair.value as Node | null;
      if (!/^[a-z][A-Za-z0-9]*$/.test(name)) {
        this.report.add(pair.key as Node, "bad-id", `quantity name "${name}" in ${this.name} must be camelCase, like shotDown`);
        continue;
      }
      // Number.isFinite is false for anything but a number.
      if (isScalar(value) && Number.isFinite(value.value) && (value.value as number) >= 0) {
        out[name] = value.value as number;
      } else if (isScalar(value) && typeof value.value === "string" && value.value.trim() !== "") {
        out[name] = value.value.trim();
      } else {
        this.report.add(value ?? (pair.key as Node), "wrong-type", `quantity "${name}" in ${this.name} must be a non-negative number or a short text`);
      }
    }
    return out;
  }

  /** A sequence of mappings, each handed to `read` with its own reader. */
  records<T>(key: string, what: string, read: (record: FieldRecord, index: number) => T | undefined): T[] {
    const node = this.valueNode(key);
    if (node === undefined || (isScalar(node) && node.value === null)) return [];
    if (!isSeq(node)) {
      this.report.add(node, "wrong-type", `"${key}" of ${this.name} must be a list of ${what}`);
      return [];
    }
    return readMappings(this.report, node.items as Node[], `${what} of ${this.name}`, read);
  }

  /** Reports every key that is not in `allowed`, suggesting the nearest allowed one; one of `others` with its hint. */
  rejectUnknownFields(allowed: readonly string[], others?: OtherKindFields): void {
    for (const pair of this.node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : describe(pair.key as Node);
      if (allowed.includes(key)) continue;
      if (others?.fields.includes(key)) {
        this.report.add(pair.key as Node, "unknown-field", otherKindMessage(this.name, key), others.hint);
        continue;
      }
      const hint = didYouMean(key, allowed) ?? `known fields: ${allowed.join(", ")}`;
      this.report.add(pair.key as Node, "unknown-field", `${this.name} has an unknown field "${key}"`, hint);
    }
  }
}

/** Reads each item of a list that must hold mappings; non-mappings are reported and skipped. */
export function readMappings<T>(
  report: FileReport,
  items: Node[],
  what: string,
  read: (record: RecordReader, index: number) => T | undefined,
): T[] {
  const out: T[] = [];
  items.forEach((item, index) => {
    if (!isMap(item)) {
      report.add(item, "wrong-shape", `${what} #${index + 1} must be a mapping of fields, not ${describe(item)}`);
      return;
    }
    const value = read(new RecordReader(report, item, `${what} #${index + 1}`), index);
    if (value !== undefined) out.push(value);
  });
  return out;
}

/** Record kinds whose plural is not a plain "s" more, for messages about a whole file. */
const PLURALS: Record<string, string> = { entity: "entities" };

/** Reads a file whose top level must be a list of mappings (entities, relations, sources). */
export function readRecordList<T>(parsed: ParsedYaml, what: string, read: (record: RecordReader, index: number) => T | undefined): T[] {
  const { root, report } = parsed;
  if (root === null || (isScalar(root) && root.value === null)) return [];
  if (!isSeq(root)) {
    report.add(root, "wrong-shape", `the file must be a list of ${PLURALS[what] ?? `${what}s`} (each item starting with "- "), not ${describe(root)}`);
    return [];
  }
  return readMappings(report, root.items as Node[], what, read);
}

/** Names a node's kind for messages: "a number (42)", "a list", "a mapping". */
export function describe(node: Node | null | undefined): string {
  if (node === null || node === undefined) return "nothing";
  if (isAlias(node)) return "an alias";
  if (isSeq(node)) return "a list";
  if (isMap(node)) return "a mapping";
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return "an empty value";
    if (typeof v === "number") return `a number (${v})`;
    if (typeof v === "boolean") return `a boolean (${v})`;
    return `text ("${String(v)}")`;
  }
  return "an unexpected value";
}
