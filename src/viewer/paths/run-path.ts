// The path question of the view, answered by the same query code as the CLI, as distinct routes.
import type { KnowledgeGraph } from "../../graph/types.ts";
import { suggest } from "../../load/suggest.ts";
import { QueryOptionError, UnknownEntityError } from "../../query/errors.ts";
import { resolvePathQueryOptions, type FilterName, type PathQueryOptions } from "../../query/options.ts";
import { pathNodes, type Path } from "../../query/path.ts";
import { allShortestPaths } from "../../query/paths.ts";
import { explainNoPath, whyNoPath, type NoPathExplanation } from "../../query/why-no-path.ts";
import type { PathQuery } from "../state/view-state.ts";

/** Most routes listed and drawn: beyond this the picture stops being a path. */
export const MAX_SHOWN_ROUTES = 10;

/** Most paths read to find the routes: parallel relations multiply paths, not routes. */
const MAX_PATHS_READ = 1000;

/** One step of a route: from an entity to the next, over any of several parallel relations. */
export interface RouteStep {
  from: string;
  to: string;
  /** The relations that make this step on some shortest path, first found first. */
  relations: string[];
}

/** A route: the sequence of entities a path goes through, whatever relation each step takes. */
export interface Route {
  nodes: string[];
  steps: RouteStep[];
}

/** The routes found, the edges to draw, or why there is none. */
export interface PathAnswer {
  routes: Route[];
  /** Every relation on a shown route, in route order, without repeats. */
  edges: string[];
  /** Shortest paths read, counting each choice of parallel relation (at most {@link MAX_PATHS_READ}). */
  pathCount: number;
  /** Why there is no path, in the same words as the CLI, when none was found. */
  noPath?: NoPathExplanation;
  /** A question the graph cannot answer (an entity or relation type it does not have), in words. */
  error?: string;
}

/** How each filter the viewer sets is lifted in the path form; the others are fixed in the viewer. */
const HOW_TO_LIFT: Partial<Record<FilterName, string>> = {
  direction: 'tick "Either direction"',
  relationTypes: 'untick the relation types chosen under "Relation types"',
  timeRespecting: 'untick "Time-respecting"',
  statuses: "the viewer always leaves out relations that every document denies",
};

/** The query options of a view's path question. */
export function pathQueryOptions(query: PathQuery): PathQueryOptions {
  return resolvePathQueryOptions({ includeRelationTypes: query.relationTypes, timeRespecting: query.timeRespecting, direction: query.anyDirection ? "any" : "follow" });
}

/** Groups paths by the entities they go through; each step keeps every relation the paths take there. */
export function routesOf(paths: readonly Path[]): Route[] {
  const routes = new Map<string, Route>();
  for (const path of paths) {
    const nodes = pathNodes(path);
    // "\u0000" cannot occur in an id the loader accepts, nor in a renamed one.
    const key = nodes.join("\u0000");
    let route = routes.get(key);
    if (!route) {
      route = { nodes, steps: path.steps.map((s) => ({ from: s.from, to: s.to, relations: [] })) };
      routes.set(key, route);
    }
    path.steps.forEach((step, i) => {
      const relations = route.steps[i]!.relations;
      if (!relations.includes(step.relation)) relations.push(step.relation);
    });
  }
  return [...routes.values()];
}

/** A query error in the viewer's words: what is missing from this graph, never how the library is called. */
function errorText(graph: KnowledgeGraph, query: PathQuery, error: unknown): string {
  if (error instanceof UnknownEntityError) {
    const close = suggest(error.entity, graph.nodes());
    const hint = close.length ? ` Did you mean ${close.map((key) => graph.getNodeAttribute(key, "label")).join(" or ")}?` : "";
    return `This graph has no entity "${error.entity}": the link may come from another graph.${hint} Choose both ends from the suggestions.`;
  }
  if (error instanceof QueryOptionError && error.option === "includeRelationTypes") {
    const known = new Set(graph.getAttribute("ontology").relationTypes.map((t) => t.id));
    const unknown = query.relationTypes.filter((t) => !known.has(t));
    return `This graph has no relation type ${unknown.map((t) => `"${t}"`).join(" or ")}: the link may come from another graph. Choose the relation types again under "Relation types".`;
  }
  return "This path question cannot be answered on this graph: choose both ends and the options again.";
}

/** Runs every shortest path for the view's path question, grouped into routes; never throws for a bad link. */
export function runPathQuery(graph: KnowledgeGraph, query: PathQuery): PathAnswer {
  const options = pathQueryOptions(query);
  try {
    const paths = allShortestPaths(graph, query.from, query.to, options, MAX_PATHS_READ);
    const routes = routesOf(paths).slice(0, MAX_SHOWN_ROUTES);
    const edges = [...new Set(routes.flatMap((r) => r.steps.flatMap((s) => s.relations)))];
    if (paths.length > 0) return { routes, edges, pathCount: paths.length };
    const reason = whyNoPath(graph, query.from, query.to, options);
    const noPath = explainNoPath(graph, query.from, query.to, options, reason, (name) => HOW_TO_LIFT[name] ?? "not set in the viewer");
    return { routes, edges, pathCount: 0, noPath };
  } catch (error) {
    return { routes: [], edges: [], pathCount: 0, error: errorText(graph, query, error) };
  }
}
