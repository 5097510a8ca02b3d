// The viewer on a corpus in a real browser (tests/fixtures/corpus: four invented documents, one claim reported,
// confirmed and denied): the relation panel by document, the Sources panel, the corroboration filters and look,
// items in the entity panel, and the timeline by first report.
import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import { loadGraph } from "../../src/index.ts";
import { waitForGraph } from "./helpers/browser.ts";
import { useViewerPage } from "./helpers/viewer-page.ts";
import { startBuiltViewer } from "./helpers/viewer-server.ts";

const FIXTURE = "tests/fixtures/corpus";

/** Relations of the fixture the tests name, with how many documents each is quoted in. */
const R = {
  /** doc-a reports it (asserted by Estmark), doc-b confirms it, doc-c denies it (asserted by Valdoria). */
  supplies: "valdoria-supplies-norvask",
  trains: "valdoria-trains-drone-corps", // doc-a, doc-d
  partOf: "norvask-drone-corps:part-of:norvask-armed-forces", // doc-a, doc-d
  attacked: "norvask-attacked-port-halden", // doc-b alone; happened 2023-03-04
  armedForcesAttacked: "armed-forces-attacked-port-halden", // doc-b, doc-d
  locatedIn: "port-halden:located-in:estmark", // doc-b alone
  uses: "norvask:uses:kestrel-9", // doc-b alone
} as const;
const SINGLE_SOURCE = [R.attacked, R.locatedIn, R.uses].sort();

let corpus: KnowledgeGraph;

beforeAll(async () => {
  const loaded = await loadGraph(FIXTURE, { layout: false });
  if (!loaded.ok) throw new Error(`${FIXTURE} does not load`);
  corpus = loaded.graph;
});

const viewer = useViewerPage(() => startBuiltViewer(FIXTURE));

const title = (source: string) => corpus.getAttribute("sources").find((s) => s.id === source)!.title;
const quoteFrom = (edge: string, source: string) => corpus.getEdgeAttribute(edge, "evidence").find((e) => e.source === source)!.quote;
const hash = () => viewer.page.evaluate(() => decodeURIComponent(location.hash));
/** Resolves after sigma has drawn the next frame, so display data reflects the latest states. */
const nextFrame = () => viewer.page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
/** The relations sigma is told to hide, emphasise or dim. */
const edgesIn = (flag: "isHidden" | "isEmphasised" | "isDimmed") => viewer.page.evaluate((f) => {
  const app = window.actorgraph!.app!;
  return app.graph().filterEdges((edge) => app.sigma.getEdgeState(edge)[f]).sort();
}, flag);
const nodesIn = (flag: "isHidden" | "isEmphasised" | "isDimmed") => viewer.page.evaluate((f) => {
  const app = window.actorgraph!.app!;
  return app.graph().filterNodes((node) => app.sigma.getNodeState(node)[f]).sort();
}, flag);

describe("the relation panel of a contested claim", () => {
  it("groups the evidence by document, with each quote's stance and who takes it, under one corroboration line", async () => {
    await viewer.open(`#edge=${R.supplies}`);
    await expect(viewer.page.locator("#details-title").textContent()).resolves.toBe("Valdoria supplies Norvask");
    await expect(viewer.page.locator("#corroboration-line").textContent()).resolves.toBe("3 sources · reported by Estmark, confirmed, denied by Valdoria");
    await expect(viewer.page.locator("#details .kind .badge.contested").textContent()).resolves.toBe("contested");
    await expect(viewer.page.locator("#details h3", { hasText: "Evidence" }).textContent()).resolves.toBe("Evidence: 3 quotes from 3 sources");

    const documents = viewer.page.locator("#details .document-evidence");
    await expect(documents.evaluateAll((sections) => sections.map((s) => s.getAttribute("data-source")))).resolves.toEqual(["doc-a", "doc-b", "doc-c"]);
    await expect(documents.locator(".document-title").allTextContents()).resolves.toEqual(["doc-a", "doc-b", "doc-c"].map(title));
    await expect(documents.locator(".document-meta").allTextContents()).resolves.toEqual(["article · 2023-03-02", "report · 2023-03-10", "statement · 2023-03-15"]);
    await expect(documents.locator(".quote-meta").allTextContents()).resolves.toEqual(["reported by Estmark", "confirmed", "denied by Valdoria"]);
    await expect(documents.locator("blockquote.quote").allTextContents()).resolves.toEqual(["doc-a", "doc-b", "doc-c"].map((s) => quoteFrom(R.supplies, s)));
    await expect(viewer.page.locator("#details .facts").textContent()).resolves.toContain("First reported2023-03-02");

    // The denial's asserter is a link to Valdoria; the denial's "Read in source" opens the statement on its sentence.
    await documents.nth(2).locator(".source-link").click();
    await expect(viewer.page.locator("#source-title").textContent()).resolves.toBe(title("doc-c"));
    await expect(viewer.page.locator("#quote-highlight").textContent()).resolves.toBe(quoteFrom(R.supplies, "doc-c"));
    await viewer.page.locator("#source .close").click();
    await documents.nth(2).locator(".quote-meta .entity-link", { hasText: "Valdoria" }).click();
    await expect(viewer.page.locator("#details-title").textContent()).resolves.toBe("Valdoria");
    expect(viewer.errors).toEqual([]);
  });

  it("is drawn wider than claims with fewer documents and carries the contested mark, which the legend explains", async () => {
    await viewer.open();
    await nextFrame();
    const looks = await viewer.page.evaluate((keys) => {
      const sigma = window.actorgraph!.app!.sigma;
      return Object.fromEntries(keys.map((key) => {
        const data = sigma.getEdgeDisplayData(key)! as unknown as Record<string, unknown>;
        return [key, { size: data.size as number, gapColor: data.gapColor as string, color: data.color as string, dashSize: data.dashSize as number }];
      }));
    }, [R.supplies, R.trains, R.uses]);
    expect(looks[R.supplies]!.size).toBeGreaterThan(looks[R.trains]!.size);
    expect(looks[R.trains]!.size).toBeGreaterThan(looks[R.uses]!.size);
    // Contested: dashed over amber; the others solid in their colour.
    expect(looks[R.supplies]!.gapColor).toBe("#ffb000");
    expect(looks[R.supplies]!.dashSize).toBeGreaterThan(0);
    expect(looks[R.trains]).toMatchObject({ gapColor: looks[R.trains]!.color, dashSize: 0 });
    await expect(viewer.page.locator('#legend ul[aria-label="Edge width by number of sources"] li').allTextContents()).resolves.toEqual(["1 source3", "2 sources3", "3 sources1"]);
    await expect(viewer.page.locator('#legend label[for="contested-only"]').textContent()).resolves.toMatch(/Contested only \(1\)/);
    expect(viewer.errors).toEqual([]);
  });
});

describe("the Sources panel", () => {
  it("lists the documents by date with kind and relation counts; choosing one focuses what it is quoted on and lists what only it adds; choosing it again restores the view", async () => {
    await viewer.open();
    await viewer.page.locator("#sources-panel > summary").click();
    const items = viewer.page.locator("#sources-panel .source-item");
    await expect(items.locator(".source-item-title").allTextContents()).resolves.toEqual(["doc-a", "doc-b", "doc-c", "doc-d"].map(title));
    await expect(items.locator(".source-item-meta").allTextContents()).resolves.toEqual(["article · 2023-03-02", "report · 2023-03-10", "statement · 2023-03-15", "article · 2023-04-01"]);
    await expect(items.locator(".source-item-count").allTextContents()).resolves.toEqual(["3 relations", "5 relations · 3 only here", "1 relation", "3 relations"]);
    expect(await edgesIn("isDimmed")).toEqual([]);

    const docB = items.filter({ hasText: title("doc-b") });
    await docB.click();
    await expect(docB.getAttribute("aria-pressed")).resolves.toBe("true");
    expect(await hash()).toBe("#source=doc-b");
    const quotedOn = [R.supplies, R.attacked, R.armedForcesAttacked, R.locatedIn, R.uses].sort();
    expect(await edgesIn("isEmphasised")).toEqual(quotedOn);
    expect(await edgesIn("isDimmed")).toEqual([R.trains, R.partOf].sort());
    expect(await nodesIn("isEmphasised")).toEqual(["estmark", "kestrel-9", "norvask", "norvask-armed-forces", "port-halden", "valdoria"]);
    expect(await nodesIn("isDimmed")).toEqual(["norvask-drone-corps"]);
    await expect(viewer.page.locator("#source-title").textContent()).resolves.toBe(title("doc-b"));
    await expect(viewer.page.locator("#source-support").textContent()).resolves.toBe("Quoted on 5 relations: reported 4, confirmed 1. 3 of them are in no other document.");
    const onlyHere = viewer.page.locator("#source-only-here article.relation");
    await expect(onlyHere.evaluateAll((cards) => cards.map((c) => c.getAttribute("data-edge")).sort())).resolves.toEqual(SINGLE_SOURCE);

    await docB.click();
    await expect(docB.getAttribute("aria-pressed")).resolves.toBe("false");
    expect(await hash()).toBe("");
    expect(await edgesIn("isEmphasised")).toEqual([]);
    expect(await edgesIn("isDimmed")).toEqual([]);
    await expect(viewer.page.locator("#source").isHidden()).resolves.toBe(true);
    await expect(viewer.page.locator("#details .overview").isVisible()).resolves.toBe(true);
    expect(viewer.errors).toEqual([]);
  });
});

describe("the corroboration filters", () => {
  it("'at least 2 sources' hides the single-source relations, combines with 'contested only', and a reload keeps both", async () => {
    await viewer.open();
    expect(await edgesIn("isHidden")).toEqual([]);
    await viewer.page.locator("#min-sources").selectOption("2");
    expect(await edgesIn("isHidden")).toEqual(SINGLE_SOURCE);
    expect(await nodesIn("isHidden")).toEqual([]);
    expect(await hash()).toBe("#min-sources=2");

    await viewer.page.locator("#contested-only").check();
    expect(await edgesIn("isHidden")).toEqual(corpus.edges().filter((e) => e !== R.supplies).sort());
    expect(await hash()).toBe("#min-sources=2&contested=1");
    // The legend is rebuilt with the new counts; the keyboard's focus stays on the box just ticked.
    expect(await viewer.page.evaluate(() => document.activeElement?.id)).toBe("contested-only");
    await viewer.page.reload();
    await waitForGraph(viewer.page);
    await expect(viewer.page.locator("#min-sources").inputValue()).resolves.toBe("2");
    await expect(viewer.page.locator("#contested-only").isChecked()).resolves.toBe(true);
    expect(await edgesIn("isHidden")).toEqual(corpus.edges().filter((e) => e !== R.supplies).sort());

    await viewer.page.locator("#contested-only").uncheck();
    await viewer.page.locator("#min-sources").selectOption("0");
    expect(await edgesIn("isHidden")).toEqual([]);
    expect(await hash()).toBe("");
    expect(viewer.errors).toEqual([]);
  });
});

describe("the entity panel", () => {
  it("lists the relations a weapon is an item of, besides its own", async () => {
    await viewer.open("#node=kestrel-9");
    await expect(viewer.page.locator("#as-item").textContent()).resolves.toBe("Involved as item (2)");
    const cards = viewer.page.locator("#details .as-item article.relation");
    await expect(cards.evaluateAll((list) => list.map((c) => c.getAttribute("data-edge")))).resolves.toEqual([R.supplies, R.attacked]);
    await expect(cards.first().locator(".relation-meta .corroboration").textContent()).resolves.toBe("3 sources · reported by Estmark, confirmed, denied by Valdoria");
    expect(viewer.errors).toEqual([]);
  });
});

describe("the timeline", () => {
  it("runs by first report when switched, fading what was reported after the cursor, and back by date", async () => {
    await viewer.open();
    const later = () => viewer.page.evaluate(() => {
      const app = window.actorgraph!.app!;
      return app.graph().filterEdges((edge) => app.sigma.getEdgeState(edge).isLater).sort();
    });
    await viewer.page.locator("#timeline-by-reported").check();
    expect(await hash()).toBe("#time-by=reported");
    // The bar is rebuilt for the new axis; the keyboard's focus stays on the choice just made.
    expect(await viewer.page.evaluate(() => document.activeElement?.id)).toBe("timeline-by-reported");
    await expect(viewer.page.locator("#timeline-undated").textContent()).resolves.toBe("0 relations without a dated source");
    await viewer.page.locator("#timeline-slider").focus();
    await viewer.page.keyboard.press("Home");
    expect(await viewer.page.evaluate(() => window.actorgraph!.app!.view().time)).toBe("2023-03-02");
    // Everything doc-b (10 March) brings first is later than 2 March, including the attack of 4 March.
    expect(await later()).toEqual([R.attacked, R.armedForcesAttacked, R.locatedIn, R.uses].sort());

    await viewer.page.locator("#timeline-by-happened").check();
    expect(await hash()).toBe("#time=2023-03-02");
    await expect(viewer.page.locator("#timeline-undated").textContent()).resolves.toBe("6 undated relations");
    expect(await later()).toEqual([R.attacked]);
    expect(viewer.errors).toEqual([]);
  });
});
