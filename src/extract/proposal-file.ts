// A document's proposal files (entities/ID.proposed.yaml, relations/ID.proposed.yaml): written from proposals, keeping every decision.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { Document, isMap, isSeq, parseDocument, type Node, type YAMLMap } from "yaml";
import { nameKey } from "../model/names.ts";
import type { Proposals, ProposedQuote } from "./proposals.ts";

/** The two files of a document's proposals, relative to the data folder. */
export function proposalPaths(dataDir: string, sourceId: string): { entities: string; relations: string } {
  return { entities: join(dataDir, "entities", `${sourceId}.proposed.yaml`), relations: join(dataDir, "relations", `${sourceId}.proposed.yaml`) };
}

/** A proposal file that cannot be read back: nothing is written over it. */
export class ProposalFileError extends Error {
  override name = "ProposalFileError";
  constructor(readonly file: string, readonly line: number, readonly column: number, message: string) {
    super(message);
  }
}

/** A proposal file as read: its records, and the decisions they hold. */
export interface ProposalFile {
  path: string;
  /** The text as it was, or undefined when there was no file. */
  text: string | undefined;
  document: Document;
  /** The record mappings, in order. */
  records: YAMLMap[];
}

/** Reads a proposal file (a missing one is empty); a file that does not parse as a list is an error with its place. */
export async function readProposalFile(path: string, shown: string): Promise<ProposalFile> {
  let text: string | undefined;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw new ProposalFileError(shown, 1, 1, `cannot read the file (${(error as NodeJS.ErrnoException).code})`);
  }
  const document = parseDocument(text ?? "[]", { prettyErrors: false });
  const first = document.errors[0];
  if (first) {
    const [line, column] = first.linePos?.[0] ? [first.linePos[0].line, first.linePos[0].col] : [1, 1];
    throw new ProposalFileError(shown, line, column, `the file is not valid YAML (${first.message.split("\n")[0]}); fix it or delete it, then run extract again`);
  }
  const root = document.contents as Node | null;
  if (root !== null && !isSeq(root)) throw new ProposalFileError(shown, 1, 1, "the file must be a list of records; fix it or delete it, then run extract again");
  const records = root === null ? [] : (root.items as Node[]).filter((n): n is YAMLMap => isMap(n));
  // The header is written anew on every run; the parser may have attached it to the list or its first record.
  for (const node of [root, ...records] as ({ commentBefore?: string | null } | null)[]) {
    if (node?.commentBefore) node.commentBefore = withoutHeader(node.commentBefore);
  }
  return { path, text, document, records };
}

const field = (record: YAMLMap, key: string): unknown => {
  const value = record.get(key);
  return value === null || value === undefined ? undefined : value;
};

/** The keys by which a decided record stops the same proposal coming back. */
function decisionKeys(record: YAMLMap): string[] {
  const addTo = field(record, "addTo");
  if (typeof addTo === "string") {
    const aliases = record.get("aliases");
    if (isSeq(aliases)) return aliases.items.map((a) => `alias|${addTo}|${nameKey(String((a as { value?: unknown }).value ?? a))}`);
    return [`addTo|${addTo}`];
  }
  const keys: string[] = [];
  const id = field(record, "id");
  if (typeof id === "string") keys.push(`id|${id}`);
  const label = field(record, "label");
  if (typeof label === "string") keys.push(`name|${nameKey(label)}`);
  const [source, type, target, date] = ["source", "type", "target", "date"].map((k) => field(record, k));
  if (source !== undefined && type !== undefined && target !== undefined) keys.push(`claim|${String(source)}|${String(type)}|${String(target)}|${date === undefined ? "" : String(date)}`);
  return keys;
}

/** True for a record someone decided on: accepted (no mark) or rejected. Still-proposed records are replaced by a new run. */
export function isDecided(record: YAMLMap): boolean {
  return field(record, "review") !== "proposed";
}

/**
 * Leaves out of `proposals` what was decided in earlier runs: rejected records (and what depends
 * on a rejected entity) and accepted ones, which the data now holds anyway.
 */
export function withoutDecided(proposals: Proposals, files: ProposalFile[]): Proposals {
  const decided = new Set(files.flatMap((f) => f.records.filter(isDecided).flatMap(decisionKeys)));
  const entities = proposals.entities.filter((e) => !decided.has(`id|${e.id}`) && !decided.has(`name|${nameKey(e.label)}`));
  const gone = new Set(proposals.entities.filter((e) => !entities.includes(e)).map((e) => e.id));
  const keep = (id: string) => !gone.has(id);
  return {
    ...proposals,
    entities,
    aliases: proposals.aliases.filter((a) => !a.aliases.some((name) => decided.has(`alias|${a.addTo}|${nameKey(name)}`)) && keep(a.addTo)),
    relations: proposals.relations.filter((r) =>
      !decided.has(`id|${r.id}`) && !decided.has(`claim|${r.source}|${r.type}|${r.target}|${r.date ?? ""}`) &&
      [r.source, r.target, ...r.items, ...r.evidence.flatMap((q) => q.assertedBy)].every(keep)),
    additions: proposals.additions.filter((a) => !decided.has(`addTo|${a.addTo}`) && a.evidence.every((q) => q.assertedBy.every(keep))),
  };
}

/** Lines of the header every proposal file starts with (see HEADER). */
const HEADER_LINE = /proposes for source "|^ Review each: delete|^ "review: rejected" to reject it|^ Rejected records stay here|^ only the records still marked proposed/;

function withoutHeader(comment: string): string | undefined {
  const lines = comment.split("\n").filter((line) => !HEADER_LINE.test(line));
  while (lines[0] === "") lines.shift();
  return lines.length ? lines.join("\n") : undefined;
}

function comment(why: readonly string[], confidence: number): string {
  return ` cue: ${why.slice(0, 3).join("; ")}${why.length > 3 ? `; and ${why.length - 3} more` : ""} (confidence ${confidence})`;
}

function quoteRecord(sourceId: string, quote: ProposedQuote, relation?: { status: string; assertedBy: string[] }): Record<string, unknown> {
  const out: Record<string, unknown> = { source: sourceId, quote: quote.quote };
  if (!relation || relation.status !== quote.status) out.status = quote.status;
  if (!relation || relation.assertedBy.join() !== quote.assertedBy.join()) out.assertedBy = quote.assertedBy;
  return out;
}

const HEADER = (sourceId: string, what: string) =>
  ` ${what} that \`actorgraph extract\` proposes for source "${sourceId}".\n` +
  " Review each: delete its \"review: proposed\" line (and its confidence) to accept it, write\n" +
  ` "review: rejected" to reject it, or run: actorgraph review ${sourceId} --accept ID --reject ID.\n` +
  " Rejected records stay here so that extract does not propose them again; a new run replaces\n" +
  " only the records still marked proposed.";

function render(file: ProposalFile, sourceId: string, what: string, fresh: { value: Record<string, unknown>; comment: string }[]): string {
  const document = new Document([]);
  document.commentBefore = HEADER(sourceId, what);
  const seq = document.contents as unknown as { items: unknown[] };
  for (const record of file.records) if (isDecided(record)) seq.items.push(record);
  for (const { value, comment } of fresh) {
    const node = document.createNode(value) as Node & { commentBefore?: string };
    node.commentBefore = comment;
    seq.items.push(node);
  }
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** The new text of both proposal files: decided records as they were, then this run's proposals in reading order. */
export function renderProposalFiles(proposals: Proposals, entityFile: ProposalFile, relationFile: ProposalFile): { entities: string; relations: string } {
  const { sourceId } = proposals;
  const entities = [
    ...proposals.entities.map((e) => ({
      at: e.at,
      value: { id: e.id, review: "proposed", confidence: e.confidence, label: e.label, type: e.type, ...(e.aliases.length ? { aliases: e.aliases } : {}), description: e.description },
      comment: comment([e.why], e.confidence),
    })),
    ...proposals.aliases.map((a) => ({ at: a.at, value: { addTo: a.addTo, review: "proposed", confidence: a.confidence, aliases: a.aliases }, comment: comment([a.why], a.confidence) })),
  ].sort((a, b) => a.at - b.at);
  const relations = [
    ...proposals.relations.map((r) => {
      // The claim's own stance is the first that makes it: a denial is a quote against it, not what it is.
      const first = r.evidence.find((q) => q.status !== "denied") ?? r.evidence[0]!;
      const head = { status: first.status, assertedBy: first.assertedBy };
      const value: Record<string, unknown> = { id: r.id, review: "proposed", confidence: r.confidence, source: r.source, type: r.type, target: r.target };
      if (r.date) value.date = r.date;
      value.status = first.status;
      if (first.assertedBy.length) value.assertedBy = first.assertedBy;
      if (r.items.length) value.items = r.items;
      if (Object.keys(r.quantities).length) value.quantities = r.quantities;
      value.evidence = r.evidence.map((q) => quoteRecord(sourceId, q, head));
      return { at: r.evidence[0]!.at, value, comment: comment(r.why, r.confidence) };
    }),
    ...proposals.additions.map((a) => ({
      at: a.evidence[0]!.at,
      value: { addTo: a.addTo, review: "proposed", confidence: a.confidence, evidence: a.evidence.map((q) => quoteRecord(sourceId, q)) },
      comment: comment(a.why, a.confidence),
    })),
  ].sort((a, b) => a.at - b.at);
  return {
    entities: render(entityFile, sourceId, "Entities, and aliases of known entities,", entities),
    relations: render(relationFile, sourceId, "Relations, and quotes for relations defined elsewhere,", relations),
  };
}
