// A relation's stances as bits, so the search's inner loop checks them against the query's with one `&`.
import type { StanceCounts } from "../model/corroboration.ts";
import { STATUSES, type Status } from "../model/status.ts";

/** Bit of each status in a stance mask: 1 << its index in STATUSES. */
const STATUS_BIT = Object.fromEntries(STATUSES.map((status, i) => [status, 1 << i])) as Record<Status, number>;

/**
 * The statuses as bits, one per status in STATUSES order: checking a relation's stances against the
 * query's is then one `&`, not a walk over its stance counts for every step a search considers.
 */
export function stanceMask(statuses: Iterable<Status>): number {
  let mask = 0;
  for (const status of statuses) mask |= STATUS_BIT[status];
  return mask;
}

/** The stances a relation's documents take, as a mask: the statuses its stance counts list. */
export function stancesOf(counts: StanceCounts): number {
  let mask = 0;
  for (const status of STATUSES) if (counts[status] !== undefined) mask |= STATUS_BIT[status];
  return mask;
}
