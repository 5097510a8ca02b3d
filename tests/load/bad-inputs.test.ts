// The bad-input corpus: each case in tests/fixtures/bad/ breaks the tiny data folder in one way,
// and `validate` must answer with exactly the errors in its expected.txt (or accept it, where
// expected.txt says "valid"), never with an exception or a stack trace.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeTinyFolder } from "../helpers/tiny-data.ts";
import { validate } from "../helpers/validate-report.ts";

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
});
