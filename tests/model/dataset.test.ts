// Specification of newRelation: every relation has the same keys in the same order, optional ones only when present.
import { describe, expect, it } from "vitest";
import { newRelation, NO_IDS, NO_QUANTITIES } from "../../src/model/dataset.ts";

const EVIDENCE = [{ source: "doc", quote: "Valdoria supplied Norvask." }];

describe("newRelation", () => {
  it("keeps the lists and quantities it is given", () => {
    const relation = newRelation("r", "valdoria", "supplies", "norvask", undefined, undefined, "reported", ["estmark"], ["kestrel-9"], { drones: 40 }, undefined, undefined, EVIDENCE);
    expect(relation).toEqual({
      id: "r", source: "valdoria", type: "supplies", target: "norvask", status: "reported",
      assertedBy: ["estmark"], items: ["kestrel-9"], quantities: { drones: 40 }, evidence: EVIDENCE,
    });
  });

  it("shares one frozen empty list and one frozen empty map among relations that have none", () => {
    const relation = newRelation("r", "a", "t", "b", undefined, undefined, "reported", [], [], {}, undefined, undefined, EVIDENCE);
    expect(relation.assertedBy).toBe(NO_IDS);
    expect(relation.items).toBe(NO_IDS);
    expect(relation.quantities).toBe(NO_QUANTITIES);
    expect(Object.isFrozen(NO_IDS) && Object.isFrozen(NO_QUANTITIES)).toBe(true);
  });

  it("writes the keys in one order, optional ones only when present, whichever fields a relation has", () => {
    const base = ["id", "source", "type", "target"];
    const rest = ["status", "assertedBy", "items", "quantities"];
    const keys = (date?: string, end?: string, role?: string, note?: string) =>
      Object.keys(newRelation("r", "a", "t", "b", date, end, "reported", [], [], {}, role, note, EVIDENCE));
    expect(keys()).toEqual([...base, ...rest, "evidence"]);
    expect(keys("2023")).toEqual([...base, "date", ...rest, "evidence"]);
    expect(keys("2023", "2024")).toEqual([...base, "date", "end", ...rest, "evidence"]);
    expect(keys(undefined, undefined, "Commander")).toEqual([...base, ...rest, "role", "evidence"]);
    expect(keys("2023", undefined, undefined, "A note.")).toEqual([...base, "date", ...rest, "note", "evidence"]);
    expect(newRelation("r", "a", "t", "b", "2023", "2024", "denied", [], [], {}, "Commander", "A note.", EVIDENCE)).toMatchObject({ date: "2023", end: "2024", status: "denied", role: "Commander", note: "A note." });
  });
});
