// A small knowledge graph for viewer tests: built by hand so each test can see every node and edge.
import { MultiDirectedGraph } from "graphology";
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from "../../src/graph/types.ts";
import { corroborationOf } from "../../src/model/corroboration.ts";
import { withRelationFields } from "../../src/model/dataset.ts";
import type { Status } from "../../src/model/status.ts";

function node(label: string, type: string, aliases: string[] = []): NodeAttributes {
  return { label, type, aliases, description: `${label}.`, color: "#123456", size: 5, x: 0, y: 0 };
}

/** A relation's edge attributes with their keys in the order buildGraph gives them. */
function edge(type: string, status: Status, date?: string): EdgeAttributes {
  const fields = { ...(date ? { date } : {}), status, assertedBy: [], items: [], quantities: {}, evidence: [{ source: "doc", quote: `a ${type} quote` }] };
  return { ...withRelationFields({ type, label: type, color: "#000000", directed: true }, fields), ...corroborationOf(fields, () => undefined) };
}

/** iran -supplies-> russia -attacked-> kyiv, russia -uses-> shahed, kyiv -located-in-> ukraine; one denied claim. */
export function smallGraph(): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.replaceAttributes({ name: "small", ontology: { entityTypes: [], relationTypes: [], sourceKinds: [] }, sources: [] });
  graph.addNode("iran", node("Iran", "state", ["Tehran"]));
  graph.addNode("russia", node("Russia", "state", ["the Kremlin", "Moscow"]));
  graph.addNode("kyiv", node("Kyïv", "city", ["Kiev"]));
  graph.addNode("ukraine", node("Ukraine", "state"));
  graph.addNode("shahed-136", node("Shahed-136", "weapon", ["Shahed 136", "Geran-2"]));
  graph.addDirectedEdgeWithKey("iran:supplies:russia:2022-08", "iran", "russia", edge("supplies", "reported", "2022-08"));
  graph.addDirectedEdgeWithKey("iran:supplies:russia:denied", "iran", "russia", edge("supplies", "denied"));
  graph.addDirectedEdgeWithKey("russia:attacked:kyiv:2023-05-28", "russia", "kyiv", edge("attacked", "reported", "2023-05-28"));
  graph.addDirectedEdgeWithKey("russia:uses:shahed-136", "russia", "shahed-136", edge("uses", "confirmed"));
  graph.addDirectedEdgeWithKey("kyiv:located-in:ukraine", "kyiv", "ukraine", edge("located-in", "reported"));
  return graph;
}
