import { describe, expect, it } from "vitest";
import { progressText } from "../../../src/viewer/panels/load-progress.ts";

describe("the line above the load progress bar", () => {
  it("says how much of the file has been read, in megabytes, with the total when the server gave one", () => {
    expect(progressText("graph.json", { phase: "reading", done: 12.34 * 1024 * 1024, total: 40.8 * 1024 * 1024 })).toBe("Reading graph.json: 12 of 41 MB");
    expect(progressText("graph.json", { phase: "reading", done: 1.25 * 1024 * 1024, total: 8 * 1024 * 1024 })).toBe("Reading graph.json: 1.3 of 8.0 MB");
  });

  it("says it is checking the file while it parses, and counts entities and relations as the graph is built", () => {
    expect(progressText("big.gexf", { phase: "parsing", done: 0, total: null })).toBe("Reading big.gexf: checking it…");
    expect(progressText("big.gexf", { phase: "building", done: 120_000, total: 600_000 })).toBe("Building the graph: 120,000 of 600,000 entities and relations");
  });

  it("gives what has come so far when the size is not known", () => {
    expect(progressText("graph.json", { phase: "reading", done: 3 * 1024 * 1024, total: null })).toBe("Reading graph.json: 3.0 MB");
  });
});
