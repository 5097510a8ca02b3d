// Specification of newEvidence: a quote with only the stance and asserters it has of its own.
import { describe, expect, it } from "vitest";
import { newEvidence } from "../../src/model/dataset.ts";

describe("newEvidence", () => {
  it.each([
    [undefined, undefined, ["source", "quote"]],
    ["denied", undefined, ["source", "quote", "status"]],
    [undefined, [], ["source", "quote", "assertedBy"]],
    ["confirmed", ["estmark"], ["source", "quote", "status", "assertedBy"]],
  ] as const)("with status %s and asserters %j has the keys %j, no key left undefined", (status, assertedBy, keys) => {
    const evidence = newEvidence("doc-a", "Valdoria has supplied Norvask", status, assertedBy);
    expect(Object.keys(evidence)).toEqual(keys);
    expect(evidence).toEqual({ source: "doc-a", quote: "Valdoria has supplied Norvask", ...(status ? { status } : {}), ...(assertedBy ? { assertedBy } : {}) });
  });
});
