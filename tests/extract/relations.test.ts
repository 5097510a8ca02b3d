// Specification of what the assistant reads from sentences: each relation type's cues, direction, stance, attribution, dates, items.
import { describe, expect, it } from "vitest";
import { claims, propose, relation } from "./invented-world.ts";

describe("each relation type of the ontology has cues that propose it", () => {
  it.each([
    ["supplies", "Valdoria supplied Norvask with Kestrel-9 drones.", "valdoria", "norvask"],
    ["supports", "Estmark has backed Norvask for years.", "estmark", "norvask"],
    ["attacked", "Norvask struck Port Halden.", "norvask", "port-halden"],
    ["invaded", "Norvask invaded Estmark in the spring.", "norvask", "estmark"],
    ["occupies", "Norvask occupies the Sorrel Peninsula.", "norvask", "sorrel-peninsula"],
    ["intercepted", "Estmark shot down several Kestrel-9 drones.", "estmark", "kestrel-9"],
    ["threatens", "Kestrel-9 drones threaten Port Halden.", "kestrel-9", "port-halden"],
    ["uses", "Norvask used Kestrel-9 drones.", "norvask", "kestrel-9"],
    ["produces", "Valdoria manufactures Kestrel-9 drones.", "valdoria", "kestrel-9"],
    ["builds", "Valdoria is building the Varn drone plant.", "valdoria", "varn-plant"],
    ["trains", "Valdoria trains the Norvask Drone Corps.", "valdoria", "norvask-drone-corps"],
    ["deployed-to", "Valdoria deployed troops to Port Halden.", "valdoria", "port-halden"],
    ["aligned-with", "Norvask shifted into alignment with Valdoria.", "norvask", "valdoria"],
    ["opposes", "Estmark opposes Norvask.", "estmark", "norvask"],
    ["depends-on", "Norvask depends on Valdoria.", "norvask", "valdoria"],
    ["holds-office", "Valdoria's Defence Minister Ilse Marrow arrived.", "ilse-marrow", "valdoria"],
    ["part-of", "The Norvask Drone Corps is part of Norvask.", "norvask-drone-corps", "norvask"],
    ["located-in", "The Varn drone plant inside Estmark was closed.", "varn-plant", "estmark"],
    ["involved-in", "Valdoria's intervention in the Lake War began early.", "valdoria", "lake-war"],
    ["sanctions", "Estmark imposed sanctions on Norvask.", "estmark", "norvask"],
    ["negotiates-with", "Estmark held talks with Valdoria.", "estmark", "valdoria"],
    ["violates", "Norvask violated the Ostra Accord.", "norvask", "ostra-accord"],
    ["concerned-about", "Estmark is concerned about Norvask.", "estmark", "norvask"],
    ["stated", "Ilse Marrow said that Norvask would retreat.", "ilse-marrow", "norvask"],
    ["accused", "Estmark accused Norvask of lying.", "estmark", "norvask"],
    ["broke-news-of", "Valdoria's plan for the Varn drone plant was first reported by the Halden Courier.", "halden-courier", "varn-plant"],
  ])("%s: %s", (type, text, source, target) => {
    const proposals = propose(text);
    expect(relation(proposals, source, type, target), claims(proposals).join("\n")).toBeDefined();
  });
});

describe("direction", () => {
  it("reads the active voice subject first: the subject is the source", () => {
    const proposals = propose("Norvask struck Port Halden.");
    expect(relation(proposals, "norvask", "attacked", "port-halden")).toBeDefined();
  });

  it("reads the passive voice with 'by': the agent is the source", () => {
    expect(relation(propose("Port Halden was struck by Norvask."), "norvask", "attacked", "port-halden")).toBeDefined();
    expect(relation(propose("Several Kestrel-9 drones were shot down by Estmark."), "estmark", "intercepted", "kestrel-9")).toBeDefined();
  });

  it("reads 'from X to Y' whatever the subject", () => {
    const proposals = propose("Valdoria sent instructors from the Norvask Drone Corps to Port Halden.");
    expect(relation(proposals, "norvask-drone-corps", "deployed-to", "port-halden")).toBeDefined();
    expect(relation(proposals, "valdoria", "deployed-to", "port-halden")).toBeUndefined();
  });

  it("reads a receiver verb: 'X bought Y from Z' means Z supplies X", () => {
    expect(relation(propose("Norvask bought Kestrel-9 drones from Valdoria."), "valdoria", "supplies", "norvask")).toBeDefined();
  });

  it("reads an action noun: the possessive acts, 'to' receives", () => {
    expect(relation(propose("Valdoria's sale of drones to Norvask worried Estmark."), "valdoria", "supplies", "norvask")).toBeDefined();
  });

  it("one word for two relation types: weapons sent are supplied, troops sent are deployed", () => {
    const weapons = claims(propose("Valdoria sent Kestrel-9 drones to Norvask."));
    expect(weapons).toContain("valdoria -supplies-> norvask");
    expect(weapons).not.toContain("valdoria -deployed-to-> norvask");
    const troops = claims(propose("Valdoria sent troops to Norvask."));
    expect(troops).toContain("valdoria -deployed-to-> norvask");
    expect(troops).not.toContain("valdoria -supplies-> norvask");
  });

  it("proposes nothing the ontology forbids: a city does not supply", () => {
    expect(propose("Port Halden supplied Norvask with grain.").relations.filter((r) => r.type === "supplies")).toEqual([]);
  });
});

describe("known entities", () => {
  it("are found by alias, by adjective and with a possessive", () => {
    // "Halvik" is an alias of Norvask, "Estmark's" a possessive, "Valdorian" the adjective of Valdoria.
    expect(claims(propose("Estmark's sale of drones to Halvik angered its neighbours."))).toContain("estmark -supplies-> norvask");
    expect(claims(propose("Valdorian sanctions on Norvask took effect."))).toContain("valdoria -sanctions-> norvask");
    expect(claims(propose("Halvik was supplied by the Valdorian government."))).toContain("valdoria -supplies-> norvask");
  });

  it("are found in plural and in any case for names of several words", () => {
    expect(claims(propose("Norvask used kestrel 9 drones against the Halden power grids."))).toEqual(expect.arrayContaining(["norvask -uses-> kestrel-9"]));
  });

  it("an adjective inside a name makes the modifier relation: Valdorian drones are made in Valdoria", () => {
    const proposals = propose("Norvask fired Valdorian Kestrel-9 drones.", {
      entities: `${"\n"}- {id: valdoria, label: Valdoria, type: state, description: x}\n- {id: norvask, label: Norvask, type: state, description: x}\n- {id: kestrel-9, label: Valdorian Kestrel-9, type: weapon, description: x}\n`,
    });
    expect(claims(proposals)).toEqual(expect.arrayContaining(["valdoria -produces-> kestrel-9", "norvask -uses-> kestrel-9"]));
  });
});

describe("stance", () => {
  it.each([
    ["denied", "Valdoria denied that it supplied Norvask with drones."],
    ["denied", "Valdoria did not supply Norvask with drones."],
    ["alleged", "Estmark accused Valdoria of supplying Norvask with drones."],
    ["alleged", "Valdoria allegedly supplied Norvask with drones."],
    ["planned", "Valdoria plans to supply Norvask with drones."],
    ["planned", "Valdoria will supply Norvask with drones."],
    ["confirmed", "Valdoria confirmed that it had supplied Norvask with drones."],
    ["reported", "Valdoria supplied Norvask with drones."],
  ])("%s: %s", (status, text) => {
    const supply = relation(propose(text), "valdoria", "supplies", "norvask");
    expect(supply?.evidence.map((q) => q.status)).toEqual([status]);
  });

  it("'despite denials from X' keeps the document's report and X's denial as two quotes", () => {
    const supply = relation(propose("Despite denials from Valdorian officials, Valdoria has supplied Norvask with drones."), "valdoria", "supplies", "norvask");
    expect(supply?.evidence.map((q) => [q.status, q.assertedBy])).toEqual([["reported", []], ["denied", ["valdoria"]]]);
  });

  it("'..., which Y has denied' keeps the document's report and Y's denial", () => {
    const supply = relation(propose("Valdoria supplied Norvask with drones, which Valdoria has denied."), "valdoria", "supplies", "norvask");
    expect(supply?.evidence.map((q) => [q.status, q.assertedBy])).toEqual([["reported", []], ["denied", ["valdoria"]]]);
  });

  it("the accusation itself is reported; what it accuses of is alleged", () => {
    const proposals = propose("Estmark accused Valdoria of supplying Norvask with drones.");
    expect(relation(proposals, "estmark", "accused", "valdoria")?.evidence[0]?.status).toBe("reported");
    expect(relation(proposals, "valdoria", "supplies", "norvask")?.evidence[0]?.status).toBe("alleged");
  });
});

describe("attribution", () => {
  it.each([
    ["According to Estmark, Valdoria supplied Norvask with drones."],
    ["Valdoria supplied Norvask with drones, Estmark said."],
    ["Estmark said that Valdoria supplied Norvask with drones."],
    ["Estmarkian officials said Valdoria supplied Norvask with drones."],
  ])("%s -> asserted by Estmark", (text) => {
    expect(relation(propose(text), "valdoria", "supplies", "norvask")?.evidence[0]?.assertedBy).toEqual(["estmark"]);
  });

  it("'X's air force said it shot down ...': X acts and asserts it", () => {
    const interception = relation(propose("Estmark's air force said it shot down 12 Kestrel-9 drones."), "estmark", "intercepted", "kestrel-9");
    expect(interception?.evidence[0]?.assertedBy).toEqual(["estmark"]);
    expect(interception?.quantities).toEqual({ drones: 12 });
  });

  it("a claim the document states itself has no asserter", () => {
    expect(relation(propose("Valdoria supplied Norvask with drones."), "valdoria", "supplies", "norvask")?.evidence[0]?.assertedBy).toEqual([]);
  });

  it("'the officials said' points back at the officials named before", () => {
    const proposals = propose("Estmarkian officials said the talks failed. Later, the officials said, Valdoria supplied Norvask with drones.");
    expect(relation(proposals, "valdoria", "supplies", "norvask")?.evidence[0]?.assertedBy).toEqual(["estmark"]);
  });
});

describe("dates, at the precision the text gives, against the document's date (Wednesday 12 April 2023)", () => {
  it.each([
    ["On 9 April 2023, Norvask struck Port Halden.", "2023-04-09"],
    ["On Monday, Norvask struck Port Halden.", "2023-04-10"],
    ["Yesterday Norvask struck Port Halden.", "2023-04-11"],
    ["On Friday, Norvask struck Port Halden.", "2023-04-07"],
    ["Last month Norvask struck Port Halden.", "2023-03"],
    ["In August Norvask struck Port Halden.", "2022-08"],
    ["Last year Norvask struck Port Halden.", "2022"],
    ["In 2019 Norvask struck Port Halden.", "2019"],
    ["Norvask struck Port Halden.", undefined],
  ])("%s -> %s", (text, date) => {
    expect(relation(propose(text), "norvask", "attacked", "port-halden")?.date).toBe(date);
  });

  it("a date without a year in an undated document is left out rather than guessed", () => {
    expect(relation(propose("In August Norvask struck Port Halden.", { date: null }), "norvask", "attacked", "port-halden")?.date).toBeUndefined();
  });

  it("standing facts read from names take no date", () => {
    expect(relation(propose("On 9 April 2023 the Varn drone plant inside Estmark was closed."), "varn-plant", "located-in", "estmark")?.date).toBeUndefined();
  });
});

describe("items and quantities", () => {
  it("weapons in the sentence are the items of a supply or attack, and their count a quantity", () => {
    const strike = relation(propose("Norvask struck Port Halden with 12 Kestrel-9 drones."), "norvask", "attacked", "port-halden");
    expect(strike?.items).toEqual(["kestrel-9"]);
    expect(strike?.quantities).toEqual({ drones: 12 });
  });

  it("number words count too", () => {
    expect(relation(propose("Valdoria supplied Norvask with hundreds of Kestrel-9 drones."), "valdoria", "supplies", "norvask")?.quantities).toEqual({ drones: "hundreds" });
  });
});

describe("merging into relations already in the data", () => {
  const SUPPLY = `
- id: valdoria-supplies-norvask
  source: valdoria
  type: supplies
  target: norvask
  status: reported
  evidence:
    - {source: earlier, quote: "Valdoria supplied Norvask."}
`;
  function withEarlier(text: string) {
    // The earlier document that the existing relation quotes is part of the world too.
    const relations = SUPPLY;
    return propose(text, { relations: relations.replace("source: earlier", "source: doc") });
  }

  it("the same claim from another sentence becomes a quote for the existing relation, not a new relation", () => {
    const proposals = withEarlier("Valdoria supplied Norvask. Estmark said that Valdoria has supplied Norvask with Kestrel-9 drones.");
    expect(proposals.relations.filter((r) => r.type === "supplies")).toEqual([]);
    expect(proposals.additions).toEqual([expect.objectContaining({ addTo: "valdoria-supplies-norvask", evidence: [expect.objectContaining({ status: "reported", assertedBy: ["estmark"] })] })]);
  });

  it("a denial of it becomes a denied quote for the existing relation", () => {
    const proposals = withEarlier("Valdoria supplied Norvask. The Valdorian government denied that Valdoria supplied Norvask.");
    expect(proposals.additions[0]?.evidence.map((q) => [q.status, q.assertedBy])).toEqual([["denied", ["valdoria"]]]);
  });
});
