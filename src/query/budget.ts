// A time budget for queries: the walks check it as they go, so a query that runs too long stops with an error instead of holding its caller.

/** A query ran past the time budget it was given with {@link withinTimeBudget}. */
export class QueryBudgetError extends Error {
  override name = "QueryBudgetError";
  constructor(readonly budgetMs: number) {
    super(`the query ran past its time budget of ${budgetMs} ms and was stopped`);
  }
}

// Queries run synchronously, so one deadline at a time is enough: the one of the query running now.
let deadline = Number.POSITIVE_INFINITY;
let budget = 0;
let steps = 0;

/** How many steps go by between two looks at the clock: reading it costs more than a step. */
const STEPS_PER_CHECK = 1024;

/**
 * Runs `query` (any path or neighbourhood query of this library) and stops it with a
 * {@link QueryBudgetError} once it has run longer than `budgetMs` milliseconds.
 */
export function withinTimeBudget<T>(budgetMs: number, query: () => T): T {
  const outer = { deadline, budget };
  deadline = performance.now() + budgetMs;
  budget = budgetMs;
  try {
    return query();
  } finally {
    ({ deadline, budget } = outer);
  }
}

/** Called by the walks at each step: throws once the running query's budget is spent. */
export function checkTimeBudget(): void {
  if (deadline === Number.POSITIVE_INFINITY) return;
  steps++;
  if (steps % STEPS_PER_CHECK === 0 && performance.now() > deadline) throw new QueryBudgetError(budget);
}
