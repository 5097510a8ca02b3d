// Plain words for quantity names in the panels: "shot down" for shotDown, or the ontology's own label.
import type { Ontology } from "../../model/ontology.ts";

/** "shotDown" -> "shot down", "perYear" -> "per year": a camelCase name in words. */
export function camelCaseToWords(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").toLowerCase();
}

/** A quantity's readable name: the ontology's, else its camelCase name in words. */
export function quantityLabel(ontology: Pick<Ontology, "quantityNames">, name: string): string {
  return ontology.quantityNames?.find((q) => q.id === name)?.label ?? camelCaseToWords(name);
}
