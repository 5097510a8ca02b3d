// A graph file (graphology JSON from `actorgraph build`, or GEXF) -> a knowledge graph the server can query, or why not in one line.
import { readFile } from "node:fs/promises";
import { MultiDirectedGraph, MultiGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import type { SerializedGraph } from "graphology-types";
import { toKnowledgeGraph } from "../graph/normalize.ts";
import { escapeSerializedGraph } from "../graph/safe-keys.ts";
import type { KnowledgeGraph } from "../graph/types.ts";

/** The graph read, or a message naming the file and what to do. */
export type OpenedGraph = { ok: true; graph: KnowledgeGraph } | { ok: false; message: string };

/**
 * Reads `path` (shown to the user as `shown`): a `.gexf` file with graphology-gexf, anything else as
 * graphology JSON. Attributes the file lacks get defaults, and corroboration is derived again from
 * the quotes, as the viewer does when it opens a file.
 */
export async function openGraphFile(path: string, shown: string): Promise<OpenedGraph> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    return { ok: false, message: `${shown}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
  const gexf = shown.toLowerCase().endsWith(".gexf");
  try {
    if (gexf) {
      // Entity declarations are how XML "billion laughs" files explode; GEXF never needs them.
      // The whole file is searched: a long comment first must not push a declaration out of sight.
      if (/<!(DOCTYPE|ENTITY)/i.test(text)) return { ok: false, message: `${shown}: XML with a DOCTYPE or entity declarations is not accepted; GEXF files have none` };
      // Into a mixed multigraph as it is: graphology-gexf would otherwise take a first `type="mutual"` edge for the graph's type, and fail.
      return { ok: true, graph: toKnowledgeGraph(parseGexf(MultiGraph, text, { allowUndeclaredAttributes: true, respectInputGraphType: true })) };
    }
    const data = JSON.parse(text) as { attributes?: unknown; nodes?: unknown; edges?: unknown };
    if (typeof data !== "object" || data === null || !Array.isArray(data.nodes)) throw new Error('it has no "nodes" list');
    // Ids such as "__proto__" renamed before graphology keeps them in plain objects (see safe-keys.ts).
    const loose = new MultiDirectedGraph({ allowSelfLoops: true });
    loose.import(escapeSerializedGraph({ ...data, nodes: data.nodes }).data as SerializedGraph);
    return { ok: true, graph: toKnowledgeGraph(loose) };
  } catch (error) {
    const kind = gexf ? "a readable GEXF graph" : "a graph JSON file";
    return { ok: false, message: `${shown}: not ${kind} (${(error as Error).message}); export one with \`actorgraph ${gexf ? "export --format gexf" : "build --out FILE.json"}\`` };
  }
}
