// Specification of the published package: `npm pack` builds the tarball from this checkout, a fresh
// project with no dev tools installs it, and there the library, the `actorgraph` command and the
// shipped type declarations work as a user would use them. Subprocesses are the point: the real
// tarball, the real install, the real exit codes.
import { spawn } from "node:child_process";
import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { temporaryFolder } from "../helpers/temporary-folder.ts";
import { TINY_RELATIONS } from "../helpers/tiny-data.ts";
import { tinyFolder } from "./cli-helpers.ts";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** Packing builds the library and the viewer, and installing fetches the dependencies: both take a while on a busy machine. */
const PACK_AND_INSTALL_TIMEOUT_MS = 600_000;
/** Longest a single command may run before it is killed. */
const RUN_TIMEOUT_MS = 300_000;

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

const running = new Set<number>();

// A run still going when its test ends (a failed or timed-out test) is killed with its whole process group.
afterEach(() => {
  for (const pid of running) killGroup(pid);
  running.clear();
});

function killGroup(pid: number): void {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}

/**
 * The environment of a shell, not of the test runner: without vitest's variables, and without the
 * npm_* variables `npm test` sets, which would make the inner npm act on this checkout's settings.
 */
function shellEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("VITEST") && !name.toLowerCase().startsWith("npm_")));
}

/** Runs `command args` in `cwd` in a process group of its own and waits for it to exit. */
function runCommand(command: string, args: string[], cwd: string): Promise<Outcome> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"], env: shellEnvironment(), detached: true });
    const pid = child.pid!;
    running.add(pid);
    let stdout = "";
    let stderr = "";
    child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const timer = setTimeout(() => killGroup(pid), RUN_TIMEOUT_MS);
    child.on("error", (error) => {
      clearTimeout(timer);
      running.delete(pid);
      fail(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      running.delete(pid);
      done({ code, stdout, stderr });
    });
  });
}

/** One file of `npm pack --json`'s listing. */
interface PackedFile {
  path: string;
  size: number;
}

/** The code block of `language` that follows `lead` in the README. */
function readmeBlock(lead: string, language: string): string {
  const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
  const at = readme.indexOf(lead);
  const block = at < 0 ? null : new RegExp("```" + language + "\\n([\\s\\S]*?)```").exec(readme.slice(at));
  if (!block) throw new Error(`README has no ${language} block after "${lead}"`);
  return block[1]!;
}

let project: string;
let packedFiles: PackedFile[];
let unpackedSize: number;

/** Runs the installed command as `npx actorgraph args` in `cwd` (the consumer project by default). */
function actorgraph(args: string[], cwd = project): Promise<Outcome> {
  return runCommand("npx", ["--no-install", "actorgraph", ...args], cwd);
}

beforeAll(async () => {
  const packed = temporaryFolder("packed");
  // From the checkout as it is: prepack builds lib/ (library, CLI, declarations, viewer site) first.
  const pack = await runCommand("npm", ["pack", "--json", "--pack-destination", packed], REPO_ROOT);
  if (pack.code !== 0) throw new Error(`npm pack failed (exit ${pack.code}):\n${pack.stderr}`);
  const [listing] = JSON.parse(pack.stdout) as { filename: string; files: PackedFile[]; unpackedSize: number }[];
  packedFiles = listing!.files;
  unpackedSize = listing!.unpackedSize;
  const tarball = join(packed, listing!.filename);

  // A project that has nothing but the package: no TypeScript loader, no dev dependencies.
  project = temporaryFolder("consumer");
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }, null, 2));
  const install = await runCommand("npm", ["install", "--no-audit", "--no-fund", "--no-package-lock", tarball], project);
  if (install.code !== 0) throw new Error(`npm install of the tarball failed (exit ${install.code}):\n${install.stderr}`);
  cpSync(join(REPO_ROOT, "graph-data"), join(project, "graph-data"), { recursive: true });
}, PACK_AND_INSTALL_TIMEOUT_MS);

describe("the tarball", () => {
  it("holds the library, the command, their declarations, the README, the licence and the viewer site", () => {
    const paths = packedFiles.map((file) => file.path);
    for (const needed of ["package.json", "README.md", "LICENSE", "bin/actorgraph.js", "lib/index.js", "lib/index.d.ts", "lib/index.js.map", "lib/cli/main.js", "lib/extract/languages/en.yaml", "lib/viewer-site/index.html"]) expect(paths).toContain(needed);
    console.log(`tarball: ${paths.length} files, unpacked size ${(unpackedSize / 1e6).toFixed(2)} MB`);
  });

  it("lists no test, fixture, bench, screenshot, TypeScript source or graph data", () => {
    const unwanted = packedFiles.map((file) => file.path).filter((path) => /(^|\/)(tests?|fixtures?|bench|docs|examples|graph-data|src|scripts)\//.test(path) || /\.(png|jpe?g|ts)$/.test(path.replace(/\.d\.ts$/, "")) || /\.test\./.test(path));
    expect(unwanted).toEqual([]);
  });
});

describe("the library in a plain Node script", () => {
  it("runs the README's script: loads the bundled data folder copied beside it, runs a typed path query and prints its quotes", async () => {
    writeFileSync(join(project, "paths.mjs"), readmeBlock("A plain JavaScript script (`paths.mjs`):", "js"));
    const { code, stdout, stderr } = await runCommand(process.execPath, ["paths.mjs"], project);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^iran -supplies-> russia: .*Tehran has provided Russia with hundreds of “suicide drones”/m);
    expect(stdout).toMatch(/^russia -attacked-> kyiv: /m);
  });

  it("runs the README's example script unchanged", async () => {
    cpSync(join(REPO_ROOT, "examples", "library.mjs"), join(project, "library.mjs"));
    const { code, stdout } = await runCommand(process.execPath, ["library.mjs"], project);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^43 entities, \d+ relations$/m);
    expect(stdout).toMatch(/^Iran -supplies-> Russia \[reported; denied by iran\]: /m);
  });
});

describe("the installed actorgraph command", () => {
  it("prints the command list on --help and exits 0", async () => {
    const { code, stdout, stderr } = await actorgraph(["--help"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: actorgraph <command> [options]");
    for (const name of ["validate", "build", "stats", "export", "types", "generate", "path", "neighbors"]) expect(stdout).toMatch(new RegExp(`^  ${name} +\\S`, "m"));
  });

  it("validates the data folder and exits 0", async () => {
    const { code, stdout } = await actorgraph(["validate"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^graph-data is valid: 43 entities, \d+ relations, \d+ evidence quotes in 1 source\.\n$/);
  });

  it("answers `path Iran Kyiv` step by step and exits 0", async () => {
    const { code, stdout } = await actorgraph(["path", "Iran", "Kyiv"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Shortest path from Iran to Kyiv \(\d+ steps?\)$/m);
    expect(stdout).toMatch(/^\d+\. .*Kyiv$/m);
  });

  it("proposes relations for the bundled article with `extract`, reading the language file it ships with", async () => {
    cpSync(join(project, "graph-data"), join(project, "extract-data"), { recursive: true });
    const { code, stderr } = await actorgraph(["extract", "iran-russia-drones", "--data", "extract-data"]);
    expect(stderr).not.toMatch(/error/i);
    expect(code).toBe(0);
    expect(readFileSync(join(project, "extract-data", "relations", "iran-russia-drones.proposed.yaml"), "utf8")).toMatch(/review: proposed/);
  });

  it("exits 2 with a message and the command list for an unknown command", async () => {
    const { code, stdout, stderr } = await actorgraph(["valdate"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain('actorgraph: unknown command "valdate"; did you mean "validate"?');
  });

  it("exits 1 on a data error and prints it with file:line:column, relative to the folder it runs in", async () => {
    const data = tinyFolder({ relations: TINY_RELATIONS.replace("target: kyiv", "target: kiyv") });
    const { code, stderr } = await runCommand(join(project, "node_modules", ".bin", "actorgraph"), ["validate", "--data", "."], data);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^relations\/main\.yaml:11:11 error\[unknown-entity\]: target "kiyv" .*\n    hint: did you mean "kyiv"\?$/m);
    expect(stderr).toContain("1 error in .; nothing was written.");
  });
});

describe("the installed actorgraph serve", () => {
  it("serves the viewer shipped in the package, the graph and the API, until stopped", async () => {
    const child = spawn(join(project, "node_modules", ".bin", "actorgraph"), ["serve", "graph-data", "--port", "0"], { cwd: project, stdio: ["ignore", "pipe", "pipe"], env: shellEnvironment(), detached: true });
    running.add(child.pid!);
    try {
      let stdout = "";
      let stderr = "";
      child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
      const url = await new Promise<string>((done, fail) => {
        child.stdout!.on("data", (chunk: Buffer) => {
          stdout += chunk.toString("utf8");
          const found = /viewer: +(\S+)/.exec(stdout);
          if (found && stdout.includes("Press Ctrl-C")) done(found[1]!);
        });
        child.on("exit", (code) => fail(new Error(`serve exited ${code}: ${stderr}`)));
      });
      const page = await (await fetch(url)).text();
      expect(page).toContain('<div id="graph"');
      const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(page)![1]!;
      expect((await fetch(`${url}${script}`)).status).toBe(200);
      const paths = (await (await fetch(`${url}api/paths/Iran/Kyiv`)).json()) as { paths: unknown[] };
      expect(paths.paths).toHaveLength(1);
    } finally {
      killGroup(child.pid!);
      running.delete(child.pid!);
    }
  });
});

describe("the shipped type declarations", () => {
  it("type-check the README's TypeScript example, and reject a call the library does not allow", async () => {
    const consumer = readmeBlock("The same in TypeScript, checked against the shipped declarations", "ts");
    // Were the declarations `any`, the last line would be accepted and its directive reported unused.
    writeFileSync(join(project, "consumer.ts"), `${consumer}console.log(path?.steps.length);\n// @ts-expect-error a direction the library does not have\nshortestPath(graph, "iran", "kyiv", { direction: "sideways" });\n`);
    // The consumer checks every declaration it reaches (no skipLibCheck); Node's types come from this checkout.
    const compilerOptions = { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true, skipLibCheck: false, types: ["node"], typeRoots: [join(REPO_ROOT, "node_modules", "@types")] };
    writeFileSync(join(project, "tsconfig.json"), JSON.stringify({ compilerOptions, include: ["consumer.ts"] }, null, 2));
    const tsc = join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc");
    const { code, stdout } = await runCommand(process.execPath, [tsc, "--noEmit", "-p", "tsconfig.json"], project);
    expect(stdout).toBe("");
    expect(code).toBe(0);
    expect(readdirSync(project)).not.toContain("consumer.js");
  });
});
