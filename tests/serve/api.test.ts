// Specification of the query server's JSON API, over HTTP on the invented corpus (Valdoria, Norvask,
// Estmark): every endpoint, every error code, and every answer checked against the OpenAPI document
// the server itself serves.
import { createServer } from "node:net";
import Ajv2020 from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUERY_FILTER_OPTIONS } from "../../src/cli/commands/path.ts";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import { DEFAULT_SERVE_LIMITS } from "../../src/serve/limits.ts";
import { FILTER_PARAMETERS } from "../../src/serve/query-params.ts";
import { SITE_GRAPH_FILE, startServer, type RunningServer } from "../../src/serve/server.ts";
import { GRAPH_FILE } from "../../src/viewer/dev-server/protocol.ts";
import { corpusGraph } from "../export/helpers.ts";
import { layeredGraph } from "../query/fixture.ts";

let graph: KnowledgeGraph;
let server: RunningServer;
let openApi: { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
const ajv = new Ajv2020({ strict: false, allErrors: true });

beforeAll(async () => {
  graph = await corpusGraph();
  server = await startServer(graph, { port: 0, siteDir: null });
  openApi = (await (await fetch(`${server.url}api/openapi.json`)).json()) as typeof openApi;
  ajv.addSchema(openApi, "openapi");
});

afterAll(async () => {
  await server?.close();
});

/** The OpenAPI path template a request path falls under, e.g. /paths/{from}/{to}. */
function templateOf(path: string): string {
  const [route, ...rest] = path.replace(/^\/api/, "").split("?")[0]!.split("/").filter(Boolean);
  const templates: Record<string, string[]> = { entities: ["{entity}"], relations: ["{relation}"], neighbors: ["{entity}"], paths: ["{from}", "{to}"] };
  return `/${[route, ...rest.map((_s, i) => templates[route!]![i])].join("/")}`;
}

interface Answer {
  status: number;
  contentType: string | null;
  body: Record<string, any>;
}

/** GETs an API path, and checks that the answer is what the OpenAPI document says for that path and status. */
async function get(path: string): Promise<Answer> {
  const response = await fetch(`${server.url}${path.slice(1)}`);
  const body = (await response.json()) as Record<string, any>;
  const template = templateOf(path);
  const operation = openApi.paths[template]?.get;
  expect(operation, `the OpenAPI document describes ${template}`).toBeDefined();
  expect(Object.keys(operation!.responses), `the OpenAPI document lists status ${response.status} for ${template}`).toContain(String(response.status));
  const pointer = `openapi#/paths/${template.replaceAll("/", "~1")}/get/responses/${response.status}/content/application~1json/schema`;
  const valid = ajv.validate({ $ref: pointer }, body);
  expect(valid ? [] : ajv.errors, `${path} answers as its schema says`).toEqual([]);
  return { status: response.status, contentType: response.headers.get("content-type"), body };
}

describe("the OpenAPI document", () => {
  it("is served at /api/openapi.json, OpenAPI 3.1, with the server's limits as its maxima", async () => {
    const { status, body } = await get("/api/openapi.json");
    expect(status).toBe(200);
    expect(body.openapi).toBe("3.1.0");
    expect(Object.keys(body.paths).sort()).toEqual(["/entities", "/entities/{entity}", "/neighbors/{entity}", "/openapi.json", "/paths/{from}/{to}", "/relations/{relation}", "/resolve", "/stats"]);
    const k = body.paths["/paths/{from}/{to}"].get.parameters.find((p: { name: string }) => p.name === "k");
    expect(k.schema.maximum).toBe(DEFAULT_SERVE_LIMITS.maxPaths);
  });

  it("documents every filter the command line has, under the same names", async () => {
    const { body } = await get("/api/openapi.json");
    const names = body.paths["/paths/{from}/{to}"].get.parameters.map((p: { name: string }) => p.name);
    expect([...FILTER_PARAMETERS].sort()).toEqual(Object.keys(QUERY_FILTER_OPTIONS).sort());
    for (const flag of Object.keys(QUERY_FILTER_OPTIONS)) expect(names).toContain(flag);
  });
});

describe("GET /api/stats", () => {
  it("counts the graph and lists the most connected entities, as many as asked", async () => {
    const { status, contentType, body } = await get("/api/stats?top=2");
    expect(status).toBe(200);
    expect(contentType).toBe("application/json; charset=utf-8");
    expect(body.entities).toBe(graph.order);
    expect(body.relations).toBe(graph.size);
    expect(body.mostConnected).toHaveLength(2);
    expect(body.contested.relations).toContain("valdoria-supplies-norvask");
  });
});

describe("GET /api/entities and /api/resolve", () => {
  it("finds entities by part of a name, ignoring case and accents", async () => {
    const { status, body } = await get("/api/entities?q=NORV%C3%81SK");
    expect(status).toBe(200);
    expect(body.entities.map((e: { id: string }) => e.id)).toEqual(expect.arrayContaining(["norvask", "norvask-drone-corps", "norvask-armed-forces"]));
    expect(body.total).toBe(body.entities.length);
  });

  it("caps the list at limit and still says how many matched", async () => {
    const { body } = await get("/api/entities?q=norvask&limit=1");
    expect(body.entities).toHaveLength(1);
    expect(body.total).toBeGreaterThan(1);
  });

  it("resolves an alias to its entity", async () => {
    const { status, body } = await get("/api/resolve?name=Sparrowhawk");
    expect(status).toBe(200);
    expect(body).toEqual({ id: "kestrel-9", label: "Kestrel-9", type: "weapon" });
  });

  it("answers an unknown name with 404 unknown-entity and the nearest names", async () => {
    const { status, body } = await get("/api/resolve?name=Valdorai");
    expect(status).toBe(404);
    expect(body.error.code).toBe("unknown-entity");
    expect(body.error.message).toBe('unknown entity "Valdorai"');
    expect(body.error.hint).toBe('did you mean "valdoria" (Valdoria)?');
    expect(body.error.suggestions[0].id).toBe("valdoria");
  });

  it("refuses a search without text with 400 bad-option", async () => {
    const { status, body } = await get("/api/entities?q=");
    expect(status).toBe(400);
    expect(body.error.code).toBe("bad-option");
  });
});

describe("GET /api/entities/{entity}", () => {
  it("gives the entity, its outgoing and incoming relations, and those that list it as an item", async () => {
    const { status, body } = await get("/api/entities/Kestrel-9");
    expect(status).toBe(200);
    expect(body.entity).toMatchObject({ id: "kestrel-9", label: "Kestrel-9", aliases: expect.arrayContaining(["Sparrowhawk"]) });
    expect(body.asItem.relations.map((r: { id: string }) => r.id)).toContain("valdoria-supplies-norvask");
    const valdoria = (await get("/api/entities/valdoria")).body;
    expect(valdoria.outgoing.relations.map((r: { id: string }) => r.id)).toEqual(graph.outEdges("valdoria"));
    expect(valdoria.incoming.total).toBe(graph.inDegree("valdoria"));
  });

  it("answers an unknown entity with 404 and did-you-mean", async () => {
    const { status, body } = await get("/api/entities/norvsk");
    expect(status).toBe(404);
    expect(body.error.code).toBe("unknown-entity");
    expect(body.error.hint).toContain('"norvask" (Norvask)');
  });
});

describe("GET /api/relations/{relation}", () => {
  it("gives the relation with every quote and the document each comes from", async () => {
    const { status, body } = await get("/api/relations/valdoria-supplies-norvask");
    expect(status).toBe(200);
    expect(body.source.id).toBe("valdoria");
    expect(body.target.id).toBe("norvask");
    expect(body.contested).toBe(true);
    expect(body.evidence.length).toBe(graph.getEdgeAttribute("valdoria-supplies-norvask", "evidence").length);
    const denial = body.evidence.find((e: { status?: string }) => e.status === "denied");
    expect(denial).toMatchObject({ source: "doc-c", sourceKind: expect.any(String), sourceTitle: expect.any(String) });
  });

  it("answers an unknown relation with 404 unknown-relation and the nearest ids", async () => {
    const { status, body } = await get("/api/relations/valdoria-supplies-norvsk");
    expect(status).toBe(404);
    expect(body.error.code).toBe("unknown-relation");
    expect(body.error.hint).toContain('"valdoria-supplies-norvask"');
  });
});

describe("GET /api/neighbors/{entity}", () => {
  it("lists what lies within hops steps, each entity with its distance", async () => {
    const { status, body } = await get("/api/neighbors/valdoria?hops=2");
    expect(status).toBe(200);
    const distance = Object.fromEntries(body.entities.map((e: { id: string; distance: number }) => [e.id, e.distance]));
    expect(distance.norvask).toBe(1);
    expect(distance["port-halden"]).toBe(2);
  });

  it("takes the command line's filters", async () => {
    const { body } = await get("/api/neighbors/valdoria?exclude-contested=true");
    expect(body.relations.map((r: { id: string }) => r.id)).not.toContain("valdoria-supplies-norvask");
  });

  it(`refuses more than ${DEFAULT_SERVE_LIMITS.maxNeighborHops} hops with 400 too-large`, async () => {
    const { status, body } = await get(`/api/neighbors/valdoria?hops=${DEFAULT_SERVE_LIMITS.maxNeighborHops + 1}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe("too-large");
  });
});

describe("GET /api/paths/{from}/{to}", () => {
  it("gives the shortest path step by step, with the quotes behind each step", async () => {
    const { status, body } = await get("/api/paths/Valdoria/Port%20Halden");
    expect(status).toBe(200);
    expect(body.mode).toBe("shortest");
    expect(body.paths).toHaveLength(1);
    expect(body.paths[0].steps.map((s: { relation: string }) => s.relation)[0]).toBe("valdoria-supplies-norvask");
    expect(body.paths[0].steps[0].evidence.length).toBeGreaterThan(0);
  });

  it("takes the corroboration filters: two documents a step gives the longer route", async () => {
    const { body } = await get("/api/paths/valdoria/port-halden?min-sources=2");
    expect(body.paths[0].steps.map((s: { to: string }) => s.to)).toEqual(["norvask-drone-corps", "norvask-armed-forces", "port-halden"]);
  });

  it("gives the k shortest paths, every shortest path, and every simple path", async () => {
    const k = (await get("/api/paths/valdoria/port-halden?mode=k&k=2")).body;
    expect(k.paths).toHaveLength(2);
    expect(k.paths[0].steps.length).toBeLessThanOrEqual(k.paths[1].steps.length);
    const all = (await get("/api/paths/valdoria/port-halden?mode=all")).body;
    expect(all.paths.every((p: { steps: unknown[] }) => p.steps.length === all.paths[0].steps.length)).toBe(true);
    const simple = (await get("/api/paths/valdoria/port-halden?mode=simple&max-hops=3")).body;
    expect(simple.paths.length).toBeGreaterThanOrEqual(k.paths.length);
  });

  it("answers no path with 200, an empty list and the filters that cut it off", async () => {
    const { status, body } = await get("/api/paths/valdoria/port-halden?min-sources=3");
    expect(status).toBe(200);
    expect(body.paths).toEqual([]);
    expect(body.noPath.cutBy).toContain("minSources");
  });

  it("refuses an unknown parameter with 400 unknown-parameter, naming the one it could mean", async () => {
    const { status, body } = await get("/api/paths/valdoria/port-halden?min-source=2");
    expect(status).toBe(400);
    expect(body.error).toEqual({ code: "unknown-parameter", message: 'unknown parameter "min-source"', hint: 'did you mean "min-sources"?' });
  });

  it("refuses a malformed date with 400 bad-option and the command line's message", async () => {
    const { status, body } = await get("/api/paths/valdoria/port-halden?from=2023-02-30");
    expect(status).toBe(400);
    expect(body.error.code).toBe("bad-option");
    expect(body.error.message).toMatch(/^from: "2023-02-30" /);
  });

  it("refuses an unknown relation type, mode or flag value with 400 bad-option", async () => {
    for (const query of ["only=supplys", "mode=longest", "time-respecting=yes", "status=rumoured", "direction=sideways", "k=2"]) {
      const { status, body } = await get(`/api/paths/valdoria/port-halden?${query}`);
      expect(status, query).toBe(400);
      expect(body.error.code, query).toBe("bad-option");
    }
  });

  it("refuses huge values and over-long parameters with 400, before any search", async () => {
    const k = await get(`/api/paths/valdoria/port-halden?mode=k&k=${DEFAULT_SERVE_LIMITS.maxPaths + 1}`);
    expect(k.body.error.code).toBe("too-large");
    const hops = await get("/api/paths/valdoria/port-halden?max-hops=99999999999999999999");
    expect(hops.status).toBe(400);
    const long = await get(`/api/paths/valdoria/port-halden?only=${"a".repeat(DEFAULT_SERVE_LIMITS.maxParameterLength + 1)}`);
    expect(long.body.error.code).toBe("too-long");
  });

  it("answers an unknown end with 404 unknown-entity", async () => {
    const { status, body } = await get("/api/paths/valdoria/port-haldn");
    expect(status).toBe(404);
    expect(body.error.hint).toContain('"port-halden"');
  });
});

describe("what the server refuses", () => {
  it("answers an unknown endpoint with 404 not-found, naming the nearest one", async () => {
    const response = await fetch(`${server.url}api/stat`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "not-found", message: "no API endpoint at /api/stat", hint: "did you mean /api/stats?" } });
  });

  it("is read-only: any method but GET and HEAD gets 405", async () => {
    for (const method of ["POST", "PUT", "DELETE"]) {
      const response = await fetch(`${server.url}api/stats`, { method });
      expect(response.status).toBe(405);
      expect(((await response.json()) as Answer["body"]).error.code).toBe("method-not-allowed");
    }
  });

  it("answers a malformed escape with 400 bad-request, never a stack trace", async () => {
    const response = await fetch(`${server.url}api/entities/%E0%A4%A`);
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text).error.code).toBe("bad-request");
    expect(text).not.toMatch(/at .*\.ts:\d+/);
  });

  it("serves the graph as the viewer reads it at /graph.json, and no viewer when it has none", async () => {
    expect(SITE_GRAPH_FILE).toBe(GRAPH_FILE);
    const data = (await (await fetch(`${server.url}${SITE_GRAPH_FILE}`)).json()) as { nodes: unknown[]; edges: unknown[] };
    expect(data.nodes).toHaveLength(graph.order);
    expect(data.edges).toHaveLength(graph.size);
    const page = await fetch(server.url);
    expect(page.status).toBe(404);
  });
});

describe("the time budget", () => {
  it("stops a query that runs past it and answers 503 query-budget, then goes on serving", async () => {
    // 12^5 paths of 6 steps: far more than 5 ms allows enumerating.
    const dense = await startServer(layeredGraph(5, 12), { port: 0, siteDir: null, limits: { ...DEFAULT_SERVE_LIMITS, timeBudgetMs: 5, maxPaths: Number.MAX_SAFE_INTEGER } });
    try {
      const response = await fetch(`${dense.url}api/paths/start/end?mode=simple&max-hops=6`);
      expect(response.status).toBe(503);
      const body = (await response.json()) as Answer["body"];
      expect(ajv.validate({ $ref: "openapi#/components/schemas/Error" }, body)).toBe(true);
      expect(body.error.code).toBe("query-budget");
      expect(body.error.message).toBe("this path query ran past this server's time budget of 5 ms and was stopped");
      expect((await fetch(`${dense.url}api/paths/start/end`)).status).toBe(200);
    } finally {
      await dense.close();
    }
  });
});

describe("startServer", () => {
  it("takes the next port when the one asked for is in use, and says which were taken", async () => {
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, "127.0.0.1", () => done()));
    const taken = (blocker.address() as { port: number }).port;
    const second = await startServer(graph, { port: taken, siteDir: null, portAttempts: 5 });
    try {
      expect(second.portsInUse).toEqual([taken]);
      expect(second.port).toBeGreaterThan(taken);
      expect((await fetch(`${second.url}api/stats`)).status).toBe(200);
    } finally {
      await second.close();
      await new Promise((done) => blocker.close(done));
    }
  });
});
