// What sigma can draw (primitives) and how each item looks in each state (styles): the viewer's visual language.
import { DEFAULT_STYLES } from "sigma";
import { extremityArrow, layerDashed, layerPlain, pathCurved, pathLine, pathLoop } from "sigma/rendering";
import type { NodeAttributes } from "../../graph/types.ts";
import { WIDEST_SOURCE_COUNT } from "../filters/legend-counts.ts";
import { SHOWN_LABEL } from "../text/shown-text.ts";
import type { EdgeLook, NodeLook } from "../state/item-states.ts";
import type { LabelSide } from "./label-placement.ts";

/** Items outside the focus: light enough to recede, dark enough to still show the shape of the graph. */
export const DIMMED_COLOR = "#e2e2e2";
/** How opaque what `actorgraph extract` proposed is drawn, once shown: there, but plainly not yet reviewed. */
export const PROPOSED_OPACITY = 0.4;
/** Text colour of labels: near-black on white passes WCAG AA at any size. */
export const LABEL_COLOR = "#1a1a1a";

/** Node label text size in pixels. */
export const LABEL_SIZE = 13;
/** Node label font family: sigma's default, which the label placement measures text in. */
export const LABEL_FONT = "sans-serif";

/**
 * Node states set by the label placement, not by the view: whether the node's label is drawn, and
 * on which side of it (the right unless that is taken or would leave the graph area).
 */
export const LABEL_STATE: { labelShown: boolean; labelSide: LabelSide } = { labelShown: false, labelSide: "right" };

/** Custom node states, declared by their initial values. */
export const NODE_STATE: Omit<NodeLook, "isHidden"> = { isDimmed: false, isEmphasised: false, isSelected: false, isLater: false };
/**
 * Custom edge states, declared by their initial values. `isDeniedOnly` is set once per graph (see
 * {@link deniedOnlyEdges}); `labelShown` by the label placement, for edges between two labelled nodes when zoomed in.
 */
export const EDGE_STATE: Omit<EdgeLook, "isHidden"> & { isDeniedOnly: boolean; labelShown: boolean } = {
  isDimmed: false, isEmphasised: false, isSelected: false, isLater: false, isUndated: false, isDeniedOnly: false, labelShown: false,
};

/** Camera ratio under which edge labels appear on their own (1 is the whole graph in view). */
export const EDGE_LABEL_ZOOM_RATIO = 0.45;

/** The colour between a contested claim's dashes: amber, unlike any relation type's colour. */
export const CONTESTED_COLOR = "#ffb000";
/** The gaps of a denied claim's dashes: see-through, so they read as gaps. */
const TRANSPARENT = "rgba(0,0,0,0)";
/** Dash and gap lengths in pixels, for denied claims (gaps empty) and contested ones (gaps amber). */
const DASH_PX = 5;
const GAP_PX = 4;

/** Edge width for one source, and what each further source adds, in pixels. */
const BASE_WIDTH = 1.5;
const WIDTH_PER_SOURCE = 1.5;

/** Variables the edge layers and styles read: the colour between dashes, and the dash length (0: solid). */
const EDGE_VARIABLES = { gapColor: { type: "color", default: "#cccccc" }, dashSize: { type: "number", default: 0 } } as const;

/**
 * Paths, arrows and two layers: a plain one painted in `gapColor`, and dashes in the edge's colour
 * over it where `dashSize` is set (0, no dashes, for most edges: the layer then costs next to nothing).
 * A claim every document denies is dashed over nothing (`gapColor` transparent), a contested one over
 * amber; the others are solid in their colour. The gradient mark this replaces made every frame three
 * times slower in software WebGL (10,000 edges: 5.8 s against 1.9 s a frame).
 */
export const PRIMITIVES = {
  edges: {
    paths: [pathLine(), pathCurved(), pathLoop()],
    extremities: [extremityArrow()],
    variables: EDGE_VARIABLES,
    layers: [
      layerPlain({ color: { attribute: "gapColor" } }),
      layerDashed({ dashSize: { attribute: "dashSize", default: 0, mode: "pixels" }, gapSize: { value: GAP_PX, mode: "pixels" } }),
    ],
  },
} as const;

/**
 * What large graphs are drawn with: straight lines in one plain layer, as sigma draws by default. Each
 * relation costs the GPU a fraction of the full drawing's (curves, arrow heads and a dash layer made a
 * frame 4.5 times as slow as sigma's default in software WebGL), and at that many relations arrow heads,
 * curves and dashes are too small to read at overview anyway. Self-loops get their path only in a graph
 * that has one: sigma gives every edge the vertices of its most detailed path (66 with the loop's, a few
 * without), and in software WebGL that vertex work made the load's frames twice as slow at 50,000 relations.
 */
export function leanPrimitives(selfLoops: boolean) {
  return {
    edges: {
      paths: selfLoops ? [pathLine(), pathLoop()] : [pathLine()],
      extremities: [],
      variables: EDGE_VARIABLES,
      layers: [layerPlain()],
    },
  } as const;
}

/** How relations are drawn: in full (curves, arrows, dashes), or lean for a large graph. */
export type Drawing = "full" | "lean";

/** From this many relations on, a graph is drawn lean (see {@link leanPrimitives}). */
export const LEAN_FROM_RELATIONS = 20_000;

/** How a graph of `relations` relations is drawn. */
export function drawingFor(relations: number): Drawing {
  return relations >= LEAN_FROM_RELATIONS ? "lean" : "full";
}

/** The edge fields the corroboration styles read. */
export interface CorroborationFields {
  sourceCount: number;
  contested: boolean;
}

/**
 * Edge width in pixels by the number of source documents: 1.5 for one, 1.5 more per further
 * source, no wider from {@link WIDEST_SOURCE_COUNT} on. A relation without evidence is drawn as one source.
 */
export function edgeWidth(attrs: Pick<CorroborationFields, "sourceCount">, extra = 0): number {
  const sources = Math.min(Math.max(attrs.sourceCount, 1), WIDEST_SOURCE_COUNT);
  return BASE_WIDTH + (sources - 1) * WIDTH_PER_SOURCE + extra;
}

/** {@link edgeWidth} as sigma computes it from the `sourceCount` attribute, `extra` pixels wider. */
function widthBinding(extra: number) {
  return { attribute: "sourceCount", minValue: 1, maxValue: WIDEST_SOURCE_COUNT, min: edgeWidth({ sourceCount: 1 }, extra), max: edgeWidth({ sourceCount: WIDEST_SOURCE_COUNT }, extra), defaultValue: edgeWidth({ sourceCount: 1 }, extra) };
}



/**
 * How nodes look in each state, after sigma's defaults (positions, sizes, hover); later rules win.
 * No rule is a function: sigma re-evaluates function styles of every item whenever anything in
 * the graph's state changes (a hover, a camera move), which at 500,000 edges stalls the page for
 * seconds; rules on data and item states are re-evaluated for the items that changed only.
 */
export const NODE_STYLES = [
  DEFAULT_STYLES.nodes,
  {
    labelColor: LABEL_COLOR,
    labelSize: LABEL_SIZE,
    labelBackgroundColor: "rgba(255,255,255,0.75)",
    // Which labels show, and on which side, is decided by the label placement (see renderer.ts).
    labelVisibility: { whenState: "labelShown", then: "visible", else: "hidden" },
  },
  { matchState: "labelSide", cases: { left: { labelPosition: "left" }, right: { labelPosition: "right" }, above: { labelPosition: "above" }, below: { labelPosition: "below" } } },
  // Drawn cut short and with invisible characters shown: a 100,000-character label would stall the label layout.
  { whenData: SHOWN_LABEL, then: { label: { attribute: SHOWN_LABEL } } },
  { whenData: { review: "proposed" }, then: { opacity: PROPOSED_OPACITY } },
  { whenState: "isDimmed", then: { color: DIMMED_COLOR, labelVisibility: "hidden" } },
  { whenState: "isEmphasised", then: { depth: "topNodes" } },
  // Faded with its relations by the timeline: still there, so the picture does not jump, but receding.
  { whenState: "isLater", then: { opacity: 0.15, labelVisibility: "hidden" } },
  { whenState: "isSelected", then: { backdropVisibility: "visible", labelVisibility: "visible", depth: "topNodes" } },
  { whenState: "isHovered", then: { labelVisibility: "visible", depth: "topNodes" } },
] as const;

/** Every edge's look before any data or state: drawn in full, parallel relations curve apart and directed ones have arrow heads. */
const EDGE_BASE = {
  path: "straight",
  parallelPath: "curved",
  selfLoopPath: "loop",
  head: { whenData: "directed", then: "arrow", else: "none" },
  // Wider with more source documents; focus and selection widen from there, so the order holds.
  size: widthBinding(0),
  gapColor: { attribute: "color" },
  dashSize: 0,
  labelColor: "#333333",
  labelSize: 11,
  labelPosition: "above",
  // Edge labels would pile up on the hubs at overview zoom: only between labelled nodes when zoomed in, or focused (below).
  labelVisibility: { whenState: "labelShown", then: "visible", else: "hidden" },
} as const;

/** A relation type's label comes from the file too: drawn cut short, invisible characters shown. */
const EDGE_SHOWN_LABEL = { whenData: SHOWN_LABEL, then: { label: { attribute: SHOWN_LABEL } } } as const;

/** Proposals, the timeline and the focus, the same in both drawings. */
const EDGE_FADES = [
  // Proposed by `actorgraph extract`, not reviewed yet: drawn faint, so the reviewed graph stays what one reads first.
  { whenData: { review: "proposed" }, then: { opacity: PROPOSED_OPACITY } },
  { whenState: "isUndated", then: { opacity: 0.3, labelVisibility: "hidden" } },
  { whenState: "isLater", then: { opacity: 0.08, labelVisibility: "hidden" } },
  // Grey outside the focus, the contested mark too; a hovered one shows its colour again.
  { whenState: "isDimmed", then: { color: DIMMED_COLOR, gapColor: DIMMED_COLOR, labelVisibility: "hidden" } },
  { whenState: ["isDimmed", "isHovered"], then: { color: { attribute: "color" }, gapColor: { attribute: "color" } } },
] as const;

const EDGE_FOCUS = [
  { whenState: "isEmphasised", then: { depth: "topEdges", size: widthBinding(1), labelVisibility: "visible" } },
  { whenState: "isSelected", then: { size: widthBinding(2.5), labelVisibility: "visible", depth: "topEdges" } },
] as const;

/** How edges look in each state, drawn in full; as with {@link NODE_STYLES}, no rule is a function. */
export const EDGE_STYLES = [
  DEFAULT_STYLES.edges,
  EDGE_BASE,
  EDGE_SHOWN_LABEL,
  // Contested: dashed over amber.
  { whenData: "contested", then: { gapColor: CONTESTED_COLOR, dashSize: DASH_PX } },
  ...EDGE_FADES,
  // Denied by every document: dashed over nothing, whatever else applies.
  { whenState: "isDeniedOnly", then: { gapColor: TRANSPARENT, dashSize: DASH_PX } },
  ...EDGE_FOCUS,
] as const;

/** How denied-only claims are drawn lean, where there are no dashes: faint. */
export const LEAN_DENIED_OPACITY = 0.3;

/**
 * How edges look when drawn lean: straight, without arrow heads; without dashes, a contested claim is
 * amber and a claim every document denies faint. The focus and the timeline work as in full.
 */
export const LEAN_EDGE_STYLES = [
  DEFAULT_STYLES.edges,
  { ...EDGE_BASE, parallelPath: "straight", head: "none" },
  EDGE_SHOWN_LABEL,
  { whenData: "contested", then: { color: CONTESTED_COLOR } },
  { whenState: "isDeniedOnly", then: { opacity: LEAN_DENIED_OPACITY } },
  ...EDGE_FADES,
  ...EDGE_FOCUS,
] as const;


export { DEFAULT_STYLES, WIDEST_SOURCE_COUNT };
export type { NodeAttributes };
