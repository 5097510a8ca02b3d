// Specification of the names the assistant proposes: new entities with a type, and near matches as aliases.
import { describe, expect, it } from "vitest";
import { propose } from "./invented-world.ts";

describe("new entities", () => {
  it.each([
    ["Defence Minister Teodor Vask of Estmark spoke on Monday.", "Teodor Vask", "official"],
    ["The Brannock Tribune reported the strike.", "Brannock Tribune", "organization"],
    ["Norvask fired Corvid drones at Port Halden.", "Corvid drones", "weapon"],
    ["The Sarnen Charter was signed by Estmark.", "Sarnen Charter", "law"],
    ["Troops gathered on the Lessen Peninsula.", "Lessen Peninsula", "region"],
  ])("%s -> %s (%s)", (text, label, type) => {
    expect(propose(text).entities).toEqual(expect.arrayContaining([expect.objectContaining({ label, type })]));
  });

  it("takes an acronym in parentheses as the new entity's alias", () => {
    const found = propose("The Sarnen Border Guard (SBG) moved north.").entities.find((e) => e.label === "Sarnen Border Guard");
    expect(found).toMatchObject({ type: "organization", aliases: ["SBG"] });
  });

  it("takes part in relations as soon as it is proposed", () => {
    const proposals = propose("The Sarnen Border Guard attacked Port Halden.");
    const guard = proposals.entities.find((e) => e.label === "Sarnen Border Guard")!;
    expect(proposals.relations.map((r) => [r.source, r.type, r.target])).toContainEqual([guard.id, "attacked", "port-halden"]);
  });

  it("proposes no entity for a name it cannot type, nor for words that open a sentence", () => {
    expect(propose("Meanwhile Quorra waited. However, nothing happened.").entities).toEqual([]);
  });

  it("an adjective of an unknown state proposes the state", () => {
    expect(propose("Belarusian officials met Ilse Marrow.").entities).toEqual([expect.objectContaining({ label: "Belarus", type: "state" })]);
  });
});

describe("near matches of known entities become aliases, not new entities", () => {
  it.each([
    ["Ilse Marow visited Port Halden.", "ilse-marrow", "Ilse Marow"],
    ["Minister Marrow visited Port Halden.", "ilse-marrow", "Marrow"],
    ["The Norvask Drone Corp moved north.", "norvask-drone-corps", "Norvask Drone Corp"],
  ])("%s -> alias of %s", (text, entity, alias) => {
    const proposals = propose(text);
    expect(proposals.aliases).toEqual([expect.objectContaining({ addTo: entity, aliases: [alias] })]);
    expect(proposals.entities).toEqual([]);
  });

  it("an acronym in parentheses after a known name is proposed as its alias", () => {
    expect(propose("The Halden Courier (HC) printed it.").aliases).toEqual([expect.objectContaining({ addTo: "halden-courier", aliases: ["HC"] })]);
  });
});
