// Which node labels to draw, and on which side: the most important first, none over another, none cut by the edges.
import type { KnowledgeGraph } from "../../graph/types.ts";

/** A node that could be labelled, in screen pixels of the graph area. */
export interface LabelCandidate {
  key: string;
  /** Centre of the node on screen. */
  x: number;
  y: number;
  /** Radius of the node's disc on screen. */
  radius: number;
  /** Width and height of the label's text on screen. */
  width: number;
  height: number;
}

/** Where a label is drawn beside its node, in the order they are tried. */
export const LABEL_SIDES = ["right", "left", "below", "above"] as const;
export type LabelSide = (typeof LABEL_SIDES)[number];

/** How labels keep apart and away from the edges. */
export interface PlacementOptions {
  /** Gap between a node's disc and its label's text (sigma's label margin). */
  margin: number;
  /** Space kept free around each label, so neighbours do not touch. */
  gap: number;
  /** Space kept free at the edges of the graph area. */
  inset: number;
  /** Stop after this many labels: a screen holds only so many readable words. */
  maxLabels: number;
}

/** Defaults that match the viewer's label style (13 px text, sigma's 5 px margin). */
export const DEFAULT_PLACEMENT: PlacementOptions = { margin: 5, gap: 3, inset: 4, maxLabels: 400 };

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The screen box a label would take on one side of its node. */
export function labelBox(candidate: LabelCandidate, side: LabelSide, margin: number): Box {
  const start = candidate.radius + margin;
  const half = candidate.height / 2;
  if (side === "right" || side === "left") {
    const left = side === "right" ? candidate.x + start : candidate.x - start - candidate.width;
    return { left, right: left + candidate.width, top: candidate.y - half, bottom: candidate.y + half };
  }
  const left = candidate.x - candidate.width / 2;
  const top = side === "below" ? candidate.y + start : candidate.y - start - candidate.height;
  return { left, right: left + candidate.width, top, bottom: top + candidate.height };
}

const CELL = 64;

/** Placed boxes bucketed by screen cell, so a check looks at neighbours only, whatever the graph's size. */
class BoxIndex {
  private readonly cells = new Map<number, Box[]>();

  private *cellsOf(box: Box): Generator<number> {
    for (let cx = Math.floor(box.left / CELL); cx <= Math.floor(box.right / CELL); cx++) {
      for (let cy = Math.floor(box.top / CELL); cy <= Math.floor(box.bottom / CELL); cy++) yield cx * 100_003 + cy;
    }
  }

  collides(box: Box, gap: number): boolean {
    for (const cell of this.cellsOf(box)) {
      for (const other of this.cells.get(cell) ?? []) {
        if (box.left < other.right + gap && other.left < box.right + gap && box.top < other.bottom + gap && other.top < box.bottom + gap) return true;
      }
    }
    return false;
  }

  add(box: Box): void {
    for (const cell of this.cellsOf(box)) {
      const list = this.cells.get(cell);
      if (list) list.push(box);
      else this.cells.set(cell, [box]);
    }
  }
}

/**
 * Places labels greedily in the order given (most important first): each goes to the right of its
 * node, or else to its left, below or above, on the first side where it overlaps no placed label
 * or node disc and stays inside the graph area; with no such side it is left out. The result maps each labelled node to its side; the same input gives the same answer.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  area: { width: number; height: number },
  options: PlacementOptions = DEFAULT_PLACEMENT,
): Map<string, LabelSide> {
  const placed = new Map<string, LabelSide>();
  const index = new BoxIndex();
  // A label over another node's disc would hide the node: discs are obstacles too.
  const discs = new BoxIndex();
  for (const c of candidates) discs.add({ left: c.x - c.radius, right: c.x + c.radius, top: c.y - c.radius, bottom: c.y + c.radius });
  const fits = (box: Box) => box.left >= options.inset && box.top >= options.inset && box.right <= area.width - options.inset && box.bottom <= area.height - options.inset;
  for (const candidate of candidates) {
    if (placed.size >= options.maxLabels) break;
    for (const side of LABEL_SIDES) {
      const box = labelBox(candidate, side, options.margin);
      if (!fits(box) || index.collides(box, options.gap) || discs.collides(box, 0)) continue;
      index.add(box);
      placed.set(candidate.key, side);
      break;
    }
  }
  return placed;
}

/** Nodes by how much they matter to a reader: most relations first (as an end or an item), then by label. */
export function labelPriority(graph: KnowledgeGraph): string[] {
  const weight = new Map<string, number>();
  graph.forEachNode((node) => weight.set(node, graph.degree(node)));
  graph.forEachEdge((_edge, attrs) => {
    for (const item of attrs.items) if (weight.has(item)) weight.set(item, weight.get(item)! + 1);
  });
  // Weights and labels looked up once, not in every comparison; one collator for the whole sort (localeCompare
  // makes one per call, which at 100,000 nodes is most of the sort).
  const byLabel = new Intl.Collator().compare;
  const nodes = graph.mapNodes((key, attrs) => ({ key, weight: weight.get(key)!, label: attrs.label }));
  nodes.sort((a, b) => b.weight - a.weight || byLabel(a.label, b.label) || (a.key < b.key ? -1 : 1));
  return nodes.map((node) => node.key);
}
