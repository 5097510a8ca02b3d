// The styles' decisions without a browser, evaluated by sigma's own style engine: which relations are dashed, wide or
// marked contested, how focus greys them, and that no rule makes sigma re-evaluate every item on a hover or camera move.
// The browser side (what sigma computes for the fixture's denied and parallel relations) is in tests/e2e/viewer-controls.test.ts.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { EdgeAttributes } from "../../../src/graph/types.ts";
import { corroborationOf } from "../../../src/model/corroboration.ts";
import { deniedOnlyEdges } from "../../../src/viewer/corpus/stances.ts";
import { STATUSES, type Status } from "../../../src/model/status.ts";

type Styles = typeof import("../../../src/viewer/render/styles.ts");
type SigmaStyles = typeof import("sigma/types");
let styles: Styles;
let sigma: SigmaStyles;

beforeAll(async () => {
  // sigma builds its default primitives when imported and reads WebGL2's constants to do so. Node has no WebGL2;
  // nothing here renders, so any number will do for the constants.
  vi.stubGlobal("WebGL2RenderingContext", new Proxy({}, { get: (_target, key) => (typeof key === "string" ? 0 : undefined) }));
  styles = await import("../../../src/viewer/render/styles.ts");
  sigma = await import("sigma/types");
});

afterAll(() => {
  vi.unstubAllGlobals();
});

const relation = (status: Status): EdgeAttributes => ({
  type: "supplies", label: "supplies", color: "#1f77b4", directed: true, status, assertedBy: [], items: [], quantities: {}, evidence: [],
  ...corroborationOf({ status, assertedBy: [], evidence: [] }, () => undefined),
});
const isTransparent = (color: string) => /^rgba\(\s*\d+\s*,\s*\d+\s*,\s*\d+\s*,\s*0(\.0*)?\s*\)$/.test(color);

type EdgeState = Record<string, boolean | number>;
const PLAIN: EdgeState = { isHidden: false, isHovered: false, isHighlighted: false, isLabelHovered: false, parallelIndex: 0, parallelCount: 1 };
/** What sigma draws for an edge: its display data under the viewer's edge styles, in a state. */
function drawn(attrs: object, state: EdgeState = {}, drawing: "full" | "lean" = "full"): Record<string, unknown> {
  const edgeStyles = (drawing === "lean" ? styles.LEAN_EDGE_STYLES : styles.EDGE_STYLES) as unknown as Record<string, unknown>[];
  return sigma.evaluateEdgeStyle(edgeStyles, attrs, { ...PLAIN, ...state } as never, {} as never, {} as never) as unknown as Record<string, unknown>;
}

describe("edge styles", () => {
  it("are rules on data and item states only, so a hover or a camera move re-evaluates only the items that changed", () => {
    // A function in a style is opaque to sigma: it then re-evaluates every item whenever the graph's state changes.
    expect(sigma.analyzeStyleDeclaration(styles.EDGE_STYLES as unknown as Record<string, unknown>[]).dependency).toBe("item-state");
    expect(sigma.analyzeStyleDeclaration(styles.NODE_STYLES as unknown as Record<string, unknown>[]).dependency).toBe("item-state");
  });

  it("dashes denied claims over nothing, so their dashes have gaps, and draws the others solid in their colour", () => {
    for (const status of STATUSES) {
      const attrs = relation(status);
      const look = drawn(attrs, { isDeniedOnly: deniedOnlyEdges(graphOf(attrs)).length > 0 });
      expect(look.color, status).toBe("#1f77b4");
      if (status === "denied") {
        expect(isTransparent(look.gapColor as string), status).toBe(true);
        expect(look.dashSize, status).toBeGreaterThan(0);
      } else expect(look, status).toMatchObject({ gapColor: "#1f77b4", dashSize: 0 });
    }
  });

  it("dashes a relation whose every document denies it, whatever its own status, and not a contested one", () => {
    const deniedByItsQuote = { ...relation("reported"), stanceCounts: { denied: 1 } };
    const contested = { ...relation("reported"), stanceCounts: { reported: 1, denied: 1 }, contested: true };
    expect(deniedOnlyEdges(graphOf(deniedByItsQuote, contested))).toEqual(["e0"]);
  });

  it("dashes a contested claim over amber, greys the mark out of the focus, and shows the colour again on hover", () => {
    const contested = { ...relation("reported"), stanceCounts: { reported: 1, denied: 1 }, contested: true };
    expect(drawn(contested).gapColor).toBe(styles.CONTESTED_COLOR);
    expect(drawn(contested).dashSize).toBeGreaterThan(0);
    expect(drawn(relation("reported")).gapColor).not.toBe(styles.CONTESTED_COLOR);
    expect(drawn(contested, { isDimmed: true })).toMatchObject({ color: styles.DIMMED_COLOR, gapColor: styles.DIMMED_COLOR });
    expect(drawn(contested, { isDimmed: true, isHovered: true }).color).toBe("#1f77b4");
    // Denied stays dashed over nothing when greyed.
    expect(isTransparent(drawn(relation("denied"), { isDimmed: true, isDeniedOnly: true }).gapColor as string)).toBe(true);
  });

  it("draws edges wider the more documents back them, up to a bound, and wider again when focused or selected", () => {
    const width = (sourceCount: number, state: EdgeState = {}) => drawn({ ...relation("reported"), sourceCount }, state).size as number;
    for (const n of [0, 1, 2, 3, 4, 40]) expect(width(n), `${n} sources`).toBeCloseTo(styles.edgeWidth({ sourceCount: n }));
    expect(width(2)).toBeGreaterThan(width(1));
    expect(width(3)).toBeGreaterThan(width(2));
    expect(width(40)).toBe(width(styles.WIDEST_SOURCE_COUNT));
    expect(width(40)).toBeLessThanOrEqual(6);
    // A relation without evidence is as wide as one with a single document.
    expect(width(0)).toBe(width(1));
    expect(width(2, { isEmphasised: true })).toBeCloseTo(width(2) + 1);
    expect(width(2, { isSelected: true })).toBeCloseTo(width(2) + 2.5);
  });

  it("puts an arrow on relations that have a direction only, and draws a hostile label as shown", () => {
    expect(drawn(relation("reported")).head).toBe("arrow");
    expect(drawn({ ...relation("reported"), directed: false }).head).toBe("none");
    expect(drawn(relation("reported")).label).toBe("supplies");
    expect(drawn({ ...relation("reported"), shownLabel: "supp…" }).label).toBe("supp…");
  });

  it("shows an edge label only when the label placement or the focus asks for it", () => {
    expect(drawn(relation("reported")).labelVisibility).toBe("hidden");
    expect(drawn(relation("reported"), { labelShown: true }).labelVisibility).toBe("visible");
    expect(drawn(relation("reported"), { isEmphasised: true }).labelVisibility).toBe("visible");
  });

  it("gives sigma a plain layer painted in gapColor under dashes sized by dashSize, and a curved path for parallel relations", () => {
    const { layers, paths, variables } = styles.PRIMITIVES.edges;
    expect(layers.map((l) => l.name)).toEqual(["plain", "dashed"]);
    expect(layers[0].attributes.map((a) => a.source)).toContain("gapColor");
    expect(layers[1].attributes.map((a) => a.source)).toContain("dashSize");
    // Edges that set no dash size are solid: the dashed layer draws nothing on them.
    expect(variables.dashSize.default).toBe(0);
    const names = paths.map((p) => p.name);
    expect(names[0]).toBe("straight");
    expect(names).toContain("curved");
    expect(paths.find((p) => p.name === "curved")?.spread?.variable).toBe("curvature");
  });
});

describe("lean drawing of large graphs", () => {
  const contested = () => ({ ...relation("reported"), stanceCounts: { reported: 1, denied: 1 }, contested: true });

  it("starts at 20,000 relations: smaller graphs are drawn in full", () => {
    expect(styles.drawingFor(100)).toBe("full");
    expect(styles.drawingFor(styles.LEAN_FROM_RELATIONS - 1)).toBe("full");
    expect(styles.drawingFor(styles.LEAN_FROM_RELATIONS)).toBe("lean");
    expect(styles.drawingFor(500_000)).toBe("lean");
  });

  it("draws what sigma draws by default: straight lines in one plain layer, no arrow heads, no curves, no dashes", () => {
    const { layers, paths, extremities } = styles.leanPrimitives(false).edges;
    expect(layers.map((l) => l.name)).toEqual(["plain"]);
    expect(paths.map((p) => p.name)).toEqual(["straight"]);
    expect(extremities).toEqual([]);
    const look = drawn(relation("reported"), { parallelIndex: 1, parallelCount: 2 }, "lean");
    expect(look).toMatchObject({ head: "none", path: "straight" });
  });

  it("has a path for self-loops only when the graph has one (each relation costs the vertices of the most detailed path)", () => {
    expect(styles.leanPrimitives(true).edges.paths.map((p) => p.name)).toEqual(["straight", "loop"]);
    expect(styles.leanPrimitives(false).edges.paths.map((p) => p.name)).toEqual(["straight"]);
  });

  it("marks a contested claim amber and a denied-only one faint, since it has no dashes", () => {
    expect(drawn(contested(), {}, "lean").color).toBe(styles.CONTESTED_COLOR);
    expect(drawn(relation("denied"), { isDeniedOnly: true }, "lean").opacity).toBe(styles.LEAN_DENIED_OPACITY);
    expect(drawn(relation("reported"), {}, "lean")).toMatchObject({ color: "#1f77b4", opacity: 1 });
  });

  it("greys, widens and fades by focus and timeline as the full drawing does, with rules sigma re-evaluates per item", () => {
    expect(sigma.analyzeStyleDeclaration(styles.LEAN_EDGE_STYLES as unknown as Record<string, unknown>[]).dependency).toBe("item-state");
    for (const state of [{ isDimmed: true }, { isEmphasised: true }, { isSelected: true }, { isLater: true }, { isUndated: true }] as EdgeState[]) {
      const full = drawn(relation("reported"), state);
      const lean = drawn(relation("reported"), state, "lean");
      expect({ color: lean.color, size: lean.size, opacity: lean.opacity, labelVisibility: lean.labelVisibility }, JSON.stringify(state)).toEqual({
        color: full.color, size: full.size, opacity: full.opacity, labelVisibility: full.labelVisibility,
      });
    }
    expect(drawn(contested(), { isDimmed: true }, "lean").color).toBe(styles.DIMMED_COLOR);
  });
});

/** A graph of the given relations, keyed e0, e1, ..., for the functions that read a whole graph. */
function graphOf(...relations: EdgeAttributes[]) {
  return { forEachEdge: (callback: (edge: string, attrs: EdgeAttributes) => void) => relations.forEach((r, i) => callback(`e${i}`, r)) };
}
