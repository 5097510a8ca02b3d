// Query options compiled into what a search asks at each step: may this relation, this entity, this date be used?
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../graph/types.ts";
import { endOf, parsePartialDate, startOf } from "../model/partial-date.ts";
import type { Status } from "../model/status.ts";
import type { PathQueryOptions } from "./options.ts";
import { adjacencyOf } from "./adjacency.ts";

/** Which way a step travels its relation: from the relation's source to its target, or back. */
export type StepDirection = "forward" | "backward";

/** Lower bound of "no date yet": every `YYYY-MM-DD` sorts after it. */
export const NO_BOUND = "";
/** Upper bound of "no date": every `YYYY-MM-DD` sorts before it. */
export const OPEN_END = "~";

/** Called for each usable step; return true to stop iterating. */
export type StepVisitor = (
  edge: string,
  attrs: EdgeAttributes,
  neighbor: string,
  direction: StepDirection,
  neighborAttrs: NodeAttributes,
) => boolean | void;

/** Anything with a partial date and optional end: a relation's attributes or a path step. */
export interface Dated {
  date?: string;
  end?: string;
}

/** The compiled filters. Dates are compared as `YYYY-MM-DD` text, which sorts chronologically. */
export interface StepRules {
  options: PathQueryOptions;
  /** Whether a relation may be used at all (type, status, date window, undated policy). */
  edgeAllowed: (attrs: EdgeAttributes) => boolean;
  /** Whether a path may pass through an entity (its two ends are always allowed). */
  nodeAllowed: (attrs: NodeAttributes) => boolean;
  /** Whether steps must be in time order. */
  timeRespecting: boolean;
  /** First day a relation may have happened, or NO_BOUND when undated. */
  lo: (item: Dated) => string;
  /** Last day a relation may have happened (its end when it has one), or OPEN_END when undated. */
  hi: (item: Dated) => string;
}

const loCache = new Map<string, string>();
const hiCache = new Map<string, string>();

function dayStart(date: string): string {
  let day = loCache.get(date);
  if (day === undefined) {
    const parsed = parsePartialDate(date);
    day = "error" in parsed ? NO_BOUND : startOf(parsed);
    loCache.set(date, day);
  }
  return day;
}

function dayEnd(date: string): string {
  let day = hiCache.get(date);
  if (day === undefined) {
    const parsed = parsePartialDate(date);
    day = "error" in parsed ? OPEN_END : endOf(parsed);
    hiCache.set(date, day);
  }
  return day;
}

/** First day covered by a relation's date, NO_BOUND when undated. */
export function relationStart(attrs: Dated): string {
  return attrs.date === undefined ? NO_BOUND : dayStart(attrs.date);
}

/** Last day covered by a relation's date or end, OPEN_END when undated. */
export function relationEnd(attrs: Dated): string {
  const last = attrs.end ?? attrs.date;
  return last === undefined ? OPEN_END : dayEnd(last);
}

/** Compiles validated options into {@link StepRules}. */
export function compileRules(options: PathQueryOptions): StepRules {
  const include = options.includeRelationTypes.length ? new Set(options.includeRelationTypes) : null;
  const exclude = new Set(options.excludeRelationTypes);
  const statuses = new Set<Status>(options.statuses);
  const includeNodes = options.includeEntityTypes.length ? new Set(options.includeEntityTypes) : null;
  const excludeNodes = new Set(options.excludeEntityTypes);
  const windowed = options.from !== null || options.to !== null;
  const windowStart = options.from === null ? NO_BOUND : dayStart(options.from);
  const windowEnd = options.to === null ? OPEN_END : dayEnd(options.to);
  const dropUndated = options.undated === "drop" && (windowed || options.timeRespecting);
  return {
    options,
    edgeAllowed(attrs) {
      if (!statuses.has(attrs.status)) return false;
      if (include !== null && !include.has(attrs.type)) return false;
      if (exclude.size > 0 && exclude.has(attrs.type)) return false;
      if (attrs.date === undefined) return !dropUndated;
      // Overlap of the relation's span with the window, each at its own precision.
      return !windowed || (relationEnd(attrs) >= windowStart && relationStart(attrs) <= windowEnd);
    },
    nodeAllowed(attrs) {
      if (includeNodes !== null && !includeNodes.has(attrs.type)) return false;
      return excludeNodes.size === 0 || !excludeNodes.has(attrs.type);
    },
    timeRespecting: options.timeRespecting,
    lo: relationStart,
    hi: relationEnd,
  };
}

/**
 * Visits every usable step out of `node`. With `outward`, steps leave `node` (the walk goes node ->
 * neighbor); otherwise they arrive at it (neighbor -> node), for searches run from the target back.
 * Entity and time checks are the caller's: they depend on the path so far.
 */
export function forEachStep(graph: KnowledgeGraph, node: string, outward: boolean, rules: StepRules, visit: StepVisitor): void {
  const adjacency = adjacencyOf(graph, node);
  // Relations pointing the way the walk goes: out-relations when leaving `node`, in-relations when arriving.
  const along = outward ? adjacency.out : adjacency.in;
  for (let i = 0; i < along.length; i++) {
    const step = along[i]!;
    if (rules.edgeAllowed(step.attrs) && visit(step.edge, step.attrs, step.other, "forward", step.otherAttrs) === true) return;
  }
  // Relations pointing against the walk, taken backwards: any of them, or only undirected ones.
  const anyWay = rules.options.direction === "any";
  const against = outward ? (anyWay ? adjacency.in : adjacency.undirectedIn) : anyWay ? adjacency.out : adjacency.undirectedOut;
  for (let i = 0; i < against.length; i++) {
    const step = against[i]!;
    if (rules.edgeAllowed(step.attrs) && visit(step.edge, step.attrs, step.other, "backward", step.otherAttrs) === true) return;
  }
}
