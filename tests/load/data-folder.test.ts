// Specification of reading a data folder from disk: missing, unreadable and oversized files become
// located errors (never exceptions), the sources index is found by name, and the entities and
// relations folders are read file by file in name order.
import { mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { DataError } from "../../src/load/data-error.ts";
import { loadDataFolder } from "../../src/load/read-folder.ts";
import { TINY_SOURCES, writeTinyFolder } from "../helpers/tiny-data.ts";

const MB = 1024 * 1024;
const NOT_UTF8 = Buffer.from([0x2d, 0x20, 0xff, 0xfe, 0x0a]);

/** The errors of loading `dir`, paths shown relative to it (none when it loads). */
async function errorsOf(dir: string): Promise<DataError[]> {
  const result = await loadDataFolder(dir, { shownFrom: dir });
  return result.ok ? [] : result.errors;
}

/** An error located at the start of a file. */
function fileError(file: string, code: DataError["code"], message: string, hint?: string): DataError {
  return { file, line: 1, column: 1, code, message, ...(hint === undefined ? {} : { hint }) };
}

const NOT_UTF8_MESSAGE = "the file is not valid UTF-8 text";

describe("loadDataFolder: files that cannot be read", () => {
  // `only`: the folder whose errors are compared (relations citing a refused document have their own).
  const cases: { what: string; change: (dir: string) => void; errors: DataError[]; only?: string }[] = [
    {
      what: "a missing ontology",
      change: (dir) => rmSync(join(dir, "ontology.yaml")),
      errors: [fileError("ontology.yaml", "missing-file", "file not found")],
    },
    {
      what: "an ontology that is a folder",
      change: (dir) => {
        rmSync(join(dir, "ontology.yaml"));
        mkdirSync(join(dir, "ontology.yaml"));
      },
      errors: [fileError("ontology.yaml", "unreadable-file", "cannot read the file (EISDIR)")],
    },
    {
      what: "an ontology over 8 MB, refused before it is read",
      // A sparse file: its size is all that is looked at.
      change: (dir) => truncateSync(join(dir, "ontology.yaml"), 8 * MB + 1),
      errors: [fileError("ontology.yaml", "file-too-large", "the file has 8.0 MB; this kind of file is limited to 8 MB", "split it into several files, or use JSONL or CSV bulk files for large data")],
    },
    {
      what: "a source document over 64 MB, which the index does not call missing as well",
      change: (dir) => truncateSync(join(dir, "sources", "doc.txt"), 64 * MB + 1),
      errors: [fileError(join("sources", "doc.txt"), "file-too-large", "the file has 64.0 MB; this kind of file is limited to 64 MB", "split the document into several sources")],
      only: "sources",
    },
    {
      what: "a source document that is not UTF-8, which the index does not call missing as well",
      change: (dir) => writeFileSync(join(dir, "sources", "doc.txt"), NOT_UTF8),
      errors: [fileError(join("sources", "doc.txt"), "unreadable-file", NOT_UTF8_MESSAGE, "save it as UTF-8")],
      only: "sources",
    },
    {
      what: "a relations YAML file that is not UTF-8, beside a valid one",
      change: (dir) => writeFileSync(join(dir, "relations", "more.yaml"), NOT_UTF8),
      errors: [fileError(join("relations", "more.yaml"), "unreadable-file", NOT_UTF8_MESSAGE, "save it as UTF-8")],
    },
    {
      what: "an entities CSV file that is not UTF-8, once",
      change: (dir) => writeFileSync(join(dir, "entities", "more.csv"), NOT_UTF8),
      errors: [fileError(join("entities", "more.csv"), "unreadable-file", NOT_UTF8_MESSAGE, "save it as UTF-8")],
    },
    {
      what: "an entities folder that is a file, without calling the entities of the relations unknown",
      change: (dir) => {
        rmSync(join(dir, "entities"), { recursive: true });
        writeFileSync(join(dir, "entities"), "- id: outpost\n");
      },
      errors: [fileError("entities", "unreadable-file", "cannot read the folder (ENOTDIR)")],
    },
    {
      what: "a sources folder that is a file",
      change: (dir) => {
        rmSync(join(dir, "sources"), { recursive: true });
        writeFileSync(join(dir, "sources"), "sources.yaml\n");
      },
      errors: [
        fileError(join("sources", "sources.yaml"), "missing-file", "file not found", "list the source documents in sources/sources.yaml or sources/sources.jsonl or sources/sources.csv"),
        fileError("sources", "unreadable-file", "cannot read the folder (ENOTDIR)"),
      ],
    },
    {
      what: "a missing ontology, without reading the CSV files that cannot be checked without it",
      change: (dir) => {
        rmSync(join(dir, "ontology.yaml"));
        writeFileSync(join(dir, "entities", "more.csv"), NOT_UTF8);
      },
      errors: [fileError("ontology.yaml", "missing-file", "file not found")],
    },
  ];
  for (const { what, change, errors, only } of cases) {
    it(`reports ${what}`, async () => {
      const dir = writeTinyFolder();
      change(dir);
      expect((await errorsOf(dir)).filter((e) => only === undefined || e.file.startsWith(only))).toEqual(errors);
    });
  }

  // /proc/self/mem is a file whose size is 0 and whose reading fails: a stand-in for a disk error.
  for (const name of ["entities.csv", "relations.jsonl"]) {
    it.runIf(process.platform === "linux")(`reports a bulk file ${name} that fails while it is streamed`, async () => {
      const dir = writeTinyFolder();
      symlinkSync("/proc/self/mem", join(dir, name));
      expect(await errorsOf(dir)).toEqual([fileError(name, "unreadable-file", "cannot read the file (EIO)")]);
    });
  }
});

describe("loadDataFolder: the sources index", () => {
  it("says where the sources index may be when there is none", async () => {
    const dir = writeTinyFolder();
    rmSync(join(dir, "sources", "sources.yaml"));
    expect(await errorsOf(dir)).toEqual([
      fileError(join("sources", "sources.yaml"), "missing-file", "file not found", "list the source documents in sources/sources.yaml or sources/sources.jsonl or sources/sources.csv"),
    ]);
  });

  it("refuses a second sources index, at the second, naming the first", async () => {
    const dir = writeTinyFolder();
    writeFileSync(join(dir, "sources", "sources.jsonl"), '{"id": "doc", "title": "A test document", "kind": "article", "file": "doc.txt"}\n');
    expect(await errorsOf(dir)).toEqual([
      fileError(join("sources", "sources.jsonl"), "duplicate-file", `the sources folder holds two sources indexes, ${join("sources", "sources.yaml")} and this one`, "keep one of them"),
    ]);
  });

  it("takes no YAML file and no index of the sources folder for a source document", async () => {
    const dir = writeTinyFolder({ sources: `${TINY_SOURCES}- id: notes\n  title: Notes\n  kind: article\n  file: notes.yaml\n` });
    writeFileSync(join(dir, "sources", "notes.yaml"), "Notes on the conflict.\n");
    const errors = await errorsOf(dir);
    expect(errors.map((e) => [e.file, e.line, e.code, e.message])).toEqual([
      [join("sources", "sources.yaml"), 8, "missing-file", 'source "notes" names the file "notes.yaml", which is not in the sources folder'],
    ]);
  });
});

describe("loadDataFolder: the entities and relations folders", () => {
  it("reads the files of a folder in name order, whatever order they were written in", async () => {
    const dir = writeTinyFolder();
    const names = ["f", "c", "a", "e", "b", "d"];
    for (const name of names) writeFileSync(join(dir, "entities", `${name}.yaml`), "- id: outpost\n  label: Outpost\n  type: city\n  description: A city.\n");
    const errors = await errorsOf(dir);
    expect(errors.map((e) => [e.file, e.code, e.hint])).toEqual(
      ["b", "c", "d", "e", "f"].map((name) => [join("entities", `${name}.yaml`), "duplicate-id", `the first definition is at ${join("entities", "a.yaml")}:1; rename or remove one`]),
    );
  });

  it("leaves out folders and files that hold no records", async () => {
    const dir = writeTinyFolder();
    mkdirSync(join(dir, "entities", "old.yaml"));
    writeFileSync(join(dir, "entities", "notes.txt"), "not records\n");
    writeFileSync(join(dir, "relations", "README.md"), "# Relations\n");
    expect(await errorsOf(dir)).toEqual([]);
  });
});
