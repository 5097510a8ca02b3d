import { describe, expect, it } from "vitest";
import { buildSearchIndex, scoreName, search, searchKey } from "../../../src/viewer/search/search.ts";

const ENTRIES = [
  { key: "shahed-136", label: "Shahed-136", aliases: ["Shahed 136", "Geran-2"], type: "weapon" },
  { key: "shahed-131", label: "Shahed-131", aliases: [], type: "weapon" },
  { key: "kyiv", label: "Kyïv", aliases: ["Kiev"], type: "city" },
  { key: "iran", label: "Iran", aliases: ["Tehran", "Islamic Republic of Iran"], type: "state" },
  { key: "iranian-drones", label: "Iranian drones", aliases: [], type: "weapon" },
  { key: "hostile", label: "<img src=x onerror=alert(1)>", aliases: [], type: "state" },
];
const index = buildSearchIndex(ENTRIES);

describe("searchKey", () => {
  it("folds case, diacritics and punctuation", () => {
    expect(searchKey("  Kyïv ")).toBe("kyiv");
    expect(searchKey("SHAHED-136")).toBe("shahed 136");
  });
});

describe("scoreName", () => {
  it("does not match an empty query", () => {
    expect(scoreName("", "iran")).toBeNull();
  });

  it("ranks exact, prefix, word prefix and substring matches in that order", () => {
    const exact = scoreName("iran", "iran")!;
    const prefix = scoreName("iran", "iranian drones")!;
    const word = scoreName("iran", "islamic republic of iran")!;
    expect(exact).toBeLessThan(prefix);
    expect(prefix).toBeLessThan(word);
  });
});

describe("search", () => {
  it("returns nothing for a blank query", () => {
    expect(search(index, "   ")).toEqual([]);
  });

  it("finds Shahed-136 from lower-case 'shahed', both Shaheds first", () => {
    const hits = search(index, "shahed");
    expect(hits.map((h) => h.key)).toEqual(["shahed-131", "shahed-136"]);
  });

  it("is insensitive to case, diacritics and hyphens", () => {
    expect(search(index, "KYIV")[0]?.key).toBe("kyiv");
    expect(search(index, "shahed136")[0]?.key).toBe("shahed-136");
  });

  it("matches aliases and reports which name matched", () => {
    expect(search(index, "geran")[0]).toMatchObject({ key: "shahed-136", matched: "Geran-2" });
    expect(search(index, "tehran")[0]).toMatchObject({ key: "iran", matched: "Tehran" });
  });

  it("forgives a typo in a longer query", () => {
    expect(search(index, "shahd")[0]?.label).toMatch(/^Shahed/);
    expect(search(index, "teheran")[0]?.key).toBe("iran");
  });

  it("keeps markup in labels as plain text to match", () => {
    expect(search(index, "img src")[0]?.label).toBe("<img src=x onerror=alert(1)>");
  });

  it("honours the limit", () => {
    expect(search(index, "a", 2)).toHaveLength(2);
  });
});
