// Specification of `actorgraph extract` and `actorgraph review` on a data folder: files, decisions, reruns, bad input.
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../cli/cli-helpers.ts";
import { worldFolder } from "./invented-world.ts";

const REPORT = [
  "Port Halden Harbour Authority, 12 April 2023.",
  "On Monday, Norvask struck Port Halden with Kestrel-9 drones.",
  "Despite denials from Valdorian officials, Valdoria supplied Norvask with Kestrel-9 drones.",
  "The Sarnen Border Guard (SBG) attacked the Halden power grid.",
].join("\n");

const EARLIER_SUPPLY = `
- id: valdoria-supplies-norvask
  source: valdoria
  type: supplies
  target: norvask
  status: reported
  evidence:
    - {source: report, quote: "Valdoria supplied Norvask with Kestrel-9 drones"}
`;

function folder(relations = ""): string {
  return worldFolder({ id: "report", text: REPORT, date: "2023-04-12" }, relations);
}

const files = (dir: string) => ({
  entities: join(dir, "entities", "report.proposed.yaml"),
  relations: join(dir, "relations", "report.proposed.yaml"),
});
const read = (path: string) => readFileSync(path, "utf8");

describe("actorgraph extract SOURCE-ID", () => {
  it("writes the document's proposal files, every record marked proposed with a confidence and its cue", async () => {
    const dir = folder();
    const { code, stdout } = await cli(["extract", "report", "--data", dir]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Proposed for source "report"/);
    const relations = read(files(dir).relations);
    expect(relations).toMatch(/# cue: "struck" \(verb, active\) \(confidence 0\.75\)\n- id: norvask:attacked:port-halden:2023-04-10\n {2}review: proposed\n {2}confidence: 0\.75\n/);
    expect(read(files(dir).entities)).toMatch(/- id: sarnen-border-guard\n {2}review: proposed\n {2}confidence: [0-9.]+\n {2}label: Sarnen Border Guard\n {2}type: organization\n {2}aliases:\n {4}- SBG\n/);
  });

  it("proposals validate, and build leaves them out unless --include-proposed", async () => {
    const dir = folder();
    await cli(["extract", "report", "--data", dir]);
    expect((await cli(["validate", "--data", dir])).stdout).toMatch(/Of these, proposed and not yet reviewed: 1 entity, 1 alias, \d+ relations/);
    const without = await cli(["export", "--format", "json", "--out", "-", "--data", dir]);
    const withProposals = await cli(["export", "--format", "json", "--out", "-", "--data", dir, "--include-proposed"]);
    expect(JSON.parse(without.stdout).edges).toEqual([]);
    const proposed = JSON.parse(withProposals.stdout).edges.find((e: { key: string }) => e.key === "norvask:attacked:port-halden:2023-04-10");
    expect(proposed.attributes.review).toBe("proposed");
  });

  it("adds the document's quotes to a relation already in the data instead of proposing it again", async () => {
    const dir = folder(EARLIER_SUPPLY);
    await cli(["extract", "report", "--data", dir]);
    const relations = read(files(dir).relations);
    expect(relations).not.toMatch(/id: valdoria:supplies:norvask/);
    expect(relations).toMatch(/- addTo: valdoria-supplies-norvask\n {2}review: proposed\n/);
    expect(relations).toMatch(/status: denied\n {6}assertedBy:\n {8}- valdoria/);
  });

  it("a rerun writes the same bytes", async () => {
    const dir = folder();
    await cli(["extract", "report", "--data", dir]);
    const first = [read(files(dir).entities), read(files(dir).relations)];
    await cli(["extract", "report", "--data", dir]);
    expect([read(files(dir).entities), read(files(dir).relations)]).toEqual(first);
  });

  it("a rerun keeps accepted and rejected records, and does not propose a rejected one again", async () => {
    const dir = folder();
    await cli(["extract", "report", "--data", dir]);
    const review = await cli(["review", "report", "--data", dir, "--accept", "norvask:attacked:port-halden:2023-04-10", "--reject", "sarnen-border-guard"]);
    expect(review.code).toBe(0);
    expect(review.stdout).toMatch(/^Accepted 1, rejected \d+;/);
    const decided = [read(files(dir).entities), read(files(dir).relations)];
    await cli(["extract", "report", "--data", dir]);
    const entities = read(files(dir).entities);
    expect(entities.match(/id: sarnen-border-guard/g)).toHaveLength(1);
    expect(entities).toMatch(/id: sarnen-border-guard\n {2}review: rejected/);
    const relations = read(files(dir).relations);
    expect(relations.match(/id: norvask:attacked:port-halden:2023-04-10\n/g)).toHaveLength(1);
    expect(relations).toMatch(/id: norvask:attacked:port-halden:2023-04-10\n {2}source: norvask/);
    expect(relations).not.toMatch(/id: sarnen-border-guard:attacked[^\n]*\n {2}review: proposed/);
    await cli(["extract", "report", "--data", dir]);
    expect([read(files(dir).entities), read(files(dir).relations)]).toEqual([entities, relations]);
    expect(decided[1]).toContain("review: rejected");
    // The accepted relation is data now: build takes it without --include-proposed.
    const graph = JSON.parse((await cli(["export", "--format", "json", "--out", "-", "--data", dir])).stdout);
    expect(graph.edges.map((e: { key: string }) => e.key)).toEqual(["norvask:attacked:port-halden:2023-04-10"]);
  });

  it("an unknown source id exits 1 with the nearest id", async () => {
    const dir = folder();
    const { code, stderr } = await cli(["extract", "reprot", "--data", dir]);
    expect(code).toBe(1);
    expect(stderr).toBe(`actorgraph extract: unknown source "reprot" in ${dir}; did you mean "report"?\n`);
  });

  it("a proposal file edited into invalid YAML is reported with its place, and left as it is", async () => {
    const dir = folder();
    await cli(["extract", "report", "--data", dir]);
    const broken = `${read(files(dir).relations)}\n- id: [unclosed\n`;
    writeFileSync(files(dir).relations, broken);
    const { code, stderr } = await cli(["extract", "report", "--data", dir]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/report\.proposed\.yaml:\d+:\d+ error\[yaml-syntax\]/);
    expect(read(files(dir).relations)).toBe(broken);
  });
});

describe("actorgraph review SOURCE-ID", () => {
  it("lists the pending proposals with their cue", async () => {
    const dir = folder();
    await cli(["extract", "report", "--data", dir]);
    const { code, stdout } = await cli(["review", "report", "--data", dir]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+ proposals of source "report" to review:\n/);
    expect(stdout).toContain("  relation norvask:attacked:port-halden:2023-04-10\n           norvask -attacked-> port-halden (reported, 2023-04-10)\n           cue: \"struck\" (verb, active) (confidence 0.75)\n");
  });

  it("accepting a relation accepts the proposed entities it names", async () => {
    const dir = folder();
    await cli(["extract", "report", "--data", dir]);
    const relations = read(files(dir).relations);
    const id = /- id: (sarnen-border-guard:attacked:[^\n]+)/.exec(relations)![1]!;
    await cli(["review", "report", "--data", dir, "--accept", id]);
    expect(read(files(dir).entities)).toMatch(/- id: sarnen-border-guard\n {2}label: Sarnen Border Guard/);
    expect((await cli(["validate", "--data", dir])).code).toBe(0);
  });

  it("an unknown id writes nothing and exits 1 with the nearest pending id", async () => {
    const dir = folder();
    await cli(["extract", "report", "--data", dir]);
    const before = read(files(dir).relations);
    const { code, stderr } = await cli(["review", "report", "--data", dir, "--reject", "sarnen-border-gaurd"]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/no proposal "sarnen-border-gaurd" of source "report" waits for review; did you mean "sarnen-border-guard"\?/);
    expect(read(files(dir).relations)).toBe(before);
    expect(existsSync(files(dir).entities)).toBe(true);
  });
});
