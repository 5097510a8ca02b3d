// Specification of writeFileAtomic and writeFilesAtomic: readers see the old files or the whole new
// ones, failures say why, and signal handlers are installed only while a write is in flight.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { OutputError, writeFileAtomic, writeFilesAtomic } from "../../src/index.ts";
import { temporaryFolder } from "../helpers/temporary-folder.ts";

const WATCHED = ["SIGINT", "SIGTERM", "SIGHUP", "exit"] as const;
const listeners = () => WATCHED.map((event) => process.listenerCount(event));

/** Chunks that wait until `release` is called before the last one, so a test can look mid-write. */
function heldChunks(text: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  async function* chunks() {
    yield text.slice(0, 3);
    await released;
    yield text.slice(3);
  }
  return { chunks: chunks(), release };
}

describe("writeFileAtomic", () => {
  it("writes the chunks as UTF-8 and leaves no temporary file beside the result", async () => {
    const folder = temporaryFolder("atomic");
    const path = join(folder, "out", "graph.csv");
    await writeFileAtomic(path, ["id,label\n", "kyiv,Київ — «столиця» 🛩️\n"]);
    expect(readFileSync(path, "utf8")).toBe("id,label\nkyiv,Київ — «столиця» 🛩️\n");
    expect(readdirSync(join(folder, "out"))).toEqual(["graph.csv"]);
  });

  it("fails with an OutputError naming the file and the reason, and leaves the old file whole", async () => {
    const folder = temporaryFolder("atomic");
    const path = join(folder, "graph.json");
    writeFileSync(path, "old");
    mkdirSync(join(folder, "blocker"));
    writeFileSync(join(folder, "blocker", "x"), "");
    const error = await writeFileAtomic(join(folder, "blocker"), ["new"]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputError);
    expect((error as OutputError).name).toBe("OutputError");
    expect((error as OutputError).message).toMatch(new RegExp(`^cannot write .*blocker: `));
    expect(readFileSync(path, "utf8")).toBe("old");
    expect(readdirSync(folder).sort()).toEqual(["blocker", "graph.json"]);
  });

  it.each([
    ["an error without a code", undefined],
    ["a code that is not a system error code", "ERR_SOURCE_DOWN"],
    ["a code with E+capitals inside but not at the start", "XEACCES"],
    ["a code with E+capitals at the start but more after", "EACCES2"],
    ["a code that is not a string", ["EACCES"]],
  ])("passes through unchanged an error the chunks throw: %s", async (_case, code) => {
    const thrown = Object.assign(new Error("source went away"), code === undefined ? {} : { code });
    const folder = temporaryFolder("atomic");
    function* chunks() {
      yield "partial";
      throw thrown;
    }
    await expect(writeFileAtomic(join(folder, "graph.gexf"), chunks())).rejects.toBe(thrown);
    expect(readdirSync(folder)).toEqual([]);
  });

  it("turns a system error code the chunks throw into an OutputError with the plain reason", async () => {
    const folder = temporaryFolder("atomic");
    function* chunks(): Generator<string> {
      throw Object.assign(new Error("disk"), { code: "ENOSPC" });
    }
    await expect(writeFileAtomic(join(folder, "graph.gexf"), chunks())).rejects.toThrow(
      `cannot write ${join(folder, "graph.gexf")}: no space left on the device`,
    );
  });

  it("watches SIGINT, SIGTERM, SIGHUP and exit once while writes are in flight, and stops when the last ends", async () => {
    const before = listeners();
    const folder = temporaryFolder("atomic");
    const first = heldChunks("first file");
    const second = heldChunks("second file");
    const writingFirst = writeFileAtomic(join(folder, "first.txt"), first.chunks);
    const writingSecond = writeFileAtomic(join(folder, "second.txt"), second.chunks);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(listeners()).toEqual(before.map((count) => count + 1));
    first.release();
    await writingFirst;
    expect(listeners()).toEqual(before.map((count) => count + 1));
    second.release();
    await writingSecond;
    expect(listeners()).toEqual(before);
    expect(readFileSync(join(folder, "first.txt"), "utf8")).toBe("first file");
    expect(readFileSync(join(folder, "second.txt"), "utf8")).toBe("second file");
  });

  it("leaves a SIGTERM to the program's own handler: the write goes on and the file comes out whole", async () => {
    const folder = temporaryFolder("atomic");
    const held = heldChunks("survives the signal");
    const heard: string[] = [];
    const own = (signal: NodeJS.Signals) => heard.push(signal);
    process.on("SIGTERM", own);
    try {
      const writing = writeFileAtomic(join(folder, "kept.txt"), held.chunks);
      await new Promise((resolve) => setTimeout(resolve, 20));
      process.emit("SIGTERM", "SIGTERM");
      held.release();
      await writing;
    } finally {
      process.off("SIGTERM", own);
    }
    expect(heard).toEqual(["SIGTERM"]);
    expect(readFileSync(join(folder, "kept.txt"), "utf8")).toBe("survives the signal");
    expect(readdirSync(folder)).toEqual(["kept.txt"]);
  });
});

describe("writeFilesAtomic: files that belong together", () => {
  const names = ["nodes.csv", "edges.csv", "quotes.csv"];
  function oldSet(): string {
    const folder = temporaryFolder("atomic-set");
    for (const name of names) writeFileSync(join(folder, name), `old ${name}`);
    return folder;
  }

  it("replaces every file of the set, leaving no temporary file", async () => {
    const folder = oldSet();
    await writeFilesAtomic(names.map((name) => ({ path: join(folder, name), chunks: [`new ${name}`] })));
    expect(names.map((name) => readFileSync(join(folder, name), "utf8"))).toEqual(names.map((name) => `new ${name}`));
    expect(readdirSync(folder).sort()).toEqual([...names].sort());
  });

  it("replaces none of them when the last one fails half-way, and names that file", async () => {
    const folder = oldSet();
    function* failing(): Generator<string> {
      yield "quote rows...";
      throw Object.assign(new Error("disk"), { code: "ENOSPC" });
    }
    const files = names.map((name) => ({ path: join(folder, name), chunks: name === "quotes.csv" ? failing() : [`new ${name}`] }));
    await expect(writeFilesAtomic(files)).rejects.toThrow(`cannot write ${join(folder, "quotes.csv")}: no space left on the device`);
    expect(names.map((name) => readFileSync(join(folder, name), "utf8"))).toEqual(names.map((name) => `old ${name}`));
    expect(readdirSync(folder).sort()).toEqual([...names].sort());
    expect(listeners()).toEqual(WATCHED.map(() => 0));
  });
});
