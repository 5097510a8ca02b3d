// The ontology's shape: entity and relation types, read from graph-data/ontology.yaml.

/** A kind of entity (state, official, weapon...). */
export interface EntityType {
  /** Kebab-case id used in data files, e.g. `state`. */
  id: string;
  label: string;
  description: string;
  /** `#rrggbb`, used by the viewer and exports. */
  color: string;
  /** Words that make a name of this type when they head or title it ("Minister" -> official, "drone" -> weapon); for extraction. */
  cues?: string[];
}

/**
 * A family of relation types (military, support, statements...): the legend groups relation types
 * by family, and the types of one family share a hue.
 */
export interface RelationFamily {
  id: string;
  label: string;
  description: string;
}

/** A kind of relation and the entity types it may connect. */
export interface RelationType {
  id: string;
  label: string;
  description: string;
  color: string;
  /** The id of its {@link RelationFamily}; absent in an ontology that lists no families. */
  family?: string;
  /** False when the relation reads the same both ways (negotiates-with). */
  directed: boolean;
  /** Entity type ids allowed at the source end. */
  from: string[];
  /** Entity type ids allowed at the target end. */
  to: string[];
  /** Whether an entity may relate to itself. */
  selfLoops: boolean;
  /** The words that signal this relation in a sentence, for the extraction assistant. */
  cues?: RelationCues;
}

/**
 * How a relation type shows in text (`cues:` of a relation type in ontology.yaml). Words are written
 * in their base form; the extractor derives the inflections. All lists may be empty.
 */
export interface RelationCues {
  /** Verbs and verb phrases: "supply", "shoot down". The subject is the source, the object the target (passive: reversed). */
  verbs: string[];
  /** Verbs whose subject is the target and whose "from X" is the source: "Russia bought drones from Iran" (Iran supplies Russia). */
  receiverVerbs: string[];
  /** Action nouns: "sale", "attack". Possessive or "by X" is the source; "of/on/to/against X" the target. */
  nouns: string[];
  /** Nouns for the doer: "backer", "supplier". "X is Y's backer": X is the source, Y the target. */
  agentNouns: string[];
  /** Fixed phrases read like a verb: "dependent on", "alignment with". */
  phrases: string[];
  /** Prepositions joining the two ends directly: "X in Y", "X inside Y". */
  prepositions: string[];
  /** Nouns that relate two sides both ways: "X-Y partnership", "relationship between X and Y". */
  mutual: string[];
  /**
   * A modifier of a name gives this relation: "Iranian drones" (the modifier is the `source`, Iran
   * produces them) or "Russian soldiers" (the modifier is the `target`: they are part of Russia).
   */
  modifier?: "source" | "target";
  /** True when a statement ("X said ...") gives this relation from the speaker to what is spoken about. */
  speech: boolean;
  /** True when weapons named in the sentence are this relation's `items`. */
  items: boolean;
  /** True when numbers before its items become `quantities`. */
  counts: boolean;
}

/** A readable name for a quantity relations carry (`shotDown` -> "shot down"). */
export interface QuantityName {
  /** The camelCase name as relations write it under `quantities`. */
  id: string;
  label: string;
}

/** A kind of source document (article, report, statement...). */
export interface SourceKind {
  id: string;
  description: string;
}

/** The kinds a source may have when the ontology lists none of its own. */
export const DEFAULT_SOURCE_KINDS: readonly SourceKind[] = [
  { id: "article", description: "a news or magazine article" },
  { id: "report", description: "a report by a government, an organisation or researchers" },
  { id: "statement", description: "an official statement or press release" },
  { id: "transcript", description: "a speech, interview or briefing, written down" },
  { id: "dataset", description: "structured data, such as an event table" },
  { id: "social-media", description: "a post on a social network" },
  { id: "other", description: "any other document" },
];

/** The one table that drives validation, colours, legends, CLI help and export schemas. */
export interface Ontology {
  entityTypes: EntityType[];
  relationTypes: RelationType[];
  /** The kinds a source document may have: the ontology's `sourceKinds`, else {@link DEFAULT_SOURCE_KINDS}. */
  sourceKinds: SourceKind[];
  /** The families relation types belong to, in legend order; absent when the ontology lists none. */
  relationFamilies?: RelationFamily[];
  /** Readable names of quantities; a quantity not listed is shown by its camelCase name split into words. */
  quantityNames?: QuantityName[];
}

/**
 * The ontology without its extraction cues: what a built graph carries. Cues only serve the
 * extraction assistant, and would make every exported graph larger without telling a reader anything.
 */
export function ontologyWithoutCues(ontology: Ontology): Ontology {
  const entityTypes = ontology.entityTypes.map(({ cues: _cues, ...type }) => type);
  const relationTypes = ontology.relationTypes.map(({ cues: _cues, ...type }) => type);
  return { ...ontology, entityTypes, relationTypes };
}
