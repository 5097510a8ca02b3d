// The bad-input corpus: each case in tests/fixtures/bad/ breaks the tiny data folder in one way,
// and `validate` must answer with exactly the errors in its expected.txt (or accept it, where
// expected.txt says "valid"), never with an exception or a stack trace.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.ts";
import { writeTinyFolder } from "../helpers/tiny-data.ts";

const CORPUS = "tests/fixtures/bad";
const NOT_DATA = new Set(["README", "expected.txt"]);

function overlay(caseDir: string, dataDir: string, sub = ""): void {
  for (const name of readdirSync(join(caseDir, sub))) {
    if (sub === "" && NOT_DATA.has(name)) continue;
    const from = join(caseDir, sub, name);
    if (statSync(from).isDirectory()) {
      mkdirSync(join(dataDir, sub, name), { recursive: true });
      overlay(caseDir, dataDir, join(sub, name));
    } else copyFileSync(from, join(dataDir, sub, name));
  }
}

/** Validates a data folder in-process; error paths are shown relative to the folder as `<data>/…`. */
async function validate(dataDir: string): Promise<{ code: number; report: string }> {
  let stdout = "";
  let stderr = "";
  const code = await run(["validate", "--data", dataDir], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: process.cwd() });
  const shown = relative(process.cwd(), dataDir);
  const report = (code === 0 ? "valid\n" : stderr.split("\n").filter((line) => !/ errors? in .*nothing was written/.test(line)).join("\n"))
    .split(shown).join("<data>");
  expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  return { code, report };
}

describe("validate on the bad-input corpus", () => {
  for (const name of readdirSync(CORPUS).sort()) {
    const caseDir = join(CORPUS, name);
    const expected = readFileSync(join(caseDir, "expected.txt"), "utf8");
    const about = readFileSync(join(caseDir, "README"), "utf8").trim();
    it(`${name}: ${about}`, async () => {
      const dataDir = writeTinyFolder();
      overlay(caseDir, dataDir);
      const { code, report } = await validate(dataDir);
      expect(report).toBe(expected);
      expect(code).toBe(expected === "valid\n" ? 0 : 1);
    });
  }

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
