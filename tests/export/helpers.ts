// Shared by the export tests: the seed graph, a graph of hostile strings, and the GEXF schema check with jing.
import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { MultiDirectedGraph } from "graphology";
import { loadGraph, splitCsvList } from "../../src/index.ts";
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from "../../src/graph/types.ts";
import { corroborationOf } from "../../src/model/corroboration.ts";
import type { Status } from "../../src/model/status.ts";
import { temporaryFolder } from "../helpers/temporary-folder.ts";

/** The repository's root folder. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The GEXF 1.3 schema, kept in the repository (tests/fixtures/gexf-1.3, with its licence and source). */
export const GEXF_SCHEMA = join(REPO_ROOT, "tests", "fixtures", "gexf-1.3", "gexf.rnc");

/** The seed data folder, built with the default options (as the CLI does). */
export async function seedGraph(): Promise<KnowledgeGraph> {
  const result = await loadGraph(join(REPO_ROOT, "graph-data"));
  if (!result.ok) throw new Error(`the seed data does not load: ${result.errors.length} errors`);
  return result.graph;
}

/**
 * Validates a GEXF document against the 1.3 RELAX NG schema with jing and returns jing's error
 * report ("" when valid). Throws, failing the test, when jing or the schema is missing.
 */
export function jingErrors(gexf: string): string {
  if (!existsSync(GEXF_SCHEMA)) throw new Error(`GEXF schema not found at ${GEXF_SCHEMA}`);
  const file = join(temporaryFolder("jing"), "graph.gexf");
  writeFileSync(file, gexf);
  try {
    execFileSync("jing", ["-c", GEXF_SCHEMA, file], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    return "";
  } catch (error) {
    const failure = error as { code?: string; stdout?: string; status?: number };
    if (failure.code === "ENOENT") throw new Error("jing is not installed (Debian package jing); the GEXF schema tests need it");
    return failure.stdout || `jing exited with status ${failure.status}`;
  }
}

/**
 * Adds a relation to a hand-built test graph: a reported, directed "supplies" with empty lists and
 * no evidence, with any of its fields replaced by `fields`.
 */
export function addRelation(graph: KnowledgeGraph, key: string, source: string, target: string, fields: Partial<EdgeAttributes> = {}): void {
  const claim = { status: "reported" as const, assertedBy: [], evidence: [], ...fields };
  graph.addDirectedEdgeWithKey(key, source, target, {
    type: "supplies",
    label: "supplies",
    color: "#000000",
    directed: true,
    items: [],
    quantities: {},
    ...corroborationOf(claim, (id: string) => graph.getAttribute("sources")?.find((s) => s.id === id)?.date),
    ...claim,
  });
}

/** Strings that break naive XML and CSV writers. */
export const HOSTILE = {
  xml: `<b>"Tom" & 'Jerry'</b> ]]> <!-- -->`,
  quotes: `He said "no", then 'yes' | maybe; [a, b] \\ done`,
  emoji: "Drone 🛩️ strike 💥 on 👨‍👩‍👧",
  rtl: "سپاه پاسداران انقلاب اسلامی",
  arabic: "الحرس الثوري",
  cyrillic: "Київ — «столиця»",
  lines: "first line\nsecond\tline\r\nthird",
  /** Characters XML 1.0 forbids: NUL, BEL, ESC, a lone surrogate, U+FFFF. */
  control: "bell\u0007 null\u0000 esc\u001b lone\uD800 end\uFFFF",
} as const;

/** A small graph built by hand with hostile labels, ids, aliases, quotes, notes and quantities. */
export function hostileGraph(): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.replaceAttributes({
    name: `hostile ${HOSTILE.xml}`,
    ontology: { entityTypes: [], relationTypes: [] } as unknown as GraphAttributes["ontology"],
    sources: [{ id: "doc&1", title: `Report ${HOSTILE.quotes} ${HOSTILE.rtl}`, kind: "article", file: "doc.txt", date: "2023-02", text: "" }],
  });
  const node = (id: string, label: string, aliases: string[], description: string, x: number) =>
    graph.addNode(id, { label, type: "state", aliases, description, color: "#d62728", size: 5.5, x, y: 0 - x });
  node(`a<&>"'`, HOSTILE.xml, [HOSTILE.quotes, HOSTILE.cyrillic], HOSTILE.lines, 1.25);
  node("irgc", HOSTILE.rtl, [HOSTILE.arabic], HOSTILE.emoji, -3);
  node("bell", `label ${HOSTILE.control}`, [HOSTILE.control], "plain", 0);
  const edge = (key: string, source: string, target: string, attributes: Partial<EdgeAttributes>) =>
    addRelation(graph, key, source, target, { evidence: [{ source: "doc&1", quote: HOSTILE.quotes }], ...attributes });
  edge(`a<&>"':supplies:irgc`, `a<&>"'`, "irgc", {
    date: "2023-02",
    note: HOSTILE.lines,
    role: HOSTILE.emoji,
    quantities: { "drones&shells": "hundreds <about>", launched: 12 },
    assertedBy: ["irgc"],
    evidence: [
      { source: "doc&1", quote: HOSTILE.quotes },
      { source: "doc&1", quote: `${HOSTILE.rtl} ${HOSTILE.cyrillic}` },
    ],
  });
  // A second report of the same relation: parallel, and it must stay a separate edge.
  edge(`a<&>"':supplies:irgc:2`, `a<&>"'`, "irgc", { date: "2023-02-14", status: "alleged" });
  edge("bell:negotiates:irgc", "bell", "irgc", {
    type: "negotiates-with",
    label: "negotiates with",
    directed: false,
    evidence: [{ source: "doc&1", quote: HOSTILE.control }],
  });
  return graph;
}

/** Replaces what the writers replace: the characters XML 1.0 forbids become U+FFFD. */
export function xmlCleaned(value: string): string {
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu, "\uFFFD");
}

/** "#rrggbb" from graphology-gexf's "rgb(r,g,b)". */
export function rgbToHex(rgb: string): string {
  const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
  return `#${[r!, g!, b!].map((c) => c.toString(16).padStart(2, "0")).join("")}`;
}

/** A row of nodes.csv or edges.csv, by column name. */
export type CsvRow = Record<string, string>;

/** A node as a spreadsheet user would rebuild it from nodes.csv. */
export function nodeFromRow(row: CsvRow): NodeAttributes {
  return {
    label: row.label!,
    type: row.type!,
    aliases: splitCsvList(row.aliases!),
    description: row.description!,
    color: row.color!,
    size: Number(row.size),
    x: Number(row.x),
    y: Number(row.y),
  };
}

/** An edge as rebuilt from edges.csv: list cells split by the documented rule, quotes zipped with their sources. */
export function edgeFromRow(row: CsvRow): EdgeAttributes {
  const quotes = splitCsvList(row.quotes!);
  const sources = splitCsvList(row.quoteSources!);
  const optional = (name: string) => (row[name] === "" ? {} : { [name]: row[name] });
  const edge = {
    type: row.type!,
    label: row.label!,
    color: row.color!,
    directed: row.directed === "true",
    ...optional("date"),
    ...optional("end"),
    status: row.status as Status,
    assertedBy: splitCsvList(row.assertedBy!),
    items: splitCsvList(row.items!),
    quantities: JSON.parse(row.quantities!),
    ...optional("role"),
    ...optional("note"),
    evidence: quotes.map((quote, i) => ({ source: sources[i]!, quote })),
  };
  return { ...edge, ...corroborationOf(edge, () => undefined) } as EdgeAttributes;
}
