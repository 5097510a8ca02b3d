// Specification of "no data lost": a write killed half-way leaves the previous file whole and the input untouched.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../export/helpers.ts";
import { removeTemporaryFolder, temporaryFolder } from "../helpers/temporary-folder.ts";
import { tsxEnvironment } from "../helpers/tsx-environment.ts";

// Few entities and many relations: the layout (bounded by nodes) stays short, the GEXF is tens of
// megabytes, so the export spends a few seconds writing its temporary file.
const NODES = "200";
const EDGES = "60000";
const PREVIOUS = "<gexf>the previous export, which must survive</gexf>\n";
/** A loaded machine may take a minute to load, build and lay out before the write starts. */
const SLOW = 240_000;

/** Every child still running: a test that fails or times out before it ends its child must not leave it behind. */
const running = new Set<ChildProcess>();

/** `node --import tsx <args>` from the repository root, as `npm run actorgraph` would. */
function node(args: string[]): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", ...args], { cwd: REPO_ROOT, stdio: ["ignore", "ignore", "pipe"], env: tsxEnvironment() });
  running.add(child);
  child.on("close", () => running.delete(child));
  return child;
}

/** Kills every child still running and waits until each has ended. */
async function killRunning(): Promise<void> {
  await Promise.all(
    [...running].map(
      (child) =>
        new Promise<void>((resolve) => {
          child.once("close", () => resolve());
          if (child.exitCode !== null || child.signalCode !== null || !child.kill("SIGKILL")) resolve();
        }),
    ),
  );
  running.clear();
}

afterEach(killRunning);

/** Resolves with how the child ended: its exit code, or the signal that ended it. */
function ended(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  let stderr = "";
  child.stderr?.on("data", (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stderr })));
}

/** Temporary files writeFileAtomic names `.<name>.<pid>.<time>.tmp` beside `name`. */
function temporaryFiles(folder: string, name: string, pid?: number): string[] {
  return readdirSync(folder).filter((f) => f.startsWith(`.${name}.${pid ?? ""}`) && f.endsWith(".tmp"));
}

/**
 * Polls until the child's temporary file for `name` exists and has bytes in it: the export is
 * mid-write. Rejects if the child ends first (it would have written too fast to interrupt).
 */
async function midWrite(child: ChildProcess, folder: string, name: string): Promise<string> {
  let exited = false;
  child.once("exit", () => (exited = true));
  for (;;) {
    const [temporary] = temporaryFiles(folder, name, child.pid);
    if (temporary !== undefined && statSync(join(folder, temporary), { throwIfNoEntry: false })?.size) return temporary;
    if (exited) throw new Error("the export ended before its temporary file was seen; make the generated data larger");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** SHA-256 of every file under `dir`, by relative path. */
function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash("sha256").update(readFileSync(path)).digest("hex");
    }
  };
  walk(dir);
  return out;
}

let root: string;
let data: string;
let inputHashes: Record<string, string>;

beforeAll(async () => {
  root = temporaryFolder("kill");
  data = join(root, "data");
  const generated = await ended(node(["src/cli/main.ts", "generate", "--nodes", NODES, "--edges", EDGES, "--seed", "1", "--out", data]));
  if (generated.code !== 0) throw new Error(`generate exited with ${generated.code ?? generated.signal}: ${generated.stderr}`);
  inputHashes = hashTree(data);
}, SLOW);

// The data and the exports are a hundred megabytes or so: remove them as soon as the file is done,
// after any child still writing into them (a timed-out generate in beforeAll) has been killed.
afterAll(async () => {
  await killRunning();
  if (root !== undefined) removeTemporaryFolder(root);
});

/** A fresh output folder holding a known previous export. */
function previousExport(): { folder: string; path: string } {
  const folder = mkdtempSync(join(root, "out-"));
  const path = join(folder, "graph.gexf");
  writeFileSync(path, PREVIOUS);
  return { folder, path };
}

function exportGexf(path: string): ChildProcess {
  return node(["src/cli/main.ts", "export", "--format", "gexf", "--data", data, "--out", path]);
}

describe("export killed mid-write", () => {
  it("by SIGKILL: the previous file is unchanged byte for byte; only the uncatchable kill's temporary file is left", async () => {
    const { folder, path } = previousExport();
    const child = exportGexf(path);
    const done = ended(child);
    const temporary = await midWrite(child, folder, "graph.gexf");
    child.kill("SIGKILL");
    expect((await done).signal).toBe("SIGKILL");
    expect(readFileSync(path, "utf8")).toBe(PREVIOUS);
    // SIGKILL cannot be handled: a stale temporary file may stay, and nothing else is written.
    expect(readdirSync(folder).sort()).toEqual([temporary, "graph.gexf"].sort());
    expect(hashTree(data)).toEqual(inputHashes);
  }, SLOW);

  it("by Ctrl-C (SIGINT): the previous file is unchanged, the temporary file is removed, and the process ends by SIGINT", async () => {
    const { folder, path } = previousExport();
    const child = exportGexf(path);
    const done = ended(child);
    await midWrite(child, folder, "graph.gexf");
    child.kill("SIGINT");
    const result = await done;
    // Ended by the signal itself (a shell shows status 130), not by an exception.
    expect(result.signal).toBe("SIGINT");
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(readFileSync(path, "utf8")).toBe(PREVIOUS);
    expect(readdirSync(folder)).toEqual(["graph.gexf"]);
    expect(hashTree(data)).toEqual(inputHashes);
  }, SLOW);

  it("then lets a following export complete and replace the previous file whole", async () => {
    const { folder, path } = previousExport();
    const result = await ended(exportGexf(path));
    expect(result.code).toBe(0);
    const gexf = readFileSync(path, "utf8");
    expect(gexf.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(gexf.trimEnd().endsWith("</gexf>")).toBe(true);
    expect(gexf.match(/<edge /g)?.length).toBe(Number(EDGES));
    expect(readdirSync(folder)).toEqual(["graph.gexf"]);
    expect(hashTree(data)).toEqual(inputHashes);
  }, SLOW);
});

/** A script that writes through writeFileAtomic from a source that never ends, so it is always mid-write. */
function endlessWriter(path: string, ownListener: boolean): ChildProcess {
  const script = `
    import { writeFileAtomic } from "./src/export/atomic-write.ts";
    ${ownListener ? `let stop = false; process.on("SIGTERM", () => { stop = true; });` : ""}
    async function* chunks() {
      for (let i = 0; ; i++) {
        ${ownListener ? "if (stop) return;" : ""}
        yield "x".repeat(1024) + "\\n";
        if (i % 64 === 0) await new Promise((r) => setTimeout(r, 1));
      }
    }
    await writeFileAtomic(${JSON.stringify(path)}, chunks());
  `;
  return node(["--input-type=module", "-e", script]);
}

describe("writeFileAtomic interrupted", () => {
  it("by SIGTERM removes its temporary file and ends by SIGTERM, leaving the previous file whole", async () => {
    const { folder, path } = previousExport();
    const child = endlessWriter(path, false);
    const done = ended(child);
    await midWrite(child, folder, "graph.gexf");
    child.kill("SIGTERM");
    expect((await done).signal).toBe("SIGTERM");
    expect(readFileSync(path, "utf8")).toBe(PREVIOUS);
    expect(readdirSync(folder)).toEqual(["graph.gexf"]);
  }, SLOW);

  it("leaves a program that listens for the signal itself in charge: its write finishes and replaces the file", async () => {
    const { folder, path } = previousExport();
    const child = endlessWriter(path, true);
    const done = ended(child);
    await midWrite(child, folder, "graph.gexf");
    child.kill("SIGTERM");
    const result = await done;
    expect([result.code, result.signal]).toEqual([0, null]);
    expect(readFileSync(path, "utf8")).toMatch(/^(x{1024}\n)+$/);
    expect(readdirSync(folder)).toEqual(["graph.gexf"]);
  }, SLOW);
});
