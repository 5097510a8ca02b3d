// The viewer app: holds the graph and the view state, and keeps the renderer, panels and URL in step with them.
import type { KnowledgeGraph } from "../graph/types.ts";
import { counted } from "../model/wording.ts";
import { prepareAdjacency } from "../query/adjacency.ts";
import { byId, h, replaceChildren } from "./dom.ts";
import { acceptDrops, openFile, type FileOpenHandlers } from "./io/file-open.ts";
import { primeWithDigest, type GraphDigest } from "./io/graph-digest.ts";
import { downloadGraph, fileStem, saveBlob, type DownloadFormat } from "./io/downloads.ts";
import { LayoutControl } from "./layout/fa2-control.ts";
import { Drawers } from "./navigation/drawers.ts";
import { wireSkipLinks } from "./navigation/skip-links.ts";
import { clearBanner, showMessage } from "./panels/banner.ts";
import { showLoadProgress } from "./panels/load-progress.ts";
import { renderDetails } from "./panels/details-panel.ts";
import { renderLegend } from "./panels/legend.ts";
import { PathPanel } from "./panels/path-panel.ts";
import { renderSource } from "./panels/source-panel.ts";
import { SourcesPanel } from "./panels/sources-panel.ts";
import { runPathQuery, type PathAnswer } from "./paths/run-path.ts";
import { GraphRenderer } from "./render/renderer.ts";
import { SearchBox } from "./search/search-box.ts";
import { prepareFilterColumns } from "./filters/filter-columns.ts";
import { buildSearchIndex, type SearchEntry, type SearchIndex } from "./search/search.ts";
import { entityColor, type HistoryMode, type ViewContext } from "./state/context.ts";
import { computeItemStates } from "./state/item-states.ts";
import { sameViewState, type ViewState } from "./state/view-state.ts";
import { LABEL_CHARS, revealInvisibles, truncate } from "./text/shown-text.ts";
import { TimelineBar } from "./timeline/timeline-bar.ts";
import { hashToViewState, hashTooLongNote, viewStateToHash } from "./url/url-state.ts";

/** Entities whose names are folded for search in one task: 20,000 took up to 120 ms in the browser. */
const SEARCH_SLICE = 10_000;

/** Lets the browser draw and handle input before going on. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function searchEntries(graph: KnowledgeGraph): SearchEntry[] {
  return graph.mapNodes((key, attrs) => ({ key, label: attrs.label, aliases: attrs.aliases, type: attrs.type }));
}

/**
 * True when the keyboard's focus is nowhere useful: on the page itself, or on an element that was just
 * removed or hidden (the browser moves it to the page only later, so this must be asked directly).
 */
function focusLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || !active.isConnected || active.closest("[hidden]") !== null;
}

/** Everything on the page, wired to one graph and one view state. */
export class App implements ViewContext {
  private currentGraph: KnowledgeGraph;
  private current: ViewState;
  private hovered: string | null = null;
  private pathAnswer: PathAnswer | null = null;
  private pathAsked = "null";
  private entries: SearchEntry[];
  /** The search index of the graph shown; null while its names are being indexed. */
  private index: SearchIndex | null = null;
  private readonly renderer: GraphRenderer;
  private readonly layout: LayoutControl;
  private readonly searchBox: SearchBox;
  private readonly pathPanel: PathPanel;
  private readonly sourcesPanel: SourcesPanel;
  private readonly timeline: TimelineBar;
  private readonly drawers = new Drawers();
  private readonly banner = byId("banner");
  private readonly panel = byId("panel");
  private readonly details = byId("details");
  private readonly legend = byId("legend");

  /** Settles once the page is fully wired: search, toolbar, and the view the link asks for. */
  readonly ready: Promise<void>;

  /**
   * `digest` is what the load worker worked out over the whole graph; `notes` say what was changed to
   * show the graph (ids renamed, dates left out), for the banner.
   */
  constructor(graph: KnowledgeGraph, digest: GraphDigest, onFirstRender: () => void, notes: readonly string[] = []) {
    this.currentGraph = graph;
    primeWithDigest(graph, digest);
    this.current = hashToViewState(location.hash);
    if (notes.length > 0) showMessage(this.banner, "info", notes.join(" "));
    this.dropOverlongHash();
    this.entries = [];
    this.layout = new LayoutControl(graph);
    this.searchBox = new SearchBox({
      id: "search",
      label: "Search entities",
      placeholder: "Search entities and aliases…",
      getIndex: () => this.index,
      colorOf: (type) => entityColor(this.currentGraph, type),
      onChoose: (key) => {
        this.setView({ selection: { kind: "node", key }, search: this.searchBox.input.value, source: null });
        this.focusNode(key);
      },
      onInput: (text) => this.setView({ search: text }, "replace"),
    });
    byId("search-slot").replaceChildren(this.searchBox.element);
    this.pathPanel = new PathPanel(this, () => this.index);
    byId("path-slot").replaceChildren(this.pathPanel.element);
    this.sourcesPanel = new SourcesPanel(this);
    byId("sources-slot").replaceChildren(this.sourcesPanel.element);
    this.timeline = new TimelineBar(byId("timeline"), this);
    // Sigma measures the graph area once, when it is made: the toolbar, panels and timeline around it are
    // filled first, so its first frame, canvas and mouse layer have the area's final size.
    this.renderChrome();
    this.renderer = new GraphRenderer(graph, byId("graph"), {
      onHover: (node) => {
        this.hovered = node;
        this.refreshStates();
      },
      onClickNode: (node) => this.setView({ selection: { kind: "node", key: node }, source: null }),
      onClickEdge: (edge) => this.setView({ selection: { kind: "edge", key: edge }, source: null }),
      onClickStage: () => this.setView({ selection: null }),
      onFirstRender,
    }, digest);
    this.ready = this.finishStarting();
  }

  /**
   * What the first frame does not need, each step in a task of its own after the one that made the
   * renderer: on a large graph every step is a pass over all of it, and together they would hold the page.
   */
  private async finishStarting(): Promise<void> {
    await nextTask();
    await this.indexForSearch(this.currentGraph);
    await nextTask();
    const graph = this.currentGraph;
    await prepareFilterColumns(graph, nextTask, () => graph === this.currentGraph);
    await nextTask();
    this.wireToolbar();
    wireSkipLinks((name) => this.drawers.show(name, false));
    document.addEventListener("keydown", (event) => this.onEscape(event));
    window.addEventListener("popstate", () => this.fromUrl());
    window.addEventListener("hashchange", () => this.fromUrl());
    this.viewChanged(null);
    const selected = this.current.selection;
    if (selected?.kind === "node") this.focusNode(selected.key);
    // Last, as a path is asked for after the rest: built all at once by the first query, it held the page seconds at 500,000 relations.
    void prepareAdjacency(graph, nextTask, () => graph === this.currentGraph);
  }

  /**
   * Builds the search index of `graph`, {@link SEARCH_SLICE} entities a task (folding 100,000 names in
   * one task held the page for 360 ms; handing a finished index over from the load worker cost more, in
   * copying it), and puts it in place if the graph is still the one shown. A small graph's is in place at once.
   */
  private async indexForSearch(graph: KnowledgeGraph): Promise<void> {
    const entries = searchEntries(graph);
    const index: SearchIndex = { entries: [] };
    for (let start = 0; start < entries.length; start += SEARCH_SLICE) {
      if (start > 0) await nextTask();
      if (graph !== this.currentGraph) return;
      for (const indexed of buildSearchIndex(entries.slice(start, start + SEARCH_SLICE)).entries) index.entries.push(indexed);
    }
    if (graph !== this.currentGraph) return;
    this.entries = entries;
    this.index = index;
    this.searchBox.indexReady();
    this.pathPanel.indexReady();
  }

  graph(): KnowledgeGraph {
    return this.currentGraph;
  }

  view(): ViewState {
    return this.current;
  }

  /** Changes the view, records it in the URL (a new history entry unless `replace`), and redraws. */
  setView(patch: Partial<ViewState>, mode: HistoryMode = "push"): void {
    const next = { ...this.current, ...patch };
    if (sameViewState(next, this.current)) return;
    const before = this.current;
    this.current = next;
    const hash = viewStateToHash(next);
    if (hash !== location.hash && !(hash === "" && location.hash === "")) {
      const url = hash || `${location.pathname}${location.search}`;
      if (mode === "push") history.pushState(null, "", url);
      else history.replaceState(null, "", url);
    }
    this.viewChanged(before);
  }

  focusNode(key: string): void {
    if (this.currentGraph.hasNode(key)) this.renderer.focusNode(key);
  }

  /** Shows a new graph (data rebuilt by the dev server, or a file opened), keeping camera and view. */
  replaceGraph(graph: KnowledgeGraph, digest: GraphDigest): void {
    primeWithDigest(graph, digest);
    this.layout.setGraph(graph);
    this.updateLayoutButton();
    this.currentGraph = graph;
    // The old graph's names must not be offered meanwhile: a large graph's take a few tasks to index.
    this.index = null;
    void this.indexForSearch(graph);
    void prepareFilterColumns(graph, nextTask, () => graph === this.currentGraph).then(() => prepareAdjacency(graph, nextTask, () => graph === this.currentGraph));
    this.hovered = null;
    this.renderer.setGraph(graph, digest);
    this.graphChanged();
  }

  /** The renderer, for tests and the console. */
  get sigma() {
    return this.renderer.sigma;
  }

  /** A hash too long to read is said so in the banner, and taken out of the address so it is not read again. */
  private dropOverlongHash(): void {
    const note = hashTooLongNote(location.hash);
    if (!note) return;
    showMessage(this.banner, "info", note);
    history.replaceState(null, "", `${location.pathname}${location.search}`);
  }

  private fromUrl(): void {
    const next = hashToViewState(location.hash);
    this.dropOverlongHash();
    if (sameViewState(next, this.current)) return;
    const before = this.current;
    this.current = next;
    this.viewChanged(before);
  }

  private graphChanged(): void {
    this.renderChrome();
    this.viewChanged(null);
  }

  /** The parts of the page around the graph that depend on the graph alone: they set the graph area's size. */
  private renderChrome(): void {
    this.pathAsked = "";
    this.timeline.render();
    this.sourcesPanel.render();
    this.pathPanel.renderTypes();
    const name = truncate(revealInvisibles(this.currentGraph.getAttribute("name")), LABEL_CHARS);
    byId("graph-name").textContent = name;
    document.title = `${name} · actorgraph`;
  }

  private viewChanged(before: ViewState | null): void {
    const view = this.current;
    // A link or button inside the panel that led here may be replaced below: the focus must not fall to the page.
    const focusInPanel = this.panel.contains(document.activeElement);
    const asked = JSON.stringify(view.path);
    if (asked !== this.pathAsked) {
      this.pathAsked = asked;
      this.pathAnswer = view.path ? runPathQuery(this.currentGraph, view.path) : null;
      this.pathPanel.update(this.pathAnswer);
    }
    this.refreshStates();
    if (
      !before || before.hiddenEntityTypes !== view.hiddenEntityTypes || before.hiddenRelationTypes !== view.hiddenRelationTypes || before.hiddenStatuses !== view.hiddenStatuses ||
      before.minSources !== view.minSources || before.contestedOnly !== view.contestedOnly
    ) {
      renderLegend(this.legend, this);
    }
    if (!before || JSON.stringify(before.selection) !== JSON.stringify(view.selection) || JSON.stringify(before.source) !== JSON.stringify(view.source)) {
      this.renderPanel();
      // On a phone the panel is a drawer: something newly chosen is worth opening it for.
      if (before && (view.selection !== null || view.source !== null)) this.drawers.show("panel", false);
    }
    if (before && before.source?.id !== view.source?.id) this.sourcesPanel.render();
    // A new axis has another date range: the bar is rebuilt, which also places the cursor.
    if (before && before.timeBy !== view.timeBy) this.timeline.render();
    else if (!before || before.time !== view.time || before.undated !== view.undated) this.timeline.sync();
    this.searchBox.setText(view.search);
    if (focusInPanel && focusLost()) this.focusPanelHeading();
  }

  private renderPanel(): void {
    const sourceRoot = byId("source");
    const mark = renderSource(sourceRoot, this, this.entries);
    const showingSource = this.current.source !== null && sourceRoot.childElementCount > 0;
    sourceRoot.hidden = !showingSource;
    this.details.hidden = showingSource;
    if (!showingSource) renderDetails(this.details, this);
    if (mark) mark.scrollIntoView({ block: "center" });
  }

  /** Puts the keyboard's focus on what the panel shows now: the source's title, the selection's, or the overview. */
  private focusPanelHeading(): void {
    const heading = document.querySelector<HTMLElement>("#source:not([hidden]) #source-title") ?? document.getElementById("details-title") ?? this.details;
    heading.focus({ preventScroll: !!document.getElementById("quote-highlight") });
  }

  /**
   * Escape closes the topmost thing open: a drawer, then the source, then the selection. The search
   * boxes keep their own Escape (closing their list of hits).
   */
  private onEscape(event: KeyboardEvent): void {
    if (event.key !== "Escape" || event.defaultPrevented) return;
    if (event.target instanceof Element && event.target.closest(".search-box")) return;
    if (this.drawers.current === "legend" || (this.drawers.current === "panel" && this.current.source === null && this.current.selection === null)) {
      this.drawers.close();
      return;
    }
    if (this.current.source !== null) this.setView({ source: null });
    else if (this.current.selection !== null) this.setView({ selection: null });
    else if (!this.drawers.close()) return;
    event.preventDefault();
  }

  private refreshStates(): void {
    const states = computeItemStates(this.currentGraph, this.current, { hovered: this.hovered, pathEdges: this.pathAnswer?.edges ?? null });
    this.renderer.apply(states);
  }

  private fileHandlers(): FileOpenHandlers {
    return {
      onGraph: (graph, digest, name, notes) => {
        this.replaceGraph(graph, digest);
        this.renderer.resetCamera();
        showMessage(this.banner, "info", [`Opened ${name}: ${counted(graph.order, "entity", "entities")}, ${counted(graph.size, "relation")}.`, ...notes].join(" "));
      },
      onError: (message) => showMessage(this.banner, "error", message),
      onProgress: (name, progress) => {
        this.banner.hidden = false;
        this.banner.className = "banner info";
        showLoadProgress(this.banner, name, progress);
      },
    };
  }

  private wireToolbar(): void {
    const handlers = this.fileHandlers();
    const picker = byId<HTMLInputElement>("open-file");
    picker.addEventListener("change", () => {
      const file = picker.files?.[0];
      if (file) void openFile(file, handlers).finally(() => (picker.value = ""));
    });
    acceptDrops(document.body, handlers);
    byId("layout-toggle").addEventListener("click", () => {
      if (this.layout.running) this.layout.stop();
      else this.layout.start();
      this.updateLayoutButton();
    });
    byId("fit").addEventListener("click", () => this.renderer.resetCamera());
    const menu = byId<HTMLSelectElement>("download");
    menu.addEventListener("change", () => {
      const format = menu.value as DownloadFormat | "";
      menu.value = "";
      if (format === "png") void this.renderer.capturePng().then((blob) => saveBlob(blob, `${fileStem(this.currentGraph)}.png`), (e: Error) => showMessage(this.banner, "error", `PNG failed: ${e.message}`));
      else if (format) {
        try {
          downloadGraph(this.currentGraph, format);
        } catch (e) {
          showMessage(this.banner, "error", `${format.toUpperCase()} download failed, and nothing was saved: ${(e as Error).message}`);
        }
      }
    });
  }

  private updateLayoutButton(): void {
    const button = byId("layout-toggle");
    button.textContent = this.layout.running ? "■ Stop layout" : "▶ Run layout";
    button.setAttribute("aria-pressed", String(this.layout.running));
  }

  /** Clears the error banner after a good rebuild. */
  clearMessages(): void {
    clearBanner(this.banner);
  }
}

/** Shows a loading or fatal message in the graph area when there is no graph to show. */
export function showPlaceholder(text: string): void {
  replaceChildren(byId("graph"), h("p", { class: "placeholder" }, text));
}
