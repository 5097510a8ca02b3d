// The statuses a claim can have, in the order the viewer and CLI list them.

/** How far a relation is established, as asserted by whoever asserts it. */
export const STATUSES = ["reported", "confirmed", "alleged", "planned", "denied"] as const;

/** One of {@link STATUSES}. */
export type Status = (typeof STATUSES)[number];

/** What each status means, for help texts and legends. */
export const STATUS_DESCRIPTIONS: Record<Status, string> = {
  reported: "stated as fact by the source or by whoever it quotes",
  confirmed: "confirmed by a party in a position to know",
  alleged: "a charge or possibility, not established",
  planned: "intended or prepared, not yet done",
  denied: "denied by whoever asserts it",
};

/** True when `value` is one of the known statuses. */
export function isStatus(value: unknown): value is Status {
  // Stryker disable next-line ConditionalExpression: includes() is false for any value that is not a string anyway; the check only narrows the type
  return typeof value === "string" && (STATUSES as readonly string[]).includes(value);
}
