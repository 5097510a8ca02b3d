// The generator's file-system side: writes a generated dataset as a data folder in a bulk format.
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { writeFileAtomic } from "../export/atomic-write.ts";
import type { GeneratedDataset } from "./dataset.ts";
import {
  chunkLines, entityCsv, entityCsvHeader, entityJson, relationCsv, relationCsvHeader, relationJson, sourceCsv, sourceCsvHeader, sourceJson, type BulkFormat,
} from "./records.ts";

/** Why a folder cannot be written into: it already holds something. */
export class FolderNotEmptyError extends Error {
  override name = "FolderNotEmptyError";
  constructor(readonly path: string) {
    super(`${path} is not empty; choose a new folder (the generator never mixes its files with existing data)`);
  }
}

async function isEmptyFolder(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return true;
    throw error;
  }
}

/**
 * Writes `dataset` into `dir` (which must be new or empty): ontology.yaml (the text given),
 * one text file per source in sources/, and the sources index, entities and relations in `format`
 * (sources/sources.jsonl, entities.jsonl and relations.jsonl at the root, or the .csv files). Every file is
 * written atomically and streamed, so a million relations never become one string.
 */
export async function writeGeneratedFolder(dir: string, dataset: GeneratedDataset, ontologyText: string, format: BulkFormat = "jsonl"): Promise<void> {
  if (!(await isEmptyFolder(dir))) throw new FolderNotEmptyError(dir);
  await writeFileAtomic(join(dir, "ontology.yaml"), [ontologyText]);
  for (const source of dataset.sources) await writeFileAtomic(join(dir, "sources", source.file), [source.text]);
  if (format === "jsonl") {
    await writeFileAtomic(join(dir, "sources", "sources.jsonl"), chunkLines(dataset.sources, sourceJson));
    await writeFileAtomic(join(dir, "entities.jsonl"), chunkLines(dataset.entities, entityJson));
    await writeFileAtomic(join(dir, "relations.jsonl"), chunkLines(dataset.relations, relationJson));
  } else {
    const evidenceCount = dataset.relations.reduce((max, r) => Math.max(max, r.evidence.length), 1);
    await writeFileAtomic(join(dir, "sources", "sources.csv"), chunkLines(dataset.sources, sourceCsv, sourceCsvHeader()));
    await writeFileAtomic(join(dir, "entities.csv"), chunkLines(dataset.entities, entityCsv, entityCsvHeader()));
    await writeFileAtomic(join(dir, "relations.csv"), chunkLines(dataset.relations, (r) => relationCsv(r, evidenceCount), relationCsvHeader(evidenceCount)));
  }
}
