// `node dist/scripts/benchFrontend.js [--rounds=N] [--limit=N]`: frontend
// throughput on CPython's standard library: pvm's parse, and its compile
// (parse + symtable + compile + verify), beside CPython's `ast.parse` and
// `compile()` over the same files (read as UTF-8 text, the
// files CPython's compile() rejects left out), each the best of N rounds, in MB/s of
// UTF-8 source. A benchmark program, not a test: it prints figures only.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compile, parse } from '../frontend/index.js';
import { verify } from '../frontend/bytecode/verify.js';
import { stdlibFiles, stdlibRoot } from './checkAst.js';

const CPYTHON_TIMER = `
import ast, json, sys, time, warnings
warnings.simplefilter('ignore')
root, rounds = sys.argv[1], int(sys.argv[2])
texts, accepted = [], []
for rel in sys.stdin.read().split('\\n'):
    if rel:
        with open(root + '/' + rel, encoding='utf-8') as f:
            text = f.read()
        try:
            compile(text, rel, 'exec')
        except SyntaxError:
            continue
        texts.append(text)
        accepted.append(rel)
def best(fn):
    times = []
    for _ in range(rounds):
        t0, c0 = time.perf_counter(), time.process_time()
        for t in texts:
            fn(t)
        times.append([time.perf_counter() - t0, time.process_time() - c0])
    return [min(t[0] for t in times), min(t[1] for t in times)]
print(json.dumps({'accepted': accepted, 'ast_parse': best(ast.parse), 'compile': best(lambda t: compile(t, '<bench>', 'exec'))}))
`;

/** The files both pvm and CPython parse, with their text. */
function corpus(root: string, limit: number): { files: string[]; texts: string[] } {
  const files: string[] = [];
  const texts: string[] = [];
  for (const rel of stdlibFiles(root)) {
    if (files.length >= limit) break;
    const buf = fs.readFileSync(path.join(root, rel));
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf);
    } catch {
      continue;
    }
    try {
      parse(text, rel);
    } catch {
      continue;
    }
    files.push(rel);
    texts.push(text);
  }
  return { files, texts };
}

/** Best wall-clock and best CPU seconds (all threads, GC included) over the rounds. */
function bestOf(rounds: number, run: () => void): [number, number] {
  let wall = Infinity;
  let cpu = Infinity;
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    run();
    const c = process.cpuUsage(c0);
    wall = Math.min(wall, (performance.now() - t0) / 1000);
    cpu = Math.min(cpu, (c.user + c.system) / 1e6);
  }
  return [wall, cpu];
}

function main(): void {
  const arg = (name: string, dflt: number): number => {
    const a = process.argv.find((x) => x.startsWith(`--${name}=`));
    return a ? parseInt(a.slice(name.length + 3), 10) : dflt;
  };
  const rounds = arg('rounds', 3);
  const limit = arg('limit', Infinity);
  const root = stdlibRoot();
  const candidates = corpus(root, limit);
  const cpython = JSON.parse(execFileSync('python3', ['-c', CPYTHON_TIMER, root, String(rounds)], { input: candidates.files.join('\n'), maxBuffer: 1 << 26 }).toString()) as { accepted: string[]; ast_parse: [number, number]; compile: [number, number] };
  const accepted = new Set(cpython.accepted);
  const files = candidates.files.filter((f) => accepted.has(f));
  const texts = candidates.texts.filter((_, i) => accepted.has(candidates.files[i]));
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
  const pvmParse = bestOf(rounds, () => { for (let i = 0; i < texts.length; i++) parse(texts[i], files[i]); });
  const pvmCompile = bestOf(rounds, () => { for (let i = 0; i < texts.length; i++) verify(compile(texts[i], files[i])); });
  const rows: [string, [number, number]][] = [
    ['pvm parse', pvmParse],
    ['pvm compile', pvmCompile],
    ['CPython ast.parse', cpython.ast_parse],
    ['CPython compile()', cpython.compile],
  ];
  // On a shared machine wall time depends on the neighbours; CPU time is the steadier figure.
  console.log(`corpus: ${files.length} stdlib files, ${mb.toFixed(1)} MB (best of ${rounds} rounds)`);
  console.log(`${''.padEnd(20)} ${'wall s'.padStart(8)} ${'MB/s'.padStart(8)} ${'cpu s'.padStart(8)} ${'MB/s'.padStart(8)}`);
  for (const [name, [wall, cpu]] of rows) {
    console.log(`${name.padEnd(20)} ${wall.toFixed(2).padStart(8)} ${(mb / wall).toFixed(2).padStart(8)} ${cpu.toFixed(2).padStart(8)} ${(mb / cpu).toFixed(2).padStart(8)}`);
  }
  const ratio = (i: 0 | 1): string => `${(cpython.ast_parse[i] / pvmParse[i]).toFixed(2)}x ast.parse, ${(cpython.compile[i] / pvmParse[i]).toFixed(2)}x compile()`;
  console.log(`pvm parse speed relative to CPython: wall ${ratio(0)}; cpu ${ratio(1)}`);
  const compileRatio = (i: 0 | 1): string => `${(cpython.compile[i] / pvmCompile[i]).toFixed(2)}x`;
  console.log(`pvm compile speed relative to CPython compile(): wall ${compileRatio(0)}; cpu ${compileRatio(1)}`);
}

main();
