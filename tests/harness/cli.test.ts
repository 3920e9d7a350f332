// The harness commands end to end through the built CLI (dist/, which
// `npm test` builds first): `pvm compare` on a small program with the vm
// backend and CPython, `pvm report` rendering and merging saved results, and
// the in-process timer child reporting warm-up and samples for a backend.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runProcess } from '../../harness/process.js';
import { parseResults, serializeResults } from '../../harness/results.js';
import { fixtureResults } from './fakes.js';

const root = path.resolve(__dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pvm-cli-'));

function pvm(args: string[]) {
  return spawnSync(process.execPath, [path.join(root, 'bin', 'pvm.js'), ...args], { encoding: 'utf8', timeout: 120_000 });
}

describe('harness commands', () => {
  const program = path.join(dir, 'small.py');
  fs.writeFileSync(program, 'import sys\n\ndef main(n):\n    print(sum(i * i for i in range(n)))\n\nif __name__ == "__main__":\n    main(int(sys.argv[1]))\n');

  it('pvm compare: the vm backend agrees with CPython on a small program', () => {
    const run = pvm(['compare', program, '1000', '--targets', 'vm,python3']);
    expect(run.stdout).toMatch(/vm\s*│\s*yes/);
    expect(run.stdout).toMatch(/python3\s*│\s*yes/);
    expect(run.status).toBe(0);
  });

  it('pvm compare: an exit status equal to CPython\'s agrees; a missing file is a usage error', () => {
    const exiting = path.join(dir, 'exits.py');
    fs.writeFileSync(exiting, 'import sys\nprint(len(sys.argv))\nraise SystemExit(int(sys.argv[1]))\n');
    const run = pvm(['compare', exiting, '3', '--targets', 'python3']);
    expect(run.stdout).toMatch(/python3\s*│\s*yes/);
    expect(run.status).toBe(0);
    expect(pvm(['compare', path.join(dir, 'absent.py')]).status).toBe(2);
  });

  it('pvm report renders, compares and merges saved results', () => {
    const a = path.join(dir, 'a.json');
    const b = path.join(dir, 'b.json');
    fs.writeFileSync(a, serializeResults(fixtureResults()));
    fs.writeFileSync(b, serializeResults({ ...fixtureResults(), sources: [{ ...fixtureResults().sources[0]!, date: '2026-02-01T00:00:00.000Z' }] }));
    const md = path.join(dir, 'r.md');
    const html = path.join(dir, 'r.html');
    const render = pvm(['report', a, '--md', md, '--html', html]);
    expect(render.status).toBe(0);
    expect(render.stdout).toContain('geometric mean');
    expect(fs.readFileSync(md, 'utf8')).toContain('# pvm benchmark report');
    expect(fs.readFileSync(html, 'utf8')).toContain('<svg');
    const compare = pvm(['report', a, b]);
    expect(compare.status).toBe(0);
    expect(compare.stdout).toContain('within noise');
    const merged = path.join(dir, 'merged.json');
    expect(pvm(['report', a, b, '--merge', '--json', merged]).status).toBe(0);
    expect(parseResults(fs.readFileSync(merged, 'utf8'), merged).sources).toHaveLength(2);
    fs.writeFileSync(path.join(dir, 'bad.json'), '{"schemaVersion": 99}');
    const bad = pvm(['report', path.join(dir, 'bad.json')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('schemaVersion 99');
  });

  it('the in-process timer keeps every warm-up and sampled iteration of a pvm backend', async () => {
    const child = path.join(root, 'dist', 'harness', 'child.js');
    const request = { backend: 'vm', file: program, args: ['200'], warmup: 2, iterations: 3, budgetSeconds: 60 };
    const options = { timeoutSeconds: 120, memoryCapMb: 0, measurer: null };
    const timed = await runProcess([process.execPath, child, JSON.stringify(request)], options);
    const report = JSON.parse(timed.fd3!) as { warmupMs: number[]; samplesMs: number[]; exitStatus: number };
    expect(report.warmupMs).toHaveLength(2);
    expect(report.samplesMs).toHaveLength(3);
    expect(report.exitStatus).toBe(0);
    const unknown = await runProcess([process.execPath, child, JSON.stringify({ ...request, backend: 'nonesuch' })], options);
    expect(JSON.parse(unknown.fd3!)).toEqual({ error: "unknown backend 'nonesuch'" });
    expect(unknown.exitStatus).toBe(1);
  });
});
