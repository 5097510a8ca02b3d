// Specification of the model's fixed vocabularies: the statuses a claim can have and the default source kinds.
import { describe, expect, it } from "vitest";
import { DEFAULT_SOURCE_KINDS } from "../../src/model/ontology.ts";
import { isStatus, STATUS_DESCRIPTIONS, STATUSES } from "../../src/model/status.ts";

describe("DEFAULT_SOURCE_KINDS", () => {
  it("lists the kinds a source may have when the ontology names none, each described", () => {
    expect(DEFAULT_SOURCE_KINDS.map((k) => k.id)).toEqual(["article", "report", "statement", "transcript", "dataset", "social-media", "other"]);
    for (const kind of DEFAULT_SOURCE_KINDS) expect(kind.description, kind.id).toMatch(/^\S.{8,}/);
    expect(new Set(DEFAULT_SOURCE_KINDS.map((k) => k.description)).size).toBe(DEFAULT_SOURCE_KINDS.length);
  });
});

describe("isStatus", () => {
  it("accepts the five statuses and nothing else", () => {
    for (const status of STATUSES) expect(isStatus(status)).toBe(true);
    for (const other of ["Reported", "deny", "", undefined, null, 1, ["reported"]]) expect(isStatus(other), String(other)).toBe(false);
    expect(Object.keys(STATUS_DESCRIPTIONS)).toEqual([...STATUSES]);
  });
});
