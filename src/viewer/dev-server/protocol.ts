// What the dev server and the page say to each other about the data: shared by both sides, so it imports nothing.

/** The graph file, relative to the page, in dev and in the built site. */
export const GRAPH_FILE = "graph.json";

/** The vite websocket event that announces a rebuilt (or broken) data folder. */
export const DATA_UPDATE_EVENT = "actorgraph:data";

/** A data error as the page shows it. */
export interface ShownDataError {
  file: string;
  line: number;
  column: number;
  message: string;
  /** The whole error as the CLI prints it. */
  text: string;
}

/** Sent after each rebuild: fetch the graph again when `errors` is empty, else show them. */
export interface DataUpdate {
  version: number;
  errors: ShownDataError[];
  /** False until the data has built once; the page then has no graph to keep. */
  hasGraph: boolean;
}
