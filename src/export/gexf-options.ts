// Options of the GEXF writer, in the settings pattern: interface, defaults, resolve, validate.
import { parsePartialDate } from "../model/partial-date.ts";
import { ExportOptionError } from "./export-error.ts";
import type { XmlWarning } from "./xml-text.ts";

/** `auto` writes a dynamic graph when any relation is dated, a static one otherwise. */
export type GexfMode = "auto" | "static" | "dynamic";

/** The GEXF modes, for help texts and validation. */
export const GEXF_MODES: readonly GexfMode[] = ["auto", "static", "dynamic"];

/**
 * How a relation type that reads both ways (negotiates-with) is written. `mutual` (GEXF 1.3's edge
 * type for a link that holds both ways) keeps the graph directed, so every reader opens it: networkx
 * reads it as two directed edges, one each way; graphology-gexf and the viewer as one undirected edge.
 * `undirected` makes a mixed graph as Gephi draws it (no arrow), which networkx refuses.
 */
export type GexfSymmetricEdges = "mutual" | "undirected";

/** The ways to write symmetric relations, for help texts and validation. */
export const GEXF_SYMMETRIC_EDGES: readonly GexfSymmetricEdges[] = ["mutual", "undirected"];

/** How {@link gexfChunks} writes a graph. */
export interface GexfOptions {
  /** Static or dynamic graph (edges and nodes with `start`/`end`, for Gephi's timeline). */
  mode: GexfMode;
  /**
   * The `lastmodifieddate` written in `<meta>` (YYYY-MM-DD). Unset, it is the newest day the data
   * mentions (source publication dates, relation dates and ends), not today: the same data then
   * gives the same bytes. With no date anywhere the attribute is left out.
   */
  now: string | undefined;
  /** The `type` of edges whose relation type reads both ways (see {@link GexfSymmetricEdges}). */
  symmetric: GexfSymmetricEdges;
  /** Told about every value whose characters XML 1.0 forbids (they are written as U+FFFD). */
  onWarning: XmlWarning;
}

/** Defaults: dynamic when the data is dated, date taken from the data, symmetric relations `mutual`, warnings ignored. */
export const DEFAULT_GEXF_OPTIONS: GexfOptions = { mode: "auto", now: undefined, symmetric: "mutual", onWarning: () => {} };

/** Fills unset options with {@link DEFAULT_GEXF_OPTIONS}. */
export function resolveGexfOptions(partial: Partial<GexfOptions> = {}): GexfOptions {
  const options = { ...DEFAULT_GEXF_OPTIONS };
  for (const [key, value] of Object.entries(partial)) {
    // An explicit `undefined` means "default", as a missing key does.
    if (value !== undefined) (options as Record<string, unknown>)[key] = value;
  }
  return options;
}

/** Throws an {@link ExportOptionError} naming the first bad option and what it accepts. */
export function validateGexfOptions(options: GexfOptions): void {
  if (!GEXF_MODES.includes(options.mode)) {
    throw new ExportOptionError(`GEXF option mode must be one of ${GEXF_MODES.join(", ")}, got ${JSON.stringify(options.mode)}`);
  }
  if (!GEXF_SYMMETRIC_EDGES.includes(options.symmetric)) {
    throw new ExportOptionError(`GEXF option symmetric must be one of ${GEXF_SYMMETRIC_EDGES.join(", ")}, got ${JSON.stringify(options.symmetric)}`);
  }
  if (options.now !== undefined) {
    const parsed = typeof options.now === "string" ? parsePartialDate(options.now) : undefined;
    // Stryker disable next-line StringLiteral: an error result has no precision, so the precision check rejects it with the same message
    if (!parsed || "error" in parsed || parsed.precision !== "day") {
      throw new ExportOptionError(`GEXF option now must be a day as YYYY-MM-DD (or unset to use the data's newest date), got ${JSON.stringify(options.now)}`);
    }
  }
  if (typeof options.onWarning !== "function") {
    throw new ExportOptionError(`GEXF option onWarning must be a function (message) => void, got ${typeof options.onWarning}`);
  }
}
