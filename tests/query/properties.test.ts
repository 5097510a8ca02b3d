// Property tests on random graphs: every path returned is a valid walk obeying the filters, and lengths agree with graphology's.
import fc from "fast-check";
import { toUndirected } from "graphology-operators";
import { bidirectional } from "graphology-shortest-path/unweighted.js";
import { allSimplePaths as graphologySimplePaths } from "graphology-simple-path";
import { describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import { endOf, parsePartialDate, startOf, type PartialDate } from "../../src/model/partial-date.ts";
import { STATUSES, type Status } from "../../src/model/status.ts";
import { neighborhood } from "../../src/query/neighborhood.ts";
import { resolvePathQueryOptions, type PathQueryOptions } from "../../src/query/options.ts";
import { pathKey, pathNodes, type Path } from "../../src/query/path.ts";
import { allShortestPaths, allSimplePaths, kShortestPaths, shortestPath } from "../../src/query/paths.ts";
import { makeGraph, type TestEdge } from "./fixture.ts";

const RUNS = { seed: 42, numRuns: 300 };
const DATES = ["2022", "2022-11", "2022-11-05", "2022-11-20", "2022-12", "2023-01-09", "2023-05"];

interface Case {
  graph: KnowledgeGraph;
  nodes: string[];
}

function randomGraph(directedOnly: boolean): fc.Arbitrary<Case> {
  return fc.integer({ min: 2, max: 9 }).chain((n) => {
    const nodes = Array.from({ length: n }, (_, i) => `n${i}`);
    const edge: fc.Arbitrary<TestEdge> = fc.record({
      source: fc.constantFrom(...nodes),
      target: fc.constantFrom(...nodes),
      type: directedOnly ? fc.constantFrom("a" as const, "b" as const) : fc.constantFrom("a" as const, "b" as const, "c" as const),
      status: fc.constantFrom(...STATUSES),
      date: fc.option(fc.constantFrom(...DATES), { nil: undefined, freq: 2 }),
    });
    return fc.record({
      types: fc.array(fc.constantFrom("x", "y"), { minLength: n, maxLength: n }),
      edges: fc.array(edge, { minLength: n, maxLength: 3 * n }),
    }).map(({ types, edges }) => ({ graph: makeGraph(nodes.map((id, i) => `${id}:${types[i]}`), edges), nodes }));
  });
}

const someOf = <T,>(values: readonly T[]) => fc.subarray([...values]);

/** A filter value that is usually off, so that paths survive often enough to be checked. */
const rarely = <T,>(off: T, on: fc.Arbitrary<T>): fc.Arbitrary<T> => fc.oneof({ arbitrary: fc.constant(off), weight: 3 }, { arbitrary: on, weight: 1 });

const maybeDate: fc.Arbitrary<string | null> = fc.option(fc.constantFrom(...DATES));

const randomOptions: fc.Arbitrary<PathQueryOptions> = fc
  .record({
    direction: fc.constantFrom("follow" as const, "any" as const),
    includeRelationTypes: rarely<string[]>([], someOf(["a", "b", "c"])),
    excludeRelationTypes: rarely<string[]>([], someOf(["a", "b", "c"])),
    includeEntityTypes: rarely<string[]>([], someOf(["x", "y"])),
    excludeEntityTypes: rarely<string[]>([], someOf(["x", "y"])),
    window: rarely<[string | null, string | null] | null>(null, fc.tuple(maybeDate, maybeDate)),
    undated: fc.constantFrom("keep" as const, "drop" as const),
    timeRespecting: fc.boolean(),
    statuses: rarely<Status[]>([...STATUSES], fc.subarray([...STATUSES], { minLength: 1 })),
    maxHops: rarely(null, fc.integer({ min: 1, max: 5 })),
  })
  .map(({ window, ...o }) => {
    let [from, to]: [string | null, string | null] = window ?? [null, null];
    if (from !== null && to !== null && from > to) [from, to] = [to, from];
    // "2022-11" > "2022": swapping as text can still leave an empty window; widen it then.
    if (from !== null && to !== null && startOf(date(from)) > endOf(date(to))) to = null;
    return resolvePathQueryOptions({ ...o, from, to });
  });

function date(text: string): PartialDate {
  return parsePartialDate(text) as PartialDate;
}

/** An independent reading of the filters, step by step, to check answers against. */
function checkPath(graph: KnowledgeGraph, path: Path, from: string, to: string, o: PathQueryOptions): void {
  expect(path.from).toBe(from);
  expect(path.to).toBe(to);
  const visited = [from, ...path.steps.map((s) => s.to)];
  expect(new Set(visited).size).toBe(visited.length);
  if (o.maxHops !== null) expect(path.steps.length).toBeLessThanOrEqual(o.maxHops);
  const windowed = o.from !== null || o.to !== null;
  let latestStart = "";
  path.steps.forEach((step, i) => {
    expect(step.from).toBe(visited[i]);
    expect(graph.hasEdge(step.relation)).toBe(true);
    const attrs = graph.getEdgeAttributes(step.relation);
    const [source, target] = graph.extremities(step.relation);
    if (step.direction === "forward") expect([source, target]).toEqual([step.from, step.to]);
    else {
      expect([target, source]).toEqual([step.from, step.to]);
      expect(o.direction === "any" || !attrs.directed).toBe(true);
    }
    expect(o.statuses).toContain(attrs.status);
    if (o.includeRelationTypes.length) expect(o.includeRelationTypes).toContain(attrs.type);
    expect(o.excludeRelationTypes).not.toContain(attrs.type);
    if (step.to !== to) {
      const type = graph.getNodeAttribute(step.to, "type");
      if (o.includeEntityTypes.length) expect(o.includeEntityTypes).toContain(type);
      expect(o.excludeEntityTypes).not.toContain(type);
    }
    if (attrs.date === undefined) {
      if (windowed || o.timeRespecting) expect(o.undated).toBe("keep");
      return;
    }
    const start = startOf(date(attrs.date));
    const end = endOf(date(attrs.end ?? attrs.date));
    if (o.from !== null) expect(end >= startOf(date(o.from))).toBe(true);
    if (o.to !== null) expect(start <= endOf(date(o.to))).toBe(true);
    if (o.timeRespecting) expect(end >= latestStart).toBe(true);
    if (start > latestStart) latestStart = start;
  });
}

const pairOf = (c: Case) => fc.tuple(fc.constant(c), fc.constantFrom(...c.nodes), fc.constantFrom(...c.nodes));

describe("shortestPath on random graphs", () => {
  it("returns a valid walk obeying every filter, as short as any path the enumeration finds", () => {
    let found = 0;
    fc.assert(
      fc.property(randomGraph(false).chain(pairOf), randomOptions, ([{ graph }, from, to], options) => {
        const path = shortestPath(graph, from, to, options);
        const every = allSimplePaths(graph, from, to, { ...options, maxHops: options.maxHops ?? 9 }, 100_000);
        if (path === null) {
          expect(every).toEqual([]);
          return;
        }
        checkPath(graph, path, from, to, options);
        expect(path.steps.length).toBe(every[0]?.steps.length ?? 0);
        if (path.steps.length > 1) found++;
      }),
      RUNS,
    );
    // The random filters must leave enough multi-step answers for the check to mean something.
    expect(found).toBeGreaterThan(RUNS.numRuns / 10);
  });

  it("matches graphology-shortest-path's unweighted length when no filter is set", () => {
    const open = { statuses: [...STATUSES] };
    fc.assert(
      fc.property(randomGraph(true).chain(pairOf), ([{ graph }, from, to]) => {
        const ours = shortestPath(graph, from, to, open);
        const theirs = bidirectional(graph, from, to);
        expect(ours === null ? null : ours.steps.length).toBe(theirs === null ? null : theirs.length - 1);
      }),
      RUNS,
    );
  });

  it("matches graphology-shortest-path on the undirected graph when walking relations both ways", () => {
    const open = { statuses: [...STATUSES], direction: "any" as const };
    fc.assert(
      fc.property(randomGraph(false).chain(pairOf), ([{ graph }, from, to]) => {
        const ours = shortestPath(graph, from, to, open);
        const theirs = bidirectional(toUndirected(graph), from, to);
        expect(ours === null ? null : ours.steps.length).toBe(theirs === null ? null : theirs.length - 1);
      }),
      RUNS,
    );
  });
});

describe("allSimplePaths on random graphs", () => {
  it("finds the same paths as graphology-simple-path when no filter is set", () => {
    fc.assert(
      fc.property(randomGraph(true).chain(pairOf), fc.integer({ min: 1, max: 5 }), ([{ graph }, from, to], maxHops) => {
        fc.pre(from !== to);
        // graphology-simple-path lists entity sequences (its edge variant refuses multigraphs): compare those.
        const ours = allSimplePaths(graph, from, to, { statuses: [...STATUSES], maxHops }, 100_000).map((p) => pathNodes(p).join("|"));
        const theirs = graphologySimplePaths(graph, from, to, { maxDepth: maxHops }).map((nodes) => nodes.join("|"));
        expect([...new Set(ours)].sort()).toEqual([...theirs].sort());
      }),
      RUNS,
    );
  });
});

describe("allShortestPaths and kShortestPaths on random graphs", () => {
  it("all shortest paths are valid, distinct, of the shortest length, and all of them", () => {
    fc.assert(
      fc.property(randomGraph(false).chain(pairOf), randomOptions, ([{ graph }, from, to], options) => {
        fc.pre(from !== to);
        const all = allShortestPaths(graph, from, to, options, 100_000);
        const shortest = shortestPath(graph, from, to, options);
        if (shortest === null) {
          expect(all).toEqual([]);
          return;
        }
        for (const path of all) checkPath(graph, path, from, to, options);
        expect(new Set(all.map((p) => p.steps.length))).toEqual(new Set([shortest.steps.length]));
        expect(new Set(all.map(pathKey)).size).toBe(all.length);
        const sameLength = allSimplePaths(graph, from, to, { ...options, maxHops: shortest.steps.length }, 100_000).filter(
          (p) => p.steps.length === shortest.steps.length,
        );
        expect(all.length).toBe(sameLength.length);
      }),
      RUNS,
    );
  });

  it("k shortest paths are valid, distinct, in non-decreasing length, and with a large k all the simple paths there are", () => {
    let several = 0;
    fc.assert(
      fc.property(randomGraph(false).chain(pairOf), randomOptions, fc.integer({ min: 1, max: 4 }), ([{ graph }, from, to], options, maxHops) => {
        fc.pre(from !== to);
        const bounded = { ...options, maxHops };
        const paths = kShortestPaths(graph, from, to, 10_000, bounded);
        for (const path of paths) checkPath(graph, path, from, to, bounded);
        const lengths = paths.map((p) => p.steps.length);
        expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
        expect(new Set(paths.map(pathKey)).size).toBe(paths.length);
        const simple = allSimplePaths(graph, from, to, bounded, 100_000).map(pathKey);
        expect([...paths.map(pathKey)].sort()).toEqual([...simple].sort());
        if (paths.length > 2) several++;
      }),
      RUNS,
    );
    expect(several).toBeGreaterThan(RUNS.numRuns / 10);
  });
});

describe("neighborhood on random graphs", () => {
  it("holds exactly the entities a filtered path reaches within the hops, at their shortest distance", () => {
    fc.assert(
      fc.property(randomGraph(false).chain((c) => fc.tuple(fc.constant(c), fc.constantFrom(...c.nodes))), randomOptions, fc.integer({ min: 0, max: 3 }), ([{ graph, nodes }, center], options, hops) => {
        const result = neighborhood(graph, center, hops, options);
        const open = { ...options, maxHops: null };
        for (const node of nodes) {
          const type = graph.getNodeAttribute(node, "type");
          const allowed = node === center || ((options.includeEntityTypes.length === 0 || options.includeEntityTypes.includes(type)) && !options.excludeEntityTypes.includes(type));
          if (!allowed) {
            expect(result.graph.hasNode(node)).toBe(false);
            continue;
          }
          const path = shortestPath(graph, center, node, open);
          const within = path !== null && path.steps.length <= hops;
          expect(result.graph.hasNode(node)).toBe(within);
          if (within) expect(result.distance[node]).toBe(path.steps.length);
        }
        result.graph.forEachEdge((edge, attrs) => {
          expect(options.statuses).toContain(attrs.status);
          expect(graph.hasEdge(edge)).toBe(true);
        });
      }),
      RUNS,
    );
  });
});
