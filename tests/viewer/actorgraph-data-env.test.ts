// Specification of ACTORGRAPH_DATA: "Set ACTORGRAPH_DATA=dir to view another data folder". The viewer's
// vite configuration (vite.config.ts -> viewerViteConfig) reads it when loaded; its graph data plugin
// then builds that folder into graph.json, for `vite build` and for the dev server alike.
import { basename, dirname } from "node:path";
import type { Plugin } from "vite";
import { afterEach, describe, expect, it, vi } from "vitest";
import { tinyFolder } from "../cli/cli-helpers.ts";
import { TINY_RELATIONS } from "../helpers/tiny-data.ts";

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  vi.resetModules();
});

/** The viewer's vite configuration, loaded afresh as `vite` loads it, with ACTORGRAPH_DATA set to `dataDir` (or unset). */
async function viewerConfigWith(dataDir: string | undefined) {
  vi.stubEnv("ACTORGRAPH_DATA", dataDir);
  vi.resetModules();
  const { viewerViteConfig } = await import("../../src/viewer/dev-server/viewer-vite-config.ts");
  const plugins = (viewerViteConfig().plugins ?? []).flat() as Plugin[];
  const plugin = plugins.find((p) => p?.name === "actorgraph-graph-data");
  if (!plugin) throw new Error("the viewer configuration has no graph data plugin");
  return plugin;
}

/** What the plugin emits as graph.json in `vite build`. */
async function builtGraph(plugin: Plugin): Promise<{ nodes: { key: string }[] }> {
  const emitted: { fileName: string; source: string }[] = [];
  const context = {
    emitFile: (file: { fileName: string; source: string }) => emitted.push(file),
    error: (message: string) => {
      throw new Error(message);
    },
  };
  await (plugin.generateBundle as unknown as (this: typeof context) => Promise<void>).call(context);
  expect(emitted.map((f) => f.fileName)).toEqual(["graph.json"]);
  return JSON.parse(emitted[0]!.source);
}

/** What the dev server answers to GET /graph.json through the plugin's middleware, and the paths it watches. */
async function servedGraph(plugin: Plugin): Promise<{ status: number; body: string; watched: string[] }> {
  type Middleware = (req: { url: string }, res: unknown, next: () => void) => Promise<void>;
  let middleware: Middleware | undefined;
  const watched: string[] = [];
  const server = {
    watcher: { add: (path: string) => watched.push(path), on: () => {} },
    middlewares: { use: (fn: Middleware) => (middleware = fn) },
    ws: { send: () => {} },
    config: { logger: { error: () => {} } },
  };
  (plugin.configureServer as unknown as (s: typeof server) => void)(server);
  let status = 200;
  let body = "";
  const res = {
    set statusCode(code: number) {
      status = code;
    },
    setHeader: () => {},
    end: (text: string) => (body = text),
  };
  await middleware!({ url: "/graph.json" }, res, () => {
    throw new Error("the plugin did not answer /graph.json");
  });
  return { status, body, watched };
}

const TINY_NODES = ["iran", "russia", "ukraine", "kyiv", "shahed-136"];

describe("ACTORGRAPH_DATA (the viewer's data folder)", () => {
  it("makes `vite build` put that folder's graph into graph.json", async () => {
    const dir = tinyFolder();
    const graph = await builtGraph(await viewerConfigWith(dir));
    expect(graph.nodes.map((n) => n.key)).toEqual(TINY_NODES);
  });

  it("makes the dev server serve that folder's graph at /graph.json and watch that folder", async () => {
    const dir = tinyFolder();
    const plugin = await viewerConfigWith(dir);
    const { status, body, watched } = await servedGraph(plugin);
    expect(status).toBe(200);
    expect(watched).toEqual([dir]);
    expect((JSON.parse(body) as { nodes: { key: string }[] }).nodes.map((n) => n.key)).toEqual(TINY_NODES);
  });

  it("reports the errors of a broken folder it names, with their file and line, instead of falling back to graph-data", async () => {
    const dir = tinyFolder({ relations: TINY_RELATIONS.replace("target: kyiv", "target: kiyv") });
    const failure = builtGraph(await viewerConfigWith(dir));
    await expect(failure).rejects.toThrow(`data errors in ${dir}:`);
    await expect(failure).rejects.toThrow(/relations\/main\.yaml:11:11 error\[unknown-entity\]: target "kiyv"/);
  });

  it("is read relative to the folder vite runs in", async () => {
    const dir = tinyFolder();
    vi.spyOn(process, "cwd").mockReturnValue(dirname(dir));
    const graph = await builtGraph(await viewerConfigWith(basename(dir)));
    expect(graph.nodes.map((n) => n.key)).toEqual(TINY_NODES);
  });

  it("defaults to the bundled graph-data when unset", async () => {
    const graph = await builtGraph(await viewerConfigWith(undefined));
    expect(graph.nodes.length).toBe(43);
    expect(graph.nodes.map((n) => n.key)).toEqual(expect.arrayContaining(["iran", "russia", "kyiv", "irgc"]));
  });
});
