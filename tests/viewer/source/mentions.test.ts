import { describe, expect, it } from "vitest";
import { findMentions, splitText } from "../../../src/viewer/source/mentions.ts";

const ENTRIES = [
  { key: "iran", label: "Iran", aliases: ["Tehran"], type: "state" },
  { key: "iranian-drones", label: "Iranian drones", aliases: [], type: "weapon" },
  { key: "kyiv", label: "Kyiv", aliases: [], type: "city" },
  { key: "x", label: "X", aliases: [], type: "state" },
];

describe("findMentions", () => {
  it("skips names too short to link", () => {
    expect(findMentions("X marks the spot", ENTRIES)).toEqual([]);
  });

  it("finds whole-word mentions of labels and aliases, ignoring case", () => {
    const text = "Tehran said IRAN would not. Iranian drones hit Kyiv; Iranians cheered.";
    const found = findMentions(text, ENTRIES).map((m) => [text.slice(m.start, m.end), m.key]);
    expect(found).toEqual([["Tehran", "iran"], ["IRAN", "iran"], ["Iranian drones", "iranian-drones"], ["Kyiv", "kyiv"]]);
  });
});

describe("splitText", () => {
  it("cuts the text at mentions and the quote, keeping every character once", () => {
    const text = "Iran sent drones to Kyiv. Then more.";
    const pieces = splitText(text, findMentions(text, ENTRIES), { start: 0, end: 25 });
    expect(pieces.map((p) => p.text).join("")).toBe(text);
    expect(pieces.filter((p) => p.mention).map((p) => [p.text, p.mention, p.inQuote])).toEqual([["Iran", "iran", true], ["Kyiv", "kyiv", true]]);
    expect(pieces.at(-1)).toEqual({ text: " Then more.", inQuote: false });
  });

  it("returns the whole text as one piece when there is nothing to mark", () => {
    expect(splitText("plain", [], null)).toEqual([{ text: "plain", inQuote: false }]);
  });
});
