// The edge styles' decisions without a browser: which relations are dashed, wide or marked contested, and what sigma is
// given to draw dashes, the contested mark and curves.
// The browser side (what sigma computes for the fixture's denied and parallel relations) is in tests/e2e/viewer-controls.test.ts.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { EdgeAttributes } from "../../../src/graph/types.ts";
import { corroborationOf } from "../../../src/model/corroboration.ts";
import { STATUSES, type Status } from "../../../src/model/status.ts";

type Styles = typeof import("../../../src/viewer/render/styles.ts");
let styles: Styles;

beforeAll(async () => {
  // sigma builds its default primitives when imported and reads WebGL2's constants to do so. Node has no WebGL2;
  // nothing here renders, so any number will do for the constants.
  vi.stubGlobal("WebGL2RenderingContext", new Proxy({}, { get: (_target, key) => (typeof key === "string" ? 0 : undefined) }));
  styles = await import("../../../src/viewer/render/styles.ts");
});

afterAll(() => {
  vi.unstubAllGlobals();
});

const relation = (status: Status): EdgeAttributes => ({
  type: "supplies", label: "supplies", color: "#1f77b4", directed: true, status, assertedBy: [], items: [], quantities: {}, evidence: [],
  ...corroborationOf({ status, assertedBy: [], evidence: [] }, () => undefined),
});
const PLAIN = { isDimmed: false, isHovered: false };
const isTransparent = (color: string) => /^rgba\(\s*\d+\s*,\s*\d+\s*,\s*\d+\s*,\s*0(\.0*)?\s*\)$/.test(color);

describe("edge styles", () => {
  it("dashes denied claims, and only them", () => {
    for (const status of STATUSES) {
      const dash = styles.dashSize(relation(status));
      if (status === "denied") expect(dash, status).toBeGreaterThan(0);
      else expect(dash, status).toBe(0);
    }
  });

  it("draws no solid line under a denied claim, so its dashes have gaps; other relations keep their colour", () => {
    expect(isTransparent(styles.plainColor(relation("denied"), PLAIN))).toBe(true);
    expect(isTransparent(styles.plainColor(relation("denied"), { isDimmed: true, isHovered: false }))).toBe(true);
    for (const status of STATUSES.filter((s) => s !== "denied")) {
      expect(styles.plainColor(relation(status), PLAIN), status).toBe("#1f77b4");
      expect(styles.plainColor(relation(status), { isDimmed: true, isHovered: false }), status).toBe(styles.DIMMED_COLOR);
      expect(styles.plainColor(relation(status), { isDimmed: true, isHovered: true }), status).toBe("#1f77b4");
    }
  });

  it("dashes a relation whose every document denies it, whatever its own status, and not a contested one", () => {
    const deniedByItsQuote = { ...relation("reported"), stanceCounts: { denied: 1 } };
    expect(styles.dashSize(deniedByItsQuote)).toBeGreaterThan(0);
    expect(isTransparent(styles.plainColor(deniedByItsQuote, PLAIN))).toBe(true);
    const contested = { ...relation("reported"), stanceCounts: { reported: 1, denied: 1 }, contested: true };
    expect(styles.dashSize(contested)).toBe(0);
  });

  it("draws edges wider the more documents back them, up to a bound", () => {
    const width = (sourceCount: number) => styles.edgeWidth({ sourceCount });
    expect(width(2)).toBeGreaterThan(width(1));
    expect(width(3)).toBeGreaterThan(width(2));
    expect(width(styles.WIDEST_SOURCE_COUNT)).toBeGreaterThan(width(styles.WIDEST_SOURCE_COUNT - 1));
    expect(width(40)).toBe(width(styles.WIDEST_SOURCE_COUNT));
    expect(width(40)).toBeLessThanOrEqual(6);
    // A relation without evidence is as wide as one with a single document.
    expect(width(0)).toBe(width(1));
  });

  it("marks contested claims, unless they are greyed out of the focus", () => {
    const contested = { contested: true };
    expect(styles.contestedMark(contested, PLAIN)).toBe(1);
    expect(styles.contestedMark({ contested: false }, PLAIN)).toBe(0);
    expect(styles.contestedMark(contested, { isDimmed: true, isHovered: false })).toBe(0);
    expect(styles.contestedMark(contested, { isDimmed: true, isHovered: true })).toBe(1);
  });

  it("gives sigma a plain layer painted in plainColor, the contested mark over it, and a dashed layer sized by dashSize on top, and a curved path for parallel relations", () => {
    const { layers, paths, variables } = styles.PRIMITIVES.edges;
    expect(layers.map((l) => l.name)).toEqual(["plain", "gradient", "dashed"]);
    expect(layers[0].attributes.map((a) => a.source)).toContain("plainColor");
    // The mark is switched per edge by contestedMark and keeps the edge's own colour outside its middle.
    expect(layers[1].attributes.map((a) => a.source)).toEqual(expect.arrayContaining(["contestedMark", "plainColor"]));
    expect(variables.contestedMark.default).toBe(0);
    expect(layers[2].attributes.map((a) => a.source)).toContain("dashSize");
    // Relations that set no dash size are solid.
    expect(variables.dashSize.default).toBe(0);
    const names = paths.map((p) => p.name);
    expect(names[0]).toBe("straight");
    expect(names).toContain("curved");
    expect(paths.find((p) => p.name === "curved")?.spread?.variable).toBe("curvature");
  });
});
