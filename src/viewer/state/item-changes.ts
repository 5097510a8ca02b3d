// From the item states shown to the next: which items must be told their new look, so that a hover costs its focus, not the graph.
import type { EdgeBaseLook, Focus, ItemStates, NodeBaseLook } from "./item-states.ts";
import type { Selection } from "./view-state.ts";

/** What to tell the renderer to go from one set of item states to the next. */
export interface ItemChanges {
  /**
   * Set on every item at once, before the listed items get their whole look: when a focus appears
   * (everything dimmed) or goes away (everything undimmed). Null when the focus only moved, or stayed.
   */
  everyItem: { isDimmed: boolean; isEmphasised: false } | null;
  /** The nodes whose whole look changed otherwise. */
  nodes: Set<string>;
  /** The relations whose whole look changed otherwise. */
  edges: Set<string>;
}

const sameNodeBase = (a: NodeBaseLook, b: NodeBaseLook) => a.isHidden === b.isHidden && a.isLater === b.isLater;
const sameEdgeBase = (a: EdgeBaseLook, b: EdgeBaseLook) => a.isHidden === b.isHidden && a.isLater === b.isLater && a.isUndated === b.isUndated;

/** Adds the keys whose base look changed, or that gained or lost one; nothing when the maps are the same one. */
function addBaseChanges<L>(into: Set<string>, before: ReadonlyMap<string, L>, after: ReadonlyMap<string, L>, same: (a: L, b: L) => boolean): void {
  if (before === after) return;
  for (const [key, look] of after) {
    const old = before.get(key);
    if (old === undefined || !same(old, look)) into.add(key);
  }
  for (const key of before.keys()) if (!after.has(key)) into.add(key);
}

/** Adds the members of one set that the other lacks. */
function addMissing(into: Set<string>, from: ReadonlySet<string>, other: ReadonlySet<string>): void {
  for (const key of from) if (!other.has(key)) into.add(key);
}

/** Adds the keys of both selections of this kind, when the selection changed. */
function addSelectionChange(into: Set<string>, kind: "node" | "edge", before: Selection, after: Selection): void {
  if (before?.kind === after?.kind && before?.key === after?.key) return;
  if (before?.kind === kind) into.add(before.key);
  if (after?.kind === kind) into.add(after.key);
}

/**
 * The changes that take the items from `before` to `after`. Work follows what changed: a focus that
 * appears lists its own items after dimming everything at once, one that moves lists the items that
 * entered or left it, one that goes away lists none; filters and the timeline list only the items
 * whose look they changed, and none while their looks are the same maps.
 */
export function itemChanges(before: ItemStates, after: ItemStates): ItemChanges {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  let everyItem: ItemChanges["everyItem"] = null;
  const from: Focus | null = before.focus;
  const to: Focus | null = after.focus;
  if (from === null && to !== null) {
    everyItem = { isDimmed: true, isEmphasised: false };
    for (const node of to.nodes) nodes.add(node);
    for (const edge of to.edges) edges.add(edge);
  } else if (from !== null && to === null) {
    everyItem = { isDimmed: false, isEmphasised: false };
  } else if (from !== null && to !== null && from !== to) {
    addMissing(nodes, from.nodes, to.nodes);
    addMissing(nodes, to.nodes, from.nodes);
    addMissing(edges, from.edges, to.edges);
    addMissing(edges, to.edges, from.edges);
  }
  addBaseChanges(nodes, before.nodes, after.nodes, sameNodeBase);
  addBaseChanges(edges, before.edges, after.edges, sameEdgeBase);
  addSelectionChange(nodes, "node", before.selected, after.selected);
  addSelectionChange(edges, "edge", before.selected, after.selected);
  return { everyItem, nodes, edges };
}
