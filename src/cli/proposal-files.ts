// Shared by extract and review: read a document's proposal files, write new texts, and check the folder still loads.
import { rm } from "node:fs/promises";
import { resolve } from "node:path";
import { shownPath } from "../edit/add-source.ts";
import { writeFileAtomic } from "../export/atomic-write.ts";
import { ProposalFileError, proposalPaths, readProposalFile, type ProposalFile } from "../extract/proposal-file.ts";
import { formatDataError } from "../load/data-error.ts";
import { loadDataFolder } from "../load/read-folder.ts";
import { EXIT, type CliIO } from "./io.ts";

/** Both proposal files of a source, or the exit code after printing why one cannot be read. */
export async function readBothOrReport(dir: string, sourceId: string, io: CliIO, command: string): Promise<{ entities: ProposalFile; relations: ProposalFile } | number> {
  const paths = proposalPaths(dir, sourceId);
  try {
    return {
      entities: await readProposalFile(paths.entities, shownPath(paths.entities, io.cwd)),
      relations: await readProposalFile(paths.relations, shownPath(paths.relations, io.cwd)),
    };
  } catch (error) {
    if (!(error instanceof ProposalFileError)) throw error;
    io.stderr(`${error.file}:${error.line}:${error.column} error: ${error.message}\nactorgraph ${command}: nothing was written\n`);
    return EXIT.data;
  }
}

/**
 * Writes both files (each atomically), then loads the folder again. Should the new files not
 * validate, the old ones are put back and the errors printed: a run never leaves the folder worse.
 */
export async function writeBothChecked(dir: string, files: { entities: ProposalFile; relations: ProposalFile }, texts: { entities: string; relations: string }, io: CliIO, command: string): Promise<number> {
  await writeFileAtomic(files.entities.path, [texts.entities]);
  await writeFileAtomic(files.relations.path, [texts.relations]);
  const result = await loadDataFolder(resolve(dir), { shownFrom: io.cwd });
  if (result.ok) return EXIT.ok;
  for (const file of [files.entities, files.relations]) {
    if (file.text === undefined) await rm(file.path, { force: true });
    else await writeFileAtomic(file.path, [file.text]);
  }
  for (const error of result.errors) io.stderr(`${formatDataError(error)}\n`);
  io.stderr(`actorgraph ${command}: the data folder would not validate with the new proposals; the previous files were put back\n`);
  return EXIT.data;
}
