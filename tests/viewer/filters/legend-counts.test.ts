// What the legend's counts say under the filters: each entry counts what the other filters let through.
import { describe, expect, it } from "vitest";
import { atLeastSources, legendCounts } from "../../../src/viewer/filters/legend-counts.ts";
import { DEFAULT_VIEW_STATE, type ViewState } from "../../../src/viewer/state/view-state.ts";
import { corpusGraph } from "../corpus-fixture.ts";

const view = (patch: Partial<ViewState> = {}): ViewState => ({ ...DEFAULT_VIEW_STATE, ...patch });
const WIDEST = 4;

describe("legendCounts", () => {
  it("counts every entity, relation and stance when nothing is filtered", () => {
    const counts = legendCounts(corpusGraph(), view(), WIDEST);
    expect(Object.fromEntries(counts.entityTypes)).toEqual({ state: 3, city: 1, weapon: 1 });
    expect(Object.fromEntries(counts.relationTypes)).toEqual({ supplies: 1, attacked: 1, trains: 1, uses: 1 });
    // The supply claim is reported, confirmed and denied: it counts under each.
    expect(Object.fromEntries(counts.statuses)).toEqual({ reported: 4, confirmed: 1, denied: 1 });
    expect(Object.fromEntries(counts.sourceCounts)).toEqual({ 1: 2, 2: 1, 3: 1 });
  });

  it("drops from the relation types' counts what 'at least 2 sources' hides, and from the width key", () => {
    const counts = legendCounts(corpusGraph(), view({ minSources: 2 }), WIDEST);
    expect(Object.fromEntries(counts.relationTypes)).toEqual({ supplies: 1, trains: 1 });
    expect(Object.fromEntries(counts.statuses)).toEqual({ reported: 2, confirmed: 1, denied: 1 });
    expect(Object.fromEntries(counts.sourceCounts)).toEqual({ 2: 1, 3: 1 });
  });

  it("keeps a hidden relation type's own count, so its entry says what showing it would bring back, but drops it from the stances", () => {
    const counts = legendCounts(corpusGraph(), view({ hiddenRelationTypes: ["supplies"] }), WIDEST);
    expect(counts.relationTypes.get("supplies")).toBe(1);
    expect(Object.fromEntries(counts.statuses)).toEqual({ reported: 3 });
  });

  it("counts no relation of an entity whose type is hidden, while the entity type keeps its own count", () => {
    const counts = legendCounts(corpusGraph(), view({ hiddenEntityTypes: ["weapon"] }), WIDEST);
    expect(counts.entityTypes.get("weapon")).toBe(1);
    expect(counts.relationTypes.has("uses")).toBe(false);
    expect(counts.relationTypes.get("attacked")).toBe(1);
  });

  it("gives the corroboration filters' counts under the other filters", () => {
    const all = legendCounts(corpusGraph(), view(), WIDEST);
    expect([0, 2, 3, 4].map((n) => atLeastSources(all, n))).toEqual([4, 2, 1, 0]);
    expect(all.contested).toBe(1);
    // With "at least 2 sources" set, its own choices still count as if it were not: each says what it would show.
    const twoSources = legendCounts(corpusGraph(), view({ minSources: 2 }), WIDEST);
    expect([0, 2, 3].map((n) => atLeastSources(twoSources, n))).toEqual([4, 2, 1]);
    // Hiding the supply type takes the one contested claim out of both.
    const noSupplies = legendCounts(corpusGraph(), view({ hiddenRelationTypes: ["supplies"] }), WIDEST);
    expect(noSupplies.contested).toBe(0);
    expect(atLeastSources(noSupplies, 3)).toBe(0);
  });
});
