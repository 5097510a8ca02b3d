// Specification of FolderValidation, the validation fed file by file: the order files must come in,
// streamed files named as what they hold, and the origins of a loaded dataset as plain properties.
import { describe, expect, it } from "vitest";
import { FolderValidation } from "../../src/load/validate.ts";
import { FICTIONAL_ENTITIES, FICTIONAL_RELATIONS, FICTIONAL_SOURCES, FICTIONAL_TEXT, errorLines, shown, validateFictional } from "../helpers/fictional-data.ts";
import { TINY_ONTOLOGY } from "../helpers/tiny-data.ts";

/** A validation of the fictional folder with its ontology and sources read. */
function started(): FolderValidation {
  return new FolderValidation({ path: "data/ontology.yaml", text: TINY_ONTOLOGY }, { path: "data/sources/sources.yaml", text: FICTIONAL_SOURCES }, new Map([["doc.txt", FICTIONAL_TEXT]]));
}

async function* chunks(text: string): AsyncIterable<string> {
  yield text;
}

describe("FolderValidation: the order of files", () => {
  const ENTITIES = { path: "data/entities/main.yaml", text: FICTIONAL_ENTITIES };
  const RELATIONS = { path: "data/relations/main.yaml", text: FICTIONAL_RELATIONS };

  it("refuses an entity file once relations are being read, since relations were checked without it", async () => {
    const validation = started();
    validation.entityText(ENTITIES);
    validation.relationText(RELATIONS);
    expect(() => validation.entityText(ENTITIES)).toThrow(new Error("entity files must all be read before the first relation file"));
    await expect(validation.entityStream("data/entities/more.jsonl", chunks(""), "jsonl")).rejects.toThrow(new Error("entity files must all be read before the first relation file"));
  });

  it("loads entity files in any number and relation files in any number, in that order", async () => {
    const validation = started();
    validation.entityText({ path: "data/entities/main.yaml", text: FICTIONAL_ENTITIES });
    await validation.entityStream("data/entities/more.jsonl", chunks('{"id": "ashford", "label": "Ashford", "type": "city", "description": "An invented town."}\n'), "jsonl");
    validation.relationText(RELATIONS);
    await validation.relationStream("data/relations/more.jsonl", chunks('{"source": "norvask", "type": "attacked", "target": "ashford", "status": "alleged", "evidence": [{"source": "doc", "quote": "Norvask shelled"}]}\n'), "jsonl");
    const result = validation.finish();
    if (!result.ok) throw new Error(errorLines(result).join("\n"));
    expect(result.dataset.relations.map((r) => r.id)).toEqual(["valdoria:supplies:norvask", "norvask:attacked:port-halden:2031-03-03", "port-halden:located-in:estmark", "norvask:attacked:ashford"]);
    expect(result.dataset.origins.entities["ashford"]).toEqual({ file: "data/entities/more.jsonl", line: 1 });
    expect(result.dataset.origins.relations["norvask:attacked:ashford"]).toEqual({ file: "data/relations/more.jsonl", line: 1 });
  });

  it("names the records of streamed files as entities and relations", async () => {
    const validation = started();
    await validation.entityStream("data/entities/more.jsonl", chunks('{"label": "Ashford", "type": "city", "description": "An invented town."}\n'), "jsonl");
    await validation.relationStream("data/relations/more.jsonl", chunks('{"type": "attacked", "target": "port-halden", "status": "alleged", "evidence": [{"source": "doc", "quote": "Norvask shelled"}]}\n'), "jsonl");
    const result = validation.finish();
    expect(result.ok ? [] : result.errors.map(shown)).toEqual([
      'data/entities/more.jsonl:1:1 missing-field: entity on line 1 has no "id" (add "id": … to the line)',
      'data/relations/more.jsonl:1:1 missing-field: relation on line 1 has no "source" (add "source": … to the line)',
      // No entity file defines port-halden in this validation.
      'data/relations/more.jsonl:1:32 unknown-entity: target "port-halden" of relation ? -attacked-> port-halden is not a known entity (define it in an entities file first)',
    ]);
  });
});

describe("the origins of a loaded dataset", () => {
  it("are ordinary properties: listed, read, and replaced like any other", () => {
    const result = validateFictional();
    if (!result.ok) throw new Error(errorLines(result).join("\n"));
    const { origins } = result.dataset;
    expect(Object.keys(origins)).toEqual(["entities", "relations"]);
    expect(origins.entities["port-halden"]).toEqual({ file: "data/entities/main.yaml", line: 14 });
    const once = origins.relations;
    expect(origins.relations).toBe(once);
    for (const key of ["entities", "relations"] as const) {
      expect(Object.getOwnPropertyDescriptor(origins, key)).toEqual({ value: origins[key], enumerable: true, writable: true, configurable: true });
    }
    origins.entities = {};
    expect(origins.entities).toEqual({});
    expect(JSON.parse(JSON.stringify(origins))).toEqual({ entities: {}, relations: once });
  });

  it("can be replaced before they are first read", () => {
    const result = validateFictional();
    if (!result.ok) throw new Error(errorLines(result).join("\n"));
    result.dataset.origins.relations = {};
    expect(result.dataset.origins.relations).toEqual({});
    expect(Object.getOwnPropertyDescriptor(result.dataset.origins, "relations")).toEqual({ value: {}, enumerable: true, writable: true, configurable: true });
  });
});
