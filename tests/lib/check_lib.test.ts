// Runs the live lib checks under python3: scripts/check_lib.py loads every
// module of backends/runtime/lib/ into CPython under another name and compares
// it with CPython's own module on fixed snippets and randomized inputs (see the
// script's docstring); tests/lib/check_mods.py does the same, with that
// machinery, for numbers, fractions, datetime, pprint and decimal. A check
// passes when python3 reports no mismatch.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

function checkModules(script: string, modules: readonly string[]): void {
  it.each(modules.map((m) => [m]))('%s', (module) => {
    const result = spawnSync('python3', [script, module], { encoding: 'utf8', timeout: 300_000 });
    expect(result.error).toBeUndefined();
    const summary = result.stdout.trim().split('\n').pop() ?? '';
    expect(summary).toMatch(/ 0 mismatches$/);
    expect(result.status, result.stdout.slice(-3000)).toBe(0);
  }, 300_000);
}

describe('lib modules agree with CPython (scripts/check_lib.py)', () => {
  checkModules(fileURLToPath(new URL('../../scripts/check_lib.py', import.meta.url)), [
    'heapq', 'bisect', 'keyword', '__future__', 'operator', 'functools', 'collections',
    'abc', 'copy', 'contextlib', 'string', 'enum', 'dataclasses', 'typing', 'io', 'array',
    'statistics', 'textwrap', 'random', 'types', 'json', 're', 'queue', 'hashlib', 'csv', 'struct',
  ]);
});

describe('lib modules agree with CPython (tests/lib/check_mods.py)', () => {
  checkModules(fileURLToPath(new URL('./check_mods.py', import.meta.url)), ['numbers', 'fractions', 'datetime', 'pprint', 'decimal']);
});
