// Builds what `npm pack` ships, from a clean lib/: the library and CLI compiled by tsc (JavaScript,
// declarations, source maps carrying their .ts), and the viewer built by vite without any graph in it
// (`actorgraph serve` and `actorgraph build --site` supply the graph).
import { execFileSync } from "node:child_process";
import { cpSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(root, "package.json"));
const lib = join(root, "lib");

/** Runs a dev tool's own command-line script with this node, from the repository root. */
function runTool(packageName, binPath, args) {
  const script = join(dirname(require.resolve(`${packageName}/package.json`)), binPath);
  execFileSync(process.execPath, [script, ...args], { cwd: root, stdio: "inherit" });
}

// Stale files from an older build (a module since renamed) must not reach the tarball.
rmSync(lib, { recursive: true, force: true });
runTool("typescript", "bin/tsc", ["-p", "tsconfig.build.json"]);
// The extraction assistant reads its language files (English cues, demonyms) beside its code.
cpSync(join(root, "src", "extract", "languages"), join(lib, "extract", "languages"), { recursive: true });
runTool("vite", "bin/vite.js", ["build", "--outDir", "lib/viewer-site", "--emptyOutDir", "--logLevel", "warn"]);
rmSync(join(lib, "viewer-site", "graph.json"), { force: true });
