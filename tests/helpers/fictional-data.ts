// A small valid data folder about invented states, as text, for table-driven tests of the record rules.
import type { DataError } from "../../src/load/data-error.ts";
import { validateFiles, type DataFiles, type LoadResult } from "../../src/load/validate.ts";
import { tinyFiles } from "./tiny-data.ts";

/** The one source document, invented: every quote below is copied from it. */
export const FICTIONAL_TEXT = `Valdoria has sent Norvask twelve Kestrel-9 drones.
Norvask shelled Port Halden on 3 March 2031. Port Halden lies in Estmark.
Officials in Estmark said the shelling went on until April.
`;

export const FICTIONAL_SOURCES = `- id: doc
  title: A field report
  kind: report
  file: doc.txt
`;

export const FICTIONAL_ENTITIES = `- id: valdoria
  label: Valdoria
  type: state
  aliases: [Valdor]
  description: An invented state.
- id: norvask
  label: Norvask
  type: state
  description: An invented state.
- id: estmark
  label: Estmark
  type: state
  description: An invented state.
- id: port-halden
  label: Port Halden
  type: city
  aliases: [Halden]
  description: An invented port.
- id: kestrel-9
  label: Kestrel-9
  type: weapon
  description: An invented drone.
`;

export const FICTIONAL_RELATIONS = `- source: valdoria
  type: supplies
  target: norvask
  status: reported
  items: [kestrel-9]
  evidence:
    - source: doc
      quote: Valdoria has sent Norvask twelve Kestrel-9 drones.
- source: norvask
  type: attacked
  target: port-halden
  date: 2031-03-03
  status: reported
  evidence:
    - source: doc
      quote: Norvask shelled Port Halden on 3 March 2031.
- source: port-halden
  type: located-in
  target: estmark
  status: confirmed
  evidence:
    - source: doc
      quote: Port Halden lies in Estmark.
`;

/**
 * The fictional folder as in-memory files (the tiny folder's ontology: states, cities, weapons;
 * supplies, attacked, located-in), with any file's text replaced.
 */
export function fictionalFiles(overrides: Parameters<typeof tinyFiles>[0] = {}): DataFiles {
  return tinyFiles({ sources: FICTIONAL_SOURCES, entities: FICTIONAL_ENTITIES, relations: FICTIONAL_RELATIONS, text: FICTIONAL_TEXT, ...overrides });
}

/** One error as a user reads it: `file:line:column code: message (hint)`. */
export function shown(error: DataError): string {
  return `${error.file}:${error.line}:${error.column} ${error.code}: ${error.message}${error.hint ? ` (${error.hint})` : ""}`;
}

/** Every error of a validation as {@link shown}, or [] when the folder loads. */
export function errorLines(result: LoadResult): string[] {
  return result.ok ? [] : result.errors.map(shown);
}

/** Validates the fictional folder with overrides. */
export function validateFictional(overrides: Parameters<typeof tinyFiles>[0] = {}): LoadResult {
  return validateFiles(fictionalFiles(overrides));
}
