// Plain words for numbers and names in the panels: "1 source document", "shot down" for shotDown.
import type { Ontology } from "../../model/ontology.ts";

/** "1 entity", "3 entities": the count with the noun in the right number. */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** "shotDown" -> "shot down", "perYear" -> "per year": a camelCase name in words. */
export function camelCaseToWords(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").toLowerCase();
}

/** A quantity's readable name: the ontology's, else its camelCase name in words. */
export function quantityLabel(ontology: Pick<Ontology, "quantityNames">, name: string): string {
  return ontology.quantityNames?.find((q) => q.id === name)?.label ?? camelCaseToWords(name);
}
