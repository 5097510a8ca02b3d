// The seed ontology's colours, checked by measure rather than by eye: every relation type's colour can be
// told from every other one, also with each kind of colour blindness, stays in its family's hue, reuses
// no entity type's colour, and stands out on the viewer's white background.
import { describe, expect, it } from "vitest";
import { readOntology } from "../../src/load/read-ontology.ts";
import { parseYaml } from "../../src/load/yaml-records.ts";
import type { Ontology } from "../../src/model/ontology.ts";
import { chroma, ciede2000, contrastRatio, hexToLab, hueAngle, seenAs, type Vision } from "../helpers/color-science.ts";
import { readFileSync } from "node:fs";

/** Smallest CIEDE2000 difference between two relation colours with normal vision: clearly different side by side. */
const MIN_DIFFERENCE = 8;
/** The same with protanopia, deuteranopia or tritanopia: still apart, if less so. */
const MIN_DIFFERENCE_DICHROMAT = 5;
/** A relation colour this close to an entity colour would read as that entity type. */
const MIN_DIFFERENCE_FROM_ENTITIES = 10;
/** WCAG's contrast for graphics (1.4.11): an edge must show on the white background. */
const MIN_CONTRAST_ON_WHITE = 3;
/** How far a relation type's hue may stray from its family's. */
const MAX_HUE_FROM_FAMILY = 45;

function seedOntology(): Ontology {
  const parsed = parseYaml({ path: "graph-data/ontology.yaml", text: readFileSync("graph-data/ontology.yaml", "utf8") });
  const ontology = readOntology(parsed);
  if (parsed.report.errors.length > 0) throw new Error(`graph-data/ontology.yaml has errors: ${parsed.report.errors.map((e) => e.message).join("; ")}`);
  return ontology;
}

/** Pairs of relation types whose colours differ by less than `min` for a reader with `vision`, with the difference. */
function closePairs(ontology: Ontology, vision: Vision, min: number): string[] {
  const types = ontology.relationTypes;
  const seen = types.map((t) => seenAs(t.color, vision));
  const close: string[] = [];
  for (let i = 0; i < types.length; i++) {
    for (let j = i + 1; j < types.length; j++) {
      const difference = ciede2000(seen[i]!, seen[j]!);
      if (difference < min) close.push(`${types[i]!.id} ${types[i]!.color} / ${types[j]!.id} ${types[j]!.color}: ${difference.toFixed(1)}`);
    }
  }
  return close;
}

/** The mean hue of a set of colours, averaged as angles. */
function meanHue(colors: string[]): number {
  const labs = colors.map(hexToLab);
  const x = labs.reduce((sum, lab) => sum + Math.cos((hueAngle(lab) * Math.PI) / 180), 0);
  const y = labs.reduce((sum, lab) => sum + Math.sin((hueAngle(lab) * Math.PI) / 180), 0);
  return ((Math.atan2(y, x) * 180) / Math.PI + 360) % 360;
}

const angleBetween = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

describe("the colour measures", () => {
  it("give the CIEDE2000 differences of Sharma, Wu and Dalal's published test pairs", () => {
    const pairs: [[number, number, number], [number, number, number], number][] = [
      [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
      [[50, 0, 0], [50, -1, 2], 2.3669],
      [[50, 2.5, 0], [73, 25, -18], 27.1492],
      [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
      [[22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619], 2.0373],
    ];
    for (const [one, two, expected] of pairs) {
      const difference = ciede2000({ L: one[0], a: one[1], b: one[2] }, { L: two[0], a: two[1], b: two[2] });
      expect(difference).toBeCloseTo(expected, 3);
    }
  });

  it("make red and green hard to tell apart for a red-green colour-blind reader, and blue and green for a blue-yellow one", () => {
    const [red, green] = ["#d62728", "#2ca02c"];
    expect(ciede2000(seenAs(red, "normal"), seenAs(green, "normal"))).toBeGreaterThan(30);
    expect(ciede2000(seenAs(red, "deuteranopia"), seenAs(green, "deuteranopia"))).toBeLessThan(ciede2000(seenAs(red, "normal"), seenAs(green, "normal")) / 2);
    expect(ciede2000(seenAs(red, "protanopia"), seenAs(green, "protanopia"))).toBeLessThan(ciede2000(seenAs(red, "normal"), seenAs(green, "normal")) / 2);
    const [blue, teal] = ["#1f77b4", "#2ca02c"];
    expect(ciede2000(seenAs(blue, "tritanopia"), seenAs(teal, "tritanopia"))).toBeLessThan(ciede2000(seenAs(blue, "normal"), seenAs(teal, "normal")) / 2);
  });

  it("put black on white at the top of the contrast scale", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
  });
});

describe("the seed ontology's relation colours", () => {
  const ontology = seedOntology();

  it("give every relation type a family, each family at least one type", () => {
    const families = ontology.relationFamilies ?? [];
    expect(families.length).toBeGreaterThanOrEqual(3);
    expect(ontology.relationTypes.filter((t) => !t.family).map((t) => t.id)).toEqual([]);
    expect(families.filter((f) => !ontology.relationTypes.some((t) => t.family === f.id)).map((f) => f.id)).toEqual([]);
  });

  it("keep each relation type near its family's hue, and the families' hues apart", () => {
    const families = ontology.relationFamilies ?? [];
    const hues = new Map(families.map((f) => [f.id, meanHue(ontology.relationTypes.filter((t) => t.family === f.id).map((t) => t.color))]));
    const strays = ontology.relationTypes
      .filter((t) => chroma(hexToLab(t.color)) < 20 || angleBetween(hueAngle(hexToLab(t.color)), hues.get(t.family!)!) > MAX_HUE_FROM_FAMILY)
      .map((t) => `${t.id} ${t.color}`);
    expect(strays).toEqual([]);
    const familyHues = [...hues.values()];
    for (let i = 0; i < familyHues.length; i++) for (let j = i + 1; j < familyHues.length; j++) expect(angleBetween(familyHues[i]!, familyHues[j]!)).toBeGreaterThan(30);
  });

  it(`differ pairwise by at least ${MIN_DIFFERENCE} (CIEDE2000) with normal colour vision`, () => {
    expect(closePairs(ontology, "normal", MIN_DIFFERENCE)).toEqual([]);
  });

  for (const vision of ["protanopia", "deuteranopia", "tritanopia"] as const) {
    it(`differ pairwise by at least ${MIN_DIFFERENCE_DICHROMAT} as seen with ${vision}`, () => {
      expect(closePairs(ontology, vision, MIN_DIFFERENCE_DICHROMAT)).toEqual([]);
    });
  }

  it("reuse no entity type's colour", () => {
    const near = ontology.relationTypes.flatMap((r) =>
      ontology.entityTypes.filter((e) => ciede2000(hexToLab(r.color), hexToLab(e.color)) < MIN_DIFFERENCE_FROM_ENTITIES).map((e) => `${r.id} ${r.color} ~ ${e.id} ${e.color}`),
    );
    expect(near).toEqual([]);
  });

  it(`stand out on the white background (contrast at least ${MIN_CONTRAST_ON_WHITE}:1)`, () => {
    const faint = ontology.relationTypes.filter((t) => contrastRatio(t.color, "#ffffff") < MIN_CONTRAST_ON_WHITE).map((t) => `${t.id} ${t.color}`);
    expect(faint).toEqual([]);
  });
});
