// Specification of the GEXF export: schema-valid 1.3 for Gephi, static and dynamic, nothing of the graph lost.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Graph, { MultiGraph } from "graphology";
import { parse } from "graphology-gexf";
import { beforeAll, describe, expect, it } from "vitest";
import {
  DEFAULT_GEXF_OPTIONS,
  ExportOptionError,
  InvalidGraphError,
  STATUSES,
  gexfChunks,
  graphToGexf,
  resolveGexfOptions,
  validateGexfOptions,
} from "../../src/index.ts";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import { HOSTILE, REPO_ROOT, hostileGraph, jingErrors, rgbToHex, seedGraph, xmlCleaned } from "./helpers.ts";

let seed: KnowledgeGraph;
beforeAll(async () => {
  seed = await seedGraph();
});

/**
 * graphology-gexf reads into a mixed multigraph, so parallel and undirected edges both fit; as it is,
 * not as the type it guesses from the first edge (a first `mutual` edge is no graph type).
 */
function parseGexf(gexf: string) {
  return parse(MultiGraph, gexf, { respectInputGraphType: true }) as Graph;
}

function tag(gexf: string, pattern: RegExp): string {
  const match = pattern.exec(gexf);
  if (!match) throw new Error(`no ${pattern} in the document`);
  return match[0];
}

describe("resolveGexfOptions / validateGexfOptions", () => {
  it("rejects an unknown mode, naming it and the modes there are", () => {
    expect(() => validateGexfOptions(resolveGexfOptions({ mode: "timeline" as never }))).toThrow(ExportOptionError);
    expect(() => validateGexfOptions(resolveGexfOptions({ mode: "timeline" as never }))).toThrow(/mode must be one of auto, static, dynamic, got "timeline"/);
  });

  it("rejects a `now` that is not a real day", () => {
    for (const now of ["2023-06", "yesterday", "2023-02-30"]) {
      expect(() => graphToGexf(seed, { now })).toThrow(new RegExp(`now must be a day as YYYY-MM-DD.*"${now}"`));
    }
  });

  it("rejects an onWarning that is not a function", () => {
    expect(() => graphToGexf(seed, { onWarning: "stderr" as never })).toThrow(/onWarning must be a function/);
  });

  it("fills unset and undefined options with the defaults", () => {
    expect(resolveGexfOptions({ mode: "static", now: undefined })).toEqual({ ...DEFAULT_GEXF_OPTIONS, mode: "static" });
  });
});

describe("gexfChunks: schema and document", () => {
  it("writes the seed graph, dynamic, as GEXF 1.3 that the schema accepts", () => {
    const gexf = graphToGexf(seed);
    expect(gexf).toContain('mode="dynamic" timeformat="date"');
    expect(jingErrors(gexf)).toBe("");
  });

  it("writes the seed graph, static, as GEXF 1.3 that the schema accepts", () => {
    const gexf = graphToGexf(seed, { mode: "static" });
    expect(gexf).toContain('mode="static"');
    expect(gexf).not.toMatch(/ start="/);
    expect(jingErrors(gexf)).toBe("");
  });

  it("says in <meta> who wrote it, from which sources, and the newest date of the data", () => {
    const gexf = graphToGexf(seed);
    const version = JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")).version;
    expect(gexf).toContain(`<creator>actorgraph ${version}</creator>`);
    // The seed's source is undated; its newest relation date is the 20 June 2023 strike.
    expect(tag(gexf, /<meta[^>]*>/)).toBe('<meta lastmodifieddate="2023-06-20">');
    expect(tag(gexf, /<description>.*<\/description>/)).toContain("Iran's military support to Russia in the war against Ukraine");
    expect(graphToGexf(seed, { now: "2024-01-31" })).toContain('<meta lastmodifieddate="2024-01-31">');
  });

  it("streams: a large graph comes in many bounded chunks, never as one string", () => {
    const graph = hostileGraph();
    for (let i = 0; i < 3000; i++) {
      graph.addNode(`n${i}`, { label: `Node ${i}`, type: "state", aliases: [], description: "", color: "#123456", size: 4, x: i, y: -i });
    }
    const chunks = [...gexfChunks(graph)];
    const total = chunks.reduce((n, c) => n + c.length, 0);
    expect(chunks.length).toBeGreaterThan(5);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(total / 4);
    expect(jingErrors(chunks.join(""))).toBe("");
  });
});

describe("gexfChunks: time", () => {
  it("is dynamic in auto mode when a relation is dated, static when none is", () => {
    expect(graphToGexf(seed, { mode: "auto" })).toContain('mode="dynamic"');
    const undated = seed.copy() as KnowledgeGraph;
    undated.updateEachEdgeAttributes((_e, a) => ({ ...a, date: undefined, end: undefined }));
    const gexf = graphToGexf(undated);
    expect(gexf).toContain('mode="static"');
    expect(gexf).not.toMatch(/ start="/);
  });

  it("spans a relation over the days its date covers: a month, a year, a day", () => {
    const gexf = graphToGexf(seed);
    // Dated 2022-11 in the data: the whole of November.
    const monthEdge = seed.findEdge((_e, a) => a.date === "2022-11")!;
    expect(tag(gexf, new RegExp(`<edge id="${monthEdge}"[^>]*>`))).toContain('start="2022-11-01" end="2022-11-30"');
    const dayEdge = seed.findEdge((_e, a) => a.date === "2022-02-24")!;
    expect(tag(gexf, new RegExp(`<edge id="${dayEdge}"[^>]*>`))).toContain('start="2022-02-24" end="2022-02-24"');
    const yearGraph = hostileGraph();
    yearGraph.setEdgeAttribute("bell:negotiates:irgc", "date", "2022");
    yearGraph.setEdgeAttribute("bell:negotiates:irgc", "end", "2023-03");
    expect(tag(graphToGexf(yearGraph), /<edge id="bell:negotiates:irgc"[^>]*>/)).toContain('start="2022-01-01" end="2023-03-31"');
  });

  it("leaves undated relations without start or end, so they exist all along", () => {
    const gexf = graphToGexf(seed);
    const undated = seed.findEdge((_e, a) => a.date === undefined)!;
    expect(tag(gexf, new RegExp(`<edge id="${undated}"[^>]*>`))).not.toContain("start=");
  });

  it("starts each entity at its first dated relation", () => {
    const gexf = graphToGexf(seed);
    seed.forEachNode((node) => {
      const starts = seed
        .edges(node)
        .map((e) => seed.getEdgeAttribute(e, "date"))
        .filter((d): d is string => d !== undefined)
        .map((d) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d))
        .sort();
      const element = tag(gexf, new RegExp(`<node id="${node}"[^>]*>`));
      if (starts.length === 0) expect(element).not.toContain("start=");
      else expect(element).toContain(`start="${starts[0]}"`);
    });
  });

  it("throws InvalidGraphError for a date buildGraph would never let through", () => {
    const graph = hostileGraph();
    graph.setEdgeAttribute("bell:negotiates:irgc", "date", "2023-13");
    expect(() => graphToGexf(graph)).toThrow(InvalidGraphError);
    expect(() => graphToGexf(graph)).toThrow(/relation "bell:negotiates:irgc" date: "2023-13" has month 13/);
  });
});

describe("gexfChunks: round trip through graphology-gexf's parser", () => {
  it("finds every node with its label, type, aliases, description, colour, size and position", () => {
    const parsed = parseGexf(graphToGexf(seed));
    expect(parsed.order).toBe(seed.order);
    seed.forEachNode((node, a) => {
      expect(parsed.hasNode(node)).toBe(true);
      const p = parsed.getNodeAttributes(node);
      expect({ ...p, color: rgbToHex(p.color) }).toEqual({
        label: a.label,
        type: a.type,
        aliases: a.aliases,
        description: a.description,
        color: a.color,
        size: a.size,
        x: a.x,
        y: a.y,
      });
    });
  });

  it("finds every edge, parallel ones included, by its relation id, with every attribute", () => {
    const parsed = parseGexf(graphToGexf(seed, { mode: "static" }));
    const pairs = new Set(seed.mapEdges((_e, _a, s, t) => `${s}>${t}`));
    expect(pairs.size).toBeLessThan(seed.size); // the seed has parallel relations: make sure they are kept
    expect(parsed.size).toBe(seed.size);
    const titles = new Map(seed.getAttribute("sources").map((s) => [s.id, s.title]));
    seed.forEachEdge((edge, a, source, target) => {
      expect(parsed.hasEdge(edge)).toBe(true);
      expect([parsed.source(edge), parsed.target(edge)]).toEqual([source, target]);
      expect(parsed.isDirected(edge)).toBe(a.directed);
      const p = parsed.getEdgeAttributes(edge);
      expect({
        ...p,
        color: rgbToHex(p.color),
        quantities: JSON.parse(p.quantities),
        evidence: JSON.parse(p.evidence),
      }).toEqual({
        kind: a.type,
        label: a.label,
        color: a.color,
        type: a.type,
        status: a.status,
        directed: a.directed,
        ...(a.date === undefined ? {} : { date: a.date }),
        ...(a.end === undefined ? {} : { end: a.end }),
        ...(a.role === undefined ? {} : { role: a.role }),
        ...(a.note === undefined ? {} : { note: a.note }),
        assertedBy: a.assertedBy,
        items: a.items,
        quantities: a.quantities,
        evidence: a.evidence,
        quotes: a.evidence.map((e) => e.quote),
        quoteSources: a.evidence.map((e) => e.source),
        sourceTitles: [...new Set(a.evidence.map((e) => titles.get(e.source)))],
        sourceCount: a.sourceCount,
        ...Object.fromEntries(STATUSES.map((status) => [`${status}Sources`, a.stanceCounts[status] ?? 0])),
        contested: a.contested,
        ...(a.firstReported === undefined ? {} : { firstReported: a.firstReported }),
        supportedBy: a.supportedBy,
        deniedBy: a.deniedBy,
      });
    });
  });

  it("writes a relation type that reads both ways as a mutual edge, which graphology reads as undirected", () => {
    const gexf = graphToGexf(seed);
    const undirected = seed.filterEdges((_e, a) => !a.directed);
    expect(undirected.length).toBeGreaterThan(0);
    const parsed = parseGexf(gexf);
    for (const edge of undirected) {
      expect(gexf).toContain(`<edge id="${edge}" source="${seed.source(edge)}" target="${seed.target(edge)}" type="mutual" `);
      expect(parsed.isUndirected(edge)).toBe(true);
    }
    expect(gexf).not.toContain('type="undirected"');
  });

  it("writes them type=\"undirected\" instead on request, the mixed graph Gephi draws without an arrow", () => {
    const gexf = graphToGexf(seed, { symmetric: "undirected" });
    const undirected = seed.filterEdges((_e, a) => !a.directed);
    for (const edge of undirected) expect(gexf).toContain(`<edge id="${edge}" source="${seed.source(edge)}" target="${seed.target(edge)}" type="undirected" `);
    expect(gexf).not.toContain('type="mutual"');
    expect(() => graphToGexf(seed, { symmetric: "both" as "mutual" })).toThrow('GEXF option symmetric must be one of mutual, undirected, got "both"');
  });
});

describe("gexfChunks: hostile strings", () => {
  it("writes XML specials, quotes, emoji, right-to-left text and control characters as well-formed, schema-valid GEXF", () => {
    for (const mode of ["static", "dynamic"] as const) {
      expect(jingErrors(graphToGexf(hostileGraph(), { mode }))).toBe("");
    }
  });

  it("reads every hostile value back as written, with forbidden characters as U+FFFD", () => {
    const graph = hostileGraph();
    const parsed = parseGexf(graphToGexf(graph));
    expect(parsed.order).toBe(graph.order);
    expect(parsed.size).toBe(graph.size);
    graph.forEachNode((node, a) => {
      const p = parsed.getNodeAttributes(node);
      expect([p.label, p.aliases, p.description]).toEqual([xmlCleaned(a.label), a.aliases.map(xmlCleaned), xmlCleaned(a.description)]);
    });
    graph.forEachEdge((edge, a) => {
      const p = parsed.getEdgeAttributes(edge);
      expect(p.quotes).toEqual(a.evidence.map((e) => xmlCleaned(e.quote)));
      expect(p.note).toBe(a.note);
      expect(p.role).toBe(a.role);
      // The JSON escapes control characters, so evidence and quantities survive exactly.
      expect(JSON.parse(p.evidence)).toEqual(a.evidence);
      expect(JSON.parse(p.quantities)).toEqual(a.quantities);
    });
    expect(parsed.getNodeAttribute("irgc", "label")).toBe(HOSTILE.rtl);
  });

  it("says which values had characters XML 1.0 forbids", () => {
    const warnings: string[] = [];
    graphToGexf(hostileGraph(), { onWarning: (m) => warnings.push(m) });
    expect(warnings).toContain('node "bell" label: replaced 5 characters that XML 1.0 forbids (U+0007, U+0000, U+001B, U+D800, U+FFFF) with U+FFFD');
    expect(warnings.some((w) => w.startsWith('node "bell" aliases:'))).toBe(true);
    expect(warnings.some((w) => w.startsWith('edge "bell:negotiates:irgc" quotes:'))).toBe(true);
    expect(warnings.filter((w) => w.includes('"irgc"') && w.startsWith("node"))).toEqual([]);
  });

  it("gives a graph with no hostile characters no warnings", () => {
    const warnings: string[] = [];
    graphToGexf(seed, { onWarning: (m) => warnings.push(m) });
    expect(warnings).toEqual([]);
  });
});
