// An invented world for the extraction specifications: states, places, a weapon and people that do not exist.
import { readFileSync } from "node:fs";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { extractProposals } from "../../src/extract/extract.ts";
import { loadLanguage, type Language } from "../../src/extract/language.ts";
import type { Proposals, ProposedRelation } from "../../src/extract/proposals.ts";
import { validateFiles } from "../../src/load/validate.ts";
import type { Dataset } from "../../src/model/dataset.ts";
import { temporaryFolder } from "../helpers/temporary-folder.ts";

/** The bundled ontology, cues included: the assistant is specified against the real table. */
export const ONTOLOGY = readFileSync(join(import.meta.dirname, "../../graph-data/ontology.yaml"), "utf8");

export const WORLD_ENTITIES = `
- {id: valdoria, label: Valdoria, type: state, aliases: [Valdorian government], description: An invented state.}
- {id: norvask, label: Norvask, type: state, aliases: [Halvik], description: An invented state; Halvik is its capital.}
- {id: estmark, label: Estmark, type: state, description: An invented state.}
- {id: northern-pact, label: Northern Pact, type: coalition, description: An invented alliance.}
- {id: port-halden, label: Port Halden, type: city, description: An invented port.}
- {id: sorrel-peninsula, label: Sorrel Peninsula, type: region, description: An invented peninsula.}
- {id: kestrel-9, label: Kestrel-9, type: weapon, aliases: [Kestrel 9], description: An invented drone.}
- {id: halden-grid, label: Halden power grid, type: infrastructure, description: An invented grid.}
- {id: varn-plant, label: Varn drone plant, type: infrastructure, description: An invented factory.}
- {id: norvask-drone-corps, label: Norvask Drone Corps, type: organization, aliases: [NDC], description: An invented unit.}
- {id: halden-courier, label: Halden Courier, type: organization, description: An invented newspaper.}
- {id: ilse-marrow, label: Ilse Marrow, type: official, description: An invented minister.}
- {id: lake-war, label: Lake War, type: event, description: An invented war.}
- {id: ostra-accord, label: Ostra Accord, type: law, description: An invented treaty.}
`;

/** English, with the adjectives of the invented states added: an adjective list is data, not code. */
export const WORLD_LANGUAGE: Language = {
  ...loadLanguage("en"),
  demonyms: { ...loadLanguage("en").demonyms, Valdorian: "Valdoria", Norvaskan: "Norvask", Estmarkian: "Estmark" },
};

/** One document of the invented world. */
export interface WorldDocument {
  id: string;
  text: string;
  date?: string;
}

function sourcesYaml(documents: readonly WorldDocument[]): string {
  return documents.map((d) => `- {id: ${d.id}, title: "Invented ${d.id}", kind: report, file: ${d.id}.txt${d.date ? `, date: "${d.date}"` : ""}}`).join("\n") + "\n";
}

/** The invented world with these documents and relations, validated in memory. */
export function worldDataset(documents: readonly WorldDocument[], relations = "", entities = WORLD_ENTITIES): Dataset {
  const result = validateFiles({
    ontology: { path: "ontology.yaml", text: ONTOLOGY },
    sources: { path: "sources/sources.yaml", text: sourcesYaml(documents) },
    sourceTexts: new Map(documents.map((d) => [`${d.id}.txt`, d.text])),
    entities: [{ path: "entities/world.yaml", text: entities }],
    relations: relations ? [{ path: "relations/world.yaml", text: relations }] : [],
  });
  if (!result.ok) throw new Error(`invented world does not validate: ${result.errors.map((e) => e.message).join("; ")}`);
  return result.dataset;
}

/** What the assistant proposes for one invented document (dated 2023-04-12, a Wednesday, unless given). */
export function propose(text: string, options: { date?: string | null; relations?: string; entities?: string } = {}): Proposals {
  const date = options.date === null ? undefined : (options.date ?? "2023-04-12");
  const dataset = worldDataset([{ id: "doc", text, ...(date ? { date } : {}) }], options.relations, options.entities);
  return extractProposals(dataset, "doc", { language: WORLD_LANGUAGE });
}

/** The proposed relation with these ends and type, if any. */
export function relation(proposals: Proposals, source: string, type: string, target: string): ProposedRelation | undefined {
  return proposals.relations.find((r) => r.source === source && r.type === type && r.target === target);
}

/** "source -type-> target" of every proposed relation, for readable failures. */
export function claims(proposals: Proposals): string[] {
  return proposals.relations.map((r) => `${r.source} -${r.type}-> ${r.target}`);
}

/** The invented world as a data folder on disk (for the command line), with one document. */
export function worldFolder(document: WorldDocument, relations = ""): string {
  const dir = temporaryFolder("extract");
  for (const sub of ["sources", "entities", "relations"]) mkdirSync(join(dir, sub));
  writeFileSync(join(dir, "ontology.yaml"), ONTOLOGY);
  writeFileSync(join(dir, "sources", "sources.yaml"), sourcesYaml([document]));
  writeFileSync(join(dir, "sources", `${document.id}.txt`), document.text);
  writeFileSync(join(dir, "entities", "world.yaml"), WORLD_ENTITIES);
  if (relations) writeFileSync(join(dir, "relations", "world.yaml"), relations);
  return dir;
}
