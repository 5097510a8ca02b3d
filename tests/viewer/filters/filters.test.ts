import { describe, expect, it } from "vitest";
import { countBy, isEdgeFiltered, isNodeFiltered } from "../../../src/viewer/filters/filters.ts";

const NONE = { hiddenEntityTypes: [], hiddenRelationTypes: [], hiddenStatuses: [] };

describe("isNodeFiltered", () => {
  it("hides only entities of a hidden type", () => {
    expect(isNodeFiltered({ type: "weapon" }, NONE)).toBe(false);
    expect(isNodeFiltered({ type: "weapon" }, { ...NONE, hiddenEntityTypes: ["weapon"] })).toBe(true);
    expect(isNodeFiltered({ type: "city" }, { ...NONE, hiddenEntityTypes: ["weapon"] })).toBe(false);
  });
});

describe("isEdgeFiltered", () => {
  it("hides relations of a hidden type or a hidden status", () => {
    expect(isEdgeFiltered({ type: "uses", status: "denied" }, NONE)).toBe(false);
    expect(isEdgeFiltered({ type: "uses", status: "reported" }, { ...NONE, hiddenRelationTypes: ["uses"] })).toBe(true);
    expect(isEdgeFiltered({ type: "uses", status: "denied" }, { ...NONE, hiddenStatuses: ["denied"] })).toBe(true);
  });
});

describe("countBy", () => {
  it("counts items per key, in first-seen order", () => {
    expect([...countBy(["a", "b", "a"], (x) => x)]).toEqual([["a", 2], ["b", 1]]);
  });
});
