// Accepting and rejecting proposals in a document's proposal files (`actorgraph review`).
import { isMap, isScalar, isSeq, type YAMLMap } from "yaml";
import { counted } from "../model/wording.ts";
import { type ProposalFile } from "./proposal-file.ts";

/** A record still marked proposed, as `review` lists it. */
export interface PendingProposal {
  id: string;
  kind: "entity" | "alias" | "relation" | "quotes";
  /** The record's summary line: "iran -supplies-> russia (reported)", "Ilse Marrow (official)". */
  summary: string;
  /** The cue comment extract wrote above it. */
  cue: string;
}

/** What a review did. */
export interface ReviewOutcome {
  accepted: string[];
  rejected: string[];
  /** Ids asked for that no record of the files has. */
  unknown: string[];
}

const text = (record: YAMLMap, key: string): string | undefined => {
  const value = record.get(key);
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined;
};

/** The id by which `review` names a record: its `id`, or the id its `addTo` names. */
export function recordId(record: YAMLMap): string | undefined {
  return text(record, "id") ?? text(record, "addTo");
}

function strings(node: unknown): string[] {
  if (isSeq(node)) return node.items.flatMap((item) => (isScalar(item) && typeof item.value === "string" ? [item.value] : []));
  if (isScalar(node) && typeof node.value === "string") return [node.value];
  return [];
}

/** Every entity id a relation record names: ends, items, asserters (its own and its quotes'). */
function entityIdsOf(record: YAMLMap): string[] {
  const ids = [text(record, "source"), text(record, "target")].filter((x): x is string => x !== undefined);
  ids.push(...strings(record.get("items", true)), ...strings(record.get("assertedBy", true)));
  const evidence = record.get("evidence", true);
  if (isSeq(evidence)) for (const quote of evidence.items) if (isMap(quote)) ids.push(...strings(quote.get("assertedBy", true)));
  return ids;
}

const isPending = (record: YAMLMap) => record.get("review") === "proposed";

/** The records of both files still marked proposed. */
export function pendingProposals(entityFile: ProposalFile, relationFile: ProposalFile): PendingProposal[] {
  const out: PendingProposal[] = [];
  const cue = (record: YAMLMap) => ((record as unknown as { commentBefore?: string }).commentBefore ?? "").trim();
  for (const record of entityFile.records.filter(isPending)) {
    const addTo = text(record, "addTo");
    if (addTo) out.push({ id: addTo, kind: "alias", summary: `${addTo} also named ${strings(record.get("aliases", true)).join(", ")}`, cue: cue(record) });
    else out.push({ id: text(record, "id") ?? "?", kind: "entity", summary: `${text(record, "label") ?? "?"} (${text(record, "type") ?? "?"})`, cue: cue(record) });
  }
  for (const record of relationFile.records.filter(isPending)) {
    const addTo = text(record, "addTo");
    const evidence = record.get("evidence", true);
    const quotes = isSeq(evidence) ? evidence.items.length : 0;
    if (addTo) out.push({ id: addTo, kind: "quotes", summary: `${counted(quotes, "quote")} for ${addTo}`, cue: cue(record) });
    else out.push({ id: text(record, "id") ?? "?", kind: "relation", summary: `${text(record, "source")} -${text(record, "type")}-> ${text(record, "target")} (${text(record, "status") ?? "?"}${text(record, "date") ? `, ${text(record, "date")}` : ""})`, cue: cue(record) });
  }
  return out;
}

function accept(record: YAMLMap): void {
  record.delete("review");
  record.delete("confidence");
}

function reject(record: YAMLMap): void {
  record.set("review", "rejected");
}

/**
 * Accepts and rejects proposals by id, in place in the parsed files. Accepting a relation accepts
 * the proposed entities it names (it could not stand without them); rejecting an entity rejects the
 * proposed relations that name it. Records decided before are left as they are.
 */
export function reviewProposals(entityFile: ProposalFile, relationFile: ProposalFile, acceptIds: readonly string[], rejectIds: readonly string[]): ReviewOutcome {
  const outcome: ReviewOutcome = { accepted: [], rejected: [], unknown: [] };
  const entityRecords = entityFile.records.filter(isPending);
  const relationRecords = relationFile.records.filter(isPending);
  const all = [...entityRecords, ...relationRecords];
  const proposedEntities = new Map(entityRecords.filter((r) => text(r, "id")).map((r) => [text(r, "id")!, r]));
  const known = new Set(all.map(recordId));
  for (const id of [...acceptIds, ...rejectIds]) if (!known.has(id) && !outcome.unknown.includes(id)) outcome.unknown.push(id);
  if (outcome.unknown.length > 0) return outcome;
  const doAccept = (record: YAMLMap) => {
    if (!isPending(record)) return;
    accept(record);
    outcome.accepted.push(recordId(record)!);
  };
  const doReject = (record: YAMLMap) => {
    if (!isPending(record)) return;
    reject(record);
    outcome.rejected.push(recordId(record)!);
  };
  for (const id of rejectIds) {
    for (const record of all.filter((r) => recordId(r) === id)) {
      doReject(record);
      if (proposedEntities.get(id) === record) for (const relation of relationRecords) if (entityIdsOf(relation).includes(id)) doReject(relation);
    }
  }
  for (const id of acceptIds) {
    for (const record of all.filter((r) => recordId(r) === id)) {
      doAccept(record);
      if (relationRecords.includes(record)) for (const entityId of entityIdsOf(record)) {
        const entity = proposedEntities.get(entityId);
        if (entity) doAccept(entity);
      }
    }
  }
  return outcome;
}

/** The file's text after a review. */
export function reviewedText(file: ProposalFile): string {
  return file.document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

