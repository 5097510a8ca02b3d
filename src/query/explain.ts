// Paths as readable lines: each step with its relation, date, status and who says so, and the quotes under it.
import type { KnowledgeGraph } from "../graph/types.ts";
import type { Path, PathStep } from "./path.ts";

/** How {@link explainPath} writes a path. */
export interface ExplainOptions {
  /** Prefix each step with its number ("1. "). */
  numbered: boolean;
  /** Write the evidence quotes under each step. */
  quotes: boolean;
  /** Indentation of the quote lines. */
  quoteIndent: string;
}

/** Defaults: numbered steps, quotes shown, indented four spaces past the number. */
export const DEFAULT_EXPLAIN_OPTIONS: Readonly<ExplainOptions> = Object.freeze({ numbered: true, quotes: true, quoteIndent: "     " });

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
 * Renders a path as lines, one per step, each followed by its evidence quotes with their source ids:
 *
 * ```text
 * 1. Iran —supplies (reported)→ Russia
 *      "Tehran has provided Russia with hundreds of “suicide drones”" [iran-russia-drones]
 * ```
 * A path without steps (from an entity to itself) is one line naming it.
 */
export function explainPath(graph: KnowledgeGraph, path: Path, partial: Partial<ExplainOptions> = {}): string {
  const options = resolveExplainOptions(partial);
  if (path.steps.length === 0) return `${labelOf(graph, path.from)} (the same entity: no steps)`;
  const lines: string[] = [];
  path.steps.forEach((step, i) => {
    lines.push(`${options.numbered ? `${i + 1}. ` : ""}${explainStep(graph, step)}`);
    if (options.quotes) for (const e of step.evidence) lines.push(`${options.quoteIndent}"${e.quote}" [${e.source}]`);
  });
  return lines.join("\n");
}
