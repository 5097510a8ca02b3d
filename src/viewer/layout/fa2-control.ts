// ForceAtlas2 in a web worker, started and stopped by the user from the built positions.
import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { KnowledgeGraph } from "../../graph/types.ts";

/**
 * Runs the layout off the main thread. The worker writes positions into the graph and sigma
 * redraws on its own; this is the one place the viewer moves nodes (besides dragging).
 */
export class LayoutControl {
  private layout: FA2Layout | null = null;

  constructor(private graph: KnowledgeGraph) {}

  get running(): boolean {
    return this.layout?.isRunning() ?? false;
  }

  /** Starts (or resumes) ForceAtlas2 with settings inferred from the graph's size. */
  start(): void {
    if (!this.layout) {
      const settings = { ...forceAtlas2.inferSettings(this.graph), barnesHutOptimize: this.graph.order > 2000 };
      this.layout = new FA2Layout(this.graph, { settings });
    }
    this.layout.start();
  }

  stop(): void {
    this.layout?.stop();
  }

  /** Follows a new graph; a running layout on the old one is ended. */
  setGraph(graph: KnowledgeGraph): void {
    this.kill();
    this.graph = graph;
  }

  kill(): void {
    this.layout?.kill();
    this.layout = null;
  }
}
