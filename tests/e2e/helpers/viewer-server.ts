// Starts the viewer for end-to-end tests: a production build served by vite preview, or the dev server, on a free port.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build, createServer, preview, type PreviewServer, type ViteDevServer } from "vite";
import { viewerViteConfig } from "../../../src/viewer/dev-server/viewer-vite-config.ts";

const ROOT = resolve(import.meta.dirname, "../../..");

/** A running viewer: its address and how to stop it. */
export interface RunningViewer {
  url: string;
  close(): Promise<void>;
}

function addressOf(server: { resolvedUrls: { local: string[] } | null }): string {
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("the viewer server reported no local address");
  return url;
}

/** Builds the static site for `dataDir` into a temporary folder and serves it as a static host would. */
export async function startBuiltViewer(dataDir: string): Promise<RunningViewer> {
  const outDir = mkdtempSync(join(tmpdir(), "actorgraph-dist-"));
  const config = { ...viewerViteConfig({ dataDir, outDir }), root: ROOT, configFile: false as const, logLevel: "warn" as const };
  await build(config);
  const server: PreviewServer = await preview({ ...config, preview: { port: 0, host: "127.0.0.1", strictPort: false } });
  return {
    url: addressOf(server),
    async close() {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** Starts vite's dev server on `dataDir`, watching it for changes like `npm start` does. */
export async function startDevViewer(dataDir: string): Promise<RunningViewer> {
  const server: ViteDevServer = await createServer({
    ...viewerViteConfig({ dataDir, debounceMs: 50 }),
    root: ROOT,
    configFile: false,
    logLevel: "warn",
    server: { port: 0, host: "127.0.0.1", strictPort: false },
    // A fresh dependency cache per run: two servers must not optimise into the same folder at once.
    cacheDir: mkdtempSync(join(tmpdir(), "actorgraph-vite-")),
  });
  await server.listen();
  return { url: addressOf(server), close: () => server.close() };
}
