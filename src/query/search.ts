// The typed shortest-path search: a bidirectional breadth-first search that checks every filter at each step.
//
// Why not graphology-shortest-path's `bidirectional`: it walks every edge of the graph and knows
// nothing of relation types, statuses, dates or entity types. Filtering a copy of the graph first
// would cost a pass over all of it per query, and a time-respecting path cannot be found on any
// fixed subgraph at all: whether a step may be taken depends on the dates of the steps before it.
// So this search keeps, per entity, the few "labels" (hops so far, time bound so far) that no other
// label beats, searches from both ends at once and stops at the first meeting, as graphology's does.
import type { KnowledgeGraph } from "../graph/types.ts";
import { makeStep, type Path, type PathStep } from "./path.ts";
import { forEachStep, NO_BOUND, OPEN_END, type StepDirection, type StepRules, type StepVisitor } from "./step-rules.ts";

/** Extra limits used by k-shortest paths: entities and relations to avoid, and a time bound to start from. */
export interface SearchLimits {
  blockedNodes?: ReadonlySet<string>;
  blockedEdges?: ReadonlySet<string>;
  /** Time bound already reached by the steps before `source` (NO_BOUND if none). */
  startBound?: string;
  /** Longest path in steps (Infinity for none). */
  maxHops?: number;
}

/**
 * A search state: an entity reached in `depth` steps. Forward, `bound` is the latest start date of the
 * dated steps so far (the next step must not end before it); backward, it is the earliest end date of
 * the steps after (the step before must not start after it).
 */
interface Label {
  node: string;
  bound: string;
  depth: number;
  parent: Label | null;
  edge: string;
  direction: StepDirection;
  /** The label kept before this one at the same entity (fewer or as many steps, tighter bound). */
  older: Label | null;
}

/** The newest label of each entity; older ones hang off it. Without time order there is one per entity. */
type Labels = Map<string, Label>;

/** The label at an entity with the fewest steps whose time bound fits `bound` (forward labels: at most it). */
function fewestStepsMatching(newest: Label | undefined, bound: string, forward: boolean): Label | undefined {
  let best: Label | undefined;
  for (let label = newest; label; label = label.older ?? undefined) if (forward ? label.bound <= bound : label.bound >= bound) best = label;
  return best;
}

function chainSteps(label: Label, graph: KnowledgeGraph): PathStep[] {
  const steps: PathStep[] = [];
  // Stryker disable next-line OptionalChaining: at starts as a label and only ever becomes a parent the condition found non-null
  for (let at: Label | null = label; at?.parent; at = at.parent) steps.push(makeStep(graph, at.edge, at.direction));
  return steps;
}

/**
 * Shortest path from `source` to `target` under `rules`, or null. Among equally short paths it
 * returns the one met first, which depends only on the graph's order: the same graph gives the
 * same answer. Both ends must be nodes of the graph.
 */
export function searchShortest(graph: KnowledgeGraph, source: string, target: string, rules: StepRules, limits: SearchLimits = {}): Path | null {
  if (source === target) return { from: source, to: target, steps: [] };
  const maxHops = limits.maxHops ?? Infinity;
  const blockedNodes = limits.blockedNodes;
  const blockedEdges = limits.blockedEdges;
  const timed = rules.timeRespecting;
  const forward: Labels = new Map();
  const backward: Labels = new Map();
  // Stryker disable next-line StringLiteral: the edge and direction of the two end labels are never read: a path's steps stop at the label without a parent
  const start: Label = { node: source, bound: limits.startBound ?? NO_BOUND, depth: 0, parent: null, edge: "", direction: "forward", older: null };
  // Stryker disable next-line StringLiteral: the edge and direction of the two end labels are never read: a path's steps stop at the label without a parent
  const end: Label = { node: target, bound: OPEN_END, depth: 0, parent: null, edge: "", direction: "forward", older: null };
  forward.set(source, start);
  backward.set(target, end);
  let forwardFringe = [start];
  let backwardFringe = [end];
  let forwardDepth = 0;
  let backwardDepth = 0;
  let meeting: [Label, Label] | null = null;

  // State of the layer being expanded, read by the one visitor below (no closure per entity).
  // Stryker disable next-line BooleanLiteral: set again before each layer is expanded, before the visitor reads it
  let isForward = true;
  let mine = forward;
  let theirs = backward;
  // Stryker disable next-line ArrayDeclaration: replaced by an empty array before each layer is expanded, before the visitor pushes to it
  let next: Label[] = [];
  let current = start;
  const visit: StepVisitor = (edge, attrs, neighbor, direction, neighborType) => {
    if (blockedEdges?.has(edge) || blockedNodes?.has(neighbor)) return false;
    if (neighbor !== source && neighbor !== target && !rules.nodeAllowed(neighborType)) return false;
    let bound = current.bound;
    if (timed) {
      if (isForward) {
        if (rules.hi(attrs) < bound) return false;
        const lo = rules.lo(attrs);
        // Stryker disable next-line EqualityOperator: when lo equals bound the assignment changes nothing
        if (lo > bound) bound = lo;
      } else {
        if (rules.lo(attrs) > bound) return false;
        const hi = rules.hi(attrs);
        // Stryker disable next-line EqualityOperator: when hi equals bound the assignment changes nothing
        if (hi < bound) bound = hi;
      }
    }
    const known = mine.get(neighbor);
    // A label is kept only if no label already there is as short and at least as loose in time.
    if (known !== undefined && (isForward ? known.bound <= bound : known.bound >= bound)) return false;
    // Stryker disable next-line ArithmeticOperator: a label's depth is never read (the layers are counted in forwardDepth and backwardDepth)
    const added: Label = { node: neighbor, bound, depth: current.depth + 1, parent: current, edge, direction, older: known ?? null };
    mine.set(neighbor, added);
    next.push(added);
    const other = fewestStepsMatching(theirs.get(neighbor), bound, !isForward);
    if (other === undefined) return false;
    meeting = isForward ? [added, other] : [other, added];
    return true;
  };

  while (forwardFringe.length > 0 && backwardFringe.length > 0) {
    // No path of forwardDepth + backwardDepth steps exists, so the next meeting is one step longer.
    if (forwardDepth + backwardDepth + 1 > maxHops) return null;
    isForward = forwardFringe.length <= backwardFringe.length;
    mine = isForward ? forward : backward;
    theirs = isForward ? backward : forward;
    next = [];
    for (const label of isForward ? forwardFringe : backwardFringe) {
      current = label;
      forEachStep(graph, label.node, isForward, rules, visit);
      if (meeting) break;
    }
    if (meeting) break;
    if (isForward) {
      forwardFringe = next;
      forwardDepth++;
    } else {
      backwardFringe = next;
      backwardDepth++;
    }
  }
  if (meeting === null) return null;
  const [head, tail] = meeting as [Label, Label];
  const steps = chainSteps(head, graph).reverse();
  // Stryker disable next-line OptionalChaining: at starts as a label and only ever becomes a parent the condition found non-null
  for (let at: Label | null = tail; at?.parent; at = at.parent) steps.push(makeStep(graph, at.edge, at.direction));
  return { from: source, to: target, steps };
}
