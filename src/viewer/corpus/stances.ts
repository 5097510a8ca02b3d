// What a relation's documents say, as the panels word it: "3 sources · reported by Estmark, confirmed, denied by Valdoria".
import { assertersOf, stanceOf } from "../../model/corroboration.ts";
import type { Evidence, Relation, Source } from "../../model/dataset.ts";
import { STATUSES, type Status } from "../../model/status.ts";
import { counted } from "../../model/wording.ts";
import { byPublication } from "./documents.ts";

/** The parts of a relation the stances are read from. */
export type Claim = Pick<Relation, "status" | "assertedBy" | "evidence">;

/** One stance taken on a claim, and everyone its quotes name as taking it. */
export interface StanceGroup {
  status: Status;
  /** Entity ids in order of first mention; empty when the documents state it themselves. */
  asserters: string[];
}

/** One quote with the stance it takes and who it says makes the claim (its own, else the relation's). */
export interface QuoteStance {
  evidence: Evidence;
  status: Status;
  asserters: readonly string[];
}

/** The quotes of one document on a relation. */
export interface DocumentEvidence {
  sourceId: string;
  /** Undefined when the graph does not list the source (a file opened from elsewhere). */
  source: Source | undefined;
  quotes: QuoteStance[];
}

/**
 * The stances a relation's quotes take, in the order of {@link STATUSES} (reported first, denied
 * last), each with the union of its asserters. A relation without quotes takes its own status.
 */
export function stanceGroups(claim: Claim): StanceGroup[] {
  if (claim.evidence.length === 0) return [{ status: claim.status, asserters: [...claim.assertedBy] }];
  const byStatus = new Map<Status, Set<string>>();
  for (const evidence of claim.evidence) {
    const status = stanceOf(evidence, claim);
    if (!byStatus.has(status)) byStatus.set(status, new Set());
    for (const asserter of assertersOf(evidence, claim)) byStatus.get(status)!.add(asserter);
  }
  return STATUSES.filter((s) => byStatus.has(s)).map((status) => ({ status, asserters: [...byStatus.get(status)!] }));
}

/** "A", "A and B", "A, B and C". */
export function listText(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** "no source", "1 source", "3 sources". */
export function sourcesText(count: number): string {
  return count === 0 ? "no source" : counted(count, "source");
}

/** A stance in words: "denied by Valdoria", or just "confirmed" when nobody is named. */
export function stanceText(group: StanceGroup, label: (id: string) => string): string {
  return group.asserters.length === 0 ? group.status : `${group.status} by ${listText(group.asserters.map(label))}`;
}

/**
 * The relation's corroboration in one line: how many documents, then each stance with who takes it,
 * e.g. "3 sources · reported by Estmark, confirmed, denied by Valdoria". `label` names an entity id.
 */
export function corroborationLine(claim: Claim & { sourceCount: number }, label: (id: string) => string): string {
  return `${sourcesText(claim.sourceCount)} · ${stanceGroups(claim).map((g) => stanceText(g, label)).join(", ")}`;
}

/**
 * A relation's quotes grouped by document, documents by publication date (undated and unknown
 * ones last), quotes in the order the data gives them; `known` is the graph's documents by id (see sourcesById).
 */
export function evidenceByDocument(claim: Claim, known: ReadonlyMap<string, Source>): DocumentEvidence[] {
  const groups = new Map<string, DocumentEvidence>();
  for (const evidence of claim.evidence) {
    if (!groups.has(evidence.source)) groups.set(evidence.source, { sourceId: evidence.source, source: known.get(evidence.source), quotes: [] });
    groups.get(evidence.source)!.quotes.push({ evidence, status: stanceOf(evidence, claim), asserters: assertersOf(evidence, claim) });
  }
  return byPublication([...groups.values()], (g) => g.source?.date);
}

/** The parts of an edge that say which stances its documents take. */
export type StancedEdge = Pick<Relation, "status"> & { stanceCounts: Readonly<Partial<Record<Status, number>>> };

/** The stances a relation's documents take, in {@link STATUSES} order; its own status when it has no quotes. */
export function stancesTaken(edge: StancedEdge): Status[] {
  const taken = STATUSES.filter((s) => edge.stanceCounts[s] !== undefined);
  return taken.length > 0 ? taken : [edge.status];
}

/** True when every document on the relation denies it: the claim is drawn dashed. */
export function isDeniedOnly(edge: StancedEdge): boolean {
  const taken = stancesTaken(edge);
  return taken.length === 1 && taken[0] === "denied";
}

/** The edges every document on them denies: drawn dashed (few, so they are marked by state once per graph). */
export function deniedOnlyEdges(graph: { forEachEdge(callback: (edge: string, attrs: StancedEdge) => void): void }): string[] {
  const denied: string[] = [];
  graph.forEachEdge((edge, attrs) => {
    // Most relations no document denies: they are passed over without working out their stances.
    if ((attrs.stanceCounts?.denied !== undefined || attrs.status === "denied") && isDeniedOnly(attrs)) denied.push(edge);
  });
  return denied;
}
