// `actorgraph types`: the ontology's entity and relation types, statuses, source kinds, and what each means.
import { resolve } from "node:path";
import { STATUS_DESCRIPTIONS, STATUSES } from "../../model/status.ts";
import { DATA_OPTION, type Command } from "../command.ts";
import { EXIT } from "../io.ts";
import { loadOrReport } from "../load-data.ts";

/** Lists the vocabulary a data folder may use, read from its ontology. */
export const typesCommand: Command = {
  name: "types",
  summary: "list the entity types, relation types, statuses and source kinds the data may use",
  usage: "types [--data DIR]",
  options: { ...DATA_OPTION },
  async run(values, _positionals, io) {
    const dataset = await loadOrReport(values.data, io);
    if (typeof dataset === "number") return dataset;
    const { entityTypes, relationTypes } = dataset.ontology;
    const width = Math.max(...[...entityTypes, ...relationTypes, ...dataset.ontology.sourceKinds].map((t) => t.id.length), ...STATUSES.map((s) => s.length));
    const out = [`Ontology of ${resolve(io.cwd, String(values.data))}`, "", "Entity types:"];
    for (const t of entityTypes) out.push(`  ${t.id.padEnd(width)}  ${t.description}`);
    out.push("", "Relation types (source types -> target types):");
    for (const t of relationTypes) {
      out.push(`  ${t.id.padEnd(width)}  ${t.description}`, `  ${"".padEnd(width)}  ${t.from.join("|")} ${t.directed ? "->" : "<->"} ${t.to.join("|")}`);
    }
    out.push("", "Statuses:");
    for (const s of STATUSES) out.push(`  ${s.padEnd(width)}  ${STATUS_DESCRIPTIONS[s]}`);
    // What `add-source --kind` and a source's `kind:` may be.
    out.push("", "Source kinds:");
    for (const k of dataset.ontology.sourceKinds) out.push(`  ${k.id.padEnd(width)}  ${k.description}`);
    io.stdout(`${out.join("\n")}\n`);
    return EXIT.ok;
  },
};
