// actorgraph's public face: load and validate a data folder, build the graph, query it, export it.
import { loadDataFolder } from "./load/read-folder.ts";
import { buildGraph, type BuildOptions } from "./graph/build.ts";
import type { DataError } from "./load/data-error.ts";
import type { KnowledgeGraph } from "./graph/types.ts";

export type { Dataset, Entity, Evidence, Relation, Source, Origin } from "./model/dataset.ts";
export { DEFAULT_SOURCE_KINDS, type Ontology, type EntityType, type RelationType, type SourceKind } from "./model/ontology.ts";
export { corroborationOf, stanceOf, assertersOf, hasStanceIn, type Corroboration, type StanceCounts } from "./model/corroboration.ts";
export { STATUSES, STATUS_DESCRIPTIONS, isStatus, type Status } from "./model/status.ts";
export { parsePartialDate, startOf, endOf, type PartialDate, type DatePrecision } from "./model/partial-date.ts";
export { nameKey } from "./model/names.ts";
export { formatDataError, type DataError, type DataErrorCode } from "./load/data-error.ts";
export { validateFiles, type DataFiles, type LoadResult } from "./load/validate.ts";
export { loadDataFolder, DATA_LAYOUT } from "./load/read-folder.ts";
export { findQuote, normalizeForMatching, type QuoteSpan } from "./load/quote-match.ts";
export { buildGraph, DEFAULT_BUILD_OPTIONS, type BuildOptions } from "./graph/build.ts";
export { layoutGraph, DEFAULT_LAYOUT_OPTIONS, resolveLayoutOptions, type LayoutOptions } from "./graph/layout.ts";
export type { KnowledgeGraph, NodeAttributes, EdgeAttributes, GraphAttributes } from "./graph/types.ts";
export { computeStats, type GraphStats } from "./query/stats.ts";
export {
  DEFAULT_PATH_QUERY_OPTIONS,
  resolvePathQueryOptions,
  validatePathQueryOptions,
  describeFilters,
  PATH_FILTERS,
  type PathQueryOptions,
  type Direction,
  type UndatedPolicy,
  type FilterName,
  type FilterSpec,
} from "./query/options.ts";
export { UnknownEntityError, QueryOptionError } from "./query/errors.ts";
export { withinTimeBudget, QueryBudgetError } from "./query/budget.ts";
export { resolveEntity, type EntityResolution, type EntityCandidate } from "./query/resolve-entity.ts";
export { shortestPath, allShortestPaths, kShortestPaths, allSimplePaths, DEFAULT_PATH_LIMIT, DEFAULT_SIMPLE_PATH_HOPS } from "./query/paths.ts";
export { neighborhood, type Neighborhood } from "./query/neighborhood.ts";
export { itemRelationsOf } from "./query/adjacency.ts";
export { whyNoPath, type NoPathReason } from "./query/why-no-path.ts";
export { explainPath, explainStep, describeSources, formatWhen, DEFAULT_EXPLAIN_OPTIONS, resolveExplainOptions, type ExplainOptions } from "./query/explain.ts";
export type { Path, PathStep } from "./query/path.ts";
export type { StepDirection } from "./query/step-rules.ts";
export { graphToJson, graphJsonChunks } from "./export/json.ts";
export { writeFileAtomic, writeFilesAtomic, OutputError, type FileToWrite } from "./export/atomic-write.ts";
export {
  gexfChunks,
  graphToGexf,
  GEXF_CREATOR,
  GEXF_MODES,
  GEXF_SYMMETRIC_EDGES,
  DEFAULT_GEXF_OPTIONS,
  resolveGexfOptions,
  validateGexfOptions,
  type GexfMode,
  type GexfSymmetricEdges,
  type GexfOptions,
} from "./export/gexf.ts";
export { graphmlChunks, graphToGraphml, GRAPHML_JSON_ATTRIBUTES } from "./export/graphml.ts";
export {
  nodesCsvChunks,
  edgesCsvChunks,
  quotesCsvChunks,
  graphToCsv,
  joinCsvList,
  splitCsvList,
  CSV_LIST_SEPARATOR,
  CSV_NODE_COLUMNS,
  CSV_EDGE_COLUMNS,
  CSV_QUOTE_COLUMNS,
  DEFAULT_CSV_OPTIONS,
  resolveCsvOptions,
  validateCsvOptions,
  type CsvOptions,
} from "./export/csv.ts";
export { STANCE_COUNT_FIELDS, stanceCountName, stanceCount, stanceCountsFromFields } from "./export/stance-counts.ts";
export { ExportOptionError, InvalidGraphError } from "./export/export-error.ts";
export type { XmlWarning } from "./export/xml-text.ts";
export { startServer, DEFAULT_SERVER_OPTIONS, type ServerOptions, type RunningServer } from "./serve/server.ts";
export { handleApiRequest, API_PREFIX, OPENAPI_PATH, type ApiResponse, type ApiErrorBody } from "./serve/api.ts";
export { openApiDocument } from "./serve/openapi.ts";
export { DEFAULT_SERVE_LIMITS, type ServeLimits } from "./serve/limits.ts";

/** A built graph, or the located errors that stopped the build. */
export type GraphResult = { ok: true; graph: KnowledgeGraph } | { ok: false; errors: DataError[] };

/**
 * Loads, validates and builds the data folder at `dir` in one call.
 * Data problems come back as `{ok: false, errors}`; nothing is thrown for bad data.
 */
export async function loadGraph(dir: string, options: Partial<BuildOptions> = {}): Promise<GraphResult> {
  const loaded = await loadDataFolder(dir);
  if (!loaded.ok) return loaded;
  return { ok: true, graph: buildGraph(loaded.dataset, options) };
}
export { extractProposals, UnknownSourceError, type ExtractOptions } from "./extract/extract.ts";
export type { Proposals, ProposedEntity, ProposedAlias, ProposedRelation, ProposedEvidence, ProposedQuote } from "./extract/proposals.ts";
export { withoutProposals, REVIEW_MARKS, type ReviewMark } from "./model/review.ts";
