// Specification of `path` and `neighbors` over a corpus of several documents: how many sources back a
// step, who denies it, and the filters that read it (--min-sources, --exclude-contested, --status).
import { describe, expect, it } from "vitest";
import type { Path } from "../../src/query/path.ts";
import { cli } from "./cli-helpers.ts";

/** The invented four-document corpus: see its README. */
const CORPUS = new URL("../fixtures/corpus", import.meta.url).pathname;

/** The step lines of a printed path, without the lines under them. */
function stepLines(stdout: string): string[] {
  return stdout.split("\n").filter((line) => /^\d+\. /.test(line));
}

const SHORT_ROUTE = ["1. Valdoria —supplies (reported, per Estmark, with Kestrel-9)→ Norvask", "2. Norvask —attacked (2023-03-04, reported, with Kestrel-9)→ Port Halden"];
const CORROBORATED_ROUTE = [
  "1. Valdoria —trains (reported, per Estmark)→ Norvask Drone Corps",
  "2. Norvask Drone Corps —part of (reported)→ Norvask Armed Forces",
  "3. Norvask Armed Forces —attacked (reported)→ Port Halden",
];

describe("actorgraph path over a corpus", () => {
  it("takes by default the short route, saying under each step how many sources it has and who denies the contested supply, with the quote", async () => {
    const { code, stdout } = await cli(["path", "valdoria", "port-halden", "--data", CORPUS]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Shortest path from Valdoria to Port Halden \(2 steps\)\n/);
    expect(stdout).toContain("Filters: relations walked in their own direction only; status reported, confirmed, alleged or planned in at least one source\n");
    expect(stepLines(stdout)).toEqual(SHORT_ROUTE);
    const lines = stdout.split("\n");
    const supply = lines.indexOf(SHORT_ROUTE[0]!);
    expect(lines.slice(supply + 1, supply + 3)).toEqual([
      "     3 sources: 1 reported, 1 confirmed, 1 denied (contested)",
      '     Denied by Valdoria: "The foreign ministry of Valdoria denies that Valdoria has provided any drones to Norvask." [doc-c]',
    ]);
    expect(lines[lines.indexOf(SHORT_ROUTE[1]!) + 1]).toBe("     1 source");
  });

  it("with --min-sources 2, takes the longer route that two documents back at every step", async () => {
    const { code, stdout } = await cli(["path", "valdoria", "port-halden", "--min-sources", "2", "--data", CORPUS]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Shortest path from Valdoria to Port Halden \(3 steps\)\n/);
    expect(stdout).toContain("; quoted from at least 2 sources\n");
    expect(stepLines(stdout)).toEqual(CORROBORATED_ROUTE);
    expect(stdout.match(/^ {5}2 sources$/gm)).toHaveLength(3);
  });

  it("with --exclude-contested, leaves out the supply Valdoria denies and takes the longer route", async () => {
    const { code, stdout } = await cli(["path", "valdoria", "port-halden", "--exclude-contested", "--data", CORPUS]);
    expect(code).toBe(0);
    expect(stdout).toContain("; contested claims left out\n");
    expect(stepLines(stdout)).toEqual(CORROBORATED_ROUTE);
    expect(stdout).not.toContain("Denied by");
  });

  it("with --status denied, finds the claim one document denies though others report and confirm it", async () => {
    const { code, stdout } = await cli(["path", "valdoria", "norvask", "--status", "denied", "--data", CORPUS]);
    expect(code).toBe(0);
    expect(stdout).toContain("Filters: relations walked in their own direction only; status denied in at least one source\n");
    expect(stepLines(stdout)).toEqual([SHORT_ROUTE[0]]);
    expect(stdout).toContain("Denied by Valdoria:");
  });

  it("says --min-sources cut the path off when no route has enough sources on every step (exit 0)", async () => {
    const { code, stdout } = await cli(["path", "valdoria", "port-halden", "--min-sources", "3", "--data", CORPUS]);
    expect(code).toBe(0);
    expect(stdout).toContain("No path from Valdoria to Port Halden with these filters.");
    expect(stdout).toContain("  quoted from at least 3 sources: without --min-sources\n");
  });

  it("says --exclude-contested cut the path off when the only link is contested (exit 0)", async () => {
    const { code, stdout } = await cli(["path", "valdoria", "norvask", "--only", "supplies", "--exclude-contested", "--data", CORPUS]);
    expect(code).toBe(0);
    expect(stdout).toContain("No path from Valdoria to Norvask with these filters.");
    expect(stdout).toContain("  contested claims left out: without --exclude-contested\n");
  });

  it("gives each step's sources, stances and denials in --json, with the options used", async () => {
    const { stdout } = await cli(["path", "valdoria", "port-halden", "--json", "--data", CORPUS]);
    const json = JSON.parse(stdout) as { options: { minSources: number; excludeContested: boolean }; paths: Path[] };
    expect(json.options).toMatchObject({ minSources: 1, excludeContested: false });
    const [supply, attack] = json.paths[0]!.steps;
    expect(supply).toMatchObject({ sourceCount: 3, stanceCounts: { reported: 1, confirmed: 1, denied: 1 }, contested: true, deniedBy: ["valdoria"], firstReported: "2023-03-02" });
    expect(supply!.evidence[2]).toEqual({
      source: "doc-c",
      quote: "The foreign ministry of Valdoria denies that Valdoria has provided any drones to Norvask.",
      status: "denied",
      assertedBy: ["valdoria"],
    });
    expect(attack).toMatchObject({ sourceCount: 1, contested: false, deniedBy: [] });
  });

  const badMinimums: [string, string][] = [
    ["0", '--min-sources takes a whole number >= 1, not "0"'],
    ["two", '--min-sources takes a whole number >= 1, not "two"'],
    ["1.5", '--min-sources takes a whole number >= 1, not "1.5"'],
    ["", '--min-sources takes a whole number >= 1, not ""'],
  ];
  it.each(badMinimums)("refuses --min-sources %j with the usage (exit 2)", async (value, message) => {
    const { code, stdout, stderr } = await cli(["path", "valdoria", "port-halden", "--min-sources", value, "--data", CORPUS]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(`actorgraph path: ${message}\n`);
    expect(stderr).toContain("Run `actorgraph path --help` for details.");
  });

  it("refuses a negative --min-sources, written with = so it is not read as an option (exit 2)", async () => {
    const { code, stderr } = await cli(["neighbors", "valdoria", "--min-sources=-1", "--data", CORPUS]);
    expect(code).toBe(2);
    expect(stderr).toContain('actorgraph neighbors: --min-sources takes a whole number >= 1, not "-1"');
  });

  it("refuses a value after --exclude-contested, which is a switch (exit 2)", async () => {
    const { code, stderr } = await cli(["path", "valdoria", "port-halden", "--exclude-contested=yes", "--data", CORPUS]);
    expect(code).toBe(2);
    expect(stderr).toContain("Option '--exclude-contested' does not take an argument");
  });
});

describe("actorgraph neighbors over a corpus", () => {
  it("lists the relations that name a drone among their items, under their own heading", async () => {
    const { code, stdout } = await cli(["neighbors", "kestrel-9", "--data", CORPUS]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Within 1 step of Kestrel-9 \(kestrel-9\): 0 entities, 0 relations; an item in 2 relations\n/);
    expect(stdout).toContain(
      [
        "Relations with Kestrel-9 as item:",
        "  Valdoria —supplies (reported, per Estmark, with Kestrel-9)→ Norvask",
        "  Norvask —attacked (2023-03-04, reported, with Kestrel-9)→ Port Halden",
      ].join("\n"),
    );
  });

  it("lists them beside the relations the drone is an end of, and apart from them in --json", async () => {
    const text = await cli(["neighbors", "kestrel-9", "--direction", "any", "--data", CORPUS]);
    expect(text.stdout).toMatch(/: 1 entity, 1 relation; an item in 2 relations\n/);
    expect(text.stdout).toContain("Relations:\n  Norvask —uses (reported)→ Kestrel-9\n");
    const { stdout } = await cli(["neighbors", "kestrel-9", "--direction", "any", "--json", "--data", CORPUS]);
    const json = JSON.parse(stdout) as { relations: { id: string }[]; asItem: { id: string; items: string[]; sourceCount: number; contested: boolean }[] };
    expect(json.relations.map((r) => r.id)).toEqual(["norvask:uses:kestrel-9"]);
    expect(json.asItem.map((r) => [r.id, r.sourceCount, r.contested])).toEqual([
      ["valdoria-supplies-norvask", 3, true],
      ["norvask-attacked-port-halden", 1, false],
    ]);
    expect(json.asItem.every((r) => r.items.includes("kestrel-9"))).toBe(true);
  });

  it("applies --min-sources and --exclude-contested to the steps and to the relations listing the entity as an item", async () => {
    const twoSources = await cli(["neighbors", "kestrel-9", "--min-sources", "2", "--data", CORPUS]);
    expect(twoSources.stdout).toContain("; an item in 1 relation\n");
    expect(twoSources.stdout).not.toContain("Port Halden");
    const uncontested = await cli(["neighbors", "valdoria", "--exclude-contested", "--data", CORPUS]);
    expect(uncontested.code).toBe(0);
    expect(uncontested.stdout).toMatch(/^Within 1 step of Valdoria \(valdoria\): 1 entity, 1 relation\n/);
    expect(uncontested.stdout).toContain("  Norvask Drone Corps (norvask-drone-corps, organization)");
    expect(uncontested.stdout).not.toContain("Norvask (norvask, state)");
  });
});
