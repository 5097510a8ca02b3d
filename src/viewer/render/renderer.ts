// The one place that talks to sigma: draws the graph, applies item states, reports interactions, captures a PNG.
import Sigma from "sigma";
import type { CameraState } from "sigma/types";
import type { KnowledgeGraph } from "../../graph/types.ts";
import { h } from "../dom.ts";
import { canvasLabel } from "../text/shown-text.ts";
import { itemChanges } from "../state/item-changes.ts";
import { edgeLookOf, nodeLookOf, PLAIN_EDGE, PLAIN_NODE, type ItemStates } from "../state/item-states.ts";
import { DEFAULT_PLACEMENT, placeLabels, type LabelCandidate, type LabelSide } from "./label-placement.ts";
import { deniedOnlyEdges, EDGE_LABEL_ZOOM_RATIO, EDGE_STATE, EDGE_STYLES, LABEL_FONT, LABEL_SIZE, LABEL_STATE, NODE_STATE, NODE_STYLES, PRIMITIVES, SHOWN_LABEL } from "./styles.ts";

/** What the renderer tells the app about; the app decides what each means. */
export interface RendererEvents {
  onHover(node: string | null): void;
  onClickNode(node: string): void;
  onClickEdge(edge: string): void;
  onClickStage(): void;
  /** Fires once after the first frame is on screen (the bench and tests wait for it). */
  onFirstRender(): void;
}

function createSigma(graph: KnowledgeGraph, container: HTMLElement) {
  return new Sigma(graph, container, {
    settings: {
      // Made on a stage of no size (see GraphRenderer), and the graph area can be squeezed to nothing.
      allowInvalidContainer: true,
      itemSizesReference: "screen",
      renderEdgeLabels: true,
      enableEdgeEvents: true,
      enableNodeDrag: true,
      // Which labels show is decided by our own placement (see placeNodeLabels); sigma's grid would pick
      // by cell, letting long labels run over each other, and forget labels hidden once by a hover.
      labelRenderedSizeThreshold: 0,
    },
    primitives: PRIMITIVES,
    customNodeState: { ...NODE_STATE, ...LABEL_STATE },
    customEdgeState: { ...EDGE_STATE },
    styles: { stage: { background: "#ffffff" }, nodes: [...NODE_STYLES], edges: [...EDGE_STYLES] },
  });
}

/** The sigma renderer with its custom states; typed loosely at the seams, since sigma's generics are invariant. */
export type ViewerSigma = ReturnType<typeof createSigma>;

/**
 * At most this many nodes on screen are considered for a label, most important first: placing is
 * then bounded however large the graph, and a screen holds far fewer readable labels anyway.
 */
const LABEL_CANDIDATES = 2000;

/** A frame slower than this (software WebGL, a huge graph) makes camera moves jump instead of animate. */
const SLOW_FRAME_MS = 100;

/** At most this many edge labels are shown when zoomed in: a screen holds no more that can be read. */
const EDGE_LABEL_CANDIDATES = 500;

/**
 * Keeps, in {@link SHOWN_LABEL}, how each label is drawn where that differs from the data: cut short,
 * invisible characters shown. Only hostile or huge labels get one, so an ordinary graph is not touched.
 */
function markShownLabels(graph: KnowledgeGraph): void {
  const drawn = (label: unknown) => {
    const text = typeof label === "string" ? label : String(label ?? "");
    const value = canvasLabel(text);
    return value === text ? undefined : value;
  };
  graph.forEachNode((node, attrs) => {
    const value = drawn(attrs.label);
    if (value !== undefined) graph.setNodeAttribute(node, SHOWN_LABEL, value);
  });
  graph.forEachEdge((edge, attrs) => {
    const value = drawn(attrs.label);
    if (value !== undefined) graph.setEdgeAttribute(edge, SHOWN_LABEL, value);
  });
}

/** What {@link warmEdgeLabelGlyphs} reaches inside sigma 4.0.4; anything else there, and it does nothing. */
interface EdgeLabelProgramInternals {
  atlasManager?: { ensureGlyphs(text: string, fontKey: unknown): void; generateTextures(): void };
  defaultFontKey?: unknown;
  refreshTimeout?: ReturnType<typeof setTimeout> | null;
}

/**
 * Puts every character of the graph's edge labels into sigma's edge-label glyph atlas before the
 * first frame anyone sees. Sigma 4.0.4's edge label program re-indexes and redraws the whole graph
 * whenever that atlas grows, which the first edge label shown (a selection's, a hover's) would make
 * it do: at 50,000 edges in software WebGL, a second frame of some 25 s after the first selection.
 * Warmed here, while the graph is drawn at no size, the refresh it schedules for that is dropped.
 * Internals, so guarded: a sigma without them is left as it is.
 */
function warmEdgeLabelGlyphs(sigma: ViewerSigma, graph: KnowledgeGraph): void {
  const program = (sigma as unknown as { internals?: { edgeLabelProgram?: EdgeLabelProgramInternals } }).internals?.edgeLabelProgram;
  const atlas = program?.atlasManager;
  if (!program || !atlas || typeof atlas.ensureGlyphs !== "function" || typeof atlas.generateTextures !== "function") return;
  const labels = new Set<string>();
  graph.forEachEdge((_edge, attrs) => labels.add(attrs.shownLabel ?? attrs.label));
  atlas.ensureGlyphs([...labels].join(""), program.defaultFontKey);
  atlas.generateTextures();
  if (program.refreshTimeout) clearTimeout(program.refreshTimeout);
  program.refreshTimeout = null;
}

/** Nodes by how much they matter to a reader: most relations first (as an end or an item), then by label. */
function labelPriority(graph: KnowledgeGraph): string[] {
  const weight = new Map<string, number>();
  graph.forEachNode((node) => weight.set(node, graph.degree(node)));
  graph.forEachEdge((_edge, attrs) => {
    for (const item of attrs.items) if (weight.has(item)) weight.set(item, weight.get(item)! + 1);
  });
  // Weights and labels looked up once, not in every comparison; one collator for the whole sort (localeCompare
  // makes one per call, which at 100,000 nodes is most of the sort).
  const byLabel = new Intl.Collator().compare;
  const nodes = graph.mapNodes((key, attrs) => ({ key, weight: weight.get(key)!, label: attrs.label }));
  nodes.sort((a, b) => b.weight - a.weight || byLabel(a.label, b.label) || (a.key < b.key ? -1 : 1));
  return nodes.map((node) => node.key);
}

/** What sigma shows before any states are applied: nothing filtered, faded, focused or selected. */
const NO_STATES: ItemStates = { nodes: new Map(), edges: new Map(), focus: null, selected: null };

/** Draws a knowledge graph and keeps sigma's item states in step with the app's. */
export class GraphRenderer {
  readonly sigma: ViewerSigma;
  /** The item states sigma shows now. */
  private shown = NO_STATES;
  private readonly resizes: ResizeObserver;
  private labelOrder: string[];
  private labelSides = new Map<string, LabelSide>();
  private labelsDirty = false;
  private edgeLabels = new Set<string>();
  private frameStartedAt = 0;
  /** How long the last frame took to draw, from its start to the end of its task; 0 before the first. */
  private lastFrameMs = 0;
  private readonly textWidths = new Map<string, number>();
  private readonly measure = document.createElement("canvas").getContext("2d");
  private readonly graphMoved = () => this.scheduleLabels();

  constructor(graph: KnowledgeGraph, container: HTMLElement, events: RendererEvents) {
    markShownLabels(graph);
    // Sigma draws a frame as it is made. Made on a stage of no size, that frame costs nothing; the stage then
    // takes the whole graph area, the labels are placed, and the first frame anyone sees is drawn once, labelled.
    // (In software WebGL a frame of 50,000 edges takes seconds: two at load would double the wait.)
    const stage = h("div", { class: "sigma-stage", style: "width: 0; height: 0" });
    container.replaceChildren(stage);
    this.sigma = createSigma(graph, stage);
    warmEdgeLabelGlyphs(this.sigma, graph);
    stage.removeAttribute("style");
    this.sigma.resize();
    this.markDeniedOnly(graph);
    this.labelOrder = labelPriority(graph);
    this.sigma.on("beforeRender", () => {
      this.frameStartedAt = performance.now();
      // Placed here, the labels' states are drawn by this very frame: a change costs one frame, not two.
      if (this.labelsDirty) this.placeLabels();
    });
    this.sigma.on("afterRender", () => {
      // WebGL draws after the render call returns; the next animation frame comes once the drawing is on screen.
      const started = this.frameStartedAt;
      requestAnimationFrame(() => (this.lastFrameMs = performance.now() - started));
    });
    const firstFrame = () => {
      this.sigma.off("afterRender", firstFrame);
      events.onFirstRender();
    };
    this.sigma.on("afterRender", firstFrame);
    this.placeLabels();
    this.sigma.scheduleRender();
    // Sigma follows window resizes only, but the graph area also changes size when a banner opens or the
    // timeline below it is rebuilt. Sigma is told at once, before the browser paints: a frame later would
    // show one stretched frame, and until then its mouse layer would overhang the area and pick at the old framing.
    this.resizes = new ResizeObserver(() => {
      if (this.followContainerSize(stage)) this.scheduleLabels();
    });
    this.resizes.observe(stage);
    this.listenToPositions(graph);
    this.sigma.on("enterNode", ({ node }) => events.onHover(node));
    this.sigma.on("leaveNode", () => events.onHover(null));
    this.sigma.on("clickNode", ({ node }) => events.onClickNode(node));
    this.sigma.on("clickEdge", ({ edge }) => events.onClickEdge(edge));
    this.sigma.on("clickStage", () => events.onClickStage());
    this.sigma.getCamera().on("updated", () => this.scheduleLabels());
  }

  /** Claims every document denies are few: they are marked by state once, so no style has to compute it per frame. */
  private markDeniedOnly(graph: KnowledgeGraph): void {
    const denied = deniedOnlyEdges(graph);
    if (denied.length > 0) this.sigma.setEdgesState(denied, { isDeniedOnly: true });
  }

  /**
   * Redraws at the container's size when it differs from sigma's (an empty partial refresh re-indexes
   * nothing); whether it did.
   */
  private followContainerSize(container: HTMLElement): boolean {
    const { width, height } = this.sigma.getDimensions();
    if (container.offsetWidth === width && container.offsetHeight === height) return false;
    this.sigma.refresh({ partialGraph: {}, skipIndexation: true });
    return true;
  }

  /** Swaps in a new graph (data reloaded or a file opened), keeping the camera where the user left it. */
  setGraph(graph: KnowledgeGraph): void {
    const camera = this.sigma.getCamera().getState();
    this.sigma.getGraph().off("nodeAttributesUpdated", this.graphMoved).off("eachNodeAttributesUpdated", this.graphMoved);
    this.labelSides = new Map();
    this.edgeLabels = new Set();
    markShownLabels(graph);
    this.sigma.setGraph(graph);
    // Sigma keeps the states of the items both graphs have: they start again from plain, like the new ones.
    this.sigma.setNodesState(graph.nodes(), PLAIN_NODE);
    this.sigma.setEdgesState(graph.edges(), PLAIN_EDGE);
    this.shown = NO_STATES;
    this.markDeniedOnly(graph);
    this.sigma.getCamera().setState(camera);
    this.labelOrder = labelPriority(graph);
    this.listenToPositions(graph);
    this.scheduleLabels();
  }

  /**
   * Applies only what changed since the last call: sigma re-evaluates styles for those items alone.
   * A focus that appears or goes away dims or undims everything in one call, sigma's own loop.
   */
  apply(states: ItemStates): void {
    const sigma = this.sigma;
    const graph = sigma.getGraph();
    const changes = itemChanges(this.shown, states);
    if (changes.everyItem) {
      sigma.setNodesState(graph.nodes(), changes.everyItem);
      sigma.setEdgesState(graph.edges(), changes.everyItem);
    }
    for (const node of changes.nodes) if (graph.hasNode(node)) sigma.setNodeState(node, nodeLookOf(states, node));
    for (const edge of changes.edges) if (graph.hasEdge(edge)) sigma.setEdgeState(edge, edgeLookOf(states, edge));
    this.shown = states;
    // Nothing new to show, nothing to draw: a frame of a large graph in software WebGL takes seconds.
    if (changes.everyItem || changes.nodes.size > 0 || changes.edges.size > 0) this.scheduleLabels();
  }

  /** A dragged node or a running layout moves nodes: their labels are placed again. */
  private listenToPositions(graph: KnowledgeGraph): void {
    graph.on("nodeAttributesUpdated", this.graphMoved);
    graph.on("eachNodeAttributesUpdated", this.graphMoved);
  }

  /** Asks for the labels to be placed again, in the next frame sigma draws (which this schedules). */
  private scheduleLabels(): void {
    this.labelsDirty = true;
    this.sigma.scheduleRender();
  }

  /** Node labels first, then the edge labels between labelled nodes when zoomed in. */
  private placeLabels(): void {
    this.labelsDirty = false;
    this.placeNodeLabels();
    this.placeEdgeLabels();
  }

  private textWidth(text: string): number {
    let width = this.textWidths.get(text);
    if (width === undefined) {
      if (this.measure) this.measure.font = `${LABEL_SIZE}px ${LABEL_FONT}`;
      // Without a 2D context (never in a browser that runs WebGL2) an average glyph width is close enough.
      width = this.measure ? this.measure.measureText(text).width : text.length * LABEL_SIZE * 0.55;
      this.textWidths.set(text, width);
    }
    return width;
  }

  /**
   * Decides which node labels show: the focus first (hovered, selected, then what they light up),
   * then every other shown node by importance, each only where it overlaps no other label and stays
   * inside the graph area. Only nodes whose label changed get a new state.
   */
  private placeNodeLabels(): void {
    const sigma = this.sigma;
    const graph = sigma.getGraph();
    const { width, height } = sigma.getDimensions();
    const leaders = graph.filterNodes((node) => {
      const state = sigma.getNodeState(node);
      return state.isHovered || state.isSelected;
    });
    const seen = new Set<string>();
    const candidates: LabelCandidate[] = [];
    for (const key of [...leaders, ...this.labelOrder]) {
      if (candidates.length >= LABEL_CANDIDATES) break;
      if (seen.has(key) || !graph.hasNode(key)) continue;
      seen.add(key);
      const state = sigma.getNodeState(key);
      if (state.isHidden || state.isDimmed || state.isLater) continue;
      const data = sigma.getNodeDisplayData(key);
      if (!data?.label || data.visibility === "hidden") continue;
      // The viewport given explicitly: sigma refreshes its matrix while drawing, after this runs.
      const at = sigma.framedGraphToViewport(data, { viewportDimensions: { width, height } });
      if (at.x < 0 || at.y < 0 || at.x > width || at.y > height) continue;
      candidates.push({ key, x: at.x, y: at.y, radius: sigma.scaleSize(data.size), width: this.textWidth(data.label), height: LABEL_SIZE });
    }
    const sides = placeLabels(candidates, { width, height }, DEFAULT_PLACEMENT);
    for (const key of new Set([...this.labelSides.keys(), ...sides.keys()])) {
      const before = this.labelSides.get(key);
      const after = sides.get(key);
      if (before === after || !graph.hasNode(key)) continue;
      sigma.setNodeState(key, { labelShown: after !== undefined, labelSide: after ?? "right" });
    }
    this.labelSides = sides;
  }

  /**
   * When zoomed in, the labels of edges between two labelled nodes (the nodes a reader can name), up
   * to {@link EDGE_LABEL_CANDIDATES}; at overview zoom none, as they would pile up on the hubs. Only
   * edges whose label changed get a new state.
   */
  private placeEdgeLabels(): void {
    const sigma = this.sigma;
    const graph = sigma.getGraph();
    const shown = new Set<string>();
    if (sigma.getCamera().ratio < EDGE_LABEL_ZOOM_RATIO) {
      for (const node of this.labelSides.keys()) {
        if (shown.size >= EDGE_LABEL_CANDIDATES) break;
        graph.forEachOutEdge(node, (edge, _attrs, _source, target) => {
          if (shown.size < EDGE_LABEL_CANDIDATES && this.labelSides.has(target)) shown.add(edge);
        });
      }
    }
    for (const edge of this.edgeLabels) if (!shown.has(edge) && graph.hasEdge(edge)) sigma.setEdgeState(edge, { labelShown: false });
    for (const edge of shown) if (!this.edgeLabels.has(edge)) sigma.setEdgeState(edge, { labelShown: true });
    this.edgeLabels = shown;
  }

  /** Centres the camera on a node, zooming in enough to read its neighbourhood. */
  focusNode(node: string): void {
    const data = this.sigma.getNodeDisplayData(node);
    if (!data) return;
    this.moveCamera({ x: data.x, y: data.y, ratio: Math.min(this.sigma.getCamera().ratio, 0.5) }, 500);
  }

  /** Shows the whole graph. */
  resetCamera(): void {
    this.moveCamera({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, 300);
  }

  /**
   * Moves the camera, animated when frames are quick; when the last frame took longer than
   * {@link SLOW_FRAME_MS}, an animation would be a few jerky frames that each hold the page, so it jumps.
   */
  private moveCamera(target: Partial<CameraState>, durationMs: number): void {
    const camera = this.sigma.getCamera();
    if (this.lastFrameMs > SLOW_FRAME_MS) camera.setState(target);
    else void camera.animate(target, { duration: durationMs });
  }

  /**
   * The current view as a PNG. WebGL does not keep its drawing buffer, so the stage canvas is
   * copied inside the next afterRender, while the frame is still there.
   */
  capturePng(): Promise<Blob> {
    return new Promise((resolve, reject) => {
      const handler = () => {
        this.sigma.off("afterRender", handler);
        const stage = this.sigma.getStageCanvas();
        const canvas = document.createElement("canvas");
        canvas.width = stage.width;
        canvas.height = stage.height;
        const context = canvas.getContext("2d");
        if (!context) return reject(new Error("no 2D canvas context"));
        context.fillStyle = "#ffffff";
        context.fillRect(0, 0, canvas.width, canvas.height);
        context.drawImage(stage, 0, 0);
        canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the canvas gave no PNG"))), "image/png");
      };
      this.sigma.on("afterRender", handler);
      this.sigma.refresh();
    });
  }

  kill(): void {
    this.resizes.disconnect();
    this.sigma.kill();
  }
}
