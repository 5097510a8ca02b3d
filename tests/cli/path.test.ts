// Specification of `actorgraph path` and `actorgraph neighbors`, run in-process on the bundled data.
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.ts";
import type { Path } from "../../src/query/path.ts";

/** Runs the CLI in the repository root and captures what it prints. */
async function cli(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: process.cwd() });
  return { code, stdout, stderr };
}

describe("actorgraph path", () => {
  it("wants exactly two entities (exit 2)", async () => {
    const { code, stderr } = await cli(["path", "iran"]);
    expect(code).toBe(2);
    expect(stderr).toContain('"path" takes two entities');
  });

  it("refuses an unknown relation type with a suggestion (exit 2)", async () => {
    const { code, stderr } = await cli(["path", "iran", "kyiv", "--only", "suplies"]);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown relation type "suplies" in includeRelationTypes; did you mean "supplies"?');
  });

  it("refuses more than one of --all, --k and --simple (exit 2)", async () => {
    expect((await cli(["path", "iran", "kyiv", "--all", "--k", "3"])).code).toBe(2);
    expect((await cli(["path", "iran", "kyiv", "--k", "0"])).stderr).toContain("--k takes a whole number >= 1");
  });

  it("answers an unknown entity with exit 1 and suggestions", async () => {
    const { code, stdout, stderr } = await cli(["path", "Kiyv", "Tehrn"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain('unknown entity "Kiyv" — did you mean "kyiv" (Kyiv)?');
    expect(stderr).toContain('unknown entity "Tehrn" — did you mean "iran" (Iran)?');
  });

  it("prints the path with dates, statuses and quotes, resolving names by label or alias", async () => {
    const { code, stdout } = await cli(["path", "Tehran", "Kyiv", "--only", "supplies,attacked"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Shortest path from Iran to Kyiv \(2 steps\)\n/);
    expect(stdout).toMatch(/^1\. Iran —supplies \(.*\)→ Russia$/m);
    expect(stdout).toMatch(/^2\. Russia —attacked \(.*reported, with Iranian drones\)→ Kyiv$/m);
    expect(stdout).toMatch(/^ {5}".*Kyiv.*" \[iran-russia-drones\]$/m);
  });

  it("says 'no path' with exit 0, naming the filter that cut it and the option that lifts it", async () => {
    const { code, stdout } = await cli(["path", "iran", "kyiv", "--only", "supplies,attacked", "--exclude", "supplies"]);
    expect(code).toBe(0);
    expect(stdout).toContain("No path from Iran to Kyiv with these filters.");
    expect(stdout).toContain("only supplies, attacked; not supplies relations: without --only/--exclude");
  });

  it("finds the claims Iranian officials deny with --status denied, and shows who denies them", async () => {
    const denied = await cli(["path", "irgc", "crimea", "--all", "--status", "denied"]);
    expect(denied.stdout).toContain("Islamic Revolutionary Guards Corps —deployed to (reported)→ Crimean Peninsula");
    expect(denied.stdout).toContain("Denied by Iran: ");
    const json = async (...extra: string[]) => JSON.parse((await cli(["path", "iran", "russia", "--only", "supplies", "--all", "--json", ...extra])).stdout) as { paths: Path[] };
    const relations = (r: { paths: Path[] }) => r.paths.map((p) => p.steps[0]!.relation);
    expect(relations(await json())).toContain("iran-supplies-russia");
    expect(relations(await json("--status", "denied"))).toEqual(["iran-supplies-russia"]);
  });

  it("changes its answer with --time-respecting and says how undated relations were treated", async () => {
    const plain = await cli(["path", "jake-sullivan", "john-kirby", "--direction", "any", "--json"]);
    const timed = await cli(["path", "jake-sullivan", "john-kirby", "--direction", "any", "--time-respecting"]);
    expect((JSON.parse(plain.stdout) as { paths: Path[] }).paths[0]!.steps).toHaveLength(2);
    expect(timed.stdout).toContain("(3 steps)");
    expect(timed.stdout).toContain("Undated relations are kept");
  });

  it("narrows to a date window", async () => {
    const { stdout } = await cli(["path", "iran", "kyiv", "--only", "supports,attacked", "--from", "2022-09", "--to", "2023-04", "--undated", "drop"]);
    expect(stdout).toContain("No path from Iran to Kyiv");
    expect(stdout).toContain("dated from 2022-09 to 2023-04: without --from/--to");
  });

  it("lists k shortest paths, shortest first, and prints JSON for machines", async () => {
    const { code, stdout } = await cli(["path", "iran", "kyiv", "--k", "5", "--json"]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { mode: string; k: number; paths: Path[]; options: { statuses: string[] } };
    expect(result.mode).toBe("k");
    expect(result.paths).toHaveLength(5);
    const lengths = result.paths.map((p) => p.steps.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expect(result.options.statuses).not.toContain("denied");
    expect(result.paths[0]!.steps[0]!.evidence[0]!.quote.length).toBeGreaterThan(0);
  });

  it("lists simple paths up to --max-hops", async () => {
    const { stdout } = await cli(["path", "iran", "kyiv", "--simple", "--max-hops", "3"]);
    expect(stdout).toMatch(/^\d+ paths from Iran to Kyiv of at most 3 steps, shortest first/);
    expect(stdout).toContain("(3 steps):");
  });

  it("lists the relation types of the data in its help", async () => {
    const { code, stdout } = await cli(["path", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Relation types \(graph-data\): supplies, supports, attacked/);
    expect(stdout).toContain("--time-respecting");
  });
});

describe("actorgraph neighbors", () => {
  it("answers an unknown entity with exit 1 and suggestions", async () => {
    const { code, stderr } = await cli(["neighbors", "irgcc"]);
    expect(code).toBe(1);
    expect(stderr).toContain('did you mean "irgc"');
  });

  it("lists the entities one step away and the relations among them", async () => {
    const { code, stdout } = await cli(["neighbors", "IRGC"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Within 1 step of Islamic Revolutionary Guards Corps \(irgc\): 3 entities, 3 relations/);
    expect(stdout).toContain("  Crimean Peninsula (crimea, region)");
    expect(stdout).toContain("  Islamic Revolutionary Guards Corps —trains (reported)→ Russian armed forces");
    expect(stdout).not.toContain("(denied, per Iran)");
  });

  it("goes further with --hops and prints JSON", async () => {
    const { stdout } = await cli(["neighbors", "irgc", "--hops", "2", "--json"]);
    const result = JSON.parse(stdout) as { entities: { id: string; distance: number }[]; relations: { id: string }[] };
    expect(result.entities.find((e) => e.id === "russia")!.distance).toBe(2);
    expect(result.relations.some((r) => r.id === "iran:aligned-with:russia")).toBe(true);
  });
});
