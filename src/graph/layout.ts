// Deterministic positions: seeded start positions, then ForceAtlas2 for a bounded number of iterations.
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2_DEFAULTS from "graphology-layout-forceatlas2/defaults.js";
import fa2 from "graphology-layout-forceatlas2/helpers.js";
import iterateFa2 from "graphology-layout-forceatlas2/iterate.js";
import { createEdgeWeightGetter } from "graphology-utils/getters.js";
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
  /**
   * Work budget in node-iterations: large graphs run `min(iterations, maxNodeIterations / nodes)`
   * iterations (at least one), so the layout time stays bounded (a 10k-node graph gets 200, a 200k-node graph 10).
   */
  maxNodeIterations: number;
  /** Called after each iteration with how many are done of how many; for progress display. */
  onProgress?: (done: number, total: number) => void;
}

/** Defaults suited to hand-curated graphs of tens to thousands of nodes. */
export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = { iterations: 600, seed: 1, barnesHutFrom: 2000, precision: 2, maxNodeIterations: 2_000_000 };

/** Fills unset options with defaults. */
export function resolveLayoutOptions(partial: Partial<LayoutOptions> = {}): LayoutOptions {
  return { ...DEFAULT_LAYOUT_OPTIONS, ...partial };
}

/** Throws a RangeError naming the bad option; layout options come from code or CLI flags, not data. */
export function validateLayoutOptions(options: LayoutOptions): void {
  for (const key of ["iterations", "barnesHutFrom", "precision", "maxNodeIterations"] as const) {
    if (!Number.isInteger(options[key]) || options[key] < 0) {
      throw new RangeError(`layout option ${key} must be a whole number >= 0, got ${options[key]}`);
    }
  }
  if (!Number.isInteger(options.seed)) throw new RangeError(`layout option seed must be an integer, got ${options.seed}`);
  if (options.onProgress !== undefined && typeof options.onProgress !== "function") {
    throw new TypeError(`layout option onProgress must be a function (done, total) => void, got ${typeof options.onProgress}`);
  }
}

/** How many iterations a graph of `order` nodes gets: the option, bounded by the work budget. */
export function layoutIterations(order: number, options: LayoutOptions): number {
  if (options.iterations === 0 || order <= 1) return 0;
  return Math.max(1, Math.min(options.iterations, Math.floor(options.maxNodeIterations / order)));
}

/**
 * ForceAtlas2 one iteration at a time, so progress can be reported between iterations.
 * It runs the package's own iteration step over its own matrices, exactly as its `assign`
 * does in one go, so the positions are the same bytes as `forceAtlas2.assign` would give.
 */
function runForceAtlas2(graph: KnowledgeGraph, iterations: number, barnesHut: boolean, onProgress?: (done: number, total: number) => void): void {
  const settings = { ...FA2_DEFAULTS, ...forceAtlas2.inferSettings(graph), barnesHutOptimize: barnesHut };
  const invalid = fa2.validateSettings(settings);
  // Stryker disable next-line ConditionalExpression,StringLiteral: cannot fail: FA2_DEFAULTS and inferSettings are valid settings, and the guard stays in case a package update changes that
  if (invalid) throw new RangeError(`ForceAtlas2 settings: ${invalid.message}`);
  // Stryker disable next-line StringLiteral: edges carry no weight attribute, so any name reads the default weight of 1
  const matrices = fa2.graphToByteArrays(graph, createEdgeWeightGetter("weight").fromEntry);
  for (let i = 0; i < iterations; i++) {
    iterateFa2(settings, matrices.nodes, matrices.edges);
    onProgress?.(i + 1, iterations);
  }
  fa2.assignLayoutChanges(graph, matrices.nodes, null);
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

/**
 * Puts nodes without relations in a row just below the rest. ForceAtlas2 only repels them, so they
 * drift far out, and fitting them into view shrinks the connected part to a crowded knot.
 */
function placeIsolatedNodes(graph: KnowledgeGraph): void {
  const isolated = graph.filterNodes((node) => graph.degree(node) === 0);
  // Stryker disable next-line ConditionalExpression: with no unconnected node the row is empty, so going on places nothing (all unconnected is tested)
  if (isolated.length === 0 || isolated.length === graph.order) return;
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  graph.forEachNode((node, { x, y }) => {
    if (graph.degree(node) === 0) return;
    minX = Math.min(minX, x); maxX = Math.max(maxX, x);
    minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  });
  const gap = Math.max(maxX - minX, maxY - minY) * 0.06;
  const step = Math.min(gap * 1.5, (maxX - minX) / Math.max(1, isolated.length - 1));
  const start = (minX + maxX) / 2 - (step * (isolated.length - 1)) / 2;
  isolated.forEach((node, i) => graph.mergeNodeAttributes(node, { x: start + step * i, y: minY - gap }));
}

/** Lays out the graph in place: seeded start, ForceAtlas2, coordinates rounded to `precision`. */
export function layoutGraph(graph: KnowledgeGraph, partial: Partial<LayoutOptions> = {}): void {
  const options = resolveLayoutOptions(partial);
  validateLayoutOptions(options);
  const radius = Math.max(10, Math.sqrt(graph.order) * 10);
  graph.updateEachNodeAttributes((key, attrs) => ({ ...attrs, ...seededPosition(key, options.seed, radius) }));
  const iterations = layoutIterations(graph.order, options);
  if (iterations > 0) {
    runForceAtlas2(graph, iterations, graph.order >= options.barnesHutFrom, options.onProgress);
    placeIsolatedNodes(graph);
  }
  const factor = 10 ** options.precision;
  // Adding 0 turns -0 into 0, which JSON would otherwise print as 0 anyway but Object.is would not equal.
  const round = (v: number) => Math.round(v * factor) / factor + 0;
  graph.updateEachNodeAttributes((_key, attrs) => ({ ...attrs, x: round(attrs.x), y: round(attrs.y) }));
}
