// A tiny valid data folder, as text, for tests that break one thing at a time.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DataFiles } from "../../src/load/validate.ts";
import { temporaryFolder } from "./temporary-folder.ts";

export const TINY_ONTOLOGY = `entityTypes:
  - id: state
    label: State
    description: A state.
    color: "#d62728"
  - id: city
    label: City
    description: A city.
    color: "#2ca02c"
  - id: weapon
    label: Weapon
    description: A weapon.
    color: "#8c564b"
relationTypes:
  - id: supplies
    label: supplies
    description: Provides weapons.
    color: "#d62728"
    directed: true
    from: [state]
    to: [state]
  - id: attacked
    label: attacked
    description: Struck.
    color: "#000000"
    directed: true
    from: [state]
    to: [state, city]
  - id: located-in
    label: located in
    description: Lies within.
    color: "#2ca02c"
    directed: true
    from: [city]
    to: [state]
`;

export const TINY_SOURCE_TEXT =
  "Iran has provided Russia with “suicide drones”.\nRussia used Iranian drones in an attack on Kyiv on 28 May 2023. Kyiv is in Ukraine.\n";

export const TINY_SOURCES = `- id: doc
  title: A test document
  kind: article
  file: doc.txt
`;

export const TINY_ENTITIES = `- id: iran
  label: Iran
  type: state
  aliases: [Tehran]
  description: A state.
- id: russia
  label: Russia
  type: state
  aliases: [Moscow]
  description: A state.
- id: ukraine
  label: Ukraine
  type: state
  description: A state.
- id: kyiv
  label: Kyiv
  type: city
  aliases: [Kiev]
  description: Capital of Ukraine.
- id: shahed-136
  label: Shahed-136
  type: weapon
  description: A drone.
`;

export const TINY_RELATIONS = `- source: iran
  type: supplies
  target: russia
  status: reported
  items: [shahed-136]
  evidence:
    - source: doc
      quote: "Iran has provided Russia with \\"suicide drones\\""
- source: russia
  type: attacked
  target: kyiv
  date: 2023-05-28
  status: reported
  evidence:
    - source: doc
      quote: Russia used Iranian drones in an attack on Kyiv on 28 May 2023.
- source: kyiv
  type: located-in
  target: ukraine
  status: reported
  evidence:
    - source: doc
      quote: Kyiv is in Ukraine.
`;

/** The tiny folder as in-memory files, with any file's text replaced. */
export function tinyFiles(overrides: Partial<Record<"ontology" | "sources" | "entities" | "relations" | "text", string>> = {}): DataFiles {
  return {
    ontology: { path: "data/ontology.yaml", text: overrides.ontology ?? TINY_ONTOLOGY },
    sources: { path: "data/sources/sources.yaml", text: overrides.sources ?? TINY_SOURCES },
    sourceTexts: new Map([["doc.txt", overrides.text ?? TINY_SOURCE_TEXT]]),
    entities: [{ path: "data/entities/main.yaml", text: overrides.entities ?? TINY_ENTITIES }],
    relations: [{ path: "data/relations/main.yaml", text: overrides.relations ?? TINY_RELATIONS }],
  };
}

/** Writes the tiny folder (with overrides) to a fresh temporary folder, removed when the test file ends, and returns its path. */
export function writeTinyFolder(overrides: Parameters<typeof tinyFiles>[0] = {}): string {
  const dir = temporaryFolder("tiny");
  const files = tinyFiles(overrides);
  mkdirSync(join(dir, "sources"));
  mkdirSync(join(dir, "entities"));
  mkdirSync(join(dir, "relations"));
  writeFileSync(join(dir, "ontology.yaml"), files.ontology.text);
  writeFileSync(join(dir, "sources", "sources.yaml"), files.sources.text);
  writeFileSync(join(dir, "sources", "doc.txt"), files.sourceTexts.get("doc.txt")!);
  writeFileSync(join(dir, "entities", "main.yaml"), files.entities[0]!.text);
  writeFileSync(join(dir, "relations", "main.yaml"), files.relations[0]!.text);
  return dir;
}
