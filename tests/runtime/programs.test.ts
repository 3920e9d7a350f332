// Runs the object model's Python programs (tests/runtime/programs/*.py:
// class creation, descriptors, operator protocols, errors, generators)
// through every registered backend with `pvm run` and compares stdout with
// CPython's (NAME.expected.txt, written by gen_expected.py).
// Needs the compiled CLI (npm run build).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { backendNames } from '../../backends/index.js';
import '../../backends/registry.js';

const ROOT = fileURLToPath(new URL('./programs/', import.meta.url));
const PVM = fileURLToPath(new URL('../../bin/pvm.js', import.meta.url));
const programs = readdirSync(ROOT).filter((n) => n.endsWith('.py')).sort();

describe.each(backendNames().map((name) => [name]))('object-model programs on %s', (backend) => {
  it.each(programs)('%s', (name) => {
    const expected = readFileSync(path.join(ROOT, name.replace(/\.py$/, '.expected.txt')), 'utf8');
    const result = spawnSync(process.execPath, [PVM, 'run', '--backend', backend, name], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', PYTHONHASHSEED: '0' },
      timeout: 60_000,
    });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(expected);
    expect(result.status).toBe(0);
  });
});
