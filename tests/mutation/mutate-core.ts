// `npm run mutate`: mutation testing of the core, one folder after another, then one table of scores.
// Usage: npm run mutate [-- FOLDER...] [-- --incremental]   (folders: model load graph query export)
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";

/** The core, in the order data flows through it (STYLE.md). */
const CORE = ["model", "load", "graph", "query", "export"] as const;
const ROOT = resolve(import.meta.dirname, "../..");
const REPORTS = join(ROOT, "reports", "mutation");

/** One mutant as Stryker's JSON report (mutation-testing-report-schema) gives it. */
interface ReportedMutant {
  mutatorName: string;
  replacement?: string;
  status: "Killed" | "Survived" | "NoCoverage" | "Timeout" | "CompileError" | "RuntimeError" | "Ignored" | "Pending";
  location: { start: { line: number; column: number } };
}

/** Counts of one folder's report, and the mutants nothing caught. */
interface FolderScore {
  folder: string;
  counts: Record<ReportedMutant["status"], number>;
  /** Killed or timed out over every mutant that could be tested (Stryker's "mutation score"). */
  score: number;
  seconds: number;
  undetected: string[];
}

/** Reads a folder's JSON report into counts and the list of surviving and uncovered mutants. */
function readScore(folder: string, seconds: number): FolderScore {
  const report = JSON.parse(readFileSync(join(REPORTS, folder, "mutation.json"), "utf8")) as { files: Record<string, { mutants: ReportedMutant[] }> };
  const counts = { Killed: 0, Survived: 0, NoCoverage: 0, Timeout: 0, CompileError: 0, RuntimeError: 0, Ignored: 0, Pending: 0 };
  const undetected: string[] = [];
  for (const [file, { mutants }] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
    for (const mutant of mutants) {
      counts[mutant.status]++;
      if (mutant.status === "Survived" || mutant.status === "NoCoverage") {
        const { line, column } = mutant.location.start;
        undetected.push(`${file}:${line}:${column} ${mutant.status} ${mutant.mutatorName}: ${JSON.stringify(mutant.replacement ?? "")}`);
      }
    }
  }
  const detected = counts.Killed + counts.Timeout;
  const valid = detected + counts.Survived + counts.NoCoverage;
  return { folder, counts, score: valid === 0 ? 100 : (100 * detected) / valid, seconds, undetected };
}

/** Runs Stryker on one folder, its output shown as it goes; returns its exit status and run time. */
function mutateFolder(folder: string, strykerArgs: string[]): { status: number; seconds: number } {
  // The package exports no path to its command: find it beside its package.json.
  const stryker = join(dirname(createRequire(import.meta.url).resolve("@stryker-mutator/core/package.json")), "bin", "stryker.js");
  const started = performance.now();
  const run = spawnSync(process.execPath, [stryker, "run", "tests/mutation/stryker.config.mjs", ...strykerArgs], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, MUTATE_FOLDER: folder },
  });
  return { status: run.status ?? 1, seconds: (performance.now() - started) / 1000 };
}

/** The table printed at the end, one row a folder. */
function table(scores: FolderScore[]): string {
  const rows = [["folder", "score", "killed", "timeout", "survived", "no coverage", "static (ignored)", "time"]];
  for (const s of scores) {
    rows.push([`src/${s.folder}`, `${s.score.toFixed(1)}%`, ...[s.counts.Killed, s.counts.Timeout, s.counts.Survived, s.counts.NoCoverage, s.counts.Ignored].map(String), `${(s.seconds / 60).toFixed(1)} min`]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) => row.map((cell, i) => cell.padEnd(widths[i]!)).join("  ")).join("\n");
}

function main(argv: string[]): number {
  const folders = argv.filter((arg) => !arg.startsWith("-"));
  const unknown = folders.filter((folder) => !(CORE as readonly string[]).includes(folder));
  if (unknown.length > 0) {
    console.error(`unknown folder ${unknown.join(", ")}: the core is ${CORE.join(", ")}`);
    return 2;
  }
  const strykerArgs = argv.filter((arg) => arg.startsWith("-"));
  const scores: FolderScore[] = [];
  for (const folder of folders.length > 0 ? folders : CORE) {
    const { status, seconds } = mutateFolder(folder, strykerArgs);
    if (status !== 0 || !existsSync(join(REPORTS, folder, "mutation.json"))) {
      console.error(`mutation testing of src/${folder} failed (exit ${status})`);
      return 1;
    }
    scores.push(readScore(folder, seconds));
  }
  const survivors = scores.flatMap((s) => s.undetected);
  writeFileSync(join(REPORTS, "undetected.txt"), survivors.length > 0 ? `${survivors.join("\n")}\n` : "");
  console.log(`\n${table(scores)}\n`);
  console.log(`total ${(scores.reduce((n, s) => n + s.seconds, 0) / 60).toFixed(1)} min; ${survivors.length} mutants undetected, listed in reports/mutation/undetected.txt; reports in reports/mutation/<folder>/index.html`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
