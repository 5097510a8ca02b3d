// Random valid data folders for property tests: a model of sources, entities and relations, and its files in YAML, JSONL or CSV.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { parse as parseYamlText, stringify as yamlText } from "yaml";
import { defaultRelationId } from "../../src/load/read-relations.ts";
import type { DataFiles } from "../../src/load/validate.ts";
import type { Entity, Evidence, Relation, Source } from "../../src/model/dataset.ts";
import { nameKey } from "../../src/model/names.ts";
import type { RelationType } from "../../src/model/ontology.ts";
import { parsePartialDate, startOf, type PartialDate } from "../../src/model/partial-date.ts";
import { STATUSES } from "../../src/model/status.ts";
import { entityCsv, entityCsvHeader, entityJson, relationCsv, relationCsvHeader, relationJson } from "../../src/generate/records.ts";
import { REPO_ROOT } from "../export/helpers.ts";

/** The format of the entity or relation file of a folder. */
export type RecordFormat = "yaml" | "jsonl" | "csv";

/** The bundled ontology, as text (what the files hold) and as the types the generator draws from. */
export const ONTOLOGY_TEXT = readFileSync(join(REPO_ROOT, "graph-data", "ontology.yaml"), "utf8");
const ONTOLOGY = parseYamlText(ONTOLOGY_TEXT) as { entityTypes: { id: string }[]; relationTypes: (Omit<RelationType, "selfLoops"> & { selfLoops?: boolean })[] };
const ENTITY_TYPES = ONTOLOGY.entityTypes.map((t) => t.id);

/** A data folder as a model: what validation must give back, and the formats to write it in. */
export interface RandomFolder {
  sources: Source[];
  entities: Entity[];
  relations: Relation[];
  entityFormat: RecordFormat;
  relationFormat: RecordFormat;
}

/** Pieces of names: scripts, emoji, XML specials, quotes and the list separators of the CSV formats. */
const NAME_PARTS = [
  "Kyiv", "Shahed-136", "Київ", "Тегеран", "«Герань-2»", "سپاه", "پاسداران", "الحرس", "الثوري", "🛩️", "💥", "👨‍👩‍👧",
  "<b>", "Tom & Jerry", "a<&>b", `"quoted"`, "'single'", "it's", "a | b", "semi;colon", "x,y", "#1", "- dash", "key: value", "Ω",
] as const;

/** Words of the generated source texts: the same mix, with typographic quotes, and no spaces inside a word. */
const WORDS = [
  "Iran", "Russia", "drones", "“suicide", "drones”", "Київ", "атака", "سپاه", "حمله", "🛩️", "<&>", `"no"`, "'yes'", "|", ";", "May", "2023.", "on", "the", "of", "and",
] as const;

const QUANTITY_TEXTS = ["hundreds", "all but one", "about 40", "dozens <est.>", "«много»", "x=y"] as const;

/** A name as analysts write them: one to three pieces, sometimes numbered. Never blank, never padded. */
const name: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.constantFrom(...NAME_PARTS), { minLength: 1, maxLength: 3 }), fc.option(fc.nat({ max: 99 }), { nil: undefined }))
  .map(([parts, n]) => `${parts.join(" ")}${n === undefined ? "" : ` ${n}`}`);

/** Free text: a note or description, sometimes over two lines. */
const prose: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.constantFrom(...NAME_PARTS, ...WORDS), { minLength: 1, maxLength: 8 }), fc.boolean())
  .map(([words, twoLines]) => (twoLines && words.length > 1 ? `${words[0]}\n${words.slice(1).join(" ")}` : words.join(" ")));

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A real date at year, month or day precision. */
const partialDate: fc.Arbitrary<PartialDate> = fc
  .record({ year: fc.integer({ min: 1990, max: 2030 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }), precision: fc.constantFrom("year", "month", "day") })
  .map(({ year, month, day, precision }) => {
    const mm = String(month).padStart(2, "0");
    const text = precision === "year" ? `${year}` : precision === "month" ? `${year}-${mm}` : `${year}-${mm}-${String(Math.min(day, daysIn(year, month))).padStart(2, "0")}`;
    return parsePartialDate(text) as PartialDate;
  });

/** No date, a date, or a date with an end that is not before it. */
const dates: fc.Arbitrary<{ date?: string; end?: string }> = fc.oneof(
  fc.constant({}),
  partialDate.map((d) => ({ date: d.text })),
  fc.tuple(partialDate, partialDate).map(([a, b]) => (startOf(a) <= startOf(b) ? { date: a.text, end: b.text } : { date: b.text, end: a.text })),
);

const quantities: fc.Arbitrary<Record<string, number | string>> = fc.dictionary(
  fc.constantFrom("launched", "shotDown", "killed", "unitsDelivered", "v2"),
  fc.oneof(fc.nat({ max: 100_000 }), fc.constantFrom(0.5, 2.25), fc.constantFrom(...QUANTITY_TEXTS)),
  { maxKeys: 2 },
);

/** A source document of 12 to 40 words. */
function source(index: number): fc.Arbitrary<Source> {
  const id = `doc-${index + 1}`;
  return fc
    .record({
      title: name,
      kind: fc.constantFrom("article", "report", "transcript"),
      date: fc.option(partialDate.map((d) => d.text), { nil: undefined }),
      url: fc.option(fc.constantFrom("https://example.org/a?b=1&c=2", "https://example.org/київ"), { nil: undefined }),
      note: fc.option(prose, { nil: undefined }),
      words: fc.array(fc.constantFrom(...WORDS), { minLength: 12, maxLength: 40 }),
    })
    .map(({ words, date, url, note, ...rest }) => ({
      id,
      ...rest,
      ...(date === undefined ? {} : { date }),
      file: `${id}.txt`,
      ...(url === undefined ? {} : { url }),
      ...(note === undefined ? {} : { note }),
      text: `${words.join(" ")}\n`,
    }));
}

/** A quote of the source: whole words, so it starts and ends with no space. */
function quoteOf(sources: readonly Source[]): fc.Arbitrary<Evidence> {
  return fc.tuple(fc.constantFrom(...sources), fc.nat(), fc.integer({ min: 1, max: 6 })).map(([s, at, length]) => {
    const words = s.text.trim().split(" ");
    const start = at % words.length;
    return { source: s.id, quote: words.slice(start, start + length).join(" ") };
  });
}

/**
 * Entities with names unique after {@link nameKey}, as validation requires. The first two are a
 * state and a city, so at least one relation type ("attacked") can always connect them.
 */
function entities(): fc.Arbitrary<Entity[]> {
  return fc.integer({ min: 2, max: 7 }).chain((count) =>
    fc
      .record({
        names: fc.uniqueArray(name, { minLength: count * 2, maxLength: count * 2, selector: nameKey }),
        types: fc.array(fc.constantFrom(...ENTITY_TYPES), { minLength: count, maxLength: count }),
        aliasCounts: fc.array(fc.nat({ max: 1 }), { minLength: count, maxLength: count }),
        descriptions: fc.array(prose, { minLength: count, maxLength: count }),
        ids: fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,6}(?:-[a-z0-9]{1,4}){0,2}$/), { minLength: count, maxLength: count }),
      })
      .map(({ names, types, aliasCounts, descriptions, ids }) =>
        ids.map((id, i) => ({
          id,
          label: names[2 * i]!,
          type: i === 0 ? "state" : i === 1 ? "city" : types[i]!,
          aliases: names.slice(2 * i + 1, 2 * i + 1 + aliasCounts[i]!),
          description: descriptions[i]!,
        })),
      ),
  );
}

/** Every (type, source, target) the ontology allows among `list`, self-relations left out. */
function allowedTriples(list: readonly Entity[]): [RelationType["id"], Entity, Entity][] {
  const out: [string, Entity, Entity][] = [];
  for (const type of ONTOLOGY.relationTypes) {
    for (const a of list) {
      if (!type.from.includes(a.type)) continue;
      for (const b of list) if (a.id !== b.id && type.to.includes(b.type)) out.push([type.id, a, b]);
    }
  }
  return out;
}

function relations(list: readonly Entity[], sources: readonly Source[], minLength: number): fc.Arbitrary<Relation[]> {
  const ids = list.map((e) => e.id);
  const relation = fc.record({
    triple: fc.constantFrom(...allowedTriples(list)),
    dates,
    status: fc.constantFrom(...STATUSES),
    assertedBy: fc.subarray(ids, { maxLength: 2 }),
    items: fc.subarray(ids, { maxLength: 2 }),
    quantities,
    role: fc.option(name, { nil: undefined }),
    note: fc.option(prose, { nil: undefined }),
    evidence: fc.array(quoteOf(sources), { minLength: 1, maxLength: 2 }),
    explicitId: fc.boolean(),
  });
  return fc.array(relation, { minLength, maxLength: 8 }).map((drawn) => {
    const seen = new Set<string>();
    return drawn.map((r, i) => {
      const [type, a, b] = r.triple;
      const derived = defaultRelationId(a.id, type, b.id, r.dates.date);
      // Parallel claims would share the derived id: give them an explicit one, as the README says.
      const id = r.explicitId || seen.has(derived) ? `r${i}.${type}` : derived;
      seen.add(id);
      const out: Relation = { id, source: a.id, type, target: b.id, ...r.dates, status: r.status, assertedBy: r.assertedBy, items: r.items, quantities: r.quantities, evidence: r.evidence };
      if (r.role !== undefined) out.role = r.role;
      if (r.note !== undefined) out.note = r.note;
      return out;
    });
  });
}

const format: fc.Arbitrary<RecordFormat> = fc.constantFrom<RecordFormat>("yaml", "yaml", "yaml", "jsonl", "csv");

/** A random valid folder; `minRelations` 1 guarantees a relation to mutate. */
export function randomFolder(minRelations = 0): fc.Arbitrary<RandomFolder> {
  return fc
    .tuple(fc.integer({ min: 1, max: 2 }), entities(), format, format)
    .chain(([sourceCount, list, entityFormat, relationFormat]) =>
      fc.tuple(...Array.from({ length: sourceCount }, (_, i) => source(i))).chain((sources) =>
        relations(list, sources, minRelations).map((rels) => ({
          sources,
          // CSV splits list cells on "|" with no escape: an alias holding one cannot be written there.
          entities: entityFormat === "csv" ? list.map((e) => ({ ...e, aliases: e.aliases.filter((a) => !a.includes("|")) })) : list,
          relations: rels,
          entityFormat,
          relationFormat,
        })),
      ),
    );
}

/** The folder the files live in; error locations name these paths. */
export const ROOT = "data";

/** The path of a folder's entity or relation file. */
export function recordPath(kind: "entities" | "relations", formatOf: RecordFormat): string {
  return `${ROOT}/${kind}/main.${formatOf}`;
}

const YAML_OPTIONS = { lineWidth: 0, aliasDuplicateObjects: false } as const;

/** A record as written in a YAML or JSON file: empty lists and maps left out, the id only when it is not the derived one. */
export function relationRecord(r: Relation): Record<string, unknown> {
  return JSON.parse(relationJson(r)) as Record<string, unknown>;
}

/** An entity as written in a YAML or JSON file. */
export function entityRecord(e: Entity): Record<string, unknown> {
  return JSON.parse(entityJson(e)) as Record<string, unknown>;
}

/** A source as written in sources.yaml: its metadata, not its text. */
export function sourceRecord({ text: _text, ...meta }: Source): Record<string, unknown> {
  return meta;
}

/**
 * Writes records in a format: YAML through the yaml package (which quotes what needs quoting),
 * JSONL one JSON object a line, CSV as the bulk format documents (the generator's own writer).
 * Records are plain objects so tests can break them before writing.
 */
export function recordsText(kind: "entities" | "relations", formatOf: RecordFormat, records: Record<string, unknown>[]): string {
  if (formatOf === "yaml") return yamlText(records, YAML_OPTIONS);
  if (formatOf === "jsonl") return records.map((r) => `${JSON.stringify(r)}\n`).join("");
  if (kind === "entities") return [entityCsvHeader(), ...records.map((r) => entityCsv({ aliases: [], ...r } as unknown as Entity))].join("\n") + "\n";
  const width = records.reduce((max, r) => Math.max(max, Array.isArray(r.evidence) ? r.evidence.length : 1), 1);
  const rows = records.map((r) => relationCsv({ assertedBy: [], items: [], quantities: {}, evidence: [], ...r, id: r.id ?? "" } as unknown as Relation, width));
  return [relationCsvHeader(width), ...rows].join("\n") + "\n";
}

/** The folder's files, from records (possibly broken ones) rather than from the model. */
export function filesOf(
  folder: RandomFolder,
  records: { sources: Record<string, unknown>[]; entities: Record<string, unknown>[]; relations: Record<string, unknown>[] } = recordsOf(folder),
): DataFiles {
  return {
    ontology: { path: `${ROOT}/ontology.yaml`, text: ONTOLOGY_TEXT },
    sources: { path: `${ROOT}/sources/sources.yaml`, text: yamlText(records.sources, YAML_OPTIONS) },
    sourceTexts: new Map(folder.sources.map((s) => [s.file, s.text])),
    entities: [{ path: recordPath("entities", folder.entityFormat), text: recordsText("entities", folder.entityFormat, records.entities) }],
    relations: [{ path: recordPath("relations", folder.relationFormat), text: recordsText("relations", folder.relationFormat, records.relations) }],
  };
}

/** The model as plain records, ready to write or to break. */
export function recordsOf(folder: RandomFolder) {
  return { sources: folder.sources.map(sourceRecord), entities: folder.entities.map(entityRecord), relations: folder.relations.map(relationRecord) };
}

/** Every path a located error may name: the folder's files and source texts. */
export function inputPaths(files: DataFiles): Set<string> {
  return new Set([files.ontology.path, files.sources.path, ...[...files.sourceTexts.keys()].map((f) => `${ROOT}/sources/${f}`), ...files.entities.map((f) => f.path), ...files.relations.map((f) => f.path)]);
}
