import { describe, expect, it } from "vitest";
import { dateRange, dayAt, dayIndex, isAfterCursor, relationStart, timelineDates } from "../../../src/viewer/timeline/dates.ts";

describe("relationStart", () => {
  it("is null for undated relations", () => {
    expect(relationStart({})).toBeNull();
  });

  it("is the first day a partial date covers", () => {
    expect(relationStart({ date: "2022-11" })).toBe("2022-11-01");
    expect(relationStart({ date: "2023" })).toBe("2023-01-01");
  });
});

describe("dateRange", () => {
  it("is null when nothing is dated", () => {
    expect(dateRange([{}, {}])).toBeNull();
  });

  it("spans from the earliest start to the latest end, ends included", () => {
    expect(dateRange([{ date: "2022-08" }, { date: "2023-05-28" }, { date: "2022-09", end: "2023-06" }, {}])).toEqual({ first: "2022-08-01", last: "2023-06-30" });
  });
});

describe("isAfterCursor", () => {
  it("shows everything when the timeline is off", () => {
    expect(isAfterCursor(relationStart({ date: "2099" }), null)).toBe(false);
  });

  it("fades relations that start after the cursor, and never undated ones", () => {
    expect(isAfterCursor(relationStart({ date: "2023-05-28" }), "2023-05-27")).toBe(true);
    expect(isAfterCursor(relationStart({ date: "2023-05-28" }), "2023-05-28")).toBe(false);
    expect(isAfterCursor(relationStart({ date: "2023-05" }), "2023-05-01")).toBe(false);
    expect(isAfterCursor(relationStart({}), "1900-01-01")).toBe(false);
  });
});

describe("timelineDates", () => {
  const relation = { date: "2022-08", end: "2023-06", firstReported: "2023-03-02" };

  it("places a relation at its own dates when the timeline runs by when things happened", () => {
    expect(timelineDates(relation, "happened")).toMatchObject({ date: "2022-08", end: "2023-06" });
  });

  it("places a relation at the day it was first reported when the timeline runs by report, whatever its own date", () => {
    expect(timelineDates(relation, "reported")).toEqual({ date: "2023-03-02" });
    expect(isAfterCursor(relationStart(timelineDates(relation, "reported")), "2023-01-01")).toBe(true);
    expect(isAfterCursor(relationStart(timelineDates(relation, "happened")), "2023-01-01")).toBe(false);
  });

  it("leaves a relation with no dated source off the report axis, so it always shows", () => {
    expect(timelineDates({ date: "2022-08" }, "reported")).toEqual({});
    expect(isAfterCursor(relationStart(timelineDates({ date: "2022-08" }, "reported")), "1900-01-01")).toBe(false);
    expect(dateRange([{ date: "2022-08" }, relation].map((r) => timelineDates(r, "reported")))).toEqual({ first: "2023-03-02", last: "2023-03-02" });
  });
});

describe("dayIndex and dayAt", () => {
  it("map dates to slider steps and back", () => {
    expect(dayIndex("2022-12-30", "2023-01-02")).toBe(3);
    expect(dayAt("2022-12-30", 3)).toBe("2023-01-02");
  });
});
