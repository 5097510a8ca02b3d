// Where the built viewer is, and how to write it out with a graph inside for any static host.
import { existsSync } from "node:fs";
import { cp, rename, rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { writeFileAtomic } from "../export/atomic-write.ts";
import { graphJsonChunks } from "../export/json.ts";
import type { KnowledgeGraph } from "../graph/types.ts";
import { SITE_GRAPH_FILE } from "./server.ts";

/**
 * The folders the built viewer may be in, first found wins: beside the compiled code in an installed
 * package (lib/viewer-site), or in a checkout after `npm run build:package` (lib/viewer-site) or
 * `npm run build` (dist/).
 */
export function viewerSiteCandidates(): string[] {
  const here = dirname(fileURLToPath(import.meta.url));
  return [resolve(here, "..", "viewer-site"), resolve(here, "..", "..", "lib", "viewer-site"), resolve(here, "..", "..", "dist")];
}

/** The built viewer's folder, or undefined when there is none (a checkout that was never built). */
export function findViewerSite(candidates: string[] = viewerSiteCandidates()): string | undefined {
  return candidates.find((dir) => existsSync(join(dir, "index.html")));
}

/**
 * Writes the viewer from `siteDir` with `graph` as its graph.json into `outDir`, whole or not at all:
 * it is assembled in a temporary folder beside `outDir` and renamed into place, replacing what was there.
 */
export async function writeSite(siteDir: string, graph: KnowledgeGraph, outDir: string): Promise<void> {
  const target = resolve(outDir);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  const previous = `${temporary}.old`;
  // A graph.json the site was built with is not copied: the one written below replaces it.
  const builtGraph = join(resolve(siteDir), SITE_GRAPH_FILE);
  try {
    await cp(siteDir, temporary, { recursive: true, filter: (source) => resolve(source) !== builtGraph });
    await writeFileAtomic(join(temporary, SITE_GRAPH_FILE), graphJsonChunks(graph));
    const replacing = existsSync(target);
    if (replacing) await rename(target, previous);
    await rename(temporary, target);
    if (replacing) await rm(previous, { recursive: true, force: true });
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
}
