// What every panel gets from the app: the graph, the current view, and the one way to change it.
import type { KnowledgeGraph } from "../../graph/types.ts";
import type { ViewState } from "./view-state.ts";

/** "push" makes a history entry (back returns here); "replace" does not (typing, dragging a slider). */
export type HistoryMode = "push" | "replace";

/** The app as panels see it. */
export interface ViewContext {
  graph(): KnowledgeGraph;
  view(): ViewState;
  setView(patch: Partial<ViewState>, mode?: HistoryMode): void;
  /** Centres the camera on an entity. */
  focusNode(key: string): void;
}

/** The colour of an entity type from the graph's ontology, grey for types it does not list. */
export function entityColor(graph: KnowledgeGraph, type: string): string {
  return graph.getAttribute("ontology")?.entityTypes.find((t) => t.id === type)?.color ?? "#7f7f7f";
}

/** The display label of an entity type. */
export function entityTypeLabel(graph: KnowledgeGraph, type: string): string {
  return graph.getAttribute("ontology")?.entityTypes.find((t) => t.id === type)?.label ?? type;
}
