// Finding the entity a user means from an id, label or alias, or suggesting what they may have meant.
import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import { resolveEntity } from "../../src/query/resolve-entity.ts";
import { makeGraph, seedGraph } from "./fixture.ts";

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

describe("resolveEntity on names that collide or crowd", () => {
  /** Entities of a fictional coast: ids, labels and aliases chosen to collide. */
  function coast() {
    const graph = makeGraph(["zurich", "zürich", "north-gate", "p", "q", "mornholt", "mornhalt", "marnholt"], []);
    graph.setNodeAttribute("north-gate", "label", "Porta Nord");
    graph.setNodeAttribute("q", "label", "p");
    graph.setNodeAttribute("mornholt", "aliases", ["Mornholte"]);
    return graph;
  }

  const found: [string, string, string][] = [
    ["an id that differs from another id only by its accent", "zürich", "zürich"],
    ["an id written in other case, when the label says something else", "North-Gate", "north-gate"],
    ["an id that is also another entity's label", "P", "p"],
  ];
  it.each(found)("finds %s as that entity", (_what, text, id) => {
    expect(resolveEntity(coast(), text)).toMatchObject({ ok: true, id });
  });

  it("suggests each close entity once, nearest first, up to the number asked for", () => {
    const suggestions = (text: string, max?: number) => {
      const result = resolveEntity(coast(), text, max);
      return result.ok ? "found" : result.suggestions.map((s) => s.id);
    };
    expect(suggestions("mornhulte")).toEqual(["mornholt", "mornhalt", "marnholt"]);
    expect(suggestions("mornhulte", 2)).toEqual(["mornholt", "mornhalt"]);
    expect(suggestions("mornhulte", 5)).toEqual(["mornholt", "mornhalt", "marnholt"]);
  });
});
