// The view state <-> the URL hash, so a link reopens the same view and back/forward walk through views.
import { isStatus, type Status } from "../../model/status.ts";
import { DEFAULT_VIEW_STATE, type PathQuery, type Selection, type SourceView, type ViewState } from "../state/view-state.ts";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A whole number of sources as a link writes it: "2", not "-1", "2.5" or "two". */
const COUNT = /^\d{1,6}$/;

/**
 * Longest hash the viewer reads, in characters: a link with the longest quote the loader allows (5,000
 * characters, three times as long percent-encoded) and every filter fits. A longer one is ignored whole:
 * reading a megabyte of it took seconds, and no view needs it.
 */
export const MAX_HASH_CHARS = 32 * 1024;

/** What the page says when a link's hash is over {@link MAX_HASH_CHARS}; undefined when it is not. */
export function hashTooLongNote(hash: string): string | undefined {
  if (hash.length <= MAX_HASH_CHARS) return undefined;
  return `This link's view part is ${hash.length.toLocaleString("en")} characters long, over the ${MAX_HASH_CHARS.toLocaleString("en")} the viewer reads: it was ignored, and the whole graph is shown.`;
}

function list(value: string | null): string[] {
  return value ? [...new Set(value.split(",").filter((v) => v.length > 0))].sort() : [];
}

/**
 * Writes the state as a hash such as `#node=iran&hide-types=weapon&time=2023-01-01`.
 * Defaults are left out, and keys come in a fixed order, so one view has one link.
 */
export function viewStateToHash(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.selection) params.set(view.selection.kind, view.selection.key);
  if (view.hiddenEntityTypes.length) params.set("hide-types", [...view.hiddenEntityTypes].sort().join(","));
  if (view.hiddenRelationTypes.length) params.set("hide-relations", [...view.hiddenRelationTypes].sort().join(","));
  if (view.hiddenStatuses.length) params.set("hide-statuses", [...view.hiddenStatuses].sort().join(","));
  if (view.minSources > 0) params.set("min-sources", String(view.minSources));
  if (view.contestedOnly) params.set("contested", "1");
  if (view.proposals) params.set("proposals", "1");
  if (view.search) params.set("q", view.search);
  if (view.path) {
    params.set("from", view.path.from);
    params.set("to", view.path.to);
    if (view.path.relationTypes.length) params.set("via", [...view.path.relationTypes].sort().join(","));
    if (view.path.timeRespecting) params.set("in-time", "1");
    if (view.path.anyDirection) params.set("any-direction", "1");
  }
  if (view.time) params.set("time", view.time);
  if (view.timeBy !== "happened") params.set("time-by", view.timeBy);
  if (view.undated !== "show") params.set("undated", view.undated);
  if (view.source) {
    params.set("source", view.source.id);
    if (view.source.quote) params.set("quote", view.source.quote);
  }
  const text = params.toString();
  return text ? `#${text}` : "";
}

/**
 * Reads a hash back into a state. Anything malformed (an unknown status, a bad date, a path
 * missing one end, a source count that is not a whole number) is dropped rather than thrown: a hand-edited link still opens.
 * A hash over {@link MAX_HASH_CHARS} is not read at all: the default view.
 */
export function hashToViewState(hash: string): ViewState {
  if (hash.length > MAX_HASH_CHARS) return { ...DEFAULT_VIEW_STATE };
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const node = params.get("node");
  const edge = params.get("edge");
  const selection: Selection = node ? { kind: "node", key: node } : edge ? { kind: "edge", key: edge } : null;
  const from = params.get("from");
  const to = params.get("to");
  const path: PathQuery | null = from && to
    ? { from, to, relationTypes: list(params.get("via")), timeRespecting: params.get("in-time") === "1", ...(params.get("any-direction") === "1" ? { anyDirection: true } : {}) }
    : null;
  const time = params.get("time");
  const minSources = params.get("min-sources");
  const sourceId = params.get("source");
  const quote = params.get("quote");
  const source: SourceView | null = sourceId ? { id: sourceId, ...(quote ? { quote } : {}) } : null;
  return {
    ...DEFAULT_VIEW_STATE,
    selection,
    hiddenEntityTypes: list(params.get("hide-types")),
    hiddenRelationTypes: list(params.get("hide-relations")),
    hiddenStatuses: list(params.get("hide-statuses")).filter((s): s is Status => isStatus(s)),
    minSources: minSources && COUNT.test(minSources) ? Number(minSources) : 0,
    contestedOnly: params.get("contested") === "1",
    proposals: params.get("proposals") === "1",
    search: params.get("q") ?? "",
    path,
    time: time && DAY.test(time) && !Number.isNaN(Date.parse(time)) ? time : null,
    timeBy: params.get("time-by") === "reported" ? "reported" : "happened",
    undated: params.get("undated") === "dim" ? "dim" : params.get("undated") === "hide" ? "hide" : "show",
    source,
  };
}
