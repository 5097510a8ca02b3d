// From the item states shown to the next: which items must be told their new look, so that a hover costs its focus, not the graph.
import { edgeLookOfCode, lookCode, lookCodesByIndex, nodeLookOfCode, type EdgeLook, type Focus, type ItemStates, type NodeLook } from "./item-states.ts";
import type { Selection } from "./view-state.ts";

/** Items that take the same new look, told in one call. */
export interface LookGroup<L> {
  look: L;
  keys: string[];
}

/** What to tell the renderer to go from one set of item states to the next. */
export interface ItemChanges {
  /**
   * Set on every item at once, before the groups get their whole look: when a focus appears
   * (everything dimmed) or goes away (everything undimmed). Null when the focus only moved, or stayed.
   */
  everyItem: { isDimmed: boolean; isEmphasised: false } | null;
  /** The nodes whose whole look changed otherwise, grouped by their new look. */
  nodes: LookGroup<NodeLook>[];
  /** The relations whose whole look changed otherwise, grouped by their new look. */
  edges: LookGroup<EdgeLook>[];
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
 * The items of one kind whose look the focus or the selection changed (few: a focus is a neighbourhood),
 * and whether everything is dimmed or undimmed at once.
 */
function focusChanges(before: ItemStates, after: ItemStates): Pick<ItemChanges, "everyItem"> & { nodes: Set<string>; edges: Set<string> } {
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
  addSelectionChange(nodes, "node", before.selected, after.selected);
  addSelectionChange(edges, "edge", before.selected, after.selected);
  return { everyItem, nodes, edges };
}

/**
 * Groups the changed items of one kind by their new look. When the base looks changed, every item is
 * gone through by index: a filter can change most of 500,000 relations, so their bits are compared and
 * the focus' changes marked by index, with no key looked up per item. The focus' changes alone are few.
 */
function lookGroups<L>(kind: "node" | "edge", before: ItemStates, after: ItemStates, focusChanged: Set<string>, lookOfCode: (code: number) => L): LookGroup<L>[] {
  // By look code: the codes are a few small numbers.
  const groups: LookGroup<L>[] = [];
  const add = (code: number, key: string) => (groups[code] ??= { look: lookOfCode(code), keys: [] }).keys.push(key);
  const was = before.base;
  const now = after.base;
  if (was !== now) {
    const columns = (now ?? was)!.columns;
    const keys = kind === "node" ? columns.nodeKeys : columns.edgeKeys;
    const indexOf = kind === "node" ? columns.nodeIndex : columns.edgeIndex;
    const plain = new Uint8Array(keys.length);
    const wasBits = (kind === "node" ? was?.nodes : was?.edges) ?? plain;
    const nowBits = (kind === "node" ? now?.nodes : now?.edges) ?? plain;
    const listed = new Uint8Array(keys.length);
    for (const key of focusChanged) {
      const index = indexOf.get(key);
      if (index === undefined) continue;
      listed[index] = 1;
      focusChanged.delete(key);
    }
    const codeAt = lookCodesByIndex(after, kind, columns);
    for (let i = 0; i < keys.length; i++) if (listed[i] === 1 || wasBits[i] !== nowBits[i]) add(codeAt(i), keys[i]!);
  }
  for (const key of focusChanged) add(lookCode(after, kind, key), key);
  return groups.filter((group) => group !== undefined);
}

/**
 * The changes that take the items from `before` to `after`, two states of the same graph. Work follows
 * what changed: a focus that appears lists its own items after dimming everything at once, one that
 * moves lists the items that entered or left it, one that goes away lists none; filters and the
 * timeline list only the items whose look they changed, and none while their base looks are the same object.
 */
export function itemChanges(before: ItemStates, after: ItemStates): ItemChanges {
  const focus = focusChanges(before, after);
  return {
    everyItem: focus.everyItem,
    nodes: lookGroups("node", before, after, focus.nodes, nodeLookOfCode),
    edges: lookGroups("edge", before, after, focus.edges, edgeLookOfCode),
  };
}
