// Differential fuzzing against CPython: 4,000 random token sequences
// (tests/frontend/fuzz/expected.json, from gen_fuzz.py) must get CPython's
// verdict: the same tree with positions, or the same error and position. The
// few known differences are listed in fuzz/known_differences.json.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse, PySyntaxError } from '../../frontend/index.js';
import { dump } from '../../frontend/parser/dump.js';

interface Case { source: string; dump?: string; error?: [string, string, number, number, number, number] }

const dir = new URL('./fuzz/', import.meta.url);
const cases: Case[] = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf-8'));
const known = new Set<number>(JSON.parse(readFileSync(new URL('known_differences.json', dir), 'utf-8')).indexes);

function verdict(source: string): Omit<Case, 'source'> {
  try {
    return { dump: dump(parse(source, '<unknown>'), { includeAttributes: true }) };
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return { error: [e.type, e.msg, e.lineno!, e.offset!, e.endLineno!, e.endOffset!] };
  }
}

describe('random token sequences get CPython\'s verdict', () => {
  it('matches on every case not listed as a known difference', () => {
    const mismatches: string[] = [];
    cases.forEach((c, i) => {
      if (known.has(i)) return;
      const want = c.dump !== undefined ? { dump: c.dump } : { error: c.error };
      const got = verdict(c.source);
      if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push(`#${i} ${JSON.stringify(c.source)}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
    });
    expect(mismatches).toEqual([]);
  });

  it('never throws anything but a Python error on the known differences', () => {
    for (const i of known) expect(() => verdict(cases[i].source)).not.toThrow();
  });
});
