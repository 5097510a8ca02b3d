// `actorgraph find TEXT`: the entities and relations a name matches, with the file and line each is defined at.
import { suggest } from "../../load/suggest.ts";
import type { Dataset } from "../../model/dataset.ts";
import { nameKey } from "../../model/names.ts";
import { STATUSES } from "../../model/status.ts";
import { counted } from "../../model/wording.ts";
import { findInDataset, type FindResult, type FoundRelation } from "../../query/find.ts";
import { DATA_OPTION, type Command } from "../command.ts";
import { EXIT, UsageError } from "../io.ts";
import { loadOrReport } from "../load-data.ts";


/** One line about a relation: its ends and items, when, its status, and what its documents say. */
export function relationSummary(relation: FoundRelation): string {
  const items = relation.items.length > 0 ? ` with ${relation.items.join(", ")}` : "";
  const when = relation.date === undefined ? "undated" : relation.end === undefined ? relation.date : `${relation.date} to ${relation.end}`;
  const stances = STATUSES.filter((s) => relation.stanceCounts[s] !== undefined);
  // The stance of each document is worth listing only when they do not all say what the relation says.
  const onlyItsStatus = stances.length === 1 && stances[0] === relation.status;
  const detail = onlyItsStatus ? "" : ` (${stances.map((s) => `${relation.stanceCounts[s]} ${s}`).join(", ")})`;
  return `${relation.source} -${relation.type}-> ${relation.target}${items}; ${when}; ${relation.status}; ${counted(relation.sourceCount, "source")}${detail}${relation.contested ? ", contested" : ""}`;
}

/** Renders what `find` found, each line led by the file:line it is defined at, or says that nothing matched. */
export function formatFindResult(result: FindResult, dataset: Dataset): string {
  const { entities, relations, query } = result;
  if (entities.length === 0 && relations.length === 0) {
    // Every name by its folded form, labels first so that a suggestion reads as the entity is called.
    const names = new Map<string, { name: string; id: string }>();
    for (const pick of [(e: Dataset["entities"][number]) => [e.label], (e: Dataset["entities"][number]) => [...e.aliases, e.id]]) {
      for (const entity of dataset.entities) for (const name of pick(entity)) if (!names.has(nameKey(name))) names.set(nameKey(name), { name, id: entity.id });
    }
    const close = suggest(nameKey(query), names.keys()).map((key) => names.get(key)!).map(({ name, id }) => (name === id ? `"${id}"` : `"${name}" (${id})`));
    return `Nothing matches "${query}": no entity's id, label or alias, no relation's id.${close.length ? ` Close names: ${close.join(", ")}.` : ""}\n`;
  }
  const where = (origin: { file: string; line: number }) => `${origin.file}:${origin.line}`;
  const width = Math.max(...[...entities, ...relations].map((r) => where(r.origin).length));
  const lines: string[] = [];
  if (entities.length > 0) {
    lines.push(`${counted(entities.length, "entity", "entities")} matching "${query}":`);
    for (const e of entities) {
      const aliases = e.aliases.length > 0 ? `, also ${e.aliases.join(", ")}` : "";
      lines.push(`  ${where(e.origin).padEnd(width)}  ${e.id}  ${e.label} (${e.type})${aliases}`);
    }
  }
  if (relations.length > 0) {
    if (lines.length > 0) lines.push("");
    const why = entities.length > 0 ? `involving ${entities.length === 1 ? "it" : "them"} or matching "${query}"` : `matching "${query}"`;
    lines.push(`${counted(relations.length, "relation")} ${why}:`);
    // Two spaces after the id, not a colon: derived relation ids are full of colons.
    for (const r of relations) lines.push(`  ${where(r.origin).padEnd(width)}  ${r.id}  ${relationSummary(r)}`);
  }
  return `${lines.join("\n")}\n`;
}

/** Lists the entities and relations matching a text, with where each is defined. */
export const findCommand: Command = {
  name: "find",
  summary: "the entities and relations a name matches, with the file:line each is defined at",
  usage: "find TEXT [--json] [--data DIR]",
  positionals: { min: 1, max: 1, names: "one TEXT to look for (quote it when it has spaces)" },
  details: () =>
    "Entities match when TEXT occurs in their id, label or an alias; case, accents and punctuation\n" +
    "do not matter (\"kestrel9\" finds Kestrel-9). Relations match when TEXT occurs in their id or when\n" +
    "they involve a matching entity, as either end or among their items. Each is listed with the\n" +
    "file:line of its record: the place to add to it, or to point an addTo record at.\n" +
    "Exit codes: 0 whether or not anything matches (nothing is an answer), 1 data errors, 2 usage errors.",
  options: {
    ...DATA_OPTION,
    json: { type: "boolean", help: "print the matches as JSON" },
  },
  async run(values, positionals, io) {
    const text = positionals[0]!;
    if (text.trim() === "") throw new UsageError("TEXT is empty");
    const dataset = await loadOrReport(values.data, io);
    if (typeof dataset === "number") return dataset;
    const result = findInDataset(dataset, text);
    io.stdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatFindResult(result, dataset));
    return EXIT.ok;
  },
};
