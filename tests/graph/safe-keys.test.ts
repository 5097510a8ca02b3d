import { describe, expect, it } from "vitest";
import { readGraphJson } from "../../src/viewer/io/read-graph-file.ts";
import { escapeSerializedGraph, hasUnsafeKeys, isUnsafeKey, safeKey } from "../../src/graph/safe-keys.ts";

const PROTO_NAMES = ["__proto__", "constructor", "prototype"];

describe("isUnsafeKey and safeKey", () => {
  it("rename every name a plain object inherits, and prototype, and nothing else", () => {
    for (const name of [...PROTO_NAMES, "toString", "hasOwnProperty", "valueOf"]) expect([name, isUnsafeKey(name), safeKey(name)]).toEqual([name, true, `~${name}`]);
    for (const name of ["iran", "proto", "~constructor", "Constructor", ""]) expect([name, isUnsafeKey(name), safeKey(name)]).toEqual([name, false, name]);
  });
});

describe("hasUnsafeKeys", () => {
  it("finds an unsafe node key, edge key or edge end, and nothing in a graph without one", () => {
    expect(hasUnsafeKeys({ nodes: [{ key: "a" }, { key: "b" }], edges: [{ key: "e", source: "a", target: "b" }] })).toBe(false);
    expect(hasUnsafeKeys({ nodes: [{ key: "a" }, { key: "__proto__" }] })).toBe(true);
    expect(hasUnsafeKeys({ nodes: [{ key: "a" }], edges: [{ key: "toString", source: "a", target: "a" }] })).toBe(true);
    expect(hasUnsafeKeys({ nodes: [{ key: "a" }], edges: [{ source: "a", target: "constructor" }] })).toBe(true);
    expect(hasUnsafeKeys({ nodes: "not a list" })).toBe(false);
  });
});

describe("escapeSerializedGraph", () => {
  it("renames unsafe node keys, edge keys and ends, drops unsafe attribute names, and lists what it renamed", () => {
    const data = JSON.parse('{"attributes": {"name": "g", "__proto__": {"x": 1}}, "nodes": [{"key": "constructor", "attributes": {"label": "C", "constructor": 1, "__proto__": {"polluted": true}}}, {"key": "b"}], "edges": [{"key": "__proto__", "source": "constructor", "target": "b"}]}') as { nodes: unknown[] };
    const { data: escaped, renamed } = escapeSerializedGraph(data);
    expect(renamed).toEqual(["__proto__", "constructor"]);
    expect(escaped.nodes.map((n) => n.key)).toEqual(["~constructor", "b"]);
    expect(Object.keys(escaped.nodes[0]!.attributes as object)).toEqual(["label"]);
    expect(escaped.edges[0]).toMatchObject({ key: "~__proto__", source: "~constructor", target: "b" });
    expect(Object.keys(escaped.attributes)).toEqual(["name"]);
  });
});

describe("readGraphJson with prototype names as ids, references and attribute names", () => {
  const file = `{"nodes": [${PROTO_NAMES.map((n) => `{"key": "${n}", "attributes": {"label": "L ${n}", "${n}": {"polluted": "yes"}}}`).join(", ")}],
    "edges": [${PROTO_NAMES.map((n, i) => `{"key": "${n}", "source": "${n}", "target": "${PROTO_NAMES[(i + 1) % 3]}", "attributes": {"items": ["${n}"], "assertedBy": ["${n}"], "quantities": {"${n}": 2}}}`).join(", ")}]}`;

  it("leaves Object.prototype clean and gives a graph whose ids and references are renamed alike", () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const result = readGraphJson(file);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (!result.ok) throw new Error(result.message);
    const graph = result.graph;
    expect(graph.nodes().sort()).toEqual(["~__proto__", "~constructor", "~prototype"]);
    expect(graph.getNodeAttribute("~__proto__", "label")).toBe("L __proto__");
    expect(graph.outNeighbors("~__proto__")).toEqual(["~constructor"]);
    expect(graph.getEdgeAttributes("~constructor")).toMatchObject({ items: ["~constructor"], assertedBy: ["~constructor"] });
    // A quantity keeps its name, as an own property.
    expect(Object.entries(graph.getEdgeAttribute("~__proto__", "quantities"))).toEqual([["__proto__", 2]]);
    expect(result.notes[0]).toBe("3 ids are names JavaScript objects reserve, shown and downloaded renamed: __proto__ as ~__proto__, constructor as ~constructor, prototype as ~prototype.");
  });

  it("refuses a file where a renamed id meets an id already written that way", () => {
    const result = readGraphJson('{"nodes": [{"key": "constructor"}, {"key": "~constructor"}]}');
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^not a readable graph: .*~constructor/) });
  });
});
