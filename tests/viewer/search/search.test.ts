import { describe, expect, it } from "vitest";
import { buildSearchIndex, MATCH_RANK, scoreName, search, searchKey } from "../../../src/viewer/search/search.ts";

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

describe("scoreName, match by match", () => {
  const cases: { query: string; name: string; rank: keyof typeof MATCH_RANK | null }[] = [
    { query: "ostrel", name: "ostrel", rank: "exact" },
    { query: "ostrel", name: "ostrelia", rank: "prefix" },
    { query: "ostrel", name: "greater ostrelia", rank: "wordPrefix" },
    { query: "lake ost", name: "old lake ostrel", rank: "wordPrefix" },
    { query: "strel", name: "nostrelian sea", rank: "inWord" },
    { query: "port amber", name: "portamber", rank: "compact" },
    { query: "nvf", name: "norvask volunteer fleet", rank: "initials" },
    { query: "ostral", name: "greater ostrelia", rank: "typo" },
    { query: "varnla", name: "varnia", rank: "typo" },
    // Letters scattered through the name, or two typos in a short word: too little in common.
    { query: "ostrel", name: "old stations of the tremor line", rank: null },
    { query: "iran", name: "international law", rank: null },
    { query: "iran", name: "rail lines in karnavia", rank: null },
    { query: "iran", name: "ukraine", rank: null },
    { query: "ira", name: "ara", rank: null },
  ];
  for (const { query, name, rank } of cases) {
    it(`scores "${query}" against "${name}" as ${rank ?? "no match"}`, () => {
      const score = scoreName(query, name);
      expect(score === null ? null : Math.floor(score)).toBe(rank === null ? null : MATCH_RANK[rank]);
    });
  }
});

describe("search, the order of hits", () => {
  const COAST = buildSearchIndex([
    { key: "ostrelia", label: "Ostrelia", aliases: ["Ostrel"], type: "state" },
    { key: "ostrelian-drones", label: "Ostrelian drones", aliases: [], type: "weapon" },
    { key: "greater-ostrelia", label: "Greater Ostrelia", aliases: [], type: "state" },
    { key: "nostrelian-sea", label: "Nostrelian Sea", aliases: [], type: "place" },
    { key: "ostral", label: "Ostral", aliases: [], type: "city" },
    { key: "tremor-line", label: "Old stations of the Tremor line", aliases: [], type: "place" },
    { key: "halden", label: "Port Halden", aliases: ["Ostrel harbour"], type: "city" },
  ]);

  it("lists exact, then prefix, then word-prefix matches of labels and aliases, then names holding the query, then typos", () => {
    expect(search(COAST, "ostrel").map((h) => [h.key, h.matched])).toEqual([
      ["ostrelia", "Ostrel"],
      // Two prefix matches: the one that adds less to the query first.
      ["halden", "Ostrel harbour"],
      ["ostrelian-drones", "Ostrelian drones"],
      ["greater-ostrelia", "Greater Ostrelia"],
      ["nostrelian-sea", "Nostrelian Sea"],
      ["ostral", "Ostral"],
    ]);
  });

  it("fills the places closer matches leave with typos, and lists no typo while closer matches fill them", () => {
    expect(search(COAST, "ostrel", 6).map((h) => h.key).at(-1)).toBe("ostral");
    expect(search(COAST, "ostrel", 5).map((h) => h.key)).not.toContain("ostral");
  });

  it("names the label as the match when it matches as well as an alias, and the alias when it matches better", () => {
    const DRONES = buildSearchIndex([{ key: "ostrelian-drones", label: "Ostrelian drones", aliases: ["Ostrelian UAVs", "Kestrel"], type: "weapon" }]);
    expect(search(DRONES, "ostrel")[0]).toMatchObject({ matched: "Ostrelian drones" });
    expect(search(DRONES, "kestrel")[0]).toMatchObject({ matched: "Kestrel" });
  });

  it("does not list names that share only scattered letters with the query", () => {
    const FALSE_FRIENDS = buildSearchIndex([
      { key: "iran", label: "Iran", aliases: [], type: "state" },
      { key: "iranian-drones", label: "Iranian drones", aliases: [], type: "weapon" },
      { key: "law", label: "International law", aliases: [], type: "concept" },
      { key: "rail", label: "Rail lines in Karnavia", aliases: [], type: "infrastructure" },
      { key: "vienna-talks", label: "Vienna talks on Iran", aliases: [], type: "event" },
    ]);
    expect(search(FALSE_FRIENDS, "Iran").map((h) => h.key)).toEqual(["iran", "iranian-drones", "vienna-talks"]);
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
