// What sigma can draw (primitives) and how each item looks in each state (styles): the viewer's visual language.
import { DEFAULT_STYLES } from "sigma";
import { extremityArrow, layerDashed, layerGradient, layerPlain, pathCurved, pathLine, pathLoop } from "sigma/rendering";
import type { EdgeAttributes, NodeAttributes } from "../../graph/types.ts";
import { isDeniedOnly } from "../corpus/stances.ts";
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
/** Custom edge states, declared by their initial values. */
export const EDGE_STATE: Omit<EdgeLook, "isHidden"> = { isDimmed: false, isEmphasised: false, isSelected: false, isLater: false, isUndated: false };
/** Custom graph state. */
export const GRAPH_STATE = { hasFocus: false, zoomedIn: false };

/** Camera ratio under which edge labels appear on their own (1 is the whole graph in view). */
export const EDGE_LABEL_ZOOM_RATIO = 0.45;

/** The core of the mark on a contested claim: amber, unlike any relation type's colour. */
export const CONTESTED_COLOR = "#ffb000";
/** The thin rims around the amber core, so it stands out on light and dark edges alike. */
export const CONTESTED_RIM_COLOR = "#1a1a1a";

/** Edge width for one source, and what each further source adds, in pixels. */
const BASE_WIDTH = 1.5;
const WIDTH_PER_SOURCE = 1.5;
/** Sources beyond this many draw no wider: a claim in forty documents must not hide its neighbours. */
export const WIDEST_SOURCE_COUNT = 4;

/**
 * The contested mark: the middle fifth of the edge, an amber core between two dark rims, over the
 * edge's own colour (transparent for denied claims, so their dashes keep their gaps). Hard stops are
 * pairs of stops at the same offset. Only drawn where `contestedMark` is 1.
 */
const CONTESTED_MARK = layerGradient({
  stops: [
    { attribute: "plainColor", offset: 0 },
    { attribute: "plainColor", offset: 0.4 },
    { color: CONTESTED_RIM_COLOR, offset: 0.4 },
    { color: CONTESTED_RIM_COLOR, offset: 0.42 },
    { color: CONTESTED_COLOR, offset: 0.42 },
    { color: CONTESTED_COLOR, offset: 0.58 },
    { color: CONTESTED_RIM_COLOR, offset: 0.58 },
    { color: CONTESTED_RIM_COLOR, offset: 0.6 },
    { attribute: "plainColor", offset: 0.6 },
    { attribute: "plainColor", offset: 1 },
  ],
  enabled: { attribute: "contestedMark", default: false },
});

/**
 * Paths, arrows and layers, back to front. Denied claims are dashed: a plain layer painted in a
 * `plainColor` that is transparent for them, under a dashed layer whose dash size is 0 (off) for
 * the others. Contested claims get a mark in their middle (a gradient layer between the two), so
 * the dash keeps meaning "denied" and a claim can be both.
 */
export const PRIMITIVES = {
  edges: {
    paths: [pathLine(), pathCurved(), pathLoop()],
    extremities: [extremityArrow()],
    variables: {
      dashSize: { type: "number", default: 0 },
      plainColor: { type: "color", default: "#cccccc" },
      contestedMark: { type: "number", default: 0 },
    },
    layers: [
      layerPlain({ color: { attribute: "plainColor" } }),
      CONTESTED_MARK,
      layerDashed({ dashSize: { attribute: "dashSize", default: 0, mode: "pixels" }, gapSize: { value: 4, mode: "pixels" } }),
    ],
  },
} as const;

/** The edge state fields the colour depends on. */
export interface EdgeColorState {
  isDimmed: boolean;
  isHovered: boolean;
}

/** An edge's colour: its relation type's, or grey when outside the focus (unless hovered). */
export function edgeColor(attrs: EdgeAttributes, state: EdgeColorState): string {
  return state.isDimmed && !state.isHovered ? DIMMED_COLOR : attrs.color;
}

/** The plain layer's colour: transparent for denied claims so the dashes show real gaps. */
export function plainColor(attrs: EdgeAttributes, state: EdgeColorState): string {
  return isDeniedOnly(attrs) ? "rgba(0,0,0,0)" : edgeColor(attrs, state);
}

/** Dash length in pixels: claims that every document on them denies are dashed, the others solid. */
export function dashSize(attrs: EdgeAttributes): number {
  return isDeniedOnly(attrs) ? 5 : 0;
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
export function edgeWidth(attrs: Pick<CorroborationFields, "sourceCount">): number {
  const sources = Math.min(Math.max(attrs.sourceCount, 1), WIDEST_SOURCE_COUNT);
  return BASE_WIDTH + (sources - 1) * WIDTH_PER_SOURCE;
}

/** 1 where the contested mark is drawn: on contested claims, unless greyed out of the focus. */
export function contestedMark(attrs: Pick<CorroborationFields, "contested">, state: EdgeColorState): number {
  return attrs.contested && !(state.isDimmed && !state.isHovered) ? 1 : 0;
}

export { DEFAULT_STYLES };
export type { NodeAttributes };
