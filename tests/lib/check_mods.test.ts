// Runs tests/lib/check_mods.py under python3 for each module it covers: pvm's
// numbers, fractions, datetime, pprint and decimal are loaded into CPython and compared
// with CPython's own modules on fixed snippets and randomized operations. The
// check passes when python3 reports no mismatch.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('./check_mods.py', import.meta.url));
const MODULES = ['numbers', 'fractions', 'datetime', 'pprint', 'decimal'];

describe('lib modules agree with CPython (tests/lib/check_mods.py)', () => {
  it.each(MODULES.map((m) => [m]))('%s', (module) => {
    const result = spawnSync('python3', [SCRIPT, module], { encoding: 'utf8', timeout: 300_000 });
    expect(result.error).toBeUndefined();
    const summary = result.stdout.trim().split('\n').pop() ?? '';
    expect(summary).toMatch(/ 0 mismatches$/);
    expect(result.status, result.stdout.slice(-3000)).toBe(0);
  }, 300_000);
});
