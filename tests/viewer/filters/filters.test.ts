import { describe, expect, it } from "vitest";
import { countBy, isEdgeFiltered, isNodeFiltered, type FilterableEdge } from "../../../src/viewer/filters/filters.ts";
import type { Status } from "../../../src/model/status.ts";

const NONE = { hiddenEntityTypes: [], hiddenRelationTypes: [], hiddenStatuses: [], minSources: 0, contestedOnly: false, proposals: false };

/** A relation of one type whose documents take these stances; single-document unless `sourceCount` says otherwise. */
const relation = (type: string, status: Status, more: Partial<FilterableEdge> = {}): FilterableEdge => ({ type, status, stanceCounts: { [status]: 1 }, sourceCount: 1, contested: false, ...more });

describe("isNodeFiltered", () => {
  it("hides only entities of a hidden type", () => {
    expect(isNodeFiltered({ type: "weapon" }, NONE)).toBe(false);
    expect(isNodeFiltered({ type: "weapon" }, { ...NONE, hiddenEntityTypes: ["weapon"] })).toBe(true);
    expect(isNodeFiltered({ type: "city" }, { ...NONE, hiddenEntityTypes: ["weapon"] })).toBe(false);
  });
});

describe("proposals of actorgraph extract", () => {
  it("are hidden, entities and relations alike, until proposals are shown; reviewed records are not affected", () => {
    expect(isNodeFiltered({ type: "weapon", review: "proposed" }, NONE)).toBe(true);
    expect(isNodeFiltered({ type: "weapon", review: "proposed" }, { ...NONE, proposals: true })).toBe(false);
    expect(isEdgeFiltered(relation("uses", "reported", { review: "proposed" }), NONE)).toBe(true);
    expect(isEdgeFiltered(relation("uses", "reported", { review: "proposed" }), { ...NONE, proposals: true })).toBe(false);
    expect(isEdgeFiltered(relation("uses", "reported"), NONE)).toBe(false);
  });
});

describe("isEdgeFiltered", () => {
  it("hides relations of a hidden type or a hidden status", () => {
    expect(isEdgeFiltered(relation("uses", "denied"), NONE)).toBe(false);
    expect(isEdgeFiltered(relation("uses", "reported"), { ...NONE, hiddenRelationTypes: ["uses"] })).toBe(true);
    expect(isEdgeFiltered(relation("uses", "denied"), { ...NONE, hiddenStatuses: ["denied"] })).toBe(true);
  });

  it("hides a relation by status only when every stance its documents take is hidden", () => {
    const contested = relation("supplies", "reported", { stanceCounts: { reported: 1, confirmed: 1, denied: 1 }, sourceCount: 3, contested: true });
    expect(isEdgeFiltered(contested, { ...NONE, hiddenStatuses: ["denied"] })).toBe(false);
    expect(isEdgeFiltered(contested, { ...NONE, hiddenStatuses: ["reported", "confirmed"] })).toBe(false);
    expect(isEdgeFiltered(contested, { ...NONE, hiddenStatuses: ["confirmed", "denied", "reported"] })).toBe(true);
    // A relation whose only quote denies it is denied, whatever the relation's own status says.
    expect(isEdgeFiltered(relation("supplies", "reported", { stanceCounts: { denied: 1 } }), { ...NONE, hiddenStatuses: ["denied"] })).toBe(true);
    // Without quotes, the relation's own status decides.
    expect(isEdgeFiltered(relation("supplies", "alleged", { stanceCounts: {}, sourceCount: 0 }), { ...NONE, hiddenStatuses: ["alleged"] })).toBe(true);
  });

  it("hides relations backed by fewer documents than the minimum", () => {
    expect(isEdgeFiltered(relation("uses", "reported"), { ...NONE, minSources: 2 })).toBe(true);
    expect(isEdgeFiltered(relation("uses", "reported", { sourceCount: 2 }), { ...NONE, minSources: 2 })).toBe(false);
    expect(isEdgeFiltered(relation("uses", "reported", { sourceCount: 5 }), { ...NONE, minSources: 2 })).toBe(false);
    // No minimum shows even a relation without evidence.
    expect(isEdgeFiltered(relation("uses", "reported", { sourceCount: 0 }), NONE)).toBe(false);
  });

  it("shows only contested claims when asked to, and combines with the other filters", () => {
    const contested = relation("supplies", "reported", { stanceCounts: { reported: 1, denied: 1 }, sourceCount: 2, contested: true });
    expect(isEdgeFiltered(relation("uses", "reported", { sourceCount: 3 }), { ...NONE, contestedOnly: true })).toBe(true);
    expect(isEdgeFiltered(contested, { ...NONE, contestedOnly: true })).toBe(false);
    expect(isEdgeFiltered(contested, { ...NONE, contestedOnly: true, minSources: 3 })).toBe(true);
    expect(isEdgeFiltered(contested, { ...NONE, contestedOnly: true, hiddenRelationTypes: ["supplies"] })).toBe(true);
  });
});

describe("countBy", () => {
  it("counts items per key, in first-seen order", () => {
    expect([...countBy(["a", "b", "a"], (x) => x)]).toEqual([["a", 2], ["b", 1]]);
  });
});
