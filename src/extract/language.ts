// A language file (src/extract/languages/<code>.yaml): the words of stance, attribution, direction and names.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { Status } from "../model/status.ts";

/** How a plural is made from the last word of a name: the first rule whose `after` matches applies. */
export interface PluralRule {
  after: RegExp;
  drop: number;
  add: string;
}

/** Everything language-specific the extractor reads besides the ontology's cues. */
export interface Language {
  code: string;
  /** Stance words by status, strongest status first. */
  stances: { status: Exclude<Status, "reported">; words: string[] }[];
  stanceReach: number;
  negations: string[];
  concessives: string[];
  speechVerbs: string[];
  speakerBefore: string[];
  groupNouns: string[];
  passiveAuxiliaries: string[];
  agentMarkers: string[];
  targetMarkers: string[];
  sourceMarkers: string[];
  fromMarkers: string[];
  toMarkers: string[];
  listJoiners: string[];
  otherMarkers: string[];
  contractionAfterS: string[];
  relativePronouns: string[];
  anaphoraDeterminers: string[];
  numberWords: string[];
  plurals: PluralRule[];
  notNames: string[];
  nameConnectors: string[];
  /** Words after which a verb form is read as a noun ("artillery shells"). */
  nounMarkers: string[];
  /** Lower-case words that may stand in an office's title ("foreign ministry spokesman"). */
  officeWords: string[];
  /** Adjective or other form -> the name of the place or state it stands for. */
  demonyms: Record<string, string>;
}

/** A language file that cannot be used; names the file and what to fix. */
export class LanguageError extends Error {
  override name = "LanguageError";
}

const STANCE_ORDER = ["denied", "planned", "alleged", "confirmed"] as const;
const LISTS = [
  "negations", "concessives", "speechVerbs", "speakerBefore", "groupNouns", "passiveAuxiliaries", "agentMarkers", "targetMarkers",
  "sourceMarkers", "fromMarkers", "toMarkers", "listJoiners", "otherMarkers", "contractionAfterS", "relativePronouns",
  "anaphoraDeterminers", "numberWords", "notNames", "nameConnectors", "nounMarkers", "officeWords",
] as const;

/** Where the language files that come with actorgraph are. */
export const LANGUAGES_FOLDER = new URL("./languages/", import.meta.url);

function words(value: unknown, what: string, file: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((w) => typeof w !== "string" || w.trim() === "")) {
    throw new LanguageError(`${file}: "${what}" must be a list of words, like [said, says]`);
  }
  return (value as string[]).map((w) => w.trim());
}

/** Reads and checks a language file's text; `file` names it in errors. */
export function parseLanguage(code: string, text: string, file: string): Language {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    throw new LanguageError(`${file}: not valid YAML (${(error as Error).message.split("\n")[0]})`);
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new LanguageError(`${file}: must be a mapping of word lists`);
  const data = raw as Record<string, unknown>;
  const stancesRaw = (data.stances ?? {}) as Record<string, unknown>;
  const stances = STANCE_ORDER.map((status) => ({ status, words: words(stancesRaw[status], `stances.${status}`, file) }));
  const lists = Object.fromEntries(LISTS.map((key) => [key, words(data[key], key, file)])) as Record<(typeof LISTS)[number], string[]>;
  const plurals = ((data.plurals ?? []) as { after?: string; drop?: number; add?: string }[]).map((rule, i) => {
    if (typeof rule !== "object" || rule === null || typeof rule.add !== "string") throw new LanguageError(`${file}: plurals #${i + 1} needs "add"`);
    return { after: new RegExp(rule.after ?? "", "u"), drop: rule.drop ?? 0, add: rule.add };
  });
  const demonyms = (data.demonyms ?? {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(demonyms)) {
    if (typeof value !== "string") throw new LanguageError(`${file}: demonym "${key}" must name a place or state, like ${key}: Iran`);
  }
  const reach = data.stanceReach ?? 12;
  if (typeof reach !== "number" || reach < 0) throw new LanguageError(`${file}: "stanceReach" must be a whole number of words`);
  return { code, stances, stanceReach: reach, plurals, demonyms: demonyms as Record<string, string>, ...lists };
}

const loaded = new Map<string, Language>();

/** The language file `code` that comes with actorgraph (en by default); read once per process. */
export function loadLanguage(code = "en"): Language {
  const known = loaded.get(code);
  if (known) return known;
  if (!/^[a-z]{2,3}(?:-[a-z0-9]+)?$/i.test(code)) throw new LanguageError(`"${code}" is not a language code; use one like en`);
  const url = new URL(`${code}.yaml`, LANGUAGES_FOLDER);
  let text: string;
  try {
    text = readFileSync(url, "utf8");
  } catch {
    throw new LanguageError(`no language file for "${code}": write src/extract/languages/${code}.yaml (see en.yaml)`);
  }
  const language = parseLanguage(code, text, `src/extract/languages/${code}.yaml`);
  loaded.set(code, language);
  return language;
}
