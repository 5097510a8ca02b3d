// The one place that talks to sigma: draws the graph, applies item states, reports interactions, captures a PNG.
import Sigma from "sigma";
import type { CameraState } from "sigma/types";
import type { KnowledgeGraph } from "../../graph/types.ts";
import { h } from "../dom.ts";
import type { GraphDigest } from "../io/graph-digest.ts";
import { itemChanges } from "../state/item-changes.ts";
import { NOTHING_SHOWN, type Focus, type ItemStates } from "../state/item-states.ts";
import { DEFAULT_PLACEMENT, placeLabels, type LabelCandidate, type LabelSide } from "./label-placement.ts";
import { drawingFor, EDGE_LABEL_ZOOM_RATIO, EDGE_STATE, EDGE_STYLES, LABEL_FONT, LABEL_SIZE, LABEL_STATE, LEAN_EDGE_STYLES, leanPrimitives, NODE_STATE, NODE_STYLES, PRIMITIVES, type Drawing } from "./styles.ts";

/** What the renderer tells the app about; the app decides what each means. */
export interface RendererEvents {
  onHover(node: string | null): void;
  onClickNode(node: string): void;
  onClickEdge(edge: string): void;
  onClickStage(): void;
  /** Fires once after the first frame is on screen (the bench and tests wait for it). */
  onFirstRender(): void;
}

function newSigma(graph: KnowledgeGraph, container: HTMLElement, drawing: Drawing) {
  const lean = drawing === "lean";
  return new Sigma(graph, container, {
    settings: {
      // Made on a stage of no size (see GraphRenderer), and the graph area can be squeezed to nothing.
      allowInvalidContainer: true,
      itemSizesReference: "screen",
      renderEdgeLabels: true,
      // Edge hover and click draw every relation a second time each frame, into sigma's picking buffer: a large
      // graph's relations are reached from their entities' panels instead (measured at 50,000 relations in
      // software WebGL: 9.3 s a frame with, 5.5 s without, sigma's plain page 5.5 s).
      enableEdgeEvents: !lean,
      enableNodeDrag: true,
      // Which labels show is decided by our own placement (see placeNodeLabels); sigma's grid would pick
      // by cell, letting long labels run over each other, and forget labels hidden once by a hover.
      labelRenderedSizeThreshold: 0,
    },
    // One type for both drawings: sigma's generics would make each its own renderer type.
    primitives: (lean ? leanPrimitives(graph.selfLoopCount > 0) : PRIMITIVES) as typeof PRIMITIVES,
    customNodeState: { ...NODE_STATE, ...LABEL_STATE },
    customEdgeState: { ...EDGE_STATE },
    styles: { stage: { background: "#ffffff" }, nodes: [...NODE_STYLES], edges: [...((lean ? LEAN_EDGE_STYLES : EDGE_STYLES) as typeof EDGE_STYLES)] },
  });
}

/** A 2D context set to the label font, for measuring label widths; set once, as setting a font parses it (2,000 labels: 60-110 ms). */
function labelMeasure(): CanvasRenderingContext2D | null {
  const context = document.createElement("canvas").getContext("2d");
  if (context) context.font = `${LABEL_SIZE}px ${LABEL_FONT}`;
  return context;
}

/** The sigma renderer with its custom states; typed loosely at the seams, since sigma's generics are invariant. */
export type ViewerSigma = ReturnType<typeof newSigma>;

/**
 * At most this many nodes on screen are considered for a label, most important first: placing is
 * then bounded however large the graph, and a screen holds far fewer readable labels anyway.
 */
const LABEL_CANDIDATES = 2000;

/** A frame slower than this (software WebGL, a huge graph) makes camera moves jump instead of animate. */
const SLOW_FRAME_MS = 100;

/** At most this many edge labels are shown when zoomed in: a screen holds no more that can be read. */
const EDGE_LABEL_CANDIDATES = 500;


/** What {@link warmEdgeLabelGlyphs} reaches inside sigma 4.0.4; anything else there, and it does nothing. */
interface EdgeLabelProgramInternals {
  atlasManager?: { ensureGlyphs(text: string, fontKey: unknown): void; generateTextures(): void };
  defaultFontKey?: unknown;
  refreshTimeout?: ReturnType<typeof setTimeout> | null;
}

/**
 * Puts every character of the graph's edge labels (`text`) into sigma's edge-label glyph atlas before the
 * first frame anyone sees. Sigma 4.0.4's edge label program re-indexes and redraws the whole graph
 * whenever that atlas grows, which the first edge label shown (a selection's, a hover's) would make
 * it do: at 50,000 edges in software WebGL, a second frame of some 25 s after the first selection.
 * Warmed here, while the graph is drawn at no size, the refresh it schedules for that is dropped.
 * Internals, so guarded: a sigma without them is left as it is.
 */
function warmEdgeLabelGlyphs(sigma: ViewerSigma, text: string): void {
  const program = (sigma as unknown as { internals?: { edgeLabelProgram?: EdgeLabelProgramInternals } }).internals?.edgeLabelProgram;
  const atlas = program?.atlasManager;
  if (!program || !atlas || typeof atlas.ensureGlyphs !== "function" || typeof atlas.generateTextures !== "function") return;
  atlas.ensureGlyphs(text, program.defaultFontKey);
  atlas.generateTextures();
  if (program.refreshTimeout) clearTimeout(program.refreshTimeout);
  program.refreshTimeout = null;
}


/** What the renderer needs worked out over the whole graph (by the load worker, see GraphDigest). */
export type RenderDigest = Pick<GraphDigest, "labelOrder" | "deniedOnly" | "edgeLabelText">;

/** Draws a knowledge graph and keeps sigma's item states in step with the app's. */
export class GraphRenderer {
  private sigmaNow: ViewerSigma;
  private readonly events: RendererEvents;
  private readonly stage: HTMLElement;
  /** How relations are drawn; it depends on the graph's size, and sigma is made anew when a graph needs the other. */
  private drawing: Drawing;
  /** The item states sigma shows now. */
  private shown = NOTHING_SHOWN;
  private readonly resizes: ResizeObserver;
  private labelOrder: string[];
  /** Each node's place in labelOrder, made the first time a focus needs its nodes in that order. */
  private labelRank: Map<string, number> | null = null;
  /** The last focus's nodes in label order, kept while the focus is the same object. */
  private focusOrder: { focus: Focus; nodes: string[] } | null = null;
  private labelSides = new Map<string, LabelSide>();
  private labelsDirty = false;
  private edgeLabels = new Set<string>();
  /** The node under the mouse, as sigma's enterNode and leaveNode tell it. */
  private hoveredNode: string | null = null;
  private frameStartedAt = 0;
  /** How long the last frame took to draw, from its start to the end of its task; 0 before the first. */
  private lastFrameMs = 0;
  private readonly textWidths = new Map<string, number>();
  private readonly measure = labelMeasure();
  private readonly graphMoved = () => this.scheduleLabels();

  constructor(graph: KnowledgeGraph, container: HTMLElement, events: RendererEvents, digest: RenderDigest) {
    this.events = events;
    this.stage = h("div", { class: "sigma-stage" });
    container.replaceChildren(this.stage);
    this.drawing = drawingFor(graph.size);
    this.labelOrder = digest.labelOrder;
    this.sigmaNow = this.attachSigma(graph, digest);
    const firstFrame = () => {
      this.sigma.off("afterRender", firstFrame);
      events.onFirstRender();
    };
    this.sigma.on("afterRender", firstFrame);
    // Sigma follows window resizes only, but the graph area also changes size when a banner opens or the
    // timeline below it is rebuilt. Sigma is told at once, before the browser paints: a frame later would
    // show one stretched frame, and until then its mouse layer would overhang the area and pick at the old framing.
    this.resizes = new ResizeObserver(() => {
      if (this.followContainerSize(this.stage)) this.scheduleLabels();
    });
    this.resizes.observe(this.stage);
  }

  /** The sigma renderer now drawing: a new one for each graph swapped in (see setGraph). */
  get sigma(): ViewerSigma {
    return this.sigmaNow;
  }

  /**
   * Makes sigma for the graph in this renderer's drawing, with labels placed and its first frame scheduled.
   * Sigma draws a frame as it is made. Made on a stage of no size, that frame costs nothing; the stage then
   * takes the whole graph area, the labels are placed, and the first frame anyone sees is drawn once, labelled.
   * (In software WebGL a frame of 50,000 edges takes seconds: two at load would double the wait.)
   */
  private attachSigma(graph: KnowledgeGraph, digest: RenderDigest): ViewerSigma {
    this.stage.setAttribute("style", "width: 0; height: 0");
    const sigma = newSigma(graph, this.stage, this.drawing);
    this.sigmaNow = sigma;
    warmEdgeLabelGlyphs(sigma, digest.edgeLabelText);
    this.stage.removeAttribute("style");
    sigma.resize();
    if (digest.deniedOnly.length > 0) sigma.setEdgesState(digest.deniedOnly, { isDeniedOnly: true });
    sigma.on("beforeRender", () => {
      this.frameStartedAt = performance.now();
      // Placed here, the labels' states are drawn by this very frame: a change costs one frame, not two.
      if (this.labelsDirty) this.placeLabels();
    });
    sigma.on("afterRender", () => {
      // WebGL draws after the render call returns; the next animation frame comes once the drawing is on screen.
      const started = this.frameStartedAt;
      requestAnimationFrame(() => (this.lastFrameMs = performance.now() - started));
    });
    const events = this.events;
    sigma.on("enterNode", ({ node }) => {
      this.hoveredNode = node;
      events.onHover(node);
    });
    sigma.on("leaveNode", () => {
      this.hoveredNode = null;
      events.onHover(null);
    });
    sigma.on("clickNode", ({ node }) => events.onClickNode(node));
    sigma.on("clickEdge", ({ edge }) => events.onClickEdge(edge));
    sigma.on("clickStage", () => events.onClickStage());
    sigma.getCamera().on("updated", () => this.scheduleLabels());
    this.listenToPositions(graph);
    this.placeLabels();
    sigma.scheduleRender();
    return sigma;
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

  /**
   * Swaps in a new graph (data reloaded or a file opened), keeping the camera where the user left it.
   * Sigma is made anew, in the drawing the new graph needs (see {@link drawingFor}): primitives are fixed
   * when sigma is made, and its item states would outlive the items. Made as at load (see attachSigma),
   * the new graph's first frame is drawn once, labelled.
   */
  setGraph(graph: KnowledgeGraph, digest: RenderDigest): void {
    const camera = this.sigma.getCamera().getState();
    this.sigma.getGraph().off("nodeAttributesUpdated", this.graphMoved).off("eachNodeAttributesUpdated", this.graphMoved);
    this.sigma.kill();
    this.labelSides = new Map();
    this.edgeLabels = new Set();
    this.shown = NOTHING_SHOWN;
    this.hoveredNode = null;
    this.labelOrder = digest.labelOrder;
    this.labelRank = null;
    this.focusOrder = null;
    this.drawing = drawingFor(graph.size);
    this.attachSigma(graph, digest).getCamera().setState(camera);
  }

  /**
   * Applies only what changed since the last call: sigma re-evaluates styles for those items alone.
   * A focus that appears or goes away dims or undims everything in one call, sigma's own loop.
   * `states` are of the graph drawn: {@link setGraph} starts again from nothing shown.
   */
  apply(states: ItemStates): void {
    const sigma = this.sigma;
    const graph = sigma.getGraph();
    const changes = itemChanges(this.shown, states);
    if (changes.everyItem) {
      sigma.setNodesState(graph.nodes(), changes.everyItem);
      sigma.setEdgesState(graph.edges(), changes.everyItem);
    }
    // Each look group in one call: a filter can change the look of most of 500,000 relations.
    for (const { look, keys } of changes.nodes) sigma.setNodesState(keys, look);
    for (const { look, keys } of changes.edges) sigma.setEdgesState(keys, look);
    this.shown = states;
    // Nothing new to show, nothing to draw: a frame of a large graph in software WebGL takes seconds.
    if (changes.everyItem || changes.nodes.length > 0 || changes.edges.length > 0) this.scheduleLabels();
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
    // Known without asking every node's state, which is a pass over all of them (see labelCandidateOrder).
    const selected = this.shown.selected;
    const leaders = [this.hoveredNode, selected?.kind === "node" ? selected.key : null].filter((key) => key !== null);
    const seen = new Set<string>();
    const candidates: LabelCandidate[] = [];
    for (const key of leaders.concat(this.labelCandidateOrder())) {
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
   * The nodes whose labels may show, most important first. With a focus, only its nodes: everything else is
   * dimmed. Going through all of a large graph's nodes to find that out, besides asking each node's state
   * whether it was hovered or selected, made placing the labels take some 190 ms at 100,000 nodes.
   */
  private labelCandidateOrder(): readonly string[] {
    const focus = this.shown.focus;
    if (focus === null) return this.labelOrder;
    if (this.focusOrder?.focus !== focus) {
      const rank = (this.labelRank ??= new Map(this.labelOrder.map((node, i) => [node, i])));
      const nodes = [...focus.nodes].sort((a, b) => (rank.get(a) ?? rank.size) - (rank.get(b) ?? rank.size));
      this.focusOrder = { focus, nodes };
    }
    return this.focusOrder.nodes;
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
