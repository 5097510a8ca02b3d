// Specification of the progress `actorgraph build` prints on stderr: nothing for quick steps, a bar
// redrawn in place when stderr is a terminal, plain lines otherwise. The CLI reads the time with
// performance.now() and announces slow steps with setTimeout, so the tests drive both by hand.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { run } from "../../src/cli/run.ts";
import { cli, tinyFolder } from "./cli-helpers.ts";

let clock = 0;

beforeEach(() => {
  clock = 0;
  // Only the step announcement's timer is faked; file reads and writes run as usual.
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Every reading of the clock moves it on by `ms`, so each layout iteration "takes" that long. */
function clockAdvancingBy(ms: number): void {
  vi.spyOn(performance, "now").mockImplementation(() => (clock += ms));
}

describe("actorgraph build: progress on stderr", () => {
  it("prints nothing on stderr when every step takes under a second, on a terminal or not", async () => {
    vi.spyOn(performance, "now").mockImplementation(() => clock);
    for (const stderrIsTTY of [false, true]) {
      const dir = tinyFolder();
      const { code, stdout, stderr } = await cli(["build", "--data", dir, "--out", "graph.json"], { cwd: dir, stderrIsTTY });
      expect(code).toBe(0);
      expect(stdout).toBe("wrote graph.json: 5 nodes, 3 edges\n");
      expect(stderr).toBe("");
    }
  });

  it("prints plain progress lines, never redrawn, when stderr is not a terminal", async () => {
    clockAdvancingBy(50); // 100 iterations: 5 seconds of layout
    const dir = tinyFolder();
    const { code, stdout, stderrWrites } = await cli(["build", "--data", dir, "--out", "graph.json", "--iterations", "100"], { cwd: dir, stderrIsTTY: false });
    expect(code).toBe(0);
    expect(stdout).toBe("wrote graph.json: 5 nodes, 3 edges\n");
    expect(stderrWrites.length).toBeGreaterThan(1);
    for (const write of stderrWrites) {
      expect(write).not.toContain("\r");
      expect(write).toMatch(/^[^\n]+\n$/); // one whole line per write
    }
    expect(stderrWrites[0]).toMatch(/^ForceAtlas2: \d+\/100 \(\d+%, 1\.\d s\)\n$/);
    expect(stderrWrites).toContain("ForceAtlas2: 100/100 (100%, 5.0 s)\n");
    expect(stderrWrites.at(-1)).toMatch(/^laying out: done in 5\.\d s\n$/);
    // Only the slow step is reported; reading, building and writing were quick.
    expect(stderrWrites.join("")).not.toMatch(/reading|building|writing/);
  });

  it("draws a bar updated in place when stderr is a terminal, and ends its line before the next message", async () => {
    clockAdvancingBy(50);
    const dir = tinyFolder();
    const { code, stderrWrites } = await cli(["build", "--data", dir, "--out", "graph.json", "--iterations", "100"], { cwd: dir, stderrIsTTY: true });
    expect(code).toBe(0);
    const bars = stderrWrites.filter((w) => w.startsWith("\r"));
    expect(bars.length).toBeGreaterThan(5);
    for (const bar of bars) expect(bar).toMatch(/^\rForceAtlas2 \[[# ]{24}\] \d+% \(\d+\/100, \d+\.\d s\)$/);
    expect(bars.at(-1)).toMatch(/^\rForceAtlas2 \[#{24}\] 100% \(100\/100, 5\.0 s\)$/);
    const afterBars = stderrWrites.slice(stderrWrites.lastIndexOf(bars.at(-1)!) + 1);
    expect(afterBars[0]).toBe("\n");
    expect(afterBars[1]).toMatch(/^laying out: done in 5\.\d s\n$/);
  });

  it("announces a step while it runs once it has taken a second, then says how long it took", async () => {
    vi.spyOn(performance, "now").mockImplementation(() => clock);
    const dir = tinyFolder();
    const written: string[] = [];
    const io = { stdout: () => {}, stderr: (t: string) => written.push(t), cwd: dir, stderrIsTTY: false };
    const pending = run(["build", "--data", dir, "--out", "graph.json", "--no-layout"], io);
    // The data is still being read: a second and a half pass.
    clock += 1500;
    vi.advanceTimersByTime(1500);
    expect(written).toEqual(["reading and validating…\n"]);
    expect(await pending).toBe(0);
    expect(written).toEqual(["reading and validating…\n", "reading and validating: done in 1.5 s\n"]);
  });
});
