// Progress on stderr for slow steps: silent under a second, a bar updated in place on a terminal, plain lines otherwise.

/** Reports the steps of a long command. */
export interface Progress {
  /** Runs a step; a step that takes over a second is announced while it runs (when it can be) and timed when done. */
  step<T>(label: string, run: () => T | Promise<T>): Promise<T>;
  /** A `(done, total)` callback for counted work inside a step, such as layout iterations. */
  counter(label: string): (done: number, total: number) => void;
}

/** When progress appears and how often it is redrawn. */
export interface ProgressOptions {
  /** True when stderr is a terminal: draw a bar in place instead of printing lines. */
  tty: boolean;
  /** Steps shorter than this stay silent (ms). */
  quietFor: number;
  /** Least time between two redraws of a bar (ms), or between two plain lines (ms). */
  barEvery: number;
  lineEvery: number;
  /** The clock, replaceable in tests. */
  now: () => number;
}

/** Defaults: quiet for a second, redraw a bar ten times a second, a plain line every five seconds. */
export const DEFAULT_PROGRESS_OPTIONS: ProgressOptions = { tty: false, quietFor: 1000, barEvery: 100, lineEvery: 5000, now: () => performance.now() };

const BAR_WIDTH = 24;

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** A progress reporter writing to `write` (standard error in the CLI). */
export function createProgress(write: (text: string) => void, partial: Partial<ProgressOptions> = {}): Progress {
  const options = { ...DEFAULT_PROGRESS_OPTIONS, ...partial };
  const { tty, now } = options;
  let stepStart = now();
  let barShown = false;

  const endBar = () => {
    if (barShown) write("\n");
    barShown = false;
  };

  return {
    async step(label, run) {
      stepStart = now();
      // Asynchronous steps (reading files) let this timer fire; synchronous ones are timed when done.
      const timer = setTimeout(() => write(`${label}…\n`), options.quietFor);
      try {
        return await run();
      } finally {
        clearTimeout(timer);
        const took = now() - stepStart;
        endBar();
        if (took >= options.quietFor) write(`${label}: done in ${seconds(took)}\n`);
      }
    },
    counter(label) {
      let last = -Infinity;
      return (done, total) => {
        const t = now();
        if (t - stepStart < options.quietFor && done < total) return;
        const finished = done >= total;
        if (!finished && t - last < (tty ? options.barEvery : options.lineEvery)) return;
        if (finished && t - stepStart < options.quietFor) return;
        last = t;
        const share = total > 0 ? done / total : 1;
        if (tty) {
          const filled = Math.round(share * BAR_WIDTH);
          write(`\r${label} [${"#".repeat(filled)}${" ".repeat(BAR_WIDTH - filled)}] ${Math.floor(share * 100)}% (${done}/${total}, ${seconds(t - stepStart)})`);
          barShown = true;
        } else {
          write(`${label}: ${done}/${total} (${Math.floor(share * 100)}%, ${seconds(t - stepStart)})\n`);
        }
      };
    },
  };
}
