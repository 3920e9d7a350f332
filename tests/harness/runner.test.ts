// The runner against fake targets: crashing, hanging, wrong and missing
// targets are each reported with their status and never stop the run; the
// reference's timings and ratios are computed; the measuring wrapper and the
// plain fallback both honour the timeout.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstDifference, runPrograms, type Program } from '../../harness/runner.js';
import type { Target } from '../../harness/targets.js';
import { crashingTarget, hangingTarget, missingTarget, python3Target, raisingTarget, segfaultingTarget, wrongTarget } from './fakes.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pvm-harness-'));
const file = path.join(dir, 'prog.py');
fs.writeFileSync(
  file,
  ['import sys', '', 'def main(n):', '    print("first")', '    print(sum(range(n)))', '    print("last")', '', 'if __name__ == "__main__":', '    main(int(sys.argv[1]))', ''].join('\n'),
);
const program: Program = { name: 'prog', file, args: ['100'], size: 100 };

async function runAll(targets: Target[], measurer: string | null) {
  return runPrograms([program], targets, python3Target, { runs: 2, timeoutSeconds: 1.5, inProcess: null, measurer });
}

describe('runner', () => {
  for (const measurer of ['python3', null]) {
    it(`reports every failure kind and carries on (measurer: ${measurer ?? 'none'})`, async () => {
      const results = await runAll([crashingTarget, hangingTarget, python3Target, wrongTarget, segfaultingTarget, missingTarget], measurer);
      const byTarget = Object.fromEntries(results.map((result) => [result.target, result]));
      expect(results.map((result) => result.target)).toEqual(['crasher', 'hanger', 'python3', 'liar', 'segfaulter', 'ghost']);

      expect(byTarget.python3!.status).toBe('ok');
      expect(byTarget.python3!.process!.samplesMs).toHaveLength(2);
      expect(byTarget.python3!.ratioToCPython).toBe(1);
      if (measurer !== null) {
        expect(byTarget.python3!.process!.peakRssKb[0]).toBeGreaterThan(1000);
        expect(byTarget.python3!.process!.cpuMs[0]).toBeGreaterThan(0);
      }

      expect(byTarget.crasher!.status).toBe('crashed');
      expect(byTarget.crasher!.detail).toContain('InternalError: boom');
      expect(byTarget.crasher!.difference).toEqual({ line: 2, expected: '4950', actual: '' });

      expect(byTarget.hanger!.status).toBe('timeout');
      expect(byTarget.hanger!.detail).toBe('no result within 1.5 s');

      expect(byTarget.liar!.status).toBe('wrong');
      expect(byTarget.liar!.difference).toEqual({ line: 2, expected: '4950', actual: '49501' });

      expect(byTarget.segfaulter!.status).toBe('crashed');
      expect(byTarget.segfaulter!.detail).toContain('SIGSEGV');

      expect(byTarget.ghost!.status).toBe('not-installed');
      for (const failed of [byTarget.crasher!, byTarget.hanger!, byTarget.liar!, byTarget.segfaulter!]) {
        expect(failed.process).toBeUndefined();
        expect(failed.ratioToCPython).toBeNull();
      }
    });
  }

  it('keeps the innermost frame and the exception of a Python traceback', async () => {
    const [result] = await runPrograms([program], [raisingTarget], python3Target, { runs: 1, timeoutSeconds: 10, inProcess: null, measurer: 'python3' });
    expect(result!.status).toBe('crashed');
    expect(result!.detail).toBe('exit status 1, CPython\'s 0: File "<string>", line 2, in f | ZeroDivisionError: division by zero');
  });

  it('checks targets against CPython even when python3 is not a selected target', async () => {
    const results = await runPrograms([program], [wrongTarget], python3Target, { runs: 1, timeoutSeconds: 10, inProcess: null, measurer: 'python3' });
    expect(results[0]!.status).toBe('wrong');
  });

  it('marks results unchecked without an oracle, and skips programs meant for other targets', async () => {
    const unchecked = await runPrograms([program], [wrongTarget], null, { runs: 1, timeoutSeconds: 10, inProcess: null, measurer: null });
    expect(unchecked[0]!.status).toBe('unchecked');
    const only = await runPrograms([{ ...program, onlyTargets: ['stackless'] }], [python3Target], null, { runs: 1, timeoutSeconds: 10, inProcess: null, measurer: null });
    expect(only[0]!.status).toBe('skipped');
  });

  it('times the reference in-process with warm-up iterations kept', async () => {
    const timed: Target = {
      ...python3Target,
      inProcessCommand: (target, args, plan) => ['python3', path.resolve('harness/pytiming.py'), target, String(plan.warmup), String(plan.iterations), String(plan.budgetSeconds), ...args],
    };
    const [result] = await runPrograms([program], [timed], null, {
      runs: 1,
      timeoutSeconds: 10,
      inProcess: { warmup: 2, iterations: 3, budgetSeconds: 10 },
      measurer: 'python3',
    });
    expect(result!.inProcessError).toBeUndefined();
    expect(result!.inProcess!.warmupMs).toHaveLength(2);
    expect(result!.inProcess!.samplesMs).toHaveLength(3);
  });
});

describe('firstDifference', () => {
  it('names the first differing line and the end of output', () => {
    expect(firstDifference('a\nb\n', 'a\nb\n')).toBeNull();
    expect(firstDifference('a\nb\n', 'a\nc\n')).toEqual({ line: 2, expected: 'b', actual: 'c' });
    expect(firstDifference('a\nb\nc', 'a\nb')).toEqual({ line: 3, expected: 'c', actual: '<end of output>' });
  });
});
