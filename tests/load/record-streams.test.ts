// Specification of reading records from data files of any format: the format by extension, a leading
// byte-order mark and Windows line breaks ignored, streamed files read the same whatever their chunks,
// bytes that are not UTF-8 located, and a reader's own exceptions let through.
import { describe, expect, it } from "vitest";
import type { DataError } from "../../src/load/data-error.ts";
import type { FieldRecord } from "../../src/load/field-record.ts";
import { readStreamRecords, readTextRecords, recordFormatOf } from "../../src/load/record-files.ts";

/** The label of each record read, and the file's errors. */
interface Read {
  labels: (string | undefined)[];
  errors: DataError[];
}

const labelOf = (labels: (string | undefined)[]) => (record: FieldRecord) => labels.push(record.string("label", false));

function readText(path: string, text: string): Read {
  const labels: (string | undefined)[] = [];
  return { errors: readTextRecords({ path, text }, "thing", labelOf(labels)), labels };
}

/** Text or bytes cut into chunks of `size` characters or bytes. */
async function* chunksOf(data: string | Buffer, size: number): AsyncGenerator<string | Uint8Array> {
  for (let at = 0; at < data.length; at += size) yield data.slice(at, at + size);
}

async function readStream(path: string, format: "jsonl" | "csv", chunks: AsyncIterable<string | Uint8Array>): Promise<Read> {
  const labels: (string | undefined)[] = [];
  return { errors: await readStreamRecords(path, chunks, format, "thing", labelOf(labels)), labels };
}

const JSONL = '{"id": "a", "label": "Arvenia"}\n\n{"id": "b", "label": "Borlova"}\n{"id": "c", "label": "Castel"}';
const CSV = "id,label\na,Arvenia\nb,Borlova\nc,Castel";
const LABELS = ["Arvenia", "Borlova", "Castel"];

describe("recordFormatOf: the format of a records file by its extension", () => {
  const cases: [string, string | undefined][] = [
    ["entities.yaml", "yaml"],
    ["entities.YML", "yaml"],
    ["relations.jsonl", "jsonl"],
    ["relations.CSV", "csv"],
    ["relations.csv.bak", undefined],
    ["entities.yaml.bak", undefined],
    ["relations.jsonl.old", undefined],
    ["notes.txt", undefined],
  ];
  for (const [path, format] of cases) {
    it(`reads ${path} as ${format ?? "no records file"}`, () => {
      expect(recordFormatOf(path)).toBe(format);
    });
  }
});

describe("readTextRecords: a records file held in memory", () => {
  it("reads a file of no records extension as YAML", () => {
    expect(readText("data/entities.txt", "- id: a\n  label: Arvenia\n")).toEqual({ labels: ["Arvenia"], errors: [] });
  });

  for (const [format, text] of [["jsonl", JSONL], ["csv", CSV]] as const) {
    it(`reads ${format} the same with a byte-order mark at its start`, () => {
      expect(readText(`data/things.${format}`, `\uFEFF${text}`)).toEqual({ labels: LABELS, errors: [] });
    });
  }

  it("keeps a byte-order mark that is not at the start of the file", () => {
    expect(readText("data/things.jsonl", '{"id": "a", "label": "Ar\uFEFFvenia"}\n').labels).toEqual(["Ar\uFEFFvenia"]);
  });

  it("reads JSONL with Windows line breaks as with Unix ones, a broken line included", () => {
    const text = `${JSONL}\n{"id": "d", "label": "Dorn\n`;
    const unix = readText("data/things.jsonl", text);
    expect(unix.errors.map((e) => e.line)).toEqual([5]);
    expect(readText("data/things.jsonl", text.replaceAll("\n", "\r\n"))).toEqual(unix);
  });
});

describe("readStreamRecords: a JSONL or CSV file streamed in chunks", () => {
  for (const size of [1, 5, 17, 1000]) {
    it(`reads JSONL cut into chunks of ${size} characters like the whole text`, async () => {
      expect(await readStream("data/things.jsonl", "jsonl", chunksOf(JSONL, size))).toEqual({ labels: LABELS, errors: [] });
    });
  }

  it("reads streamed JSONL with Windows line breaks as with Unix ones, a broken line included", async () => {
    const text = `${JSONL}\n{"id": "d", "label": "Dorn\n`;
    const unix = await readStream("data/things.jsonl", "jsonl", chunksOf(text, 7));
    expect(unix.errors.map((e) => e.line)).toEqual([5]);
    expect(await readStream("data/things.jsonl", "jsonl", chunksOf(text.replaceAll("\n", "\r\n"), 7))).toEqual(unix);
  });

  const notUtf8 = (path: string, line: number): DataError => ({ file: path, line, column: 1, code: "unreadable-file", message: "the file is not valid UTF-8 text", hint: "save it as UTF-8" });
  // csv-parse hands a row over only once the next one has begun, so the CSV row before the bad bytes is not read.
  const stops = [
    { format: "jsonl", text: JSONL, read: LABELS.slice(0, 2), line: 4 },
    { format: "csv", text: CSV, read: LABELS.slice(0, 1), line: 3 },
  ] as const;
  for (const { format, text, read, line } of stops) {
    it(`stops at bytes that are not UTF-8 in ${format}, at the line after the last record read`, async () => {
      const path = `data/things.${format}`;
      const lines = `${text}\n`.split(/(?<=\n)/).map((line) => Buffer.from(line));
      const bad = Buffer.from([0x49, 0xff, 0x0a]);
      async function* lineChunks() {
        yield* lines.slice(0, 3);
        // The rows before are read while the file is still being read (a file streams in chunks of 1 MB).
        await new Promise((resolve) => setTimeout(resolve, 20));
        yield* [bad, lines[3]!];
      }
      expect(await readStream(path, format, lineChunks())).toEqual({ labels: read, errors: [notUtf8(path, line)] });
    });
  }
});

describe("CSV columns named like a group of a field (evidenceSource2), once every row is read", () => {
  const CSV_GROUPS = "id,label,labelFr,partName,partName2,dataName\na,Arvenia,Arvénie,wheel,axle,x\n";
  const unknown = (column: number, name: string, near?: string): DataError => ({
    file: "data/things.csv", line: 1, column, code: "unknown-field", message: `the header names an unknown column "${name}"`,
    hint: near === undefined ? "known fields: id, label, part" : `did you mean "${near}"?`,
  });
  /** The errors of the header row in column order, as the validation sorts them. */
  const byColumn = (errors: DataError[]) => [...errors].sort((a, b) => a.column - b.column);
  /** Checks the header, and reads "part" as nested records when `nested`; nested records ask about "label" as rules ask about evidence. */
  const reader = (nested: boolean) => (record: FieldRecord) => {
    record.rejectUnknownFields(["id", "label", "part"]);
    if (nested) {
      record.records("part", "part", (part) => {
        part.shape("label");
        part.records("label", "label", () => undefined);
        return part.string("name", false);
      });
    }
  };

  it("knows them as the field's groups when rows read it as nested records, in memory and streamed", async () => {
    const expected = [unknown(10, "labelFr", "label"), unknown(37, "dataName")];
    expect(byColumn(readTextRecords({ path: "data/things.csv", text: CSV_GROUPS }, "thing", reader(true)))).toEqual(expected);
    expect(byColumn(await readStreamRecords("data/things.csv", chunksOf(CSV_GROUPS, 9), "csv", "thing", reader(true)))).toEqual(expected);
  });

  it("reports them when no row reads the field as nested records", () => {
    expect(byColumn(readTextRecords({ path: "data/things.csv", text: CSV_GROUPS }, "thing", reader(false))))
      .toEqual([unknown(10, "labelFr", "label"), unknown(18, "partName", "part"), unknown(27, "partName2", "part"), unknown(37, "dataName")]);
  });
});

describe("a reader's own exception is not taken for a data error", () => {
  class ReaderBug extends Error {
    constructor(readonly code?: string) {
      super("the reader failed");
    }
  }
  // A thrown null is only tried where it can come through: node's pipeline takes it for no error at all.
  const thrown: [string, unknown, ("jsonl" | "csv")[]][] = [
    ["an error", new ReaderBug(), ["jsonl", "csv"]],
    ["an error with a system code", new ReaderBug("ENOENT"), ["jsonl", "csv"]],
    ["null", null, ["jsonl"]],
  ];
  const NOTHING = Symbol("nothing thrown");
  function caught(run: () => unknown): unknown {
    try {
      run();
    } catch (error) {
      return error;
    }
    return NOTHING;
  }
  const read = (value: unknown) => () => {
    throw value;
  };
  for (const [what, value, streamed] of thrown) {
    it(`lets ${what} through from in-memory CSV`, () => {
      expect(caught(() => readTextRecords({ path: "data/things.csv", text: CSV }, "thing", read(value)))).toBe(value);
    });
    for (const format of streamed) {
      it(`lets ${what} through from streamed ${format}`, async () => {
        const text = format === "jsonl" ? JSONL : CSV;
        await expect(readStreamRecords(`data/things.${format}`, chunksOf(text, 8), format, "thing", read(value))).rejects.toBe(value);
      });
    }
  }
});
