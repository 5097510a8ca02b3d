// What sigma can draw (primitives) and how each item looks in each state (styles): the viewer's visual language.
import { DEFAULT_STYLES } from "sigma";
import { extremityArrow, layerDashed, layerPlain, pathCurved, pathLine, pathLoop } from "sigma/rendering";
import type { EdgeAttributes, NodeAttributes } from "../../graph/types.ts";
import type { EdgeLook, NodeLook } from "../state/item-states.ts";

/** Items outside the focus: light enough to recede, dark enough to still show the shape of the graph. */
export const DIMMED_COLOR = "#e2e2e2";
/** Text colour of labels: near-black on white passes WCAG AA at any size. */
export const LABEL_COLOR = "#1a1a1a";

/** Custom node states, declared by their initial values. */
export const NODE_STATE: Omit<NodeLook, "isHidden"> = { isDimmed: false, isEmphasised: false, isSelected: false };
/** Custom edge states, declared by their initial values. */
export const EDGE_STATE: Omit<EdgeLook, "isHidden"> = { isDimmed: false, isEmphasised: false, isSelected: false, isLater: false };
/** Custom graph state. */
export const GRAPH_STATE = { hasFocus: false, zoomedIn: false };

/** Camera ratio under which edge labels appear on their own (1 is the whole graph in view). */
export const EDGE_LABEL_ZOOM_RATIO = 0.45;

/**
 * Paths, arrows and layers. Denied claims are dashed: a plain layer painted in a `plainColor`
 * that is transparent for them, under a dashed layer whose dash size is 0 (off) for the others.
 */
export const PRIMITIVES = {
  edges: {
    paths: [pathLine(), pathCurved(), pathLoop()],
    extremities: [extremityArrow()],
    variables: {
      dashSize: { type: "number", default: 0 },
      plainColor: { type: "color", default: "#cccccc" },
    },
    layers: [layerPlain({ color: { attribute: "plainColor" } }), layerDashed({ dashSize: { attribute: "dashSize", default: 0, mode: "pixels" }, gapSize: { value: 4, mode: "pixels" } })],
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
  return attrs.status === "denied" ? "rgba(0,0,0,0)" : edgeColor(attrs, state);
}

/** Dash length in pixels: denied claims are dashed, the others solid. */
export function dashSize(attrs: EdgeAttributes): number {
  return attrs.status === "denied" ? 5 : 0;
}

export { DEFAULT_STYLES };
export type { NodeAttributes };
