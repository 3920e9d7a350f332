// Runs the generator, deque and async-generator programs (tests/generators/programs/NAME.py, with
// NAME.stdin as input when present) through every registered backend with
// `pvm run` and compares stdout, the
// exit status and stderr's last line with CPython's (NAME.expected.json,
// written by `scripts/gen_expected.py tests/generators/programs`).
// Needs the compiled CLI (npm run build).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { backendNames } from '../../backends/index.js';
import '../../backends/registry.js';

const ROOT = fileURLToPath(new URL('./programs/', import.meta.url));
const PVM = fileURLToPath(new URL('../../bin/pvm.js', import.meta.url));
const programs = readdirSync(ROOT).filter((f) => f.endsWith('.py')).sort();

function lastLine(text: string): string {
  const lines = text.trimEnd().split('\n');
  return lines[lines.length - 1] ?? '';
}

describe.each(backendNames().map((name) => [name]))('generator programs on %s', (backend) => {
  it.each(programs.map((p) => [p]))('%s', (program) => {
    const expected = JSON.parse(readFileSync(path.join(ROOT, program.replace(/\.py$/, '.expected.json')), 'utf8')) as {
      stdout: string; stderr: string; status: number;
    };
    const stdin = path.join(ROOT, program.replace(/\.py$/, '.stdin'));
    const result = spawnSync(process.execPath, [PVM, 'run', '--backend', backend, program], {
      cwd: ROOT, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', LC_ALL: 'C.UTF-8' },
      input: existsSync(stdin) ? readFileSync(stdin, 'utf8') : '',
    });
    expect(result.stdout).toBe(expected.stdout);
    expect(lastLine(result.stderr)).toBe(lastLine(expected.stderr));
    expect(result.status).toBe(expected.status);
  });
});
