// pvm's math core (backends/runtime/modules/math.ts) against CPython's results
// in math_cases.json (regenerate with tests/lib/gen_math_cases.py):
// fsum, hypot, frexp, ulp, nextafter, pow, remainder and the exact integer
// functions must agree bit for bit; erf, erfc, gamma and lgamma come from other
// algorithms than the glibc CPython links and must agree to 1e-14 (relative, or
// absolute below 1).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as M from '../../backends/runtime/modules/math.js';

type Encoded = string | boolean | Encoded[];
const cases = JSON.parse(readFileSync(new URL('./math_cases.json', import.meta.url), 'utf8')) as [string, Encoded[], Encoded][];

function decode(v: Encoded): unknown {
  if (Array.isArray(v)) return v.map(decode);
  if (typeof v === 'boolean') return v;
  if (v.startsWith('int:')) return BigInt(v.slice(4));
  if (v === 'inf') return Infinity;
  if (v === '-inf') return -Infinity;
  if (v === 'nan') return NaN;
  return Number(v);
}

// The pure functions take what the module glue passes them: doubles, and
// BigInts for the integer functions.
const functions: Record<string, (...args: any[]) => unknown> = {
  erf: M.erf, erfc: M.erfc, gamma: M.gamma, lgamma: M.lgamma, pow: M.pow, remainder: M.remainder,
  nextafter: M.nextafter, ulp: M.ulp,
  frexp: (x: number) => { const [m, e] = M.frexp(x); return [m, BigInt(e)]; },
  fsum: (xs: number[]) => M.fsum(xs), hypot: (...xs: number[]) => M.hypot(xs),
  isqrt: M.isqrt, factorial: M.factorial, comb: M.comb, perm: M.perm,
};

function run(name: string, args: unknown[]): unknown {
  try {
    return functions[name]!(...args);
  } catch (e) {
    if (e instanceof M.MathError) return e.kind === 'domain' ? 'raise:ValueError' : 'raise:OverflowError';
    if (e instanceof M.FsumError) return 'raise:' + e.typeName;
    throw e;
  }
}

const APPROXIMATE = new Set(['erf', 'erfc', 'gamma', 'lgamma']);

function same(a: unknown, b: unknown, approximate: boolean): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b))) return true;
    return approximate && Number.isFinite(a) && Math.abs(a - b) <= 1e-14 * Math.max(Math.abs(b), 1);
  }
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i], approximate));
  return a === b;
}

describe('math core agrees with CPython', () => {
  const byName = new Map<string, [Encoded[], Encoded][]>();
  for (const [name, args, expected] of cases) {
    if (!byName.has(name)) byName.set(name, []);
    byName.get(name)!.push([args, expected]);
  }
  for (const [name, list] of byName) {
    it(name, () => {
      const failures: string[] = [];
      for (const [args, expected] of list) {
        const got = run(name, args.map(decode));
        const want = typeof expected === 'string' && expected.startsWith('raise:') ? expected : decode(expected);
        if (!same(got, want, APPROXIMATE.has(name))) failures.push(`${name}(${JSON.stringify(args)}) = ${String(got)}, CPython ${JSON.stringify(expected)}`);
      }
      expect(failures).toEqual([]);
    });
  }
});
