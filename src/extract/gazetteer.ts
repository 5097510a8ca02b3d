// Known names -> mentions in a sentence: labels, aliases, their plurals, and adjectives ("Iranian" -> Iran).
import type { Language } from "./language.ts";
import { PhraseTrie } from "./phrase-trie.ts";
import { phraseKey, tokenize, type Token } from "./tokens.ts";

/** What the gazetteer needs of an entity, known or proposed. */
export interface NamedEntity {
  id: string;
  label: string;
  type: string;
  aliases: readonly string[];
}

/** How a name was written in the text. */
export type MentionKind = "name" | "adjective" | "group";

interface NameEntry {
  entity: NamedEntity;
  kind: "name" | "adjective";
  /** "capital": the first word must be capitalised (a one-word name: "West", not "west"); "exact": as written (acronyms: "US", not "us"). */
  casing: "any" | "capital" | "exact";
  words: string[];
}

/** A name of an entity found in a sentence: tokens [start, end) of the sentence. */
export interface Mention {
  entity: NamedEntity;
  start: number;
  end: number;
  kind: MentionKind;
  /** "Iran's", "Ukrainians'": the name modifies what follows. */
  possessive: boolean;
  /** Names inside this one: "Ukraine" in "invasion of Ukraine", "Iranian" in "Iranian drones". */
  inner: Mention[];
}

const ACRONYM = /^[\p{Lu}\p{N}.&]+$/u;

function casingOf(name: string): NameEntry["casing"] {
  const words = tokenize(name).filter((t) => t.word);
  if (words.length > 0 && words.every((w) => ACRONYM.test(w.text)) && /\p{Lu}/u.test(name)) return "exact";
  if (words.length === 1 && words[0]!.capital) return "capital";
  return "any";
}

/** The last word of a name in plural (or singular) form, by the language's rules; undefined when it does not apply. */
export function pluralOf(word: string, language: Language): string | undefined {
  for (const rule of language.plurals) {
    if (rule.after.test(word)) return word.slice(0, word.length - rule.drop) + rule.add;
  }
  return undefined;
}

function singularOf(word: string, language: Language): string | undefined {
  for (const rule of language.plurals) {
    if (rule.add !== "" && word.endsWith(rule.add) && word.length > rule.add.length + 2) {
      const stem = word.slice(0, word.length - rule.add.length);
      const dropped = rule.drop > 0 ? "y" : "";
      const singular = stem + dropped;
      if (pluralOf(singular, language) === word) return singular;
    }
  }
  return undefined;
}

/** Every known name of a document set, ready to find in sentences. */
export class Gazetteer {
  private readonly trie = new PhraseTrie<NameEntry>();
  private readonly byKey = new Map<string, NamedEntity>();
  readonly entities = new Map<string, NamedEntity>();

  /** The language's group nouns ("officials", "air force"), folded. */
  private readonly groupNouns: Set<string>;
  /** Folded place name -> the adjectives that stand for it ("iran" -> Iranian, Persian). */
  private readonly adjectives = new Map<string, string[]>();

  constructor(entities: Iterable<NamedEntity>, private readonly language: Language) {
    this.groupNouns = new Set(language.groupNouns.map((n) => phraseKey(n).join(" ")));
    for (const [adjective, name] of Object.entries(language.demonyms)) {
      const key = phraseKey(name).filter((w, i) => i > 0 || w !== "the").join(" ");
      this.adjectives.set(key, [...(this.adjectives.get(key) ?? []), adjective]);
    }
    for (const entity of entities) this.addEntity(entity);
  }

  /** The place or state name an adjective stands for ("Iranian" -> "Iran"), when the language lists it. */
  demonymTarget(word: string): string | undefined {
    return Object.hasOwn(this.language.demonyms, word) ? this.language.demonyms[word] : undefined;
  }

  /** The entity with this exact name (label or alias, case and a leading "the" ignored). */
  entityNamed(name: string): NamedEntity | undefined {
    const key = phraseKey(name);
    return this.byKey.get(key.join(" ")) ?? this.byKey.get(key.slice(key[0] === "the" ? 1 : 0).join(" "));
  }

  /** Adds an entity and all its names. */
  addEntity(entity: NamedEntity): void {
    this.entities.set(entity.id, entity);
    for (const name of [entity.label, ...entity.aliases]) {
      this.addName(entity, name, "name");
      const key = phraseKey(name).filter((w, i) => i > 0 || w !== "the").join(" ");
      for (const adjective of this.adjectives.get(key) ?? []) if (!this.entityNamed(adjective)) this.addName(entity, adjective, "adjective");
    }
  }

  /** Gives a known entity one more name to be found by (a proposed alias). */
  addAlias(entity: NamedEntity, name: string): void {
    this.addName(entity, name, "name");
  }

  private addName(entity: NamedEntity, name: string, kind: NameEntry["kind"]): void {
    const words = phraseKey(name);
    if (words.length === 0) return;
    const casing = casingOf(name);
    const exact = tokenize(name).filter((t) => t.norm !== "-").map((t) => t.text);
    const variants = [words];
    // "the Kremlin" is also written "Kremlin".
    if (words[0] === "the" && words.length > 1) variants.push(words.slice(1));
    if (kind === "name") {
      const last = words[words.length - 1]!;
      const lastWritten = exact[exact.length - 1] ?? "";
      // Only common nouns get plural and singular forms: "drones", "rail line"; never "Iran" -> "Irans".
      if (/^\p{Ll}/u.test(lastWritten) && /^\p{L}+$/u.test(last)) {
        for (const form of [pluralOf(last, this.language), singularOf(last, this.language)]) {
          if (form && form !== last) for (const v of [...variants]) variants.push([...v.slice(0, -1), form]);
        }
      }
    }
    for (const variant of variants) {
      this.byKey.set(variant.join(" "), this.byKey.get(variant.join(" ")) ?? entity);
      this.trie.add(variant, { entity, kind, casing, words: exact });
    }
  }

  private fits(entry: NameEntry, tokens: readonly Token[], start: number): boolean {
    if (entry.casing === "capital") return tokens[start]!.capital;
    if (entry.casing === "exact") return tokens[start]!.text === entry.words[0];
    return true;
  }

  /**
   * The names in `tokens`: longest first, left to right, not overlapping; names inside a longer one
   * are its `inner` mentions. A possessive is kept unless the "'s" is a contraction ("Russia's been").
   */
  mentionsIn(tokens: readonly Token[]): Mention[] {
    const found: Mention[] = [];
    const pick = (values: NameEntry[], start: number) => values.find((v) => this.fits(v, tokens, start));
    for (const match of this.trie.scan(tokens, (values, start) => pick(values, start) !== undefined)) {
      const entry = pick(match.values, match.start)!;
      found.push(this.mention(entry, tokens, match.start, match.end));
    }
    for (const mention of found) {
      if (mention.end - mention.start < 2) continue;
      const inside = tokens.slice(mention.start, mention.end);
      // Names of the outer entity itself ("US National Security Council" in its own group mention) are not inner names.
      const pickInside = (values: NameEntry[], start: number) => values.find((v) => v.entity.id !== mention.entity.id && this.fits(v, inside, start));
      for (const match of this.trie.scan(inside, (values, start, end) => end - start < inside.length && pickInside(values, start) !== undefined)) {
        const entry = pickInside(match.values, match.start)!;
        const inner = this.mention(entry, tokens, mention.start + match.start, mention.start + match.end);
        if (inner.entity.id !== mention.entity.id) mention.inner.push(inner);
      }
    }
    return found;
  }

  private mention(entry: NameEntry, tokens: readonly Token[], start: number, end: number): Mention {
    let kind: MentionKind = entry.kind;
    const last = tokens[end - 1]!;
    let possessive = last.possessive && !this.language.contractionAfterS.includes(tokens[end + 1]?.norm ?? "");
    // "Iranian officials", "U.S. officials", "Ukraine's air force": the people who speak and act for the state.
    const after = possessive ? end + 1 : end;
    if (entry.entity.type !== "weapon") {
      for (const n of [2, 1]) {
        const words = tokens.slice(after, after + n);
        if (words.length !== n || !words.every((t) => t.word && !t.capital)) continue;
        if (!this.groupNouns.has(words.map((t) => t.norm).join(" "))) continue;
        kind = "group";
        end = after + n;
        possessive = words[n - 1]!.possessive;
        break;
      }
    }
    return { entity: entry.entity, start, end, kind, possessive, inner: [] };
  }
}
