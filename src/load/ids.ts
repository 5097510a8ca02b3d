// The shapes ids may take, and the check that reports a malformed one.
import type { FieldRecord } from "./field-record.ts";
import { LIMITS, limitedText } from "./limits.ts";
import { OriginLog } from "./origin-log.ts";

/** Entity, type and source ids: kebab-case, lower-case ASCII, e.g. `shahed-136`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Relation ids may also use `:`, `.` and `_`, as the derived ones (`iran:supplies:russia`) do. */
export const RELATION_ID_PATTERN = /^[a-z0-9][a-z0-9:._-]*$/;

/** Turns a label into the id a user most likely meant ("Shahed 136" -> "shahed-136"). */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    // Each run of other characters is one hyphen by now: trim one at either end.
    .replace(/^-|-$/g, "");
}

/**
 * Names the characters of `text` that are not ASCII, e.g. `"і" (U+0456)`, because a Cyrillic
 * or Greek letter that looks Latin makes an id fail to match while looking right on screen.
 */
export function nonAsciiNote(text: string): string | undefined {
  const odd = [...new Set([...text].filter((ch) => ch.charCodeAt(0) > 0x7e))];
  if (odd.length === 0) return undefined;
  const list = odd.slice(0, 3).map((ch) => `"${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")})`).join(", ");
  return `it contains ${list}, not an ASCII letter though it may look like one`;
}

/**
 * Why an id of the right shape still cannot be used: "constructor" is a property every JavaScript object
 * has, and graphology and sigma keep ids as keys of plain objects, where it breaks the graph. Undefined for other ids.
 */
export function reservedIdProblem(id: string): { message: string; hint: string } | undefined {
  if (!(id in Object.prototype)) return undefined;
  return { message: `"${id}" is a name every JavaScript object has, which graph tools cannot take as an id`, hint: `add a word to it, e.g. "${id}-1"` };
}

/** Reads a required id field and checks its shape; a bad id is reported with the slug to use instead. */
export function checkId(record: FieldRecord, key: string, pattern: RegExp): string | undefined {
  const id = limitedText(record, key, true, LIMITS.nameLength);
  // Stryker disable next-line ConditionalExpression: without it, undefined would be tested as the text "undefined", which every id pattern accepts, and returned as it is
  if (id === undefined) return undefined;
  if (!pattern.test(id)) {
    const slug = slugify(id);
    const lookalike = nonAsciiNote(id);
    const advice = slug ? `use lower-case ASCII letters, digits and hyphens, e.g. "${slug}"` : "use lower-case ASCII letters, digits and hyphens";
    const hint = lookalike ? `${lookalike}; retype it with lower-case ASCII letters, digits and hyphens` : advice;
    record.report.add(record.valueNode(key), "bad-id", `${key} "${id}" of ${record.name} is not a valid id`, hint);
    return undefined;
  }
  const reserved = reservedIdProblem(id);
  if (reserved) {
    record.report.add(record.valueNode(key), "bad-id", `${key} of ${record.name}: ${reserved.message}`, reserved.hint);
    return undefined;
  }
  return id;
}

/**
 * Where each id (or name) was first given, and to what: an index from one map into an
 * {@link OriginLog}, rather than a "file:line" string or an object per id, which 200,000 entities
 * would each keep.
 */
export class FirstDefinitions<Owner = undefined> {
  private readonly indexOf = new Map<string, number>();
  private readonly origins = new OriginLog();
  private readonly owners: Owner[] = [];

  /** Where `key` was first given as `file:line`, or undefined when it was not given yet. */
  where(key: string): string | undefined {
    const i = this.indexOf.get(key);
    return i === undefined ? undefined : this.origins.at(i);
  }

  /** What `key` was first given to, for keys claimed with an owner. */
  owner(key: string): Owner | undefined {
    const i = this.indexOf.get(key);
    // Stryker disable next-line ConditionalExpression: owners[undefined] is undefined too; the check only narrows the type
    return i === undefined ? undefined : this.owners[i];
  }

  /** Records `key` as first given at `file`:`line` (to `owner`); the caller checks it is new. */
  claim(key: string, file: string, line: number, owner?: Owner): void {
    this.indexOf.set(key, this.origins.add(file, line));
    this.owners.push(owner as Owner);
  }
}

/**
 * Reads a record's kebab-case `id` and claims it in `seen`, reporting a duplicate at the second
 * definition with where the first one is.
 */
export function claimId(record: FieldRecord, seen: FirstDefinitions, what: string): string | undefined {
  const id = checkId(record, "id", ID_PATTERN);
  if (id === undefined) return undefined;
  record.name = `${what} "${id}"`;
  const first = seen.where(id);
  if (first !== undefined) {
    record.report.add(record.valueNode("id"), "duplicate-id", `${what} "${id}" is defined twice`, `the first definition is at ${first}; rename or remove one`);
    return undefined;
  }
  seen.claim(id, record.report.path, record.report.lineOf(record.valueNode("id")));
  return id;
}
