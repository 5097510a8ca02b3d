// Specification: the viewer's graph leaves proposals of `actorgraph extract` out, as `build` does, unless asked.
import type { Plugin } from "vite";
import { describe, expect, it } from "vitest";
import { cli } from "../cli/cli-helpers.ts";
import { worldFolder } from "../extract/invented-world.ts";
import { graphDataPlugin } from "../../src/viewer/dev-server/graph-data-plugin.ts";

/** What the plugin emits as graph.json in `vite build`. */
async function builtGraph(plugin: Plugin): Promise<{ edges: { key: string; attributes: { review?: string } }[] }> {
  const emitted: { source: string }[] = [];
  const context = { emitFile: (file: { source: string }) => emitted.push(file), error: (message: string) => { throw new Error(message); } };
  await (plugin.generateBundle as unknown as (this: typeof context) => Promise<void>).call(context);
  return JSON.parse(emitted[0]!.source);
}

describe("proposals in the viewer's graph", () => {
  it("are left out by default and shown, marked, with includeProposed (ACTORGRAPH_INCLUDE_PROPOSED=1)", async () => {
    const dir = worldFolder({ id: "report", text: "Norvask struck Port Halden.", date: "2023-04-12" });
    expect((await cli(["extract", "report", "--data", dir])).code).toBe(0);
    expect((await builtGraph(graphDataPlugin({ dataDir: dir }))).edges).toEqual([]);
    const withProposals = await builtGraph(graphDataPlugin({ dataDir: dir, includeProposed: true }));
    expect(withProposals.edges.map((e) => [e.key, e.attributes.review])).toEqual([["norvask:attacked:port-halden", "proposed"]]);
  });
});
