// The pure core of loading: the text of every data file in, a validated dataset or every error out.
import type { Dataset } from "../model/dataset.ts";
import { sortDataErrors, type DataError } from "./data-error.ts";
import { readEntities } from "./read-entities.ts";
import { readOntology } from "./read-ontology.ts";
import { readRelations } from "./read-relations.ts";
import { readSources } from "./read-sources.ts";
import { parseYaml, type TextFile } from "./yaml-records.ts";

/** The text of a data folder, as the file reader (or a test) hands it over. */
export interface DataFiles {
  ontology: TextFile;
  /** The sources metadata file (sources/sources.yaml). */
  sources: TextFile;
  /** Text copies of the source documents, by file name within the sources folder. */
  sourceTexts: ReadonlyMap<string, string>;
  entities: TextFile[];
  relations: TextFile[];
}

/** Either a dataset that is safe to build, or every problem found. */
export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; errors: DataError[] };

/**
 * Validates a whole data folder at once and reports ALL problems, sorted by file and line.
 * Later checks still run when earlier ones fail (relations are checked against whatever
 * entities did load), so one pass shows the user everything to fix.
 */
export function validateFiles(files: DataFiles): LoadResult {
  const ontologyYaml = parseYaml(files.ontology);
  const ontology = readOntology(ontologyYaml);
  const sourcesYaml = parseYaml(files.sources);
  const sources = readSources(sourcesYaml, files.sourceTexts);
  const entityYaml = files.entities.map(parseYaml);
  const entityIndex = readEntities(entityYaml, ontology);
  const relationYaml = files.relations.map(parseYaml);
  const { relations, origins } = readRelations(relationYaml, { ontology, entities: entityIndex.byId, sources });

  const errors = [ontologyYaml, sourcesYaml, ...entityYaml, ...relationYaml].flatMap((parsed) => parsed.report.errors);
  if (errors.length > 0) return { ok: false, errors: sortDataErrors(errors) };
  return {
    ok: true,
    dataset: { ontology, sources, entities: entityIndex.entities, relations, origins: { entities: entityIndex.origins, relations: origins } },
  };
}
