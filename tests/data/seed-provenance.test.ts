// The bundled data's promise: every relation traces to words that really are in its source.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assertersOf, stanceOf } from "../../src/model/corroboration.ts";
import { loadDataFolder } from "../../src/load/read-folder.ts";
import { findQuote, normalizeForMatching } from "../../src/load/quote-match.ts";

const loaded = await loadDataFolder("graph-data");
if (!loaded.ok) throw new Error(`graph-data does not validate: ${loaded.errors.map((e) => e.message).join("; ")}`);
const dataset = loaded.dataset;
const sources = new Map(dataset.sources.map((s) => [s.id, s]));

describe("graph-data (the bundled seed graph)", () => {
  it("holds the curated article at the expected scale", () => {
    expect(dataset.entities.length).toBeGreaterThanOrEqual(35);
    expect(dataset.relations.length).toBeGreaterThanOrEqual(60);
  });

  it("keeps an exact copy of the seed article, byte for byte, and reads it whole", () => {
    const copy = readFileSync("graph-data/sources/000_6f992f9c1acffc91.txt");
    // The digest and size of the article as it was handed to the project: any edit to the copy fails here.
    expect(copy.length).toBe(4570);
    expect(createHash("sha256").update(copy).digest("hex")).toBe("b24d6d3fa1498ae4502cd55a227cfe9c011311cfaac3c3300615b9bead9cb587");
    expect(sources.get("iran-russia-drones")!.text).toBe(copy.toString("utf8"));
  });

  it("gives every relation at least one quote found verbatim in its source", () => {
    const missing: string[] = [];
    for (const relation of dataset.relations) {
      expect(relation.evidence.length, relation.id).toBeGreaterThan(0);
      for (const { source, quote } of relation.evidence) {
        const text = sources.get(source)?.text;
        const span = text === undefined ? null : findQuote(text, quote);
        // The span found must read, once normalised, exactly as the quote does.
        if (!span || normalizeForMatching(text!.slice(span.start, span.end)).text !== normalizeForMatching(quote).text) {
          missing.push(`${relation.id}: ${quote}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("leaves no entity unused: each is an endpoint, an item or an asserter of some relation", () => {
    const connected = new Set(dataset.relations.flatMap((r) => [r.source, r.target, ...r.items, ...r.assertedBy]));
    expect(dataset.entities.filter((e) => !connected.has(e.id)).map((e) => e.id)).toEqual([]);
  });

  it("uses each status where the article calls for it, denials as the stance of the quotes that deny a claim", () => {
    const statuses = new Set(dataset.relations.flatMap((r) => r.evidence.map((e) => stanceOf(e, r))));
    expect([...statuses].sort()).toEqual(["alleged", "confirmed", "denied", "planned", "reported"]);
    expect(dataset.relations.filter((r) => r.evidence.some((e) => stanceOf(e, r) === "denied")).map((r) => r.id).sort()).toEqual([
      "iran-supplies-russia", "irgc-deployed-to-crimea", "irgc-trains-russian-armed-forces",
    ]);
  });

  it("carries the dates the article gives, at the precision it gives them", () => {
    const dates = new Set(dataset.relations.map((r) => r.date).filter(Boolean));
    for (const date of ["2022-02-24", "2022-11", "2022-12", "2023-01-09", "2023-05-28"]) expect(dates).toContain(date);
  });

  it("records who asserts the attributed claims", () => {
    const kyivAttack = dataset.relations.find((r) => r.source === "ukraine" && r.type === "intercepted" && r.date === "2023-05-28");
    expect(kyivAttack?.assertedBy).toEqual(["ukraine"]);
    const supplies = dataset.relations.find((r) => r.id === "iran-supplies-russia")!;
    expect(supplies.evidence.filter((e) => stanceOf(e, supplies) === "denied").map((e) => assertersOf(e, supplies))).toEqual([["iran"]]);
  });
});
