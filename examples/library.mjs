// A plain Node script using actorgraph as a library: load, validate, build, then look around.
// Installed, run it with: node library.mjs [data-folder]. In this repository, without a build, the
// "source" export condition points at the TypeScript sources: node --conditions=source --import tsx examples/library.mjs
import { computeStats, formatDataError, loadGraph } from "actorgraph";

const result = await loadGraph(process.argv[2] ?? "graph-data");
if (!result.ok) {
  for (const error of result.errors) console.error(formatDataError(error));
  process.exit(1);
}

const { graph } = result;
console.log(`${graph.order} entities, ${graph.size} relations`);
for (const hub of computeStats(graph, 3).mostConnected) console.log(`${hub.label}: ${hub.degree} relations`);

// Every edge carries its provenance: status, who asserts it, the quotes, and who denies it.
for (const edge of graph.outEdges("iran", "russia")) {
  const { type, status, assertedBy, evidence, contested, deniedBy } = graph.getEdgeAttributes(edge);
  const by = assertedBy.length > 0 ? ` (asserted by ${assertedBy.join(", ")})` : "";
  const denial = contested ? `; denied by ${deniedBy.join(", ")}` : "";
  console.log(`Iran -${type}-> Russia [${status}${denial}]${by}: "${evidence[0].quote}"`);
}
