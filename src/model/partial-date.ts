// ISO 8601 dates at the precision a text gives them: a year, a month or a day.

/** How precise a date is. */
export type DatePrecision = "year" | "month" | "day";

/** A date known to a year, a month or a day; `text` is its canonical ISO form. */
export interface PartialDate {
  text: string;
  precision: DatePrecision;
  year: number;
  month?: number;
  day?: number;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in `month` (1-12) of `year`, Gregorian. Arithmetic rather than a Date: one date a relation at a million relations. */
function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * Returns a reason string instead of a date when the text is malformed or the date impossible
 * (month 13, 30 February), so callers can report it.
 */
export function parsePartialDate(text: string): PartialDate | { error: string } {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return { error: `"${text}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD` };
  const year = Number(match[1]);
  if (match[2] === undefined) return { text, precision: "year", year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { error: `"${text}" has month ${match[2]}; months run 01 to 12` };
  if (match[3] === undefined) return { text, precision: "month", year, month };
  const day = Number(match[3]);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    // Stryker disable next-line StringLiteral: a month has 28 to 31 days, so the padding never applies; it is there to match "01"
    return { error: `"${text}" does not exist: ${year}-${match[2]} has days 01 to ${String(last).padStart(2, "0")}` };
  }
  return { text, precision: "day", year, month, day };
}

/** First day covered by a partial date, as `YYYY-MM-DD` (2022-11 starts 2022-11-01). */
export function startOf(date: PartialDate): string {
  const mm = String(date.month ?? 1).padStart(2, "0");
  const dd = String(date.day ?? 1).padStart(2, "0");
  return `${date.year}-${mm}-${dd}`;
}

/** Last day covered by a partial date, as `YYYY-MM-DD` (2022-11 ends 2022-11-30, 2022 ends 2022-12-31). */
export function endOf(date: PartialDate): string {
  const month = date.month ?? 12;
  const day = date.day ?? daysInMonth(date.year, month);
  return `${date.year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The first and last day a date text covers, as `YYYY-MM-DD`. */
export interface DaySpan {
  first: string;
  last: string;
}

/** The span of each date text seen, or null for a text that is not a date. */
const SPANS = new Map<string, DaySpan | null>();
/** Beyond this many distinct texts the memo starts afresh, so a long-lived process or page cannot grow it without end. */
const SPANS_LIMIT = 100_000;

/**
 * The days a date text covers, or null when it is not a partial date. Memoised: hundreds of thousands
 * of claims share a few thousand dates, and both deriving corroboration and the viewer's timeline ask
 * for them again and again; parsing each time was a quarter of the cost of corroboration.
 */
export function daySpan(text: string): DaySpan | null {
  let span = SPANS.get(text);
  if (span === undefined) {
    const parsed = parsePartialDate(text);
    span = "error" in parsed ? null : { first: startOf(parsed), last: endOf(parsed) };
    if (SPANS.size >= SPANS_LIMIT) SPANS.clear();
    SPANS.set(text, span);
  }
  return span;
}
