import { describe, expect, it } from "vitest";
import { hashToViewState, hashTooLongNote, MAX_HASH_CHARS, viewStateToHash } from "../../../src/viewer/url/url-state.ts";
import { DEFAULT_VIEW_STATE, toggleInList, type ViewState } from "../../../src/viewer/state/view-state.ts";

describe("hashToViewState", () => {
  it("drops malformed parts instead of failing: bad statuses, impossible dates, half paths", () => {
    const view = hashToViewState("#hide-statuses=denied,bogus&time=2023-13-45&from=iran");
    expect(view.hiddenStatuses).toEqual(["denied"]);
    expect(view.time).toBeNull();
    expect(view.path).toBeNull();
  });

  it("reads the corroboration filters and the timeline's axis, and drops what they cannot be", () => {
    expect(hashToViewState("#min-sources=3&contested=1&time-by=reported")).toMatchObject({ minSources: 3, contestedOnly: true, timeBy: "reported" });
    for (const bad of ["-1", "2.5", "two", "", "1e3"]) expect(hashToViewState(`#min-sources=${bad}`).minSources, bad).toBe(0);
    expect(hashToViewState("#contested=yes&time-by=published")).toMatchObject({ contestedOnly: false, timeBy: "happened" });
  });

  it("opens the source a link names, alone or with a quote to highlight", () => {
    expect(hashToViewState("#source=doc-b").source).toEqual({ id: "doc-b" });
    expect(hashToViewState("#source=doc-b&quote=monitors%20confirmed").source).toEqual({ id: "doc-b", quote: "monitors confirmed" });
  });

  it("ignores a hash over the length limit whole, and says so; reads one at the limit", () => {
    const long = `#node=varnia&q=${"x".repeat(1_000_000)}`;
    expect(hashToViewState(long)).toEqual(DEFAULT_VIEW_STATE);
    expect(hashTooLongNote(long)).toBe("This link's view part is 1,000,015 characters long, over the 32,768 the viewer reads: it was ignored, and the whole graph is shown.");
    const atLimit = `#node=varnia&q=${"x".repeat(MAX_HASH_CHARS - 15)}`;
    expect(atLimit).toHaveLength(MAX_HASH_CHARS);
    expect(hashToViewState(atLimit).selection).toEqual({ kind: "node", key: "varnia" });
    expect(hashTooLongNote(atLimit)).toBeUndefined();
  });

  it("reads a path walked in either direction, and leaves the flag out when it is not set", () => {
    expect(hashToViewState("#from=kyiv&to=iran&any-direction=1").path).toEqual({ from: "kyiv", to: "iran", relationTypes: [], timeRespecting: false, anyDirection: true });
    expect(hashToViewState("#from=kyiv&to=iran").path).toEqual({ from: "kyiv", to: "iran", relationTypes: [], timeRespecting: false });
    expect(viewStateToHash({ ...DEFAULT_VIEW_STATE, path: { from: "kyiv", to: "iran", relationTypes: [], timeRespecting: false, anyDirection: true } })).toBe("#from=kyiv&to=iran&any-direction=1");
  });

  it("reads an empty hash as the default view", () => {
    expect(hashToViewState("")).toEqual(DEFAULT_VIEW_STATE);
    expect(hashToViewState("#")).toEqual(DEFAULT_VIEW_STATE);
  });
});

describe("viewStateToHash", () => {
  it("writes nothing for the default view", () => {
    expect(viewStateToHash(DEFAULT_VIEW_STATE)).toBe("");
  });

  it("writes the corroboration filters, the timeline's axis and the open source only when they differ from the default", () => {
    expect(viewStateToHash({ ...DEFAULT_VIEW_STATE, minSources: 2 })).toBe("#min-sources=2");
    expect(viewStateToHash({ ...DEFAULT_VIEW_STATE, contestedOnly: true })).toBe("#contested=1");
    expect(viewStateToHash({ ...DEFAULT_VIEW_STATE, timeBy: "reported" })).toBe("#time-by=reported");
    expect(viewStateToHash({ ...DEFAULT_VIEW_STATE, source: { id: "doc-b" } })).toBe("#source=doc-b");
    expect(viewStateToHash({ ...DEFAULT_VIEW_STATE, undated: "hide" })).toBe("#undated=hide");
    expect(viewStateToHash({ ...DEFAULT_VIEW_STATE, undated: "show" })).toBe("");
  });

  it("reads what to do with undated relations, showing them when the link says something else", () => {
    expect(hashToViewState("#undated=dim").undated).toBe("dim");
    expect(hashToViewState("#undated=hide").undated).toBe("hide");
    expect(hashToViewState("#undated=blink").undated).toBe("show");
  });

  it("round-trips a full view, including text that needs escaping", () => {
    const view: ViewState = {
      selection: { kind: "edge", key: "russia:attacked:kyiv:2023-05-28" },
      hiddenEntityTypes: ["city", "weapon"],
      hiddenRelationTypes: ["located-in"],
      hiddenStatuses: ["alleged", "denied"],
      minSources: 2,
      contestedOnly: true,
      search: "shahed & co #1",
      path: { from: "iran", to: "kyiv", relationTypes: ["attacked", "supplies"], timeRespecting: true },
      time: "2023-01-01",
      timeBy: "reported",
      undated: "dim",
      source: { id: "iran-russia-drones", quote: "Russia used Iranian drones in an attack on Kyiv" },
      proposals: true,
    };
    expect(hashToViewState(viewStateToHash(view))).toEqual(view);
  });

  it("gives one link per view whatever order the filters were clicked in", () => {
    let a = DEFAULT_VIEW_STATE.hiddenEntityTypes;
    a = toggleInList(toggleInList(a, "weapon"), "city");
    let b = DEFAULT_VIEW_STATE.hiddenEntityTypes;
    b = toggleInList(toggleInList(b, "city"), "weapon");
    expect(viewStateToHash({ ...DEFAULT_VIEW_STATE, hiddenEntityTypes: a })).toBe(viewStateToHash({ ...DEFAULT_VIEW_STATE, hiddenEntityTypes: b }));
  });
});

describe("toggleInList", () => {
  it("adds a missing value in sorted order and removes a present one", () => {
    expect(toggleInList(["b"], "a")).toEqual(["a", "b"]);
    expect(toggleInList(["a", "b"], "a")).toEqual(["b"]);
  });
});
