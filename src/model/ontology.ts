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

/** A kind of relation and the entity types it may connect. */
export interface RelationType {
  id: string;
  label: string;
  description: string;
  color: string;
  /** False when the relation reads the same both ways (negotiates-with). */
  directed: boolean;
  /** Entity type ids allowed at the source end. */
  from: string[];
  /** Entity type ids allowed at the target end. */
  to: string[];
  /** Whether an entity may relate to itself. */
  selfLoops: boolean;
}

/** The one table that drives validation, colours, legends, CLI help and export schemas. */
export interface Ontology {
  entityTypes: EntityType[];
  relationTypes: RelationType[];
}
