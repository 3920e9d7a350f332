// Fake targets and a fixture results document for the harness tests: a
// reference that is real python3, and targets that crash, hang, print a
// wrong answer or are not installed, built on the same Target interface the
// real ones use.
import type { Target } from '../../harness/targets.js';
import { SCHEMA_VERSION, withRatios, type BenchmarkResult, type Results } from '../../harness/results.js';
import { summarize } from '../../harness/stats.js';

function fake(name: string, command: (file: string, args: readonly string[]) => string[], available = true): Target {
  return {
    info: { name, kind: 'pvm', description: `fake ${name}`, available, version: null },
    memoryCapMb: 0,
    processCommand: command,
    inProcessCommand: () => null,
  };
}

const node = process.execPath;

export const python3Target: Target = {
  info: { name: 'python3', kind: 'reference', description: 'CPython', available: true, version: 'CPython 3' },
  memoryCapMb: 2048,
  processCommand: (file, args) => ['python3', file, ...args],
  inProcessCommand: () => null,
};

/** Prints a traceback-like line and exits with status 1 where CPython exits 0. */
export const crashingTarget = fake('crasher', () => [node, '-e', 'console.log("first"); console.error("InternalError: boom"); process.exit(1)']);
/** Raises a Python exception: a CPython traceback on stderr, status 1. */
export const raisingTarget = fake('raiser', () => ['python3', '-c', 'def f():\n    return 1 / 0\nprint("first")\nf()']);
/** Killed by a signal. */
export const segfaultingTarget = fake('segfaulter', () => [node, '-e', 'process.kill(process.pid, "SIGSEGV")']);
/** Never finishes. */
export const hangingTarget = fake('hanger', () => [node, '-e', 'setInterval(() => {}, 1000)']);
/** Runs the program but its second line is off by one. */
export const wrongTarget = fake('liar', (file, args) => [
  'python3',
  '-c',
  'import subprocess, sys; out = subprocess.run([sys.executable] + sys.argv[1:], capture_output=True, text=True).stdout.split("\\n"); out[1] = out[1] + "1"; print("\\n".join(out), end="")',
  file,
  ...args,
]);
export const missingTarget = fake('ghost', () => ['false'], false);

function processTimes(samplesMs: number[]) {
  return { ...summarize(samplesMs), samplesMs, peakRssKb: samplesMs.map(() => 20480), cpuMs: samplesMs.map((ms) => ms * 0.9) };
}

function inProcessTimes(warmupMs: number[], samplesMs: number[]) {
  return { ...summarize(samplesMs), warmupMs, samplesMs };
}

function result(benchmark: string, target: string, extra: Partial<BenchmarkResult>): BenchmarkResult {
  return { benchmark, size: 10, target, status: 'ok', ratioToCPython: null, noisy: false, ...extra };
}

/** A two-benchmark run on python3, pypy3 and a pvm backend, with one wrong result and one timeout. */
export function fixtureResults(): Results {
  return {
    schemaVersion: SCHEMA_VERSION,
    sources: [
      {
        machine: { cpuModel: 'Test CPU', cores: 2, memoryBytes: 8 * 2 ** 30, platform: 'Linux test', node: '20.0.0', python3: 'CPython 3.11.7', pypy3: null },
        pvmCommit: 'abc123',
        date: '2026-01-01T00:00:00.000Z',
        suite: 'quick',
        runs: 3,
        timeoutSeconds: 120,
      },
    ],
    targets: [
      { name: 'vm', kind: 'pvm', description: 'stack VM', available: true, version: null },
      { name: 'python3', kind: 'reference', description: 'CPython 3.11.7', available: true, version: 'CPython 3.11.7' },
      { name: 'pypy3', kind: 'reference', description: 'not installed (apt-get install -y pypy3)', available: false, version: null },
    ],
    results: withRatios([
      result('nbody', 'vm', { process: processTimes([2000, 2100, 2050]), inProcess: inProcessTimes([1900, 1800], [1700, 1710, 1690]), counters: { instructions: 1234 } }),
      result('nbody', 'python3', { process: processTimes([1000, 1010, 990]), inProcess: inProcessTimes([950], [940, 945, 950]) }),
      result('nbody', 'pypy3', { status: 'not-installed', detail: 'not installed (apt-get install -y pypy3)' }),
      result('richards', 'vm', { status: 'wrong', difference: { line: 2, expected: 'hold_count=9297', actual: 'hold_count=9296' } }),
      result('richards', 'python3', { process: processTimes([500, 520, 510]), inProcess: inProcessTimes([480], [470, 475]) }),
      result('richards', 'pypy3', { status: 'not-installed', detail: 'not installed (apt-get install -y pypy3)' }),
      result('go', 'vm', { status: 'timeout', detail: 'no result within 120 s' }),
      result('go', 'python3', { process: processTimes([800, 1200, 810]) }),
      result('go', 'pypy3', { status: 'not-installed', detail: 'not installed (apt-get install -y pypy3)' }),
    ]),
  };
}
