// Finds the entity a user means by its id, label or an alias, ignoring case and diacritics, or suggests close names.
import type { KnowledgeGraph } from "../graph/types.ts";
import { suggest } from "../load/suggest.ts";
import { nameKey } from "../model/names.ts";

/** An entity a name could mean. */
export interface EntityCandidate {
  id: string;
  label: string;
  type: string;
}

/** The entity found, or the closest names when nothing matches (empty when nothing is close either). */
export type EntityResolution =
  | { ok: true; id: string; label: string; type: string }
  | { ok: false; text: string; suggestions: EntityCandidate[] };

/**
 * Resolves `text` to an entity: an exact id first, then a label or alias compared with
 * {@link nameKey} ("kyïv" finds Kyiv). When nothing matches, suggests up to `max` entities whose
 * id, label or alias is close, nearest first.
 */
export function resolveEntity(graph: KnowledgeGraph, text: string, max = 3): EntityResolution {
  const candidate = (id: string): EntityCandidate => {
    const attrs = graph.getNodeAttributes(id);
    return { id, label: attrs.label, type: attrs.type };
  };
  if (graph.hasNode(text)) return { ok: true, ...candidate(text) };
  const wanted = nameKey(text);
  // Every name by its folded form; ids come first so that they win ties in the suggestions.
  const names = new Map<string, string>();
  graph.forEachNode((id) => names.set(nameKey(id), names.get(nameKey(id)) ?? id));
  graph.forEachNode((id, attrs) => {
    for (const name of [attrs.label, ...attrs.aliases]) if (!names.has(nameKey(name))) names.set(nameKey(name), id);
  });
  const exact = names.get(wanted);
  if (exact !== undefined) return { ok: true, ...candidate(exact) };
  const suggestions: EntityCandidate[] = [];
  for (const name of suggest(wanted, names.keys(), max * 3)) {
    const id = names.get(name)!;
    if (!suggestions.some((s) => s.id === id)) suggestions.push(candidate(id));
    if (suggestions.length === max) break;
  }
  return { ok: false, text, suggestions };
}
