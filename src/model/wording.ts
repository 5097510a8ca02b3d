// Counts in words ("1 source", "3 entities"), shared by the CLI, the viewer, loading and extraction so they all say it alike.

/**
 * The count followed by the noun in the right number: `singular` for exactly 1, `plural` otherwise
 * (0 included, as English says "0 sources").
 *
 * @param count - how many; printed as JavaScript prints the number.
 * @param singular - the noun for one, e.g. "source" or "new entity".
 * @param plural - the noun for any other count; defaults to `singular` + "s", so irregular
 *   nouns ("entity" -> "entities", "alias" -> "aliases") must pass it.
 * @returns e.g. `counted(1, "relation")` is "1 relation", `counted(3, "entity", "entities")` is "3 entities".
 */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
