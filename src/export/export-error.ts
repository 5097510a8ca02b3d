// The errors export functions throw at their callers' mistakes (bad options, a graph not built by buildGraph).

/** An export option has a value the writer cannot use; the message names it and what is accepted. */
export class ExportOptionError extends TypeError {
  override name = "ExportOptionError";
}

/**
 * The graph handed to a writer breaks the KnowledgeGraph contract (a malformed date, say).
 * Graphs from buildGraph never do; hand-assembled ones can.
 */
export class InvalidGraphError extends Error {
  override name = "InvalidGraphError";
}
