// Deterministic positions: seeded start positions, then ForceAtlas2 for a fixed number of iterations.
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { KnowledgeGraph } from "./types.ts";

/** How the build lays the graph out. */
export interface LayoutOptions {
  /** ForceAtlas2 iterations; 0 keeps the seeded start positions. */
  iterations: number;
  /** Seed of the start positions; the same seed and data give the same positions. */
  seed: number;
  /** Use Barnes-Hut from this many nodes on (it trades exactness for O(n log n) steps). */
  barnesHutFrom: number;
  /** Decimal places kept in coordinates, so output bytes do not depend on float noise. */
  precision: number;
}

/** Defaults suited to hand-curated graphs of tens to thousands of nodes. */
export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = { iterations: 600, seed: 1, barnesHutFrom: 2000, precision: 2 };

/** Fills unset options with defaults. */
export function resolveLayoutOptions(partial: Partial<LayoutOptions> = {}): LayoutOptions {
  return { ...DEFAULT_LAYOUT_OPTIONS, ...partial };
}

/** Throws a RangeError naming the bad option; layout options come from code or CLI flags, not data. */
export function validateLayoutOptions(options: LayoutOptions): void {
  for (const key of ["iterations", "barnesHutFrom", "precision"] as const) {
    if (!Number.isInteger(options[key]) || options[key] < 0) {
      throw new RangeError(`layout option ${key} must be a whole number >= 0, got ${options[key]}`);
    }
  }
  if (!Number.isInteger(options.seed)) throw new RangeError(`layout option seed must be an integer, got ${options.seed}`);
}

/** FNV-1a: a stable 32-bit hash of a string. */
function hash32(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * A node's start position depends only on its key and the seed, so adding an entity
 * does not reshuffle the start of every other one.
 */
export function seededPosition(key: string, seed: number, radius: number): { x: number; y: number } {
  const a = hash32(key, seed) / 0xffffffff;
  const b = hash32(key, seed ^ 0x9e3779b9) / 0xffffffff;
  const angle = a * 2 * Math.PI;
  const r = radius * Math.sqrt(b);
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

/** Lays out the graph in place: seeded start, ForceAtlas2, coordinates rounded to `precision`. */
export function layoutGraph(graph: KnowledgeGraph, partial: Partial<LayoutOptions> = {}): void {
  const options = resolveLayoutOptions(partial);
  validateLayoutOptions(options);
  const radius = Math.max(10, Math.sqrt(graph.order) * 10);
  graph.updateEachNodeAttributes((key, attrs) => ({ ...attrs, ...seededPosition(key, options.seed, radius) }));
  if (options.iterations > 0 && graph.order > 1) {
    const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order >= options.barnesHutFrom };
    forceAtlas2.assign(graph, { iterations: options.iterations, settings });
  }
  const factor = 10 ** options.precision;
  // Adding 0 turns -0 into 0, which JSON would otherwise print as 0 anyway but Object.is would not equal.
  const round = (v: number) => Math.round(v * factor) / factor + 0;
  graph.updateEachNodeAttributes((_key, attrs) => ({ ...attrs, x: round(attrs.x), y: round(attrs.y) }));
}
