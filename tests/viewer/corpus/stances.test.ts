import { describe, expect, it } from "vitest";
import { corroborationLine, evidenceByDocument, isDeniedOnly, listText, sourcesText, stanceGroups, stancesTaken } from "../../../src/viewer/corpus/stances.ts";
import { C, CORPUS_SOURCES, corpusGraph } from "../corpus-fixture.ts";

const graph = corpusGraph();
const attrs = (edge: string) => graph.getEdgeAttributes(edge);
const BY_ID = new Map(CORPUS_SOURCES.map((s) => [s.id, s]));
const label = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id);

describe("stanceGroups", () => {
  it("takes the relation's own status and asserters when it has no quotes", () => {
    expect(stanceGroups({ status: "alleged", assertedBy: ["estmark"], evidence: [] })).toEqual([{ status: "alleged", asserters: ["estmark"] }]);
  });

  it("gives each stance its documents' asserters, a quote's own stance and asserters overriding the relation's", () => {
    expect(stanceGroups(attrs(C.supplies))).toEqual([
      { status: "reported", asserters: ["estmark"] },
      { status: "confirmed", asserters: [] },
      { status: "denied", asserters: ["valdoria"] },
    ]);
  });

  it("lists stances reported first and denied last, whatever order the quotes come in, and merges asserters of one stance", () => {
    const groups = stanceGroups({
      status: "reported", assertedBy: ["a"],
      evidence: [{ source: "x", quote: "q1", status: "denied", assertedBy: ["d"] }, { source: "y", quote: "q2" }, { source: "z", quote: "q3", assertedBy: ["b", "a"] }],
    });
    expect(groups).toEqual([{ status: "reported", asserters: ["a", "b"] }, { status: "denied", asserters: ["d"] }]);
  });
});

describe("corroborationLine", () => {
  it("says how many documents back a claim, then each stance with who takes it, a stance without asserter just named", () => {
    expect(corroborationLine(attrs(C.supplies), label)).toBe("3 sources · reported by Estmark, confirmed, denied by Valdoria");
  });

  it("reads naturally for one document, and for several asserters of one stance", () => {
    expect(corroborationLine(attrs(C.attacked), label)).toBe("1 source · reported");
    expect(corroborationLine(attrs(C.trains), label)).toBe("2 sources · reported by Estmark");
    const joint = { status: "reported" as const, assertedBy: ["estmark", "norvask", "valdoria"], evidence: [{ source: "doc-a", quote: "q" }], sourceCount: 1 };
    expect(corroborationLine(joint, label)).toBe("1 source · reported by Estmark, Norvask and Valdoria");
  });

  it("shows an asserter the graph does not know by its id", () => {
    expect(corroborationLine({ status: "denied", assertedBy: ["atlantis"], evidence: [], sourceCount: 0 }, label)).toBe("no source · denied by atlantis");
  });
});

describe("listText and sourcesText", () => {
  it("join names and count documents as a sentence would", () => {
    expect([listText([]), listText(["A"]), listText(["A", "B"]), listText(["A", "B", "C"])]).toEqual(["", "A", "A and B", "A, B and C"]);
    expect([sourcesText(0), sourcesText(1), sourcesText(2)]).toEqual(["no source", "1 source", "2 sources"]);
  });
});

describe("evidenceByDocument", () => {
  it("groups quotes by document, documents by publication date, each quote with its own stance and asserters", () => {
    const groups = evidenceByDocument(attrs(C.supplies), BY_ID);
    expect(groups.map((g) => [g.sourceId, g.source?.title])).toEqual([
      ["doc-a", "Estmark accuses Valdoria"],
      ["doc-b", "Monitors trace the drones"],
      ["doc-c", "Valdoria's denial"],
    ]);
    expect(groups.map((g) => g.quotes.map((q) => [q.status, q.asserters]))).toEqual([[["reported", ["estmark"]]], [["confirmed", []]], [["denied", ["valdoria"]]]]);
  });

  it("puts undated documents and documents the graph does not list last, and keeps a document's quotes together", () => {
    const groups = evidenceByDocument(
      {
        status: "reported", assertedBy: [],
        evidence: [{ source: "gone", quote: "q0" }, { source: "doc-u", quote: "q1" }, { source: "doc-c", quote: "q2" }, { source: "doc-u", quote: "q3", status: "alleged" }],
      },
      BY_ID,
    );
    expect(groups.map((g) => [g.sourceId, g.quotes.map((q) => `${q.evidence.quote} ${q.status}`)])).toEqual([
      ["doc-c", ["q2 reported"]],
      ["gone", ["q0 reported"]],
      ["doc-u", ["q1 reported", "q3 alleged"]],
    ]);
    expect(groups[1]!.source).toBeUndefined();
  });
});

describe("stancesTaken and isDeniedOnly", () => {
  it("read the stances from the derived counts, the relation's status when it has no quotes", () => {
    expect(stancesTaken(attrs(C.supplies))).toEqual(["reported", "confirmed", "denied"]);
    expect(stancesTaken({ status: "planned", stanceCounts: {} })).toEqual(["planned"]);
  });

  it("call a claim denied only when every document on it denies it", () => {
    expect(isDeniedOnly(attrs(C.supplies))).toBe(false);
    expect(isDeniedOnly({ status: "reported", stanceCounts: { denied: 2 } })).toBe(true);
    expect(isDeniedOnly({ status: "denied", stanceCounts: {} })).toBe(true);
    expect(isDeniedOnly({ status: "denied", stanceCounts: { reported: 1 } })).toBe(false);
  });
});
