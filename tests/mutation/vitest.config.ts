// The tests mutation testing runs: those that exercise the core in this process, without a browser.
import { resolve } from "node:path";
import { defineConfig, mergeConfig } from "vitest/config";
import base from "../../vite.config.ts";

/**
 * Left out: browser suites and the viewer's code (not mutated); the command line's and the
 * generator's suites, which reach the core through a whole load-build-query run per test, so every
 * loader mutant would run hundreds of them (a first full run went at 20 mutants a minute); tests
 * whose subject runs in a child process (invisible to per-test coverage, so they only add time);
 * and the randomised robustness properties (half a minute a run, checking "no crash", not values).
 * The core's own suites (tests/model, load, graph, query, export, data) must kill its mutants.
 */
const NOT_FOR_MUTATION = [
  "tests/e2e/**",
  "tests/viewer/**",
  "tests/cli/**",
  "tests/generate/**",
  "tests/robustness/**",
  "tests/api/library.test.ts",
  "tests/export/same-bytes.test.ts",
];

/**
 * The loader's full-size inputs (8, 50 and 64 MB): every loader mutant they reach would re-read
 * megabytes. limits.test.ts guards the same bounds with small inputs; `npm run mutate:static`, which
 * mutates the limits table itself, runs them too.
 */
export const FULL_SIZE_INPUTS = "tests/load/large-inputs.test.ts";

/** The core's in-process suites, less `alsoLeftOut`. */
export function coreTests(alsoLeftOut: string[]) {
  return mergeConfig(
    base,
    defineConfig({
      root: resolve(import.meta.dirname, "../.."),
      test: { exclude: [...NOT_FOR_MUTATION, ...alsoLeftOut, "node_modules/**"] },
    }),
  );
}

export default coreTests([FULL_SIZE_INPUTS]);
