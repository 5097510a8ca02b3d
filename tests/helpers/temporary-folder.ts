// Every temporary folder a test makes: one prefix, and removed when its test file ends.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * The prefix every test's temporary folder shares, so `.ci/run` can check that none is left behind.
 * Kept in step with TEST_TMP_PREFIX in `.ci/run`.
 */
export const TEMPORARY_FOLDER_PREFIX = "actorgraph-test-";

const created = new Set<string>();

/**
 * A fresh empty folder in the system temporary folder, named `actorgraph-test-<label>-XXXXXX`.
 * It is removed after the test file that made it has run (see tests/setup/remove-temporary-folders.ts),
 * also when the test fails; call {@link removeTemporaryFolder} to remove it sooner.
 */
export function temporaryFolder(label = "tmp"): string {
  const folder = mkdtempSync(join(tmpdir(), `${TEMPORARY_FOLDER_PREFIX}${label}-`));
  created.add(folder);
  return folder;
}

/** Removes one folder made by {@link temporaryFolder} now (a large input a test no longer needs). */
export function removeTemporaryFolder(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  created.delete(folder);
}

/** Removes every folder made by {@link temporaryFolder} in this test file so far. */
export function removeTemporaryFolders(): void {
  for (const folder of created) removeTemporaryFolder(folder);
}
