// `npm run mutate:static`: the module-level tables of quote matching and the input limits, every mutant against every test.
import config from "./stryker.config.mjs";

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  ...config,
  // The characters folded in quotes and the limits table are set when the module loads: static mutants.
  mutate: ["src/load/quote-match.ts", "src/load/limits.ts"],
  ignoreStatic: false,
  vitest: { ...config.vitest, configFile: "tests/mutation/vitest-static.config.ts" },
  reporters: ["html", "json", "clear-text", "progress"],
  htmlReporter: { fileName: "reports/mutation/static/index.html" },
  jsonReporter: { fileName: "reports/mutation/static/mutation.json" },
  incrementalFile: "reports/mutation/static/incremental.json",
  tempDirName: ".stryker-tmp-static",
};
