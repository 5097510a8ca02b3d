// Dates in a sentence, resolved against the document's date, written at the precision the text gives.
import * as chrono from "chrono-node";

/** A date expression of a sentence: its offsets in the document, and the date as YYYY, YYYY-MM or YYYY-MM-DD. */
export interface FoundDate {
  start: number;
  end: number;
  date: string;
  /** True when the year came from the reference date rather than from the text. */
  yearImplied: boolean;
}

const BARE_YEAR = /\b(?:in|since|during|until|by|early|late|mid|of)[\s-]+((?:19|20)\d\d)\b(?![\s-]*[-\/]\d)/giu;
const pad = (n: number) => String(n).padStart(2, "0");

/** The reference date for chrono: noon UTC of the partial date's first day. */
export function referenceDate(date: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1, 12));
}

/**
 * The dates of `text.slice(start, end)`. A date whose year the text does not give takes the
 * reference's year, moved a year back when that would put it after the reference (news reports
 * what happened); without a reference such a date is dropped. Precision: a day when the text
 * `pastOnly` is false when the reference is not the publication date but the last date the
 * document itself gave (an undated document): its story may go on after that date.
 * Precision: a day when the text names a day or a weekday ("on Monday", "yesterday"), a month when it names a month ("last
 * month", "in August"), a year when only a year ("last year", "in 2021") - never more.
 */
export function datesIn(text: string, start: number, end: number, reference: string | undefined, pastOnly = true): FoundDate[] {
  const sentence = text.slice(start, end);
  const ref = reference ? referenceDate(reference) : new Date(Date.UTC(2000, 0, 1, 12));
  const out: FoundDate[] = [];
  let results: chrono.ParsedResult[];
  try {
    results = chrono.parse(sentence, { instant: ref, timezone: 0 }, { forwardDate: false });
  } catch {
    results = [];
  }
  for (const result of results) {
    const c = result.start;
    const yearKnown = c.isCertain("year");
    if (!yearKnown && !reference) continue;
    const day = c.isCertain("day") || c.isCertain("weekday");
    const month = c.isCertain("month") || day;
    if (!month && !yearKnown) continue;
    let year = c.get("year")!;
    const m = c.get("month")!;
    const d = c.get("day")!;
    if (c.isCertain("weekday") && !c.isCertain("day") && reference && pastOnly) {
      // "on Tuesday" in a Sunday paper is the Tuesday before it, not the one after.
      const at = result.start.date();
      if (at.getTime() > ref.getTime() + 12 * 3600_000) at.setUTCDate(at.getUTCDate() - 7);
      out.push({ start: start + result.index, end: start + result.index + result.text.length, date: `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`, yearImplied: true });
      continue;
    }
    if (!yearKnown && reference && pastOnly) {
      const candidate = day ? `${year}-${pad(m)}-${pad(d)}` : `${year}-${pad(m)}`;
      if (candidate > reference.slice(0, candidate.length)) year -= 1;
    }
    const date = day ? `${year}-${pad(m)}-${pad(d)}` : month ? `${year}-${pad(m)}` : String(year);
    out.push({ start: start + result.index, end: start + result.index + result.text.length, date, yearImplied: !yearKnown });
  }
  for (const match of sentence.matchAll(BARE_YEAR)) {
    const at = start + match.index + match[0].length - match[1]!.length;
    if (out.some((d) => d.start <= at && at < d.end)) continue;
    out.push({ start: at, end: at + 4, date: match[1]!, yearImplied: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The date nearest to a cue at offset `at` (before it preferred at equal distance), or undefined. */
export function nearestDate(dates: readonly FoundDate[], at: number): FoundDate | undefined {
  let best: FoundDate | undefined;
  let bestDistance = Infinity;
  for (const date of dates) {
    const distance = date.end <= at ? at - date.end : Math.max(0, date.start - at);
    if (distance < bestDistance) {
      best = date;
      bestDistance = distance;
    }
  }
  return best;
}
