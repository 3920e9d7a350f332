// The benchmark suites: every entry's program exists and follows the
// conventions (main(n), size from argv[1]); the suites name only known
// programs; the quick suite runs correctly on CPython, each program well
// under the timeout.
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BENCHMARKS, benchmarkFile, SUITES, suiteItems, suiteNames } from '../../benchmarks/suites.js';
import { runPrograms } from '../../harness/runner.js';
import { python3Target } from './fakes.js';

describe('benchmark suites', () => {
  it('has the required suites over at least 14 programs', () => {
    expect(suiteNames()).toEqual(expect.arrayContaining(['default', 'quick', 'numeric', 'objects', 'concurrency']));
    expect(BENCHMARKS.length).toBeGreaterThanOrEqual(14);
    for (const suite of suiteNames()) expect(suiteItems(suite).length).toBeGreaterThan(0);
    expect(() => suiteItems('nonsense')).toThrow(/unknown suite/);
    expect(new Set(SUITES.default).size).toBe(BENCHMARKS.length);
  });

  it('every program defines main(n) and reads its size from argv[1]', () => {
    for (const entry of BENCHMARKS) {
      const source = fs.readFileSync(benchmarkFile(entry), 'utf8');
      expect(source, entry.name).toMatch(/^def main\(n\):/m);
      expect(source, entry.name).toContain('main(int(sys.argv[1]) if len(sys.argv) > 1 else ');
      expect(entry.quickSize, entry.name).toBeLessThan(entry.defaultSize);
    }
  });

  it('the quick suite runs correctly on CPython', async () => {
    const programs = suiteItems('quick').map(({ entry, size }) => ({ name: entry.name, file: benchmarkFile(entry), args: [String(size)], size }));
    const results = await runPrograms(programs, [python3Target], null, { runs: 1, timeoutSeconds: 30, inProcess: null, measurer: 'python3' });
    for (const result of results) {
      expect(result.status, `${result.benchmark}: ${result.detail ?? ''}`).toBe('ok');
      expect(result.process!.median).toBeLessThan(30_000);
    }
  });
});
