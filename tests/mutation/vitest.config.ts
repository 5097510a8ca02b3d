// The tests mutation testing runs: those that exercise the core in this process, without a browser.
import { resolve } from "node:path";
import { defineConfig, mergeConfig } from "vitest/config";
import base from "../../vite.config.ts";

/**
 * Left out: browser suites and the viewer's code (not mutated), tests whose subject runs in a child
 * process (a mutant there is invisible to per-test coverage, so they only add time), and the
 * randomised robustness properties (half a minute a run, and they check "no crash", not values).
 */
export const NOT_FOR_MUTATION = [
  "tests/e2e/**",
  "tests/viewer/**",
  "tests/robustness/**",
  "tests/api/library.test.ts",
  "tests/cli/installed-command.test.ts",
  "tests/export/same-bytes.test.ts",
];

export default mergeConfig(
  base,
  defineConfig({
    root: resolve(import.meta.dirname, "../.."),
    test: { exclude: [...NOT_FOR_MUTATION, "node_modules/**"] },
  }),
);
