// The results document: JSON round trip, version check, ratios only from
// 'ok' results, geometric means, and merging runs (pooled samples, worst
// status wins).
import { describe, expect, it } from 'vitest';
import {
  geometricMeanRatio,
  mergeResults,
  parseResults,
  SCHEMA_VERSION,
  serializeResults,
  type Results,
} from '../../harness/results.js';
import { geometricMean, isNoisy, median } from '../../harness/stats.js';
import { fixtureResults } from './fakes.js';

describe('results schema', () => {
  it('round-trips through JSON', () => {
    const doc = fixtureResults();
    expect(parseResults(serializeResults(doc), 'fixture')).toEqual(doc);
  });

  it('refuses other schema versions and malformed documents', () => {
    const doc = { ...fixtureResults(), schemaVersion: SCHEMA_VERSION + 1 };
    expect(() => parseResults(JSON.stringify(doc), 'new.json')).toThrow(/new.json: schemaVersion 2/);
    expect(() => parseResults('{', 'broken.json')).toThrow(/broken.json: not JSON/);
    expect(() => parseResults('{"schemaVersion": 1}', 'empty.json')).toThrow(/missing sources/);
    const badStatus = fixtureResults();
    (badStatus.results[0] as { status: string }).status = 'fine';
    expect(() => parseResults(JSON.stringify(badStatus), 'status.json')).toThrow(/unknown status 'fine'/);
  });

  it('computes ratios to CPython from ok results only', () => {
    const doc = fixtureResults();
    const ratio = (benchmark: string, target: string) => doc.results.find((r) => r.benchmark === benchmark && r.target === target)!.ratioToCPython;
    expect(ratio('nbody', 'vm')).toBeCloseTo(2050 / 1000);
    expect(ratio('nbody', 'python3')).toBe(1);
    expect(ratio('richards', 'vm')).toBeNull();
    expect(ratio('go', 'vm')).toBeNull();
    expect(geometricMeanRatio(doc, 'vm')).toEqual({ mean: 2.05, count: 1 });
    expect(geometricMeanRatio(doc, 'pypy3')).toEqual({ mean: null, count: 0 });
    expect(doc.results.find((r) => r.benchmark === 'go' && r.target === 'python3')!.noisy).toBe(true);
  });

  it('merges runs: samples pooled, ratios recomputed, failures not hidden', () => {
    const first = fixtureResults();
    const second: Results = {
      ...fixtureResults(),
      sources: [{ ...fixtureResults().sources[0]!, date: '2026-01-02T00:00:00.000Z', machine: { ...fixtureResults().sources[0]!.machine, pypy3: 'PyPy 3.9' } }],
      targets: fixtureResults().targets.map((t) => (t.name === 'pypy3' ? { ...t, available: true, version: 'PyPy 3.9', description: 'PyPy 3.9' } : t)),
      results: fixtureResults().results.map((r) => {
        if (r.benchmark === 'nbody' && r.target === 'vm') return { ...r, status: 'crashed' as const, detail: 'killed by SIGSEGV' };
        if (r.benchmark === 'nbody' && r.target === 'python3') return { ...r, process: { ...r.process!, samplesMs: [3000], median: 3000, min: 3000, max: 3000 } };
        return r;
      }),
    };
    const merged = mergeResults([first, second]);
    expect(merged.sources).toHaveLength(2);
    expect(merged.targets.find((t) => t.name === 'pypy3')!.available).toBe(true);
    const python = merged.results.find((r) => r.benchmark === 'nbody' && r.target === 'python3')!;
    expect(python.process!.samplesMs).toEqual([1000, 1010, 990, 3000]);
    expect(python.process!.median).toBe(1005);
    const vm = merged.results.find((r) => r.benchmark === 'nbody' && r.target === 'vm')!;
    expect(vm.status).toBe('crashed');
    expect(vm.ratioToCPython).toBeNull();
    expect(merged.results).toHaveLength(first.results.length);
    expect(parseResults(serializeResults(merged), 'merged')).toEqual(merged);
  });
});

describe('stats', () => {
  it('medians, geometric means and the noise rule', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(geometricMean([1, 4])).toBe(2);
    expect(geometricMean([])).toBeNull();
    expect(isNoisy({ median: 100, min: 95, max: 110 })).toBe(false);
    expect(isNoisy({ median: 100, min: 80, max: 130 })).toBe(true);
  });
});
