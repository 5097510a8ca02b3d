import { describe, expect, it } from "vitest";
import { byPublication, documentSummaries, documentSupport, supportText } from "../../../src/viewer/corpus/documents.ts";
import { C, corpusGraph } from "../corpus-fixture.ts";

describe("byPublication", () => {
  it("orders by the first day each date covers, undated and malformed dates last, ties in their given order", () => {
    const items = [["u"], ["b", "2023-03-10"], ["m", "2023-03"], ["x", "March"], ["a", "2023-03-02"], ["b2", "2023-03-10"], ["y", "2022"]] as const;
    expect(byPublication(items, (i) => i[1]).map((i) => i[0])).toEqual(["y", "m", "a", "b", "b2", "u", "x"]);
  });
});

describe("documentSummaries", () => {
  it("lists every document by publication date, undated last, with how many relations each is quoted on and how many only it backs", () => {
    const summaries = documentSummaries(corpusGraph());
    expect(summaries.map((s) => [s.source.id, s.relations, s.onlyHere])).toEqual([
      ["doc-z", 0, 0],
      ["doc-a", 2, 0],
      ["doc-b", 2, 1],
      ["doc-c", 1, 0],
      ["doc-u", 2, 1],
    ]);
  });

  it("counts the relations by the stance the document takes on them", () => {
    const stances = Object.fromEntries(documentSummaries(corpusGraph()).map((s) => [s.source.id, s.stances]));
    expect(stances).toEqual({ "doc-z": {}, "doc-a": { reported: 2 }, "doc-b": { reported: 1, confirmed: 1 }, "doc-c": { denied: 1 }, "doc-u": { reported: 2 } });
  });
});

describe("documentSupport", () => {
  it("gives the relations a document is quoted on, whatever its stance, and those no other document is quoted on", () => {
    const graph = corpusGraph();
    expect(documentSupport(graph, "doc-b")).toEqual({ relations: [C.supplies, C.attacked], onlyHere: [C.attacked] });
    expect(documentSupport(graph, "doc-c")).toEqual({ relations: [C.supplies], onlyHere: [] });
    expect(documentSupport(graph, "doc-z")).toEqual({ relations: [], onlyHere: [] });
    expect(documentSupport(graph, "no-such-document")).toEqual({ relations: [], onlyHere: [] });
  });
});

describe("supportText", () => {
  it("says what a document is quoted on, by stance, and how much of it is in no other document", () => {
    expect(supportText({ relations: 5, onlyHere: 3, stances: { reported: 4, confirmed: 1 } })).toBe("Quoted on 5 relations: reported 4, confirmed 1. 3 of them are in no other document.");
    expect(supportText({ relations: 2, onlyHere: 1, stances: { reported: 2 } })).toBe("Quoted on 2 relations: reported 2. 1 of them is in no other document.");
    expect(supportText({ relations: 1, onlyHere: 0, stances: { denied: 1 } })).toBe("Quoted on 1 relation: denied 1. Every one is also in another document.");
    expect(supportText({ relations: 1, onlyHere: 1, stances: { reported: 1 } })).toBe("Quoted on 1 relation: reported 1. It is in no other document.");
    expect(supportText({ relations: 2, onlyHere: 2, stances: { reported: 2 } })).toBe("Quoted on 2 relations: reported 2. None of them is in another document.");
    expect(supportText({ relations: 0, onlyHere: 0, stances: {} })).toBe("Quoted on no relation.");
  });
});
