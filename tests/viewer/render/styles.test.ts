// The edge styles' decisions without a browser: which relations are dashed, and what sigma is given to draw dashes and curves.
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

  it("gives sigma a plain layer painted in plainColor under a dashed layer sized by dashSize, and a curved path for parallel relations", () => {
    const { layers, paths, variables } = styles.PRIMITIVES.edges;
    expect(layers.map((l) => l.name)).toEqual(["plain", "dashed"]);
    expect(layers[0].attributes.map((a) => a.source)).toContain("plainColor");
    expect(layers[1].attributes.map((a) => a.source)).toContain("dashSize");
    // Relations that set no dash size are solid.
    expect(variables.dashSize.default).toBe(0);
    const names = paths.map((p) => p.name);
    expect(names[0]).toBe("straight");
    expect(names).toContain("curved");
    expect(paths.find((p) => p.name === "curved")?.spread?.variable).toBe("curvature");
  });
});
