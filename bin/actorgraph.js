#!/usr/bin/env node
// The installed `actorgraph` command: runs the compiled CLI (lib/, built by `npm run build:package`).
// Stack traces point at the TypeScript sources through the source maps shipped beside it.
process.setSourceMapsEnabled(true);
await import("../lib/cli/main.js");
