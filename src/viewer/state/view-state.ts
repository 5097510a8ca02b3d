// The viewer's shareable state as plain data: what is selected, filtered, searched, traced and when.
import type { Status } from "../../model/status.ts";

/** What the side panel shows: an entity, a relation, or nothing. */
export type Selection = { kind: "node"; key: string } | { kind: "edge"; key: string } | null;

/** A path question: from one entity to another, over some relation types, optionally in time order. */
export interface PathQuery {
  from: string;
  to: string;
  /** Relation type ids allowed on the path; empty means every type. */
  relationTypes: string[];
  /** When true, each step must not be dated before the previous one. */
  timeRespecting: boolean;
  /** When true, relations are walked both ways, not only from their source to their target. Left out when false. */
  anyDirection?: boolean;
}

/**
 * The open source document: chosen in the Sources panel, or from a quote to read it in context.
 * While it is open the graph highlights every relation it is quoted on.
 */
export interface SourceView {
  id: string;
  quote?: string;
}

/** What the timeline's axis is: when a relation happened (its date) or when it was first reported (its earliest source). */
export const TIMELINE_MODES = ["happened", "reported"] as const;
/** One of {@link TIMELINE_MODES}. */
export type TimelineMode = (typeof TIMELINE_MODES)[number];

/** What the view does with relations that have no date on the timeline's axis: show, dim or hide them. */
export type UndatedMode = "show" | "dim" | "hide";

/**
 * Everything a link must restore. Filters are lists of what is hidden, so a type added
 * to the ontology later shows up by default in an old link.
 */
export interface ViewState {
  selection: Selection;
  hiddenEntityTypes: string[];
  hiddenRelationTypes: string[];
  hiddenStatuses: Status[];
  /** Relations backed by fewer source documents are hidden; 0 hides none, even a relation without evidence. */
  minSources: number;
  /** Only relations that some document denies and another reports or confirms are shown. */
  contestedOnly: boolean;
  search: string;
  path: PathQuery | null;
  /** Timeline cursor as YYYY-MM-DD; null shows every relation whatever its date. */
  time: string | null;
  /** Which dates the timeline runs by. */
  timeBy: TimelineMode;
  /** Relations without a date on the timeline's axis: shown as usual, dimmed, or hidden. */
  undated: UndatedMode;
  source: SourceView | null;
  /** Entities and relations that `actorgraph extract` proposed and no one has reviewed are shown (drawn faint). */
  proposals: boolean;
}

/** The view a fresh page opens on: everything shown, nothing selected. */
export const DEFAULT_VIEW_STATE: ViewState = {
  selection: null,
  hiddenEntityTypes: [],
  hiddenRelationTypes: [],
  hiddenStatuses: [],
  minSources: 0,
  contestedOnly: false,
  search: "",
  path: null,
  time: null,
  timeBy: "happened",
  undated: "show",
  source: null,
  proposals: false,
};

/** Adds `value` to a sorted list, or removes it when present: sorted so equal states serialise alike. */
export function toggleInList<T extends string>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value].sort();
}

/** Two view states are equal when they would give the same link. */
export function sameViewState(a: ViewState, b: ViewState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
