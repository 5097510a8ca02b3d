// Shared by the CLI specifications: run the CLI in-process and capture what it prints; a tiny data folder that is cleaned up.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "../../src/cli/run.ts";
import { temporaryFolder } from "../helpers/temporary-folder.ts";
import { tinyFiles } from "../helpers/tiny-data.ts";

/** What one CLI run printed and returned. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  /** Every write to stderr, in order, as the command made it (progress redraws are separate writes). */
  stderrWrites: string[];
}

/** Runs `actorgraph argv` in-process in `cwd` (default: the repository root) and captures its output. */
export async function cli(argv: string[], options: { cwd?: string; stderrIsTTY?: boolean } = {}): Promise<CliResult> {
  let stdout = "";
  const stderrWrites: string[] = [];
  const code = await run(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => stderrWrites.push(t),
    cwd: options.cwd ?? process.cwd(),
    ...(options.stderrIsTTY !== undefined ? { stderrIsTTY: options.stderrIsTTY } : {}),
  });
  return { code, stdout, stderr: stderrWrites.join(""), stderrWrites };
}

/**
 * Writes the tiny data folder of tests/helpers/tiny-data.ts (5 entities, 3 relations), with any file
 * replaced, into a fresh temporary folder that is removed when the test file ends; returns its path.
 */
export function tinyFolder(overrides: Parameters<typeof tinyFiles>[0] = {}): string {
  const dir = temporaryFolder("cli-tiny");
  const files = tinyFiles(overrides);
  for (const sub of ["sources", "entities", "relations"]) mkdirSync(join(dir, sub));
  writeFileSync(join(dir, "ontology.yaml"), files.ontology.text);
  writeFileSync(join(dir, "sources", "sources.yaml"), files.sources.text);
  writeFileSync(join(dir, "sources", "doc.txt"), files.sourceTexts.get("doc.txt")!);
  writeFileSync(join(dir, "entities", "main.yaml"), files.entities[0]!.text);
  writeFileSync(join(dir, "relations", "main.yaml"), files.relations[0]!.text);
  return dir;
}

/** Node positions of a graphology JSON file, by node key. */
export function positionsOf(json: string): Record<string, { x: number; y: number }> {
  const graph = JSON.parse(json) as { nodes: { key: string; attributes: { x: number; y: number } }[] };
  return Object.fromEntries(graph.nodes.map((n) => [n.key, { x: n.attributes.x, y: n.attributes.y }]));
}
