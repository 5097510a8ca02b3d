// From the item states shown to the next: which items must be told their new look, so that a hover costs its focus, not the graph.
import type { BaseLooks, Focus, ItemStates } from "./item-states.ts";
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

/** Adds the keys whose bits differ between two base-look arrays (a missing array: every item plain). */
function addBitChanges(into: Set<string>, keys: readonly string[], before: Uint8Array | undefined, after: Uint8Array | undefined): void {
  for (let i = 0; i < keys.length; i++) if ((before?.[i] ?? 0) !== (after?.[i] ?? 0)) into.add(keys[i]!);
}

/** Adds the items whose base look changed; nothing when the base looks are the same object. */
function addBaseChanges(nodes: Set<string>, edges: Set<string>, before: BaseLooks | null, after: BaseLooks | null): void {
  if (before === after) return;
  const columns = (after ?? before)!.columns;
  // Looks of another graph's items say nothing of this one's: those are compared with plain.
  const was = before?.columns === columns ? before : null;
  const now = after?.columns === columns ? after : null;
  addBitChanges(nodes, columns.nodeKeys, was?.nodes, now?.nodes);
  addBitChanges(edges, columns.edgeKeys, was?.edges, now?.edges);
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
 * whose look they changed, and none while their base looks are the same object.
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
  addBaseChanges(nodes, edges, before.base, after.base);
  addSelectionChange(nodes, "node", before.selected, after.selected);
  addSelectionChange(edges, "edge", before.selected, after.selected);
  return { everyItem, nodes, edges };
}
