// Specification of progress reporting: silent for quick steps, a bar on a terminal, plain lines otherwise.
import { describe, expect, it } from "vitest";
import { createProgress } from "../../src/cli/progress.ts";

function recorder(tty: boolean) {
  let clock = 0;
  const written: string[] = [];
  const progress = createProgress((t) => written.push(t), { tty, now: () => clock });
  return { progress, written, advance: (ms: number) => (clock += ms) };
}

describe("createProgress", () => {
  it("says nothing about a step that takes under a second", async () => {
    const { progress, written, advance } = recorder(false);
    const tick = progress.counter("ForceAtlas2");
    await progress.step("laying out", () => {
      for (let i = 1; i <= 10; i++) advance(50), tick(i, 10);
    });
    expect(written).toEqual([]);
  });

  it("times a slow step and prints plain progress lines when stderr is not a terminal", async () => {
    const { progress, written, advance } = recorder(false);
    await progress.step("laying out", () => {
      const tick = progress.counter("ForceAtlas2");
      for (let i = 1; i <= 100; i++) advance(200), tick(i, 100);
    });
    expect(written.every((line) => line.endsWith("\n") && !line.includes("\r"))).toBe(true);
    expect(written[0]).toMatch(/^ForceAtlas2: \d+\/100 \(\d+%, 1\.\d s\)\n$/);
    expect(written).toContain("ForceAtlas2: 100/100 (100%, 20.0 s)\n");
    expect(written.at(-1)).toBe("laying out: done in 20.0 s\n");
    // A line every five seconds at most, not one per iteration.
    expect(written.length).toBeLessThan(10);
  });

  it("draws a bar updated in place on a terminal", async () => {
    const { progress, written, advance } = recorder(true);
    await progress.step("laying out", () => {
      const tick = progress.counter("ForceAtlas2");
      for (let i = 1; i <= 40; i++) advance(100), tick(i, 40);
    });
    const bars = written.filter((t) => t.startsWith("\r"));
    expect(bars.length).toBeGreaterThan(5);
    expect(bars.at(-1)).toMatch(/^\rForceAtlas2 \[#{24}\] 100% \(40\/40, 4\.0 s\)$/);
    expect(written.at(-1)).toBe("laying out: done in 4.0 s\n");
  });
});
