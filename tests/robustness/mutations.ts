// Breaking a valid random folder one way at a time, as hand edits, spreadsheets and crashed copies do.
import fc from "fast-check";
import type { DataFiles } from "../../src/load/validate.ts";
import type { TextFile } from "../../src/load/yaml-records.ts";
import { filesOf, recordsOf, type RandomFolder } from "./random-folder.ts";

/** Every kind of damage the properties try. */
export const MUTATION_KINDS = [
  "deleted-field",
  "wrong-type",
  "unknown-reference",
  "broken-date",
  "quote-off-by-one",
  "duplicate-key",
  "tab-indent",
  "yaml-alias",
  "truncated",
] as const;

/** One kind of damage, and where and how to do it (indices are taken modulo the places there are). */
export interface Mutation {
  kind: (typeof MUTATION_KINDS)[number];
  pick: number;
  variant: number;
}

/** A mutation as fast-check draws it. */
export const mutation: fc.Arbitrary<Mutation> = fc.record({ kind: fc.constantFrom(...MUTATION_KINDS), pick: fc.nat(), variant: fc.nat() });

/** The broken files, raw bytes included for a cut that may split a UTF-8 character. */
export interface Mutated {
  files: DataFiles;
  /** Raw bytes of files whose text alone cannot say what is on disk (a truncation), by path. */
  bytes: Map<string, Uint8Array>;
  /** False only when the damage may leave valid data (a file cut at the end of a record). */
  mustFail: boolean;
  /** What was done, for the failure message. */
  what: string;
}

type Rec = Record<string, unknown>;
type Records = ReturnType<typeof recordsOf>;

const REQUIRED = {
  sources: ["id", "title", "kind", "file"],
  entities: ["id", "label", "type", "description"],
  relations: ["source", "type", "target", "status", "evidence"],
  evidence: ["source", "quote"],
} as const;
const WRONG_VALUES: unknown[] = [12, ["a", "b"], { a: "b" }];
const BAD_DATES = ["2023-02-30", "2023-13", "May 2023", "2023-1-5", "23-05-01"];
/** Never in a generated source text, so a quote holding it cannot match. */
const FOREIGN_CHARACTER = "§";
/** Field names the YAML writer puts at the start of a line: the places a key can be duplicated or a value aliased. */
const YAML_KEY_LINE = /^( *)(- )?(id|label|type|aliases|description|source|target|date|end|status|assertedBy|items|quantities|role|note|evidence|quote|title|kind|file|url|launched|shotDown|killed|unitsDelivered|v2):( .*)?$/;

/** A place in the records: the object holding the field, and the field's name. */
interface Site {
  holder: Rec;
  key: string;
  label: string;
}

function requiredSites(records: Records, typed: { entities: boolean; relations: boolean }): Site[] {
  const sites: Site[] = [];
  records.sources.forEach((r, i) => REQUIRED.sources.forEach((key) => sites.push({ holder: r, key, label: `sources[${i}].${key}` })));
  if (typed.entities) records.entities.forEach((r, i) => REQUIRED.entities.forEach((key) => sites.push({ holder: r, key, label: `entities[${i}].${key}` })));
  if (typed.relations) {
    records.relations.forEach((r, i) => {
      REQUIRED.relations.forEach((key) => sites.push({ holder: r, key, label: `relations[${i}].${key}` }));
      (r.evidence as Rec[]).forEach((e, j) => REQUIRED.evidence.forEach((key) => sites.push({ holder: e, key, label: `relations[${i}].evidence[${j}].${key}` })));
    });
  }
  return sites;
}

function at<T>(list: readonly T[], pick: number): T {
  return list[pick % list.length]!;
}

/** Lines of a YAML text that hold a field, outside block scalars (whose lines are text, not keys). */
function yamlKeyLines(text: string): number[] {
  const lines = text.split("\n");
  const out: number[] = [];
  let blockIndent = -1;
  lines.forEach((line, i) => {
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0) {
      if (line.trim() === "" || indent > blockIndent) return;
      blockIndent = -1;
    }
    const match = YAML_KEY_LINE.exec(line);
    if (!match) return;
    out.push(i);
    // A value written as a block scalar (|-, >) continues on more-indented lines.
    if (/: [|>][-+]?$/.test(line)) blockIndent = match[1]!.length + (match[2] ? 2 : 0);
  });
  return out;
}

function yamlFiles(files: DataFiles): TextFile[] {
  return [files.sources, ...files.entities, ...files.relations].filter((f) => /\.ya?ml$/.test(f.path));
}

function replaceFile(files: DataFiles, path: string, text: string): DataFiles {
  const swap = (f: TextFile) => (f.path === path ? { path, text } : f);
  return { ...files, ontology: swap(files.ontology), sources: swap(files.sources), entities: files.entities.map(swap), relations: files.relations.map(swap) };
}

/** Applies `m` to the folder's records or files. The folder must have at least one relation. */
export function mutate(folder: RandomFolder, m: Mutation): Mutated {
  const records = recordsOf(folder);
  const typed = { entities: folder.entityFormat !== "csv", relations: folder.relationFormat !== "csv" };
  const fromRecords = (what: string): Mutated => ({ files: filesOf(folder, records), bytes: new Map(), mustFail: true, what });

  switch (m.kind) {
    case "deleted-field": {
      const site = at(requiredSites(records, { entities: true, relations: true }), m.pick);
      delete site.holder[site.key];
      return fromRecords(`deleted ${site.label}`);
    }
    case "wrong-type": {
      // CSV has no types: every cell is text. Its folder's sources.yaml still can be broken this way.
      const site = at(requiredSites(records, typed), m.pick);
      site.holder[site.key] = at(WRONG_VALUES, m.variant);
      return fromRecords(`${site.label} = ${JSON.stringify(site.holder[site.key])}`);
    }
    case "unknown-reference": {
      const sites: Site[] = [];
      records.relations.forEach((r, i) => {
        for (const key of ["source", "target"]) sites.push({ holder: r, key, label: `relations[${i}].${key}` });
        for (const key of ["assertedBy", "items"]) ((r[key] as string[] | undefined) ?? []).forEach((_, j) => sites.push({ holder: r[key] as Rec, key: String(j), label: `relations[${i}].${key}[${j}]` }));
        (r.evidence as Rec[]).forEach((e, j) => sites.push({ holder: e, key: "source", label: `relations[${i}].evidence[${j}].source` }));
      });
      const site = at(sites, m.pick);
      site.holder[site.key] = "no-such-id";
      return fromRecords(`${site.label} -> no-such-id`);
    }
    case "broken-date": {
      const holder = at([...records.relations, ...records.sources], m.pick);
      holder.date = at(BAD_DATES, m.variant);
      return fromRecords(`date ${String(holder.date)} in ${JSON.stringify(holder).slice(0, 60)}`);
    }
    case "quote-off-by-one": {
      const evidence = at(records.relations.flatMap((r) => r.evidence as Rec[]), m.pick);
      const characters = [...(evidence.quote as string)];
      characters[m.variant % characters.length] = FOREIGN_CHARACTER;
      evidence.quote = characters.join("");
      return fromRecords(`quote changed to ${JSON.stringify(evidence.quote)}`);
    }
    case "truncated":
      return truncate(filesOf(folder, records), m);
    case "duplicate-key": {
      // A CSV file's keys are its header: name a column twice. (JSONL is not tried: JSON.parse keeps the last of two keys.)
      const files = filesOf(folder, records);
      const csv = [...files.entities, ...files.relations].find((f) => f.path.endsWith(".csv"));
      if (csv === undefined || m.variant % 3 !== 0) return breakYaml(files, m);
      const [header, ...rows] = csv.text.split("\n");
      const column = at(header!.split(","), m.pick);
      return { files: replaceFile(files, csv.path, [`${header},${column}`, ...rows].join("\n")), bytes: new Map(), mustFail: true, what: `column ${column} twice in ${csv.path}` };
    }
    default:
      return breakYaml(filesOf(folder, records), m);
  }
}

/** Damage only YAML can have: a key twice, a tab for indentation, an anchor or alias. */
function breakYaml(files: DataFiles, m: Mutation): Mutated {
  const file = at(yamlFiles(files), m.pick);
  const lines = file.text.split("\n");
  const index = at(yamlKeyLines(file.text), m.variant);
  const [, indent, dash, key, value] = YAML_KEY_LINE.exec(lines[index]!)!;
  let what: string;
  if (m.kind === "duplicate-key") {
    lines.splice(index + 1, 0, `${indent}${dash ? "  " : ""}${key}:${value ?? ""}`);
    what = `duplicated ${key} at ${file.path}:${index + 1}`;
  } else if (m.kind === "tab-indent") {
    // A top-level "- " line has no indentation to swap; indent it with a tab instead.
    lines[index] = indent === "" ? `\t${lines[index]}` : `\t${lines[index]!.slice(indent!.length)}`;
    what = `tab at ${file.path}:${index + 1}`;
  } else {
    // An alias, alone or to an anchor set on another field: a lone anchor changes nothing and may stay.
    const keyLines = yamlKeyLines(file.text);
    const anchorAt = at(keyLines, m.variant + 1);
    if (m.pick % 2 === 0 && anchorAt !== index) {
      const [, aIndent, aDash, aKey, aValue] = YAML_KEY_LINE.exec(lines[anchorAt]!)!;
      lines[anchorAt] = `${aIndent}${aDash ?? ""}${aKey}: &x${aValue ?? ""}`;
    }
    lines[index] = `${indent}${dash ?? ""}${key}: *x`;
    what = `alias at ${file.path}:${index + 1}`;
  }
  return { files: replaceFile(files, file.path, lines.join("\n")), bytes: new Map(), mustFail: true, what };
}

/**
 * Cuts a file at a byte, as a crashed copy would, possibly inside a UTF-8 character. A cut at a
 * record's end can leave valid data; a JSONL line cut short never is.
 */
function truncate(files: DataFiles, m: Mutation): Mutated {
  const file = at([files.ontology, files.sources, ...files.entities, ...files.relations], m.pick);
  const whole = new TextEncoder().encode(file.text);
  const cut = whole.subarray(0, m.variant % whole.length);
  const text = new TextDecoder().decode(cut);
  const lastLine = text.slice(text.lastIndexOf("\n") + 1);
  return {
    files: replaceFile(files, file.path, text),
    bytes: new Map([[file.path, cut]]),
    mustFail: file.path.endsWith(".jsonl") && lastLine !== "",
    what: `${file.path} cut at byte ${cut.length} of ${whole.length}`,
  };
}
