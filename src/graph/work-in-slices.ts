// Long passes over a large graph in short slices, so that a page (or a server) answers between them.

/**
 * How long one slice works. A time rather than a number of items: 50,000 items took 70 ms on a quiet page
 * and up to 176 ms on one loading 500,000 relations.
 */
const SLICE_MS = 50;
/** Items done between two looks at the clock. */
const ITEMS_PER_CHECK = 1_000;

/**
 * Calls `step(n)` (do up to n more items; true once all are done) for {@link SLICE_MS} at a time,
 * awaiting `nextTask` between slices, for as long as `goOn` holds. True when the work was finished.
 */
export async function workInSlices(step: (items: number) => boolean, nextTask: () => Promise<void>, goOn: () => boolean): Promise<boolean> {
  for (;;) {
    const until = performance.now() + SLICE_MS;
    let done = false;
    while (!done && performance.now() < until) done = step(ITEMS_PER_CHECK);
    if (done) return true;
    await nextTask();
    if (!goOn()) return false;
  }
}
