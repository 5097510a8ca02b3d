// Bench: ForceAtlas2 (Barnes-Hut) milliseconds per iteration at each size, ours against the package run directly.
import forceAtlas2 from "graphology-layout-forceatlas2";
import { buildGraph } from "../../src/graph/build.ts";
import { layoutGraph } from "../../src/graph/layout.ts";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import { loadDataFolder } from "../../src/load/read-folder.ts";
import { median, type BenchRow, type SectionContext } from "../harness.ts";

/** Iterations per timed run: enough to swamp set-up, few enough to keep the bench inside its budget. */
const ITERATIONS: Record<string, number> = { "10k/50k": 20, "100k/500k": 5, "200k/1M": 3 };
const RUNS = 3;

async function loadGraph(dir: string): Promise<KnowledgeGraph> {
  const result = await loadDataFolder(dir);
  if (!result.ok) throw new Error(`generated data failed validation: ${result.errors[0]?.message}`);
  return buildGraph(result.dataset, { layout: false });
}

/** Ours is the build's layout step (seeded start, stepwise ForceAtlas2 with progress hook, rounding); the baseline calls forceAtlas2.assign. */
export async function run(context: SectionContext): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const size of context.sizes) {
    const graph = await loadGraph(await context.dataDir(size));
    const iterations = ITERATIONS[size.label] ?? 3;
    const ours: number[] = [];
    const bare: number[] = [];
    // Both run on the one graph, in place: ours starts from its seeded positions every time, and
    // the baseline from where ours ended. Copying a 1M-edge graph twice a run took longer than the layouts.
    for (let i = 0; i < RUNS; i++) {
      let start = performance.now();
      layoutGraph(graph, { iterations, maxNodeIterations: Number.MAX_SAFE_INTEGER, barnesHutFrom: 0, onProgress: () => {} });
      ours.push((performance.now() - start) / iterations);
      start = performance.now();
      forceAtlas2.assign(graph, { iterations, settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true } });
      bare.push((performance.now() - start) / iterations);
      context.log(`${size.label} run ${i + 1}/${RUNS}: ours ${Math.round(ours[i]!)} ms/iter, forceAtlas2.assign ${Math.round(bare[i]!)} ms/iter`);
    }
    rows.push({
      task: "ForceAtlas2 per iteration (Barnes-Hut)",
      size: size.label,
      unit: "ms/iter",
      ours: median(ours),
      baselineName: "graphology-layout-forceatlas2 assign",
      baseline: median(bare),
      note: `${iterations} iterations a run, median of ${RUNS}; the build runs min(600, 2,000,000 / nodes) iterations (${Math.max(1, Math.min(600, Math.floor(2_000_000 / size.nodes)))} here)`,
    });
  }
  return rows;
}
