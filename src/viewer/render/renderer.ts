// The one place that talks to sigma: draws the graph, applies item states, reports interactions, captures a PNG.
import Sigma from "sigma";
import type { KnowledgeGraph } from "../../graph/types.ts";
import { canvasLabel } from "../text/shown-text.ts";
import { diffLooks, PLAIN_EDGE, PLAIN_NODE, type EdgeLook, type ItemStates, type NodeLook } from "../state/item-states.ts";
import { contestedMark, dashSize, DEFAULT_STYLES, DIMMED_COLOR, EDGE_LABEL_ZOOM_RATIO, EDGE_STATE, edgeColor, edgeWidth, GRAPH_STATE, LABEL_COLOR, NODE_STATE, plainColor, PRIMITIVES } from "./styles.ts";

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
      // Denser than sigma's defaults: a curated graph's labels are its content. The grid still keeps them apart.
      labelDensity: 1,
      labelGridCellSize: 90,
      labelRenderedSizeThreshold: 6,
    },
    primitives: PRIMITIVES,
    customNodeState: { ...NODE_STATE },
    customEdgeState: { ...EDGE_STATE },
    customGraphState: { ...GRAPH_STATE },
    styles: {
      stage: { background: "#ffffff" },
      // Sigma's defaults first (positions, sizes, hover), then ours; later rules win.
      nodes: [
        DEFAULT_STYLES.nodes,
        { labelColor: LABEL_COLOR, labelSize: 13, labelBackgroundColor: "rgba(255,255,255,0.75)" },
        // Drawn cut short and with invisible characters shown: a 100,000-character label would stall the label layout.
        { label: (attrs) => canvasLabel(attrs.label) },
        { whenState: "isDimmed", then: { color: DIMMED_COLOR, labelVisibility: "hidden" } },
        { whenState: "isEmphasised", then: { labelVisibility: "visible", depth: "topNodes" } },
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

/** Draws a knowledge graph and keeps sigma's item states in step with the app's. */
export class GraphRenderer {
  readonly sigma: ViewerSigma;
  private nodeLooks = new Map<string, NodeLook>();
  private edgeLooks = new Map<string, EdgeLook>();
  private readonly resizes: ResizeObserver;

  constructor(graph: KnowledgeGraph, container: HTMLElement, events: RendererEvents) {
    this.sigma = createSigma(graph, container);
    // Sigma draws its first frame inside the constructor.
    events.onFirstRender();
    // Sigma follows window resizes only, but the graph area also changes size when a banner opens or the
    // timeline below it is rebuilt. Sigma is told at once, before the browser paints: a frame later would
    // show one stretched frame, and until then its mouse layer would overhang the area and pick at the old framing.
    this.resizes = new ResizeObserver(() => this.followContainerSize(container));
    this.resizes.observe(container);
    this.sigma.on("enterNode", ({ node }) => events.onHover(node));
    this.sigma.on("leaveNode", () => events.onHover(null));
    this.sigma.on("clickNode", ({ node }) => events.onClickNode(node));
    this.sigma.on("clickEdge", ({ edge }) => events.onClickEdge(edge));
    this.sigma.on("clickStage", () => events.onClickStage());
    this.sigma.getCamera().on("updated", ({ ratio }) => {
      const zoomedIn = ratio < EDGE_LABEL_ZOOM_RATIO;
      if (zoomedIn !== this.sigma.getGraphState().zoomedIn) this.sigma.setGraphState({ zoomedIn });
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
    this.nodeLooks = new Map();
    this.edgeLooks = new Map();
    this.sigma.setGraph(graph);
    this.sigma.getCamera().setState(camera);
  }

  /** Applies only what changed since the last call: sigma re-evaluates styles for those items alone. */
  apply(states: ItemStates): void {
    const graph = this.sigma.getGraph();
    for (const [key, look] of diffLooks(this.nodeLooks, states.nodes, PLAIN_NODE)) if (graph.hasNode(key)) this.sigma.setNodeState(key, look);
    for (const [key, look] of diffLooks(this.edgeLooks, states.edges, PLAIN_EDGE)) if (graph.hasEdge(key)) this.sigma.setEdgeState(key, look);
    this.nodeLooks = states.nodes;
    this.edgeLooks = states.edges;
    this.sigma.setGraphState({ hasFocus: states.hasFocus });
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
    this.resizes.disconnect();
    this.sigma.kill();
  }
}
