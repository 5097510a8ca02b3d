// The local query server: node:http serving the built viewer with one loaded graph, and the JSON API over it. Read-only.
import { readFile, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { graphToJson } from "../export/json.ts";
import type { KnowledgeGraph } from "../graph/types.ts";
import { API_PREFIX, errorResponse, handleApiRequest, OPENAPI_PATH, type ApiResponse } from "./api.ts";
import { DEFAULT_SERVE_LIMITS, type ServeLimits } from "./limits.ts";
import { openApiDocument } from "./openapi.ts";

/** The file the viewer fetches its graph from, next to its page (GRAPH_FILE in the viewer's protocol). */
export const SITE_GRAPH_FILE = "graph.json";

/** Hosts that only this machine can reach. */
export const LOCAL_HOSTS: readonly string[] = ["127.0.0.1", "localhost", "::1"];

/** How {@link startServer} runs. */
export interface ServerOptions {
  /** The built viewer (index.html and assets/), or null to serve the API alone. */
  siteDir: string | null;
  /** Interface to listen on; anything but {@link LOCAL_HOSTS} lets other machines in. */
  host: string;
  /** First port to try; 0 lets the system pick one. */
  port: number;
  /** How many ports after `port` to try when it is taken. */
  portAttempts: number;
  limits: ServeLimits;
  /** The version the OpenAPI document gives. */
  version: string;
}

/** Defaults: localhost, port 7878 or the next free one of the 20 after it, the default limits. */
export const DEFAULT_SERVER_OPTIONS: ServerOptions = { siteDir: null, host: "127.0.0.1", port: 7878, portAttempts: 20, limits: DEFAULT_SERVE_LIMITS, version: "0.1.0" };

/** A server that is listening. */
export interface RunningServer {
  /** The root address, e.g. http://127.0.0.1:7878/ */
  url: string;
  port: number;
  /** Ports tried and found taken before this one. */
  portsInUse: number[];
  server: Server;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

function send(response: ServerResponse, status: number, contentType: string, body: string | Buffer, head: boolean): void {
  response.writeHead(status, { "Content-Type": contentType, "Content-Length": Buffer.byteLength(body), "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" });
  response.end(head ? undefined : body);
}

function sendJson(response: ServerResponse, answer: ApiResponse, head: boolean): void {
  send(response, answer.status, "application/json; charset=utf-8", JSON.stringify(answer.body), head);
}

/** The file of the site a URL path names, or undefined when it would leave the site folder. */
function siteFile(siteDir: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0") || decoded.split(/[\\/]/).includes("..")) return undefined;
  const file = normalize(join(siteDir, decoded.endsWith("/") ? `${decoded}index.html` : decoded));
  return file === siteDir || file.startsWith(siteDir + sep) ? file : undefined;
}

async function serveSiteFile(response: ServerResponse, siteDir: string, pathname: string, head: boolean): Promise<void> {
  const file = siteFile(siteDir, pathname);
  if (file === undefined) return sendJson(response, errorResponse(400, "bad-path", `the path ${JSON.stringify(pathname)} is not a file of the site`), head);
  try {
    if (!(await stat(file)).isFile()) throw new Error("not a file");
    const body = await readFile(file);
    send(response, 200, CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream", body, head);
  } catch {
    sendJson(response, errorResponse(404, "not-found", `no file at ${pathname}`), head);
  }
}

/**
 * The request handler: `GET`/`HEAD` only; the API under {@link API_PREFIX}, the graph as the viewer
 * reads it at /graph.json, and the viewer's files. A bug in a handler answers 500 with a JSON error
 * (and no stack trace) and is passed to `onError`.
 */
export function requestHandler(graph: KnowledgeGraph, options: ServerOptions, onError: (error: unknown) => void) {
  const graphJson = graphToJson(graph);
  const openApi = JSON.stringify(openApiDocument(options.limits, options.version));
  const siteDir = options.siteDir === null ? null : resolve(options.siteDir);
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const head = request.method === "HEAD";
    try {
      if (request.method !== "GET" && !head) {
        response.setHeader("Allow", "GET, HEAD");
        return sendJson(response, errorResponse(405, "method-not-allowed", `${request.method} is not allowed: this server is read-only`, "use GET"), head);
      }
      const url = new URL(request.url ?? "/", "http://localhost");
      const pathname = url.pathname;
      if (pathname === OPENAPI_PATH) return send(response, 200, "application/json; charset=utf-8", openApi, head);
      if (pathname === API_PREFIX || pathname.startsWith(`${API_PREFIX}/`)) return sendJson(response, handleApiRequest(graph, pathname, url.searchParams, options.limits), head);
      if (pathname === `/${SITE_GRAPH_FILE}`) return send(response, 200, "application/json; charset=utf-8", graphJson, head);
      if (siteDir === null) return sendJson(response, errorResponse(404, "not-found", `no viewer is served here; the API is at ${API_PREFIX}`, `see ${OPENAPI_PATH}`), head);
      return await serveSiteFile(response, siteDir, pathname, head);
    } catch (error) {
      onError(error);
      if (!response.headersSent) sendJson(response, errorResponse(500, "internal-error", "the server failed on this request; it is still running"), head);
    }
  };
}

function listen(server: Server, port: number, host: string): Promise<number | "in-use"> {
  return new Promise((done, fail) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off("listening", onListening);
      if (error.code === "EADDRINUSE") done("in-use");
      else fail(error);
    };
    const onListening = () => {
      server.off("error", onError);
      const address = server.address();
      done(typeof address === "object" && address ? address.port : port);
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen(port, host);
  });
}

/**
 * Serves `graph` (already loaded: it is never read again) until closed. When the port is taken it
 * tries the next ones, up to `portAttempts`, and says which it took in `portsInUse`.
 */
export async function startServer(graph: KnowledgeGraph, partial: Partial<ServerOptions> = {}, onError: (error: unknown) => void = () => {}): Promise<RunningServer> {
  const options = { ...DEFAULT_SERVER_OPTIONS, ...partial };
  const handler = requestHandler(graph, options, onError);
  const server = createServer((request, response) => void handler(request, response));
  const portsInUse: number[] = [];
  for (let attempt = 0; attempt <= options.portAttempts; attempt++) {
    const wanted = options.port === 0 ? 0 : options.port + attempt;
    const bound = await listen(server, wanted, options.host);
    if (bound === "in-use") {
      portsInUse.push(wanted);
      continue;
    }
    const hostInUrl = options.host.includes(":") ? `[${options.host}]` : options.host;
    return {
      url: `http://${hostInUrl}:${bound}/`,
      port: bound,
      portsInUse,
      server,
      close: () =>
        new Promise<void>((done) => {
          server.close(() => done());
          server.closeAllConnections();
        }),
    };
  }
  throw new Error(`ports ${options.port} to ${options.port + options.portAttempts} are all in use; choose another with --port`);
}
