// Specification of the filters `path` and `neighbors` share, and of path's modes, from the command line on the bundled data.
import { describe, expect, it } from "vitest";
import type { Path } from "../../src/query/path.ts";
import { cli } from "./cli-helpers.ts";

/** The step lines of a printed path ("1. Iran —aligned with (reported)→ Russia"), without the quotes under them. */
function stepLines(stdout: string): string[] {
  return stdout.split("\n").filter((line) => /^\d+\. /.test(line));
}

describe("actorgraph path --exclude-entity-types", () => {
  it("takes another route when the shortest one passes through an excluded type; the two ends are always allowed", async () => {
    const plain = await cli(["path", "iran", "ukraine"]);
    expect(stepLines(plain.stdout)).toEqual(["1. Iran —aligned with (reported)→ Russia", "2. Russia —invaded (2022-02-24, reported)→ Ukraine"]);
    // Iran and Ukraine are states too: only the entities in between are filtered.
    const { code, stdout } = await cli(["path", "iran", "ukraine", "--exclude-entity-types", "state"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Filters: relations walked in their own direction only; passing through no state entities;");
    expect(stepLines(stdout)).toEqual(["1. Iran —involved in (reported)→ Russian invasion of Ukraine", "2. Russian invasion of Ukraine —located in (reported)→ Ukraine"]);
  });

  it("finds no path when every route passes through an excluded type, and names the option that lifts it (exit 0)", async () => {
    const { code, stdout } = await cli(["path", "iran", "kyiv", "--exclude-entity-types", "state"]);
    expect(code).toBe(0);
    expect(stdout).toContain("No path from Iran to Kyiv with these filters.");
    expect(stdout).toContain("  passing through no state entities: without --entity-types/--exclude-entity-types");
  });

  it("refuses an unknown entity type with a suggestion and the usage (exit 2)", async () => {
    const { code, stdout, stderr } = await cli(["path", "iran", "kyiv", "--exclude-entity-types", "stat"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain('unknown entity type "stat" in excludeEntityTypes; did you mean "state"?');
    expect(stderr).toContain("Run `actorgraph path --help` for details.");
  });
});

describe("actorgraph path --entity-types", () => {
  it("passes only through the entity types listed", async () => {
    const { code, stdout } = await cli(["path", "iran", "ukraine", "--entity-types", "event"]);
    expect(code).toBe(0);
    expect(stdout).toContain("passing through only event entities");
    expect(stepLines(stdout)).toEqual(["1. Iran —involved in (reported)→ Russian invasion of Ukraine", "2. Russian invasion of Ukraine —located in (reported)→ Ukraine"]);
  });

  it("finds no path when no route stays within the types listed (exit 0)", async () => {
    const { code, stdout } = await cli(["path", "iran", "kyiv", "--entity-types", "organization,city"]);
    expect(code).toBe(0);
    expect(stdout).toContain("No path from Iran to Kyiv with these filters.");
    expect(stdout).toContain("passing through only organization, city entities: without --entity-types/--exclude-entity-types");
  });

  it("refuses an unknown entity type with a suggestion and the usage (exit 2)", async () => {
    const { code, stderr } = await cli(["path", "iran", "ukraine", "--entity-types", "evnt"]);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown entity type "evnt" in includeEntityTypes; did you mean "event"?');
    expect(stderr).toContain("Usage: actorgraph path FROM TO");
  });
});

describe("actorgraph path --direction", () => {
  it("walks relations only source to target by default, and both ways with --direction any", async () => {
    const follow = await cli(["path", "kyiv", "russia"]);
    expect(follow.stdout).toMatch(/^Shortest path from Kyiv to Russia \(3 steps\)\n/);
    const any = await cli(["path", "kyiv", "russia", "--direction", "any"]);
    expect(any.stdout).toMatch(/^Shortest path from Kyiv to Russia \(1 step\)\n/);
    expect(stepLines(any.stdout)).toEqual(["1. Kyiv ←attacked (reported, with Iranian drones)— Russia"]);
  });

  it("refuses a direction other than follow or any (exit 2)", async () => {
    const { code, stderr } = await cli(["path", "kyiv", "russia", "--direction", "backwards"]);
    expect(code).toBe(2);
    expect(stderr).toContain('direction must be "follow" or "any", not "backwards"');
  });
});

describe("actorgraph path --max-hops", () => {
  it("bounds the length of the shortest path, and says so when that leaves no path", async () => {
    const { code, stdout } = await cli(["path", "iran", "kyiv", "--max-hops", "1"]);
    expect(code).toBe(0);
    expect(stdout).toContain("No path from Iran to Kyiv with these filters.");
    expect(stdout).toContain("  at most 1 step: without --max-hops");
    expect((await cli(["path", "iran", "kyiv", "--max-hops", "2"])).stdout).toMatch(/^Shortest path from Iran to Kyiv \(2 steps\)/);
  });
});

describe("actorgraph path --all", () => {
  it("prints every shortest path, each numbered, where the default prints one", async () => {
    const one = await cli(["path", "iran", "kyiv"]);
    expect(one.stdout).toMatch(/^Shortest path from Iran to Kyiv \(2 steps\)\n/);
    expect(one.stdout).not.toContain("Path 1 of");
    const all = await cli(["path", "iran", "kyiv", "--all"]);
    const count = Number(/^(\d+) shortest paths from Iran to Kyiv \(2 steps each\)\n/.exec(all.stdout)?.[1]);
    expect(count).toBeGreaterThan(1);
    expect(all.stdout.match(/^Path \d+ of \d+ \(2 steps\):$/gm)).toHaveLength(count);
    const json = JSON.parse((await cli(["path", "iran", "kyiv", "--all", "--json"])).stdout) as { mode: string; paths: Path[] };
    expect(json.mode).toBe("all");
    expect(json.paths).toHaveLength(count);
  });
});

describe("actorgraph neighbors with filters", () => {
  it("leaves out the IRGC claims Iranian officials deny with --exclude-contested, and keeps only them with --status denied", async () => {
    const deployed = "Islamic Revolutionary Guards Corps —deployed to (reported)→ Crimean Peninsula";
    const trains = "Islamic Revolutionary Guards Corps —trains (reported)→ Russian armed forces";
    const byDefault = await cli(["neighbors", "irgc"]);
    expect(byDefault.stdout).toContain(deployed);
    const uncontested = await cli(["neighbors", "irgc", "--exclude-contested"]);
    expect(uncontested.code).toBe(0);
    expect(uncontested.stdout).not.toContain(deployed);
    expect(uncontested.stdout).not.toContain(trains);
    expect(uncontested.stdout).toContain("Islamic Revolutionary Guards Corps —part of (reported)→ Iran");
    const { code, stdout } = await cli(["neighbors", "irgc", "--status", "denied"]);
    expect(code).toBe(0);
    expect(stdout).toContain(`  ${deployed}`);
    expect(stdout).toContain(`  ${trains}`);
    expect(stdout).not.toContain("—part of");
  });

  it("leaves out the entity types excluded, and refuses an unknown one (exit 2)", async () => {
    const { code, stdout } = await cli(["neighbors", "irgc", "--exclude-entity-types", "region"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Within 1 step of Islamic Revolutionary Guards Corps \(irgc\): 2 entities, 2 relations\n/);
    expect(stdout).not.toContain("Crimean Peninsula");
    const unknown = await cli(["neighbors", "irgc", "--exclude-entity-types", "regon"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown entity type "regon" in excludeEntityTypes; did you mean "region"?');
  });

  it("walks relations both ways with --direction any", async () => {
    const follow = JSON.parse((await cli(["neighbors", "kyiv", "--json"])).stdout) as { entities: { id: string }[] };
    const any = JSON.parse((await cli(["neighbors", "kyiv", "--direction", "any", "--json"])).stdout) as { entities: { id: string }[] };
    expect(follow.entities.map((e) => e.id)).not.toContain("russia");
    expect(any.entities.map((e) => e.id)).toContain("russia");
  });

  it("lists the data's relation and entity types in --help, for the filters", async () => {
    const { code, stdout } = await cli(["neighbors", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Relation types \(graph-data\): supplies, supports, attacked, /m);
    expect(stdout).toMatch(/^Entity types \(graph-data\): state, coalition, official, /m);
  });
});
