// `pvm run`'s command line, now split by run.ts without yargs: the program's
// arguments reach sys.argv untouched (no number parsing, options after the
// FILE or -c CODE belong to the program), deep recursion still fits the
// Worker's stack, and pvm's own usage errors keep their messages and status 2.
// Expected outputs: run.expected.json from gen_expected.py (CPython 3.11).
// Needs the compiled CLI (npm run build).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const PVM = fileURLToPath(new URL('../../bin/pvm.js', import.meta.url));
const ENV = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', PYTHONHASHSEED: '0', PYTHONUTF8: '1', LC_ALL: 'C.UTF-8' };

interface Case {
  args: string[];
  stdout: string;
  stderr: string;
  status: number;
}

function pvm(args: string[]) {
  const result = spawnSync(process.execPath, [PVM, ...args], { cwd: HERE, env: ENV, encoding: 'utf8', timeout: 60_000 });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe('pvm run: as python3 does', () => {
  const cases = JSON.parse(readFileSync(new URL('./run.expected.json', import.meta.url), 'utf8')) as Case[];
  it.each(cases.map((c) => [c.args.join(' ').replace(/\n/g, ' ').slice(0, 60), c]))('%s', (_name, c) => {
    expect(pvm(['run', ...c.args])).toEqual({ stdout: c.stdout, stderr: c.stderr, status: c.status });
  });
});

describe("pvm run: pvm's own usage errors", () => {
  const usage = 'usage: pvm run [--backend NAME] [--stats] (FILE | -c CODE) [ARGS...]\n';
  it.each([
    [['run'], 'pvm run: give a FILE to run or -c CODE\n'],
    [['run', '--stats'], 'pvm run: give a FILE to run or -c CODE\n'],
    [['run', '--help'], `pvm run: unknown option --help\n${usage}`],
    [['run', '-c'], `pvm run: Argument expected for the -c option\n${usage}`],
    [['run', '--backend'], `pvm run: --backend needs a backend name\n${usage}`],
    [['run', '--backend=nope', 'missing.py'], "pvm run: unknown backend 'nope' (registered: vm)\n"],
    [['run', 'missing.py'], `pvm: can't open file '${HERE}missing.py': [Errno 2] No such file or directory\n`],
    [['run', '.'], `pvm: can't open file '${HERE.replace(/\/$/, '')}': [Errno 21] Is a directory\n`],
  ])('%j', (args, stderr) => {
    expect(pvm(args)).toEqual({ stdout: '', stderr, status: 2 });
  });

  it('prints --stats counters after the output', () => {
    const result = pvm(['run', '--stats', '-c', 'print(1)']);
    expect(result.stdout).toBe('1\n');
    expect(result.stderr).toMatch(/^--- vm stats ---\n/);
    expect(result.status).toBe(0);
  });
});
