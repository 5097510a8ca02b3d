// Relations on a time axis: the graph's date range, and whether a relation has happened (or been reported) by a given day.
import { daySpan, type DaySpan } from "../../model/partial-date.ts";
import type { TimelineMode } from "../state/view-state.ts";

/** The first and last day any dated relation covers, as YYYY-MM-DD. */
export type DateRange = DaySpan;

/** The dates a relation carries; both are partial ISO dates. */
export interface Dated {
  date?: string;
  end?: string;
}

/** What a relation carries that the timeline can run by: its own dates, and its earliest source's. */
export interface TimelineDated extends Dated {
  firstReported?: string;
}

/**
 * The dates a relation sits at on the timeline: when it happened (its date and end), or when it
 * was first reported (the earliest publication date among its sources, a single day or month).
 */
export function timelineDates(relation: TimelineDated, mode: TimelineMode): Dated {
  if (mode === "happened") return relation;
  return relation.firstReported === undefined ? {} : { date: relation.firstReported };
}

/** First day a partial date covers, or null when it is absent or malformed (the loader refuses those). */
export function relationStart(relation: Dated): string | null {
  return relation.date === undefined ? null : (daySpan(relation.date)?.first ?? null);
}

/** The date range over all relations, or null when none is dated. */
export function dateRange(relations: Iterable<Dated>): DateRange | null {
  let first: string | null = null;
  let last: string | null = null;
  const include = (text: string | undefined) => {
    const span = text === undefined ? null : daySpan(text);
    if (!span) return;
    if (first === null || span.first < first) first = span.first;
    if (last === null || span.last > last) last = span.last;
  };
  for (const relation of relations) {
    include(relation.date);
    include(relation.end);
  }
  return first !== null && last !== null ? { first, last } : null;
}

/**
 * True when a relation whose first day is `start` ({@link relationStart}) starts after the timeline
 * cursor, so the view fades it out. Undated relations are never "later": they stay on whatever the cursor says.
 */
export function isAfterCursor(start: string | null, cursor: string | null): boolean {
  return cursor !== null && start !== null && start > cursor;
}

const DAY_MS = 86_400_000;

/** Whole days from `first` to `day` (both YYYY-MM-DD), for mapping dates onto a slider. */
export function dayIndex(first: string, day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / DAY_MS);
}

/** The YYYY-MM-DD date `offset` days after `first`. */
export function dayAt(first: string, offset: number): string {
  return new Date(Date.parse(`${first}T00:00:00Z`) + offset * DAY_MS).toISOString().slice(0, 10);
}
