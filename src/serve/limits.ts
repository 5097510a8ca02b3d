// The bounds on every API query, so that no request can hold the server: one table the checks, the OpenAPI file and the README follow.

/** How far and how much one API request may ask for. */
export interface ServeLimits {
  /** Longest path, in steps (`max-hops`). */
  maxHops: number;
  /** Most paths one request returns (`k`, and the cap of `all` and `simple`). */
  maxPaths: number;
  /** Longest path `simple` enumerates, in steps. */
  maxSimpleHops: number;
  /** Furthest `neighbors` looks, in steps. */
  maxNeighborHops: number;
  /** Most entities or relations one list returns (`limit`). */
  maxListed: number;
  /** Characters of one query parameter or path segment. */
  maxParameterLength: number;
  /** Milliseconds a query may run before it is stopped with a `query-budget` error. */
  timeBudgetMs: number;
}

/** The defaults: generous for reading a graph, small enough that a request answers in well under a second. */
export const DEFAULT_SERVE_LIMITS: Readonly<ServeLimits> = Object.freeze({
  maxHops: 10,
  maxPaths: 100,
  maxSimpleHops: 6,
  maxNeighborHops: 3,
  maxListed: 1000,
  maxParameterLength: 1000,
  timeBudgetMs: 2000,
});
