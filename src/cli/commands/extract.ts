// `actorgraph extract SOURCE-ID`: propose entities and relations a document states, for review.
import { resolve } from "node:path";
import { counted } from "../../model/wording.ts";
import { shownPath } from "../../edit/add-source.ts";
import { extractProposals, UnknownSourceError } from "../../extract/extract.ts";
import { LanguageError } from "../../extract/language.ts";
import { renderProposalFiles, withoutDecided } from "../../extract/proposal-file.ts";
import { didYouMean } from "../../load/suggest.ts";
import { withoutProposals } from "../../model/review.ts";
import { DATA_OPTION, type Command } from "../command.ts";
import { EXIT, UsageError } from "../io.ts";
import { loadOrReport } from "../load-data.ts";
import { readBothOrReport, writeBothChecked } from "../proposal-files.ts";


/** Reads one document of the folder and writes what it proposes into the document's own proposal files. */
export const extractCommand: Command = {
  name: "extract",
  summary: "propose the entities and relations a document states, each quoted verbatim, for review",
  usage: "extract SOURCE-ID [--data DIR] [--language CODE]",
  positionals: { min: 1, max: 1, names: "one SOURCE-ID: a source of the folder (add it first with add-source)" },
  details: () =>
    "Reads the source's text and writes DIR/entities/SOURCE-ID.proposed.yaml and\n" +
    "DIR/relations/SOURCE-ID.proposed.yaml: new entities (and aliases of known ones), new relations,\n" +
    "and quotes for relations already in the data (corroboration or denial). Every proposed record\n" +
    "is marked \"review: proposed\" with a confidence and a comment naming the cue that fired; its\n" +
    "quotes are sentences of the document, so they always validate. Proposed records are left out\n" +
    "of build, export, path, stats and neighbors unless --include-proposed.\n" +
    "A rerun writes the same bytes for the same input and keeps every decision: accepted records\n" +
    "(mark deleted) and rejected ones (\"review: rejected\") stay, and are not proposed again.\n" +
    "Cues come from the ontology (`cues:` of each type) and the language file\n" +
    "(src/extract/languages/CODE.yaml); nothing is downloaded.\n" +
    "Exit codes: 0 written; 1 data errors, an unknown source, or a proposal file that cannot be\n" +
    "read back (nothing is written over it); 2 usage errors.",
  options: {
    ...DATA_OPTION,
    language: { type: "string", default: "en", valueName: "CODE", help: "language of the document: a file of src/extract/languages (default: en)" },
  },
  async run(values, positionals, io) {
    const sourceId = positionals[0]!;
    const dataName = String(values.data ?? "graph-data");
    const dir = resolve(io.cwd, dataName);
    const dataset = await loadOrReport(values.data, io, { includeProposed: true });
    if (typeof dataset === "number") return dataset;
    const started = performance.now();
    let proposals;
    try {
      proposals = extractProposals(withoutProposals(dataset), sourceId, { language: String(values.language ?? "en") });
    } catch (error) {
      if (error instanceof UnknownSourceError) {
        const hint = didYouMean(sourceId, error.known) ?? (error.known.length ? `known sources: ${error.known.slice(0, 10).join(", ")}` : "add the document first with actorgraph add-source");
        io.stderr(`actorgraph extract: unknown source "${sourceId}" in ${dataName}; ${hint}\n`);
        return EXIT.data;
      }
      if (error instanceof LanguageError) throw new UsageError(error.message);
      throw error;
    }
    const files = await readBothOrReport(dir, sourceId, io, "extract");
    if (typeof files === "number") return files;
    const kept = withoutDecided(proposals, [files.entities, files.relations]);
    const texts = renderProposalFiles(kept, files.entities, files.relations);
    const code = await writeBothChecked(dir, files, texts, io, "extract");
    if (code !== EXIT.ok) return code;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const decided = [...files.entities.records, ...files.relations.records].filter((r) => r.get("review") !== "proposed").length;
    for (const note of kept.notes) io.stderr(`note: ${note}\n`);
    io.stdout(
      [
        `Proposed for source "${sourceId}" (${counted(proposals.words, "word")}, ${seconds} s):`,
        `  ${counted(kept.entities.length, "new entity", "new entities")}, ${counted(kept.aliases.length, "alias", "aliases")} of known entities -> ${shownPath(files.entities.path, io.cwd)}`,
        `  ${counted(kept.relations.length, "new relation")}, quotes for ${counted(kept.additions.length, "known relation")} -> ${shownPath(files.relations.path, io.cwd)}`,
        ...(decided ? [`  ${counted(decided, "earlier decision")} kept`] : []),
        "",
        "Next:",
        `  actorgraph review ${sourceId} --data ${dataName}            lists them with the cue that fired`,
        `  actorgraph review ${sourceId} --data ${dataName} --accept ID... --reject ID...`,
        `  actorgraph validate --data ${dataName}`,
        "",
      ].join("\n"),
    );
    return EXIT.ok;
  },
};
