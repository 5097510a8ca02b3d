// Whose work fills the page's long tasks: a CPU profile of the page, each sample put down to our code, to sigma, or
// to the browser itself (native drawing, garbage collection), found through the built bundle's source maps.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { originalPositionFor, TraceMap } from "@jridgewell/trace-mapping";

/** The parts of a Chrome DevTools CPU profile this reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; parent?: number; children?: number[] }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A long task as the page's PerformanceObserver saw it, in the page's clock (ms). */
export interface LongTask {
  startMs: number;
  durationMs: number;
}

/** Who a sample's time belongs to. */
type Owner = "ours" | "sigma" | "other";

/** Whose a function is, and where it is in the sources (file:line of the function). */
interface Found {
  owner: Owner;
  place: string;
}

/** The name of the function the page runs to tie the profile's clock to its own (see {@link CLOCK_MARK}). */
const MARK_FUNCTION = "benchClockMark";

/**
 * Run in the page once the measured steps are done: a function of a known name busy for 30 ms, whose
 * start the page returns in its own clock; found in the profile, it gives the offset between the two.
 */
export const CLOCK_MARK = `(() => { function ${MARK_FUNCTION}() { const start = performance.now(); while (performance.now() - start < 30); return start; } return ${MARK_FUNCTION}(); })()`;

/**
 * Sorts a built site's scripts into ours and sigma's by their source maps: `site` is the folder the
 * page's URLs point into (`siteUrl`), built with `sourcemap: true`.
 */
export function sourceOwners(siteUrl: string, site: string): (url: string, line: number, column: number) => Found {
  const maps = new Map<string, TraceMap | null>();
  const memo = new Map<string, Found>();
  const other: Found = { owner: "other", place: "" };
  return (url, line, column) => {
    if (!url.startsWith(siteUrl)) return other;
    let map = maps.get(url);
    if (map === undefined) {
      try {
        map = new TraceMap(readFileSync(join(site, `${url.slice(siteUrl.length).split("?")[0]}.map`), "utf8"));
      } catch {
        map = null;
      }
      maps.set(url, map);
    }
    if (!map) return other;
    const key = `${url}:${line}:${column}`;
    let found = memo.get(key);
    if (found === undefined) {
      // The profile counts lines and columns from 0, source maps lines from 1.
      const position = originalPositionFor(map, { line: line + 1, column });
      const source = position.source ?? "";
      const owner = /node_modules\/sigma\//.test(source) ? "sigma" : /node_modules\//.test(source) || source === "" ? "other" : "ours";
      found = { owner, place: `${source.replace(/^(\.\.\/)+/, "")}:${position.line ?? 0}` };
      memo.set(key, found);
    }
    return found;
  };
}

/**
 * For each long task, the milliseconds of our code in it: samples whose innermost frame that is ours
 * or sigma's is ours (graphology called by our code counts as ours, our callbacks called by sigma too;
 * sigma's own indexing and drawing, native drawing and garbage collection do not). Returns the largest
 * of these, and the largest for sigma; and, for the task with most of our code, where in our sources
 * that time went (by the innermost function of ours, as file:line, most first). `markPageMs` is what
 * {@link CLOCK_MARK} returned.
 */
export function longestByOwner(
  profile: CpuProfile, tasks: readonly LongTask[], owners: ReturnType<typeof sourceOwners>, markPageMs: number,
): { oursMs: number; sigmaMs: number; oursWhere: { place: string; ms: number }[] } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const ownerOf = new Map<number, Found>();
  const classify = (id: number): Found => {
    let owner = ownerOf.get(id);
    if (owner !== undefined) return owner;
    owner = { owner: "other", place: "" };
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      const found = owners(frame.url, frame.lineNumber, frame.columnNumber);
      if (found.owner !== "other") {
        owner = found;
        break;
      }
    }
    ownerOf.set(id, owner);
    return owner;
  };
  const inMark = (id: number) => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) if (byId.get(at)!.callFrame.functionName === MARK_FUNCTION) return true;
    return false;
  };
  // Sample times in µs of the profile's clock; the clock mark ties them to the page's milliseconds.
  const times: number[] = [];
  let t = profile.startTime;
  for (const delta of profile.timeDeltas) times.push((t += delta));
  const markIndex = profile.samples.findIndex(inMark);
  if (markIndex < 0) throw new Error("the clock mark is not in the CPU profile: no sample fell in it");
  const zeroUs = times[markIndex]! - markPageMs * 1000;
  const sorted = [...tasks].sort((a, b) => a.startMs - b.startMs);
  const totals = sorted.map(() => ({ ours: 0, sigma: 0, where: new Map<string, number>() }));
  let task = 0;
  for (let i = 0; i < profile.samples.length - 1; i++) {
    const atMs = (times[i]! - zeroUs) / 1000;
    while (task < sorted.length && sorted[task]!.startMs + sorted[task]!.durationMs < atMs) task++;
    if (task >= sorted.length) break;
    if (atMs < sorted[task]!.startMs) continue;
    // A sample stands for the time until the next one.
    const ms = (times[i + 1]! - times[i]!) / 1000;
    const { owner, place } = classify(profile.samples[i]!);
    const total = totals[task]!;
    if (owner === "ours") {
      total.ours += ms;
      total.where.set(place, (total.where.get(place) ?? 0) + ms);
    } else if (owner === "sigma") total.sigma += ms;
  }
  const most = totals.reduce<(typeof totals)[number] | null>((best, x) => (best === null || x.ours > best.ours ? x : best), null);
  const oursWhere = [...(most?.where ?? [])].map(([place, ms]) => ({ place, ms })).sort((a, b) => b.ms - a.ms);
  return { oursMs: Math.max(0, ...totals.map((x) => x.ours)), sigmaMs: Math.max(0, ...totals.map((x) => x.sigma)), oursWhere };
}
