// Specification of the sources index: each source's kind, date and text file checked, with located
// errors, and the fields of an accepted source kept as written.
import { describe, expect, it } from "vitest";
import { readSources } from "../../src/load/read-sources.ts";
import { DEFAULT_SOURCE_KINDS } from "../../src/model/ontology.ts";
import { FICTIONAL_SOURCES, FICTIONAL_TEXT, errorLines, fictionalFiles, shown, validateFictional } from "../helpers/fictional-data.ts";
import { TINY_ONTOLOGY } from "../helpers/tiny-data.ts";
import { validateFiles } from "../../src/load/validate.ts";

const FILE = "data/sources/sources.yaml";
const KINDS = "sourceKinds:\n  - id: report\n    description: A report.\n  - id: leak\n    description: A leaked document.\n";

describe("sources index: refused, with located errors", () => {
  const cases: { problem: string; sources: string; ontology?: string; errors: string[] }[] = [
    {
      problem: "a kind like none the ontology lists, listing them",
      sources: FICTIONAL_SOURCES.replace("kind: report", "kind: podcast"),
      ontology: `${TINY_ONTOLOGY}${KINDS}`,
      errors: [`${FILE}:3:9 unknown-source-kind: source "doc" has an unknown kind "podcast" (the ontology's sourceKinds: report, leak)`],
    },
    {
      problem: "a date that is not a date",
      sources: `${FICTIONAL_SOURCES}  date: 31 March 2031\n`,
      errors: [`${FILE}:5:9 bad-date: date of source "doc": "31 March 2031" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`],
    },
    {
      problem: "a text file that is not in the sources folder and like none that is",
      sources: FICTIONAL_SOURCES.replace("file: doc.txt", "file: minutes.pdf"),
      errors: [`${FILE}:4:9 missing-file: source "doc" names the file "minutes.pdf", which is not in the sources folder (put the document's plain text in the sources folder, beside the index)`],
    },
  ];

  for (const { problem, sources, ontology, errors } of cases) {
    it(`refuses ${problem}`, () => {
      const lines = errorLines(validateFictional({ sources, ...(ontology ? { ontology } : {}) }));
      expect(lines.filter((line) => line.startsWith(FILE))).toEqual(errors);
    });
  }

  it("leaves out a source whose text file is missing, and reports that once, not again for every quote citing it", () => {
    const errors = errorLines(validateFictional({ sources: FICTIONAL_SOURCES.replace("file: doc.txt", "file: minutes.pdf") }));
    expect(errors.map((line) => line.split(" ").slice(0, 2).join(" "))).toEqual([`${FILE}:4:9 missing-file:`]);
  });

  it("still reports a quote citing a source the index does not list, with what to do when no source is listed", () => {
    const errors = errorLines(validateFictional({ sources: "[]\n" }));
    expect(errors[0]).toMatch(/^data\/relations\/main\.yaml:7:15 unknown-source: .* \(no source is listed yet: list the document in sources\/sources\.yaml first \(actorgraph add-source FILE/);
  });

  it("keeps a source whose text file is empty, so quotes citing it fail as not found", () => {
    const errors = errorLines(validateFictional({ text: " \n" }));
    expect(errors.at(-1)).toBe(`${FILE}:4:9 empty-value: source "doc" names the file "doc.txt", which is empty (paste the document's plain text into it)`);
    expect(errors.slice(0, -1).map((line) => line.split(" ")[1])).toEqual(["quote-not-found:", "quote-not-found:", "quote-not-found:"]);
  });

  it("accepts any kind while the ontology's own source kinds are broken, reporting only the ontology", () => {
    const ontology = `${TINY_ONTOLOGY}sourceKinds:\n  - id: leak\n`;
    const result = validateFiles(fictionalFiles({ ontology, sources: FICTIONAL_SOURCES.replace("kind: report", "kind: anything") }));
    expect(result.ok ? [] : result.errors.map((e) => `${e.file} ${e.code}`)).toEqual(["data/ontology.yaml missing-field"]);
  });
});

describe("readSources", () => {
  const index = (text: string) => ({ path: FILE, text });
  const texts = new Map<string, string | undefined>([["doc.txt", FICTIONAL_TEXT], ["refused.txt", undefined]]);

  it("keeps a source's optional date, url and note as written, and leaves out those not given", () => {
    const { sources, errors } = readSources(
      index(`${FICTIONAL_SOURCES}  date: 2031-03\n  url: https://example.org/report\n  note: Second edition.\n- id: bare\n  title: Bare\n  kind: other\n  file: doc.txt\n`),
      texts, DEFAULT_SOURCE_KINDS,
    );
    expect(errors).toEqual([]);
    expect(sources).toStrictEqual([
      { id: "doc", title: "A field report", kind: "report", file: "doc.txt", text: FICTIONAL_TEXT, date: "2031-03", url: "https://example.org/report", note: "Second edition." },
      { id: "bare", title: "Bare", kind: "other", file: "doc.txt", text: FICTIONAL_TEXT },
    ]);
  });

  it("leaves out, without an error of its own, a source whose text file was there but refused", () => {
    const { sources, errors } = readSources(index(FICTIONAL_SOURCES.replace("doc.txt", "refused.txt")), texts, DEFAULT_SOURCE_KINDS);
    expect({ sources, errors }).toEqual({ sources: [], errors: [] });
  });

  const leftOut: { problem: string; text: string; error: string }[] = [
    { problem: "no title", text: FICTIONAL_SOURCES.replace("  title: A field report\n", ""), error: `${FILE}:1:3 missing-field: source "doc" has no "title" (add a "title:" line)` },
    { problem: "no kind", text: FICTIONAL_SOURCES.replace("  kind: report\n", ""), error: `${FILE}:1:3 missing-field: source "doc" has no "kind" (add a "kind:" line)` },
    { problem: "no file", text: FICTIONAL_SOURCES.replace("  file: doc.txt\n", ""), error: `${FILE}:1:3 missing-field: source "doc" has no "file" (add a "file:" line)` },
    { problem: "no id", text: FICTIONAL_SOURCES.replace("- id: doc\n  title", "- title"), error: `${FILE}:1:3 missing-field: source #1 has no "id" (add a "id:" line)` },
  ];
  for (const { problem, text, error } of leftOut) {
    it(`leaves out a source with ${problem}, reporting it`, () => {
      const { sources, errors } = readSources(index(text), texts, DEFAULT_SOURCE_KINDS);
      expect({ sources, errors: errors.map(shown) }).toEqual({ sources: [], errors: [error] });
    });
  }
});
