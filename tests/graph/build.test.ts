// Specification of the build: dataset in, a laid-out graphology graph out, the same every time.
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build.ts";
import { graphToJson } from "../../src/export/json.ts";
import { loadDataFolder } from "../../src/load/read-folder.ts";
import { validateFiles } from "../../src/load/validate.ts";
import { validateLayoutOptions, resolveLayoutOptions } from "../../src/graph/layout.ts";
import { TINY_RELATIONS, tinyFiles } from "../helpers/tiny-data.ts";

const seed = await loadDataFolder("graph-data");
if (!seed.ok) throw new Error("graph-data does not validate");

function tinyDataset(relations = TINY_RELATIONS) {
  const result = validateFiles(tinyFiles({ relations }));
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("; "));
  return result.dataset;
}

describe("buildGraph", () => {
  it("rejects layout options that are not whole numbers", () => {
    expect(() => validateLayoutOptions(resolveLayoutOptions({ iterations: -1 }))).toThrow(/iterations must be a whole number >= 0, got -1/);
    expect(() => buildGraph(tinyDataset(), { layout: { seed: 0.5 } })).toThrow(/seed must be an integer/);
  });

  it("makes one node per entity with its label, type, aliases, description and type colour", () => {
    const graph = buildGraph(tinyDataset());
    expect(graph.type).toBe("directed");
    expect(graph.multi).toBe(true);
    expect(graph.nodes()).toEqual(["iran", "russia", "ukraine", "kyiv", "shahed-136"]);
    expect(graph.getNodeAttributes("kyiv")).toMatchObject({ label: "Kyiv", type: "city", aliases: ["Kiev"], description: "Capital of Ukraine.", color: "#2ca02c" });
  });

  it("makes one edge per relation, keyed by the relation id, with its provenance", () => {
    const graph = buildGraph(tinyDataset());
    expect(graph.edges()).toEqual(["iran:supplies:russia", "russia:attacked:kyiv:2023-05-28", "kyiv:located-in:ukraine"]);
    expect(graph.source("russia:attacked:kyiv:2023-05-28")).toBe("russia");
    expect(graph.getEdgeAttributes("russia:attacked:kyiv:2023-05-28")).toEqual({
      type: "attacked",
      label: "attacked",
      color: "#000000",
      directed: true,
      date: "2023-05-28",
      status: "reported",
      assertedBy: [],
      items: [],
      quantities: {},
      evidence: [{ source: "doc", quote: "Russia used Iranian drones in an attack on Kyiv on 28 May 2023." }],
      sourceCount: 1,
      stanceCounts: { reported: 1 },
      supportedBy: [],
      deniedBy: [],
      contested: false,
    });
  });

  it("keeps parallel relations between the same two entities as separate edges", () => {
    const second = `${TINY_RELATIONS}- id: iran-supplies-russia-denied\n  source: iran\n  type: supplies\n  target: russia\n  status: denied\n  assertedBy: iran\n  evidence:\n    - source: doc\n      quote: Iran has provided Russia\n`;
    const graph = buildGraph(tinyDataset(second));
    expect(graph.outEdges("iran", "russia").sort()).toEqual(["iran-supplies-russia-denied", "iran:supplies:russia"]);
    expect(graph.getEdgeAttribute("iran-supplies-russia-denied", "assertedBy")).toEqual(["iran"]);
  });

  it("sizes nodes by degree centrality", () => {
    const graph = buildGraph(seed.dataset);
    const iran = graph.getNodeAttribute("iran", "size");
    const vienna = graph.getNodeAttribute("vienna", "size");
    expect(iran).toBeGreaterThan(vienna);
    graph.forEachNode((_n, a) => expect(a.size).toBeGreaterThanOrEqual(4));
  });

  it("gives every node a finite position, spread out by ForceAtlas2", () => {
    const graph = buildGraph(seed.dataset);
    const xs = graph.mapNodes((_n, a) => a.x);
    expect(xs.every(Number.isFinite)).toBe(true);
    expect(new Set(graph.mapNodes((_n, a) => `${a.x},${a.y}`)).size).toBe(graph.order);
  });

  it("keeps entities without relations in a row just below the rest, not far out", () => {
    const graph = buildGraph(seed.dataset);
    const connected = graph.filterNodes((n) => graph.degree(n) > 0).map((n) => graph.getNodeAttributes(n));
    const isolated = graph.filterNodes((n) => graph.degree(n) === 0).map((n) => graph.getNodeAttributes(n));
    expect(isolated.length).toBeGreaterThan(0);
    const xs = connected.map((a) => a.x);
    const ys = connected.map((a) => a.y);
    const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    for (const a of isolated) {
      expect(a.y).toBeLessThan(Math.min(...ys));
      expect(a.y).toBeGreaterThan(Math.min(...ys) - span * 0.1);
      expect(a.x).toBeGreaterThanOrEqual(Math.min(...xs));
      expect(a.x).toBeLessThanOrEqual(Math.max(...xs));
    }
    expect(new Set(isolated.map((a) => a.y)).size).toBe(1);
  });

  it("gives the same bytes for the same data, and other positions for another seed", () => {
    const first = graphToJson(buildGraph(seed.dataset));
    const second = graphToJson(buildGraph(seed.dataset));
    expect(second).toBe(first);
    expect(graphToJson(buildGraph(seed.dataset, { layout: { seed: 2 } }))).not.toBe(first);
  });

  it("keeps an entity's start direction when others are added (start positions are seeded per id)", () => {
    const without = buildGraph(tinyDataset(), { layout: { iterations: 0 } });
    const bigger = tinyDataset();
    bigger.entities.push({ id: "odesa", label: "Odesa", type: "city", aliases: [], description: "A city." });
    const withOdesa = buildGraph(bigger, { layout: { iterations: 0 } });
    // The start disc grows with the node count, so compare the angle, not the coordinates.
    const angle = (a: { x: number; y: number }) => Math.atan2(a.y, a.x);
    expect(angle(withOdesa.getNodeAttributes("kyiv"))).toBeCloseTo(angle(without.getNodeAttributes("kyiv")), 2);
  });

  it("leaves positions at 0,0 when layout is turned off", () => {
    const graph = buildGraph(tinyDataset(), { layout: false });
    graph.forEachNode((_n, a) => expect([a.x, a.y]).toEqual([0, 0]));
  });
});
