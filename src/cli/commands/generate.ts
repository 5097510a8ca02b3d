// `actorgraph generate`: write a seeded, realistic, valid data folder of any size, for trying and benchmarking.
import { readFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { generateDataset, DEFAULT_GENERATE_OPTIONS } from "../../generate/dataset.ts";
import type { BulkFormat } from "../../generate/records.ts";
import { FolderNotEmptyError, writeGeneratedFolder } from "../../generate/write-folder.ts";
import { formatDataError } from "../../load/data-error.ts";
import { readOntology } from "../../load/read-ontology.ts";
import { parseYaml } from "../../load/yaml-records.ts";
import type { Command } from "../command.ts";
import { EXIT, UsageError } from "../io.ts";
import { integerOption } from "../load-data.ts";

const FORMATS: BulkFormat[] = ["jsonl", "csv"];
const DEFAULT_ONTOLOGY = "graph-data/ontology.yaml";

/** Generates entities, relations and source documents from an ontology; the same seed gives the same bytes. */
export const generateCommand: Command = {
  name: "generate",
  summary: "write a generated data folder (entities, relations, source texts) of a given size",
  usage: "generate --nodes N --edges M --out DIR [--seed S] [--format jsonl|csv] [--ontology FILE]",
  details: () =>
    "Entity and relation types come from the ontology in plausible proportions; degrees are skewed,\n" +
    "most relations are dated and reported, and every evidence quote is a sentence of a generated\n" +
    "source text. The same seed, sizes and ontology always give the same bytes. DIR must be new or empty.\n\n" +
    "Example: actorgraph generate --nodes 10000 --edges 50000 --seed 1 --out big-data",
  options: {
    nodes: { type: "string", valueName: "N", help: "number of entities (at least 2)" },
    edges: { type: "string", valueName: "M", help: "number of relations" },
    seed: { type: "string", valueName: "S", help: `seed (default: ${DEFAULT_GENERATE_OPTIONS.seed})` },
    out: { type: "string", valueName: "DIR", help: "folder to create (must be new or empty)" },
    format: { type: "string", default: "jsonl", valueName: "FORMAT", help: "jsonl (default) or csv" },
    ontology: { type: "string", default: DEFAULT_ONTOLOGY, valueName: "FILE", help: `ontology to draw types from (default: ${DEFAULT_ONTOLOGY})` },
  },
  async run(values, _positionals, io) {
    const nodes = integerOption(values.nodes, "nodes", 2);
    const edges = integerOption(values.edges, "edges", 0);
    const seed = integerOption(values.seed, "seed") ?? DEFAULT_GENERATE_OPTIONS.seed;
    if (nodes === undefined) throw new UsageError("--nodes is required (how many entities to generate)");
    if (edges === undefined) throw new UsageError("--edges is required (how many relations to generate)");
    if (values.out === undefined) throw new UsageError("--out is required (a new folder to write the data into)");
    const format = String(values.format) as BulkFormat;
    if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${String(values.format)}"; formats: ${FORMATS.join(", ")}`);

    const ontologyPath = resolve(io.cwd, String(values.ontology));
    const shown = relative(io.cwd, ontologyPath) || ontologyPath;
    let ontologyText: string;
    try {
      ontologyText = await readFile(ontologyPath, "utf8");
    } catch {
      io.stderr(`actorgraph generate: cannot read the ontology ${shown}\n`);
      return EXIT.data;
    }
    const parsed = parseYaml({ path: shown, text: ontologyText });
    const ontology = readOntology(parsed);
    if (parsed.report.errors.length > 0) {
      for (const error of parsed.report.errors) io.stderr(`${formatDataError(error)}\n`);
      return EXIT.data;
    }

    const started = Date.now();
    const dataset = generateDataset({ nodes, edges, seed }, ontology);
    const out = String(values.out);
    try {
      await writeGeneratedFolder(resolve(io.cwd, out), dataset, ontologyText, format);
    } catch (error) {
      if (error instanceof FolderNotEmptyError) throw new UsageError(`${out} is not empty; choose a new folder`);
      throw error;
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    io.stdout(`wrote ${out}: ${dataset.entities.length} entities, ${dataset.relations.length} relations, ${dataset.sources.length} sources (${format}, seed ${seed}, ${seconds} s)\n`);
    return EXIT.ok;
  },
};
