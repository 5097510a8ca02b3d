// Specification of what `actorgraph stats` says about corroboration, on the invented four-document corpus.
import { describe, expect, it } from "vitest";
import { cli, tinyFolder } from "./cli-helpers.ts";
import { CORPUS_FIXTURE } from "./corpus-helpers.ts";

/** The lines of one section of the text report: its heading line and the indented lines under it. */
function section(stdout: string, heading: string): string[] {
  const start = stdout.split("\n").findIndex((line) => line.startsWith(heading));
  expect(start, `no section "${heading}"`).toBeGreaterThanOrEqual(0);
  const lines = stdout.split("\n").slice(start);
  const end = lines.findIndex((line, i) => i > 0 && !line.startsWith("  "));
  return lines.slice(0, end);
}

describe("actorgraph stats: corroboration", () => {
  it("shows relations by number of sources as a small histogram", async () => {
    const { code, stdout } = await cli(["stats", "--data", CORPUS_FIXTURE]);
    expect(code).toBe(0);
    // Three relations rest on one document, three on two, and the supply claim on three.
    expect(section(stdout, "Relations by number of sources:")).toEqual([
      "Relations by number of sources:",
      "  1 source       3  ##############################",
      "  2 sources      3  ##############################",
      "  3 sources      1  ##########",
      "  4+ sources     0",
    ]);
  });

  it("counts and names the contested relations", async () => {
    const { stdout } = await cli(["stats", "--data", CORPUS_FIXTURE]);
    expect(section(stdout, "Contested relations")).toEqual([
      "Contested relations (denied by some documents, reported or confirmed by others): 1",
      "  valdoria-supplies-norvask",
    ]);
  });

  it("ranks the documents by what they add: relations only they support, then all they support; a denial is not support", async () => {
    const { stdout } = await cli(["stats", "--data", CORPUS_FIXTURE]);
    expect(section(stdout, "What each source adds")).toEqual([
      "What each source adds (relations it supports, and those no other source supports), most first:",
      "  doc-b  supports    5, alone    3",
      "  doc-a  supports    3, alone    0",
      "  doc-d  supports    3, alone    0",
      "  doc-c  supports    0, alone    0; denies 1",
    ]);
  });

  it("says so when no relation is contested, and draws the longest bar full width (a one-document folder)", async () => {
    const { stdout } = await cli(["stats", "--data", tinyFolder()]);
    expect(stdout).toContain("Contested relations (denied by some documents, reported or confirmed by others): none\n");
    expect(section(stdout, "Relations by number of sources:")[1]).toBe(`  1 source       3  ${"#".repeat(30)}`);
  });

  it("gives the same figures in --json", async () => {
    const stats = JSON.parse((await cli(["stats", "--data", CORPUS_FIXTURE, "--json"])).stdout);
    expect(stats.relationsBySourceCount).toEqual([
      { sources: "1", count: 3 },
      { sources: "2", count: 3 },
      { sources: "3", count: 1 },
      { sources: "4+", count: 0 },
    ]);
    expect(stats.contested).toEqual({ count: 1, relations: ["valdoria-supplies-norvask"] });
    expect(stats.sources.map((s: { id: string; citedBy: number; supports: number; alone: number; denies: number }) => [s.id, s.citedBy, s.supports, s.alone, s.denies])).toEqual([
      ["doc-a", 3, 3, 0, 0],
      ["doc-b", 5, 5, 3, 0],
      ["doc-c", 1, 0, 0, 1],
      ["doc-d", 3, 3, 0, 0],
    ]);
  });
});
