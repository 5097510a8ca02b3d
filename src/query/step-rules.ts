// Query options compiled into what a search asks at each step: may this relation, this entity, this date be used?
import type { EdgeAttributes, KnowledgeGraph } from "../graph/types.ts";
import { endOf, parsePartialDate, startOf } from "../model/partial-date.ts";
import type { PathQueryOptions } from "./options.ts";
import { adjacencyOf } from "./adjacency.ts";
import { checkTimeBudget } from "./budget.ts";
import { stanceMask, stancesOf } from "./stance-mask.ts";

/** Which way a step travels its relation: from the relation's source to its target, or back. */
export type StepDirection = "forward" | "backward";

/** Lower bound of "no date yet": every `YYYY-MM-DD` sorts after it. */
export const NO_BOUND = "";
/** Upper bound of "no date": every `YYYY-MM-DD` sorts before it. */
export const OPEN_END = "~";

/**
 * What the filters read of a relation, as the adjacency index copies it (see {@link stepRelationOf}):
 * its type, the stances its documents take, how many documents, whether contested, and its dates.
 */
export interface StepRelation {
  type: string;
  /** The stances its documents take, one bit per status (see stance-mask.ts). */
  stances: number;
  /** Distinct source documents among its evidence. */
  sourceCount: number;
  /** Some evidence denies what other evidence reports or confirms. */
  contested: boolean;
  date?: string | undefined;
  end?: string | undefined;
}

/** What the filters read of a relation's edge attributes (every field present, so all copies share one shape). */
export function stepRelationOf(attrs: EdgeAttributes): StepRelation {
  return { type: attrs.type, stances: stancesOf(attrs.stanceCounts), sourceCount: attrs.sourceCount, contested: attrs.contested, date: attrs.date, end: attrs.end };
}

/** Called for each usable step, with the relation and the type of the entity reached; return true to stop iterating. */
export type StepVisitor = (edge: string, relation: StepRelation, neighbor: string, direction: StepDirection, neighborType: string) => boolean | void;

/** Anything with a partial date and optional end: a relation's attributes or a path step. */
export interface Dated {
  date?: string | undefined;
  end?: string | undefined;
}

/** The compiled filters. Dates are compared as `YYYY-MM-DD` text, which sorts chronologically. */
export interface StepRules {
  options: PathQueryOptions;
  /** Whether a relation may be used at all (type, stances, sources, contested, date window, undated policy). */
  edgeAllowed: (relation: StepRelation) => boolean;
  /** Whether a path may pass through an entity (its two ends are always allowed). */
  nodeAllowed: (entityType: string) => boolean;
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
  // Stryker disable next-line ConditionalExpression: a cache; computing the day again gives the same day
  if (day === undefined) {
    const parsed = parsePartialDate(date);
    day = "error" in parsed ? NO_BOUND : startOf(parsed);
    loCache.set(date, day);
  }
  return day;
}

function dayEnd(date: string): string {
  let day = hiCache.get(date);
  // Stryker disable next-line ConditionalExpression: a cache; computing the day again gives the same day
  if (day === undefined) {
    const parsed = parsePartialDate(date);
    // Stryker disable next-line StringLiteral: endOf of an unreadable date gives "undefined-12-31", which sorts after every YYYY-MM-DD and before OPEN_END, so it compares as OPEN_END does everywhere it is used
    day = "error" in parsed ? OPEN_END : endOf(parsed);
    hiCache.set(date, day);
  }
  return day;
}

/** First day covered by a relation's date, NO_BOUND when undated. */
export function relationStart(attrs: Dated): string {
  // Stryker disable next-line ConditionalExpression: dayStart(undefined) fails to parse and gives NO_BOUND too
  return attrs.date === undefined ? NO_BOUND : dayStart(attrs.date);
}

/** Last day covered by a relation's date or end, OPEN_END when undated. */
export function relationEnd(attrs: Dated): string {
  const last = attrs.end ?? attrs.date;
  // Stryker disable next-line ConditionalExpression: dayEnd(undefined) fails to parse and gives OPEN_END too
  return last === undefined ? OPEN_END : dayEnd(last);
}

/**
 * The compiled filters as a class, not a bag of closures: every query compiles its own rules, and
 * methods shared on the prototype keep the search's call sites monomorphic (fresh closures per query
 * made the typed search measurably slower on the benchmark graph).
 */
class CompiledRules implements StepRules {
  readonly timeRespecting: boolean;
  private readonly include: Set<string> | null;
  private readonly exclude: Set<string>;
  private readonly statuses: number;
  private readonly minSources: number;
  private readonly excludeContested: boolean;
  private readonly includeNodes: Set<string> | null;
  private readonly excludeNodes: Set<string>;
  private readonly windowed: boolean;
  private readonly windowStart: string;
  private readonly windowEnd: string;
  private readonly dropUndated: boolean;

  constructor(readonly options: PathQueryOptions) {
    this.timeRespecting = options.timeRespecting;
    this.include = options.includeRelationTypes.length ? new Set(options.includeRelationTypes) : null;
    this.exclude = new Set(options.excludeRelationTypes);
    this.statuses = stanceMask(options.statuses);
    this.minSources = options.minSources;
    this.excludeContested = options.excludeContested;
    this.includeNodes = options.includeEntityTypes.length ? new Set(options.includeEntityTypes) : null;
    this.excludeNodes = new Set(options.excludeEntityTypes);
    this.windowed = options.from !== null || options.to !== null;
    // Stryker disable next-line ConditionalExpression: dayStart(null) fails to parse ("null") and gives NO_BOUND too
    this.windowStart = options.from === null ? NO_BOUND : dayStart(options.from);
    // Stryker disable next-line ConditionalExpression: dayEnd(null) fails to parse ("null") and gives OPEN_END too
    this.windowEnd = options.to === null ? OPEN_END : dayEnd(options.to);
    this.dropUndated = options.undated === "drop" && (this.windowed || options.timeRespecting);
  }

  edgeAllowed(attrs: StepRelation): boolean {
    // Usable when at least one of its documents takes a stance the query accepts.
    if ((attrs.stances & this.statuses) === 0) return false;
    if (attrs.sourceCount < this.minSources) return false;
    if (this.excludeContested && attrs.contested) return false;
    if (this.include !== null && !this.include.has(attrs.type)) return false;
    // Stryker disable next-line EqualityOperator: a shortcut; an empty set has no type in it either
    if (this.exclude.size > 0 && this.exclude.has(attrs.type)) return false;
    if (attrs.date === undefined) return !this.dropUndated;
    // Overlap of the relation's span with the window, each at its own precision.
    return !this.windowed || (relationEnd(attrs) >= this.windowStart && relationStart(attrs) <= this.windowEnd);
  }

  nodeAllowed(entityType: string): boolean {
    if (this.includeNodes !== null && !this.includeNodes.has(entityType)) return false;
    return this.excludeNodes.size === 0 || !this.excludeNodes.has(entityType);
  }

  lo(item: Dated): string {
    return relationStart(item);
  }

  hi(item: Dated): string {
    return relationEnd(item);
  }
}

/** Compiles validated options into {@link StepRules}. */
export function compileRules(options: PathQueryOptions): StepRules {
  return new CompiledRules(options);
}

/**
 * Visits every usable step out of `node`. With `outward`, steps leave `node` (the walk goes node ->
 * neighbor); otherwise they arrive at it (neighbor -> node), for searches run from the target back.
 * Entity and time checks are the caller's: they depend on the path so far.
 */
export function forEachStep(graph: KnowledgeGraph, node: string, outward: boolean, rules: StepRules, visit: StepVisitor): void {
  // Every walk of every query comes through here: the one place to stop a query over its time budget.
  checkTimeBudget();
  const adjacency = adjacencyOf(graph, node);
  // Relations pointing the way the walk goes: out-relations when leaving `node`, in-relations when arriving.
  const along = outward ? adjacency.out : adjacency.in;
  for (let i = 0; i < along.length; i++) {
    const step = along[i]!;
    if (rules.edgeAllowed(step) && visit(step.edge, step, step.other, "forward", step.otherType) === true) return;
  }
  // Relations pointing against the walk, taken backwards: any of them, or only undirected ones.
  const anyWay = rules.options.direction === "any";
  const against = outward ? (anyWay ? adjacency.in : adjacency.undirectedIn) : anyWay ? adjacency.out : adjacency.undirectedOut;
  for (let i = 0; i < against.length; i++) {
    const step = against[i]!;
    if (rules.edgeAllowed(step) && visit(step.edge, step, step.other, "backward", step.otherType) === true) return;
  }
}
