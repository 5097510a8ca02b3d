// URL query parameters -> query options, under the same names as the CLI's flags (`only`, `min-sources`, `time-respecting`...).
import type { KnowledgeGraph } from "../graph/types.ts";
import { didYouMean } from "../load/suggest.ts";
import { STATUSES, type Status } from "../model/status.ts";
import { QueryOptionError } from "../query/errors.ts";
import { resolvePathQueryOptions, validatePathQueryOptions, type PathQueryOptions } from "../query/options.ts";
import type { ServeLimits } from "./limits.ts";

/** A request the API refuses: its HTTP status, the error code (as the CLI names it), a message and a hint. */
export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly hint?: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** The filter parameters every path and neighbour query takes: the CLI's filter flags without their dashes. */
export const FILTER_PARAMETERS = [
  "direction",
  "only",
  "exclude",
  "entity-types",
  "exclude-entity-types",
  "from",
  "to",
  "undated",
  "time-respecting",
  "status",
  "min-sources",
  "exclude-contested",
] as const;

/** Refuses any parameter not in `allowed`, naming the nearest one it could mean. */
export function checkParameterNames(params: URLSearchParams, allowed: readonly string[], limits: ServeLimits): void {
  for (const [name, value] of params) {
    if (!allowed.includes(name)) {
      const hint = didYouMean(name, allowed);
      throw new ApiError(400, "unknown-parameter", `unknown parameter "${name}"`, hint ?? `parameters here: ${allowed.join(", ") || "none"}`);
    }
    if (value.length > limits.maxParameterLength) throw new ApiError(400, "too-long", `parameter "${name}" is ${value.length} characters, over the limit of ${limits.maxParameterLength}`);
    if (params.getAll(name).length > 1) throw new ApiError(400, "bad-option", `parameter "${name}" is given more than once`, "give each parameter once; lists are comma-separated");
  }
}

/** A whole number between `min` and `max`, or `fallback` when the parameter is absent. */
export function integerParameter(params: URLSearchParams, name: string, fallback: number | undefined, min: number, max: number): number | undefined {
  const raw = params.get(name);
  if (raw === null) return fallback;
  const n = Number(raw);
  if (raw.trim() === "" || !Number.isInteger(n) || n < min) throw new ApiError(400, "bad-option", `${name} takes a whole number >= ${min}, not "${raw}"`);
  if (n > max) throw new ApiError(400, "too-large", `${name} is ${n}, over this server's limit of ${max}`, `ask for ${max} or fewer`);
  return n;
}

/** A flag: absent or `false` is off; present empty or `true` is on. */
export function booleanParameter(params: URLSearchParams, name: string): boolean {
  const raw = params.get(name);
  if (raw === null || raw === "false") return false;
  if (raw === "" || raw === "true") return true;
  throw new ApiError(400, "bad-option", `${name} takes true or false, not "${raw}"`);
}

const list = (value: string | null): string[] => (value === null ? [] : value.split(",").map((s) => s.trim()).filter(Boolean));

/**
 * The path query options the filter parameters ask for, validated against the graph's ontology;
 * a bad value is a 400 `bad-option` error with the message the CLI gives for the same flag.
 */
export function queryOptionsFromParams(params: URLSearchParams, graph: KnowledgeGraph, maxHops: number | null): PathQueryOptions {
  const status = params.get("status");
  const statuses = status === null ? undefined : status.trim() === "all" ? [...STATUSES] : (list(status) as Status[]);
  const direction = params.get("direction");
  const undated = params.get("undated");
  const options = resolvePathQueryOptions({
    ...(direction !== null ? { direction: direction as PathQueryOptions["direction"] } : {}),
    includeRelationTypes: list(params.get("only")),
    excludeRelationTypes: list(params.get("exclude")),
    includeEntityTypes: list(params.get("entity-types")),
    excludeEntityTypes: list(params.get("exclude-entity-types")),
    from: params.get("from"),
    to: params.get("to"),
    ...(undated !== null ? { undated: undated as PathQueryOptions["undated"] } : {}),
    timeRespecting: booleanParameter(params, "time-respecting"),
    ...(statuses ? { statuses } : {}),
    minSources: integerParameter(params, "min-sources", 1, 1, Number.MAX_SAFE_INTEGER) ?? 1,
    excludeContested: booleanParameter(params, "exclude-contested"),
    maxHops,
  });
  try {
    validatePathQueryOptions(options, graph.getAttributes().ontology);
  } catch (error) {
    if (error instanceof QueryOptionError) throw new ApiError(400, "bad-option", error.message);
    throw error;
  }
  return options;
}
