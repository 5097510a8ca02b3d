// What the extraction assistant proposes: entities, aliases, relations and quotes for known relations.
import type { Status } from "../model/status.ts";

/** A quote of the document with the stance it takes. */
export interface ProposedQuote {
  quote: string;
  status: Status;
  assertedBy: string[];
  /** Where the quote starts in the document: proposals are written in reading order. */
  at: number;
}

/** A new entity. */
export interface ProposedEntity {
  id: string;
  label: string;
  type: string;
  aliases: string[];
  description: string;
  confidence: number;
  why: string;
  at: number;
}

/** New names for a known entity. */
export interface ProposedAlias {
  addTo: string;
  aliases: string[];
  confidence: number;
  why: string;
  at: number;
}

/** A new relation. */
export interface ProposedRelation {
  id: string;
  source: string;
  type: string;
  target: string;
  date?: string;
  items: string[];
  quantities: Record<string, number | string>;
  evidence: ProposedQuote[];
  confidence: number;
  /** The cues that fired, for the reviewer. */
  why: string[];
}

/** Quotes of this document for a relation defined elsewhere: corroboration, or a denial. */
export interface ProposedEvidence {
  addTo: string;
  evidence: ProposedQuote[];
  confidence: number;
  why: string[];
}

/** Everything one run of the assistant proposes for one document. */
export interface Proposals {
  sourceId: string;
  entities: ProposedEntity[];
  aliases: ProposedAlias[];
  relations: ProposedRelation[];
  additions: ProposedEvidence[];
  /** One-line notes for the user (an empty document, nothing found). */
  notes: string[];
  /** How many words the document has, for speed figures. */
  words: number;
}
