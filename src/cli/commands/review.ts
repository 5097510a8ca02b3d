// `actorgraph review SOURCE-ID`: list a document's pending proposals, or accept and reject them by id.
import { resolve } from "node:path";
import { counted } from "../../model/wording.ts";
import { pendingProposals, reviewedText, reviewProposals } from "../../extract/review-proposals.ts";
import { didYouMean } from "../../load/suggest.ts";
import { DATA_OPTION, type Command, type OptionValues } from "../command.ts";
import { EXIT } from "../io.ts";
import { loadOrReport } from "../load-data.ts";
import { readBothOrReport, writeBothChecked } from "../proposal-files.ts";

function ids(value: OptionValues[string]): string[] {
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return list.flatMap((v) => String(v).split(",")).map((v) => v.trim()).filter(Boolean);
}

/** Accepts (deletes the mark) or rejects (marks rejected) proposals of one document. */
export const reviewCommand: Command = {
  name: "review",
  summary: "list a document's proposals, or accept and reject them by id",
  usage: "review SOURCE-ID [--data DIR] [--accept ID]... [--reject ID]...",
  positionals: { min: 1, max: 1, names: "one SOURCE-ID whose proposals to review" },
  details: () =>
    "Without --accept or --reject, lists the records of DIR/entities/SOURCE-ID.proposed.yaml and\n" +
    "DIR/relations/SOURCE-ID.proposed.yaml still marked proposed, with the cue that fired.\n" +
    "--accept ID deletes the mark of the record with that id (a relation's or entity's id, or the\n" +
    "id an addTo record names); accepting a relation accepts the proposed entities it names.\n" +
    "--reject ID marks it \"review: rejected\": it stays in the file, so extract does not propose it\n" +
    "again; rejecting an entity rejects the proposed relations that name it. Both options repeat\n" +
    "and take comma-separated lists. Nothing is written when an id is unknown.\n" +
    "Exit codes: 0 done; 1 an unknown id or source, or a file that cannot be read; 2 usage errors.",
  options: {
    ...DATA_OPTION,
    accept: { type: "string", multiple: true, valueName: "ID", help: "accept the proposal with this id (repeatable, or comma-separated)" },
    reject: { type: "string", multiple: true, valueName: "ID", help: "reject the proposal with this id (repeatable, or comma-separated)" },
  },
  async run(values, positionals, io) {
    const sourceId = positionals[0]!;
    const dataName = String(values.data ?? "graph-data");
    const dir = resolve(io.cwd, dataName);
    const dataset = await loadOrReport(values.data, io, { includeProposed: true });
    if (typeof dataset === "number") return dataset;
    if (!dataset.sources.some((s) => s.id === sourceId)) {
      const hint = didYouMean(sourceId, dataset.sources.map((s) => s.id)) ?? "actorgraph add-source adds a document";
      io.stderr(`actorgraph review: unknown source "${sourceId}" in ${dataName}; ${hint}\n`);
      return EXIT.data;
    }
    const files = await readBothOrReport(dir, sourceId, io, "review");
    if (typeof files === "number") return files;
    const accept = ids(values.accept);
    const reject = ids(values.reject);
    if (accept.length === 0 && reject.length === 0) {
      const pending = pendingProposals(files.entities, files.relations);
      if (pending.length === 0) {
        io.stdout(`No proposals of source "${sourceId}" wait for review${files.relations.text === undefined ? ` (run actorgraph extract ${sourceId} first)` : ""}.\n`);
        return EXIT.ok;
      }
      io.stdout(`${counted(pending.length, "proposal")} of source "${sourceId}" to review:\n`);
      for (const p of pending) io.stdout(`  ${p.kind.padEnd(8)} ${p.id}\n           ${p.summary}\n           ${p.cue}\n`);
      return EXIT.ok;
    }
    const outcome = reviewProposals(files.entities, files.relations, accept, reject);
    if (outcome.unknown.length > 0) {
      const pending = pendingProposals(files.entities, files.relations).map((p) => p.id);
      for (const id of outcome.unknown) {
        const hint = didYouMean(id, pending) ?? (pending.length ? "`actorgraph review SOURCE-ID` lists the ids" : "no proposal waits for review");
        io.stderr(`actorgraph review: no proposal "${id}" of source "${sourceId}" waits for review; ${hint}\n`);
      }
      io.stderr("actorgraph review: nothing was written\n");
      return EXIT.data;
    }
    const code = await writeBothChecked(dir, files, { entities: reviewedText(files.entities), relations: reviewedText(files.relations) }, io, "review");
    if (code !== EXIT.ok) return code;
    const left = pendingProposals(files.entities, files.relations).length;
    io.stdout(`Accepted ${outcome.accepted.length}, rejected ${outcome.rejected.length}; ${counted(left, "proposal")} of source "${sourceId}" left to review.\n`);
    for (const id of outcome.accepted) io.stdout(`  accepted ${id}\n`);
    for (const id of outcome.rejected) io.stdout(`  rejected ${id}\n`);
    return EXIT.ok;
  },
};
