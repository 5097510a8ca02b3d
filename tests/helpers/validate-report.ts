// `actorgraph validate` run in-process on a data folder, its report made independent of where the folder is.
import { relative } from "node:path";
import { expect } from "vitest";
import { run } from "../../src/cli/run.ts";

/** Validates a data folder in-process; error paths are shown relative to the folder as `<data>/…`. */
export async function validate(dataDir: string): Promise<{ code: number; report: string }> {
  let stdout = "";
  let stderr = "";
  const code = await run(["validate", "--data", dataDir], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: process.cwd() });
  const shown = relative(process.cwd(), dataDir);
  const report = (code === 0 ? "valid\n" : stderr.split("\n").filter((line) => !/ errors? in .*nothing was written/.test(line)).join("\n"))
    .split(shown).join("<data>");
  expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  return { code, report };
}
