// When each relation and entity exists on Gephi's timeline, from dates kept at their own precision.
import type { EdgeAttributes, KnowledgeGraph } from "../graph/types.ts";
import { endOf, parsePartialDate, startOf, type PartialDate } from "../model/partial-date.ts";
import { InvalidGraphError } from "./export-error.ts";

/** First and last day a relation covers, as YYYY-MM-DD. */
export interface Span {
  start: string;
  end: string;
}

/** What a dynamic export needs to know before it writes the first node. */
export interface Timeline {
  /** Whether any relation is dated. */
  dated: boolean;
  /** Each entity's first day: the earliest start of its dated relations (entities with none are absent). */
  nodeStarts: Map<string, string>;
  /** The newest first day of any date in the data (sources' and relations'), if there is one. */
  newestDay: string | undefined;
  /** {@link relationSpan}, remembering each distinct date and end: big graphs repeat them a lot. */
  spanOf: (edge: string, attributes: Pick<EdgeAttributes, "date" | "end">) => Span | undefined;
}

function parseDay(text: string, what: string): PartialDate {
  const parsed = parsePartialDate(text);
  if ("error" in parsed) throw new InvalidGraphError(`${what}: ${parsed.error}; the graph should come from buildGraph, which validates dates`);
  return parsed;
}

/**
 * The days a relation covers: from the first day of `date` to the last day of `end` (or of `date`
 * when there is no end), so 2022-11 spans 2022-11-01..2022-11-30 and 2022 the whole year.
 * Undefined for an undated relation, which exists all the time.
 */
export function relationSpan(edge: string, attributes: Pick<EdgeAttributes, "date" | "end">): Span | undefined {
  if (attributes.date === undefined) return undefined;
  const start = startOf(parseDay(attributes.date, `relation "${edge}" date`));
  const end = endOf(parseDay(attributes.end ?? attributes.date, `relation "${edge}" ${attributes.end === undefined ? "date" : "end"}`));
  return { start, end };
}

/** What the timeline knows of one date (and end): the days it spans, and the first day of its end. */
interface TimelineEntry {
  span: Span | undefined;
  endFirstDay: string | undefined;
}
const UNDATED: TimelineEntry = { span: undefined, endFirstDay: undefined };

/** One pass over the relations: whether the graph is dated, each entity's first day, the newest day. */
export function scanTimeline(graph: KnowledgeGraph): Timeline {
  // Keyed by date (and end, for the few relations with one): a big graph has few distinct dates,
  // so each is parsed once, and most relations need no key built for them.
  const byDate = new Map<string, TimelineEntry>();
  const byDateAndEnd = new Map<string, TimelineEntry>();
  const lookUp = (edge: string, attributes: Pick<EdgeAttributes, "date" | "end">): TimelineEntry => {
    const { date, end } = attributes;
    if (date === undefined) return UNDATED;
    const memo = end === undefined ? byDate : byDateAndEnd;
    const key = end === undefined ? date : `${date}/${end}`;
    let entry = memo.get(key);
    // Stryker disable next-line ConditionalExpression: a memo; parsing the same date and end again gives the same span and first day
    if (!entry) {
      const span = relationSpan(edge, attributes);
      // Stryker disable next-line StringLiteral: unreachable message; relationSpan above has already parsed the same end and thrown with its own message
      const endFirstDay = span && end !== undefined ? startOf(parseDay(end, `relation "${edge}" end`)) : undefined;
      entry = { span, endFirstDay };
      memo.set(key, entry);
    }
    return entry;
  };
  const nodeStarts = new Map<string, string>();
  const startNoLaterThan = (node: string, day: string) => {
    const known = nodeStarts.get(node);
    // Stryker disable next-line EqualityOperator: setting an entity's start to an equal day string changes nothing
    if (known === undefined || day < known) nodeStarts.set(node, day);
  };
  let newestDay: string | undefined;
  const consider = (day: string) => {
    // Stryker disable next-line EqualityOperator: replacing the newest day with an equal day string changes nothing
    if (newestDay === undefined || day > newestDay) newestDay = day;
  };
  for (const source of graph.getAttribute("sources") ?? []) {
    if (source.date !== undefined) consider(startOf(parseDay(source.date, `source "${source.id}" date`)));
  }
  graph.forEachEdge((edge, attributes, source, target) => {
    const { span, endFirstDay } = lookUp(edge, attributes);
    if (!span) return;
    consider(endFirstDay ?? span.start);
    startNoLaterThan(source, span.start);
    startNoLaterThan(target, span.start);
  });
  return { dated: nodeStarts.size > 0, nodeStarts, newestDay, spanOf: (edge, attributes) => lookUp(edge, attributes).span };
}
