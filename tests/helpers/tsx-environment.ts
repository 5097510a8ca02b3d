// The environment for a child process that loads TypeScript through tsx.

/**
 * `env` (the test runner's environment by default) with tsx's compile cache turned off, as
 * `tsx --no-cache` does. Otherwise every `node --import tsx` child fills a shared
 * `$TMPDIR/tsx-<uid>` folder that outlives the test run.
 */
export function tsxEnvironment(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, TSX_DISABLE_CACHE: "1" };
}
