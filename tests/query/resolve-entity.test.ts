// Finding the entity a user means from an id, label or alias, or suggesting what they may have meant.
import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import { resolveEntity } from "../../src/query/resolve-entity.ts";
import { seedGraph } from "./fixture.ts";

let seed: KnowledgeGraph;
beforeAll(async () => {
  seed = await seedGraph();
});

describe("resolveEntity", () => {
  it("suggests close entities for a misspelt name", () => {
    const result = resolveEntity(seed, "kiyv");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.suggestions[0]).toEqual({ id: "kyiv", label: "Kyiv", type: "city" });
  });

  it("suggests by label and alias too, naming each entity once", () => {
    const result = resolveEntity(seed, "Sulivan");
    expect(!result.ok && result.suggestions.map((s) => s.id)).toEqual(["jake-sullivan"]);
  });

  it("suggests nothing when nothing is close", () => {
    expect(resolveEntity(seed, "qqqqqqqqqqqq")).toEqual({ ok: false, text: "qqqqqqqqqqqq", suggestions: [] });
  });

  it("finds an entity by id", () => {
    expect(resolveEntity(seed, "irgc")).toEqual({ ok: true, id: "irgc", label: "Islamic Revolutionary Guards Corps", type: "organization" });
  });

  it("finds an entity by label or alias, whatever the case, accents and spacing", () => {
    expect(resolveEntity(seed, "IRAN")).toMatchObject({ ok: true, id: "iran" });
    expect(resolveEntity(seed, "Tehran")).toMatchObject({ ok: true, id: "iran" });
    expect(resolveEntity(seed, "  the   kremlin ")).toMatchObject({ ok: true, id: "russia" });
    expect(resolveEntity(seed, "Kyïv")).toMatchObject({ ok: true, id: "kyiv" });
    expect(resolveEntity(seed, "Kíev")).toMatchObject({ ok: true, id: "kyiv" });
    expect(resolveEntity(seed, "Shahed 136")).toMatchObject({ ok: true, id: "shahed-136" });
  });
});
