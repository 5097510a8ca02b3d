// The ontology's shape: entity and relation types, read from graph-data/ontology.yaml.

/** A kind of entity (state, official, weapon...). */
export interface EntityType {
  /** Kebab-case id used in data files, e.g. `state`. */
  id: string;
  label: string;
  description: string;
  /** `#rrggbb`, used by the viewer and exports. */
  color: string;
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
