// `actorgraph add-source FILE`: copy a document into the sources folder and list it in the sources index.
import { resolve } from "node:path";
import { AddSourceError, addSource, shownPath } from "../../edit/add-source.ts";
import { DEFAULT_SOURCE_KINDS } from "../../model/ontology.ts";
import { DATA_OPTION, type Command } from "../command.ts";
import { EXIT, UsageError } from "../io.ts";

const text = (value: unknown): string | undefined => (value === undefined ? undefined : String(value));

/** Adds one source document to the data folder, checking everything before writing anything. */
export const addSourceCommand: Command = {
  name: "add-source",
  summary: "copy a document into the sources folder and append its entry to the sources index",
  usage: "add-source FILE --title TITLE --kind KIND [--date DATE] [--url URL] [--id ID] [--data DIR]",
  positionals: { min: 1, max: 1, names: "one FILE: the document's plain text" },
  details: () =>
    "Copies FILE into DIR/sources under its own name and appends its entry (id, title, kind, date,\n" +
    "file, url) to the sources index, in the index's format (sources.yaml, .jsonl or .csv), after\n" +
    "what is there: comments and order are kept. The id is a slug of the file name without its\n" +
    "extension (\"Harbour Report.txt\" -> harbour-report) unless --id gives one. --kind is one of the\n" +
    "ontology's sourceKinds (`actorgraph types` lists them; an ontology without that section allows\n" +
    `${DEFAULT_SOURCE_KINDS.map((k) => k.id).join(", ")}).\n` +
    "Nothing is written unless everything is right; both files are written atomically.\n" +
    "Exit codes: 0 added; 1 refused (FILE missing, not UTF-8 or empty, the id or the file name\n" +
    "already in use, no sources index); 2 usage errors (a missing or bad --title, --kind, --date or --id).\n\n" +
    'Example: actorgraph add-source ~/harbour-report.txt --title "Harbour report" --kind report --date 2023-04-12',
  options: {
    data: { ...DATA_OPTION.data!, help: "data folder to add the source to (default: graph-data)" },
    title: { type: "string", valueName: "TITLE", help: "the document's title (required)" },
    kind: { type: "string", valueName: "KIND", help: "article, report, statement...: a source kind of the ontology (required)" },
    date: { type: "string", valueName: "DATE", help: "publication date: YYYY, YYYY-MM or YYYY-MM-DD" },
    url: { type: "string", valueName: "URL", help: "where the document was published" },
    id: { type: "string", valueName: "ID", help: "the source id (default: a slug of the file name)" },
  },
  async run(values, positionals, io) {
    const dataName = String(values.data ?? "graph-data");
    const dir = resolve(io.cwd, dataName);
    let added;
    try {
      added = await addSource(
        dir,
        { file: positionals[0]!, title: text(values.title), kind: text(values.kind), date: text(values.date), url: text(values.url), id: text(values.id) },
        { shownFrom: io.cwd },
      );
    } catch (error) {
      if (!(error instanceof AddSourceError)) throw error;
      if (error.reason === "option") throw new UsageError(error.message);
      io.stderr(`actorgraph add-source: ${error.message}; nothing was written\n`);
      return EXIT.data;
    }
    const { entry } = added;
    const shown = (path: string) => shownPath(path, io.cwd);
    const relations = shown(resolve(dir, "relations", `${entry.id}.yaml`));
    const entities = shown(resolve(dir, "entities", `${entry.id}.yaml`));
    io.stdout(
      [
        `Added source "${entry.id}" (${entry.kind}${entry.date ? `, ${entry.date}` : ""}): ${entry.title}`,
        `  text copied to ${shown(added.textPath)}`,
        `  entry appended at ${shown(added.indexPath)}:${added.indexLine}`,
        "",
        "Next:",
        `  1. Write what it says in a relations file of its own, ${relations}:`,
        `     new relations quoting it (evidence: [{source: ${entry.id}, quote: ...}]), and`,
        '     "- addTo: <relation id>" records with evidence for relations defined elsewhere',
        "     (`actorgraph find NAME` shows their ids and files).",
        '  2. New entities, and "- addTo: <entity id>" records with aliases for known ones, go in',
        `     ${entities}.`,
        `  3. Check it: actorgraph validate --data ${dataName}`,
        "",
      ].join("\n"),
    );
    return EXIT.ok;
  },
};
