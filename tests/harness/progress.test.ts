// The progress display: plain lines when not on a TTY, a redrawn line with
// elapsed time and ETA on one. Streams are fakes recording what is written,
// so no test depends on the terminal it runs in.
import { describe, expect, it } from 'vitest';
import { createProgress, formatDuration, progressLine } from '../../harness/progress.js';

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  const stream = { isTTY, columns: 80, write: (text: string) => written.push(text) > 0 } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

describe('progress', () => {
  it('formats the line with elapsed time and ETA', () => {
    expect(formatDuration(65_000)).toBe('1m05s');
    expect(progressLine({ benchmark: 'nbody', target: 'vm', done: 0, total: 4 }, 1000)).toBe('[1/4] nbody on vm (elapsed 1s)');
    expect(progressLine({ benchmark: 'go', target: 'pypy3', done: 2, total: 4 }, 10_000)).toBe('[3/4] go on pypy3 (elapsed 10s, ETA 10s)');
  });

  it('writes plain lines when not on a TTY', () => {
    const { stream, written } = fakeStream(false);
    const progress = createProgress(stream);
    progress.step({ benchmark: 'nbody', target: 'vm', done: 0, total: 2 });
    progress.finish();
    expect(written[0]).toBe('[1/2] nbody on vm (elapsed 0s)\n');
    expect(written[1]).toMatch(/^finished in \d+s\n$/);
  });

  it('redraws one line on a TTY and clears it at the end', () => {
    const { stream, written } = fakeStream(true);
    const progress = createProgress(stream);
    progress.step({ benchmark: 'nbody', target: 'vm', done: 0, total: 2 });
    progress.finish();
    expect(written[0]).toMatch(/^\r\x1b\[2K\[1\/2\] nbody on vm/);
    expect(written[1]).toBe('\r\x1b[2K');
  });
});
