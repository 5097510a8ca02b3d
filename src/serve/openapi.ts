// The API's OpenAPI 3.1 description, built from the same tables the handlers use (filters, path modes, limits).
import { STATUSES } from "../model/status.ts";
import { API_PREFIX, PATH_MODES } from "./api.ts";
import type { ServeLimits } from "./limits.ts";

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const query = (name: string, description: string, schema: Schema, required = false) => ({ name, in: "query", required, description, schema });
const pathParameter = (name: string, description: string) => ({ name, in: "path", required: true, description, schema: { type: "string" } });
const json = (schema: Schema, description: string) => ({ description, content: { "application/json": { schema } } });

/** The error answers an endpoint may give, by status. */
function errors(...statuses: number[]): Record<string, unknown> {
  const what: Record<number, string> = {
    400: "a bad option or parameter (`bad-option`, `unknown-parameter`, `too-large`, `too-long`, `bad-request`)",
    404: "an unknown entity or relation (`unknown-entity`, `unknown-relation`, with the nearest names) or endpoint (`not-found`)",
    503: "the query ran past the server's time budget (`query-budget`)",
  };
  return Object.fromEntries(statuses.map((status) => [String(status), json(ref("Error"), what[status]!)]));
}

function filterParameters() {
  return [
    query("direction", "`follow` relations' direction (default) or walk them both ways (`any`)", { type: "string", enum: ["follow", "any"] }),
    query("only", "relation types that may be used, comma-separated", { type: "string" }),
    query("exclude", "relation types that may not be used, comma-separated", { type: "string" }),
    query("entity-types", "entity types a path may pass through, comma-separated (the ends always may)", { type: "string" }),
    query("exclude-entity-types", "entity types a path may not pass through, comma-separated", { type: "string" }),
    query("from", "date window start, YYYY[-MM[-DD]], compared at each relation's precision", { type: "string" }),
    query("to", "date window end, inclusive", { type: "string" }),
    query("undated", "undated relations under a date window or time order: `keep` (default) or `drop`", { type: "string", enum: ["keep", "drop"] }),
    query("time-respecting", "each step dated no earlier than the steps before it", { type: "boolean" }),
    query("status", `statuses that make a relation usable, comma-separated, or \`all\` (default: all but denied): ${STATUSES.join(", ")}`, { type: "string" }),
    query("min-sources", "use only relations quoted from at least this many documents", { type: "integer", minimum: 1 }),
    query("exclude-contested", "leave out relations some document denies while another reports or confirms them", { type: "boolean" }),
  ];
}

const ENTITY_SUMMARY: Schema = { type: "object", required: ["id", "label", "type"], properties: { id: { type: "string" }, label: { type: "string" }, type: { type: "string" } } };

const RELATION_SUMMARY: Schema = {
  type: "object",
  required: ["id", "source", "target", "type", "label", "directed", "status", "sourceCount", "contested"],
  properties: {
    id: { type: "string" },
    source: { type: "string" },
    target: { type: "string" },
    type: { type: "string" },
    label: { type: "string" },
    directed: { type: "boolean" },
    date: { type: "string" },
    end: { type: "string" },
    status: { type: "string", enum: [...STATUSES] },
    sourceCount: { type: "integer" },
    contested: { type: "boolean" },
  },
};

const EVIDENCE: Schema = {
  type: "object",
  required: ["source", "quote"],
  properties: { source: { type: "string" }, quote: { type: "string" }, status: { type: "string", enum: [...STATUSES] }, assertedBy: { type: "array", items: { type: "string" } } },
};

const PATH_STEP: Schema = {
  type: "object",
  required: ["from", "to", "relation", "type", "label", "direction", "directed", "status", "assertedBy", "items", "evidence", "sourceCount", "stanceCounts", "supportedBy", "deniedBy", "contested"],
  properties: {
    from: { type: "string" },
    to: { type: "string" },
    relation: { type: "string", description: "the relation id: /api/relations/{id} gives it whole" },
    type: { type: "string" },
    label: { type: "string" },
    direction: { type: "string" },
    directed: { type: "boolean" },
    date: { type: "string" },
    end: { type: "string" },
    status: { type: "string", enum: [...STATUSES] },
    assertedBy: { type: "array", items: { type: "string" } },
    items: { type: "array", items: { type: "string" } },
    evidence: { type: "array", items: ref("Evidence") },
    sourceCount: { type: "integer" },
    stanceCounts: { type: "object", additionalProperties: { type: "integer" } },
    supportedBy: { type: "array", items: { type: "string" } },
    deniedBy: { type: "array", items: { type: "string" } },
    contested: { type: "boolean" },
    firstReported: { type: "string" },
  },
};

const LISTED_RELATIONS: Schema = { type: "object", required: ["total", "relations"], properties: { total: { type: "integer" }, relations: { type: "array", items: ref("RelationSummary") } } };

/**
 * The OpenAPI 3.1 document of the API as this server runs it: its limits are the schemas' maxima,
 * so a client can read what it may ask for.
 */
export function openApiDocument(limits: ServeLimits, version: string): Record<string, unknown> {
  const limit = (fallback: number) => query("limit", `most items listed (default ${fallback})`, { type: "integer", minimum: 1, maximum: limits.maxListed });
  return {
    openapi: "3.1.0",
    info: {
      title: "actorgraph query API",
      version,
      description:
        "Read-only queries over one knowledge graph of actors and typed relations, each relation traced to its evidence quotes. " +
        "Errors are JSON `{error: {code, message, hint?}}` with the codes of the actorgraph command line. " +
        `Every query is bounded: at most ${limits.maxHops} steps (${limits.maxSimpleHops} for mode=simple), ${limits.maxPaths} paths, ` +
        `${limits.maxNeighborHops} neighbour hops, ${limits.maxListed} listed items, and ${limits.timeBudgetMs} ms.`,
    },
    servers: [{ url: API_PREFIX }],
    paths: {
      "/stats": {
        get: {
          summary: "Counts by entity and relation type and status, the most connected entities, dates, corroboration",
          parameters: [query("top", "how many most-connected entities (default 10)", { type: "integer", minimum: 1, maximum: limits.maxListed })],
          responses: { "200": json(ref("Stats"), "the graph's statistics"), ...errors(400) },
        },
      },
      "/entities": {
        get: {
          summary: "Entities whose id, label or alias contains the text (case and accents ignored)",
          parameters: [query("q", "the text to look for", { type: "string", minLength: 1 }, true), limit(20)],
          responses: {
            "200": json({ type: "object", required: ["q", "total", "entities"], properties: { q: { type: "string" }, total: { type: "integer" }, entities: { type: "array", items: ref("EntitySummary") } } }, "the matches, in graph order"),
            ...errors(400),
          },
        },
      },
      "/resolve": {
        get: {
          summary: "The entity a name means (an id, label or alias, any case, with or without accents)",
          parameters: [query("name", "the name", { type: "string", minLength: 1 }, true)],
          responses: { "200": json(ref("EntitySummary"), "the entity"), ...errors(400, 404) },
        },
      },
      "/entities/{entity}": {
        get: {
          summary: "An entity with its relations: outgoing, incoming, and those that list it as an item",
          parameters: [pathParameter("entity", "an entity id, label or alias"), limit(200)],
          responses: {
            "200": json(
              {
                type: "object",
                required: ["entity", "outgoing", "incoming", "asItem"],
                properties: {
                  entity: { type: "object", required: ["id", "label", "type", "aliases", "description"], properties: { id: { type: "string" }, label: { type: "string" }, type: { type: "string" }, aliases: { type: "array", items: { type: "string" } }, description: { type: "string" } } },
                  outgoing: LISTED_RELATIONS,
                  incoming: LISTED_RELATIONS,
                  asItem: LISTED_RELATIONS,
                },
              },
              "the entity and its relations (without their quotes)",
            ),
            ...errors(400, 404),
          },
        },
      },
      "/relations/{relation}": {
        get: {
          summary: "A relation with its evidence quotes, each with the document it comes from",
          parameters: [pathParameter("relation", "the relation id, e.g. russia:attacked:kyiv:2023-05-28")],
          responses: {
            "200": json(
              {
                type: "object",
                required: ["id", "source", "target", "type", "label", "status", "evidence", "sourceCount", "stanceCounts", "contested"],
                properties: {
                  id: { type: "string" },
                  source: ref("EntitySummary"),
                  target: ref("EntitySummary"),
                  type: { type: "string" },
                  label: { type: "string" },
                  status: { type: "string", enum: [...STATUSES] },
                  evidence: { type: "array", items: { allOf: [ref("Evidence")], properties: { sourceTitle: { type: "string" }, sourceKind: { type: "string" }, sourceDate: { type: "string" } } } },
                  sourceCount: { type: "integer" },
                  stanceCounts: { type: "object", additionalProperties: { type: "integer" } },
                  contested: { type: "boolean" },
                },
              },
              "the relation",
            ),
            ...errors(400, 404),
          },
        },
      },
      "/neighbors/{entity}": {
        get: {
          summary: "The entities within a few steps of an entity under the filters, and the relations among them",
          parameters: [
            pathParameter("entity", "an entity id, label or alias"),
            query("hops", `how many steps (default 1, at most ${limits.maxNeighborHops})`, { type: "integer", minimum: 0, maximum: limits.maxNeighborHops }),
            limit(200),
            ...filterParameters(),
          ],
          responses: {
            "200": json(
              {
                type: "object",
                required: ["center", "hops", "options", "total", "entities", "relations", "asItem"],
                properties: {
                  center: ref("EntitySummary"),
                  hops: { type: "integer" },
                  options: { type: "object" },
                  total: { type: "object", required: ["entities", "relations", "asItem"], properties: { entities: { type: "integer" }, relations: { type: "integer" }, asItem: { type: "integer" } } },
                  entities: { type: "array", items: { allOf: [ref("EntitySummary")], required: ["distance"], properties: { distance: { type: "integer" } } } },
                  relations: { type: "array", items: ref("RelationSummary") },
                  asItem: { type: "array", items: ref("RelationSummary") },
                },
              },
              "the neighbourhood",
            ),
            ...errors(400, 404, 503),
          },
        },
      },
      "/paths/{from}/{to}": {
        get: {
          summary: "How two entities are connected: the shortest path, every shortest path, the k shortest, or every simple path",
          parameters: [
            pathParameter("from", "an entity id, label or alias"),
            pathParameter("to", "an entity id, label or alias"),
            query("mode", "`shortest` (default), `all` shortest, `k` shortest, or every `simple` path up to max-hops", { type: "string", enum: [...PATH_MODES] }),
            query("k", `mode=k: how many paths (default 3, at most ${limits.maxPaths})`, { type: "integer", minimum: 1, maximum: limits.maxPaths }),
            query("max-hops", `the longest path in steps (at most ${limits.maxHops}; mode=simple: default 4, at most ${limits.maxSimpleHops})`, { type: "integer", minimum: 1, maximum: limits.maxHops }),
            query("explain", "when there is no path, say which filters cut it off (default true)", { type: "boolean" }),
            ...filterParameters(),
          ],
          responses: {
            "200": json(
              {
                type: "object",
                required: ["from", "to", "mode", "options", "paths"],
                properties: {
                  from: ref("EntitySummary"),
                  to: ref("EntitySummary"),
                  mode: { type: "string", enum: [...PATH_MODES] },
                  k: { type: "integer" },
                  options: { type: "object" },
                  paths: { type: "array", maxItems: limits.maxPaths, items: { type: "object", required: ["from", "to", "steps"], properties: { from: { type: "string" }, to: { type: "string" }, steps: { type: "array", items: ref("PathStep") } } } },
                  noPath: { type: "object", required: ["active", "cutBy", "connectedWithoutFilters"], properties: { active: { type: "array", items: { type: "string" } }, cutBy: { type: "array", items: { type: "string" } }, connectedWithoutFilters: { type: "boolean" } } },
                },
              },
              "the paths, shortest first (empty, with `noPath`, when there is none: that is an answer, not an error)",
            ),
            ...errors(400, 404, 503),
          },
        },
      },
      "/openapi.json": { get: { summary: "This description", responses: { "200": json({ type: "object", required: ["openapi", "paths"] }, "the OpenAPI document") } } },
    },
    components: {
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: { error: { type: "object", required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string" }, hint: { type: "string" }, suggestions: { type: "array" } } } },
        },
        EntitySummary: ENTITY_SUMMARY,
        RelationSummary: RELATION_SUMMARY,
        Evidence: EVIDENCE,
        PathStep: PATH_STEP,
        Stats: {
          type: "object",
          required: ["entities", "relations", "entitiesByType", "relationsByType", "relationsByStatus", "mostConnected", "dates", "relationsBySourceCount", "contested", "sources"],
          properties: { entities: { type: "integer" }, relations: { type: "integer" }, mostConnected: { type: "array", maxItems: limits.maxListed } },
        },
      },
    },
  };
}
