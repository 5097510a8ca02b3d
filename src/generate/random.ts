// A small seeded random source, so generated data sets are the same bytes for the same seed.

/** A seeded stream of random numbers with the few draws the generator needs. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
}

/**
 * Mulberry32: 32 bits of state, fast, and well enough distributed for test data.
 * Written here because no declared dependency offers a seeded generator, and
 * Math.random cannot be seeded.
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
  };
}

/** A table of weighted choices, drawn in O(log n) by binary search over cumulative weights. */
export class WeightedTable<T> {
  private readonly cumulative: number[] = [];
  private readonly items: T[] = [];
  private total = 0;

  /** Adds a choice; choices with weight 0 or less are never drawn. */
  add(item: T, weight: number): this {
    if (weight <= 0) return this;
    this.total += weight;
    this.items.push(item);
    this.cumulative.push(this.total);
    return this;
  }

  /** How many choices can be drawn. */
  get size(): number {
    return this.items.length;
  }

  /** Draws one choice; throws when the table is empty, which is a programmer error. */
  draw(random: Random): T {
    if (this.items.length === 0) throw new RangeError("cannot draw from an empty weighted table; add a choice with weight > 0 first");
    const target = random.next() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.cumulative[mid]! > target) high = mid;
      else low = mid + 1;
    }
    return this.items[low]!;
  }
}
