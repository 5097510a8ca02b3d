import { describe, expect, it } from "vitest";
import { hashToViewState, viewStateToHash } from "../../../src/viewer/url/url-state.ts";
import { DEFAULT_VIEW_STATE, toggleInList, type ViewState } from "../../../src/viewer/state/view-state.ts";

describe("hashToViewState", () => {
  it("drops malformed parts instead of failing: bad statuses, impossible dates, half paths", () => {
    const view = hashToViewState("#hide-statuses=denied,bogus&time=2023-13-45&from=iran");
    expect(view.hiddenStatuses).toEqual(["denied"]);
    expect(view.time).toBeNull();
    expect(view.path).toBeNull();
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

  it("round-trips a full view, including text that needs escaping", () => {
    const view: ViewState = {
      selection: { kind: "edge", key: "russia:attacked:kyiv:2023-05-28" },
      hiddenEntityTypes: ["city", "weapon"],
      hiddenRelationTypes: ["located-in"],
      hiddenStatuses: ["alleged", "denied"],
      search: "shahed & co #1",
      path: { from: "iran", to: "kyiv", relationTypes: ["attacked", "supplies"], timeRespecting: true },
      time: "2023-01-01",
      source: { id: "iran-russia-drones", quote: "Russia used Iranian drones in an attack on Kyiv" },
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
