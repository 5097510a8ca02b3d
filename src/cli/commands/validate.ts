// `actorgraph validate`: check a data folder and list every problem with its location.
import { counted } from "../../model/wording.ts";
import { DATA_OPTION, type Command } from "../command.ts";
import { EXIT } from "../io.ts";
import { loadOrReport } from "../load-data.ts";
import { proposalCounts } from "../../model/review.ts";

/** Validates the data folder; exit 0 when clean, 1 with every located error otherwise. */
export const validateCommand: Command = {
  name: "validate",
  summary: "check the data folder and list every problem with file:line:column",
  usage: "validate [--data DIR]",
  details: () =>
    "Checks YAML syntax, fields, types against the ontology, ids, aliases, references, dates,\n" +
    "and that every evidence quote occurs verbatim in its source. Reports all problems at once.\n" +
    "Exit 0 when valid, 1 when the data has errors, 2 on a usage error.",
  options: { ...DATA_OPTION },
  async run(values, _positionals, io) {
    const dataset = await loadOrReport(values.data, io, { includeProposed: true });
    if (typeof dataset === "number") return dataset;
    const quotes = dataset.relations.reduce((n, r) => n + r.evidence.length, 0);
    io.stdout(
      `${String(values.data)} is valid: ${dataset.entities.length} entities, ${dataset.relations.length} relations, ` +
        `${quotes} evidence quotes in ${counted(dataset.sources.length, "source")}.\n`,
    );
    const pending = proposalCounts(dataset);
    if (pending) io.stdout(`Of these, proposed and not yet reviewed: ${pending} (actorgraph review SOURCE-ID lists them).\n`);
    return EXIT.ok;
  },
};
