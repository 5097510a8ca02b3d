// `npm run bench`: generates (and caches) the benchmark graphs, runs every section against its same-run
// baseline, prints one table and writes bench/results.json. Exits non-zero only when a run fails.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { cpus, totalmem, tmpdir } from "node:os";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { BENCH_SIZES, round3, type BenchRow, type BenchSize, type SectionContext } from "./harness.ts";

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH_DIR);
const SECTIONS_DIR = join(BENCH_DIR, "sections");
const CACHE_DIR = join(BENCH_DIR, "cache");
const CLI = join(ROOT, "src", "cli", "main.ts");
/** Seed of every generated benchmark graph; part of the cache key with the sizes. */
const SEED = 1;
/** Bump when the generator's output changes, so stale cached folders are not reused. */
const GENERATOR_VERSION = 4;
/** Heap for section processes: the 1M-relation graph with its attributes needs several GB. */
const CHILD_HEAP_MB = 16_384;

/** Sections that run on the bundled data alone, so a run of only them generates no graphs. */
const SECTIONS_WITHOUT_GENERATED_DATA = new Set(["extract"]);

/** A section run that threw or whose process died; the bench then exits 1. */
interface Failure {
  section: string;
  error: string;
}

function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

function runNode(args: string[]): Promise<number> {
  return new Promise((resolveExit, reject) => {
    // Children write to our stderr only, so stdout carries nothing but the table.
    const child = spawn(process.execPath, [`--max-old-space-size=${CHILD_HEAP_MB}`, "--expose-gc", "--import", "tsx", ...args], { cwd: ROOT, stdio: ["ignore", 2, 2] });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolveExit(code ?? (signal ? 128 : 1)));
  });
}

/** The cached data folder of a size, generated (by the CLI, in its own process) on first use. */
function cachedDataDir(): (size: BenchSize) => Promise<string> {
  const pending = new Map<string, Promise<string>>();
  return (size) => {
    const key = `${size.nodes}-${size.edges}-seed${SEED}-v${GENERATOR_VERSION}`;
    let promise = pending.get(key);
    if (!promise) {
      promise = (async () => {
        const dir = join(CACHE_DIR, key);
        if (existsSync(join(dir, "relations.jsonl"))) return dir;
        const partial = `${dir}.partial`;
        await rm(partial, { recursive: true, force: true });
        await mkdir(CACHE_DIR, { recursive: true });
        log(`generating ${size.label} into ${relative(ROOT, dir)} (cached for later runs)`);
        const code = await runNode([CLI, "generate", "--nodes", String(size.nodes), "--edges", String(size.edges), "--seed", String(SEED), "--out", partial]);
        if (code !== 0) throw new Error(`generating ${size.label} failed (exit ${code})`);
        // Renamed only when complete, so an interrupted run never leaves a half folder that looks cached.
        await rename(partial, dir);
        return dir;
      })();
      pending.set(key, promise);
    }
    return promise;
  };
}

function parseSizes(text: string | undefined): BenchSize[] {
  if (text === undefined) return BENCH_SIZES;
  const wanted = text.split(",").map((s) => s.trim()).filter(Boolean);
  return wanted.map((label) => {
    const size = BENCH_SIZES.find((s) => s.label.toLowerCase() === label.toLowerCase());
    if (!size) throw new RangeError(`unknown size "${label}"; sizes: ${BENCH_SIZES.map((s) => s.label).join(", ")}`);
    return size;
  });
}

async function sectionNames(): Promise<string[]> {
  const files = await readdir(SECTIONS_DIR).catch(() => [] as string[]);
  return files.filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts")).map((f) => basename(f, ".ts")).sort();
}

/** Child mode: runs one section in this process and writes its rows as JSON to `rowsFile`. */
async function runSectionHere(name: string, sizes: BenchSize[], rowsFile: string): Promise<void> {
  const module = (await import(pathToFileURL(join(SECTIONS_DIR, `${name}.ts`)).href)) as { run?: (context: SectionContext) => Promise<BenchRow[]> };
  if (typeof module.run !== "function") throw new TypeError(`bench/sections/${name}.ts must export run(context): Promise<BenchRow[]>`);
  const context: SectionContext = { sizes, dataDir: cachedDataDir(), log: (message) => log(`${name}: ${message}`) };
  const rows = await module.run(context);
  await writeFile(rowsFile, JSON.stringify(rows));
}

function formatNumber(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return "-";
  return String(round3(value));
}

/** The results as a Markdown table (it reads in a terminal and pastes into the README). */
function formatTable(rows: BenchRow[]): string {
  const header = ["task", "size", "ours (median)", "ours p95", "baseline", "baseline (median)", "baseline p95", "ratio", "goal", "met?"];
  const lines = rows.map((row) => {
    const comparable = row.baseline !== undefined && row.baseline > 0 && row.ours > 0 && row.compare !== "absolute";
    const ratio = !comparable ? "-" : row.compare === "speedup" ? `${round3(row.baseline! / row.ours)}x faster` : `${round3(row.ours / row.baseline!)}x`;
    const met = row.goalMet === undefined ? "-" : row.goalMet ? "yes" : "no";
    return [
      row.task, row.size, Number.isFinite(row.ours) ? `${formatNumber(row.ours)} ${row.unit}` : "skipped", formatNumber(row.oursP95), row.baselineName ?? "-",
      row.baseline === undefined ? "-" : `${formatNumber(row.baseline)} ${row.unit}`, formatNumber(row.baselineP95), ratio, row.goal ?? "-", met,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const render = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  const notes = rows.filter((r) => r.note).map((r) => `- ${r.task}, ${r.size}: ${r.note}`);
  return [render(header), render(widths.map((w) => "-".repeat(w))), ...lines.map(render), ...(notes.length ? ["", "Notes:", ...notes] : [])].join("\n");
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      sizes: { type: "string" },
      sections: { type: "string" },
      out: { type: "string", default: join("bench", "results.json") },
      "child-section": { type: "string" },
      "rows-file": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(
      "Usage: npm run bench -- [--sizes 10k/50k,100k/500k] [--sections build,paths] [--out FILE]\n\n" +
        `Sizes: ${BENCH_SIZES.map((s) => s.label).join(", ")} (default: all). Sections: ${(await sectionNames()).join(", ")} (default: all).\n` +
        "Prints a table of our figures next to baselines measured in the same run and writes it to bench/results.json.\n",
    );
    return 0;
  }
  const sizes = parseSizes(values.sizes);
  if (values["child-section"] !== undefined) {
    await runSectionHere(values["child-section"], sizes, values["rows-file"]!);
    return 0;
  }

  const started = performance.now();
  const available = await sectionNames();
  const chosen = values.sections === undefined ? available : values.sections.split(",").map((s) => s.trim()).filter(Boolean);
  for (const name of chosen) {
    if (!available.includes(name)) throw new RangeError(`unknown section "${name}"; sections: ${available.join(", ")}`);
  }
  // Generate every size once up front, so section timings never include generation; sections that
  // read only the bundled data (extract) need none of it.
  const dataDir = cachedDataDir();
  if (chosen.some((name) => !SECTIONS_WITHOUT_GENERATED_DATA.has(name))) for (const size of sizes) await dataDir(size);

  const rows: BenchRow[] = [];
  const failures: Failure[] = [];
  const sectionSeconds: Record<string, number> = {};
  for (const name of chosen) {
    // Each section runs in its own process: memory figures start clean and a crash fails one section only.
    const rowsFile = join(tmpdir(), `actorgraph-bench-${process.pid}-${name}.json`);
    const sectionStart = performance.now();
    log(`section ${name}: running at ${sizes.map((s) => s.label).join(", ")}`);
    const code = await runNode([fileURLToPath(import.meta.url), "--child-section", name, "--rows-file", rowsFile, "--sizes", sizes.map((s) => s.label).join(",")]);
    sectionSeconds[name] = Math.round((performance.now() - sectionStart) / 100) / 10;
    if (code !== 0) {
      failures.push({ section: name, error: `process exited with code ${code}` });
      log(`section ${name}: FAILED (exit ${code})`);
      continue;
    }
    const sectionRows = JSON.parse(await readFile(rowsFile, "utf8")) as BenchRow[];
    await rm(rowsFile, { force: true });
    rows.push(...sectionRows);
    log(`section ${name}: ${sectionRows.length} rows in ${sectionSeconds[name]} s`);
  }

  const wallSeconds = Math.round((performance.now() - started) / 100) / 10;
  const table = formatTable(rows);
  const judged = rows.filter((r) => r.goalMet !== undefined);
  const met = judged.filter((r) => r.goalMet).length;
  process.stdout.write(`${table}\n\nGoals met: ${met} of ${judged.length}. Wall time ${wallSeconds} s on ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB.\n`);
  for (const failure of failures) process.stdout.write(`FAILED: section ${failure.section}: ${failure.error}\n`);

  const results = {
    machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? "unknown", memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: process.platform },
    date: new Date().toISOString(),
    wallSeconds,
    sizes: sizes.map((s) => s.label),
    sections: sectionSeconds,
    rows,
    failures,
    table,
  };
  await writeFile(resolve(ROOT, values.out!), `${JSON.stringify(results, null, 2)}\n`);
  log(`wrote ${values.out}`);
  return failures.length > 0 ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
}
