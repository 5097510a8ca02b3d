// The one place that talks to sigma: draws the graph, applies item states, reports interactions, captures a PNG.
import Sigma from "sigma";
import type { KnowledgeGraph } from "../../graph/types.ts";
import { canvasLabel } from "../text/shown-text.ts";
import { diffLooks, PLAIN_EDGE, PLAIN_NODE, type EdgeLook, type ItemStates, type NodeLook } from "../state/item-states.ts";
import { DEFAULT_PLACEMENT, placeLabels, type LabelCandidate, type LabelSide } from "./label-placement.ts";
import { contestedMark, dashSize, DEFAULT_STYLES, DIMMED_COLOR, EDGE_LABEL_ZOOM_RATIO, EDGE_STATE, edgeColor, edgeWidth, GRAPH_STATE, LABEL_COLOR, LABEL_FONT, LABEL_SIZE, LABEL_STATE, NODE_STATE, plainColor, PRIMITIVES, PROPOSED_OPACITY } from "./styles.ts";

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
    customGraphState: { ...GRAPH_STATE },
    styles: {
      stage: { background: "#ffffff" },
      // Sigma's defaults first (positions, sizes, hover), then ours; later rules win.
      nodes: [
        DEFAULT_STYLES.nodes,
        {
          labelColor: LABEL_COLOR,
          labelSize: LABEL_SIZE,
          labelBackgroundColor: "rgba(255,255,255,0.75)",
          labelVisibility: (_attrs, state) => (state.labelShown ? "visible" : "hidden"),
          labelPosition: (_attrs, state) => state.labelSide,
        },
        // Drawn cut short and with invisible characters shown: a 100,000-character label would stall the label layout.
        { label: (attrs) => canvasLabel(attrs.label) },
        { whenData: { review: "proposed" }, then: { opacity: PROPOSED_OPACITY } },
        { whenState: "isDimmed", then: { color: DIMMED_COLOR, labelVisibility: "hidden" } },
        { whenState: "isEmphasised", then: { depth: "topNodes" } },
        // Faded with its relations by the timeline: still there, so the picture does not jump, but receding.
        { whenState: "isLater", then: { opacity: 0.15, labelVisibility: "hidden" } },
        { whenState: "isSelected", then: { backdropVisibility: "visible", labelVisibility: "visible", depth: "topNodes" } },
        { whenState: "isHovered", then: { labelVisibility: "visible", depth: "topNodes" } },
      ],
      edges: [
        DEFAULT_STYLES.edges,
        {
          path: "straight",
          parallelPath: "curved",
          selfLoopPath: "loop",
          head: (attrs) => (attrs.directed ? "arrow" : "none"),
          // Wider with more source documents; focus and selection widen from there, so the order holds.
          size: edgeWidth,
          color: edgeColor,
          plainColor,
          dashSize,
          contestedMark,
          // A relation type's label comes from the file too: drawn cut short, invisible characters shown.
          label: (attrs) => canvasLabel(attrs.label),
          labelColor: "#333333",
          labelSize: 11,
          labelPosition: "above",
          // Edge labels would pile up on the hubs at overview zoom: only when zoomed in, or focused (below).
          labelVisibility: (_attrs, _state, graphState) => (graphState.zoomedIn ? "auto" : "hidden"),
        },
        // Proposed by `actorgraph extract`, not reviewed yet: drawn faint, so the reviewed graph stays what one reads first.
        { whenData: { review: "proposed" }, then: { opacity: PROPOSED_OPACITY } },
        { whenState: "isUndated", then: { opacity: 0.3, labelVisibility: "hidden" } },
        { whenState: "isLater", then: { opacity: 0.08, labelVisibility: "hidden" } },
        { whenState: "isDimmed", then: { labelVisibility: "hidden" } },
        { whenState: "isEmphasised", then: { depth: "topEdges", size: (attrs) => edgeWidth(attrs) + 1, labelVisibility: "visible" } },
        { whenState: "isSelected", then: { size: (attrs) => edgeWidth(attrs) + 2.5, labelVisibility: "visible", depth: "topEdges" } },
      ],
    },
  });
}

/** The sigma renderer with its custom states; typed loosely at the seams, since sigma's generics are invariant. */
export type ViewerSigma = ReturnType<typeof createSigma>;

/**
 * At most this many nodes on screen are considered for a label, most important first: placing is
 * then bounded however large the graph, and a screen holds far fewer readable labels anyway.
 */
const LABEL_CANDIDATES = 2000;

/** Nodes by how much they matter to a reader: most relations first (as an end or an item), then by label. */
function labelPriority(graph: KnowledgeGraph): string[] {
  const weight = new Map<string, number>();
  graph.forEachNode((node) => weight.set(node, graph.degree(node)));
  graph.forEachEdge((_edge, attrs) => {
    for (const item of attrs.items) if (weight.has(item)) weight.set(item, weight.get(item)! + 1);
  });
  return graph.nodes().sort((a, b) => weight.get(b)! - weight.get(a)! || graph.getNodeAttribute(a, "label").localeCompare(graph.getNodeAttribute(b, "label")) || (a < b ? -1 : 1));
}

/** Draws a knowledge graph and keeps sigma's item states in step with the app's. */
export class GraphRenderer {
  readonly sigma: ViewerSigma;
  private nodeLooks = new Map<string, NodeLook>();
  private edgeLooks = new Map<string, EdgeLook>();
  private readonly resizes: ResizeObserver;
  private labelOrder: string[];
  private labelSides = new Map<string, LabelSide>();
  private labelFrame = 0;
  private readonly textWidths = new Map<string, number>();
  private readonly measure = document.createElement("canvas").getContext("2d");
  private readonly graphMoved = () => this.scheduleLabels();

  constructor(graph: KnowledgeGraph, container: HTMLElement, events: RendererEvents) {
    this.sigma = createSigma(graph, container);
    this.labelOrder = labelPriority(graph);
    // Sigma draws its first frame inside the constructor; the labels are placed in the next frame, so
    // the graph shows as soon as it can.
    events.onFirstRender();
    this.scheduleLabels();
    // Sigma follows window resizes only, but the graph area also changes size when a banner opens or the
    // timeline below it is rebuilt. Sigma is told at once, before the browser paints: a frame later would
    // show one stretched frame, and until then its mouse layer would overhang the area and pick at the old framing.
    this.resizes = new ResizeObserver(() => {
      this.followContainerSize(container);
      this.scheduleLabels();
    });
    this.resizes.observe(container);
    this.listenToPositions(graph);
    this.sigma.on("enterNode", ({ node }) => events.onHover(node));
    this.sigma.on("leaveNode", () => events.onHover(null));
    this.sigma.on("clickNode", ({ node }) => events.onClickNode(node));
    this.sigma.on("clickEdge", ({ edge }) => events.onClickEdge(edge));
    this.sigma.on("clickStage", () => events.onClickStage());
    this.sigma.getCamera().on("updated", ({ ratio }) => {
      const zoomedIn = ratio < EDGE_LABEL_ZOOM_RATIO;
      if (zoomedIn !== this.sigma.getGraphState().zoomedIn) this.sigma.setGraphState({ zoomedIn });
      this.scheduleLabels();
    });
  }

  /** Redraws at the container's size when it differs from sigma's; an empty partial refresh re-indexes nothing. */
  private followContainerSize(container: HTMLElement): void {
    const { width, height } = this.sigma.getDimensions();
    if (container.offsetWidth === width && container.offsetHeight === height) return;
    this.sigma.refresh({ partialGraph: {}, skipIndexation: true });
  }

  /** Swaps in a new graph (data reloaded or a file opened), keeping the camera where the user left it. */
  setGraph(graph: KnowledgeGraph): void {
    const camera = this.sigma.getCamera().getState();
    this.sigma.getGraph().off("nodeAttributesUpdated", this.graphMoved).off("eachNodeAttributesUpdated", this.graphMoved);
    this.nodeLooks = new Map();
    this.edgeLooks = new Map();
    this.labelSides = new Map();
    this.sigma.setGraph(graph);
    this.sigma.getCamera().setState(camera);
    this.labelOrder = labelPriority(graph);
    this.listenToPositions(graph);
    this.scheduleLabels();
  }

  /** Applies only what changed since the last call: sigma re-evaluates styles for those items alone. */
  apply(states: ItemStates): void {
    const graph = this.sigma.getGraph();
    for (const [key, look] of diffLooks(this.nodeLooks, states.nodes, PLAIN_NODE)) if (graph.hasNode(key)) this.sigma.setNodeState(key, look);
    for (const [key, look] of diffLooks(this.edgeLooks, states.edges, PLAIN_EDGE)) if (graph.hasEdge(key)) this.sigma.setEdgeState(key, look);
    this.nodeLooks = states.nodes;
    this.edgeLooks = states.edges;
    this.sigma.setGraphState({ hasFocus: states.hasFocus });
    this.scheduleLabels();
  }

  /** A dragged node or a running layout moves nodes: their labels are placed again. */
  private listenToPositions(graph: KnowledgeGraph): void {
    graph.on("nodeAttributesUpdated", this.graphMoved);
    graph.on("eachNodeAttributesUpdated", this.graphMoved);
  }

  /** Places the labels once per animation frame, however many changes asked for it. */
  private scheduleLabels(): void {
    if (this.labelFrame) return;
    this.labelFrame = requestAnimationFrame(() => {
      this.labelFrame = 0;
      this.placeNodeLabels();
    });
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
      const at = sigma.framedGraphToViewport(data);
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

  /** Centres the camera on a node, zooming in enough to read its neighbourhood. */
  focusNode(node: string): void {
    const data = this.sigma.getNodeDisplayData(node);
    if (!data) return;
    void this.sigma.getCamera().animate({ x: data.x, y: data.y, ratio: Math.min(this.sigma.getCamera().ratio, 0.5) }, { duration: 500 });
  }

  /** Shows the whole graph. */
  resetCamera(): void {
    void this.sigma.getCamera().animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: 300 });
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
    cancelAnimationFrame(this.labelFrame);
    this.resizes.disconnect();
    this.sigma.kill();
  }
}
