// The README's Python example, run as written (standard library only) against `actorgraph serve`'s API on the bundled data.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../src/serve/server.ts";
import { REPO_ROOT, seedGraph } from "../export/helpers.ts";

// Asynchronous: the server answering the script runs in this process.
const run = promisify(execFile);

/** The interpreter the example runs with: any Python 3. */
const PYTHON = process.env.NETWORKX_PYTHON ?? "python3";

let server: RunningServer;

beforeAll(async () => {
  server = await startServer(await seedGraph(), { port: 0, siteDir: null });
});

afterAll(async () => {
  await server?.close();
});

/** The README's Python block, pointed at this test's server instead of the documented port. */
function readmeExample(): string {
  const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
  const block = /From Python, with the standard library only:\n\n```python\n([\s\S]*?)```/.exec(readme);
  if (!block) throw new Error("README has no Python example under \"From Python, with the standard library only:\"");
  return block[1]!.replace("http://127.0.0.1:7878/api", `${server.url}api`);
}

describe("the README's Python example", () => {
  it("prints each step of the paths from Iran to Kyiv with a quote", async () => {
    const { stdout } = await run(PYTHON, ["-c", readmeExample()], { encoding: "utf8", timeout: 60_000 });
    expect(stdout).toMatch(/^iran -supplies-> russia: Tehran has provided Russia with hundreds of “suicide drones”$/m);
    expect(stdout).toMatch(/^russia -attacked-> kyiv: /m);
  });

  it("raises the API's error, code and hint, for an unknown entity", async () => {
    const script = `${readmeExample().split("answer = ")[0]}\ntry:\n    get("/paths/Iran/Kiyv")\nexcept RuntimeError as error:\n    print(error.args[0]["code"], error.args[0]["hint"])\n`;
    const { stdout } = await run(PYTHON, ["-c", script], { encoding: "utf8", timeout: 60_000 });
    expect(stdout).toBe('unknown-entity did you mean "kyiv" (Kyiv)?\n');
  });
});
