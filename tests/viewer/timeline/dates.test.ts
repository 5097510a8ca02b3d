import { describe, expect, it } from "vitest";
import { dateRange, dayAt, dayIndex, isAfterCursor, relationStart } from "../../../src/viewer/timeline/dates.ts";

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
    expect(isAfterCursor({ date: "2099" }, null)).toBe(false);
  });

  it("fades relations that start after the cursor, and never undated ones", () => {
    expect(isAfterCursor({ date: "2023-05-28" }, "2023-05-27")).toBe(true);
    expect(isAfterCursor({ date: "2023-05-28" }, "2023-05-28")).toBe(false);
    expect(isAfterCursor({ date: "2023-05" }, "2023-05-01")).toBe(false);
    expect(isAfterCursor({}, "1900-01-01")).toBe(false);
  });
});

describe("dayIndex and dayAt", () => {
  it("map dates to slider steps and back", () => {
    expect(dayIndex("2022-12-30", "2023-01-02")).toBe(3);
    expect(dayAt("2022-12-30", 3)).toBe("2023-01-02");
  });
});
