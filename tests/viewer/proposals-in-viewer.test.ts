// Specification: the viewer's graph carries the proposals of `actorgraph extract`, marked, for the viewer's
// Proposals switch; ACTORGRAPH_INCLUDE_PROPOSED=0 leaves them out.
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
  it("are carried, marked, by default, and left out with includeProposed false (ACTORGRAPH_INCLUDE_PROPOSED=0)", async () => {
    const dir = worldFolder({ id: "report", text: "Norvask struck Port Halden.", date: "2023-04-12" });
    expect((await cli(["extract", "report", "--data", dir])).code).toBe(0);
    const withProposals = await builtGraph(graphDataPlugin({ dataDir: dir }));
    expect(withProposals.edges.map((e) => [e.key, e.attributes.review])).toEqual([["norvask:attacked:port-halden", "proposed"]]);
    expect((await builtGraph(graphDataPlugin({ dataDir: dir, includeProposed: false }))).edges).toEqual([]);
  });
});
