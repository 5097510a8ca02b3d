// The path question of the view, answered by the same query code as the CLI.
import type { KnowledgeGraph } from "../../graph/types.ts";
import type { Path } from "../../query/path.ts";
import { allShortestPaths } from "../../query/paths.ts";
import { whyNoPath } from "../../query/why-no-path.ts";
import type { PathQuery } from "../state/view-state.ts";

/** Most paths listed and drawn: beyond this the picture stops being a path. */
export const MAX_SHOWN_PATHS = 10;

/** The paths found, the edges to draw, or why there is none. */
export interface PathAnswer {
  paths: Path[];
  /** Every relation on a shown path, in path order, without repeats. */
  edges: string[];
  /** Filters that cut every path, when none was found. */
  cutBy: string[];
  /** Whether the two are connected at all, when no path was found. */
  connected: boolean;
  /** A query the graph cannot answer (an unknown entity or relation type), in words. */
  error?: string;
}

/** Runs every shortest path for the view's path question; never throws for a bad link. */
export function runPathQuery(graph: KnowledgeGraph, query: PathQuery): PathAnswer {
  const options = { includeRelationTypes: query.relationTypes, timeRespecting: query.timeRespecting };
  try {
    const paths = allShortestPaths(graph, query.from, query.to, options, MAX_SHOWN_PATHS);
    const edges = [...new Set(paths.flatMap((p) => p.steps.map((s) => s.relation)))];
    if (paths.length > 0) return { paths, edges, cutBy: [], connected: true };
    const reason = whyNoPath(graph, query.from, query.to, options);
    return { paths, edges, cutBy: reason.cutBy, connected: reason.connectedWithoutFilters };
  } catch (error) {
    return { paths: [], edges: [], cutBy: [], connected: false, error: (error as Error).message };
  }
}
