// math.gcd's Lehmer loop (backends/runtime/modules/math.ts) against CPython's
// math.gcd: python3 generates big, mixed-sign, zero, power-of-two and
// Fibonacci (longest Euclid runs) pairs with their gcd; every pair must agree.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import * as M from '../../backends/runtime/modules/math.js';

const GENERATOR = `
import json, math, random
rng = random.Random(3)
fib = [0, 1]
while len(fib) < 2500:
    fib.append(fib[-1] + fib[-2])
pairs = []
for _ in range(1500):
    k = rng.choice([8, 40, 60, 64, 100, 300, 1000, 5000])
    g = rng.getrandbits(rng.choice([1, 10, 50, 200, 700]))
    pairs.append((rng.getrandbits(k) * g * rng.choice([1, -1]), rng.getrandbits(rng.choice([k, k // 2 + 1, 3])) * g * rng.choice([1, -1])))
pairs += [(fib[i], fib[i - 1]) for i in range(50, 2500, 37)] + [(fib[i] * 12345, fib[i + 1] * 12345) for i in range(60, 2000, 97)]
pairs += [(2 ** 5000, 2 ** 3000 * 3), (3 ** 4000, 3 ** 4000), (0, 10 ** 50), (10 ** 50, 0), (0, 0), (2 ** 64 - 1, 2 ** 64 + 1), (2 ** 100, 2 ** 48)]
print(json.dumps([[str(a), str(b), str(math.gcd(a, b))] for a, b in pairs]))
`;

describe('math.gcd agrees with CPython', () => {
  it('on generated big-integer pairs', () => {
    const result = spawnSync('python3', ['-c', GENERATOR], { encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(result.status, result.stderr).toBe(0);
    const cases = JSON.parse(result.stdout) as [string, string, string][];
    expect(cases.length).toBeGreaterThan(1500);
    for (const [a, b, g] of cases) expect(M.gcd(BigInt(a), BigInt(b))).toBe(BigInt(g));
  });
});
