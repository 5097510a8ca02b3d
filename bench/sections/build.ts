// Bench: load + validate + build (no layout) against a bare graphology build of the same JSONL.
import { createReadStream } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { MultiDirectedGraph } from "graphology";
import { buildGraph } from "../../src/graph/build.ts";
import { loadDataFolder } from "../../src/load/read-folder.ts";
import { median, percentile, type BenchRow, type SectionContext } from "../harness.ts";

/** Runs per size: medians need a few, the largest size costs most. */
const RUNS: Record<string, number> = { "10k/50k": 5, "100k/500k": 3, "200k/1M": 3 };
const GOAL_RATIO = 1.5;

async function* jsonLines(path: string): AsyncGenerator<Record<string, unknown>> {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const line of lines) if (line.length > 0) yield JSON.parse(line) as Record<string, unknown>;
}

/** The baseline: JSON.parse per line and addNode / addEdgeWithKey, no checks at all. */
async function bareBuild(dir: string): Promise<number> {
  const graph = new MultiDirectedGraph();
  for await (const entity of jsonLines(join(dir, "entities.jsonl"))) graph.addNode(entity.id as string, entity);
  for await (const relation of jsonLines(join(dir, "relations.jsonl"))) {
    const { source, type, target, date } = relation as Record<string, string>;
    const key = (relation.id as string | undefined) ?? [source, type, target, ...(date ? [date] : [])].join(":");
    graph.addDirectedEdgeWithKey(key, source, target, relation);
  }
  return graph.size;
}

async function ourBuild(dir: string): Promise<number> {
  const result = await loadDataFolder(dir);
  if (!result.ok) throw new Error(`generated data failed validation: ${result.errors.length} errors, first: ${result.errors[0]?.message}`);
  return buildGraph(result.dataset, { layout: false }).size;
}

function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Times ours and the baseline alternately, so drift in the machine's load hits both alike. */
export async function run(context: SectionContext): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const size of context.sizes) {
    const dir = await context.dataDir(size);
    const runs = RUNS[size.label] ?? 3;
    const ours: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < runs; i++) {
      collect();
      let start = performance.now();
      const edges = await ourBuild(dir);
      ours.push(performance.now() - start);
      collect();
      start = performance.now();
      const bareEdges = await bareBuild(dir);
      bare.push(performance.now() - start);
      if (edges !== bareEdges) throw new Error(`our build has ${edges} edges, the bare build ${bareEdges}`);
      context.log(`${size.label} run ${i + 1}/${runs}: ours ${Math.round(ours[i]!)} ms, bare ${Math.round(bare[i]!)} ms`);
    }
    const oursMedian = median(ours);
    const bareMedian = median(bare);
    rows.push({
      task: "load + validate + build (no layout)",
      size: size.label,
      unit: "ms",
      ours: oursMedian,
      oursP95: percentile(ours, 95),
      baselineName: "bare graphology build from the JSONL",
      baseline: bareMedian,
      baselineP95: percentile(bare, 95),
      goal: `<= ${GOAL_RATIO}x baseline`,
      goalMet: oursMedian <= GOAL_RATIO * bareMedian,
      note: `median of ${runs} runs; ours also reads and checks every quote against the source texts`,
    });
  }
  return rows;
}
