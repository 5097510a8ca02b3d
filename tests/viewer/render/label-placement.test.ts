// Which node labels the viewer draws and where: most important first, never over another label or node, never cut off.
import { describe, expect, it } from "vitest";
import { DEFAULT_PLACEMENT, labelBox, placeLabels, type LabelCandidate } from "../../../src/viewer/render/label-placement.ts";

const AREA = { width: 400, height: 300 };

function node(key: string, x: number, y: number, width = 60): LabelCandidate {
  return { key, x, y, radius: 4, width, height: 13 };
}

describe("placeLabels", () => {
  it("labels a lone node on its right", () => {
    expect(placeLabels([node("a", 100, 100)], AREA)).toEqual(new Map([["a", "right"]]));
  });

  it("moves a label to the left of its node when the right would be cut by the edge of the area", () => {
    expect(placeLabels([node("a", 380, 100)], AREA).get("a")).toBe("left");
  });

  it("gives the first (most important) node its side and moves or drops the next one that would overlap it", () => {
    const sides = placeLabels([node("hub", 100, 100), node("near", 110, 112)], AREA);
    expect(sides.get("hub")).toBe("right");
    const hubBox = labelBox(node("hub", 100, 100), "right", DEFAULT_PLACEMENT.margin);
    const near = sides.get("near");
    if (near !== undefined) {
      const box = labelBox(node("near", 110, 112), near, DEFAULT_PLACEMENT.margin);
      expect(box.left >= hubBox.right || box.right <= hubBox.left || box.top >= hubBox.bottom || box.bottom <= hubBox.top).toBe(true);
    }
    // Ordered the other way round, the other node wins.
    expect(placeLabels([node("near", 110, 112), node("hub", 100, 100)], AREA).get("near")).toBe("right");
  });

  it("keeps labels off other nodes' discs", () => {
    // A node sits just right of "a": its label goes to the other side.
    const sides = placeLabels([node("a", 100, 100), { ...node("b", 140, 100), radius: 8 }], AREA);
    expect(sides.get("a")).not.toBe("right");
  });

  it("leaves out a label that fits nowhere", () => {
    expect(placeLabels([node("a", 200, 150, 500)], AREA).has("a")).toBe(false);
  });

  it("stops at the most labels a screen can hold, keeping the first ones", () => {
    const many = Array.from({ length: 30 }, (_, i) => node(`n${i}`, 20 + (i % 3) * 130, 20 + Math.floor(i / 3) * 28, 40));
    const sides = placeLabels(many, AREA, { ...DEFAULT_PLACEMENT, maxLabels: 5 });
    expect([...sides.keys()]).toEqual(["n0", "n1", "n2", "n3", "n4"]);
  });

  it("gives the same answer for the same input", () => {
    const many = Array.from({ length: 40 }, (_, i) => node(`n${i}`, (i * 37) % 390, (i * 53) % 290, 30 + (i % 5) * 10));
    expect([...placeLabels(many, AREA)]).toEqual([...placeLabels(many, AREA)]);
  });
});
