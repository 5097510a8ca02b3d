// The tests `npm run mutate:static` runs: the loader's suites with the full-size inputs, which are the
// only ones to read files at the size limits the mutated table sets.
import { coreTests } from "./vitest.config.ts";

export default coreTests("load", []);
