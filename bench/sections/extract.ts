// Bench: the extraction assistant on the bundled article against its curated graph, and its speed on generated documents.
import { extractProposals } from "../../src/extract/extract.ts";
import { loadDataFolder } from "../../src/load/read-folder.ts";
import type { Dataset } from "../../src/model/dataset.ts";
import { scoreProposals, type ExtractionScore } from "../extract-score.ts";
import { median, type BenchRow, type SectionContext } from "../harness.ts";

const SEED_DATA = "graph-data";
const WARM_RUNS = 5;
/**
 * Sizes of the generated documents of the linearity check, in MB (ACTORGRAPH_EXTRACT_MB="1,10" by
 * default): shuffled sentences of the bundled article, so every sentence gives the assistant work.
 */
const LINEAR_MB = (process.env.ACTORGRAPH_EXTRACT_MB ?? "1,10").split(",").map(Number).filter((n) => n > 0);

/** A document of about `bytes` characters made of the article's sentences in a seeded random order. */
function generatedDocument(text: string, bytes: number): string {
  const sentences = text.split(/(?<=[.!?”])\s+/u);
  const parts: string[] = [];
  let length = 0;
  let state = 1;
  while (length < bytes) {
    state = (state * 16807) % 2147483647;
    const sentence = sentences[state % sentences.length]!;
    parts.push(sentence, state % 7 === 0 ? "\n" : " ");
    length += sentence.length + 1;
  }
  return parts.join("");
}

function scoreRows(label: string, score: ExtractionScore, goals: boolean): BenchRow[] {
  const row = (task: string, ours: number, goal?: string, met?: boolean, note?: string): BenchRow => ({
    task: `extract (${label}): ${task}`, size: "seed article", unit: "share", ours, compare: "absolute",
    ...(goal && goals ? { goal, goalMet: met } : {}), ...(note ? { note } : {}),
  });
  const r = score.relations;
  const e = score.entities;
  return [
    row("relation precision", r.precision, ">= 0.7", r.precision >= 0.7, `${r.correct} of ${r.predicted} proposed claims (ends, type, direction) are curated ones`),
    row("relation recall", r.recall, ">= 0.6", r.recall >= 0.6, `${r.correct} of ${r.gold} curated claims proposed`),
    row("relation F1", r.f1),
    // With the entities known there is no entity to find: those rows would read 0 of 0.
    ...(goals ? [] : [
    row("entity precision", e.precision, undefined, undefined, `${e.correct} of ${e.predicted} proposed new entities name a curated one (by label or alias)`),
    row("entity recall", e.recall, undefined, undefined, `${e.correct} of ${e.gold} curated entities not in the data were proposed`),
    row("entity F1", e.f1),
    ]),
    row("stance accuracy (matched relations)", score.stanceAccuracy, ">= 0.8", score.stanceAccuracy >= 0.8),
    row("date accuracy (matched relations)", score.dateAccuracy),
    row("quotes found verbatim", score.verbatimShare, "= 1", score.verbatimShare === 1),
  ];
}

async function timed(data: Dataset, sourceId: string): Promise<{ first: number; warm: number; words: number }> {
  let start = performance.now();
  const proposals = extractProposals(data, sourceId);
  const first = performance.now() - start;
  const times: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    start = performance.now();
    extractProposals(data, sourceId);
    times.push(performance.now() - start);
  }
  return { first, warm: median(times), words: proposals.words };
}

/** Scores on the seed with its entities known and with the ontology alone; speed on the article and on generated documents. */
export async function run(context: SectionContext): Promise<BenchRow[]> {
  const loaded = await loadDataFolder(SEED_DATA);
  if (!loaded.ok) throw new Error(`${SEED_DATA} does not validate: ${loaded.errors[0]?.message}`);
  const gold = loaded.dataset;
  const source = gold.sources[0]!;
  const rows: BenchRow[] = [];
  const knownData: Dataset = { ...gold, relations: [] };
  const ontologyOnly: Dataset = { ...gold, relations: [], entities: [] };
  // The first run in the process compiles the cues (compromise conjugates every verb once): timed apart.
  const speed = await timed(knownData, source.id);
  for (const [label, data, goals] of [["entities known", knownData, true], ["ontology alone", ontologyOnly, false]] as const) {
    const proposals = extractProposals(data, source.id);
    const score = scoreProposals(gold, proposals, source.text, data.entities);
    context.log(`${label}: relations P ${score.relations.precision.toFixed(2)} R ${score.relations.recall.toFixed(2)}; missed ${score.missed.length}, wrong ${score.wrong.length}: ${score.wrong.join(", ")}`);
    rows.push(...scoreRows(label, score, goals));
  }
  rows.push(
    { task: "extract: the seed article (entities known), first run with cue compilation", size: `${speed.words} words`, unit: "ms", ours: speed.first, compare: "absolute", note: "what `actorgraph extract` pays once per process on top of loading the folder" },
    { task: "extract: the seed article (entities known)", size: `${speed.words} words`, unit: "ms", ours: speed.warm, compare: "absolute", goal: "< 1000 ms", goalMet: speed.warm < 1000, note: `median of ${WARM_RUNS} runs after the first` },
    { task: "extract: per 1,000 words, seed article", size: `${speed.words} words`, unit: "ms/1k words", ours: (speed.warm / speed.words) * 1000, compare: "absolute" },
  );
  let perThousandFirst: number | undefined;
  for (const mb of LINEAR_MB) {
    const text = generatedDocument(source.text, Math.round(mb * 1_000_000));
    const data: Dataset = { ...knownData, sources: [{ ...source, text }] };
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const start = performance.now();
    const proposals = extractProposals(data, source.id);
    const ms = performance.now() - start;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const perThousand = (ms / proposals.words) * 1000;
    perThousandFirst ??= perThousand;
    const linear = perThousand <= perThousandFirst * 1.5;
    context.log(`${mb} MB: ${Math.round(ms)} ms, ${proposals.words} words, ${proposals.relations.length + proposals.additions.length} relation proposals`);
    rows.push(
      { task: "extract: generated document, per 1,000 words", size: `${mb} MB`, unit: "ms/1k words", ours: perThousand, compare: "absolute", goal: mb === LINEAR_MB[0] ? undefined : `<= 1.5x the ${LINEAR_MB[0]} MB figure (linear)`, goalMet: mb === LINEAR_MB[0] ? undefined : linear, note: `${Math.round(ms)} ms for ${proposals.words} words` },
      { task: "extract: generated document, RSS growth", size: `${mb} MB`, unit: "MB", ours: (peak - rssBefore) / 1e6, compare: "absolute", note: "resident memory over what the process held before, sampled every 50 ms" },
    );
  }
  return rows;
}
