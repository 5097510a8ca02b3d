// Specification of name keys: two names that differ only in case, accents, typographic quotes or spacing are the same name.
import { describe, expect, it } from "vitest";
import { nameKey } from "../../src/model/names.ts";

describe("nameKey", () => {
  it("lower-cases a plain name and changes nothing else", () => {
    expect(nameKey("Shahed-136")).toBe("shahed-136");
    expect(nameKey("the Kremlin")).toBe("the kremlin");
  });

  it("drops accents, so Kyïv and Kyiv are one name", () => {
    expect(nameKey("Kyïv")).toBe("kyiv");
    expect(nameKey("Zaporizhzhia Nuclear Power Plant")).toBe(nameKey("Zaporízhzhia nuclear power plant"));
  });

  it("folds typographic apostrophes and double quotes to their typewriter forms", () => {
    expect(nameKey("People’s Army")).toBe("people's army");
    expect(nameKey("‘Geran’")).toBe("'geran'");
    expect(nameKey("“Geran-2”")).toBe('"geran-2"');
  });

  it("joins any run of white space into one space and trims the ends", () => {
    expect(nameKey("  Port \t Halden\n")).toBe("port halden");
  });
});
