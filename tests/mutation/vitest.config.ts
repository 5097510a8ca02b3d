// The tests mutation testing runs on a folder of the core: that folder's own specification.
import { resolve } from "node:path";
import { defineConfig } from "vitest/config";
import base from "../../vite.config.ts";

/**
 * Left out even there: tests whose subject runs in a child process (invisible to per-test
 * coverage, so they only add time).
 */
const NOT_FOR_MUTATION = ["tests/export/same-bytes.test.ts"];

/**
 * The loader's full-size inputs (8, 50 and 64 MB): every loader mutant they reach would re-read
 * megabytes. limits.test.ts guards the same bounds with small inputs; `npm run mutate:static`, which
 * mutates the limits table itself, runs them too.
 */
export const FULL_SIZE_INPUTS = "tests/load/large-inputs.test.ts";

/**
 * The suites of tests/<folder>/ (tests mirror src/), less `alsoLeftOut`. A folder's mutants must be
 * killed by its own specification: the command line's, generator's, viewer's and other folders'
 * suites reach the core too (the loader above all), and letting them run made each loader mutant
 * run some 200 tests and a run of src/load take an hour and a half.
 */
export function coreTests(folder: string, alsoLeftOut: string[]) {
  // Spread, not mergeConfig: merging would add to the project's include list instead of replacing it.
  return defineConfig({
    ...base,
    root: resolve(import.meta.dirname, "../.."),
    test: { ...base.test, include: [`tests/${folder}/**/*.test.ts`], exclude: [...NOT_FOR_MUTATION, ...alsoLeftOut, "node_modules/**"] },
  });
}

// tests/mutation/stryker.config.mjs names the folder (npm run mutate runs one folder at a time).
export default coreTests(process.env.MUTATE_FOLDER ?? "load", [FULL_SIZE_INPUTS]);
