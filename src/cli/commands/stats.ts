// `actorgraph stats`: what the graph holds — counts by type and status, hubs, time span, sources.
import { buildGraph } from "../../graph/build.ts";
import { computeStats, type GraphStats } from "../../query/stats.ts";
import { DATA_OPTION, type Command } from "../command.ts";
import { EXIT } from "../io.ts";
import { integerOption, loadOrReport } from "../load-data.ts";

function counts(rows: { label: string; count: number }[]): string {
  const width = Math.max(...rows.map((r) => r.label.length));
  return rows.map((r) => `  ${r.label.padEnd(width)}  ${String(r.count).padStart(4)}`).join("\n");
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
    "Sources:",
    ...stats.sources.map((s) => `  ${s.id}: ${s.title} (${s.kind}${s.date ? `, ${s.date}` : ""}), cited by ${s.citedBy} relations`),
  ];
  return `${lines.join("\n")}\n`;
}

/** Prints what the graph holds, as text or JSON. */
export const statsCommand: Command = {
  name: "stats",
  summary: "counts by entity and relation type and status, most connected actors, date range, sources",
  usage: "stats [--data DIR] [--top N] [--json]",
  options: {
    ...DATA_OPTION,
    top: { type: "string", valueName: "N", help: "how many of the most connected actors to list (default: 10)" },
    json: { type: "boolean", help: "print the figures as JSON" },
  },
  async run(values, _positionals, io) {
    const top = integerOption(values.top, "top", 1) ?? 10;
    const dataset = await loadOrReport(values.data, io);
    if (typeof dataset === "number") return dataset;
    const stats = computeStats(buildGraph(dataset, { layout: false }), top);
    io.stdout(values.json ? `${JSON.stringify(stats, null, 2)}\n` : formatStats(stats, String(values.data)));
    return EXIT.ok;
  },
};
