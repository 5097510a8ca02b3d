// The GEXF attribute model: one table per element kind says which columns exist and where each value comes from.
import type { EdgeAttributes, NodeAttributes } from "../graph/types.ts";
import { STANCE_COUNT_FIELDS, stanceCount } from "./stance-counts.ts";
import { xmlJson } from "./xml-text.ts";

/** The GEXF attribute types this writer uses. */
export type GexfAttributeType = "string" | "liststring" | "boolean" | "integer";

/** A value as the table hands it to the writer; undefined means "not written for this element". */
export type GexfValue = string | readonly string[] | boolean | number | undefined;

/** One declared attribute column. */
export interface GexfColumn<A> {
  /** Column id; graphology-gexf's parser reads values back under this name. */
  id: string;
  /** What Gephi shows as the column header. */
  title: string;
  type: GexfAttributeType;
  /** The value is JSON text (from xmlJson), which the writer escapes by the shorter JSON rules. */
  json?: true;
  value: (attributes: A, sourceTitles: ReadonlyMap<string, string>) => GexfValue;
}

/**
 * Node columns. Label, colour, size and position are not columns: they go to the node's `label`
 * and to `viz:` elements, where Gephi looks for them.
 */
export const GEXF_NODE_COLUMNS: readonly GexfColumn<NodeAttributes>[] = [
  { id: "type", title: "Entity type", type: "string", value: (a) => a.type },
  { id: "aliases", title: "Aliases", type: "liststring", value: (a) => a.aliases },
  { id: "description", title: "Description", type: "string", value: (a) => a.description },
];

function uniqueInOrder(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/**
 * Edge columns. The relation type also goes to the edge's `kind` and its label to `label`; the
 * colour to `viz:color`. Evidence is written twice on purpose: `quotes`/`quoteSources` as parallel
 * lists that Gephi's data table shows readably, and `evidence` as JSON, which survives any quote
 * exactly - list values are split on separators (`,` `|` `;` in some readers) that quotes contain.
 * Quantities keep their number-or-text values as JSON for the same reason. Each quote's own stance
 * and asserters stay in the evidence JSON, so a reader can derive the corroboration again.
 *
 * The corroboration columns come last, so the columns of earlier exports keep their places:
 * counts are integers (one per status, 0 when no document takes that stance) and `contested` a
 * boolean, so Gephi filters them as numbers and true/false; `firstReported` is left out when no source is dated.
 */
export const GEXF_EDGE_COLUMNS: readonly GexfColumn<EdgeAttributes>[] = [
  { id: "type", title: "Relation type", type: "string", value: (a) => a.type },
  { id: "status", title: "Status", type: "string", value: (a) => a.status },
  { id: "date", title: "Date (as precise as the source)", type: "string", value: (a) => a.date },
  { id: "end", title: "End date", type: "string", value: (a) => a.end },
  { id: "directed", title: "Directed", type: "boolean", value: (a) => a.directed },
  { id: "assertedBy", title: "Asserted by", type: "liststring", value: (a) => a.assertedBy },
  { id: "items", title: "Items", type: "liststring", value: (a) => a.items },
  { id: "quantities", title: "Quantities (JSON)", type: "string", json: true, value: (a) => xmlJson(a.quantities) },
  { id: "role", title: "Role", type: "string", value: (a) => a.role },
  { id: "note", title: "Note", type: "string", value: (a) => a.note },
  { id: "quotes", title: "Quotes", type: "liststring", value: (a) => a.evidence.map((e) => e.quote) },
  { id: "quoteSources", title: "Quote sources (ids)", type: "liststring", value: (a) => a.evidence.map((e) => e.source) },
  {
    id: "sourceTitles",
    title: "Source titles",
    type: "liststring",
    value: (a, titles) => uniqueInOrder(a.evidence.map((e) => titles.get(e.source) ?? e.source)),
  },
  { id: "evidence", title: "Evidence (JSON: source, quote, status, assertedBy)", type: "string", json: true, value: (a) => xmlJson(a.evidence) },
  { id: "sourceCount", title: "Sources (documents quoted)", type: "integer", value: (a) => a.sourceCount },
  ...STANCE_COUNT_FIELDS.map(({ status, name }): GexfColumn<EdgeAttributes> => ({
    id: name,
    title: `Sources: ${status}`,
    type: "integer",
    value: (a) => stanceCount(a.stanceCounts, status),
  })),
  { id: "contested", title: "Contested (denied and reported or confirmed)", type: "boolean", value: (a) => a.contested },
  { id: "firstReported", title: "First reported (earliest source date)", type: "string", value: (a) => a.firstReported },
  { id: "supportedBy", title: "Supported by", type: "liststring", value: (a) => a.supportedBy },
  { id: "deniedBy", title: "Denied by", type: "liststring", value: (a) => a.deniedBy },
];
