// A relation's documents counted per stance, as one flat integer per status: what GEXF, GraphML and CSV can type.
import type { StanceCounts } from "../model/corroboration.ts";
import { STATUSES, type Status } from "../model/status.ts";

/**
 * The name of the flat attribute (GEXF, GraphML) or column (CSV) that counts the documents taking
 * `status` as their stance: `reportedSources`, `deniedSources`... Formats without nested values
 * cannot carry the `stanceCounts` object itself, so every format flattens it the same way.
 */
export function stanceCountName(status: Status): string {
  return `${status}Sources`;
}

/** One flat count per status, in the order of {@link STATUSES}: the table each exporter declares from. */
export const STANCE_COUNT_FIELDS: readonly { status: Status; name: string }[] = STATUSES.map((status) => ({ status, name: stanceCountName(status) }));

/** How many documents take `status` as their stance: 0 when none does (the object leaves such stances out). */
export function stanceCount(stanceCounts: StanceCounts, status: Status): number {
  return stanceCounts[status] ?? 0;
}

/**
 * Folds the flat counts of an exported relation (numbers, or the numeric text of a CSV cell) back
 * into a `stanceCounts` object as the build makes it: stances counted 0, or absent, are left out.
 */
export function stanceCountsFromFields(fields: Readonly<Record<string, unknown>>): StanceCounts {
  const counts: Partial<Record<Status, number>> = {};
  for (const { status, name } of STANCE_COUNT_FIELDS) {
    const value = Number(fields[name] ?? 0);
    if (Number.isFinite(value) && value > 0) counts[status] = value;
  }
  return counts;
}
