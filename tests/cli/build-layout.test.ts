// Specification of `actorgraph build`'s layout options: --no-layout, --seed and --iterations, run in-process.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { graphToJson } from "../../src/export/json.ts";
import { buildGraph } from "../../src/graph/build.ts";
import { loadDataFolder } from "../../src/load/read-folder.ts";
import { cli, positionsOf, tinyFolder } from "./cli-helpers.ts";

/** Builds the tiny folder with `flags` into `name` inside it and returns the file's text. */
async function build(dir: string, name: string, ...flags: string[]): Promise<string> {
  const result = await cli(["build", "--data", dir, "--out", name, ...flags], { cwd: dir });
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  expect(result.stdout).toBe(`wrote ${name}: 5 nodes, 3 edges\n`);
  return readFileSync(join(dir, name), "utf8");
}

const distinctPoints = (json: string) => new Set(Object.values(positionsOf(json)).map((p) => `${p.x},${p.y}`)).size;

describe("actorgraph build --no-layout", () => {
  it("skips ForceAtlas2, leaving each node at its own seeded start position for the viewer's Run layout, and is otherwise the same graph", async () => {
    const dir = tinyFolder();
    const unlaid = await build(dir, "unlaid.json", "--no-layout");
    expect(Object.keys(positionsOf(unlaid))).toEqual(["iran", "russia", "ukraine", "kyiv", "shahed-136"]);
    // Distinct points: ForceAtlas2 cannot push apart nodes that all sit on one spot.
    expect(distinctPoints(unlaid)).toBe(5);
    expect(unlaid).toBe(await build(dir, "start.json", "--iterations", "0"));
    expect(await build(dir, "unlaid-seed-3.json", "--no-layout", "--seed", "3")).toBe(await build(dir, "start-seed-3.json", "--iterations", "0", "--seed", "3"));

    // Apart from the positions it is the graph a laid-out build writes: labels, types, colours, sizes, relations.
    const laid = JSON.parse(await build(dir, "laid.json"));
    expect(positionsOf(JSON.stringify(laid))).not.toEqual(positionsOf(unlaid));
    const withoutPositions = (graph: { nodes: { attributes: object }[] }) => graph.nodes.map((node) => ({ ...node, attributes: { ...node.attributes, x: 0, y: 0 } }));
    expect(withoutPositions(JSON.parse(unlaid))).toEqual(withoutPositions(laid));
    expect(JSON.parse(unlaid).edges).toEqual(laid.edges);
  });
});

describe("actorgraph build --seed", () => {
  it("writes the same bytes for the same seed, and other positions for another seed", async () => {
    const dir = tinyFolder();
    const first = await build(dir, "seed-7a.json", "--seed", "7");
    expect(await build(dir, "seed-7b.json", "--seed", "7")).toBe(first);
    const other = await build(dir, "seed-8.json", "--seed", "8");
    const byDefault = await build(dir, "default.json");
    expect(positionsOf(other)).not.toEqual(positionsOf(first));
    expect(positionsOf(byDefault)).not.toEqual(positionsOf(first));
    // Only the positions change with the seed.
    expect(other.replace(/"x":-?[\d.e+-]+,"y":-?[\d.e+-]+/g, "")).toBe(first.replace(/"x":-?[\d.e+-]+,"y":-?[\d.e+-]+/g, ""));
  });

  it("refuses a seed that is not a whole number (exit 2)", async () => {
    const { code, stderr } = await cli(["build", "--data", tinyFolder(), "--seed", "1.5"]);
    expect(code).toBe(2);
    expect(stderr).toContain('--seed takes a whole number >= 0, not "1.5"');
  });
});

describe("actorgraph build --iterations", () => {
  it("keeps the seeded start positions with --iterations 0: spread out, one per entity, set by the seed", async () => {
    const dir = tinyFolder();
    const start = await build(dir, "start-5.json", "--iterations", "0", "--seed", "5");
    expect(distinctPoints(start)).toBe(5);
    const loaded = await loadDataFolder(dir);
    if (!loaded.ok) throw new Error("the tiny folder does not load");
    expect(start).toBe(graphToJson(buildGraph(loaded.dataset, { layout: { iterations: 0, seed: 5 } })));
    expect(positionsOf(await build(dir, "start-6.json", "--iterations", "0", "--seed", "6"))).not.toEqual(positionsOf(start));
  });

  it("runs as many ForceAtlas2 iterations as asked: each count gives other positions, the same count the same bytes", async () => {
    const dir = tinyFolder();
    const start = positionsOf(await build(dir, "i0.json", "--iterations", "0"));
    const one = await build(dir, "i1.json", "--iterations", "1");
    const two = await build(dir, "i2.json", "--iterations", "2");
    expect(positionsOf(one)).not.toEqual(start);
    expect(positionsOf(two)).not.toEqual(positionsOf(one));
    expect(await build(dir, "i2-again.json", "--iterations", "2")).toBe(two);
    // The default is the full layout, not a couple of iterations.
    expect(positionsOf(await build(dir, "default.json"))).not.toEqual(positionsOf(two));
  });
});
