// Runs scripts/check_lib.py under python3: every module of
// backends/runtime/lib/ is loaded into CPython under another name and compared
// with CPython's own module on fixed snippets and randomized inputs (see the
// script's docstring). The check passes when python3 reports no mismatch.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('../../scripts/check_lib.py', import.meta.url));
const MODULES = [
  'heapq', 'bisect', 'keyword', '__future__', 'operator', 'itertools', 'functools', 'collections',
  'abc', 'copy', 'contextlib', 'string', 'enum', 'dataclasses', 'typing', 'io', 'array',
  'statistics', 'textwrap', 'random', 'types', 'json', 're', 'queue', 'hashlib', 'csv', 'struct',
];

describe('lib modules agree with CPython (scripts/check_lib.py)', () => {
  it.each(MODULES.map((m) => [m]))('%s', (module) => {
    const result = spawnSync('python3', [SCRIPT, module], { encoding: 'utf8', timeout: 300_000 });
    expect(result.error).toBeUndefined();
    const summary = result.stdout.trim().split('\n').pop() ?? '';
    expect(summary).toMatch(/ 0 mismatches$/);
    expect(result.status, result.stdout.slice(-3000)).toBe(0);
  }, 300_000);
});
