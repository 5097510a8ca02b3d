// The read-only JSON API over a loaded graph: one request path and query in, a status and a JSON body out. No HTTP here, so tests call it directly.
import type { KnowledgeGraph } from "../graph/types.ts";
import { suggest } from "../load/suggest.ts";
import { nameKey } from "../model/names.ts";
import { itemRelationsOf } from "../query/adjacency.ts";
import { QueryBudgetError, withinTimeBudget } from "../query/budget.ts";
import { QueryOptionError, UnknownEntityError } from "../query/errors.ts";
import { neighborhood } from "../query/neighborhood.ts";
import type { Path } from "../query/path.ts";
import { allShortestPaths, allSimplePaths, kShortestPaths, shortestPath } from "../query/paths.ts";
import { resolveEntity } from "../query/resolve-entity.ts";
import { computeStats } from "../query/stats.ts";
import { whyNoPath } from "../query/why-no-path.ts";
import { DEFAULT_SERVE_LIMITS, type ServeLimits } from "./limits.ts";
import { ApiError, booleanParameter, checkParameterNames, FILTER_PARAMETERS, integerParameter, queryOptionsFromParams } from "./query-params.ts";

/** Where the API lives, under the server's root. */
export const API_PREFIX = "/api";

/** The path the OpenAPI description is served at. */
export const OPENAPI_PATH = `${API_PREFIX}/openapi.json`;

/** What the API answers: an HTTP status and a body to send as JSON. */
export interface ApiResponse {
  status: number;
  body: unknown;
}

/** The error body every failed request gets: the code (as the CLI names it), a message, and a hint when there is one. */
export interface ApiErrorBody {
  error: { code: string; message: string; hint?: string; [detail: string]: unknown };
}

/** The ways `/paths` searches, as the CLI's `path` modes. */
export const PATH_MODES = ["shortest", "all", "k", "simple"] as const;

/** An entity as lists show it. */
function entitySummary(graph: KnowledgeGraph, id: string) {
  const { label, type } = graph.getNodeAttributes(id);
  return { id, label, type };
}

/** A relation as lists show it: its ends, type, date, status and how many documents back it, without the quotes. */
function relationSummary(graph: KnowledgeGraph, id: string) {
  const a = graph.getEdgeAttributes(id);
  return {
    id,
    source: graph.source(id),
    target: graph.target(id),
    type: a.type,
    label: a.label,
    directed: a.directed,
    ...(a.date !== undefined ? { date: a.date } : {}),
    ...(a.end !== undefined ? { end: a.end } : {}),
    status: a.status,
    sourceCount: a.sourceCount,
    contested: a.contested,
  };
}

/** Resolves a name to an entity id, or fails with 404 `unknown-entity` and the CLI's did-you-mean. */
function entityNamed(graph: KnowledgeGraph, name: string): string {
  const found = resolveEntity(graph, name);
  if (found.ok) return found.id;
  const hint = found.suggestions.length
    ? `did you mean ${found.suggestions.map((s) => `"${s.id}" (${s.label})`).join(" or ")}?`
    : "no entity has a close id, label or alias; /api/entities?q=TEXT searches them";
  throw new ApiError(404, "unknown-entity", `unknown entity "${name}"`, hint, { suggestions: found.suggestions });
}

/** Splits `/api/a/b` into its decoded segments after the prefix; a malformed escape is a 400. */
function segmentsOf(pathname: string): string[] {
  const rest = pathname.slice(API_PREFIX.length).split("/").filter((s) => s.length > 0);
  try {
    return rest.map((s) => decodeURIComponent(s));
  } catch {
    throw new ApiError(400, "bad-request", `the path ${JSON.stringify(pathname)} has a malformed %-escape`);
  }
}

/** Runs a query under the server's time budget; one that runs past it is stopped and answered 503 `query-budget`. */
function budgeted<T>(limits: ServeLimits, what: string, query: () => T): T {
  try {
    return withinTimeBudget(limits.timeBudgetMs, query);
  } catch (error) {
    if (!(error instanceof QueryBudgetError)) throw error;
    throw new ApiError(503, "query-budget", `${what} ran past this server's time budget of ${limits.timeBudgetMs} ms and was stopped`, "narrow it: fewer paths (k), fewer hops (max-hops, hops), or filters (only, from, to, min-sources)");
  }
}

/** Above this many relations an unknown relation id gets no suggestions: the comparison would cost more than a query. */
const MAX_RELATIONS_TO_SUGGEST_FROM = 50_000;

type Handler = (graph: KnowledgeGraph, segments: string[], params: URLSearchParams, limits: ServeLimits) => unknown;

function stats(graph: KnowledgeGraph, _segments: string[], params: URLSearchParams, limits: ServeLimits) {
  checkParameterNames(params, ["top"], limits);
  const top = integerParameter(params, "top", 10, 1, limits.maxListed)!;
  return computeStats(graph, top);
}

function searchEntities(graph: KnowledgeGraph, params: URLSearchParams, limits: ServeLimits) {
  checkParameterNames(params, ["q", "limit"], limits);
  const q = params.get("q");
  if (q === null || q.trim() === "") throw new ApiError(400, "bad-option", "q is required: the text to look for in ids, labels and aliases");
  const limit = integerParameter(params, "limit", 20, 1, limits.maxListed)!;
  const wanted = nameKey(q);
  const entities: ReturnType<typeof entitySummary>[] = [];
  let total = 0;
  graph.forEachNode((id, a) => {
    if (![id, a.label, ...a.aliases].some((name) => nameKey(name).includes(wanted))) return;
    total++;
    if (entities.length < limit) entities.push(entitySummary(graph, id));
  });
  return { q, total, entities };
}

function entity(graph: KnowledgeGraph, segments: string[], params: URLSearchParams, limits: ServeLimits) {
  if (segments.length === 1) return searchEntities(graph, params, limits);
  checkParameterNames(params, ["limit"], limits);
  const limit = integerParameter(params, "limit", 200, 1, limits.maxListed)!;
  const id = entityNamed(graph, segments[1]!);
  const listed = (edges: readonly string[]) => ({ total: edges.length, relations: edges.slice(0, limit).map((e) => relationSummary(graph, e)) });
  return {
    entity: { id, ...graph.getNodeAttributes(id) },
    outgoing: listed(graph.outEdges(id)),
    incoming: listed(graph.inEdges(id)),
    asItem: listed(itemRelationsOf(graph, id)),
  };
}

function resolveName(graph: KnowledgeGraph, _segments: string[], params: URLSearchParams, limits: ServeLimits) {
  checkParameterNames(params, ["name"], limits);
  const name = params.get("name");
  if (name === null || name.trim() === "") throw new ApiError(400, "bad-option", "name is required: an entity id, label or alias");
  return entitySummary(graph, entityNamed(graph, name));
}

function relation(graph: KnowledgeGraph, segments: string[], params: URLSearchParams, limits: ServeLimits) {
  checkParameterNames(params, [], limits);
  if (segments.length !== 2) throw new ApiError(404, "not-found", "ask for one relation: /api/relations/{id}", "relation ids are in /api/entities/{id} and in every path step");
  const id = segments[1]!;
  if (!graph.hasEdge(id)) {
    // Comparing the id with every relation's costs a distance per relation: on huge graphs, no suggestions.
    const close = graph.size <= MAX_RELATIONS_TO_SUGGEST_FROM ? suggest(id, graph.edges(), 3) : [];
    throw new ApiError(404, "unknown-relation", `unknown relation "${id}"`, close.length ? `did you mean ${close.map((c) => `"${c}"`).join(" or ")}?` : "/api/entities/{id} lists an entity's relations", { suggestions: close });
  }
  const sources = new Map(graph.getAttribute("sources").map((s) => [s.id, s]));
  const attributes = graph.getEdgeAttributes(id);
  return {
    id,
    source: entitySummary(graph, graph.source(id)),
    target: entitySummary(graph, graph.target(id)),
    ...attributes,
    evidence: attributes.evidence.map((e) => {
      const document = sources.get(e.source);
      return { ...e, ...(document ? { sourceTitle: document.title, sourceKind: document.kind, ...(document.date ? { sourceDate: document.date } : {}) } : {}) };
    }),
  };
}

function neighbors(graph: KnowledgeGraph, segments: string[], params: URLSearchParams, limits: ServeLimits) {
  checkParameterNames(params, ["hops", "limit", ...FILTER_PARAMETERS], limits);
  if (segments.length !== 2) throw new ApiError(404, "not-found", "ask for one entity's neighbours: /api/neighbors/{entity}");
  const id = entityNamed(graph, segments[1]!);
  const hops = integerParameter(params, "hops", 1, 0, limits.maxNeighborHops)!;
  const limit = integerParameter(params, "limit", 200, 1, limits.maxListed)!;
  const options = queryOptionsFromParams(params, graph, null);
  const found = budgeted(limits, "this neighbourhood", () => neighborhood(graph, id, hops, options));
  const entities = found.graph.nodes().filter((n) => n !== id).sort((a, b) => found.distance[a]! - found.distance[b]! || a.localeCompare(b));
  const relations = found.graph.edges();
  return {
    center: entitySummary(graph, id),
    hops,
    options,
    total: { entities: entities.length, relations: relations.length, asItem: found.asItem.length },
    entities: entities.slice(0, limit).map((n) => ({ ...entitySummary(graph, n), distance: found.distance[n]! })),
    relations: relations.slice(0, limit).map((e) => relationSummary(graph, e)),
    asItem: found.asItem.slice(0, limit).map((e) => relationSummary(graph, e)),
  };
}

function paths(graph: KnowledgeGraph, segments: string[], params: URLSearchParams, limits: ServeLimits) {
  checkParameterNames(params, ["mode", "k", "max-hops", "explain", ...FILTER_PARAMETERS], limits);
  if (segments.length !== 3) throw new ApiError(404, "not-found", "ask for the paths between two entities: /api/paths/{from}/{to}");
  const from = entityNamed(graph, segments[1]!);
  const to = entityNamed(graph, segments[2]!);
  const mode = params.get("mode") ?? "shortest";
  if (!(PATH_MODES as readonly string[]).includes(mode)) throw new ApiError(400, "bad-option", `mode must be one of ${PATH_MODES.join(", ")}, not "${mode}"`);
  if (params.has("k") && mode !== "k") throw new ApiError(400, "bad-option", `k applies to mode=k only, not mode=${mode}`);
  const k = mode === "k" ? integerParameter(params, "k", 3, 1, limits.maxPaths)! : undefined;
  const hopCap = mode === "simple" ? limits.maxSimpleHops : limits.maxHops;
  const maxHops = integerParameter(params, "max-hops", mode === "simple" ? Math.min(4, hopCap) : hopCap, 1, hopCap)!;
  const explainNoPath = booleanParameter(params, "explain") || !params.has("explain");
  const options = queryOptionsFromParams(params, graph, maxHops);
  const search = (): Path[] => {
    switch (mode) {
      case "all":
        return allShortestPaths(graph, from, to, options, limits.maxPaths);
      case "k":
        return kShortestPaths(graph, from, to, k!, options);
      case "simple":
        return allSimplePaths(graph, from, to, options, limits.maxPaths);
      default: {
        const path = shortestPath(graph, from, to, options);
        return path ? [path] : [];
      }
    }
  };
  const found = budgeted(limits, "this path query", search);
  // Which filters cut the path off costs a search per filter: asked for by default, and skippable with explain=false.
  const noPath = found.length === 0 && explainNoPath ? budgeted(limits, "explaining why there is no path", () => whyNoPath(graph, from, to, options)) : undefined;
  return { from: entitySummary(graph, from), to: entitySummary(graph, to), mode, ...(k !== undefined ? { k } : {}), options, paths: found, ...(noPath ? { noPath } : {}) };
}

const ROUTES: Record<string, Handler> = {
  stats,
  entities: entity,
  resolve: resolveName,
  relations: relation,
  neighbors,
  paths,
};

/** An error as the API sends it. */
export function errorResponse(status: number, code: string, message: string, hint?: string, details: Record<string, unknown> = {}): ApiResponse {
  const body: ApiErrorBody = { error: { code, message, ...(hint ? { hint } : {}), ...details } };
  return { status, body };
}

/**
 * Answers one API request (`pathname` under {@link API_PREFIX}, its query `params`) over `graph`.
 * Every failure is a JSON error with a 4xx or 5xx status: a bad option or parameter 400, an unknown
 * entity, relation or route 404 (with the nearest names), a query over its time budget 503.
 * Programmer errors (a bug) still throw, for the server to log and answer 500.
 */
export function handleApiRequest(graph: KnowledgeGraph, pathname: string, params: URLSearchParams, limits: ServeLimits = DEFAULT_SERVE_LIMITS): ApiResponse {
  try {
    const segments = segmentsOf(pathname);
    const route = segments[0];
    const handler = route !== undefined && Object.hasOwn(ROUTES, route) ? ROUTES[route] : undefined;
    if (!handler) {
      const hint = route === undefined ? undefined : suggest(route, Object.keys(ROUTES), 1)[0];
      throw new ApiError(404, "not-found", `no API endpoint at ${pathname}`, hint ? `did you mean ${API_PREFIX}/${hint}?` : `the endpoints are described at ${OPENAPI_PATH}`);
    }
    for (const segment of segments) if (segment.length > limits.maxParameterLength) throw new ApiError(400, "too-long", `a path segment is ${segment.length} characters, over the limit of ${limits.maxParameterLength}`);
    return { status: 200, body: handler(graph, segments, params, limits) };
  } catch (error) {
    if (error instanceof ApiError) return errorResponse(error.status, error.code, error.message, error.hint, error.details);
    // Checked again by the queries themselves: the same messages as the library's.
    if (error instanceof QueryOptionError) return errorResponse(400, "bad-option", error.message);
    if (error instanceof UnknownEntityError) return errorResponse(404, "unknown-entity", error.message);
    throw error;
  }
}
