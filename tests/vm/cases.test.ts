// The vm's end-to-end behaviour at the edges CPython users see: tracebacks
// (carets, chaining, repeated frames), exit statuses, SystemExit, recursion
// limits, import errors, stdin/argv, syntax errors, and `pvm run -c`.
// Expected outputs come from CPython: tests/vm/cases/*.expected.json from
// scripts/gen_expected.py, dash_c.expected.json from tests/vm/gen_dash_c.py.
// Needs the compiled CLI (npm run build).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CASES = fileURLToPath(new URL('./cases/', import.meta.url));
const PVM = fileURLToPath(new URL('../../bin/pvm.js', import.meta.url));
const ENV = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', PYTHONHASHSEED: '0', PYTHONUTF8: '1', LC_ALL: 'C.UTF-8' };

interface Expected {
  stdout: string;
  stderr: string;
  status: number;
}

function readOptional(file: string): string | null {
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

function pvm(args: string[], cwd: string, input = '') {
  const result = spawnSync(process.execPath, [PVM, 'run', ...args], { cwd, input, env: ENV, encoding: 'utf8', timeout: 60_000 });
  return { stdout: result.stdout, stderr: result.stderr.split(cwd.replace(/\/$/, '') + path.sep).join(''), status: result.status };
}

const programs = readdirSync(CASES).filter((name) => name.endsWith('.py') && !name.startsWith('_')).sort();

describe('vm: programs at the edges', () => {
  it.each(programs.map((name) => [name]))('%s', (name) => {
    const stem = path.join(CASES, name.slice(0, -3));
    const expected = JSON.parse(readFileSync(`${stem}.expected.json`, 'utf8')) as Expected;
    const args = (readOptional(`${stem}.args`) ?? '').split(/\s+/).filter((a) => a !== '');
    const result = pvm([name, ...args], CASES, readOptional(`${stem}.stdin`) ?? '');
    expect(result.stdout).toBe(expected.stdout);
    expect(result.stderr).toBe(expected.stderr);
    expect(result.status).toBe(expected.status);
  });
});

describe('vm: pvm run -c', () => {
  const cases = JSON.parse(readFileSync(new URL('./dash_c.expected.json', import.meta.url), 'utf8')) as (Expected & { code: string; args: string[] })[];
  it.each(cases.map((c) => [c.code, c]))('%s', (_code, c) => {
    const result = pvm(['-c', c.code, ...c.args], CASES);
    expect(result.stdout).toBe(c.stdout);
    expect(result.stderr).toBe(c.stderr);
    expect(result.status).toBe(c.status);
  });

  it('rejects an unknown backend with the registered names', () => {
    const result = pvm(['--backend', 'nope', '-c', 'pass'], CASES);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/unknown backend 'nope' \(registered: vm/);
  });
});
