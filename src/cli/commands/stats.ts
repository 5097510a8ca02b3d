// `actorgraph stats`: what the graph holds — counts by type and status, hubs, time span, corroboration, sources.
import { buildGraph } from "../../graph/build.ts";
import { counted } from "../../model/wording.ts";
import { computeStats, type GraphStats } from "../../query/stats.ts";
import { DATA_OPTION, type Command } from "../command.ts";
import { EXIT } from "../io.ts";
import { integerOption, loadOrReport, INCLUDE_PROPOSED_OPTION } from "../load-data.ts";

function counts(rows: { label: string; count: number }[]): string {
  const width = Math.max(...rows.map((r) => r.label.length));
  return rows.map((r) => `  ${r.label.padEnd(width)}  ${String(r.count).padStart(4)}`).join("\n");
}

/** Contested relations listed by id in the text report; --json lists them all. */
const CONTESTED_SHOWN = 20;
const BAR_WIDTH = 30;

/** The sources histogram: one row per bar, with a bar of # scaled to the largest count. */
function sourceHistogram(stats: GraphStats): string[] {
  const rows = stats.relationsBySourceCount.map((bin) => ({ label: `${bin.sources} source${bin.sources === "1" ? "" : "s"}`, count: bin.count }));
  const width = Math.max(...rows.map((r) => r.label.length));
  const most = Math.max(1, ...rows.map((r) => r.count));
  return rows.map((r) => {
    // A bar of at least one # for any relation at all, so a few among thousands still show.
    const bar = r.count === 0 ? "" : "#".repeat(Math.max(1, Math.round((r.count / most) * BAR_WIDTH)));
    return `  ${r.label.padEnd(width)}  ${String(r.count).padStart(4)}  ${bar}`.trimEnd();
  });
}

/** Contested relations: how many, and the first ids. */
function contestedLines(stats: GraphStats): string[] {
  const { count, relations } = stats.contested;
  if (count === 0) return ["Contested relations (denied by some documents, reported or confirmed by others): none"];
  const more = count > CONTESTED_SHOWN ? [`  ... and ${count - CONTESTED_SHOWN} more (--json lists them all)`] : [];
  return [`Contested relations (denied by some documents, reported or confirmed by others): ${count}`, ...relations.slice(0, CONTESTED_SHOWN).map((id) => `  ${id}`), ...more];
}

/** Sources by what they add: the relations only they support first, then all they support. */
function contributionLines(stats: GraphStats): string[] {
  const ranked = stats.sources.map((s, i) => ({ ...s, i })).sort((a, b) => b.alone - a.alone || b.supports - a.supports || a.i - b.i);
  const width = Math.max(...ranked.map((s) => s.id.length));
  return ranked.map((s) => {
    const denies = s.denies > 0 ? `; denies ${s.denies}` : "";
    return `  ${s.id.padEnd(width)}  supports ${String(s.supports).padStart(4)}, alone ${String(s.alone).padStart(4)}${denies}`;
  });
}

/** Renders stats as the human-readable report the CLI prints. */
export function formatStats(stats: GraphStats, dataName: string): string {
  const lines = [
    `${dataName}: ${stats.entities} entities, ${stats.relations} relations`,
    "",
    "Entities by type:",
    counts(stats.entitiesByType),
    "",
    "Relations by type:",
    counts(stats.relationsByType),
    "",
    "Relations by status:",
    counts(stats.relationsByStatus.map((s) => ({ label: s.status, count: s.count }))),
    "",
    "Most connected:",
    ...stats.mostConnected.map((n, i) => `  ${String(i + 1).padStart(2)}. ${n.label} (${n.id}, ${n.type}): ${n.degree} relations`),
    "",
    stats.dates.first
      ? `Dates: ${stats.dates.first} to ${stats.dates.last} (${stats.dates.dated} dated, ${stats.dates.undated} undated relations)`
      : `Dates: none (${stats.dates.undated} undated relations)`,
    "",
    "Relations by number of sources:",
    ...sourceHistogram(stats),
    "",
    ...contestedLines(stats),
    "",
    "Sources:",
    ...stats.sources.map((s) => `  ${s.id}: ${s.title} (${s.kind}${s.date ? `, ${s.date}` : ""}), cited by ${counted(s.citedBy, "relation")}`),
    "",
    "What each source adds (relations it supports, and those no other source supports), most first:",
    ...contributionLines(stats),
  ];
  return `${lines.join("\n")}\n`;
}

/** Prints what the graph holds, as text or JSON. */
export const statsCommand: Command = {
  name: "stats",
  summary: "counts by type and status, most connected actors, date range, corroboration, what each source adds",
  usage: "stats [--data DIR] [--top N] [--json]",
  options: {
    ...DATA_OPTION,
    ...INCLUDE_PROPOSED_OPTION,
    top: { type: "string", valueName: "N", help: "how many of the most connected actors to list (default: 10)" },
    json: { type: "boolean", help: "print the figures as JSON" },
  },
  async run(values, _positionals, io) {
    const top = integerOption(values.top, "top", 1) ?? 10;
    const dataset = await loadOrReport(values.data, io, { includeProposed: values["include-proposed"] === true });
    if (typeof dataset === "number") return dataset;
    const stats = computeStats(buildGraph(dataset, { layout: false }), top);
    io.stdout(values.json ? `${JSON.stringify(stats, null, 2)}\n` : formatStats(stats, String(values.data)));
    return EXIT.ok;
  },
};
