// Where records were written, a file and a line each, kept as two arrays rather than an object per record.
import type { Origin } from "../model/dataset.ts";

/**
 * The file and line of each record, in the order they were added. A "file:line" string or an
 * origin object per record took about a sixth of the CPU profile of reading 50,000 JSONL relations
 * and fed the garbage collector; numbers and shared path strings in arrays cost next to nothing,
 * and the table by id is built only when someone asks for it.
 */
export class OriginLog {
  private readonly files: string[] = [];
  private readonly lines: number[] = [];
  private readonly byId: Record<string, Origin> = {};
  private built = 0;

  /** Records the next record's file and line; returns its index. */
  add(file: string, line: number): number {
    this.files.push(file);
    return this.lines.push(line) - 1;
  }

  /** Record `index` as `file:line`, as hints show it. */
  at(index: number): string {
    return `${this.files[index]}:${this.lines[index]}`;
  }

  /** The origins by id, where `records[i]` is the record added i-th (built on first use, then kept up to date). */
  table(records: readonly { id: string }[]): Record<string, Origin> {
    for (; this.built < records.length; this.built++) {
      const i = this.built;
      this.byId[records[i]!.id] = { file: this.files[i]!, line: this.lines[i]! };
    }
    return this.byId;
  }
}
