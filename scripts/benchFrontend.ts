// `node dist/scripts/benchFrontend.js [--rounds=N] [--limit=N]`: frontend
// throughput on CPython's standard library: pvm's parse beside CPython's
// `ast.parse` and `compile()` over the same files (read as UTF-8 text, the
// files CPython's compile() rejects left out), each the best of N rounds, in MB/s of
// UTF-8 source. A benchmark program, not a test: it prints figures only.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from '../frontend/index.js';
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
        t0 = time.perf_counter()
        for t in texts:
            fn(t)
        times.append(time.perf_counter() - t0)
    return min(times)
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

function bestOf(rounds: number, run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return best;
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
  const cpython = JSON.parse(execFileSync('python3', ['-c', CPYTHON_TIMER, root, String(rounds)], { input: candidates.files.join('\n'), maxBuffer: 1 << 26 }).toString()) as { accepted: string[]; ast_parse: number; compile: number };
  const accepted = new Set(cpython.accepted);
  const files = candidates.files.filter((f) => accepted.has(f));
  const texts = candidates.texts.filter((_, i) => accepted.has(candidates.files[i]));
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
  const pvmParse = bestOf(rounds, () => { for (let i = 0; i < texts.length; i++) parse(texts[i], files[i]); });
  const rows: [string, number][] = [
    ['pvm parse', pvmParse],
    ['CPython ast.parse', cpython.ast_parse],
    ['CPython compile()', cpython.compile],
  ];
  console.log(`corpus: ${files.length} stdlib files, ${mb.toFixed(1)} MB (best of ${rounds} rounds)`);
  for (const [name, secs] of rows) {
    console.log(`${name.padEnd(20)} ${secs.toFixed(2).padStart(7)} s ${(mb / secs).toFixed(2).padStart(7)} MB/s`);
  }
  console.log(`pvm parse vs CPython ast.parse: ${(cpython.ast_parse / pvmParse).toFixed(2)}x, vs compile(): ${(cpython.compile / pvmParse).toFixed(2)}x`);
}

main();
