// Specification of relation records: what each rule refuses, where and with which words, what
// a refused record leaves behind, and how the fields of an accepted one are read.
import { describe, expect, it } from "vitest";
import { FICTIONAL_RELATIONS, FICTIONAL_SOURCES, errorLines, fictionalFiles, validateFictional } from "../helpers/fictional-data.ts";
import { validateFiles } from "../../src/load/validate.ts";
import { TINY_ONTOLOGY } from "../helpers/tiny-data.ts";

const FILE = "data/relations/main.yaml";

/**
 * A valid relation with the id every refused record below is given. It follows each refused record
 * and must load without a duplicate-id error: a refused record claims no id.
 */
const SAME_ID_AFTER = `- id: claim-1
  source: valdoria
  type: supplies
  target: estmark
  status: alleged
  evidence:
    - source: doc
      quote: Valdoria has sent Norvask twelve Kestrel-9 drones.
`;

/** A relation record with `id: claim-1`, changed by `edit`; it starts at line 24 of the file, after the three valid ones. */
function claim(edit: (record: string) => string): string {
  return edit(`- id: claim-1
  source: norvask
  type: attacked
  target: port-halden
  date: 2031-03-03
  status: reported
  evidence:
    - source: doc
      quote: Norvask shelled Port Halden on 3 March 2031.
`);
}

describe("relation records: refused, with located errors", () => {
  const cases: { problem: string; record: string; ontology?: string; sources?: string; errors: string[] }[] = [
    {
      problem: "a record without a source, named by its place in the file and then with a ? for the source",
      record: claim((r) => r.replace("  source: norvask\n", "").replace("status: reported", "status: xyz")),
      errors: [
        `${FILE}:24:3 missing-field: relation #4 has no "source" (add a "source:" line)`,
        `${FILE}:28:11 unknown-status: relation ? -attacked-> port-halden has an unknown status "xyz" (use one of reported, confirmed, alleged, planned, denied)`,
      ],
    },
    {
      problem: "a record without a type, named with a ? for it",
      record: claim((r) => r.replace("  type: attacked\n", "").replace("status: reported", "status: xyz")),
      errors: [
        `${FILE}:24:3 missing-field: relation #4 has no "type" (add a "type:" line)`,
        `${FILE}:28:11 unknown-status: relation norvask -?-> port-halden has an unknown status "xyz" (use one of reported, confirmed, alleged, planned, denied)`,
      ],
    },
    {
      problem: "a record without a type and with nothing else wrong",
      record: claim((r) => r.replace("  type: attacked\n", "")),
      errors: [`${FILE}:24:3 missing-field: relation #4 has no "type" (add a "type:" line)`],
    },
    {
      problem: "a record without a target, named with a ? for it",
      record: claim((r) => r.replace("  target: port-halden\n", "").replace("status: reported", "status: xyz")),
      errors: [
        `${FILE}:24:3 missing-field: relation #4 has no "target" (add a "target:" line)`,
        `${FILE}:28:11 unknown-status: relation norvask -attacked-> ? has an unknown status "xyz" (use one of reported, confirmed, alleged, planned, denied)`,
      ],
    },
    {
      problem: "a relation type like none in the ontology, listing the known ones",
      record: claim((r) => r.replace("type: attacked", "type: befriends")),
      errors: [`${FILE}:26:9 unknown-relation-type: relation norvask -befriends-> port-halden has an unknown relation type "befriends" (known relation types: supplies, attacked, located-in)`],
    },
    {
      problem: "a source of an entity type the relation type may not start at",
      record: claim((r) => r.replace("source: norvask", "source: kestrel-9")),
      errors: [`${FILE}:25:11 endpoint-type: "attacked" cannot start at a weapon ("kestrel-9") (the ontology allows state as its source)`],
    },
    {
      problem: "a source type refused where the ontology allows several",
      record: claim((r) => r.replace("type: attacked", "type: located-in").replace("target: port-halden", "target: estmark")),
      ontology: TINY_ONTOLOGY.replace("from: [city]", "from: [city, weapon]"),
      errors: [`${FILE}:25:11 endpoint-type: "located-in" cannot start at a state ("norvask") (the ontology allows city, weapon as its source)`],
    },
    {
      problem: "a target of an entity type the relation type may not end at",
      record: claim((r) => r.replace("target: port-halden", "target: kestrel-9")),
      errors: [`${FILE}:27:11 endpoint-type: "attacked" cannot end at a weapon ("kestrel-9") (the ontology allows state, city as its target)`],
    },
    {
      problem: "a relation from an entity to itself",
      record: claim((r) => r.replace("target: port-halden", "target: norvask")),
      errors: [`${FILE}:27:11 self-loop: "norvask" cannot "attacked" itself (the ontology forbids self-relations for "attacked"; set selfLoops: true there if it should be allowed)`],
    },
    {
      problem: "an end without a date",
      record: claim((r) => r.replace("  date: 2031-03-03\n", "  end: 2031-04\n")),
      errors: [`${FILE}:28:8 date-order: relation norvask -attacked-> port-halden has an "end" but no "date" (add the date it started)`],
    },
    {
      problem: "an end before the date",
      record: claim((r) => r.replace("  date: 2031-03-03\n", "  date: 2031-03-03\n  end: 2031-02\n")),
      errors: [`${FILE}:29:8 date-order: relation norvask -attacked-> port-halden ends (2031-02) before it starts (2031-03-03)`],
    },
    {
      problem: "a date that does not exist",
      record: claim((r) => r.replace("date: 2031-03-03", "date: 2031-02-30")),
      errors: [`${FILE}:28:9 bad-date: "date" of relation norvask -attacked-> port-halden: "2031-02-30" does not exist: 2031-02 has days 01 to 28 (write 2023-05-28, 2022-11 or 2022)`],
    },
    {
      problem: "an end that is not a date",
      record: claim((r) => r.replace("  date: 2031-03-03\n", "  date: 2031-03-03\n  end: spring\n")),
      errors: [`${FILE}:29:8 bad-date: "end" of relation norvask -attacked-> port-halden: "spring" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD (write 2023-05-28, 2022-11 or 2022)`],
    },
    {
      problem: "a record without a status",
      record: claim((r) => r.replace("  status: reported\n", "")),
      errors: [`${FILE}:24:3 missing-field: relation norvask -attacked-> port-halden has no "status" (add a "status:" line)`],
    },
    {
      problem: "a status like none of the statuses, listing them",
      record: claim((r) => r.replace("status: reported", "status: xyz")),
      errors: [`${FILE}:29:11 unknown-status: relation norvask -attacked-> port-halden has an unknown status "xyz" (use one of reported, confirmed, alleged, planned, denied)`],
    },
    {
      problem: "an asserter that is no entity",
      record: claim((r) => r.replace("  status: reported\n", "  status: reported\n  assertedBy: [estmark, halden]\n")),
      errors: [`${FILE}:30:25 unknown-entity: assertedBy "halden" of relation norvask -attacked-> port-halden is not a known entity (did you mean "port-halden"?)`],
    },
    {
      problem: "an id that is not a relation id",
      record: claim((r) => r.replace("id: claim-1", "id: Claim One")),
      errors: [`${FILE}:24:7 bad-id: id "Claim One" of relation norvask -attacked-> port-halden is not a valid relation id (use lower-case letters, digits and - : . _)`],
    },
    {
      problem: "evidence that is not a list",
      record: claim((r) => r.replace(/ {2}evidence:\n[^]*$/, "  evidence: doc\n")),
      errors: [`${FILE}:30:13 wrong-type: "evidence" of relation norvask -attacked-> port-halden must be a list of {source, quote}`],
    },
    {
      problem: "an evidence field left empty",
      record: claim((r) => r.replace(/ {2}evidence:\n[^]*$/, "  evidence:\n")),
      errors: [`${FILE}:24:3 empty-evidence: relation norvask -attacked-> port-halden has no evidence (add evidence: [{source: <source id>, quote: "<words copied from the source>"}])`],
    },
    {
      problem: "an empty evidence list",
      record: claim((r) => r.replace(/ {2}evidence:\n[^]*$/, "  evidence: []\n")),
      errors: [`${FILE}:30:13 empty-evidence: relation norvask -attacked-> port-halden has an empty evidence list (add at least one {source, quote})`],
    },
    {
      problem: "evidence without a source",
      record: claim((r) => r.replace("    - source: doc\n      quote:", "    - quote:")),
      errors: [`${FILE}:31:7 missing-field: evidence of relation norvask -attacked-> port-halden #1 has no "source" (add a "source:" line)`],
    },
    {
      problem: "evidence citing a source like none of the sources, listing them",
      record: claim((r) => r.replace("- source: doc", "- source: leaflet")),
      sources: `${FICTIONAL_SOURCES}- id: bulletin\n  title: A bulletin\n  kind: report\n  file: doc.txt\n`,
      errors: [`${FILE}:31:15 unknown-source: evidence of relation norvask -attacked-> port-halden cites an unknown source "leaflet" (known sources: doc, bulletin)`],
    },
    {
      problem: "evidence without a quote",
      record: claim((r) => r.replace("      quote: Norvask shelled Port Halden on 3 March 2031.\n", "")),
      errors: [`${FILE}:31:7 missing-field: evidence of relation norvask -attacked-> port-halden #1 has no "quote" (add a "quote:" line)`],
    },
    {
      problem: "evidence whose own stance is not a status",
      record: claim((r) => r.replace("on 3 March 2031.\n", "on 3 March 2031.\n      status: rumoured\n")),
      errors: [`${FILE}:33:15 unknown-status: evidence of relation norvask -attacked-> port-halden #1 has an unknown status "rumoured" (use one of reported, confirmed, alleged, planned, denied)`],
    },
    {
      problem: "a quote that is not in its source",
      record: claim((r) => r.replace("on 3 March 2031.", "on 4 March 2031.")),
      errors: [`${FILE}:32:14 quote-not-found: the quote for relation norvask -attacked-> port-halden does not occur verbatim in source "doc" (it matches up to "…orvask shelled Port Halden on ", then the quote has "4 March 2031." where the source has "3 March 2031. Port Halden lies")`],
    },
    {
      problem: "a source that is no entity",
      record: claim((r) => r.replace("source: norvask", "source: zarkovia")),
      errors: [`${FILE}:25:11 unknown-entity: source "zarkovia" of relation zarkovia -attacked-> port-halden is not a known entity (define it in an entities file first)`],
    },
  ];

  for (const { problem, record, ontology, sources, errors } of cases) {
    it(`refuses ${problem}`, () => {
      const result = validateFictional({ relations: `${FICTIONAL_RELATIONS}${record}${SAME_ID_AFTER}`, ...(ontology ? { ontology } : {}), ...(sources ? { sources } : {}) });
      expect(errorLines(result)).toEqual(errors);
    });
  }

  it("refuses items written as one name rather than a list", () => {
    const record = claim((r) => r.replace("  status: reported\n", "  status: reported\n  items: kestrel-9\n"));
    expect(errorLines(validateFictional({ relations: `${FICTIONAL_RELATIONS}${record}` }))).toEqual([
      `${FILE}:30:10 wrong-type: "items" of relation norvask -attacked-> port-halden must be a list, like [a, b]`,
    ]);
  });

  it("refuses a malformed id each time it is written, and never as a duplicate", () => {
    const record = claim((r) => r.replace("id: claim-1", "id: Claim One"));
    const error = (line: number) => `${FILE}:${line}:7 bad-id: id "Claim One" of relation norvask -attacked-> port-halden is not a valid relation id (use lower-case letters, digits and - : . _)`;
    expect(errorLines(validateFictional({ relations: `${FICTIONAL_RELATIONS}${record}${record}` }))).toEqual([error(24), error(33)]);
  });

  it("refuses an explicit id used twice at the second id, saying where the first is", () => {
    const record = claim((r) => r);
    expect(errorLines(validateFictional({ relations: `${FICTIONAL_RELATIONS}${record}${SAME_ID_AFTER}` }))).toEqual([
      `${FILE}:33:7 duplicate-relation-id: relation id "claim-1" is used twice (the first is at ${FILE}:24; if it is the same claim, move its evidence to the first (or to a record "- addTo: claim-1" with "evidence:" in a file of its own); if it is another claim, rename one)`,
    ]);
  });
});

describe("relation records: fields read", () => {
  it("reads an end, a single asserter, quantities, a role and a note", () => {
    const record = claim((r) =>
      r.replace("  date: 2031-03-03\n", "  date: 2031-03-03\n  end: 2031-03-03\n")
        .replace("  status: reported\n", "  status: reported\n  assertedBy: estmark\n  quantities: {shellsFired: 40, duration: two days}\n  role: artillery\n  note: As Estmark tells it.\n"));
    const result = validateFictional({ relations: `${FICTIONAL_RELATIONS}${record}` });
    if (!result.ok) throw new Error(errorLines(result).join("\n"));
    expect(result.dataset.relations[3]).toEqual({
      id: "claim-1", source: "norvask", type: "attacked", target: "port-halden", date: "2031-03-03", end: "2031-03-03", status: "reported",
      assertedBy: ["estmark"], items: [], quantities: { shellsFired: 40, duration: "two days" }, role: "artillery", note: "As Estmark tells it.",
      evidence: [{ source: "doc", quote: "Norvask shelled Port Halden on 3 March 2031." }],
    });
    expect(result.dataset.origins.relations["claim-1"]).toEqual({ file: FILE, line: 24 });
  });

  it("keeps evidence in the order written, each quote as written", () => {
    const record = claim((r) => r.replace("      quote: Norvask shelled Port Halden on 3 March 2031.\n", "      quote: Norvask shelled Port Halden on 3 March 2031.\n    - source: doc\n      quote: the shelling went on until April\n"));
    const result = validateFictional({ relations: `${FICTIONAL_RELATIONS}${record}` });
    expect(result.ok && result.dataset.relations[3]!.evidence).toEqual([
      { source: "doc", quote: "Norvask shelled Port Halden on 3 March 2031." },
      { source: "doc", quote: "the shelling went on until April" },
    ]);
  });
});

describe("addTo records: evidence for a relation defined elsewhere", () => {
  const EXTRA = "data/relations/extra.yaml";
  /** The fictional folder with one more relations file, read after main.yaml. */
  function withExtraRelations(extra: string, relations = FICTIONAL_RELATIONS) {
    const files = fictionalFiles({ relations });
    files.relations.push({ path: EXTRA, text: extra });
    return validateFiles(files);
  }
  const EVIDENCE = "  evidence:\n    - source: doc\n      quote: Officials in Estmark said the shelling went on until April.\n";

  it("refuses an addTo naming a relation like none, saying which ids a relation has", () => {
    expect(errorLines(withExtraRelations(`- addTo: treaty-of-ashford\n${EVIDENCE}`))).toEqual([
      `${EXTRA}:1:10 unknown-relation: evidence is added to relation "treaty-of-ashford", which is not defined in any relations file (give the id the relation has: its explicit "id:", or source:type:target (plus :date when dated))`,
    ]);
  });

  it("names an addTo without an id by what it is", () => {
    expect(errorLines(withExtraRelations('- addTo: ""\n'))).toEqual([
      `${EXTRA}:1:3 empty-evidence: an addTo record has no evidence (add evidence: [{source: <source id>, quote: "<words copied from the source>"}])`,
      `${EXTRA}:1:10 empty-value: "addTo" of relation #1 is empty`,
    ]);
  });

  it("refuses an addTo without an id once, however good its evidence", () => {
    expect(errorLines(withExtraRelations(`- addTo: ""\n${EVIDENCE}- addTo:\n${EVIDENCE}`))).toEqual([
      `${EXTRA}:1:10 empty-value: "addTo" of relation #1 is empty`,
      `${EXTRA}:5:3 missing-field: relation #2 has no "addTo" (add a "addTo:" line)`,
    ]);
  });

  it("keeps nothing of an addTo whose evidence is refused, so the relation's own evidence is all it has", () => {
    const result = withExtraRelations(`- addTo: port-halden:located-in:estmark\n${EVIDENCE}    - source: doc\n      quote: Port Halden is in Valdoria.\n`);
    expect(errorLines(result).map((line) => line.split(" ").slice(0, 2).join(" "))).toEqual([`${EXTRA}:6:14 quote-not-found:`]);
  });

  it("adds the evidence of each addTo after the relation's own, in the order read", () => {
    const result = withExtraRelations(`- addTo: port-halden:located-in:estmark\n${EVIDENCE}- addTo: port-halden:located-in:estmark\n  evidence:\n    - source: doc\n      quote: Port Halden lies in Estmark.\n      status: confirmed\n`);
    if (!result.ok) throw new Error(errorLines(result).join("\n"));
    // Strict: a quote without its own stance has no status or assertedBy key at all.
    expect(result.dataset.relations[2]!.evidence).toStrictEqual([
      { source: "doc", quote: "Port Halden lies in Estmark." },
      { source: "doc", quote: "Officials in Estmark said the shelling went on until April." },
      { source: "doc", quote: "Port Halden lies in Estmark.", status: "confirmed" },
    ]);
  });

  // A refused relation is known by the id it would have had: evidence added to it says nothing more.
  const refused: { problem: string; record: string; addTo: string }[] = [
    { problem: "a dated relation without an explicit id", record: claim((r) => r.replace("- id: claim-1\n  source", "- source").replace("on 3 March", "on 5 March")), addTo: "norvask:attacked:port-halden:2031-03-03" },
    { problem: "an undated relation without an explicit id", record: claim((r) => r.replace("- id: claim-1\n  source", "- source").replace("  date: 2031-03-03\n", "").replace("status: reported", "status: xyz")), addTo: "norvask:attacked:port-halden" },
    { problem: "a relation with an explicit id", record: claim((r) => r.replace("status: reported", "status: xyz")), addTo: "claim-1" },
    { problem: "a relation with an explicit id but no target", record: claim((r) => r.replace("  target: port-halden\n", "")), addTo: "claim-1" },
  ];
  for (const { problem, record, addTo } of refused) {
    it(`says nothing more about evidence added to ${problem} that was refused`, () => {
      const relations = FICTIONAL_RELATIONS.replace(/- source: norvask[^]*?(?=- source: port-halden)/, "");
      const errors = errorLines(withExtraRelations(`- addTo: ${addTo}\n${EVIDENCE}`, `${relations}${record}`));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^data\/relations\/main\.yaml:\d+:\d+ (quote-not-found|unknown-status|missing-field):/);
    });
  }

  // A record without an explicit id that lacks its source, type or target has no id at all: evidence
  // added to the id it would have had, with the missing part written "undefined", is still refused.
  for (const part of ["source", "type", "target"] as const) {
    it(`gives no id to a refused relation without an explicit id or a ${part}`, () => {
      const given = { source: "norvask", type: "attacked", target: "port-halden" };
      const record = `- status: reported\n${Object.entries(given).filter(([key]) => key !== part).map(([key, value]) => `  ${key}: ${value}\n`).join("")}  evidence:\n    - source: doc\n      quote: Norvask shelled Port Halden\n`;
      const relations = FICTIONAL_RELATIONS.replace(/- source: norvask[^]*?(?=- source: port-halden)/, "");
      const addTo = Object.values({ ...given, [part]: "undefined" }).join(":");
      const errors = errorLines(withExtraRelations(`- addTo: ${addTo}\n${EVIDENCE}`, `${relations}${record}`));
      expect(errors.map((line) => line.split(" ").slice(0, 2).join(" "))).toEqual([`${EXTRA}:1:10 unknown-relation:`, `${FILE}:16:3 missing-field:`]);
    });
  }
});
