// A small corpus graph for viewer tests, built by hand: four documents, one claim reported, confirmed and denied.
import { MultiDirectedGraph } from "graphology";
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from "../../src/graph/types.ts";
import { corroborationOf } from "../../src/model/corroboration.ts";
import type { Evidence, Source } from "../../src/model/dataset.ts";
import type { Status } from "../../src/model/status.ts";

/** Relations of {@link corpusGraph}, by what they say. */
export const C = {
  /** Reported by Estmark (doc-a), confirmed (doc-b), denied by Valdoria (doc-c): contested, 3 sources; kestrel-9 an item. */
  supplies: "valdoria-supplies-norvask",
  /** Dated 2023-03-04, reported by doc-b alone (first reported 2023-03-10); kestrel-9 an item. */
  attacked: "norvask-attacked-port-halden",
  /** In doc-a and the undated doc-u: 2 sources, undated, first reported 2023-03-02. */
  trains: "valdoria-trains-norvask",
  /** In doc-u alone: no dated source, so never placed on the "first reported" timeline. */
  uses: "norvask-uses-kestrel-9",
} as const;

function source(id: string, title: string, kind: string, date?: string): Source {
  return { id, title, kind, file: `${id}.txt`, text: `The text of ${title}.`, ...(date ? { date } : {}) };
}

/** doc-a..doc-c in March 2023, doc-u undated, doc-z quoted on nothing; listed out of date order on purpose. */
export const CORPUS_SOURCES: Source[] = [
  source("doc-b", "Monitors trace the drones", "report", "2023-03-10"),
  source("doc-a", "Estmark accuses Valdoria", "article", "2023-03-02"),
  source("doc-u", "An undated briefing", "other"),
  source("doc-c", "Valdoria's denial", "statement", "2023-03-15"),
  source("doc-z", "A document nobody quotes", "article", "2023-02"),
];

function node(label: string, type: string): NodeAttributes {
  return { label, type, aliases: [], description: `${label}.`, color: "#123456", size: 5, x: 0, y: 0 };
}

function edge(type: string, claim: { status: Status; assertedBy: string[]; evidence: Evidence[]; items?: string[]; date?: string }): EdgeAttributes {
  const dates = new Map(CORPUS_SOURCES.map((s) => [s.id, s.date]));
  const { items = [], date, ...rest } = claim;
  return { type, label: type, color: "#000000", directed: true, ...rest, items, quantities: {}, ...(date ? { date } : {}), ...corroborationOf(rest, (id) => dates.get(id)) };
}

/** The corpus graph: Valdoria, Norvask, Estmark, Port Halden and the Kestrel-9 drone. */
export function corpusGraph(): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.replaceAttributes({ name: "corpus", ontology: { entityTypes: [], relationTypes: [], sourceKinds: [] }, sources: CORPUS_SOURCES });
  graph.addNode("valdoria", node("Valdoria", "state"));
  graph.addNode("norvask", node("Norvask", "state"));
  graph.addNode("estmark", node("Estmark", "state"));
  graph.addNode("port-halden", node("Port Halden", "city"));
  graph.addNode("kestrel-9", node("Kestrel-9", "weapon"));
  graph.addDirectedEdgeWithKey(C.supplies, "valdoria", "norvask", edge("supplies", {
    status: "reported", assertedBy: ["estmark"], items: ["kestrel-9"],
    evidence: [
      { source: "doc-a", quote: "Valdoria has supplied Norvask" },
      { source: "doc-b", quote: "monitors confirmed the deliveries", status: "confirmed", assertedBy: [] },
      { source: "doc-c", quote: "Valdoria denies providing drones", status: "denied", assertedBy: ["valdoria"] },
    ],
  }));
  graph.addDirectedEdgeWithKey(C.attacked, "norvask", "port-halden", edge("attacked", {
    status: "reported", assertedBy: [], items: ["kestrel-9"], date: "2023-03-04",
    evidence: [{ source: "doc-b", quote: "Norvask attacked Port Halden" }],
  }));
  graph.addDirectedEdgeWithKey(C.trains, "valdoria", "norvask", edge("trains", {
    status: "reported", assertedBy: ["estmark"],
    evidence: [{ source: "doc-a", quote: "instructors from Valdoria" }, { source: "doc-u", quote: "Valdorian instructors", assertedBy: [] }],
  }));
  graph.addDirectedEdgeWithKey(C.uses, "norvask", "kestrel-9", edge("uses", {
    status: "reported", assertedBy: [],
    evidence: [{ source: "doc-u", quote: "Norvask flies the Kestrel-9" }],
  }));
  return graph;
}
