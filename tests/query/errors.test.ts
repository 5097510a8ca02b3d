// The errors the query API throws: what a caller catching them, or reading an uncaught one, sees.
import { describe, expect, it } from "vitest";
import { QueryOptionError, UnknownEntityError } from "../../src/query/errors.ts";
import { neighborhood } from "../../src/query/neighborhood.ts";
import { shortestPath } from "../../src/query/paths.ts";
import { makeGraph } from "./fixture.ts";

const graph = makeGraph(["kestrel-bay", "mornholt"], [{ source: "kestrel-bay", target: "mornholt" }]);

const thrown = (query: () => unknown): unknown => {
  try {
    query();
  } catch (error) {
    return error;
  }
  throw new Error("the query threw nothing");
};

describe("UnknownEntityError", () => {
  const cases: [string, string, string][] = [
    ["an id close to an entity's, with the suggestion", "kestrel-bey", 'UnknownEntityError: unknown entity "kestrel-bey" — did you mean "kestrel-bay"?; pass an entity id, or resolve a name with resolveEntity() first'],
    ["an id close to nothing, without one", "zzzzzzzzzzzz", 'UnknownEntityError: unknown entity "zzzzzzzzzzzz"; pass an entity id, or resolve a name with resolveEntity() first'],
  ];
  it.each(cases)("reads, for %s, as its class name and a message saying what to pass", (_what, id, text) => {
    const error = thrown(() => shortestPath(graph, id, "mornholt"));
    expect(error).toBeInstanceOf(UnknownEntityError);
    expect(String(error)).toBe(text);
    expect((error as UnknownEntityError).entity).toBe(id);
  });
});

describe("QueryOptionError", () => {
  it("reads as its class name and the message, and names the option at fault", () => {
    const error = thrown(() => neighborhood(graph, "mornholt", 1.5));
    expect(error).toBeInstanceOf(QueryOptionError);
    expect(String(error)).toBe("QueryOptionError: hops must be a whole number >= 0, not 1.5");
    expect((error as QueryOptionError).option).toBe("hops");
  });
});
