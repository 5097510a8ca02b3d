// Data errors as values: where the problem is, what it is, and what to do about it.

/** Every kind of problem the loader reports; tests and tools can match on these. */
export type DataErrorCode =
  | "missing-file"
  | "duplicate-file"
  | "unreadable-file"
  | "yaml-syntax"
  | "yaml-alias"
  | "json-syntax"
  | "csv-syntax"
  | "wrong-shape"
  | "missing-field"
  | "unknown-field"
  | "wrong-type"
  | "empty-value"
  | "bad-id"
  | "bad-color"
  | "duplicate-id"
  | "alias-collision"
  | "unknown-entity-type"
  | "unknown-relation-type"
  | "unknown-relation-family"
  | "unknown-status"
  | "unknown-entity"
  | "unknown-source"
  | "unknown-source-kind"
  | "unknown-relation"
  | "endpoint-type"
  | "self-loop"
  | "bad-date"
  | "date-order"
  | "empty-evidence"
  | "quote-not-found"
  | "duplicate-relation-id"
  | "file-too-large"
  | "too-deep"
  | "too-long"
  | "invisible-character";

/** One located problem in the data folder. Lines and columns are 1-based. */
export interface DataError {
  /** Path as the user would type it, relative to the working folder. */
  file: string;
  line: number;
  column: number;
  code: DataErrorCode;
  message: string;
  /** What to do, e.g. "did you mean \"kyiv\"?" */
  hint?: string;
}

/** Renders an error the way compilers do: `file:line:column error[code]: message (hint)`. */
export function formatDataError(error: DataError): string {
  const where = `${error.file}:${error.line}:${error.column}`;
  const hint = error.hint ? `\n    hint: ${error.hint}` : "";
  return `${where} error[${error.code}]: ${error.message}${hint}`;
}

/** Orders errors by file, then position, so reports read top to bottom. */
export function sortDataErrors(errors: DataError[]): DataError[] {
  return [...errors].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code),
  );
}
