// Programmer errors of the query API: a typed class per kind, each message naming the bad value and the fix.

/** A query was given an entity id that is not a node of the graph (resolve names with `resolveEntity` first). */
export class UnknownEntityError extends Error {
  override name = "UnknownEntityError";
  constructor(
    readonly entity: string,
    hint?: string,
  ) {
    super(`unknown entity "${entity}"${hint ? ` — ${hint}` : ""}; pass an entity id, or resolve a name with resolveEntity() first`);
  }
}

/** Query options that cannot be used as given (unknown relation type, malformed date, maxHops of 0...). */
export class QueryOptionError extends Error {
  override name = "QueryOptionError";
  constructor(
    /** The option at fault, e.g. `from` or `includeRelationTypes`. */
    readonly option: string,
    message: string,
  ) {
    super(message);
  }
}
