// Specification of `actorgraph serve` and `actorgraph build --site` from the command line: what they
// load, where they listen, what they say, and how bad input stops them before anything is served.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { createServer } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.ts";
import { temporaryFolder } from "../helpers/temporary-folder.ts";
import { TINY_RELATIONS } from "../helpers/tiny-data.ts";
import { cli, tinyFolder } from "./cli-helpers.ts";

/** A stand-in for a built viewer: a page and an asset, as `npm run build` lays them out. */
function viewerFolder(): string {
  const dir = temporaryFolder("viewer");
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "index.html"), "<!doctype html><title>viewer</title><script src=\"./assets/app.js\"></script>");
  writeFileSync(join(dir, "assets", "app.js"), "console.log('viewer');");
  writeFileSync(join(dir, "graph.json"), "{}");
  return dir;
}

interface Served {
  url: string;
  stdout: () => string;
  stderr: () => string;
  /** Stops the server and gives the command's exit code. */
  stop: () => Promise<number>;
}

/** Starts `actorgraph serve argv` in-process and waits until it says where it serves. */
async function serve(argv: string[], cwd = process.cwd()): Promise<Served> {
  const controller = new AbortController();
  let stdout = "";
  let stderr = "";
  const exit = run(["serve", ...argv], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, signal: controller.signal });
  const url = await Promise.race([
    (async () => {
      while (!stdout.includes("Press Ctrl-C")) await new Promise((done) => setTimeout(done, 20));
      return /viewer: +(\S+)/.exec(stdout)![1]!;
    })(),
    exit.then((code) => {
      throw new Error(`serve exited ${code} before serving:\n${stderr}`);
    }),
  ]);
  return { url, stdout: () => stdout, stderr: () => stderr, stop: () => (controller.abort(), exit) };
}

/** GETs `path` exactly as written (fetch would resolve its dots first), for path traversal attempts. */
function rawGet(base: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((done, fail) => {
    request({ hostname, port, path, method: "GET" }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => done({ status: response.statusCode!, body }));
    })
      .on("error", fail)
      .end();
  });
}

describe("actorgraph serve", () => {
  it("loads the data folder once and serves the viewer, the graph and the API on localhost until stopped", async () => {
    const served = await serve([tinyFolder(), "--port", "0", "--viewer", viewerFolder()]);
    try {
      expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(served.stdout()).toMatch(/^Serving .* \(5 entities, 3 relations\)\n {2}viewer: {2}http:\/\/127\.0\.0\.1:\d+\/\n {2}API: {5}http:\/\/127\.0\.0\.1:\d+\/api\/ {2}\(described at http:\/\/127\.0\.0\.1:\d+\/api\/openapi\.json\)\nPress Ctrl-C to stop\.\n$/);
      expect(await (await fetch(served.url)).text()).toContain("<title>viewer</title>");
      expect((await fetch(`${served.url}assets/app.js`)).headers.get("content-type")).toBe("text/javascript; charset=utf-8");
      // The served graph, not the one the viewer was built with.
      const graph = (await (await fetch(`${served.url}graph.json`)).json()) as { nodes: unknown[] };
      expect(graph.nodes).toHaveLength(5);
      expect(((await (await fetch(`${served.url}api/paths/russia/kyiv`)).json()) as { paths: unknown[] }).paths).toHaveLength(1);
    } finally {
      expect(await served.stop()).toBe(0);
    }
  });

  it("answers a path that climbs out of the viewer's folder with a 4xx JSON error, never the file", async () => {
    // The viewer inside a folder of the test's own, beside a file that must not be served.
    const root = temporaryFolder("traversal");
    const viewer = join(root, "viewer");
    cpSync(viewerFolder(), viewer, { recursive: true });
    writeFileSync(join(root, "secret.txt"), "not for the web");
    const served = await serve([tinyFolder(), "--port", "0", "--viewer", viewer]);
    try {
      for (const path of ["/../secret.txt", "/assets/..%2f..%2fsecret.txt", "/%2e%2e/secret.txt", "/assets/%2e%2e%5c..%5csecret.txt"]) {
        const { status, body } = await rawGet(served.url, path);
        expect(status, path).toBeGreaterThanOrEqual(400);
        expect(status, path).toBeLessThan(500);
        expect(body, path).not.toContain("not for the web");
        expect(JSON.parse(body).error.code, path).toMatch(/^(bad-path|not-found)$/);
      }
    } finally {
      await served.stop();
    }
  });

  it("serves a graph JSON file that `actorgraph build` wrote", async () => {
    const out = join(temporaryFolder("serve-json"), "graph.json");
    expect((await cli(["build", "--data", tinyFolder(), "--out", out, "--no-layout"])).code).toBe(0);
    const served = await serve([out, "--port", "0", "--viewer", viewerFolder()]);
    try {
      expect(served.stdout()).toContain("(5 entities, 3 relations)");
    } finally {
      await served.stop();
    }
  });

  it("serves a GEXF file, as exported, with its relations' quotes", async () => {
    const gexf = join(temporaryFolder("serve-gexf"), "graph.gexf");
    expect((await cli(["export", "--data", tinyFolder(), "--format", "gexf", "--out", gexf])).code).toBe(0);
    const served = await serve([gexf, "--port", "0", "--viewer", viewerFolder()]);
    try {
      expect(served.stdout()).toContain("(5 entities, 3 relations)");
      const answer = (await (await fetch(`${served.url}api/paths/russia/kyiv`)).json()) as { paths: { steps: { evidence: unknown[] }[] }[] };
      expect(answer.paths[0]!.steps[0]!.evidence.length).toBeGreaterThan(0);
    } finally {
      await served.stop();
    }
  });

  it("takes the next port when the one asked for is in use, and says so", async () => {
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, "127.0.0.1", () => done()));
    const taken = (blocker.address() as { port: number }).port;
    const served = await serve([tinyFolder(), "--port", String(taken), "--viewer", viewerFolder()]);
    try {
      const port = Number(new URL(served.url).port);
      expect(port).toBeGreaterThan(taken);
      expect(served.stderr()).toBe(`port ${taken} in use; serving on ${port} instead\n`);
    } finally {
      await served.stop();
      await new Promise((done) => blocker.close(done));
    }
  });

  it("listens beyond localhost only with --public, and then warns", async () => {
    const refused = await cli(["serve", tinyFolder(), "--host", "0.0.0.0", "--port", "0", "--viewer", viewerFolder()]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--host 0.0.0.0 lets other machines read the graph; add --public to mean it");
    const served = await serve([tinyFolder(), "--host", "0.0.0.0", "--public", "--port", "0", "--viewer", viewerFolder()]);
    try {
      expect(served.stderr()).toMatch(/^warning: serving on 0\.0\.0\.0: anyone who can reach this machine on port \d+ can read this graph\n$/);
    } finally {
      await served.stop();
    }
  });

  it("prints the located errors of a data folder with errors and exits 1 without serving", async () => {
    const { code, stdout, stderr } = await cli(["serve", tinyFolder({ relations: TINY_RELATIONS.replace("target: kyiv", "target: kiyv") }), "--port", "0", "--viewer", viewerFolder()]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/relations\/main\.yaml:11:11 error\[unknown-entity\]: target "kiyv"/);
  });

  it("exits 1 on a missing folder and on a file that is not a graph, without serving", async () => {
    const missing = await cli(["serve", join(temporaryFolder("serve-missing"), "nowhere"), "--port", "0", "--viewer", viewerFolder()]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("error[missing-file]");
    const notGraph = join(temporaryFolder("serve-bad"), "graph.json");
    writeFileSync(notGraph, "{ not json");
    const bad = await cli(["serve", notGraph, "--port", "0", "--viewer", viewerFolder()]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toMatch(/graph\.json: not a graph JSON file \(.*\); export one with `actorgraph build --out FILE\.json`\nnothing is served\.\n$/);
    const notGexf = join(temporaryFolder("serve-bad"), "graph.gexf");
    writeFileSync(notGexf, '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "a">]><gexf/>');
    const refused = await cli(["serve", notGexf, "--port", "0", "--viewer", viewerFolder()]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("graph.gexf: XML with a DOCTYPE or entity declarations is not accepted");
  });

  it("refuses a bad port or two data arguments as usage errors (exit 2)", async () => {
    expect((await cli(["serve", "--port", "http"])).code).toBe(2);
    expect((await cli(["serve", "--port", "70000"])).stderr).toContain("--port takes a port number from 0 to 65535, not 70000");
    expect((await cli(["serve", "a", "--data", "b"])).stderr).toContain("give the data as the argument or as --data, not both");
  });
});

describe("actorgraph build --site", () => {
  it("writes the viewer with the graph inside, for any static host", async () => {
    const out = join(temporaryFolder("site"), "site");
    const { code, stdout } = await cli(["build", "--data", tinyFolder(), "--site", out, "--viewer", viewerFolder(), "--no-layout"]);
    expect(code).toBe(0);
    expect(stdout).toBe(`wrote the viewer with the graph to ${out}: 5 nodes, 3 edges\n`);
    expect(readdirSync(out).sort()).toEqual(["assets", "graph.json", "index.html"]);
    expect((JSON.parse(readFileSync(join(out, "graph.json"), "utf8")) as { nodes: unknown[] }).nodes).toHaveLength(5);
  });

  it("leaves the previous site whole when the data has errors", async () => {
    const out = join(temporaryFolder("site"), "site");
    expect((await cli(["build", "--data", tinyFolder(), "--site", out, "--viewer", viewerFolder(), "--no-layout"])).code).toBe(0);
    const before = readFileSync(join(out, "graph.json"), "utf8");
    const broken = await cli(["build", "--data", tinyFolder({ relations: TINY_RELATIONS.replace("target: kyiv", "target: kiyv") }), "--site", out, "--viewer", viewerFolder()]);
    expect(broken.code).toBe(1);
    expect(readFileSync(join(out, "graph.json"), "utf8")).toBe(before);
    expect(readdirSync(join(out, ".."))).toEqual(["site"]);
  });

  it("says where to get a viewer when the one given is not built (exit 2)", async () => {
    const empty = temporaryFolder("no-viewer");
    const { code, stderr } = await cli(["build", "--data", tinyFolder(), "--site", join(empty, "site"), "--viewer", empty]);
    expect(code).toBe(2);
    expect(stderr).toContain("no built viewer found to copy in");
    expect(existsSync(join(empty, "site"))).toBe(false);
  });
});
