// Property: whatever the text, every proposed quote is cut from it verbatim and the proposal files validate.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractProposals } from "../../src/extract/extract.ts";
import { readProposalFile, renderProposalFiles } from "../../src/extract/proposal-file.ts";
import { loadLanguage } from "../../src/extract/language.ts";
import { validateFiles } from "../../src/load/validate.ts";
import { ONTOLOGY, WORLD_ENTITIES, WORLD_LANGUAGE } from "./invented-world.ts";

const SEED = join(import.meta.dirname, "../../graph-data");
const SEED_ENTITIES = readFileSync(join(SEED, "entities", "iran-russia-drones.yaml"), "utf8");
const SEED_SENTENCES = readFileSync(join(SEED, "sources", "000_6f992f9c1acffc91.txt"), "utf8").split(/(?<=[.!?”])\s+/u);

/** Extracts from `text` with these entities known, then validates the proposal files as the loader would. */
async function extractAndValidate(text: string, entities: string, language = WORLD_LANGUAGE): Promise<void> {
  const files = (proposals?: { entities: string; relations: string }) => ({
    ontology: { path: "ontology.yaml", text: ONTOLOGY },
    sources: { path: "sources/sources.yaml", text: '- {id: doc, title: Doc, kind: report, file: doc.txt, date: "2023-04-12"}\n' },
    sourceTexts: new Map([["doc.txt", text]]),
    entities: [{ path: "entities/known.yaml", text: entities }, ...(proposals ? [{ path: "entities/doc.proposed.yaml", text: proposals.entities }] : [])],
    relations: proposals ? [{ path: "relations/doc.proposed.yaml", text: proposals.relations }] : [],
  });
  const before = validateFiles(files());
  if (!before.ok) throw new Error(before.errors[0]!.message);
  const proposals = extractProposals(before.dataset, "doc", { language });
  for (const quote of [...proposals.relations, ...proposals.additions].flatMap((r) => r.evidence)) expect(text).toContain(quote.quote);
  const empty = await readProposalFile("/nonexistent/actorgraph-none.yaml", "none.yaml");
  const rendered = renderProposalFiles(proposals, empty, { ...empty });
  const after = validateFiles(files(rendered));
  expect(after.ok ? [] : after.errors.map((e) => `${e.file}:${e.line} ${e.message}`)).toEqual([]);
}

describe("proposals for any text", () => {
  it("random strings: quotes verbatim, files valid", async () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom("Valdoria", "Norvask", "Port Halden", "Kestrel-9", "supplied", "struck", "denied", "said", "by", "to", "from", ".", ", ", "\n", "On Monday", "'s", "“", "”", "(SBG)", "Minister"),
    );
    await fc.assert(fc.asyncProperty(fc.array(piece, { maxLength: 30 }), async (pieces) => {
      const text = pieces.join(" ");
      if (text.trim() === "") return;
      await extractAndValidate(text, WORLD_ENTITIES);
    }), { numRuns: 60 });
  });

  it("shuffled sentences of the bundled article: quotes verbatim, files valid", async () => {
    await fc.assert(fc.asyncProperty(fc.shuffledSubarray(SEED_SENTENCES, { minLength: 1 }), async (sentences) => {
      await extractAndValidate(sentences.join(" "), SEED_ENTITIES, loadLanguage("en"));
    }), { numRuns: 25 });
  });
});
