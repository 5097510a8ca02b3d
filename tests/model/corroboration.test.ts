// Specification of corroboration: what a relation's documents say about it together.
import { describe, expect, it } from "vitest";
import { assertersOf, corroborationOf, hasStanceIn, stanceOf } from "../../src/model/corroboration.ts";
import { NO_IDS, type Evidence, type Relation } from "../../src/model/dataset.ts";
import type { Status } from "../../src/model/status.ts";

const DATES: Record<string, string | undefined> = { a: "2023-03-02", b: "2023-03", c: "2022", d: undefined };
const dateOf = (id: string) => DATES[id];

/** A claim reported by estmark with the given evidence. */
function claim(evidence: Evidence[], status: Status = "reported", assertedBy: string[] = ["estmark"]): Pick<Relation, "status" | "assertedBy" | "evidence"> {
  return { status, assertedBy, evidence };
}

describe("stanceOf and assertersOf", () => {
  it("take a quote's own stance and asserters, else the relation's", () => {
    const relation = claim([]);
    expect(stanceOf({ source: "a", quote: "q" }, relation)).toBe("reported");
    expect(stanceOf({ source: "a", quote: "q", status: "denied" }, relation)).toBe("denied");
    expect(assertersOf({ source: "a", quote: "q" }, relation)).toEqual(["estmark"]);
    expect(assertersOf({ source: "a", quote: "q", assertedBy: [] }, relation)).toEqual([]);
  });
});

describe("corroborationOf", () => {
  it("counts one document taking the relation's stance, dated by its source", () => {
    expect(corroborationOf(claim([{ source: "a", quote: "q" }]), dateOf)).toEqual({
      sourceCount: 1, stanceCounts: { reported: 1 }, supportedBy: ["estmark"], deniedBy: [], contested: false, firstReported: "2023-03-02",
    });
  });

  it("puts the asserters of a lone denial among those who deny, and leaves the date out when its source is undated", () => {
    const denial = corroborationOf(claim([{ source: "d", quote: "q" }], "denied", ["valdoria"]), dateOf);
    expect(denial).toEqual({ sourceCount: 1, stanceCounts: { denied: 1 }, supportedBy: [], deniedBy: ["valdoria"], contested: false });
    expect(denial).not.toHaveProperty("firstReported");
  });

  it("counts documents, not quotes: two quotes of one document are one source", () => {
    const derived = corroborationOf(claim([{ source: "a", quote: "one" }, { source: "a", quote: "two" }]), dateOf);
    expect(derived.sourceCount).toBe(1);
    expect(derived.stanceCounts).toEqual({ reported: 1 });
    expect(derived.contested).toBe(false);
  });

  it("dates the first report by the earliest source wherever it is cited, the first cited among equal starts", () => {
    const dates: Record<string, string> = { early: "2022", late: "2023-03-02", may: "2023-05", mayFirst: "2023-05-01", bad: "someday" };
    const first = (...sources: string[]) => corroborationOf(claim(sources.map((source) => ({ source, quote: source }))), (id) => dates[id]).firstReported;
    expect(first("early", "late")).toBe("2022");
    expect(first("late", "early")).toBe("2022");
    expect(first("may", "mayFirst")).toBe("2023-05");
    expect(first("mayFirst", "may")).toBe("2023-05-01");
    expect(first("bad", "late")).toBe("2023-03-02");
    expect(first("bad", "bad")).toBeUndefined();
  });

  it("shares one frozen empty list among claims nobody asserts or denies", () => {
    const derived = corroborationOf(claim([{ source: "a", quote: "x" }, { source: "b", quote: "y" }], "reported", []), dateOf);
    expect(derived.supportedBy).toBe(NO_IDS);
    expect(derived.deniedBy).toBe(NO_IDS);
  });

  it("finds a claim reported, confirmed and denied by three documents contested, first reported by the earliest dated one", () => {
    const derived = corroborationOf(claim([
      { source: "a", quote: "reported" },
      { source: "b", quote: "confirmed", status: "confirmed", assertedBy: [] },
      { source: "c", quote: "denied", status: "denied", assertedBy: ["valdoria"] },
      { source: "d", quote: "undated report", assertedBy: ["norvask", "estmark"] },
    ]), dateOf);
    expect(derived).toEqual({
      sourceCount: 4, stanceCounts: { reported: 2, confirmed: 1, denied: 1 },
      supportedBy: ["estmark", "norvask"], deniedBy: ["valdoria"], contested: true, firstReported: "2022",
    });
  });

  it("compares partial dates by the day they start: 2023-03 comes before 2023-03-02", () => {
    expect(corroborationOf(claim([{ source: "a", quote: "x" }, { source: "b", quote: "y" }]), dateOf).firstReported).toBe("2023-03");
  });

  it("counts a document under both stances when it quotes a claim and its denial", () => {
    const derived = corroborationOf(claim([{ source: "a", quote: "said" }, { source: "a", quote: "denied", status: "denied", assertedBy: ["valdoria"] }]), dateOf);
    expect(derived).toMatchObject({ sourceCount: 1, stanceCounts: { reported: 1, denied: 1 }, contested: true });
  });

  it("does not call a claim contested when the denial stands against an allegation or a plan only", () => {
    for (const status of ["alleged", "planned"] as const) {
      const derived = corroborationOf(claim([{ source: "a", quote: "x", status }, { source: "b", quote: "y", status: "denied" }]), dateOf);
      expect(derived.contested).toBe(false);
    }
    const confirmedOnly = corroborationOf(claim([{ source: "a", quote: "x", status: "confirmed" }, { source: "b", quote: "y", status: "denied" }]), dateOf);
    expect(confirmedOnly.contested).toBe(true);
  });

  it("leaves firstReported out when no source is dated", () => {
    expect(corroborationOf(claim([{ source: "d", quote: "x" }, { source: "e", quote: "y" }]), dateOf)).not.toHaveProperty("firstReported");
  });
});

describe("hasStanceIn", () => {
  it("is true when any document takes one of the statuses", () => {
    const contested = claim([{ source: "a", quote: "x" }, { source: "b", quote: "y", status: "denied" }]);
    expect(hasStanceIn(contested, ["denied"])).toBe(true);
    expect(hasStanceIn(contested, new Set<Status>(["confirmed"]))).toBe(false);
    expect(hasStanceIn(claim([{ source: "a", quote: "x" }], "denied"), ["reported", "confirmed", "alleged", "planned"])).toBe(false);
  });
});
