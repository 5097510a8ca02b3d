// Property tests: random valid folders load and survive every export format; random damage always gives located errors, never a crash.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it, onTestFinished } from "vitest";
import { run } from "../../src/cli/run.ts";
import { buildGraph, graphToCsv, graphToGexf, graphToGraphml, graphToJson, validateFiles, type DataFiles, type LoadResult } from "../../src/index.ts";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import { removeTemporaryFolder, temporaryFolder } from "../helpers/temporary-folder.ts";
import { mutate, mutation, MUTATION_KINDS } from "./mutations.ts";
import { filesOf, inputPaths, randomFolder, ROOT } from "./random-folder.ts";
import { expected, readCsv, readGexf, readGraphml, readJson, type ReadBack } from "./read-back.ts";

/** A fixed seed, so a failure is the same failure on every machine; fast-check prints the counterexample. */
const RUNS = { seed: 8, numRuns: 300 };
/** A few layout steps give real coordinates to carry through the formats without the cost of a full layout. */
const BUILD = { layout: { iterations: 3 } };
/** Whole properties run hundreds of cases; on a loaded machine that takes more than vitest's default 5 s. */
const TIMEOUT = 120_000;

function validated(files: DataFiles): Extract<LoadResult, { ok: true }> {
  const result = validateFiles(files);
  if (!result.ok) throw new Error(`a generated folder did not validate:\n${result.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.code}: ${e.message}`).join("\n")}`);
  return result;
}

/** The graph attributes each format carries: JSON all of them; GraphML the source list without texts; GEXF and CSV none. */
function withoutSourceTexts(graph: KnowledgeGraph): Record<string, unknown> {
  const attributes = graph.getAttributes();
  return { ...attributes, sources: attributes.sources.map(({ text: _text, ...meta }) => meta) };
}

/** Same node keys, same edge keys with the same endpoints and direction, every attribute equal, in the graph's order. */
function expectSameGraph(back: ReadBack, want: ReadBack, format: string): void {
  expect(back.nodes, `${format}: nodes`).toEqual(want.nodes);
  expect(back.edges, `${format}: edges`).toEqual(want.edges);
  if (want.graph !== undefined) expect(back.graph, `${format}: graph attributes`).toEqual(want.graph);
}

describe("random valid data folders", () => {
  it("validate, giving back exactly the sources, entities and relations written, in YAML, JSONL or CSV", () => {
    fc.assert(
      fc.property(randomFolder(), (folder) => {
        const { dataset } = validated(filesOf(folder));
        expect(dataset.sources).toEqual(folder.sources);
        expect(dataset.entities).toEqual(folder.entities);
        expect(dataset.relations).toEqual(folder.relations);
      }),
      RUNS,
    );
  }, TIMEOUT);

  it("build, and come back the same graph from JSON, GEXF static and dynamic, GraphML and CSV", () => {
    fc.assert(
      fc.property(randomFolder(), (folder) => {
        const graph = buildGraph(validated(filesOf(folder)).dataset, BUILD);
        const want = expected(graph);
        const titles = new Map(graph.getAttribute("sources").map((s) => [s.id, s.title]));
        const plain = { nodes: want.nodes, edges: want.edges };

        expectSameGraph(readJson(graphToJson(graph)), want, "JSON");
        expectSameGraph(readGexf(graphToGexf(graph, { mode: "static" }), titles), plain, "GEXF static");
        expectSameGraph(readGexf(graphToGexf(graph, { mode: "dynamic" }), titles), plain, "GEXF dynamic");
        expectSameGraph(readGraphml(graphToGraphml(graph)), { ...want, graph: withoutSourceTexts(graph) }, "GraphML");
        expectSameGraph(readCsv(graphToCsv(graph)), plain, "CSV");
      }),
      RUNS,
    );
  }, TIMEOUT);
});

/** Every error names an input file and a place in it, with a code and a message. */
function expectLocated(errors: { file: string; line: number; column: number; code: string; message: string }[], paths: Set<string>): void {
  for (const error of errors) {
    expect(paths, `error in an unknown file: ${JSON.stringify(error)}`).toContain(error.file);
    expect(Number.isInteger(error.line) && error.line >= 1, `line of ${JSON.stringify(error)}`).toBe(true);
    expect(Number.isInteger(error.column) && error.column >= 1, `column of ${JSON.stringify(error)}`).toBe(true);
    expect(error.code, JSON.stringify(error)).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/);
    expect(error.message.trim(), JSON.stringify(error)).not.toBe("");
  }
}

describe("random damage to valid data folders", () => {
  it("always gives located errors, and never throws", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(randomFolder(1), mutation, (folder, m) => {
        const broken = mutate(folder, m);
        const result = validateFiles(broken.files);
        if (broken.mustFail) expect(result.ok, broken.what).toBe(false);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          expectLocated(result.errors, inputPaths(broken.files));
          seen.add(m.kind);
        }
      }),
      { ...RUNS, numRuns: 400 },
    );
    // Every kind of damage was tried and caught at least once.
    expect([...seen].sort()).toEqual([...MUTATION_KINDS].sort());
  }, TIMEOUT);

  it("through the CLI: `validate` exits 1 with one located line per error and no stack trace", async () => {
    const base = temporaryFolder("damage");
    onTestFinished(() => removeTemporaryFolder(base));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(randomFolder(1), mutation, async (folder, m) => {
        const broken = mutate(folder, m);
        fc.pre(broken.mustFail);
        const dir = join(base, String(n++));
        const written = writeFolder(dir, broken.files, broken.bytes);
        let stdout = "";
        let stderr = "";
        const code = await run(["validate", "--data", dir], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: process.cwd() });
        expect(code, `${broken.what}\n${stderr}`).toBe(1);
        expect(stdout).toBe("");
        expect(stderr).not.toMatch(/^\s+at /m);
        const lines = stderr.trimEnd().split("\n");
        const count = Number(/^(\d+) errors? in .*; nothing was written\.$/.exec(lines.at(-1)!)?.[1]);
        expect(count, stderr).toBeGreaterThan(0);
        const located = lines.map((line) => /^(.+):(\d+):(\d+) error\[[a-z-]+\]: \S/.exec(line)).filter((match) => match !== null);
        expect(located.length, stderr).toBe(count);
        for (const [, file, line, column] of located) {
          expect(written, stderr).toContain(resolve(file!));
          expect(Number(line)).toBeGreaterThanOrEqual(1);
          expect(Number(column)).toBeGreaterThanOrEqual(1);
        }
      }),
      { seed: RUNS.seed, numRuns: 80 },
    );
  }, TIMEOUT);
});

/** Writes in-memory files as a data folder at `dir` (raw bytes where given); returns the absolute paths written. */
function writeFolder(dir: string, files: DataFiles, bytes: ReadonlyMap<string, Uint8Array>): string[] {
  const written: string[] = [];
  const put = (path: string, text: string) => {
    const target = join(dir, relative(ROOT, path));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes.get(path) ?? text);
    written.push(target);
  };
  for (const file of [files.ontology, files.sources, ...files.entities, ...files.relations]) put(file.path, file.text);
  for (const [name, text] of files.sourceTexts) put(`${ROOT}/sources/${name}`, text ?? "");
  return written;
}
