// Paths as readable lines: each step with its relation, date, status and who says so, how many sources back it, and the quotes under it.
import type { KnowledgeGraph } from "../graph/types.ts";
import { assertersOf, stanceOf } from "../model/corroboration.ts";
import type { Evidence } from "../model/dataset.ts";
import { STATUSES } from "../model/status.ts";
import { counted } from "../model/wording.ts";
import type { Path, PathStep } from "./path.ts";

/** How {@link explainPath} writes a path. */
export interface ExplainOptions {
  /** Prefix each step with its number ("1. "). */
  numbered: boolean;
  /**
   * Write under each step how many source documents it has (and how many take each stance when they
   * differ), and for a contested step who denies it, with the denying quote and its source.
   */
  sources: boolean;
  /** Write the evidence quotes under each step. */
  quotes: boolean;
  /** Indentation of the lines under a step. */
  quoteIndent: string;
}

/** Defaults: numbered steps, sources and quotes shown, indented four spaces past the number. */
export const DEFAULT_EXPLAIN_OPTIONS: Readonly<ExplainOptions> = Object.freeze({ numbered: true, sources: true, quotes: true, quoteIndent: "     " });

/** Fills in defaults. */
export function resolveExplainOptions(partial: Partial<ExplainOptions> = {}): ExplainOptions {
  return { ...DEFAULT_EXPLAIN_OPTIONS, ...partial };
}

function labelOf(graph: KnowledgeGraph, id: string): string {
  return graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id;
}

/** "2022-08" or "2022-09 to 2023-06", or "" when undated. */
export function formatWhen(step: Pick<PathStep, "date" | "end">): string {
  if (step.date === undefined) return "";
  return step.end !== undefined && step.end !== step.date ? `${step.date} to ${step.end}` : step.date;
}

/**
 * One step as a line, in the order the path walks it:
 * `Iran —supplies (2022-08, confirmed, per Ukraine, with Iranian drones)→ Russia`; a relation walked against its
 * direction reads `Kyiv ←attacked (reported)— Russia`, an undirected one `A —negotiates with (reported)— B`.
 */
export function explainStep(graph: KnowledgeGraph, step: PathStep): string {
  const asserted = step.assertedBy.length ? `per ${step.assertedBy.map((id) => labelOf(graph, id)).join(", ")}` : "";
  const items = step.items.length ? `with ${step.items.map((id) => labelOf(graph, id)).join(", ")}` : "";
  const details = [formatWhen(step), step.status, asserted, items].filter(Boolean).join(", ");
  const relation = `${step.label} (${details})`;
  const from = labelOf(graph, step.from);
  const to = labelOf(graph, step.to);
  if (!step.directed) return `${from} —${relation}— ${to}`;
  return step.direction === "forward" ? `${from} —${relation}→ ${to}` : `${from} ←${relation}— ${to}`;
}

/**
 * How many documents a step has: "1 source", "2 sources", or with the documents per stance when
 * they take more than one, "3 sources: 1 reported, 1 confirmed, 1 denied (contested)".
 */
export function describeSources(step: Pick<PathStep, "sourceCount" | "stanceCounts" | "contested">): string {
  const count = counted(step.sourceCount, "source");
  const stances = STATUSES.filter((status) => step.stanceCounts[status] !== undefined);
  if (stances.length < 2) return count;
  return `${count}: ${stances.map((status) => `${step.stanceCounts[status]} ${status}`).join(", ")}${step.contested ? " (contested)" : ""}`;
}

/** Who takes the stance in a quote, by label: "Valdoria", "Valdoria, Estmark", or "" when the document itself does. */
function asserterLabels(graph: KnowledgeGraph, evidence: Evidence, step: PathStep): string {
  return assertersOf(evidence, step).map((id) => labelOf(graph, id)).join(", ");
}

/** A denial of a contested step: `Denied by Valdoria: "…" [doc-c]`. */
function denialLine(graph: KnowledgeGraph, evidence: Evidence, step: PathStep): string {
  const who = asserterLabels(graph, evidence, step);
  return `Denied${who ? ` by ${who}` : ""}: "${evidence.quote}" [${evidence.source}]`;
}

/** A quote with its source, and its own stance and asserters where they differ from the step's: `"…" [doc-b, confirmed]`. */
function quoteLine(graph: KnowledgeGraph, evidence: Evidence, step: PathStep): string {
  const own: string[] = [evidence.source];
  if (evidence.status !== undefined && evidence.status !== step.status) own.push(evidence.status);
  const asserters = evidence.assertedBy;
  // Ids are kebab-case, so joined lists compare as the lists do. An empty list of its own (the document
  // states the claim itself) names no one, so it adds nothing to say.
  if (asserters !== undefined && asserters.length > 0 && asserters.join(",") !== step.assertedBy.join(",")) own.push(`per ${asserterLabels(graph, evidence, step)}`);
  return `"${evidence.quote}" [${own.join(", ")}]`;
}

/** The lines under a step: how many sources, who denies it when contested, and the quotes. */
function evidenceLines(graph: KnowledgeGraph, step: PathStep, options: ExplainOptions): string[] {
  const lines: string[] = [];
  // On a contested step the denials are said with the count, so the quote list leaves them out.
  const denials = step.contested ? step.evidence.filter((e) => stanceOf(e, step) === "denied") : [];
  if (options.sources) lines.push(describeSources(step), ...denials.map((e) => denialLine(graph, e, step)));
  if (options.quotes) {
    for (const e of step.evidence) if (!options.sources || !denials.includes(e)) lines.push(quoteLine(graph, e, step));
  }
  return lines.map((line) => `${options.quoteIndent}${line}`);
}

/**
 * Renders a path as lines, one per step, each followed by how many sources it has and its evidence
 * quotes with their source ids; a contested step says who denies it, with the denying quote:
 *
 * ```text
 * 1. Valdoria —supplies (reported, per Estmark, with Kestrel-9)→ Norvask
 *      3 sources: 1 reported, 1 confirmed, 1 denied (contested)
 *      Denied by Valdoria: "The foreign ministry of Valdoria denies …" [doc-c]
 *      "Valdoria has supplied Norvask with Kestrel-9 attack drones" [doc-a]
 *      "Independent monitors confirmed …" [doc-b, confirmed]
 * ```
 * A path without steps (from an entity to itself) is one line naming it.
 */
export function explainPath(graph: KnowledgeGraph, path: Path, partial: Partial<ExplainOptions> = {}): string {
  const options = resolveExplainOptions(partial);
  if (path.steps.length === 0) return `${labelOf(graph, path.from)} (the same entity: no steps)`;
  const lines: string[] = [];
  path.steps.forEach((step, i) => {
    lines.push(`${options.numbered ? `${i + 1}. ` : ""}${explainStep(graph, step)}`, ...evidenceLines(graph, step, options));
  });
  return lines.join("\n");
}
