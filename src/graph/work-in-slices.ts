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

/** A build that can go a slice at a time, or be finished at once. */
export interface SlicedBuild<T> {
  /** Does up to `items` more; true once all are done. */
  step(items: number): boolean;
  /** Does what is left, and gives the result. */
  finish(): T;
}

/**
 * One result per graph (an index, columns), made on first use or a slice at a time ahead of it
 * ({@link PerGraphBuild.prepare}); a use while a sliced build is under way finishes it at once.
 */
export class PerGraphBuild<G extends object, T> {
  private readonly built = new WeakMap<G, T>();
  private readonly building = new WeakMap<G, SlicedBuild<T>>();

  constructor(private readonly start: (graph: G) => SlicedBuild<T>) {}

  /** The graph's result: built now, or its build under way finished now, when there is none yet. */
  get(graph: G): T {
    let result = this.built.get(graph);
    if (result === undefined) {
      const build = this.building.get(graph) ?? this.start(graph);
      this.building.delete(graph);
      result = build.finish();
      this.built.set(graph, result);
    }
    return result;
  }

  /** Drops the graph's result and any build under way: the next use builds it again. */
  forget(graph: G): void {
    this.built.delete(graph);
    this.building.delete(graph);
  }

  /**
   * Builds the graph's result a slice at a time ({@link workInSlices}), unless it is built or being built.
   * Stops when `goOn` turns false, or when the build is finished by a use or forgotten meanwhile.
   */
  async prepare(graph: G, nextTask: () => Promise<void>, goOn: () => boolean): Promise<void> {
    if (this.built.has(graph) || this.building.has(graph)) return;
    const build = this.start(graph);
    this.building.set(graph, build);
    const finished = await workInSlices((items) => build.step(items), nextTask, () => this.building.get(graph) === build && goOn());
    if (!finished) return;
    this.building.delete(graph);
    this.built.set(graph, build.finish());
  }
}
