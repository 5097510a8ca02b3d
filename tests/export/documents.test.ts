// The whole document each writer produces for a small graph, pinned line by line, and the chunking
// that lets large graphs stream: what Gephi, networkx and a JSON reader actually receive.
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import {
  edgesCsvChunks,
  gexfChunks,
  graphJsonChunks,
  graphToCsv,
  graphToGexf,
  graphToGraphml,
  graphToJson,
  graphmlChunks,
  nodesCsvChunks,
  quotesCsvChunks,
} from "../../src/index.ts";
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from "../../src/graph/types.ts";
import { addRelation } from "./helpers.ts";

/**
 * Two fictional actors, a directed relation that a second document denies (contested, two sources)
 * and an undirected, dated one with a note.
 */
function harborGraph(): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.replaceAttributes({
    name: "Harbor dispute",
    sources: [
      { id: "s1", title: "Port memo", kind: "article", file: "m.txt", date: "2021-05-03", text: "" },
      { id: "s2", title: "Guild statement", kind: "statement", file: "g.txt", date: "2021-05-10", text: "" },
    ],
  } as unknown as GraphAttributes);
  graph.addNode("a", { label: "Alpha Guild", type: "group", aliases: [], description: "", color: "#1f77b4", size: 3, x: 1, y: 2 });
  graph.addNode("b", { label: "Beta Port", type: "place", aliases: ["BP"], description: "A port", color: "#abc", size: 0, x: 0, y: 0 });
  const edge = (key: string, source: string, target: string, extra: Partial<EdgeAttributes>) =>
    addRelation(graph, key, source, target, { type: "controls", label: "controls", evidence: [{ source: "s1", quote: "Alpha runs the port" }], ...extra });
  edge("a:controls:b", "a", "b", {
    evidence: [
      { source: "s1", quote: "Alpha runs the port" },
      { source: "s2", quote: "The guild does not run the port", status: "denied", assertedBy: ["a"] },
    ],
  });
  edge("b:trades-with:a", "b", "a", { type: "trades-with", label: "trades with", directed: false, date: "2021-04", note: "grain" });
  return graph;
}

const HARBOR_JSON = `{"attributes":{"name":"Harbor dispute","sources":[{"id":"s1","title":"Port memo","kind":"article","file":"m.txt","date":"2021-05-03","text":""},{"id":"s2","title":"Guild statement","kind":"statement","file":"g.txt","date":"2021-05-10","text":""}]},
"options":{"type":"directed","multi":true,"allowSelfLoops":true},
"nodes":[
{"key":"a","attributes":{"label":"Alpha Guild","type":"group","aliases":[],"description":"","color":"#1f77b4","size":3,"x":1,"y":2}},
{"key":"b","attributes":{"label":"Beta Port","type":"place","aliases":["BP"],"description":"A port","color":"#abc","size":0,"x":0,"y":0}}
],
"edges":[
{"key":"a:controls:b","source":"a","target":"b","attributes":{"type":"controls","label":"controls","color":"#000000","directed":true,"status":"reported","assertedBy":[],"items":[],"quantities":{},"evidence":[{"source":"s1","quote":"Alpha runs the port"},{"source":"s2","quote":"The guild does not run the port","status":"denied","assertedBy":["a"]}],"sourceCount":2,"stanceCounts":{"reported":1,"denied":1},"supportedBy":[],"deniedBy":["a"],"contested":true,"firstReported":"2021-05-03"}},
{"key":"b:trades-with:a","source":"b","target":"a","attributes":{"type":"trades-with","label":"trades with","color":"#000000","directed":false,"date":"2021-04","status":"reported","assertedBy":[],"items":[],"quantities":{},"note":"grain","evidence":[{"source":"s1","quote":"Alpha runs the port"}],"sourceCount":1,"stanceCounts":{"reported":1},"supportedBy":[],"deniedBy":[],"contested":false,"firstReported":"2021-05-03"}}
]}
`;

const HARBOR_GRAPHML = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="g_name" for="graph" attr.name="name" attr.type="string"/>
  <key id="g_sources" for="graph" attr.name="sources" attr.type="string"/>
  <key id="g_ontology" for="graph" attr.name="ontology" attr.type="string"/>
  <key id="n_label" for="node" attr.name="label" attr.type="string"/>
  <key id="n_type" for="node" attr.name="type" attr.type="string"/>
  <key id="n_aliases" for="node" attr.name="aliases" attr.type="string"/>
  <key id="n_description" for="node" attr.name="description" attr.type="string"/>
  <key id="n_color" for="node" attr.name="color" attr.type="string"/>
  <key id="n_size" for="node" attr.name="size" attr.type="double"/>
  <key id="n_x" for="node" attr.name="x" attr.type="double"/>
  <key id="n_y" for="node" attr.name="y" attr.type="double"/>
  <key id="e_type" for="edge" attr.name="type" attr.type="string"/>
  <key id="e_label" for="edge" attr.name="label" attr.type="string"/>
  <key id="e_color" for="edge" attr.name="color" attr.type="string"/>
  <key id="e_directed" for="edge" attr.name="directed" attr.type="boolean"/>
  <key id="e_status" for="edge" attr.name="status" attr.type="string"/>
  <key id="e_date" for="edge" attr.name="date" attr.type="string"/>
  <key id="e_end" for="edge" attr.name="end" attr.type="string"/>
  <key id="e_assertedBy" for="edge" attr.name="assertedBy" attr.type="string"/>
  <key id="e_items" for="edge" attr.name="items" attr.type="string"/>
  <key id="e_quantities" for="edge" attr.name="quantities" attr.type="string"/>
  <key id="e_role" for="edge" attr.name="role" attr.type="string"/>
  <key id="e_note" for="edge" attr.name="note" attr.type="string"/>
  <key id="e_evidence" for="edge" attr.name="evidence" attr.type="string"/>
  <key id="e_sourceCount" for="edge" attr.name="sourceCount" attr.type="int"/>
  <key id="e_reportedSources" for="edge" attr.name="reportedSources" attr.type="int"/>
  <key id="e_confirmedSources" for="edge" attr.name="confirmedSources" attr.type="int"/>
  <key id="e_allegedSources" for="edge" attr.name="allegedSources" attr.type="int"/>
  <key id="e_plannedSources" for="edge" attr.name="plannedSources" attr.type="int"/>
  <key id="e_deniedSources" for="edge" attr.name="deniedSources" attr.type="int"/>
  <key id="e_contested" for="edge" attr.name="contested" attr.type="boolean"/>
  <key id="e_firstReported" for="edge" attr.name="firstReported" attr.type="string"/>
  <key id="e_supportedBy" for="edge" attr.name="supportedBy" attr.type="string"/>
  <key id="e_deniedBy" for="edge" attr.name="deniedBy" attr.type="string"/>
  <graph id="G" edgedefault="directed">
    <data key="g_name">Harbor dispute</data>
    <data key="g_sources">[{"id":"s1","title":"Port memo","kind":"article","file":"m.txt","date":"2021-05-03"},{"id":"s2","title":"Guild statement","kind":"statement","file":"g.txt","date":"2021-05-10"}]</data>
    <node id="a">
      <data key="n_label">Alpha Guild</data>
      <data key="n_type">group</data>
      <data key="n_aliases">[]</data>
      <data key="n_description"></data>
      <data key="n_color">#1f77b4</data>
      <data key="n_size">3</data>
      <data key="n_x">1</data>
      <data key="n_y">2</data>
    </node>
    <node id="b">
      <data key="n_label">Beta Port</data>
      <data key="n_type">place</data>
      <data key="n_aliases">["BP"]</data>
      <data key="n_description">A port</data>
      <data key="n_color">#abc</data>
      <data key="n_size">0</data>
      <data key="n_x">0</data>
      <data key="n_y">0</data>
    </node>
    <edge id="a:controls:b" source="a" target="b">
      <data key="e_type">controls</data>
      <data key="e_label">controls</data>
      <data key="e_color">#000000</data>
      <data key="e_directed">true</data>
      <data key="e_status">reported</data>
      <data key="e_assertedBy">[]</data>
      <data key="e_items">[]</data>
      <data key="e_quantities">{}</data>
      <data key="e_evidence">[{"source":"s1","quote":"Alpha runs the port"},{"source":"s2","quote":"The guild does not run the port","status":"denied","assertedBy":["a"]}]</data>
      <data key="e_sourceCount">2</data>
      <data key="e_reportedSources">1</data>
      <data key="e_confirmedSources">0</data>
      <data key="e_allegedSources">0</data>
      <data key="e_plannedSources">0</data>
      <data key="e_deniedSources">1</data>
      <data key="e_contested">true</data>
      <data key="e_firstReported">2021-05-03</data>
      <data key="e_supportedBy">[]</data>
      <data key="e_deniedBy">["a"]</data>
    </edge>
    <edge id="b:trades-with:a" source="b" target="a">
      <data key="e_type">trades-with</data>
      <data key="e_label">trades with</data>
      <data key="e_color">#000000</data>
      <data key="e_directed">false</data>
      <data key="e_status">reported</data>
      <data key="e_date">2021-04</data>
      <data key="e_assertedBy">[]</data>
      <data key="e_items">[]</data>
      <data key="e_quantities">{}</data>
      <data key="e_note">grain</data>
      <data key="e_evidence">[{"source":"s1","quote":"Alpha runs the port"}]</data>
      <data key="e_sourceCount">1</data>
      <data key="e_reportedSources">1</data>
      <data key="e_confirmedSources">0</data>
      <data key="e_allegedSources">0</data>
      <data key="e_plannedSources">0</data>
      <data key="e_deniedSources">0</data>
      <data key="e_contested">false</data>
      <data key="e_firstReported">2021-05-03</data>
      <data key="e_supportedBy">[]</data>
      <data key="e_deniedBy">[]</data>
    </edge>
  </graph>
</graphml>
`;

const HARBOR_GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <meta lastmodifieddate="2021-05-10">
    <creator>CREATOR</creator>
    <description>Harbor dispute: 2 entities and 2 relations, each traced to evidence quotes, from 2 sources: "Port memo" (s1); "Guild statement" (s2)</description>
  </meta>
  <graph defaultedgetype="directed" mode="static">
    <attributes class="node">
      <attribute id="type" title="Entity type" type="string"/>
      <attribute id="aliases" title="Aliases" type="liststring"/>
      <attribute id="description" title="Description" type="string"/>
    </attributes>
    <attributes class="edge">
      <attribute id="type" title="Relation type" type="string"/>
      <attribute id="status" title="Status" type="string"/>
      <attribute id="date" title="Date (as precise as the source)" type="string"/>
      <attribute id="end" title="End date" type="string"/>
      <attribute id="directed" title="Directed" type="boolean"/>
      <attribute id="assertedBy" title="Asserted by" type="liststring"/>
      <attribute id="items" title="Items" type="liststring"/>
      <attribute id="quantities" title="Quantities (JSON)" type="string"/>
      <attribute id="role" title="Role" type="string"/>
      <attribute id="note" title="Note" type="string"/>
      <attribute id="quotes" title="Quotes" type="liststring"/>
      <attribute id="quoteSources" title="Quote sources (ids)" type="liststring"/>
      <attribute id="sourceTitles" title="Source titles" type="liststring"/>
      <attribute id="evidence" title="Evidence (JSON: source, quote, status, assertedBy)" type="string"/>
      <attribute id="sourceCount" title="Sources (documents quoted)" type="integer"/>
      <attribute id="reportedSources" title="Sources: reported" type="integer"/>
      <attribute id="confirmedSources" title="Sources: confirmed" type="integer"/>
      <attribute id="allegedSources" title="Sources: alleged" type="integer"/>
      <attribute id="plannedSources" title="Sources: planned" type="integer"/>
      <attribute id="deniedSources" title="Sources: denied" type="integer"/>
      <attribute id="contested" title="Contested (denied and reported or confirmed)" type="boolean"/>
      <attribute id="firstReported" title="First reported (earliest source date)" type="string"/>
      <attribute id="supportedBy" title="Supported by" type="liststring"/>
      <attribute id="deniedBy" title="Denied by" type="liststring"/>
    </attributes>
    <nodes count="2">
      <node id="a" label="Alpha Guild">
        <attvalues>
          <attvalue for="type" value="group"/>
          <attvalue for="aliases" value="[]"/>
          <attvalue for="description" value=""/>
        </attvalues>
        <viz:color r="31" g="119" b="180"/>
        <viz:size value="3"/>
        <viz:position x="1" y="2"/>
      </node>
      <node id="b" label="Beta Port">
        <attvalues>
          <attvalue for="type" value="place"/>
          <attvalue for="aliases" value="[&quot;BP&quot;]"/>
          <attvalue for="description" value="A port"/>
        </attvalues>
        <viz:color r="170" g="187" b="204"/>
        <viz:size value="0"/>
        <viz:position x="0" y="0"/>
      </node>
    </nodes>
    <edges count="2">
      <edge id="a:controls:b" source="a" target="b" kind="controls" label="controls">
        <attvalues>
          <attvalue for="type" value="controls"/>
          <attvalue for="status" value="reported"/>
          <attvalue for="directed" value="true"/>
          <attvalue for="assertedBy" value="[]"/>
          <attvalue for="items" value="[]"/>
          <attvalue for="quantities" value="{}"/>
          <attvalue for="quotes" value="[&quot;Alpha runs the port&quot;, &quot;The guild does not run the port&quot;]"/>
          <attvalue for="quoteSources" value="[&quot;s1&quot;, &quot;s2&quot;]"/>
          <attvalue for="sourceTitles" value="[&quot;Port memo&quot;, &quot;Guild statement&quot;]"/>
          <attvalue for="evidence" value="[{&quot;source&quot;:&quot;s1&quot;,&quot;quote&quot;:&quot;Alpha runs the port&quot;},{&quot;source&quot;:&quot;s2&quot;,&quot;quote&quot;:&quot;The guild does not run the port&quot;,&quot;status&quot;:&quot;denied&quot;,&quot;assertedBy&quot;:[&quot;a&quot;]}]"/>
          <attvalue for="sourceCount" value="2"/>
          <attvalue for="reportedSources" value="1"/>
          <attvalue for="confirmedSources" value="0"/>
          <attvalue for="allegedSources" value="0"/>
          <attvalue for="plannedSources" value="0"/>
          <attvalue for="deniedSources" value="1"/>
          <attvalue for="contested" value="true"/>
          <attvalue for="firstReported" value="2021-05-03"/>
          <attvalue for="supportedBy" value="[]"/>
          <attvalue for="deniedBy" value="[&quot;a&quot;]"/>
        </attvalues>
        <viz:color r="0" g="0" b="0"/>
      </edge>
      <edge id="b:trades-with:a" source="b" target="a" type="mutual" kind="trades-with" label="trades with">
        <attvalues>
          <attvalue for="type" value="trades-with"/>
          <attvalue for="status" value="reported"/>
          <attvalue for="date" value="2021-04"/>
          <attvalue for="directed" value="false"/>
          <attvalue for="assertedBy" value="[]"/>
          <attvalue for="items" value="[]"/>
          <attvalue for="quantities" value="{}"/>
          <attvalue for="note" value="grain"/>
          <attvalue for="quotes" value="[&quot;Alpha runs the port&quot;]"/>
          <attvalue for="quoteSources" value="[&quot;s1&quot;]"/>
          <attvalue for="sourceTitles" value="[&quot;Port memo&quot;]"/>
          <attvalue for="evidence" value="[{&quot;source&quot;:&quot;s1&quot;,&quot;quote&quot;:&quot;Alpha runs the port&quot;}]"/>
          <attvalue for="sourceCount" value="1"/>
          <attvalue for="reportedSources" value="1"/>
          <attvalue for="confirmedSources" value="0"/>
          <attvalue for="allegedSources" value="0"/>
          <attvalue for="plannedSources" value="0"/>
          <attvalue for="deniedSources" value="0"/>
          <attvalue for="contested" value="false"/>
          <attvalue for="firstReported" value="2021-05-03"/>
          <attvalue for="supportedBy" value="[]"/>
          <attvalue for="deniedBy" value="[]"/>
        </attvalues>
        <viz:color r="0" g="0" b="0"/>
      </edge>
    </edges>
  </graph>
</gexf>
`;

/** edges.csv, one line per record (each ends with CRLF). */
const HARBOR_EDGES_CSV = [
  "id,source,target,type,label,directed,status,date,end,firstDay,lastDay,assertedBy,items,quantities,role,note,color,quotes,quoteSources,sourceTitles,sourceCount,reportedSources,confirmedSources,allegedSources,plannedSources,deniedSources,contested,firstReported,supportedBy,deniedBy",
  "a:controls:b,a,b,controls,controls,true,reported,,,,,,,{},,,#000000,Alpha runs the port | The guild does not run the port,s1 | s2,Port memo | Guild statement,2,1,0,0,0,1,true,2021-05-03,,a",
  "b:trades-with:a,b,a,trades-with,trades with,false,reported,2021-04,,2021-04-01,2021-04-30,,,{},,grain,#000000,Alpha runs the port,s1,Port memo,1,1,0,0,0,0,false,2021-05-03,,",
].map((line) => `${line}\r\n`).join("");

/** quotes.csv: the denied quote under its own document, with its own stance and asserter. */
const HARBOR_QUOTES_CSV = [
  "relationId,sourceId,sourceTitle,sourceKind,sourceDate,quote,status,assertedBy",
  "a:controls:b,s1,Port memo,article,2021-05-03,Alpha runs the port,reported,",
  "a:controls:b,s2,Guild statement,statement,2021-05-10,The guild does not run the port,denied,a",
  "b:trades-with:a,s1,Port memo,article,2021-05-03,Alpha runs the port,reported,",
].map((line) => `${line}\r\n`).join("");

describe("graphToJson", () => {
  it("writes graphology's serialization with one node or edge per line, commas between them", () => {
    expect(graphToJson(harborGraph())).toBe(HARBOR_JSON);
  });

  it("is read back by JSON.parse into the same attributes, options, nodes and edges graphology exports", () => {
    const graph = harborGraph();
    expect(JSON.parse(graphToJson(graph))).toEqual(JSON.parse(JSON.stringify(graph.export())));
  });

  it("writes empty node and edge lists for an empty graph", () => {
    const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
    expect(JSON.parse(graphToJson(graph))).toEqual({ attributes: {}, options: { type: "directed", multi: true, allowSelfLoops: true }, nodes: [], edges: [] });
  });
});

describe("graphToGraphml", () => {
  it("writes the XML declaration, typed keys, graph data, nodes and edges exactly", () => {
    expect(graphToGraphml(harborGraph())).toBe(HARBOR_GRAPHML);
  });

  it("leaves out a number that is not finite rather than writing NaN for networkx to choke on", () => {
    const graph = harborGraph();
    graph.setNodeAttribute("a", "size", Number.NaN);
    graph.setNodeAttribute("a", "x", Number.POSITIVE_INFINITY);
    const graphml = graphToGraphml(graph);
    expect(graphml).not.toMatch(/NaN|Infinity/);
    expect(graphml).toContain(`    <node id="a">\n      <data key="n_label">Alpha Guild</data>`);
    expect(graphml).toContain(`<data key="n_color">#1f77b4</data>\n      <data key="n_y">2</data>\n    </node>`);
  });
});

describe("graphToCsv", () => {
  it("writes edges.csv with the corroboration columns after the earlier ones, exactly", () => {
    expect(graphToCsv(harborGraph()).edges).toBe(HARBOR_EDGES_CSV);
  });

  it("writes quotes.csv, one row per quote with its document and stance, exactly", () => {
    expect(graphToCsv(harborGraph()).quotes).toBe(HARBOR_QUOTES_CSV);
  });
});

describe("graphToGexf", () => {
  it("writes the meta, attribute declarations, nodes with viz and edges exactly", () => {
    expect(graphToGexf(harborGraph(), { mode: "static" }).replace(/<creator>.*<\/creator>/, "<creator>CREATOR</creator>")).toBe(HARBOR_GEXF);
  });
});

describe("the GEXF description Gephi shows in its graph properties", () => {
  const sources = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ id: `s${i + 1}`, title: `Memo ${i + 1}`, kind: "article", file: `m${i + 1}.txt`, text: "" }));
  const description = (name: string | undefined, count: number): string => {
    const graph = harborGraph();
    graph.replaceAttributes({ ...(name === undefined ? {} : { name }), sources: sources(count) } as unknown as GraphAttributes);
    return /<description>(.*)<\/description>/.exec(graphToGexf(graph, { mode: "static" }))![1]!;
  };
  const listed = (count: number) => Array.from({ length: count }, (_, i) => `"Memo ${i + 1}" (s${i + 1})`).join("; ");

  it.each([
    ["no sources", "Harbor dispute", 0, "Harbor dispute: 2 entities and 2 relations, each traced to evidence quotes, from no listed sources"],
    ["one source", "Harbor dispute", 1, "Harbor dispute: 2 entities and 2 relations, each traced to evidence quotes, from 1 source: \"Memo 1\" (s1)"],
    ["two sources", "Harbor dispute", 2, `Harbor dispute: 2 entities and 2 relations, each traced to evidence quotes, from 2 sources: ${listed(2)}`],
    ["twenty sources, all named", "Harbor dispute", 20, `Harbor dispute: 2 entities and 2 relations, each traced to evidence quotes, from 20 sources: ${listed(20)}`],
    ["twenty-three sources, the first twenty named", "Harbor dispute", 23, `Harbor dispute: 2 entities and 2 relations, each traced to evidence quotes, from 23 sources: ${listed(20)}; and 3 more`],
    ["no graph name", undefined, 0, "actorgraph: 2 entities and 2 relations, each traced to evidence quotes, from no listed sources"],
  ])("%s", (_case, name, count, expected) => {
    expect(description(name, count)).toBe(expected);
  });

  it("reads \"no listed sources\" when the graph has no sources attribute at all", () => {
    const graph = harborGraph();
    graph.replaceAttributes({ name: "Harbor dispute" } as unknown as GraphAttributes);
    expect(graphToGexf(graph, { mode: "static" })).toContain("<description>Harbor dispute: 2 entities and 2 relations, each traced to evidence quotes, from no listed sources</description>");
  });
});

describe("streaming a large graph", () => {
  const CHUNK = 1 << 16;
  function largeGraph(): KnowledgeGraph {
    const graph = harborGraph();
    const words = "a long fictional description that makes every node take a few hundred characters ".repeat(3);
    for (let i = 0; i < 1500; i++) graph.addNode(`n${i}`, { label: `Node ${i}`, type: "group", aliases: [], description: words, color: "#1f77b4", size: 1, x: i, y: i });
    for (let i = 1; i < 1500; i++)
      graph.addDirectedEdgeWithKey(`n${i - 1}:controls:n${i}`, `n${i - 1}`, `n${i}`, {
        ...graph.getEdgeAttributes("a:controls:b"),
        note: words,
      });
    return graph;
  }

  it.each([
    ["GEXF", (g: KnowledgeGraph) => gexfChunks(g, { mode: "static" })],
    ["GraphML", (g: KnowledgeGraph) => graphmlChunks(g)],
    ["nodes CSV", (g: KnowledgeGraph) => nodesCsvChunks(g)],
    ["edges CSV", (g: KnowledgeGraph) => edgesCsvChunks(g)],
    ["quotes CSV", (g: KnowledgeGraph) => quotesCsvChunks(g)],
  ])("%s comes in chunks of at least 64K characters, none much larger, never the whole document at once", (_format, chunks) => {
    const pieces = [...chunks(largeGraph())];
    expect(pieces.length).toBeGreaterThan(2);
    for (const piece of pieces.slice(0, -1)) {
      expect(piece.length).toBeGreaterThanOrEqual(CHUNK);
      expect(piece.length).toBeLessThan(CHUNK + 4096);
    }
  });

  it("JSON comes one node or edge per chunk, whose concatenation is the whole document", () => {
    const graph = harborGraph();
    const pieces = [...graphJsonChunks(graph)];
    expect(pieces).toHaveLength(1 + 2 + 1 + 2 + 1);
    expect(pieces.join("")).toBe(HARBOR_JSON);
  });
});
