// `actorgraph path FROM TO`: how two entities are connected, step by step, with the quotes behind each step.
import { resolve } from "node:path";
import { counted } from "../../model/wording.ts";
import { buildGraph } from "../../graph/build.ts";
import type { KnowledgeGraph } from "../../graph/types.ts";
import { loadDataFolder } from "../../load/read-folder.ts";
import { STATUSES, type Status } from "../../model/status.ts";
import { QueryOptionError } from "../../query/errors.ts";
import { explainPath } from "../../query/explain.ts";
import { describeFilters, resolvePathQueryOptions, validatePathQueryOptions, type FilterName, type PathQueryOptions } from "../../query/options.ts";
import type { Path } from "../../query/path.ts";
import { allShortestPaths, allSimplePaths, DEFAULT_SIMPLE_PATH_HOPS, kShortestPaths, shortestPath } from "../../query/paths.ts";
import { resolveEntity } from "../../query/resolve-entity.ts";
import { explainNoPath, LIFT_ONE_INTRO, whyNoPath } from "../../query/why-no-path.ts";
import { DATA_OPTION, type Command, type OptionSpec, type OptionValues } from "../command.ts";
import { EXIT, UsageError, type CliIO } from "../io.ts";
import { integerOption, loadOrReport, INCLUDE_PROPOSED_OPTION } from "../load-data.ts";

/** The filter options `path` and `neighbors` share; each maps to a field of PathQueryOptions. */
export const QUERY_FILTER_OPTIONS: Record<string, OptionSpec> = {
  direction: { type: "string", valueName: "follow|any", help: "follow relations' direction (default) or walk them both ways" },
  only: { type: "string", valueName: "TYPES", help: "use only these relation types (comma-separated)" },
  exclude: { type: "string", valueName: "TYPES", help: "do not use these relation types (comma-separated)" },
  "entity-types": { type: "string", valueName: "TYPES", help: "pass only through these entity types (comma-separated)" },
  "exclude-entity-types": { type: "string", valueName: "TYPES", help: "do not pass through these entity types" },
  from: { type: "string", valueName: "DATE", help: "date window start, YYYY[-MM[-DD]], at each relation's precision" },
  to: { type: "string", valueName: "DATE", help: "date window end, inclusive" },
  undated: { type: "string", valueName: "keep|drop", help: "undated relations under --from/--to/--time-respecting (default keep)" },
  "time-respecting": { type: "boolean", help: "each step dated no earlier than the steps before it" },
  status: { type: "string", valueName: "LIST|all", help: "use a relation when a source takes one of these statuses, comma-separated (default: all but denied)" },
  "min-sources": { type: "string", valueName: "N", help: "use only relations quoted from at least N source documents (default: 1)" },
  "exclude-contested": { type: "boolean", help: "leave out relations some source denies while another reports or confirms them" },
};

/** The option that lifts each filter, for "no path" answers. */
export const FILTER_FLAGS: Record<FilterName, string> = {
  direction: "--direction any",
  relationTypes: "without --only/--exclude",
  entityTypes: "without --entity-types/--exclude-entity-types",
  dateWindow: "without --from/--to",
  undated: "--undated keep",
  timeRespecting: "without --time-respecting",
  statuses: "--status all",
  minSources: "without --min-sources",
  contested: "without --exclude-contested",
  maxHops: "without --max-hops",
};

const csv = (value: unknown): string[] =>
  value === undefined ? [] : String(value).split(",").map((s) => s.trim()).filter(Boolean);

/** Turns parsed CLI values into query options; bad values are usage errors naming the option. */
export function queryOptionsFrom(values: OptionValues, graph: KnowledgeGraph): PathQueryOptions {
  const status = values.status === undefined ? undefined : String(values.status).trim() === "all" ? [...STATUSES] : (csv(values.status) as Status[]);
  const options = resolvePathQueryOptions({
    ...(values.direction !== undefined ? { direction: String(values.direction) as PathQueryOptions["direction"] } : {}),
    includeRelationTypes: csv(values.only),
    excludeRelationTypes: csv(values.exclude),
    includeEntityTypes: csv(values["entity-types"]),
    excludeEntityTypes: csv(values["exclude-entity-types"]),
    from: values.from === undefined ? null : String(values.from),
    to: values.to === undefined ? null : String(values.to),
    ...(values.undated !== undefined ? { undated: String(values.undated) as PathQueryOptions["undated"] } : {}),
    timeRespecting: values["time-respecting"] === true,
    ...(status ? { statuses: status } : {}),
    minSources: integerOption(values["min-sources"], "min-sources", 1) ?? 1,
    excludeContested: values["exclude-contested"] === true,
    maxHops: integerOption(values["max-hops"], "max-hops", 1) ?? null,
  });
  try {
    validatePathQueryOptions(options, graph.getAttributes().ontology);
  } catch (error) {
    if (error instanceof QueryOptionError) throw new UsageError(error.message);
    throw error;
  }
  return options;
}

/** Help text listing the relation and entity types of the default data folder, read from its ontology. */
export async function typesHelp(io: CliIO): Promise<string> {
  const loaded = await loadDataFolder(resolve(io.cwd, "graph-data"));
  if (!loaded.ok) return "Relation and entity types: run `actorgraph types --data DIR` to list them.";
  const { relationTypes, entityTypes } = loaded.dataset.ontology;
  return (
    `Relation types (graph-data): ${relationTypes.map((t) => t.id).join(", ")}\n` +
    `Entity types (graph-data): ${entityTypes.map((t) => t.id).join(", ")}\n` +
    `Statuses: ${STATUSES.join(", ")}`
  );
}

/** Notes on how undated relations were treated, when dates mattered to the query. */
export function undatedNote(options: PathQueryOptions): string | undefined {
  if (options.from === null && options.to === null && !options.timeRespecting) return undefined;
  return options.undated === "keep"
    ? "Undated relations are kept: they pass the date window and are not checked for time order (--undated drop leaves them out)."
    : "Undated relations are left out (--undated keep lets them through).";
}

/** Loads the data and resolves entity names; prints suggestions and returns an exit code when a name is unknown. */
export async function loadAndResolve(values: OptionValues, names: string[], io: CliIO, command: string): Promise<{ graph: KnowledgeGraph; ids: string[] } | number> {
  const dataset = await loadOrReport(values.data, io, { includeProposed: values["include-proposed"] === true });
  if (typeof dataset === "number") return dataset;
  const graph = buildGraph(dataset, { layout: false });
  const ids: string[] = [];
  let unknown = false;
  for (const name of names) {
    const found = resolveEntity(graph, name);
    if (found.ok) {
      ids.push(found.id);
      continue;
    }
    unknown = true;
    const hint = found.suggestions.length
      ? `did you mean ${found.suggestions.map((s) => `"${s.id}" (${s.label})`).join(" or ")}?`
      : "no entity has a close id, label or alias; `actorgraph stats` lists the most connected ones";
    io.stderr(`actorgraph ${command}: unknown entity "${name}" — ${hint}\n`);
  }
  return unknown ? EXIT.data : { graph, ids };
}

function filtersLine(options: PathQueryOptions): string {
  const filters = describeFilters(options);
  return `Filters: ${filters.length ? filters.join("; ") : "none"}`;
}

type Mode = { kind: "shortest" } | { kind: "all" } | { kind: "k"; k: number } | { kind: "simple" };

function heading(graph: KnowledgeGraph, mode: Mode, paths: Path[], from: string, to: string, options: PathQueryOptions): string {
  const a = graph.getNodeAttribute(from, "label");
  const b = graph.getNodeAttribute(to, "label");
  switch (mode.kind) {
    case "shortest":
      return `Shortest path from ${a} to ${b} (${counted(paths[0]!.steps.length, "step")})`;
    case "all":
      return `${counted(paths.length, "shortest path")} from ${a} to ${b} (${counted(paths[0]!.steps.length, "step")} each)`;
    case "k":
      return `${counted(paths.length, "shortest path")} from ${a} to ${b} (asked for ${mode.k}), shortest first`;
    case "simple":
      return `${counted(paths.length, "path")} from ${a} to ${b} of at most ${counted(options.maxHops ?? DEFAULT_SIMPLE_PATH_HOPS, "step")}, shortest first`;
  }
}

function noPathText(graph: KnowledgeGraph, from: string, to: string, options: PathQueryOptions): { text: string; reason: ReturnType<typeof whyNoPath> } {
  const reason = whyNoPath(graph, from, to, options);
  const explained = explainNoPath(graph, from, to, options, reason, (name) => FILTER_FLAGS[name]);
  const lines = [explained.headline, filtersLine(options)];
  if (explained.liftOne.length > 0) {
    lines.push(LIFT_ONE_INTRO);
    for (const { filter, how } of explained.liftOne) lines.push(`  ${filter}: ${how}`);
  } else {
    lines.push(explained.otherwise!);
  }
  return { text: lines.join("\n"), reason };
}

/** Finds the path(s) between two entities and prints them with their evidence, as text or JSON. */
export const pathCommand: Command = {
  name: "path",
  summary: "how two entities are connected: the steps, their dates and statuses, and the quotes behind them",
  usage: "path FROM TO [--all | --k N | --simple] [--max-hops N] [filters] [--json] [--data DIR]",
  positionals: { min: 2, max: 2, names: "two entities: FROM and TO (an id, label or alias)" },
  details: async (io) =>
    "FROM and TO may be an id, a label or an alias, in any case, with or without accents.\n" +
    "Without --all, --k or --simple it prints one shortest path. A relation is used as long as one of\n" +
    "its sources does not deny it (--status says which stances count). Each step says how many sources\n" +
    "it has and, when contested, who denies it and how.\n" +
    "Exit codes: 0 with or without a path (\"no path\" is an answer, with the filters that cut it off),\n" +
    "1 unknown entity or data errors, 2 usage errors.\n\n" +
    "Example: actorgraph path iran kyiv --only supplies,attacked\n\n" +
    (await typesHelp(io)),
  options: {
    ...DATA_OPTION,
    ...INCLUDE_PROPOSED_OPTION,
    ...QUERY_FILTER_OPTIONS,
    "max-hops": { type: "string", valueName: "N", help: `longest path in steps (--simple: default ${DEFAULT_SIMPLE_PATH_HOPS})` },
    all: { type: "boolean", help: "every shortest path, not just one" },
    k: { type: "string", valueName: "N", help: "the N shortest loopless paths, shortest first" },
    simple: { type: "boolean", help: "every path without repeated entities up to --max-hops steps" },
    json: { type: "boolean", help: "print the paths as JSON" },
  },
  async run(values, positionals, io) {
    const k = integerOption(values.k, "k", 1);
    const modes = [values.all === true, k !== undefined, values.simple === true].filter(Boolean).length;
    if (modes > 1) throw new UsageError("choose one of --all, --k N and --simple");
    const mode: Mode = values.all ? { kind: "all" } : k !== undefined ? { kind: "k", k } : values.simple ? { kind: "simple" } : { kind: "shortest" };
    const loaded = await loadAndResolve(values, positionals, io, "path");
    if (typeof loaded === "number") return loaded;
    const { graph, ids } = loaded;
    const [from, to] = ids as [string, string];
    const options = queryOptionsFrom(values, graph);
    if (mode.kind === "simple" && options.maxHops === null) options.maxHops = DEFAULT_SIMPLE_PATH_HOPS;
    let paths: Path[];
    switch (mode.kind) {
      case "shortest": {
        const path = shortestPath(graph, from, to, options);
        paths = path ? [path] : [];
        break;
      }
      case "all":
        paths = allShortestPaths(graph, from, to, options);
        break;
      case "k":
        paths = kShortestPaths(graph, from, to, mode.k, options);
        break;
      case "simple":
        paths = allSimplePaths(graph, from, to, options);
        break;
    }
    const noPath = paths.length === 0 ? noPathText(graph, from, to, options) : undefined;
    if (values.json) {
      const out = { from, to, mode: mode.kind, ...(mode.kind === "k" ? { k: mode.k } : {}), options, paths, ...(noPath ? { noPath: noPath.reason } : {}) };
      io.stdout(`${JSON.stringify(out, null, 2)}\n`);
      return EXIT.ok;
    }
    const note = undatedNote(options);
    if (noPath) {
      io.stdout(`${noPath.text}\n${note ? `${note}\n` : ""}`);
      return EXIT.ok;
    }
    const lines = [heading(graph, mode, paths, from, to, options), filtersLine(options), ...(note ? [note] : []), ""];
    paths.forEach((path, i) => {
      if (paths.length > 1) lines.push(`Path ${i + 1} of ${paths.length} (${counted(path.steps.length, "step")}):`);
      lines.push(explainPath(graph, path), "");
    });
    io.stdout(`${lines.join("\n")}`);
    return EXIT.ok;
  },
};
