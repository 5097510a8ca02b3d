// Specification of partial ISO dates: a year, a month or a day, and the span each covers.
import { describe, expect, it } from "vitest";
import { daySpan, endOf, parsePartialDate, startOf } from "../../src/model/partial-date.ts";

describe("parsePartialDate", () => {
  it.each([
    ["28 May 2023", /not a date of the form/],
    ["2023-5-28", /not a date of the form/],
    ["2023-13", /months run 01 to 12/],
    ["2023-02-29", /does not exist: 2023-02 has days 01 to 28/],
    ["2022-04-31", /does not exist: 2022-04 has days 01 to 30/],
    ["1900-02-29", /^"1900-02-29" does not exist: 1900-02 has days 01 to 28$/],
    ["2100-02-29", /does not exist: 2100-02 has days 01 to 28/],
    ["2023-00", /^"2023-00" has month 00; months run 01 to 12$/],
    ["2023-05-00", /^"2023-05-00" does not exist: 2023-05 has days 01 to 31$/],
    ["2023-05-32", /does not exist: 2023-05 has days 01 to 31/],
  ])("refuses %s with a reason", (text, reason) => {
    const result = parsePartialDate(text);
    expect("error" in result && result.error).toMatch(reason);
  });

  it("accepts a year, a month and a day with their precision", () => {
    expect(parsePartialDate("2022")).toEqual({ text: "2022", precision: "year", year: 2022 });
    expect(parsePartialDate("2022-11")).toEqual({ text: "2022-11", precision: "month", year: 2022, month: 11 });
    expect(parsePartialDate("2024-02-29")).toMatchObject({ precision: "day", day: 29 });
    // Gregorian leap years: every fourth year, not centuries, but every fourth century.
    expect(parsePartialDate("2000-02-29")).toEqual({ text: "2000-02-29", precision: "day", year: 2000, month: 2, day: 29 });
    expect(parsePartialDate("1600-02-29")).toMatchObject({ precision: "day", day: 29 });
  });

  it("accepts the first and last month of a year and the first and last day of a month", () => {
    for (const text of ["2023-01", "2023-12", "2023-05-01", "2024-01-31", "2024-03-31", "2023-12-31"]) {
      expect(parsePartialDate(text), text).toMatchObject({ text });
    }
  });
});

describe("startOf and endOf", () => {
  it("span the whole period a partial date names", () => {
    const month = parsePartialDate("2022-11");
    const year = parsePartialDate("2022");
    if ("error" in month || "error" in year) throw new Error("valid dates");
    expect([startOf(month), endOf(month)]).toEqual(["2022-11-01", "2022-11-30"]);
    expect([startOf(year), endOf(year)]).toEqual(["2022-01-01", "2022-12-31"]);
    const may = parsePartialDate("2022-05");
    const day = parsePartialDate("2022-05-07");
    if ("error" in may || "error" in day) throw new Error("valid dates");
    expect([startOf(may), endOf(may), startOf(day), endOf(day)]).toEqual(["2022-05-01", "2022-05-31", "2022-05-07", "2022-05-07"]);
  });
});

describe("daySpan", () => {
  it("gives the first and last day a date text covers, the same on every call, and null for a text that is not a date", () => {
    expect(daySpan("2022-02")).toEqual({ first: "2022-02-01", last: "2022-02-28" });
    expect(daySpan("2024")).toEqual({ first: "2024-01-01", last: "2024-12-31" });
    expect(daySpan("2022-02")).toEqual({ first: "2022-02-01", last: "2022-02-28" });
    expect(daySpan("late May 2023")).toBeNull();
    expect(daySpan("2023-02-30")).toBeNull();
  });
});
