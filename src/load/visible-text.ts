// Names must read as they are written: direction controls and zero-width characters in a label or alias are refused.
import { invisibleCharactersIn } from "../model/invisible-characters.ts";
import type { FieldRecord, Spot } from "./field-record.ts";

/**
 * `value` when it has no invisible character (see model/invisible-characters.ts); otherwise undefined and
 * an `invisible-character` error at `spot` naming each one, e.g. `U+202E (right-to-left override)`.
 */
export function visibleName(record: Pick<FieldRecord, "report" | "name">, spot: Spot | undefined, value: string | undefined, what: string): string | undefined {
  if (value === undefined) return undefined;
  const found = invisibleCharactersIn(value);
  if (found.length === 0) return value;
  record.report.add(
    spot,
    "invisible-character",
    `${what} of ${record.name} contains ${found.join(", ")}, which ${found.length === 1 ? "does" : "do"} not show on screen`,
    "remove it and type the name again: hidden direction or zero-width characters make a name read differently from what it is (\"Ir\\u200Ban\" looks like \"Iran\")",
  );
  return undefined;
}
