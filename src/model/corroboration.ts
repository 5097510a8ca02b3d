// What a relation's documents say about it together: how many back it, who reports it, who denies it.
import { NO_IDS, type Evidence, type Relation } from "./dataset.ts";
import { daySpan } from "./partial-date.ts";
import { STATUSES, type Status } from "./status.ts";

/** Counts of source documents by the stance they take on a claim; stances no document takes are left out. */
export type StanceCounts = Readonly<Partial<Record<Status, number>>>;

/** A relation's corroboration, derived from its evidence: never typed by a curator. */
export interface Corroboration {
  /** Distinct source documents among the evidence. */
  sourceCount: number;
  /** Documents per stance; a document quoted with two stances counts under both. */
  stanceCounts: StanceCounts;
  /** Who makes the claim in evidence that does not deny it, in order of first mention. */
  supportedBy: readonly string[];
  /** Who denies it, in order of first mention. */
  deniedBy: readonly string[];
  /** Some evidence denies what other evidence reports or confirms. */
  contested: boolean;
  /** The earliest publication date among its sources, when any of them is dated. */
  firstReported?: string;
}

/** The stance a piece of evidence takes: its own status, else the relation's. */
export function stanceOf(evidence: Evidence, relation: Pick<Relation, "status">): Status {
  return evidence.status ?? relation.status;
}

/** Who makes the claim in a piece of evidence: its own asserters, else the relation's. */
export function assertersOf(evidence: Evidence, relation: Pick<Relation, "assertedBy">): readonly string[] {
  return evidence.assertedBy ?? relation.assertedBy;
}

/** One shared, frozen count object per status: most relations have one document taking one stance. */
const ONE_DOCUMENT = Object.fromEntries(STATUSES.map((status) => [status, Object.freeze({ [status]: 1 })])) as Record<Status, StanceCounts>;

/**
 * Derives a relation's corroboration from its evidence; `sourceDate` gives a source's publication
 * date (YYYY, YYYY-MM or YYYY-MM-DD) or undefined when it is undated or unknown.
 */
export function corroborationOf(relation: Pick<Relation, "status" | "assertedBy" | "evidence">, sourceDate: (sourceId: string) => string | undefined): Corroboration {
  const { evidence } = relation;
  // Stryker disable next-line ConditionalExpression,BlockStatement: the fast path; the general one below derives the same figures
  if (evidence.length === 1) {
    // The common case, without sets or maps: a million single-quote relations are built at once.
    const only = evidence[0]!;
    const stance = stanceOf(only, relation);
    const asserters = assertersOf(only, relation);
    const denied = stance === "denied";
    const date = sourceDate(only.source);
    const single: Corroboration = {
      sourceCount: 1, stanceCounts: ONE_DOCUMENT[stance],
      supportedBy: denied ? NO_IDS : asserters, deniedBy: denied ? asserters : NO_IDS, contested: false,
    };
    if (date !== undefined) single.firstReported = date;
    return single;
  }
  // Lists searched in place rather than sets and "source + stance" keys: a claim has a few
  // documents as a rule, and a corpus has hundreds of thousands of such claims to derive at once.
  const sources: string[] = [];
  /** The stances seen so far in `sources[i]`, so a document counts once per stance. */
  const documentStances: Status[][] = [];
  const stanceCounts: Partial<Record<Status, number>> = {};
  const supportedBy: string[] = [];
  const deniedBy: string[] = [];
  for (const item of evidence) {
    const stance = stanceOf(item, relation);
    let index = sources.indexOf(item.source);
    if (index < 0) index = sources.push(item.source) - 1;
    // Stryker disable next-line ArrayDeclaration: a list that starts with a stray entry still finds none of the statuses in it
    const stances = (documentStances[index] ??= []);
    if (!stances.includes(stance)) {
      stances.push(stance);
      stanceCounts[stance] = (stanceCounts[stance] ?? 0) + 1;
    }
    const asserters = stance === "denied" ? deniedBy : supportedBy;
    for (const asserter of assertersOf(item, relation)) if (!asserters.includes(asserter)) asserters.push(asserter);
  }
  let firstReported: string | undefined;
  // Stryker disable next-line StringLiteral: read only once firstReported is set, which sets it too
  let firstStart = "";
  for (const source of sources) {
    const date = sourceDate(source);
    const start = date === undefined ? undefined : daySpan(date)?.first;
    if (start === undefined) continue;
    if (firstReported === undefined || start < firstStart) {
      firstReported = date;
      firstStart = start;
    }
  }
  const contested = stanceCounts.denied !== undefined && (stanceCounts.reported !== undefined || stanceCounts.confirmed !== undefined);
  const derived: Corroboration = {
    sourceCount: sources.length, stanceCounts,
    supportedBy: supportedBy.length > 0 ? supportedBy : NO_IDS, deniedBy: deniedBy.length > 0 ? deniedBy : NO_IDS, contested,
  };
  if (firstReported !== undefined) derived.firstReported = firstReported;
  return derived;
}

/** True when at least one of the relation's documents takes one of `statuses` as its stance. */
export function hasStanceIn(relation: Pick<Relation, "status" | "evidence">, statuses: ReadonlySet<Status> | readonly Status[]): boolean {
  const has = (status: Status) => ("has" in statuses ? statuses.has(status) : statuses.includes(status));
  for (const item of relation.evidence) if (has(stanceOf(item, relation))) return true;
  return false;
}
