// The benchmark's shared vocabulary: sizes, result rows, and robust statistics over repeated runs.

/** A generated graph size the benchmark runs at. */
export interface BenchSize {
  /** Short name used in tables and cache folders, e.g. "100k/500k". */
  label: string;
  nodes: number;
  edges: number;
}

/** The sizes `npm run bench` runs, smallest first. */
export const BENCH_SIZES: BenchSize[] = [
  { label: "10k/50k", nodes: 10_000, edges: 50_000 },
  { label: "100k/500k", nodes: 100_000, edges: 500_000 },
  { label: "200k/1M", nodes: 200_000, edges: 1_000_000 },
];

/** One line of the results table: our figure next to the baseline measured in the same run. */
export interface BenchRow {
  /** What is measured, e.g. "GEXF write". */
  task: string;
  size: string;
  unit: "ms" | "MB" | "ms/iter" | "req/s" | "renders" | "share" | "ms/1k words";
  ours: number;
  /** Our p95 where repeated queries make it meaningful. */
  oursP95?: number;
  baselineName?: string;
  /** Undefined when the baseline could not run (say why in `note`). */
  baseline?: number;
  baselineP95?: number;
  /**
   * How the ratio column reads: ours / baseline ("ratio", the default), baseline / ours as
   * "Nx faster" ("speedup"), or nothing where the goal is an absolute figure ("absolute").
   */
  compare?: "ratio" | "speedup" | "absolute";
  /** The goal as text, e.g. "<= 1.5x baseline". */
  goal?: string;
  goalMet?: boolean;
  note?: string;
}

/** Median of a non-empty list of numbers. */
export function median(values: number[]): number {
  return percentile(values, 50);
}

/** The p-th percentile (nearest rank) of a non-empty list of numbers. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) throw new RangeError("percentile of an empty list");
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** Milliseconds taken by `fn`, measured with the high-resolution clock. */
export async function timeMs(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Rounds figures for display: 3 significant digits. */
export function round3(value: number): number {
  return Number(value.toPrecision(3));
}

/**
 * What `bench/run.ts` hands each section (bench/sections/*.ts, each exporting
 * `run(context): Promise<BenchRow[]>`). Generated data is cached under bench/cache/ (ignored by git).
 */
export interface SectionContext {
  /** Sizes this run covers (all of BENCH_SIZES, or fewer with --sizes). */
  sizes: BenchSize[];
  /** Path of a generated data folder (JSONL) of that size, generating it on first use. */
  dataDir: (size: BenchSize) => Promise<string>;
  /** Writes a progress line to stderr. */
  log: (message: string) => void;
}
