// The seeded generator's pure core: options and an ontology in, a realistic valid dataset out.
import { newEvidence, newRelation, type Entity, type Evidence, type Relation, type Source } from "../model/dataset.ts";
import type { Ontology, RelationType } from "../model/ontology.ts";
import type { Status } from "../model/status.ts";
import { defaultRelationId } from "../load/read-relations.ts";
import { NameBook } from "./names.ts";
import { createRandom, WeightedTable, type Random } from "./random.ts";

/** What to generate. */
export interface GenerateOptions {
  /** Number of entities. */
  nodes: number;
  /** Number of relations. */
  edges: number;
  /** Seed: the same seed, sizes and ontology give the same data. */
  seed: number;
  /** How many relations one generated source document supports; keeps each text moderately sized. */
  relationsPerSource: number;
  /** First and last year of relation dates. */
  firstYear: number;
  lastYear: number;
}

/** Defaults: a small graph, fifty relations per source document (a news article's worth), dates over ten years. */
export const DEFAULT_GENERATE_OPTIONS: GenerateOptions = {
  nodes: 1000,
  edges: 5000,
  seed: 1,
  relationsPerSource: 50,
  firstYear: 2014,
  lastYear: 2024,
};

/** Fills unset options with defaults. */
export function resolveGenerateOptions(partial: Partial<GenerateOptions> = {}): GenerateOptions {
  return { ...DEFAULT_GENERATE_OPTIONS, ...partial };
}

/** Throws a RangeError naming the bad option and what it must be. */
export function validateGenerateOptions(options: GenerateOptions): void {
  const wholes: [keyof GenerateOptions, number][] = [["nodes", 2], ["edges", 0], ["relationsPerSource", 1], ["firstYear", 1000]];
  for (const [key, min] of wholes) {
    const value = options[key];
    if (!Number.isInteger(value) || value < min) throw new RangeError(`generate option ${key} must be a whole number >= ${min}, got ${value}`);
  }
  if (!Number.isInteger(options.seed)) throw new RangeError(`generate option seed must be an integer, got ${options.seed}`);
  if (!Number.isInteger(options.lastYear) || options.lastYear < options.firstYear || options.lastYear > 9999) {
    throw new RangeError(`generate option lastYear must be a year from firstYear (${options.firstYear}) to 9999, got ${options.lastYear}`);
  }
}

/** A generated dataset: the records a data folder holds, in the shapes the loader produces. */
export interface GeneratedDataset {
  sources: Source[];
  entities: Entity[];
  relations: Relation[];
}

/** Rough shares of entity types in conflict reporting: many organisations, officials and places, few states. */
const ENTITY_TYPE_WEIGHTS: Record<string, number> = {
  state: 2, coalition: 0.3, official: 20, organization: 28, weapon: 9, city: 15, region: 6, infrastructure: 10, event: 7, law: 2,
};
/** Rough shares of relation types: statements, reports and strikes dominate event data. */
const RELATION_TYPE_WEIGHTS: Record<string, number> = {
  stated: 14, attacked: 12, supports: 8, "broke-news-of": 7, supplies: 6, accused: 6, opposes: 5, "involved-in": 5, "aligned-with": 4,
  uses: 4, "located-in": 4, "holds-office": 3, "part-of": 3, "deployed-to": 3, intercepted: 3, threatens: 3,
  "negotiates-with": 2, sanctions: 2, "concerned-about": 2, produces: 2, trains: 1, "depends-on": 1, builds: 1,
  invaded: 0.5, occupies: 0.5, violates: 1,
};
const STATUS_WEIGHTS: [Status, number][] = [["reported", 70], ["confirmed", 12], ["alleged", 10], ["planned", 4], ["denied", 4]];
const STATUS_LEADS: Record<Status, string> = {
  reported: "",
  confirmed: "It was confirmed that ",
  alleged: "It is alleged that ",
  planned: "Plans show that ",
  denied: "It was denied that ",
};
/** Entity types that make claims: they assert, and deny, what documents report. */
const SPEAKER_TYPES = ["official", "organization", "state"];
/** Share of relations that more than one document backs; each of those cites 2 to 4 documents. */
const CORROBORATED_SHARE = 0.3;
const MAX_DOCUMENTS = 4;
/**
 * The stance a further document takes on a claim: mostly the relation's own (written as no status
 * at all), some confirmations, and a few denials, which make the claim contested.
 */
const FURTHER_STANCE_WEIGHTS: ["same" | Status, number][] = [["same", 65], ["confirmed", 20], ["denied", 10], ["alleged", 5]];
/** How a further document words a claim it makes itself, by stance. */
const FURTHER_LEADS: Record<Status, string> = {
  reported: "A further account says that ",
  confirmed: "Independent sources confirmed that ",
  alleged: "It is further alleged that ",
  planned: "Documents show plans that ",
  denied: "It was denied that ",
};
/** The verb of someone a further document quotes, by stance. */
const ASSERTER_VERBS: Record<Status, string> = { reported: "said", confirmed: "confirmed", alleged: "alleged", planned: "announced", denied: "denied" };
const ROLES = ["President", "Foreign Minister", "Defence Minister", "Spokesperson", "Commander", "Ambassador", "Chief of Staff"];
const SOURCE_KINDS = ["article", "report", "transcript", "dataset"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** Degree skew: index = n * u^SKEW, so low indices (hubs) are drawn far more often than the tail. */
const SKEW = 2.5;
const WRAP_WIDTH = 96;
const SENTENCES_PER_PARAGRAPH = 6;

interface DrawnDate {
  text: string;
  phrase: string;
  /** Days since the first year began, to order start and end. */
  ordinal: number;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function drawDate(random: Random, options: GenerateOptions, after?: DrawnDate): DrawnDate {
  const years = options.lastYear - options.firstYear + 1;
  for (;;) {
    const year = options.firstYear + random.int(years);
    const month = 1 + random.int(12);
    const day = 1 + random.int(new Date(Date.UTC(year, month, 0)).getUTCDate());
    const ordinal = Date.UTC(year, month - 1, day) / 86_400_000;
    // An end must not start before its date; a coarse draw keeps the loop short.
    if (after && ordinal < after.ordinal) continue;
    const precision = random.next();
    if (precision < 0.7) return { text: `${year}-${pad(month)}-${pad(day)}`, phrase: `on ${day} ${MONTHS[month - 1]} ${year}`, ordinal };
    if (precision < 0.9 || after) {
      // A month-precise end starts on the 1st, which may precede a day-precise start in that month.
      if (after && Date.UTC(year, month - 1, 1) / 86_400_000 < after.ordinal) continue;
      return { text: `${year}-${pad(month)}`, phrase: `in ${MONTHS[month - 1]} ${year}`, ordinal: Date.UTC(year, month - 1, 1) / 86_400_000 };
    }
    return { text: String(year), phrase: `in ${year}`, ordinal: Date.UTC(year, 0, 1) / 86_400_000 };
  }
}

/** Draws from a list with a heavy head, giving the skewed degree distribution real networks have. */
function drawSkewed<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(items.length * random.next() ** SKEW)]!;
}

function wrap(paragraph: string): string {
  const lines: string[] = [];
  let line = "";
  for (const word of paragraph.split(" ")) {
    if (line.length > 0 && line.length + 1 + word.length > WRAP_WIDTH) {
      lines.push(line);
      line = word;
    } else {
      line = line.length > 0 ? `${line} ${word}` : word;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines.join("\n");
}

/** The sentence a document writes about a claim: lead, ends, and when; first letter capitalised. */
function claimSentence(lead: string, subject: string, verb: string, object: string, rest: string): string {
  const sentence = `${lead}${subject} ${verb} ${object}${rest}.`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** `count` distinct document indexes below `total`, the first being `first`. */
function distinctDocuments(random: Random, first: number, count: number, total: number): number[] {
  const chosen = [first];
  while (chosen.length < count) {
    const other = random.int(total);
    if (!chosen.includes(other)) chosen.push(other);
  }
  return chosen;
}

interface Endpoints {
  type: RelationType;
  from: WeightedTable<string>;
  to: WeightedTable<string>;
}

/**
 * Generates a dataset that passes validation: entity types in plausible proportions, relation
 * types only between the entity types the ontology allows, skewed degrees, mostly dated and mostly
 * reported relations, and evidence quotes that are sentences of generated source documents. About
 * 30% of relations are backed by 2 to 4 documents, some of which take their own stance (a few deny
 * the claim, which makes it contested) or quote their own speaker.
 * The same options and ontology always give the same records in the same order.
 */
export function generateDataset(partial: Partial<GenerateOptions>, ontology: Ontology): GeneratedDataset {
  const options = resolveGenerateOptions(partial);
  validateGenerateOptions(options);
  if (ontology.entityTypes.length === 0) throw new RangeError("cannot generate data for an ontology without entity types; load a complete ontology.yaml");
  const random = createRandom(options.seed);
  const names = new NameBook(random);

  const entityTypes = new WeightedTable<string>();
  for (const type of ontology.entityTypes) entityTypes.add(type.id, ENTITY_TYPE_WEIGHTS[type.id] ?? 1);
  const typeLabels = new Map(ontology.entityTypes.map((t) => [t.id, t.label.toLowerCase()]));
  const entities: Entity[] = [];
  const byType = new Map<string, Entity[]>(ontology.entityTypes.map((t) => [t.id, []]));
  for (let i = 0; i < options.nodes; i++) {
    const type = entityTypes.draw(random);
    const label = names.label(type);
    const id = names.id(label);
    const alias = random.chance(0.15) ? names.alias(label) : undefined;
    const entity: Entity = { id, label, type, aliases: alias ? [alias] : [], description: `${/^[aeiou]/.test(typeLabels.get(type)!) ? "An" : "A"} ${typeLabels.get(type)} in the generated scenario.` };
    entities.push(entity);
    byType.get(type)!.push(entity);
  }

  const typeTable = (ids: string[]) => {
    const table = new WeightedTable<string>();
    for (const id of ids) table.add(id, byType.get(id)?.length ?? 0);
    return table;
  };
  const relationTypes = new WeightedTable<Endpoints>();
  for (const type of ontology.relationTypes) {
    const endpoints = { type, from: typeTable(type.from), to: typeTable(type.to) };
    if (endpoints.from.size > 0 && endpoints.to.size > 0) relationTypes.add(endpoints, RELATION_TYPE_WEIGHTS[type.id] ?? 1);
  }
  if (options.edges > 0 && relationTypes.size === 0) {
    throw new RangeError(`no relation type of the ontology can connect the ${options.nodes} generated entities; generate more nodes`);
  }
  const statuses = new WeightedTable<Status>();
  for (const [status, weight] of STATUS_WEIGHTS) statuses.add(status, weight);
  const furtherStances = new WeightedTable<"same" | Status>();
  for (const [stance, weight] of FURTHER_STANCE_WEIGHTS) furtherStances.add(stance, weight);
  const speakers = SPEAKER_TYPES.flatMap((t) => byType.get(t) ?? []);
  const weapons = byType.get("weapon") ?? [];
  const labelOf = new Map(entities.map((e) => [e.id, e.label]));

  const sourceCount = Math.ceil(options.edges / options.relationsPerSource);
  const digits = Math.max(5, String(sourceCount).length);
  const sourceId = (n: number) => `source-${pad(n + 1, digits)}`;
  const sentences: string[][] = Array.from({ length: sourceCount }, () => []);
  const latest: (DrawnDate | undefined)[] = new Array(sourceCount).fill(undefined);
  const ids = new Set<string>();
  const relations: Relation[] = [];

  for (let i = 0; i < options.edges; i++) {
    let drawn: { endpoints: Endpoints; source: Entity; target: Entity } | undefined;
    for (let attempt = 0; attempt < 100 && !drawn; attempt++) {
      const endpoints = relationTypes.draw(random);
      const source = drawSkewed(random, byType.get(endpoints.from.draw(random))!);
      const target = drawSkewed(random, byType.get(endpoints.to.draw(random))!);
      if (source !== target || endpoints.type.selfLoops) drawn = { endpoints, source, target };
    }
    if (!drawn) throw new RangeError(`could not draw relation #${i + 1} without a forbidden self-loop; generate more nodes`);
    const { endpoints, source, target } = drawn;
    const type = endpoints.type;
    const date = random.chance(0.85) ? drawDate(random, options) : undefined;
    const end = date && random.chance(0.08) ? drawDate(random, options, date) : undefined;
    const status = statuses.draw(random);
    const asserter = speakers.length > 0 && random.chance(0.12) ? drawSkewed(random, speakers) : undefined;
    const assertedBy = asserter ? [asserter.id] : [];
    const armed = weapons.length > 0 && (type.id === "supplies" || type.id === "attacked") && random.chance(0.5);
    const items = armed ? [drawSkewed(random, weapons).id] : [];
    const quantities: Record<string, number> = {};
    if (armed && type.id === "attacked" && random.chance(0.3)) {
      quantities.launched = 1 + random.int(60);
      quantities.shotDown = random.int(quantities.launched + 1);
    }
    const role = type.id === "holds-office" ? random.pick(ROLES) : undefined;
    const note = random.chance(0.02) ? "Generated relation for testing." : undefined;

    const base = defaultRelationId(source.id, type.id, target.id, date?.text);
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}.${n}`;
    ids.add(id);

    const sourceIndex = Math.floor(i / options.relationsPerSource);
    const lead = asserter ? `According to ${asserter.label}, ${STATUS_LEADS[status].toLowerCase()}` : STATUS_LEADS[status];
    const withItems = items.length > 0 ? ` with ${labelOf.get(items[0]!)}` : "";
    const when = date ? ` ${date.phrase}${end ? ` until ${end.phrase.replace(/^(on|in) /, "")}` : ""}` : "";
    const counted = quantities.launched !== undefined ? `, launching ${quantities.launched} of which ${quantities.shotDown} were shot down` : "";
    const roleText = role ? ` as ${role}` : "";
    /** Writes the sentence into document `index`, and returns the document's id. */
    const write = (index: number, sentence: string): string => {
      sentences[index]!.push(sentence);
      // A document is dated by the latest event it tells of.
      if (date && (!latest[index] || date.ordinal > latest[index]!.ordinal)) latest[index] = date;
      return sourceId(index);
    };
    const first = claimSentence(lead, source.label, type.label, target.label, `${roleText}${withItems}${when}${counted}`);
    const evidence: Evidence[] = [newEvidence(write(sourceIndex, first), first, undefined, undefined)];
    if (sourceCount > 1 && random.chance(CORROBORATED_SHARE)) {
      const documents = distinctDocuments(random, sourceIndex, Math.min(sourceCount, 2 + random.int(MAX_DOCUMENTS - 1)), sourceCount);
      for (const index of documents.slice(1)) {
        // Each further document takes its own stance, in its own words; who speaks in it may differ from the relation's asserters.
        const drawn = furtherStances.draw(random);
        const stance = drawn === "same" ? status : drawn;
        const denier = stance === "denied" && speakers.length > 0 ? (SPEAKER_TYPES.includes(source.type) ? source : drawSkewed(random, speakers)) : undefined;
        const speaker = denier ?? (speakers.length > 0 && random.chance(0.25) ? drawSkewed(random, speakers) : undefined);
        const sentence = speaker
          ? claimSentence(`${speaker.label} ${ASSERTER_VERBS[stance]} that `, source.label, type.label, target.label, `${roleText}${when}`)
          : claimSentence(FURTHER_LEADS[stance], source.label, type.label, target.label, `${roleText}${when}`);
        // No speaker where the relation names one: the document states the claim itself.
        const asserters = speaker ? [speaker.id] : assertedBy.length > 0 ? [] : undefined;
        evidence.push(newEvidence(write(index, sentence), sentence, stance === status ? undefined : stance, asserters));
      }
    }

    const relation = newRelation(id, source.id, type.id, target.id, date?.text, end?.text, status, assertedBy, items, quantities, role, note, evidence);
    relations.push(relation);
  }

  const sources: Source[] = sentences.map((list, n) => {
    const title = `Generated dispatch ${n + 1}`;
    const paragraphs: string[] = [];
    for (let at = 0; at < list.length; at += SENTENCES_PER_PARAGRAPH) paragraphs.push(wrap(list.slice(at, at + SENTENCES_PER_PARAGRAPH).join(" ")));
    const text = `${title}\n\n${paragraphs.join("\n\n")}\n`;
    const date = latest[n]?.text;
    return { id: sourceId(n), title, kind: SOURCE_KINDS[n % SOURCE_KINDS.length]!, file: `${sourceId(n)}.txt`, text, ...(date ? { date } : {}) };
  });
  return { sources, entities, relations };
}
