// The core of loading: the text (or streamed records) of every data file in, a validated dataset or every error out.
import type { Dataset, Source } from "../model/dataset.ts";
import type { Ontology } from "../model/ontology.ts";
import { sortDataErrors, type DataError, type DataErrorCode } from "./data-error.ts";
import { EntityReader } from "./read-entities.ts";
import { readOntology } from "./read-ontology.ts";
import { RelationReader } from "./read-relations.ts";
import { readSources } from "./read-sources.ts";
import { readStreamRecords, readTextRecords } from "./record-files.ts";
import { parseYaml, type TextFile } from "./yaml-records.ts";

/** The text of a data folder, as the file reader (or a test) hands it over. */
export interface DataFiles {
  ontology: TextFile;
  /** The sources index (sources/sources.yaml, or .jsonl / .csv: the extension says the format). */
  sources: TextFile;
  /**
   * Text copies of the source documents, by file name within the sources folder; undefined for a
   * file that is there but could not be read (its error is reported by whoever read it).
   */
  sourceTexts: ReadonlyMap<string, string | undefined>;
  /** Entity files; the extension says the format: .yaml/.yml, .jsonl or .csv. */
  entities: TextFile[];
  /** Relation files, in the same formats. */
  relations: TextFile[];
}

/** Errors that stop a whole file from being read, rather than one record. */
const FILE_LEVEL = new Set<DataErrorCode>(["yaml-syntax", "yaml-alias", "too-deep", "file-too-large", "unreadable-file", "wrong-shape", "json-syntax", "csv-syntax"]);

/** Either a dataset that is safe to build, or every problem found. */
export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; errors: DataError[] };

/**
 * One validation of a data folder, fed file by file: ontology and sources first, then every
 * entity file, then every relation file (relations are checked against all entities). Entity and
 * relation files may be YAML held in memory or JSONL/CSV streamed from disk; the same rules run
 * over all of them. Later checks still run when earlier ones fail, so one pass shows everything.
 */
export class FolderValidation {
  private readonly errors: DataError[] = [];
  private readonly ontology: Ontology;
  private readonly sources: Source[];
  private readonly refusedSources: ReadonlySet<string>;
  private readonly entities: EntityReader;
  private relationReader: RelationReader | undefined;

  constructor(ontology: TextFile, sources: TextFile, sourceTexts: ReadonlyMap<string, string | undefined>) {
    const ontologyYaml = parseYaml(ontology);
    this.ontology = readOntology(ontologyYaml);
    const read = readSources(sources, sourceTexts, this.ontology.sourceKinds);
    this.sources = read.sources;
    this.refusedSources = read.refusedIds;
    this.errors.push(...ontologyYaml.report.errors, ...read.errors);
    this.entities = new EntityReader(this.ontology);
  }

  private get relations(): RelationReader {
    if (this.relationReader) return this.relationReader;
    // Aliases added from other files are given before any relation is read, so relations see every name.
    this.errors.push(...this.entities.finish());
    const { byId, rejected, incomplete } = this.entities.index;
    this.relationReader = new RelationReader({ ontology: this.ontology, entities: byId, sources: this.sources, unsettled: { rejected, incomplete, refusedSources: this.refusedSources } });
    return this.relationReader;
  }

  private collect(errors: DataError[]): void {
    for (const error of errors) {
      this.errors.push(error);
      if (!FILE_LEVEL.has(error.code)) continue;
      // A file that could not be read before relations are checked may hold any entity; one read
      // after, any relation that evidence is added to.
      if (this.relationReader) this.relationReader.incomplete = true;
      else this.entities.index.incomplete = true;
    }
  }

  /** Reads an entity file held in memory. */
  entityText(file: TextFile): void {
    if (this.relationReader) throw new Error("entity files must all be read before the first relation file");
    this.collect(readTextRecords(file, "entity", (record) => this.entities.read(record)));
  }

  /** Streams a JSONL or CSV entity file. */
  async entityStream(path: string, chunks: AsyncIterable<Uint8Array | string>, format: "jsonl" | "csv"): Promise<void> {
    if (this.relationReader) throw new Error("entity files must all be read before the first relation file");
    this.collect(await readStreamRecords(path, chunks, format, "entity", (record) => this.entities.read(record)));
  }

  /** Reads a relation file held in memory. */
  relationText(file: TextFile): void {
    const reader = this.relations;
    this.collect(readTextRecords(file, "relation", (record) => reader.read(record)));
  }

  /** Streams a JSONL or CSV relation file. */
  async relationStream(path: string, chunks: AsyncIterable<Uint8Array | string>, format: "jsonl" | "csv"): Promise<void> {
    const reader = this.relations;
    this.collect(await readStreamRecords(path, chunks, format, "relation", (record) => reader.read(record)));
  }

  /** Adds errors found outside the rules (unreadable files). */
  addErrors(errors: DataError[]): void {
    this.collect(errors);
  }

  /** The dataset, or every error sorted by file and position. */
  finish(): LoadResult {
    const relations = this.relations;
    this.errors.push(...relations.finish());
    if (this.errors.length > 0) return { ok: false, errors: sortDataErrors(this.errors) };
    const index = this.entities.index;
    const origins = {} as Dataset["origins"];
    // Built on first read: a table keyed by a million relation ids costs time and memory that the
    // build never needs (see RelationReader).
    lazyProperty(origins, "entities", () => index.origins);
    lazyProperty(origins, "relations", () => relations.origins);
    return {
      ok: true,
      dataset: { ontology: this.ontology, sources: this.sources, entities: index.entities, relations: relations.relations, origins },
    };
  }
}

/** Defines `target[key]` as an ordinary enumerable, writable property whose value is computed on first read. */
function lazyProperty<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
  const settle = (value: T[K]) => Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      const value = compute();
      settle(value);
      return value;
    },
    set: (value: T[K]) => settle(value),
  });
}

/**
 * Validates a whole data folder held in memory and reports ALL problems, sorted by file and line.
 * Entity and relation files may be YAML, JSONL or CSV (by extension).
 */
export function validateFiles(files: DataFiles): LoadResult {
  const validation = new FolderValidation(files.ontology, files.sources, files.sourceTexts);
  for (const file of files.entities) validation.entityText(file);
  for (const file of files.relations) validation.relationText(file);
  return validation.finish();
}
