// Runs every program of the corpus (tests/programs/**/NAME.py) through every
// registered backend with `pvm run`, as tests/programs/README.md describes:
// from the program's folder, with NAME.stdin and NAME.args, CPython's
// environment. stdout and the exit status must equal CPython's (from
// NAME.expected.json); for a failing program, so must stderr's last line.
// Needs the compiled CLI (npm run build).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { constants } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { backendNames } from '../backends/index.js';
import '../backends/registry.js';

const ROOT = fileURLToPath(new URL('./programs/', import.meta.url));
const PVM = fileURLToPath(new URL('../bin/pvm.js', import.meta.url));
const ENV = {
  PATH: process.env['PATH'] ?? '/usr/bin:/bin',
  PYTHONHASHSEED: '0',
  PYTHONIOENCODING: 'utf-8',
  PYTHONDONTWRITEBYTECODE: '1',
  PYTHONUTF8: '1',
  LC_ALL: 'C.UTF-8',
};

interface Expected {
  stdout: string;
  stderr: string;
  status: number;
}

function findPrograms(folder: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(folder).sort()) {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) found.push(...findPrograms(full));
    else if (name.endsWith('.py') && !name.startsWith('_') && existsSync(full.replace(/\.py$/, '.expected.json'))) found.push(full);
  }
  return found;
}

function readOptional(file: string): string | null {
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

function lastLine(text: string): string {
  const lines = text.trimEnd().split('\n');
  return lines[lines.length - 1] ?? '';
}

const programs = existsSync(ROOT) ? findPrograms(ROOT) : [];

describe.each(backendNames().map((name) => [name]))('programs on %s', (backend) => {
  it.each(programs.map((program) => [path.relative(ROOT, program), program]))('%s', (_name, program) => {
    const folder = path.dirname(program);
    const stem = program.slice(0, -3);
    const expected = JSON.parse(readFileSync(`${stem}.expected.json`, 'utf8')) as Expected;
    const args = (readOptional(`${stem}.args`) ?? '').split(/\s+/).filter((a) => a !== '');
    const result = spawnSync(process.execPath, [PVM, 'run', '--backend', backend, path.basename(program), ...args], {
      cwd: folder,
      input: readOptional(`${stem}.stdin`) ?? '',
      env: ENV,
      encoding: 'utf8',
      timeout: 60_000,
    });
    const stderr = (result.stderr ?? '').split(folder + path.sep).join('');
    expect(result.stdout, stderr).toBe(expected.stdout);
    // A process killed by a signal has the negative signal number as its status, as Python's subprocess reports it.
    const status = result.signal === null ? result.status : -constants.signals[result.signal];
    expect(status, stderr).toBe(expected.status);
    if (expected.status !== 0 && expected.stderr !== '') expect(lastLine(stderr)).toBe(lastLine(expected.stderr));
  });
});
