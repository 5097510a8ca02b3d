// Plain words in the panels: nouns in the right number, quantity names a reader can read.
import { describe, expect, it } from "vitest";
import { camelCaseToWords, counted, quantityLabel } from "../../../src/viewer/panels/wording.ts";

describe("counted", () => {
  it("puts the noun in the singular for one and in the plural otherwise", () => {
    expect(counted(1, "source document")).toBe("1 source document");
    expect(counted(0, "source document")).toBe("0 source documents");
    expect(counted(3, "entity", "entities")).toBe("3 entities");
    expect(counted(1, "entity", "entities")).toBe("1 entity");
  });
});

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
