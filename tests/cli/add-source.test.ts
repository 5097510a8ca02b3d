// Specification of `actorgraph add-source`: a document copied into the sources folder and listed in the sources index, or refused with nothing written.
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { temporaryFolder } from "../helpers/temporary-folder.ts";
import { cli } from "./cli-helpers.ts";
import { corpusFolder, folderSnapshot } from "./corpus-helpers.ts";

/** An invented harbour authority's report about the invented states of the corpus. */
const HARBOUR_REPORT =
  "Port Halden harbour authority, 12 April 2023.\n" +
  "On 9 April 2023 the Norvask Drone Corps struck Port Halden again, this time with Kestrel-9 drones.\n" +
  "The authority repeats that Valdoria supplied Norvask with the Kestrel-9.\n";

/** Writes the report outside the data folder, as a user's download would be; returns its folder. */
function downloads(name = "harbour-report.txt", content: string | Buffer = HARBOUR_REPORT): string {
  const dir = temporaryFolder("downloads");
  writeFileSync(join(dir, name), content);
  return dir;
}

const ADD = ["--title", "Harbour authority report on the April strike", "--kind", "report", "--date", "2023-04-12"];

describe("actorgraph add-source", () => {
  it("copies the document into the sources folder and appends its entry to sources.yaml, keeping what was there byte for byte", async () => {
    const data = corpusFolder();
    const index = join(data, "sources", "sources.yaml");
    const before = readFileSync(index, "utf8");
    const { code, stdout, stderr } = await cli(["add-source", join(downloads(), "harbour-report.txt"), "--data", data, ...ADD, "--url", "https://harbour.example/report"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const after = readFileSync(index, "utf8");
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toBe(
      "- id: harbour-report\n" +
        "  title: Harbour authority report on the April strike\n" +
        "  kind: report\n" +
        "  date: 2023-04-12\n" +
        "  file: harbour-report.txt\n" +
        "  url: https://harbour.example/report\n",
    );
    expect(readFileSync(join(data, "sources", "harbour-report.txt"), "utf8")).toBe(HARBOUR_REPORT);
    expect(stdout).toContain('Added source "harbour-report" (report, 2023-04-12): Harbour authority report on the April strike');
    expect(stdout).toContain(`entry appended at ${join(data, "sources", "sources.yaml")}:22`);
    // The next step: where this document's own relations and additions go.
    expect(stdout).toContain(`a relations file of its own, ${join(data, "relations", "harbour-report.yaml")}`);
    expect(stdout).toContain('"- addTo: <relation id>"');
    expect((await cli(["validate", "--data", data])).stdout).toMatch(/is valid: 7 entities, 7 relations, 12 evidence quotes in 5 sources\.$/m);
  });

  it("shows paths from the folder it runs in, and reads --data from there", async () => {
    const data = corpusFolder();
    const { code, stdout } = await cli(["add-source", join(downloads(), "harbour-report.txt"), "--data", ".", ...ADD], { cwd: data });
    expect(code).toBe(0);
    expect(stdout).toContain("text copied to sources/harbour-report.txt");
    expect(stdout).toContain("entry appended at sources/sources.yaml:22");
    expect(stdout).toContain("Check it: actorgraph validate --data .");
  });

  it("makes the id a slug of the file name without its extension, unless --id gives one", async () => {
    const data = corpusFolder();
    expect((await cli(["add-source", join(downloads("Harbour Report (April).txt"), "Harbour Report (April).txt"), "--data", data, ...ADD])).code).toBe(0);
    expect(readFileSync(join(data, "sources", "sources.yaml"), "utf8")).toContain("- id: harbour-report-april\n");
    expect(readFileSync(join(data, "sources", "Harbour Report (April).txt"), "utf8")).toBe(HARBOUR_REPORT);
    expect((await cli(["add-source", join(downloads("second.txt"), "second.txt"), "--data", data, ...ADD, "--id", "doc-e"])).code).toBe(0);
    expect(readFileSync(join(data, "sources", "sources.yaml"), "utf8")).toContain("- id: doc-e\n  title: Harbour authority report on the April strike\n");
    expect((await cli(["validate", "--data", data])).stdout).toContain("in 6 sources.");
  });

  it("quotes a title that YAML would misread, and leaves out the date when none is given", async () => {
    const data = corpusFolder();
    const title = 'Valdoria: "no drones" # a denial';
    expect((await cli(["add-source", join(downloads(), "harbour-report.txt"), "--data", data, "--title", title, "--kind", "statement"])).code).toBe(0);
    const stats = JSON.parse((await cli(["stats", "--data", data, "--json"])).stdout);
    expect(stats.sources.at(-1)).toMatchObject({ id: "harbour-report", title, kind: "statement" });
    expect(stats.sources.at(-1)).not.toHaveProperty("date");
  });

  it("appends a JSON line to a sources.jsonl index", async () => {
    const data = corpusFolder();
    const jsonl = join(data, "sources", "sources.jsonl");
    renameSync(join(data, "sources", "sources.yaml"), jsonl);
    writeFileSync(jsonl, '{"id": "doc-a", "title": "Estmark accuses Valdoria of arming Norvask", "kind": "article", "file": "doc-a.txt"}\n{"id": "doc-b", "title": "Monitors", "kind": "report", "file": "doc-b.txt"}\n{"id": "doc-c", "title": "Statement", "kind": "statement", "file": "doc-c.txt"}\n{"id": "doc-d", "title": "Inside", "kind": "article", "file": "doc-d.txt"}');
    const before = readFileSync(jsonl, "utf8");
    const { code, stdout } = await cli(["add-source", join(downloads(), "harbour-report.txt"), "--data", data, ...ADD]);
    expect(code).toBe(0);
    expect(stdout).toContain("sources.jsonl:5");
    // The last line had no line break: it gets one, and the new entry is a line of its own.
    expect(readFileSync(jsonl, "utf8")).toBe(
      `${before}\n{"id":"harbour-report","title":"Harbour authority report on the April strike","kind":"report","date":"2023-04-12","file":"harbour-report.txt"}\n`,
    );
    expect((await cli(["validate", "--data", data])).stdout).toContain("in 5 sources.");
  });

  it("appends a row to a sources.csv index in the order of its header, quoting cells as CSV does", async () => {
    const data = corpusFolder();
    const csv = join(data, "sources", "sources.csv");
    renameSync(join(data, "sources", "sources.yaml"), csv);
    writeFileSync(csv, "file,id,kind,title,date,url\r\ndoc-a.txt,doc-a,article,A,2023-03-02,\r\ndoc-b.txt,doc-b,report,B,,\r\ndoc-c.txt,doc-c,statement,C,,\r\ndoc-d.txt,doc-d,article,D,,\r\n");
    const before = readFileSync(csv, "utf8");
    const { code } = await cli(["add-source", join(downloads(), "harbour-report.txt"), "--data", data, ...ADD, "--title", "Port Halden, again"]);
    expect(code).toBe(0);
    // Windows line ends, as the file has them.
    expect(readFileSync(csv, "utf8")).toBe(`${before}harbour-report.txt,harbour-report,report,"Port Halden, again",2023-04-12,\r\n`);
    const stats = JSON.parse((await cli(["stats", "--data", data, "--json"])).stdout);
    expect(stats.sources.at(-1)).toMatchObject({ id: "harbour-report", title: "Port Halden, again", date: "2023-04-12" });
  });

  it("starts an empty sources.yaml with the first entry", async () => {
    const data = corpusFolder();
    writeFileSync(join(data, "sources", "sources.yaml"), "");
    const { code, stdout } = await cli(["add-source", join(downloads(), "harbour-report.txt"), "--data", data, ...ADD, "--title", "E"]);
    expect(code).toBe(0);
    expect(stdout).toContain("sources.yaml:1\n");
    expect(readFileSync(join(data, "sources", "sources.yaml"), "utf8")).toBe("- id: harbour-report\n  title: E\n  kind: report\n  date: 2023-04-12\n  file: harbour-report.txt\n");
  });

  it("keeps Windows line ends and the indentation of an indented YAML list", async () => {
    const data = corpusFolder();
    const index = join(data, "sources", "sources.yaml");
    writeFileSync(index, "# Indented.\r\n  - id: doc-a\r\n    title: A\r\n    kind: article\r\n    file: doc-a.txt\r\n  - id: doc-b\r\n    title: B\r\n    kind: report\r\n    file: doc-b.txt\r\n  - id: doc-c\r\n    title: C\r\n    kind: statement\r\n    file: doc-c.txt\r\n  - id: doc-d\r\n    title: D\r\n    kind: article\r\n    file: doc-d.txt\r\n");
    const before = readFileSync(index, "utf8");
    expect((await cli(["add-source", join(downloads(), "harbour-report.txt"), "--data", data, ...ADD, "--title", "E"])).code).toBe(0);
    expect(readFileSync(index, "utf8")).toBe(`${before}  - id: harbour-report\r\n    title: E\r\n    kind: report\r\n    date: 2023-04-12\r\n    file: harbour-report.txt\r\n`);
    expect((await cli(["validate", "--data", data])).code).toBe(0);
  });
});

describe("actorgraph add-source refuses, and leaves the sources index and folder as they were", () => {
  /** Each case: how to call it (FILE in a downloads folder), the exit code, and what stderr says. */
  const CASES: { name: string; argv: (file: string) => string[]; code: number; says: RegExp; file?: [string, string | Buffer] }[] = [
    { name: "a file that does not exist", argv: (file) => [file.replace("harbour-report", "harbour-reprot"), ...ADD], code: 1, says: /harbour-reprot\.txt not found; nothing was written$/m },
    { name: "a file that is not UTF-8", file: ["harbour-report.txt", Buffer.from([0x50, 0x6f, 0x72, 0x74, 0xff, 0xfe, 0x0a])], argv: (file) => [file, ...ADD], code: 1, says: /harbour-report\.txt is not valid UTF-8 text; save it as UTF-8 and try again; nothing was written$/m },
    { name: "an empty file", file: ["harbour-report.txt", "  \n"], argv: (file) => [file, ...ADD], code: 1, says: /harbour-report\.txt is empty/ },
    { name: "an id already used", argv: (file) => [file, ...ADD, "--id", "doc-c"], code: 1, says: /the id "doc-c" is already used by the source at .*sources\.yaml:12; give another with --id/ },
    { name: "a file name already in the sources folder", file: ["doc-b.txt", HARBOUR_REPORT], argv: (file) => [file, ...ADD, "--id", "doc-e"], code: 1, says: /the sources folder already has a file named doc-b\.txt \(the text of source "doc-b"\); rename your copy and try again/ },
    { name: "a text named like the index", file: ["notes.yaml", HARBOUR_REPORT], argv: (file) => [file, ...ADD], code: 1, says: /cannot be named notes\.yaml.*save the text as \.txt/ },
    { name: "an unknown kind", argv: (file) => [file, "--title", "T", "--kind", "artcle"], code: 2, says: /^actorgraph add-source: unknown kind "artcle"; did you mean "article"\?$/m },
    { name: "a kind that is nothing like one", argv: (file) => [file, "--title", "T", "--kind", "zzz-bogus"], code: 2, says: /unknown kind "zzz-bogus"; the kinds are article, report, statement, transcript, dataset, social-media, other/ },
    { name: "a date that does not exist", argv: (file) => [file, ...ADD, "--date", "2023-02-30"], code: 2, says: /--date: "2023-02-30" does not exist: 2023-02 has days 01 to 28/ },
    { name: "a date that is not a date", argv: (file) => [file, ...ADD, "--date", "April 2023"], code: 2, says: /--date: "April 2023" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD/ },
    { name: "a missing --title", argv: (file) => [file, "--kind", "report"], code: 2, says: /^actorgraph add-source: --title is required$/m },
    { name: "a missing --kind", argv: (file) => [file, "--title", "T"], code: 2, says: /^actorgraph add-source: --kind is required$/m },
    { name: "an id that is not an id", argv: (file) => [file, ...ADD, "--id", "Doc E"], code: 2, says: /--id "Doc E" is not a valid id: use lower-case ASCII letters, digits and hyphens, e\.g\. "doc-e"/ },
    { name: "no FILE", argv: () => [...ADD], code: 2, says: /"add-source" takes one FILE/ },
  ];

  it.each(CASES)("$name (exit $code)", async ({ argv, code, says, file }) => {
    const data = corpusFolder();
    const before = folderSnapshot(data);
    const [name, content] = file ?? ["harbour-report.txt", HARBOUR_REPORT];
    const result = await cli(["add-source", ...argv(join(downloads(name, content), name)), "--data", data]);
    expect(result.code).toBe(code);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(says);
    if (code === 1) expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    else expect(result.stderr).toContain("Usage: actorgraph add-source FILE --title TITLE --kind KIND");
    expect(folderSnapshot(data)).toEqual(before);
  });

  it("a document already in the sources folder: says to add it from elsewhere, or list it by hand", async () => {
    const data = corpusFolder();
    writeFileSync(join(data, "sources", "doc-e.txt"), HARBOUR_REPORT);
    const before = folderSnapshot(data);
    const result = await cli(["add-source", "sources/doc-e.txt", "--data", ".", ...ADD], { cwd: data });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("actorgraph add-source: sources/doc-e.txt is already in the sources folder; add-source copies a document from elsewhere: move it out and run again, or write its entry in sources/sources.yaml by hand; nothing was written\n");
    expect(folderSnapshot(data)).toEqual(before);
  });

  it("a folder that is not a data folder: says so and writes nothing there", async () => {
    const empty = temporaryFolder("not-data");
    const result = await cli(["add-source", join(downloads(), "harbour-report.txt"), "--data", empty, ...ADD]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/ontology\.yaml not found: is --data the data folder\?/);
    expect(folderSnapshot(empty).size).toBe(0);
  });

  it("a sources.csv without a column for a field given: names the column to add", async () => {
    const data = corpusFolder();
    renameSync(join(data, "sources", "sources.yaml"), join(data, "sources", "sources.csv"));
    writeFileSync(join(data, "sources", "sources.csv"), "id,title,kind,file\ndoc-a,A,article,doc-a.txt\n");
    const before = folderSnapshot(data);
    const result = await cli(["add-source", join(downloads(), "harbour-report.txt"), "--data", ".", ...ADD], { cwd: data });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('actorgraph add-source: sources/sources.csv has no "date" column; add it to the header row, or leave out --date; nothing was written\n');
    expect(folderSnapshot(data)).toEqual(before);
  });

  it("a data folder without a sources index: names the files it may be", async () => {
    const data = corpusFolder();
    renameSync(join(data, "sources", "sources.yaml"), join(data, "sources.yaml.old"));
    const before = folderSnapshot(data);
    const result = await cli(["add-source", join(downloads(), "harbour-report.txt"), "--data", ".", ...ADD], { cwd: data });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("actorgraph add-source: no sources index in sources: write one of sources.yaml, sources.jsonl, sources.csv first (an empty sources.yaml will do); nothing was written\n");
    expect(folderSnapshot(data)).toEqual(before);
  });

  it("a sources index written as a flow list ([...]) that appending lines would break", async () => {
    const data = corpusFolder();
    writeFileSync(join(data, "sources", "sources.yaml"), "[{id: doc-a, title: A, kind: article, file: doc-a.txt}, {id: doc-b, title: B, kind: report, file: doc-b.txt}, {id: doc-c, title: C, kind: statement, file: doc-c.txt}, {id: doc-d, title: D, kind: article, file: doc-d.txt}]\n");
    const before = folderSnapshot(data);
    const result = await cli(["add-source", join(downloads(), "harbour-report.txt"), "--data", data, ...ADD]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cannot append to .*sources\.yaml safely: its list is not written one "- " item per source/);
    expect(folderSnapshot(data)).toEqual(before);
  });

  it("a sources index that does not parse: points at the error and at validate", async () => {
    const data = corpusFolder();
    const index = join(data, "sources", "sources.yaml");
    writeFileSync(index, readFileSync(index, "utf8").replace("title: Monitors trace", "title: [Monitors trace"));
    const before = folderSnapshot(data);
    const result = await cli(["add-source", join(downloads(), "harbour-report.txt"), "--data", data, ...ADD]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/sources\.yaml cannot be read: .*sources\.yaml:\d+:\d+ error\[yaml-syntax\].*; fix it first \(actorgraph validate shows how\)/);
    expect(folderSnapshot(data)).toEqual(before);
  });
});

describe("actorgraph add-source, then find, then validate", () => {
  it("a new document's relations, in a file of its own, are found with their file:line and validate", async () => {
    const data = corpusFolder();
    expect((await cli(["add-source", join(downloads(), "harbour-report.txt"), "--data", data, ...ADD, "--id", "doc-e"])).code).toBe(0);
    writeFileSync(
      join(data, "relations", "doc-e.yaml"),
      "# What doc-e says.\n" +
        "- source: norvask-drone-corps\n  type: attacked\n  target: port-halden\n  date: 2023-04-09\n  status: reported\n  items: [kestrel-9]\n  evidence:\n" +
        "    - source: doc-e\n      quote: On 9 April 2023 the Norvask Drone Corps struck Port Halden again\n" +
        "- addTo: valdoria-supplies-norvask\n  evidence:\n    - source: doc-e\n      quote: Valdoria supplied Norvask with the Kestrel-9\n      assertedBy: []\n",
    );
    const found = await cli(["find", "drone corps", "--data", "."], { cwd: data });
    expect(found.code).toBe(0);
    expect(found.stdout).toContain("entities/corpus.yaml:13  norvask-drone-corps  Norvask Drone Corps (organization)");
    expect(found.stdout).toMatch(/^ {2}relations\/doc-e\.yaml:2 +norvask-drone-corps:attacked:port-halden:2023-04-09  norvask-drone-corps -attacked-> port-halden with kestrel-9; 2023-04-09; reported; 1 source$/m);
    const validated = await cli(["validate", "--data", data]);
    expect(validated.code).toBe(0);
    expect(validated.stdout).toContain("7 entities, 8 relations, 14 evidence quotes in 5 sources.");
    // The quote added from doc-e is a fourth document for the contested claim.
    const supplies = await cli(["find", "valdoria-supplies", "--data", data]);
    expect(supplies.stdout).toContain("valdoria-supplies-norvask  valdoria -supplies-> norvask with kestrel-9; undated; reported; 4 sources (2 reported, 1 confirmed, 1 denied), contested");
  });
});
