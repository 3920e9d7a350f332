// Runs each tests/lib/programs/NAME.py (exercises of the Python-written lib
// modules: fractions, numbers, datetime, pprint, decimal) under python3 and under
// `pvm run`, and requires the same stdout and exit status. The programs are
// deterministic (seeded randomness, no clock values printed), so CPython's
// output is the expected output. Needs the compiled CLI (npm run build).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('./programs/', import.meta.url));
const PVM = fileURLToPath(new URL('../../bin/pvm.js', import.meta.url));
const ENV = {
  PATH: process.env['PATH'] ?? '/usr/bin:/bin',
  PYTHONHASHSEED: '0',
  PYTHONIOENCODING: 'utf-8',
  PYTHONDONTWRITEBYTECODE: '1',
  TZ: 'UTC',
  LC_ALL: 'C.UTF-8',
};

const programs = readdirSync(ROOT).filter((name) => name.endsWith('.py')).sort();

describe('lib module programs print what python3 prints', () => {
  it.each(programs.map((name) => [name]))('%s', (name) => {
    const run = (command: string, args: string[]) =>
      spawnSync(command, [...args, name], { cwd: ROOT, env: ENV, encoding: 'utf8', timeout: 120_000 });
    const expected = run('python3', []);
    const got = run(process.execPath, [PVM, 'run']);
    expect(got.stdout).toBe(expected.stdout);
    expect(got.status, got.stderr.slice(-2000)).toBe(expected.status);
  }, 240_000);
});
