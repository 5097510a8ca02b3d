// Types for the ForceAtlas2 package's step-by-step internals, which it ships without declarations.

declare module "graphology-layout-forceatlas2/iterate.js" {
  /** Runs one ForceAtlas2 iteration over the node and edge matrices, in place. */
  const iterate: (settings: Record<string, unknown>, nodes: Float32Array, edges: Float32Array) => void;
  export default iterate;
}

declare module "graphology-layout-forceatlas2/helpers.js" {
  const helpers: {
    graphToByteArrays(graph: unknown, getEdgeWeight: unknown): { nodes: Float32Array; edges: Float32Array };
    assignLayoutChanges(graph: unknown, nodes: Float32Array, outputReducer: null): void;
    validateSettings(settings: Record<string, unknown>): { message: string } | null;
  };
  export default helpers;
}

declare module "graphology-layout-forceatlas2/defaults.js" {
  const defaults: Record<string, unknown>;
  export default defaults;
}
