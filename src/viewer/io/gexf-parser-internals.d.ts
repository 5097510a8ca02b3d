// Types for graphology-gexf's parser factory, which it ships without declarations. The factory takes a DOMParser and a
// Document class: given @xmldom's, the parser runs where the browser's DOM does not, in a worker.

declare module "graphology-gexf/common/parser.js" {
  import type { AbstractGraph, GraphConstructor } from "graphology-types";
  type Parse = <G extends AbstractGraph>(Graph: GraphConstructor, source: unknown, options?: { allowUndeclaredAttributes?: boolean; respectInputGraphType?: boolean; addMissingNodes?: boolean }) => G;
  const createParserFunction: (DOMParser: unknown, Document: unknown) => Parse;
  export default createParserFunction;
}
