// Specification of counted: a count and its noun in the right number, the same wording everywhere.
import { describe, expect, it } from "vitest";
import { counted } from "../../src/model/wording.ts";

describe("counted", () => {
  it("uses the singular for exactly one", () => {
    expect(counted(1, "source")).toBe("1 source");
    expect(counted(1, "entity", "entities")).toBe("1 entity");
  });

  it("uses the plural for zero and for more than one", () => {
    expect(counted(0, "source")).toBe("0 sources");
    expect(counted(2, "source")).toBe("2 sources");
    expect(counted(1000, "relation")).toBe("1000 relations");
  });

  it("adds an s by default and takes the plural given for other nouns", () => {
    expect(counted(3, "source document")).toBe("3 source documents");
    expect(counted(3, "entity", "entities")).toBe("3 entities");
    expect(counted(2, "alias", "aliases")).toBe("2 aliases");
  });

  it("treats any count other than exactly 1 as plural, fractions and negatives included", () => {
    expect(counted(0.5, "step")).toBe("0.5 steps");
    expect(counted(-1, "step")).toBe("-1 steps");
  });
});
