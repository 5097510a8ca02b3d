// The sources index (sources/sources.yaml, .jsonl or .csv) -> Source records, each joined to its text copy.
import type { Source } from "../model/dataset.ts";
import type { SourceKind } from "../model/ontology.ts";
import { parsePartialDate } from "../model/partial-date.ts";
import { claimId, FirstDefinitions } from "./ids.ts";
import { didYouMean } from "./suggest.ts";
import type { DataError } from "./data-error.ts";
import { readTextRecords } from "./record-files.ts";
import type { TextFile } from "./yaml-records.ts";
import { LIMITS, limitedText } from "./limits.ts";

const SOURCE_FIELDS = ["id", "title", "kind", "date", "file", "url", "note"] as const;

/**
 * Reads the sources index (its format by its extension); `texts` maps each text file name in the
 * sources folder to its content, or to undefined when the file is there but was refused (already
 * reported). Returns the valid sources, the errors found, and the ids of listed sources that were
 * refused (so quotes citing them need no error of their own).
 */
export function readSources(index: TextFile, texts: ReadonlyMap<string, string | undefined>, kinds: readonly SourceKind[]): { sources: Source[]; errors: DataError[]; refusedIds: Set<string> } {
  const kindIds = kinds.map((k) => k.id);
  const seen = new FirstDefinitions();
  const sources: Source[] = [];
  const refusedIds = new Set<string>();
  const errors = readTextRecords(index, "source", (record) => {
    const id = claimId(record, seen, "source");
    record.rejectUnknownFields(SOURCE_FIELDS);
    const title = limitedText(record, "title", true, LIMITS.nameLength);
    const kind = limitedText(record, "kind", true, LIMITS.nameLength);
    // With no kinds at all the ontology's sourceKinds list is empty or broken, and its own error says so.
    // The source is kept, so quotes citing it are not also reported as citing an unknown source.
    if (kind !== undefined && !kindIds.includes(kind) && kindIds.length > 0) {
      const hint = didYouMean(kind, kindIds) ?? `the ontology's sourceKinds: ${kindIds.join(", ")}`;
      record.report.add(record.valueNode("kind"), "unknown-source-kind", `${record.name} has an unknown kind "${kind}"`, hint);
    }
    const date = record.dateText("date");
    const file = record.string("file", true);
    const url = record.string("url", false);
    const note = limitedText(record, "note", false);
    if (date !== undefined) {
      const parsedDate = parsePartialDate(date);
      if ("error" in parsedDate) record.report.add(record.valueNode("date"), "bad-date", `date of ${record.name}: ${parsedDate.error}`);
    }
    let text: string | undefined;
    if (file !== undefined) {
      text = texts.get(file);
      if (text !== undefined && text.trim() === "") {
        // Kept, so quotes citing it fail as "not in the source" rather than as an unknown source.
        record.report.add(record.valueNode("file"), "empty-value", `${record.name} names the file "${file}", which is empty`, "paste the document's plain text into it");
      } else if (!texts.has(file)) {
        const hint = didYouMean(file, texts.keys()) ?? "put the document's plain text in the sources folder, beside the index";
        record.report.add(record.valueNode("file"), "missing-file", `${record.name} names the file "${file}", which is not in the sources folder`, hint);
      }
    }
    if (!id || !title || !kind || !file || text === undefined) {
      if (id) refusedIds.add(id);
      return;
    }
    sources.push({ id, title, kind, file, text, ...(date ? { date } : {}), ...(url ? { url } : {}), ...(note ? { note } : {}) });
  });
  return { sources, errors, refusedIds };
}
