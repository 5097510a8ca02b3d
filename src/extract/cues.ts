// The ontology's relation cues and the language's stance and attribution words, compiled into phrase tries.
import nlp from "compromise";
import type { Ontology, RelationType } from "../model/ontology.ts";
import type { Status } from "../model/status.ts";
import type { Language } from "./language.ts";
import { pluralOf } from "./gazetteer.ts";
import { PhraseTrie } from "./phrase-trie.ts";
import { phraseKey } from "./tokens.ts";

/** How a cue word relates the two ends around it (see RelationCues in the ontology model). */
export type CueKind = "verb" | "receiverVerb" | "noun" | "agentNoun" | "phrase" | "preposition" | "mutual";

/** One form of one cue of one relation type. */
export interface Cue {
  relationType: RelationType;
  kind: CueKind;
  /** The cue as the ontology writes it (its base form), for the proposal's comment. */
  base: string;
  /** True for a verb form that can be a past participle ("supplied", "shot down"): a passive is possible. */
  participle: boolean;
}

/** Everything the sentence reader matches, built once per ontology and language. */
export interface CompiledCues {
  relations: PhraseTrie<Cue>;
  stances: PhraseTrie<Exclude<Status, "reported">>;
  speech: PhraseTrie<string>;
  speakerBefore: PhraseTrie<string>;
  negations: PhraseTrie<string>;
  concessives: PhraseTrie<string>;
  set: (words: readonly string[]) => Set<string>;
  /** Relation types a statement gives ("stated"). */
  speechTypes: RelationType[];
  /** Relation types given by a name's modifier ("Iranian drones"). */
  modifierTypes: RelationType[];
  /** Relation types that place a name in another ("in", "inside": located in). */
  placeTypes: RelationType[];
  /** The ontology's entity-type cue words -> entity type ids. */
  entityTypeCues: Map<string, string[]>;
}

/**
 * The forms of every verb cue: base, third person, past (also the participle for regular verbs)
 * and gerund. compromise conjugates English verbs; it is given the head verb of each cue in one
 * document ("They supply. They shoot."), since parsing one document is far cheaper than one per
 * verb, and the words after the head are kept as written ("shoot down" -> "shot down").
 */
function verbForms(verbs: readonly string[]): Map<string, { form: string; participle: boolean }[]> {
  const heads = [...new Set(verbs.map((v) => v.split(/\s+/)[0]!))];
  const doc = nlp(heads.map((h) => `They ${h}.`).join(" "));
  const byHead = new Map<string, Record<string, string>>();
  // Matched back by infinitive: a head compromise does not read as a verb ("down") keeps its written form only.
  for (const conjugated of doc.verbs().conjugate() as Record<string, string>[]) {
    if (conjugated.Infinitive) byHead.set(conjugated.Infinitive, conjugated);
  }
  const out = new Map<string, { form: string; participle: boolean }[]>();
  for (const verb of verbs) {
    const [head, ...rest] = verb.split(/\s+/);
    const tail = rest.length ? ` ${rest.join(" ")}` : "";
    const c = byHead.get(head!);
    const forms = [{ form: verb, participle: false }];
    if (c) {
      for (const key of ["PresentTense", "Gerund"]) if (c[key]) forms.push({ form: c[key] + tail, participle: false });
      if (c.PastTense) forms.push({ form: c.PastTense + tail, participle: true });
    }
    out.set(verb, forms);
  }
  return out;
}

/** Plural forms of a noun cue: of its last word, or of the word before a closing preposition ("concerns about"). */
function nounForms(noun: string, language: Language): string[] {
  const words = noun.split(/\s+/);
  const markers = new Set([...language.targetMarkers, ...language.sourceMarkers, "about", "over", "between"]);
  const head = words.length > 1 && markers.has(words[words.length - 1]!) ? words.length - 2 : words.length - 1;
  const plural = pluralOf(words[head]!, language);
  if (!plural) return [noun];
  const other = [...words];
  other[head] = plural;
  return [noun, other.join(" ")];
}

const cache = new WeakMap<Ontology, WeakMap<Language, CompiledCues>>();
/** Verb forms by the cue lists they came from: conjugating is the costly part, and the same ontology is often read again. */
const verbFormCache = new Map<string, Map<string, { form: string; participle: boolean }[]>>();

/** Compiles the cues of `ontology` with `language`; cached per ontology and language object. */
export function compileCues(ontology: Ontology, language: Language): CompiledCues {
  const perOntology = cache.get(ontology) ?? new WeakMap<Language, CompiledCues>();
  cache.set(ontology, perOntology);
  const known = perOntology.get(language);
  if (known) return known;

  const relations = new PhraseTrie<Cue>();
  const add = (form: string, cue: Cue) => relations.add(phraseKey(form), cue);
  const verbs = ontology.relationTypes.flatMap((t) => [...(t.cues?.verbs ?? []), ...(t.cues?.receiverVerbs ?? [])]);
  const verbKey = verbs.join("|");
  const forms = verbFormCache.get(verbKey) ?? verbForms(verbs);
  verbFormCache.set(verbKey, forms);
  for (const relationType of ontology.relationTypes) {
    const cues = relationType.cues;
    if (!cues) continue;
    for (const verb of cues.verbs) {
      for (const { form, participle } of forms.get(verb)!) add(form, { relationType, kind: "verb", base: verb, participle });
    }
    for (const verb of cues.receiverVerbs) {
      for (const { form, participle } of forms.get(verb)!) add(form, { relationType, kind: "receiverVerb", base: verb, participle });
    }
    for (const noun of cues.nouns) for (const form of nounForms(noun, language)) add(form, { relationType, kind: "noun", base: noun, participle: false });
    for (const noun of cues.agentNouns) for (const form of nounForms(noun, language)) add(form, { relationType, kind: "agentNoun", base: noun, participle: false });
    for (const noun of cues.mutual) for (const form of nounForms(noun, language)) add(form, { relationType, kind: "mutual", base: noun, participle: false });
    for (const phrase of cues.phrases) add(phrase, { relationType, kind: "phrase", base: phrase, participle: phrase.split(" ").some((w) => /ed$/.test(w)) });
    for (const preposition of cues.prepositions) add(preposition, { relationType, kind: "preposition", base: preposition, participle: false });
  }

  const wordTrie = (list: readonly string[]) => {
    const trie = new PhraseTrie<string>();
    for (const word of list) trie.add(phraseKey(word), word);
    return trie;
  };
  const stances = new PhraseTrie<Exclude<Status, "reported">>();
  for (const { status, words } of language.stances) for (const word of words) stances.add(phraseKey(word), status);

  const entityTypeCues = new Map<string, string[]>();
  for (const type of ontology.entityTypes) {
    for (const word of type.cues ?? []) {
      const key = phraseKey(word).join(" ");
      entityTypeCues.set(key, [...(entityTypeCues.get(key) ?? []), type.id]);
    }
  }
  const sets = new Map<readonly string[], Set<string>>();
  const compiled: CompiledCues = {
    relations,
    stances,
    speech: wordTrie(language.speechVerbs),
    speakerBefore: wordTrie(language.speakerBefore),
    negations: wordTrie(language.negations),
    concessives: wordTrie(language.concessives),
    set: (words) => {
      let set = sets.get(words);
      if (!set) sets.set(words, (set = new Set(words.map((w) => phraseKey(w).join(" ")))));
      return set;
    },
    speechTypes: ontology.relationTypes.filter((t) => t.cues?.speech),
    modifierTypes: ontology.relationTypes.filter((t) => t.cues?.modifier !== undefined),
    placeTypes: ontology.relationTypes.filter((t) => (t.cues?.prepositions.length ?? 0) > 0),
    entityTypeCues,
  };
  perOntology.set(language, compiled);
  return compiled;
}
