// Specification of the assistant on documents that are not ordinary prose: no crash, no hang, verbatim quotes at most.
import { describe, expect, it } from "vitest";
import { extractProposals, UnknownSourceError } from "../../src/extract/extract.ts";
import { LanguageError, parseLanguage } from "../../src/extract/language.ts";
import { MAX_SENTENCE_CHARS } from "../../src/extract/sentences.ts";
import { cli } from "../cli/cli-helpers.ts";
import { propose, worldDataset, worldFolder, WORLD_LANGUAGE } from "./invented-world.ts";

function quotesOf(text: string, options: { date?: string | null } = {}): string[] {
  const proposals = propose(text, options);
  return [...proposals.relations, ...proposals.additions].flatMap((r) => r.evidence.map((q) => q.quote));
}

describe("documents that are not ordinary prose", () => {
  it("an empty or blank document gives no proposals and one note", () => {
    // The loader refuses an empty file; a dataset made in code may still hold one.
    const made = worldDataset([{ id: "doc", text: "x" }]);
    for (const text of ["", "   \n\t\n"]) {
      const proposals = extractProposals({ ...made, sources: [{ ...made.sources[0]!, text }] }, "doc", { language: WORLD_LANGUAGE });
      expect([proposals.entities, proposals.aliases, proposals.relations, proposals.additions]).toEqual([[], [], [], []]);
      expect(proposals.notes).toEqual(['source "doc" has no text: nothing to propose']);
    }
  });

  it("text that is not prose (control characters, symbols) gives no crash and says nothing was found", () => {
    const proposals = propose("\u0001\u0002\u0007 ### %%% 0x00FF ;;; \u00ff\u00fe \u200b\u200b");
    expect(proposals.relations).toEqual([]);
    expect(proposals.notes).toEqual(['nothing to propose in source "doc": no cue of the ontology relates names in it']);
  });

  it("a long text with no sentence ends is cut into pieces, each quote verbatim and short enough to validate", () => {
    const text = "Valdoria supplied Norvask with Kestrel-9 drones and ".repeat(4000);
    const quotes = quotesOf(text);
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      expect(text).toContain(quote);
      expect(quote.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    }
  });

  it("a line of a million characters without a space is read without a crash", () => {
    const proposals = propose(`Norvask struck Port Halden. ${"x".repeat(1_000_000)} Estmark shot down Kestrel-9 drones.`);
    expect(proposals.relations.map((r) => `${r.source} -${r.type}-> ${r.target}`)).toEqual(["norvask -attacked-> port-halden", "estmark -intercepted-> kestrel-9"]);
  });

  it("right-to-left and mixed scripts: names are found around them and quotes stay verbatim", () => {
    const text = "قالت الوزارة إن Valdoria supplied Norvask with drones. אמר הדובר כי Norvask struck Port Halden ביום שני. Норваск: Estmark opposes Norvask.";
    const proposals = propose(text);
    expect(proposals.relations.map((r) => `${r.source} -${r.type}-> ${r.target}`)).toEqual(expect.arrayContaining(["valdoria -supplies-> norvask", "norvask -attacked-> port-halden", "estmark -opposes-> norvask"]));
    for (const quote of quotesOf(text)) expect(text).toContain(quote);
  });

  it("a name in a script without capitals is never proposed as an entity, and ids stay lower-case ASCII", () => {
    const proposals = propose("General Ωμέγα Σίγμα of Estmark said Norvask struck Port Halden.");
    for (const entity of proposals.entities) expect(entity.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});

describe("bad requests", () => {
  it("an unknown source id is an error naming the known ones", () => {
    const dataset = worldDataset([{ id: "harbour-report", text: "Norvask struck Port Halden." }]);
    expect(() => extractProposals(dataset, "harbour-reprot", { language: WORLD_LANGUAGE })).toThrow(UnknownSourceError);
  });

  it("a language file that is not a mapping of word lists is refused with its name", () => {
    expect(() => parseLanguage("xx", "stances: [not, a, mapping", "xx.yaml")).toThrow(LanguageError);
    expect(() => parseLanguage("xx", "speechVerbs: said", "xx.yaml")).toThrow(/xx\.yaml: "speechVerbs" must be a list of words/);
  });

  it("an unknown language is a usage error (exit 2) that says which file to write", async () => {
    const dir = worldFolder({ id: "report", text: "Norvask struck Port Halden." });
    const { code, stderr } = await cli(["extract", "report", "--data", dir, "--language", "zz"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/no language file for "zz": write src\/extract\/languages\/zz\.yaml/);
  });
});
