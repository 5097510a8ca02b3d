// The README's promise: actorgraph works as a library from a plain Node script.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { writeTinyFolder, TINY_RELATIONS } from "../helpers/tiny-data.ts";
import { tsxEnvironment } from "../helpers/tsx-environment.ts";

function runExample(dataDir?: string): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync("node", ["--conditions=source", "--import", "tsx", "examples/library.mjs", ...(dataDir ? [dataDir] : [])], { encoding: "utf8", stdio: "pipe", env: tsxEnvironment(), timeout: 60_000 });
    return { code: 0, stdout, stderr: "" };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("examples/library.mjs", () => {
  it("loads the bundled data and prints the hubs and the quotes behind Iran's relations to Russia", () => {
    const { code, stdout } = runExample();
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+ entities, \d+ relations$/m);
    expect(stdout).toMatch(/^Iran -supplies-> Russia \[reported; denied by iran\]: "Tehran has provided Russia with hundreds of “suicide drones”"$/m);
    // Only Iran's own relations towards Russia, none of Russia's towards Iran.
    expect(stdout).not.toMatch(/fighter jets/);
  });

  it("prints located errors and exits 1 for broken data", () => {
    const dir = writeTinyFolder({ relations: TINY_RELATIONS.replace("target: kyiv", "target: kiyv") });
    const { code, stderr } = runExample(dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/relations\/main\.yaml:11:11 error\[unknown-entity\]/);
  });
});
