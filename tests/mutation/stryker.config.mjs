// Mutation testing of one folder of the core; tests/mutation/mutate-core.ts runs it folder by folder
// (`npm run mutate`, README "Mutation testing"). Reports go to reports/mutation/<folder>/ (git-ignored).
const folder = process.env.MUTATE_FOLDER ?? "load";

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
const config = {
  testRunner: "vitest",
  // tests/mutation/vitest.config.ts: the folder's own suites, tests/<folder>/ (MUTATE_FOLDER).
  // `related` narrows them to the test files that import the mutated file.
  vitest: { configFile: "tests/mutation/vitest.config.ts", related: true },
  // Each mutant runs only the tests that reached its code.
  coverageAnalysis: "perTest",
  mutate: [`src/${folder}/**/*.ts`],
  // Code that runs when a module loads (tables, regular expressions, top-level constants) can only be
  // tested by running every test against each mutant; that costs most of a run, so this pass skips it
  // and `npm run mutate:static` runs it for the files where those tables are the behaviour.
  ignoreStatic: true,
  ignorePatterns: ["bench/cache", "build", "dist", "reports", "docs", ".stryker-tmp*"],
  concurrency: 2,
  // A mutant that loops is stopped 3 s past its tests' own time; each stop restarts a test worker.
  timeoutMS: 3_000,
  reporters: ["html", "json", "progress"],
  htmlReporter: { fileName: `reports/mutation/${folder}/index.html` },
  jsonReporter: { fileName: `reports/mutation/${folder}/mutation.json` },
  // `npm run mutate -- --incremental` re-tests only mutants whose code or tests changed since this file was written.
  incrementalFile: `reports/mutation/${folder}/incremental.json`,
  // One sandbox folder per folder mutated, so runs of two folders at once never remove each other's.
  tempDirName: `.stryker-tmp-${folder}`,
  cleanTempDir: "always",
};

export default config;
