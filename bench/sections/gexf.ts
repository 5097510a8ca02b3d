// Bench: writing GEXF with our streaming writer against graphology-gexf's writer, time and peak memory.
//
// Each measurement runs in a fresh child process (this file, run with --child), so its peak RSS
// belongs to one writer alone: the child loads and builds the generated folder, settles the heap,
// then writes the graph to a temporary file.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { write as graphologyWrite } from "graphology-gexf";
import { writeFileAtomic } from "../../src/export/atomic-write.ts";
import { gexfChunks } from "../../src/export/gexf.ts";
import { buildGraph } from "../../src/graph/build.ts";
import type { EdgeAttributes } from "../../src/graph/types.ts";
import { loadDataFolder } from "../../src/load/read-folder.ts";
import type { BenchRow, BenchSize, SectionContext } from "../harness.ts";

const THIS_FILE = fileURLToPath(import.meta.url);
/** Heap of each child: enough for our writer at every size; the baseline is reported as out of memory beyond it. */
const CHILD_HEAP_MB = 8192;
const SPEED_GOAL = 5;
const MEMORY_GOAL_MB = 500;
const MB = 1024 * 1024;

type Writer = "ours" | "graphology-gexf";

/** What a child reports on its last stdout line. */
interface ChildResult {
  writeMs: number;
  /** RSS when the graph is built and the heap settled, just before writing. */
  graphRssMb: number;
  /** Peak RSS while writing, minus graphRssMb. */
  overMb: number;
  fileMb: number;
}

function rssMb(): number {
  return process.memoryUsage().rss / MB;
}

function maxRssMb(): number {
  // resourceUsage().maxRSS is in kilobytes.
  return process.resourceUsage().maxRSS / 1024;
}

/**
 * graphology-gexf cannot write lists of objects (it throws on the evidence array), so the baseline
 * gets the same content in shapes it can write: JSON text for evidence and quantities, string
 * lists for the quotes and their sources, the relation type as `kind`.
 */
function baselineEdge(_key: string, attributes: EdgeAttributes) {
  const { label, color, type, evidence, quantities, ...rest } = attributes;
  return {
    label,
    kind: type,
    viz: { color },
    attributes: {
      ...rest,
      type,
      quantities: JSON.stringify(quantities),
      evidence: JSON.stringify(evidence),
      quotes: evidence.map((e) => e.quote),
      quoteSources: evidence.map((e) => e.source),
    },
  };
}

/** Child mode: load, build, write with one writer, print the figures as JSON. */
async function child(writer: Writer, dataDir: string): Promise<void> {
  const loaded = await loadDataFolder(dataDir);
  if (!loaded.ok) throw new Error(`generated data failed validation: ${loaded.errors[0]?.message}`);
  // Seeded positions without ForceAtlas2: realistic coordinates at no layout cost, the same for both writers.
  const graph = buildGraph(loaded.dataset, { layout: { iterations: 0 } });
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  const graphRss = rssMb();
  const maxBefore = maxRssMb();
  // maxRSS cannot drop below the loader's peak, so also sample RSS while the writer runs; a
  // synchronous writer cannot be sampled, but its result string is still held right after.
  let sampled = graphRss;
  const timer = setInterval(() => (sampled = Math.max(sampled, rssMb())), 5);
  const folder = mkdtempSync(join(tmpdir(), "actorgraph-bench-gexf-"));
  const file = join(folder, "graph.gexf");
  const start = performance.now();
  if (writer === "ours") {
    await writeFileAtomic(file, gexfChunks(graph));
  } else {
    const text = graphologyWrite(graph, { version: "1.3", formatEdge: baselineEdge });
    sampled = Math.max(sampled, rssMb());
    await writeFile(file, text);
  }
  const writeMs = performance.now() - start;
  clearInterval(timer);
  sampled = Math.max(sampled, rssMb());
  const maxAfter = maxRssMb();
  const peak = maxAfter > maxBefore ? maxAfter : sampled;
  const fileMb = statSync(file).size / MB;
  rmSync(folder, { recursive: true, force: true });
  const result: ChildResult = { writeMs, graphRssMb: graphRss, overMb: Math.max(0, peak - graphRss), fileMb };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** Runs one writer in a child process; undefined with the reason when it dies (out of memory, say). */
function measure(writer: Writer, dataDir: string): Promise<ChildResult | { failed: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [`--max-old-space-size=${CHILD_HEAP_MB}`, "--expose-gc", "--import", "tsx", THIS_FILE, "--child", writer, dataDir], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    proc.stdout.on("data", (d) => (stdout += d));
    proc.stderr.on("data", (d) => (stderr += d));
    proc.on("error", reject);
    proc.on("exit", (code, signal) => {
      if (code === 0) return resolve(JSON.parse(stdout.trim().split("\n").pop()!) as ChildResult);
      const oom = /heap out of memory|Allocation failed|Invalid string length/i.test(stderr) || signal === "SIGKILL";
      resolve({ failed: oom ? `out of memory (heap limit ${CHILD_HEAP_MB} MB)` : `exit ${code ?? signal}: ${stderr.trim().split("\n").pop()}` });
    });
  });
}

/**
 * Why the baseline is not worth running at `size`: the memory it took over the graph at the largest
 * size measured so far, scaled by edges, on top of this size's graph, would not fit the heap its
 * process gets. (At 100k/500k it took over 5 GB and five minutes; at 200k/1M it ran out of memory
 * after several more, so the bench skips it there.)
 */
function baselineOutOfReach(size: BenchSize, graphRssMb: number, previous: { edges: number; result: ChildResult } | undefined): string | undefined {
  if (!previous) return undefined;
  const projected = graphRssMb + previous.result.overMb * (size.edges / previous.edges);
  if (projected <= CHILD_HEAP_MB) return undefined;
  const mb = (value: number) => `${Math.round(value).toLocaleString("en")} MB`;
  return `not run: it took ${mb(previous.result.overMb)} over the graph at ${previous.edges.toLocaleString("en")} edges, so about ${mb(projected)} with this graph, over the ${mb(CHILD_HEAP_MB)} heap it gets`;
}

/** For each size: our writer and graphology-gexf's, each in its own process. */
export async function run(context: SectionContext): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  let largestBaseline: { edges: number; result: ChildResult } | undefined;
  for (const size of context.sizes) {
    const dir = await context.dataDir(size);
    const ours = await measure("ours", dir);
    if ("failed" in ours) throw new Error(`our GEXF writer failed at ${size.label}: ${ours.failed}`);
    context.log(`${size.label}: ours ${Math.round(ours.writeMs)} ms, +${Math.round(ours.overMb)} MB over a ${Math.round(ours.graphRssMb)} MB graph, ${Math.round(ours.fileMb)} MB file`);
    const skip = baselineOutOfReach(size, ours.graphRssMb, largestBaseline);
    const base = skip ? { failed: skip } : await measure("graphology-gexf", dir);
    const baseline = "failed" in base ? undefined : base;
    const failure = "failed" in base ? `; graphology-gexf: ${base.failed}` : "";
    if (baseline) largestBaseline = { edges: size.edges, result: baseline };
    context.log(`${size.label}: graphology-gexf ${baseline ? `${Math.round(baseline.writeMs)} ms, +${Math.round(baseline.overMb)} MB` : failure.slice("; graphology-gexf: ".length)}`);
    rows.push({
      task: "GEXF write",
      size: size.label,
      unit: "ms",
      ours: ours.writeMs,
      baselineName: "graphology-gexf write (1.3)",
      baseline: baseline?.writeMs,
      compare: "speedup",
      goal: `>= ${SPEED_GOAL}x faster`,
      goalMet: baseline ? ours.writeMs * SPEED_GOAL <= baseline.writeMs : undefined,
      note: `one run each, in fresh processes; our file ${Math.round(ours.fileMb)} MB (dynamic, with evidence twice)${baseline ? `, theirs ${Math.round(baseline.fileMb)} MB` : ""}${failure}`,
    });
    rows.push({
      task: "GEXF write: peak RSS over the built graph",
      size: size.label,
      unit: "MB",
      ours: ours.overMb,
      baselineName: "graphology-gexf write (1.3)",
      baseline: baseline?.overMb,
      compare: "absolute",
      goal: `<= ${MEMORY_GOAL_MB} MB`,
      goalMet: ours.overMb <= MEMORY_GOAL_MB,
      note: `graph alone: ${Math.round(ours.graphRssMb)} MB RSS after build${failure}`,
    });
  }
  return rows;
}

if (process.argv[1] === THIS_FILE && process.argv[2] === "--child") {
  await child(process.argv[3] as Writer, process.argv[4]!);
}
