// Starts the viewer for end-to-end tests: a production build served by vite preview, or the dev server, on a free port.
import { resolve } from "node:path";
import { build, createServer, preview, type PreviewServer, type ViteDevServer } from "vite";
import { viewerViteConfig } from "../../../src/viewer/dev-server/viewer-vite-config.ts";
import { removeTemporaryFolder, temporaryFolder } from "../../helpers/temporary-folder.ts";

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
  const outDir = temporaryFolder("dist");
  const config = { ...viewerViteConfig({ dataDir, outDir }), root: ROOT, configFile: false as const, logLevel: "warn" as const };
  let server: PreviewServer;
  try {
    await build(config);
    server = await preview({ ...config, preview: { port: 0, host: "127.0.0.1", strictPort: false } });
  } catch (error) {
    removeTemporaryFolder(outDir);
    throw error;
  }
  return {
    url: addressOf(server),
    async close() {
      try {
        await server.close();
      } finally {
        removeTemporaryFolder(outDir);
      }
    },
  };
}

/** Starts vite's dev server on `dataDir`, watching it for changes like `npm start` does. */
export async function startDevViewer(dataDir: string): Promise<RunningViewer> {
  // A fresh dependency cache per run: two servers must not optimise into the same folder at once.
  const cacheDir = temporaryFolder("vite-cache");
  let server: ViteDevServer | undefined;
  const close = async () => {
    try {
      await server?.close();
    } finally {
      removeTemporaryFolder(cacheDir);
    }
  };
  try {
    server = await createServer({
      ...viewerViteConfig({ dataDir, debounceMs: 50 }),
      root: ROOT,
      configFile: false,
      logLevel: "warn",
      server: { port: 0, host: "127.0.0.1", strictPort: false },
      cacheDir,
    });
    await server.listen();
    return { url: addressOf(server), close };
  } catch (error) {
    await close();
    throw error;
  }
}
