// Specification of `actorgraph find`: entities by id, label or alias and the relations involving them, each with the file:line it is defined at.
import { describe, expect, it } from "vitest";
import { cli } from "./cli-helpers.ts";
import { CORPUS_FIXTURE } from "./corpus-helpers.ts";

/** Runs find on the corpus fixture from the repository root, so locations read tests/fixtures/corpus/... */
const find = (...argv: string[]) => cli(["find", ...argv, "--data", CORPUS_FIXTURE]);

describe("actorgraph find", () => {
  it("finds an entity by an alias added from another document's file, and every relation it is an end or an item of, with file:line", async () => {
    const { code, stdout, stderr } = await find("sparrowhawk");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toBe(
      [
        '1 entity matching "sparrowhawk":',
        "  tests/fixtures/corpus/entities/corpus.yaml:25  kestrel-9  Kestrel-9 (weapon), also Sparrowhawk",
        "",
        '3 relations involving it or matching "sparrowhawk":',
        "  tests/fixtures/corpus/relations/doc-a.yaml:1   valdoria-supplies-norvask  valdoria -supplies-> norvask with kestrel-9; undated; reported; 3 sources (1 reported, 1 confirmed, 1 denied), contested",
        "  tests/fixtures/corpus/relations/doc-b.yaml:8   norvask-attacked-port-halden  norvask -attacked-> port-halden with kestrel-9; 2023-03-04; reported; 1 source",
        "  tests/fixtures/corpus/relations/doc-b.yaml:34  norvask:uses:kestrel-9  norvask -uses-> kestrel-9; undated; reported; 1 source",
        "",
      ].join("\n"),
    );
  });

  it("ignores case, accents and punctuation, and spaces inside a name", async () => {
    for (const text of ["VALDÓRIA", "valdoria", "Valdoria,"]) expect((await find(text)).stdout).toContain("corpus.yaml:1   valdoria  Valdoria (state)\n");
    for (const text of ["kestrel9", "KESTREL 9", "kestrel-9"]) expect((await find(text)).stdout).toContain("kestrel-9  Kestrel-9 (weapon)");
  });

  it("lists every entity whose name contains the text, and the relations of all of them", async () => {
    const { stdout } = await find("norvask");
    const ids = (section: string) => [...section.matchAll(/^ {2}\S+:\d+ +(\S+)/gm)].map((m) => m[1]);
    const [entities, relations] = stdout.split("\n\n") as [string, string];
    expect(entities).toMatch(/^3 entities matching "norvask":/);
    expect(ids(entities)).toEqual(["norvask", "norvask-drone-corps", "norvask-armed-forces"]);
    // Every relation but Port Halden's location involves one of them; doc-a's first, as the files define them.
    expect(ids(relations)).toEqual([
      "valdoria-supplies-norvask", "valdoria-trains-drone-corps", "norvask-drone-corps:part-of:norvask-armed-forces",
      "norvask-attacked-port-halden", "armed-forces-attacked-port-halden", "norvask:uses:kestrel-9",
    ]);
  });

  it("matches a relation by its id when no entity matches", async () => {
    const { code, stdout } = await find("part-of");
    expect(code).toBe(0);
    expect(stdout).toBe(
      '1 relation matching "part-of":\n' +
        "  tests/fixtures/corpus/relations/doc-a.yaml:20  norvask-drone-corps:part-of:norvask-armed-forces  norvask-drone-corps -part-of-> norvask-armed-forces; undated; reported; 2 sources\n",
    );
  });

  it("says when nothing matches, suggests close names, and exits 0: no match is an answer", async () => {
    const { code, stdout, stderr } = await find("Valdorai");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toBe('Nothing matches "Valdorai": no entity\'s id, label or alias, no relation\'s id. Close names: "Valdoria" (valdoria).\n');
    expect((await find("zzzz")).stdout).toBe('Nothing matches "zzzz": no entity\'s id, label or alias, no relation\'s id.\n');
  });

  it("prints the matches as JSON with --json: ids, names, stances and where each is defined", async () => {
    const { code, stdout } = await find("estmark", "--json");
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.entities).toEqual([{ id: "estmark", label: "Estmark", type: "state", aliases: [], origin: { file: "tests/fixtures/corpus/entities/corpus.yaml", line: 9 } }]);
    expect(result.relations).toEqual([
      {
        id: "port-halden:located-in:estmark", source: "port-halden", type: "located-in", target: "estmark", status: "reported", items: [],
        sourceCount: 1, stanceCounts: { reported: 1 }, contested: false, origin: { file: "tests/fixtures/corpus/relations/doc-b.yaml", line: 27 },
      },
    ]);
    const supplies = JSON.parse((await find("valdoria-supplies", "--json")).stdout).relations[0];
    expect(supplies).toMatchObject({ id: "valdoria-supplies-norvask", sourceCount: 3, stanceCounts: { reported: 1, confirmed: 1, denied: 1 }, contested: true });
  });

  it("refuses an empty text (exit 2)", async () => {
    const { code, stderr } = await find(" ");
    expect(code).toBe(2);
    expect(stderr).toContain("actorgraph find: TEXT is empty");
  });

  it("reports the data folder's errors instead of searching it (exit 1)", async () => {
    const { code, stdout, stderr } = await cli(["find", "x", "--data", "tests/fixtures/no-such-folder"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/ontology\.yaml:1:1 error\[missing-file\]/);
  });
});
