// Shared by the export tests: the seed and corpus graphs, a graph of hostile strings, the GEXF schema
// check with jing, and readers that rebuild a built graph's attributes from CSV rows and flat counts.
import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { MultiDirectedGraph } from "graphology";
import { buildGraph, loadDataFolder, loadGraph, splitCsvList, STANCE_COUNT_FIELDS, stanceCountsFromFields } from "../../src/index.ts";
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from "../../src/graph/types.ts";
import { corroborationOf } from "../../src/model/corroboration.ts";
import { withRelationFields, type Dataset, type Evidence, type RelationFields } from "../../src/model/dataset.ts";
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

/** The corpus fixture: four invented documents, one claim reported, confirmed and denied (see its README). */
export const CORPUS_FOLDER = join(REPO_ROOT, "tests", "fixtures", "corpus");

/** The corpus fixture's validated dataset, to count what the exports must hold. */
export async function corpusDataset(): Promise<Dataset> {
  const result = await loadDataFolder(CORPUS_FOLDER);
  if (!result.ok) throw new Error(`the corpus fixture does not load: ${result.errors.map((e) => `${e.file}:${e.line} ${e.message}`).join("; ")}`);
  return result.dataset;
}

/** The corpus fixture built as the CLI builds it. */
export async function corpusGraph(): Promise<KnowledgeGraph> {
  return buildGraph(await corpusDataset());
}

/** The claim of the corpus that three documents report, confirm and deny. */
export const CONTESTED_CLAIM = "valdoria-supplies-norvask";

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
 * no evidence, with any of its fields replaced by `fields`. Its corroboration is derived from its
 * evidence and the graph's sources, and its keys come in the order buildGraph gives them, so the
 * edge is what a build of the same relation would make.
 */
export function addRelation(graph: KnowledgeGraph, key: string, source: string, target: string, fields: Partial<EdgeAttributes> = {}): void {
  const { type = "supplies", label = "supplies", color = "#000000", directed = true, ...rest } = fields;
  const relation: RelationFields = { status: "reported", assertedBy: [], items: [], quantities: {}, evidence: [], ...rest };
  const sourceDate = (id: string) => graph.getAttribute("sources")?.find((s) => s.id === id)?.date;
  const attributes = withRelationFields({ type, label, color, directed }, relation);
  graph.addDirectedEdgeWithKey(key, source, target, { ...attributes, ...corroborationOf(relation, sourceDate) });
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

/** The rows of quotes.csv by the relation they back, each relation's in file order. */
export function quoteRowsByRelation(rows: readonly CsvRow[]): Map<string, CsvRow[]> {
  const byRelation = new Map<string, CsvRow[]>();
  for (const row of rows) {
    const list = byRelation.get(row.relationId!);
    if (list) list.push(row);
    else byRelation.set(row.relationId!, [row]);
  }
  return byRelation;
}

/**
 * A quote as rebuilt from its row of quotes.csv, which spells out every stance: the stance and
 * asserters are kept as the quote's own only where they differ from its relation's, as a curator
 * writes them (a quote that repeats its relation's stance word for word comes back without it).
 */
export function evidenceFromRow(row: CsvRow, relation: { status: Status; assertedBy: readonly string[] }): Evidence {
  const evidence: Evidence = { source: row.sourceId!, quote: row.quote! };
  if (row.status !== relation.status) evidence.status = row.status as Status;
  const asserters = splitCsvList(row.assertedBy!);
  if (asserters.join("\n") !== relation.assertedBy.join("\n")) evidence.assertedBy = asserters;
  return evidence;
}

/**
 * An edge as rebuilt from its row of edges.csv and its rows of quotes.csv: list cells split by the
 * documented rule, quotes and their sources from edges.csv with each one's stance from quotes.csv,
 * and the corroboration read from its own columns (never derived again, so the columns are checked).
 * Throws when the two files disagree on a relation's quotes.
 */
export function edgeFromRow(row: CsvRow, quoteRows: readonly CsvRow[]): EdgeAttributes {
  const quotes = splitCsvList(row.quotes!);
  const sources = splitCsvList(row.quoteSources!);
  const listed = quoteRows.map((q) => [q.sourceId, q.quote]);
  if (JSON.stringify(listed) !== JSON.stringify(quotes.map((quote, i) => [sources[i], quote]))) {
    throw new Error(`quotes.csv gives relation "${row.id}" the quotes ${JSON.stringify(listed)}, edges.csv ${JSON.stringify(quotes)} from ${JSON.stringify(sources)}`);
  }
  const optional = (name: string) => (row[name] === "" ? {} : { [name]: row[name] });
  const relation = { status: row.status as Status, assertedBy: splitCsvList(row.assertedBy!) };
  return {
    type: row.type!,
    label: row.label!,
    color: row.color!,
    directed: row.directed === "true",
    ...optional("date"),
    ...optional("end"),
    ...relation,
    items: splitCsvList(row.items!),
    quantities: JSON.parse(row.quantities!),
    ...optional("role"),
    ...optional("note"),
    evidence: quoteRows.map((q) => evidenceFromRow(q, relation)),
    sourceCount: Number(row.sourceCount),
    stanceCounts: stanceCountsFromFields(row),
    supportedBy: splitCsvList(row.supportedBy!),
    deniedBy: splitCsvList(row.deniedBy!),
    contested: row.contested === "true",
    ...optional("firstReported"),
  } as EdgeAttributes;
}

/**
 * Attributes read back from GEXF or GraphML with the flat per-stance counts (`reportedSources`...)
 * folded into `stanceCounts`, as the built graph holds them.
 */
export function withStanceCounts(attributes: Record<string, unknown>): Record<string, unknown> {
  const out = { ...attributes };
  for (const { name } of STANCE_COUNT_FIELDS) delete out[name];
  return { ...out, stanceCounts: stanceCountsFromFields(attributes) };
}
