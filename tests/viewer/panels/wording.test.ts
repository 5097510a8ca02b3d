// Plain words in the panels: quantity names a reader can read.
import { describe, expect, it } from "vitest";
import { camelCaseToWords, quantityLabel } from "../../../src/viewer/panels/wording.ts";

describe("quantityLabel", () => {
  const ontology = { quantityNames: [{ id: "civiliansWithoutPower", label: "civilians left without power" }] };

  it("uses the ontology's readable name when it has one", () => {
    expect(quantityLabel(ontology, "civiliansWithoutPower")).toBe("civilians left without power");
  });

  it("splits a camelCase name into words otherwise, also with no names in the ontology", () => {
    expect(quantityLabel(ontology, "shotDown")).toBe("shot down");
    expect(quantityLabel({}, "perYear")).toBe("per year");
    expect(camelCaseToWords("launched")).toBe("launched");
    expect(camelCaseToWords("hitByHIMARSRockets")).toBe("hit by himars rockets");
  });
});
