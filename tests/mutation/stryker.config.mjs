// Mutation testing of the core: `npm run mutate` (README, "Mutation testing"). Reports go to reports/mutation/ (git-ignored).
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
const config = {
  testRunner: "vitest",
  // tests/mutation/vitest.config.ts: the in-process, browser-free tests.
  vitest: { configFile: "tests/mutation/vitest.config.ts", related: false },
  // Each mutant runs only the tests that reached its code: a run fits on 2 cores.
  coverageAnalysis: "perTest",
  mutate: ["src/model/**/*.ts", "src/load/**/*.ts", "src/graph/**/*.ts", "src/query/**/*.ts", "src/export/**/*.ts"],
  // Code that runs when a module loads (tables, regular expressions, top-level constants) can only be
  // tested by running every test against each mutant; that costs most of a run, so this pass skips it
  // and `npm run mutate:static` runs it for the files where those tables are the behaviour.
  ignoreStatic: true,
  ignorePatterns: ["bench/cache", "build", "dist", "reports", "docs", ".stryker-tmp"],
  concurrency: 2,
  timeoutMS: 10_000,
  reporters: ["html", "json", "clear-text", "progress"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  // `npm run mutate -- --incremental` re-tests only mutants whose code or tests changed since this file was written.
  incrementalFile: "reports/mutation/incremental.json",
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};

export default config;
