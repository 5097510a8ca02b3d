// The options every path query shares, as plain serialisable data so the CLI, the viewer's URL and the API agree.
import { didYouMean } from "../load/suggest.ts";
import type { Ontology } from "../model/ontology.ts";
import { endOf, parsePartialDate, startOf } from "../model/partial-date.ts";
import { isStatus, STATUSES, type Status } from "../model/status.ts";
import { counted } from "../model/wording.ts";
import { QueryOptionError } from "./errors.ts";

/** How edges may be walked: along their direction only, or either way. Undirected relation types go both ways in either mode. */
export type Direction = "follow" | "any";

/** What to do with relations the text gives no date for, under a date window or time-respecting search. */
export type UndatedPolicy = "keep" | "drop";

/**
 * Filters shared by every path query. Entity-type filters apply to the entities a path passes
 * through, never to its two ends: the user named those.
 */
export interface PathQueryOptions {
  /** `follow` walks directed relations from source to target only; `any` walks them both ways. */
  direction: Direction;
  /** Relation types that may be used; empty means all. */
  includeRelationTypes: string[];
  /** Relation types that may not be used. */
  excludeRelationTypes: string[];
  /** Entity types a path may pass through; empty means all. */
  includeEntityTypes: string[];
  /** Entity types a path may not pass through. */
  excludeEntityTypes: string[];
  /**
   * Start of the date window (YYYY, YYYY-MM or YYYY-MM-DD), or null. Dates compare at each relation's
   * own precision: a relation dated 2022-11 lies inside a window starting 2022-11-15.
   */
  from: string | null;
  /** End of the date window, inclusive, or null. */
  to: string | null;
  /**
   * Undated relations (most of them: texts rarely date every claim). `keep` lets them through the
   * date window and lets them sit anywhere in a time-respecting path; `drop` leaves them out whenever
   * a date window or time-respecting search is asked for.
   */
  undated: UndatedPolicy;
  /**
   * Each step's date is not earlier than any dated step before it (the supply before the attack).
   * Compared at precision: 2022-11 is not earlier than 2022-11-20.
   */
  timeRespecting: boolean;
  /**
   * Stances that make a relation usable as a link: it is usable when at least one of its documents
   * takes one of these stances (a quote's own status, else the relation's). The default, every status
   * but denied, uses a claim as long as one piece of evidence does not deny it; `["denied"]` finds
   * the claims some document denies.
   */
  statuses: Status[];
  /** Fewest distinct source documents a relation must be quoted from, whatever their stance; 1 lets every relation through. */
  minSources: number;
  /** Leave out contested relations: those some evidence denies while other evidence reports or confirms them. */
  excludeContested: boolean;
  /** Longest path, in steps; null for no limit. */
  maxHops: number | null;
}

/**
 * Defaults: follow directions, every type, no date window, a relation used as long as one of its
 * documents does not deny it, one source enough, contested claims kept, no hop limit.
 */
export const DEFAULT_PATH_QUERY_OPTIONS: Readonly<PathQueryOptions> = Object.freeze({
  direction: "follow",
  includeRelationTypes: [],
  excludeRelationTypes: [],
  includeEntityTypes: [],
  excludeEntityTypes: [],
  from: null,
  to: null,
  undated: "keep",
  timeRespecting: false,
  statuses: STATUSES.filter((s) => s !== "denied"),
  minSources: 1,
  excludeContested: false,
  maxHops: null,
} satisfies PathQueryOptions);

/** Fills in defaults; arrays are copied so callers may keep editing theirs. */
export function resolvePathQueryOptions(partial: Partial<PathQueryOptions> = {}): PathQueryOptions {
  // Field by field rather than `{ ...DEFAULT_PATH_QUERY_OPTIONS, ...partial }`: spreading the frozen
  // defaults took V8's slow path, about 40 µs a query until the JIT caught up thousands of queries
  // later, twice what a whole typed search takes on a 10,000-entity graph. A key given as
  // undefined still overrides its default, as it did with the spread, so validation reports it.
  const pick = <K extends keyof PathQueryOptions>(key: K): PathQueryOptions[K] => (Object.hasOwn(partial, key) ? partial[key]! : DEFAULT_PATH_QUERY_OPTIONS[key]);
  const list = <K extends ListOption>(key: K): PathQueryOptions[K] => {
    const values = pick(key);
    return (Array.isArray(values) ? [...values] : values) as PathQueryOptions[K];
  };
  return {
    direction: pick("direction"),
    includeRelationTypes: list("includeRelationTypes"),
    excludeRelationTypes: list("excludeRelationTypes"),
    includeEntityTypes: list("includeEntityTypes"),
    excludeEntityTypes: list("excludeEntityTypes"),
    from: pick("from"),
    to: pick("to"),
    undated: pick("undated"),
    timeRespecting: pick("timeRespecting"),
    statuses: list("statuses"),
    minSources: pick("minSources"),
    excludeContested: pick("excludeContested"),
    maxHops: pick("maxHops"),
  };
}

type ListOption = "includeRelationTypes" | "excludeRelationTypes" | "includeEntityTypes" | "excludeEntityTypes" | "statuses";

function checkTypes(option: string, values: unknown, known: string[] | undefined, kind: string): void {
  if (!Array.isArray(values) || values.some((v) => typeof v !== "string")) {
    throw new QueryOptionError(option, `${option} must be an array of ${kind} ids, not ${JSON.stringify(values)}`);
  }
  if (!known) return;
  for (const value of values as string[]) {
    if (known.includes(value)) continue;
    const hint = didYouMean(value, known);
    throw new QueryOptionError(option, `unknown ${kind} "${value}" in ${option}; ${hint ?? `known: ${known.join(", ")}`}`);
  }
}

function checkDate(option: string, value: unknown): void {
  if (value === null) return;
  const parsed = typeof value === "string" ? parsePartialDate(value) : { error: `${JSON.stringify(value)} is not a date string` };
  if ("error" in parsed) throw new QueryOptionError(option, `${option}: ${parsed.error}; write YYYY, YYYY-MM or YYYY-MM-DD`);
}

/**
 * Throws a {@link QueryOptionError} naming the first unusable option. With an ontology, relation and
 * entity types are checked against it too, with did-you-mean suggestions.
 */
export function validatePathQueryOptions(options: PathQueryOptions, ontology?: Ontology): void {
  if (options.direction !== "follow" && options.direction !== "any") {
    throw new QueryOptionError("direction", `direction must be "follow" or "any", not ${JSON.stringify(options.direction)}`);
  }
  const relationTypes = ontology?.relationTypes.map((t) => t.id);
  const entityTypes = ontology?.entityTypes.map((t) => t.id);
  checkTypes("includeRelationTypes", options.includeRelationTypes, relationTypes, "relation type");
  checkTypes("excludeRelationTypes", options.excludeRelationTypes, relationTypes, "relation type");
  checkTypes("includeEntityTypes", options.includeEntityTypes, entityTypes, "entity type");
  checkTypes("excludeEntityTypes", options.excludeEntityTypes, entityTypes, "entity type");
  checkDate("from", options.from);
  checkDate("to", options.to);
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a null end parses as an error ("null" is no date), which the check below skips just as this guard does
  if (options.from !== null && options.to !== null) {
    const from = parsePartialDate(options.from);
    const to = parsePartialDate(options.to);
    // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: checkDate above already refused any end that does not parse, so neither holds an error here
    if (!("error" in from) && !("error" in to) && startOf(from) > endOf(to)) {
      throw new QueryOptionError("from", `the date window is empty: from ${options.from} is after to ${options.to}; swap them`);
    }
  }
  if (options.undated !== "keep" && options.undated !== "drop") {
    throw new QueryOptionError("undated", `undated must be "keep" or "drop", not ${JSON.stringify(options.undated)}`);
  }
  if (typeof options.timeRespecting !== "boolean") {
    throw new QueryOptionError("timeRespecting", `timeRespecting must be true or false, not ${JSON.stringify(options.timeRespecting)}`);
  }
  if (!Array.isArray(options.statuses) || options.statuses.length === 0) {
    throw new QueryOptionError("statuses", `statuses must list at least one of ${STATUSES.join(", ")}; with none, no relation could be used`);
  }
  for (const status of options.statuses) {
    if (!isStatus(status)) {
      const hint = didYouMean(String(status), STATUSES);
      throw new QueryOptionError("statuses", `unknown status "${String(status)}"; ${hint ?? `statuses: ${STATUSES.join(", ")}`}`);
    }
  }
  if (!Number.isInteger(options.minSources) || options.minSources < 1) {
    throw new QueryOptionError("minSources", `minSources must be a whole number >= 1 (1 lets every relation through), not ${JSON.stringify(options.minSources)}`);
  }
  if (typeof options.excludeContested !== "boolean") {
    throw new QueryOptionError("excludeContested", `excludeContested must be true or false, not ${JSON.stringify(options.excludeContested)}`);
  }
  if (options.maxHops !== null && (!Number.isInteger(options.maxHops) || options.maxHops < 1)) {
    throw new QueryOptionError("maxHops", `maxHops must be a whole number >= 1 or null for no limit, not ${JSON.stringify(options.maxHops)}`);
  }
}

/** Names of the filters a "no path" answer can blame, in the order they are reported. */
export type FilterName =
  | "direction"
  | "relationTypes"
  | "entityTypes"
  | "dateWindow"
  | "undated"
  | "timeRespecting"
  | "statuses"
  | "minSources"
  | "contested"
  | "maxHops";

/** One filter: whether the options use it, how to lift it, and how to say what it does. */
export interface FilterSpec {
  name: FilterName;
  isActive: (options: PathQueryOptions) => boolean;
  /** The same options with this filter lifted. */
  lift: (options: PathQueryOptions) => PathQueryOptions;
  describe: (options: PathQueryOptions) => string;
}

const list = (values: string[]): string => values.join(", ");
/** "a", "a or b", "a, b or c". */
const either = (values: string[]): string => (values.length > 1 ? `${list(values.slice(0, -1))} or ${values[values.length - 1]}` : list(values));

/** Every filter of {@link PathQueryOptions}: the one table that "no path" explanations and summaries read. */
export const PATH_FILTERS: readonly FilterSpec[] = [
  {
    name: "direction",
    isActive: (o) => o.direction === "follow",
    lift: (o) => ({ ...o, direction: "any" }),
    describe: () => "relations walked in their own direction only",
  },
  {
    name: "relationTypes",
    isActive: (o) => o.includeRelationTypes.length > 0 || o.excludeRelationTypes.length > 0,
    lift: (o) => ({ ...o, includeRelationTypes: [], excludeRelationTypes: [] }),
    describe: (o) =>
      [o.includeRelationTypes.length ? `only ${list(o.includeRelationTypes)}` : "", o.excludeRelationTypes.length ? `not ${list(o.excludeRelationTypes)}` : ""]
        .filter(Boolean)
        .join("; ") + " relations",
  },
  {
    name: "entityTypes",
    isActive: (o) => o.includeEntityTypes.length > 0 || o.excludeEntityTypes.length > 0,
    lift: (o) => ({ ...o, includeEntityTypes: [], excludeEntityTypes: [] }),
    describe: (o) =>
      "passing through " +
      [o.includeEntityTypes.length ? `only ${list(o.includeEntityTypes)}` : "", o.excludeEntityTypes.length ? `no ${list(o.excludeEntityTypes)}` : ""]
        .filter(Boolean)
        .join("; ") + " entities",
  },
  {
    name: "dateWindow",
    isActive: (o) => o.from !== null || o.to !== null,
    lift: (o) => ({ ...o, from: null, to: null }),
    describe: (o) => `dated ${o.from ? `from ${o.from}` : ""}${o.from && o.to ? " " : ""}${o.to ? `to ${o.to}` : ""}`,
  },
  {
    name: "undated",
    isActive: (o) => o.undated === "drop" && (o.from !== null || o.to !== null || o.timeRespecting),
    lift: (o) => ({ ...o, undated: "keep" }),
    describe: () => "undated relations left out",
  },
  {
    name: "timeRespecting",
    isActive: (o) => o.timeRespecting,
    lift: (o) => ({ ...o, timeRespecting: false }),
    describe: () => "each step dated no earlier than the steps before it",
  },
  {
    name: "statuses",
    isActive: (o) => STATUSES.some((s) => !o.statuses.includes(s)),
    lift: (o) => ({ ...o, statuses: [...STATUSES] }),
    describe: (o) => `status ${either(STATUSES.filter((s) => o.statuses.includes(s)))} in at least one source`,
  },
  {
    name: "minSources",
    isActive: (o) => o.minSources > 1,
    lift: (o) => ({ ...o, minSources: 1 }),
    describe: (o) => `quoted from at least ${o.minSources} sources`,
  },
  {
    name: "contested",
    isActive: (o) => o.excludeContested,
    lift: (o) => ({ ...o, excludeContested: false }),
    describe: () => "contested claims left out",
  },
  {
    name: "maxHops",
    isActive: (o) => o.maxHops !== null,
    lift: (o) => ({ ...o, maxHops: null }),
    describe: (o) => `at most ${counted(o.maxHops!, "step")}`, // only described when active, so not null
  },
];

/** The active filters in words, e.g. `["relations walked in their own direction only", "status reported, ... or planned in at least one source"]`. */
export function describeFilters(options: PathQueryOptions): string[] {
  return PATH_FILTERS.filter((f) => f.isActive(options)).map((f) => f.describe(options));
}
