// Specification of the installed command: `actorgraph` as npm installs it (node_modules/.bin/actorgraph,
// a symlink to the package's bin/actorgraph.js), run by node from another folder. Here the subprocess
// is the point: the real entry point, the real process exit code, the real streams.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, symlinkSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { temporaryFolder } from "../helpers/temporary-folder.ts";
import { TINY_RELATIONS } from "../helpers/tiny-data.ts";
import { tsxEnvironment } from "../helpers/tsx-environment.ts";
import { tinyFolder } from "./cli-helpers.ts";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** Longest a run may take before it is killed (tsx compiles the CLI on first start). */
const RUN_TIMEOUT_MS = 45_000;

const running = new Set<ChildProcess>();

// A run still going when its test ends (a failed or timed-out test) is killed, never left behind.
afterEach(() => {
  for (const child of running) child.kill("SIGKILL");
  running.clear();
});

let project: string;
let installed: string;

beforeAll(() => {
  // A project that has installed actorgraph: its node_modules/.bin holds the link npm makes.
  project = temporaryFolder("installed");
  mkdirSync(join(project, "node_modules", ".bin"), { recursive: true });
  installed = join(project, "node_modules", ".bin", "actorgraph");
  symlinkSync(join(REPO_ROOT, "bin", "actorgraph.js"), installed);
});

/** Runs the installed command with node in `cwd` (the project folder by default) and waits for it to exit. */
function actorgraph(args: string[], cwd = project): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    // The environment of a shell, not of the test runner (and no tsx compile cache left in $TMPDIR).
    const env = tsxEnvironment(Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("VITEST"))));
    const child = spawn(process.execPath, [installed, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"], env });
    running.add(child);
    let stdout = "";
    let stderr = "";
    child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const timer = setTimeout(() => child.kill("SIGKILL"), RUN_TIMEOUT_MS);
    child.on("error", (error) => {
      clearTimeout(timer);
      running.delete(child);
      fail(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      running.delete(child);
      done({ code, stdout, stderr });
    });
  });
}

describe("the installed actorgraph command", () => {
  it("prints the command list on --help and exits 0", async () => {
    const { code, stdout, stderr } = await actorgraph(["--help"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: actorgraph <command> [options]");
    for (const name of ["validate", "build", "stats", "export", "types", "generate", "path", "neighbors"]) expect(stdout).toMatch(new RegExp(`^  ${name} +\\S`, "m"));
  });

  it("validates a data folder given by path from another folder, and exits 0", async () => {
    const { code, stdout } = await actorgraph(["validate", "--data", join(REPO_ROOT, "graph-data")]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/ is valid: 43 entities, \d+ relations, \d+ evidence quotes in 1 source\.\n$/);
  });

  it("exits 2 with a message and the command list for an unknown command", async () => {
    const { code, stdout, stderr } = await actorgraph(["valdate"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain('actorgraph: unknown command "valdate"; did you mean "validate"?');
    expect(stderr).toContain("Commands:");
  });

  it("exits 1 on a data error and prints it with file:line:column, relative to the folder it runs in", async () => {
    const data = tinyFolder({ relations: TINY_RELATIONS.replace("target: kyiv", "target: kiyv") });
    const { code, stdout, stderr } = await actorgraph(["validate", "--data", "."], data);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^relations\/main\.yaml:11:11 error\[unknown-entity\]: target "kiyv" .*\n    hint: did you mean "kyiv"\?$/m);
    expect(stderr).toContain("1 error in .; nothing was written.");
  });
});
