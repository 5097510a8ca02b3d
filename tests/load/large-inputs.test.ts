// The input limits at full size: files at and just past the README's size bounds, and 50 MB
// single-line inputs. Kept apart from limits.test.ts because each test reads megabytes; mutation
// testing leaves this file out (tests/mutation/vitest.config.ts) and runs it only for the limits
// table itself (`npm run mutate:static`).
import { truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { DataError } from "../../src/load/data-error.ts";
import { loadDataFolder } from "../../src/load/read-folder.ts";
import { validateFiles } from "../../src/load/validate.ts";
import { TINY_ENTITIES, TINY_SOURCES, tinyFiles, writeTinyFolder } from "../helpers/tiny-data.ts";
import { validate } from "../helpers/validate-report.ts";

const MB = 1024 * 1024;

/** "code: message" of each error of the tiny folder with its entities file replaced. */
function entityFileErrors(entities: string): string[] {
  const result = validateFiles(tinyFiles({ entities }));
  return result.ok ? [] : result.errors.map((error: DataError) => `${error.code}: ${error.message}`);
}

describe("files at their size limits: 8 MB of YAML, 64 MB of source text", () => {
  /** An entities file of exactly `bytes` bytes: one valid entity, padded with comment lines. */
  function entitiesFileOf(bytes: number): string {
    const head = "- id: padded\n  label: Padded\n  type: city\n  description: A city.\n";
    const line = `# ${"p".repeat(1022)}\n`;
    let text = head;
    while (text.length + line.length <= bytes) text += line;
    const rest = bytes - text.length;
    return rest === 0 ? text : `${text}#${"p".repeat(rest - 1)}`;
  }

  it("accepts a YAML file of exactly 8 MB and refuses one byte more before parsing it", async () => {
    expect(entitiesFileOf(8 * MB)).toHaveLength(8 * MB);
    expect(entityFileErrors(`${TINY_ENTITIES}${entitiesFileOf(8 * MB - TINY_ENTITIES.length)}`)).toEqual([]);
    expect(entityFileErrors(`${TINY_ENTITIES}${entitiesFileOf(8 * MB - TINY_ENTITIES.length + 1)}`)).toEqual(["file-too-large: the file has 8.0 MB; this kind of file is limited to 8 MB"]);

    const dir = writeTinyFolder();
    writeFileSync(join(dir, "entities", "padded.yaml"), entitiesFileOf(8 * MB));
    expect((await loadDataFolder(dir)).ok).toBe(true);
    writeFileSync(join(dir, "entities", "padded.yaml"), entitiesFileOf(8 * MB + 1));
    const loaded = await loadDataFolder(dir);
    expect(loaded.ok ? [] : loaded.errors.map((e) => `${e.code} ${e.file.endsWith("padded.yaml")}`)).toEqual(["file-too-large true"]);
  });

  it("accepts a source document of exactly 64 MB and refuses one byte more, saying to split it", async () => {
    const dir = writeTinyFolder({ sources: `${TINY_SOURCES}- id: long\n  title: A long document\n  kind: article\n  file: long.txt\n` });
    const long = join(dir, "sources", "long.txt");
    // Sparse files: the size is what the limit reads, and no 64 MB is written to disk.
    writeFileSync(long, "");
    truncateSync(long, 64 * MB);
    expect(await loadDataFolder(dir)).toMatchObject({ ok: true });
    truncateSync(long, 64 * MB + 1);
    const loaded = await loadDataFolder(dir);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.errors.map((e) => ({ code: e.code, message: e.message, hint: e.hint, long: e.file.endsWith("long.txt") }))).toEqual([
      { code: "file-too-large", message: "the file has 64.0 MB; this kind of file is limited to 64 MB", hint: "split the document into several sources", long: true },
    ]);
  });
});

describe("50 MB on one line", () => {
  it("refuses a 50 MB single-line YAML file before parsing it", async () => {
    const dataDir = writeTinyFolder();
    writeFileSync(join(dataDir, "entities", "huge.yaml"), `- id: huge\n  label: ${"a".repeat(50 * 1024 * 1024)}\n`);
    const { code, report } = await validate(dataDir);
    expect(code).toBe(1);
    expect(report).toBe(
      "<data>/entities/huge.yaml:1:1 error[file-too-large]: the file has 50.0 MB; this kind of file is limited to 8 MB\n" +
        "    hint: split it into several files, or use JSONL or CSV bulk files for large data\n",
    );
  });

  it("refuses a 50 MB single-line JSONL record's oversized fields, naming the line", async () => {
    const dataDir = writeTinyFolder();
    writeFileSync(join(dataDir, "entities.jsonl"), `${JSON.stringify({ id: "huge", label: "a".repeat(50 * 1024 * 1024), type: "city", description: "Big." })}\n`);
    const { code, report } = await validate(dataDir);
    expect(code).toBe(1);
    expect(report).toMatch(/^<data>\/entities\.jsonl:1:\d+ error\[too-long\]: "label" of entity "huge" has 52428800 characters; the limit is 300\n/);
  });
});
