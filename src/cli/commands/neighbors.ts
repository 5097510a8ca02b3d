// `actorgraph neighbors ENTITY`: the entities within a few steps of one entity, the relations among them, and those it is an item of.
import type { KnowledgeGraph } from "../../graph/types.ts";
import { counted } from "../../model/wording.ts";
import { explainStep } from "../../query/explain.ts";
import { describeFilters } from "../../query/options.ts";
import { makeStep } from "../../query/path.ts";
import { neighborhood } from "../../query/neighborhood.ts";
import { DATA_OPTION, type Command } from "../command.ts";
import { EXIT } from "../io.ts";
import { integerOption } from "../load-data.ts";
import { INCLUDE_PROPOSED_OPTION } from "../load-data.ts";
import { loadAndResolve, QUERY_FILTER_OPTIONS, queryOptionsFrom, typesHelp, undatedNote } from "./path.ts";


function relationRecord(graph: KnowledgeGraph, edge: string) {
  const attrs = graph.getEdgeAttributes(edge);
  return {
    id: edge,
    source: graph.source(edge),
    target: graph.target(edge),
    type: attrs.type,
    ...(attrs.date !== undefined ? { date: attrs.date } : {}),
    ...(attrs.end !== undefined ? { end: attrs.end } : {}),
    status: attrs.status,
    assertedBy: attrs.assertedBy,
    items: attrs.items,
    evidence: attrs.evidence,
    sourceCount: attrs.sourceCount,
    stanceCounts: attrs.stanceCounts,
    contested: attrs.contested,
    deniedBy: attrs.deniedBy,
    ...(attrs.firstReported !== undefined ? { firstReported: attrs.firstReported } : {}),
  };
}

/** Lists what lies within N steps of an entity under the same filters as `path`. */
export const neighborsCommand: Command = {
  name: "neighbors",
  summary: "the entities within N steps of an entity, the relations among them, and those it is an item of",
  usage: "neighbors ENTITY [--hops N] [filters] [--json] [--data DIR]",
  positionals: { min: 1, max: 1, names: "one entity (an id, label or alias)" },
  details: async (io) =>
    "Steps follow the same filters as `path`: by default relations are followed in their own direction\n" +
    "(--direction any for both ways) and a relation is used as long as one of its sources does not deny it.\n" +
    "The relations that list the entity among their items (a drone in the strikes it was used in) are\n" +
    "listed too, under \"Relations with ENTITY as item\": they are its relations, but not steps to other entities.\n" +
    "Exit codes: 0 success, 1 unknown entity or data errors, 2 usage errors.\n\n" +
    (await typesHelp(io)),
  options: {
    ...DATA_OPTION,
    ...INCLUDE_PROPOSED_OPTION,
    hops: { type: "string", valueName: "N", help: "how many steps out to go (default: 1)" },
    ...QUERY_FILTER_OPTIONS,
    json: { type: "boolean", help: "print the entities and relations as JSON" },
  },
  async run(values, positionals, io) {
    const hops = integerOption(values.hops, "hops", 1) ?? 1;
    const loaded = await loadAndResolve(values, positionals, io, "neighbors");
    if (typeof loaded === "number") return loaded;
    const { graph, ids } = loaded;
    const options = queryOptionsFrom(values, graph);
    const found = neighborhood(graph, ids[0]!, hops, options);
    const entities = found.graph
      .mapNodes((id, attrs) => ({ id, label: attrs.label, type: attrs.type, distance: found.distance[id]! }))
      .sort((a, b) => a.distance - b.distance || a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
    if (values.json) {
      const relations = found.graph.edges().map((edge) => relationRecord(found.graph, edge));
      const asItem = found.asItem.map((edge) => relationRecord(graph, edge));
      io.stdout(`${JSON.stringify({ center: found.center, hops, options, entities, relations, asItem }, null, 2)}\n`);
      return EXIT.ok;
    }
    const center = graph.getNodeAttributes(found.center);
    const filters = describeFilters(options);
    const n = found.asItem.length;
    const asItem = n ? `; an item in ${counted(n, "relation")}` : "";
    const lines = [
      `Within ${counted(hops, "step")} of ${center.label} (${found.center}): ${counted(entities.length - 1, "entity", "entities")}, ${counted(found.graph.size, "relation")}${asItem}`,
      `Filters: ${filters.length ? filters.join("; ") : "none"}`,
    ];
    const note = undatedNote(options);
    if (note) lines.push(note);
    for (let d = 1; d <= hops; d++) {
      const atD = entities.filter((e) => e.distance === d);
      if (atD.length === 0) continue;
      lines.push("", `${counted(d, "step")} away:`, ...atD.map((e) => `  ${e.label} (${e.id}, ${e.type})`));
    }
    if (found.graph.size > 0) {
      lines.push("", "Relations:");
      found.graph.forEachEdge((edge) => lines.push(`  ${explainStep(found.graph, makeStep(found.graph, edge, "forward"))}`));
    }
    if (found.asItem.length > 0) {
      lines.push("", `Relations with ${center.label} as item:`);
      for (const edge of found.asItem) lines.push(`  ${explainStep(graph, makeStep(graph, edge, "forward"))}`);
    }
    io.stdout(`${lines.join("\n")}\n`);
    return EXIT.ok;
  },
};
