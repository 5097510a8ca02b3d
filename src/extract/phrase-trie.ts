// Longest-match lookup of word sequences (names, cues) in a token list.
import type { Token } from "./tokens.ts";

interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[];
}

/** Tokens skipped inside a phrase, so "Shahed-136" matches the name "Shahed 136". */
const SKIPPED = new Set(["-", "‐", "–"]);

/** A match: tokens [start, end) and the values stored for that phrase. */
export interface PhraseMatch<T> {
  start: number;
  end: number;
  values: T[];
}

/** Word sequences -> values; finds the longest phrase starting at a token in time bounded by the phrase length. */
export class PhraseTrie<T> {
  private readonly root: Node<T> = { next: new Map(), values: [] };

  /** Stores `value` under the folded words `key` (empty keys are ignored). */
  add(key: readonly string[], value: T): void {
    if (key.length === 0) return;
    let node = this.root;
    for (const word of key) {
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = { next: new Map(), values: [] }));
      node = child;
    }
    if (!node.values.includes(value)) node.values.push(value);
  }

  /** The longest stored phrase starting at token `start` (hyphens inside are skipped), or undefined. */
  longestAt(tokens: readonly Token[], start: number, accept: (values: T[], end: number) => boolean = () => true): PhraseMatch<T> | undefined {
    let node = this.root;
    let best: PhraseMatch<T> | undefined;
    let i = start;
    while (i < tokens.length) {
      const token = tokens[i]!;
      if (i > start && SKIPPED.has(token.norm)) {
        i++;
        continue;
      }
      const child = node.next.get(token.norm);
      if (!child) break;
      node = child;
      i++;
      if (node.values.length > 0 && accept(node.values, i)) best = { start, end: i, values: node.values };
    }
    return best;
  }

  /** Every longest match, left to right, not overlapping. */
  scan(tokens: readonly Token[], accept?: (values: T[], start: number, end: number) => boolean): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const match = this.longestAt(tokens, i, accept ? (values, end) => accept(values, i, end) : undefined);
      if (match) {
        out.push(match);
        i = match.end;
      } else i++;
    }
    return out;
  }
}
