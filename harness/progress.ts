// Progress of a harness run: a live line on a TTY (benchmark, target,
// elapsed, ETA) redrawn in place, plain lines when stderr is a file or pipe.
// Writes to stderr only, so stdout stays the table or the report.

export interface ProgressEvent {
  readonly benchmark: string;
  readonly target: string;
  /** Steps (benchmark x target) finished before this one. */
  readonly done: number;
  readonly total: number;
}

export interface Progress {
  step(event: ProgressEvent): void;
  finish(): void;
}

export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes}m${String(seconds % 60).padStart(2, '0')}s`;
}

export function progressLine(event: ProgressEvent, elapsedMs: number): string {
  const eta = event.done > 0 ? `, ETA ${formatDuration((elapsedMs / event.done) * (event.total - event.done))}` : '';
  return `[${event.done + 1}/${event.total}] ${event.benchmark} on ${event.target} (elapsed ${formatDuration(elapsedMs)}${eta})`;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = Date.now();
  const live = stream.isTTY === true;
  let drawn = false;
  return {
    step(event) {
      const line = progressLine(event, Date.now() - started);
      if (live) {
        stream.write(`\r\x1b[2K${line.slice(0, (stream.columns ?? 100) - 1)}`);
        drawn = true;
      } else {
        stream.write(`${line}\n`);
      }
    },
    finish() {
      if (drawn) stream.write('\r\x1b[2K');
      else if (!live) stream.write(`finished in ${formatDuration(Date.now() - started)}\n`);
    },
  };
}

/** For tests and library use: reports nothing. */
export const silentProgress: Progress = { step: () => undefined, finish: () => undefined };
