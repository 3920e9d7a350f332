// `npm run check:ast [FILTER] [--positions] [--show=N]`: parses every .py file
// of CPython's standard library with pvm and with python3 and compares the
// `ast.dump` texts (with --positions, include_attributes=True, so every node's
// span is compared too) and which files are rejected. CPython's dumps come
// from ONE python3 process and are cached under node_modules/.cache/pvm-ast
// (git-ignored); delete it to refresh. Prints "N identical, M differ" and the
// first differences; exit status 1 on any.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, PySyntaxError } from '../frontend/index.js';
import { dump } from '../frontend/parser/dump.js';

const CACHE_ROOT = path.join(process.cwd(), 'node_modules', '.cache');

const DUMPER = `
import ast, os, sys
root, cache, attrs = sys.argv[1], sys.argv[2], sys.argv[3] == '1'
for rel in sys.stdin.read().split('\\n'):
    if not rel:
        continue
    out = os.path.join(cache, rel + '.dump')
    if os.path.exists(out):
        continue
    os.makedirs(os.path.dirname(out), exist_ok=True)
    try:
        with open(os.path.join(root, rel), encoding='utf-8') as f:
            src = f.read()
    except (UnicodeDecodeError, OSError):
        text = 'UNREADABLE'
    else:
        try:
            text = 'OK ' + ast.dump(ast.parse(src), include_attributes=attrs)
        except SyntaxError as e:
            text = 'ERROR %s %r %s %s' % (type(e).__name__, e.msg, e.lineno, e.offset)
        except (RecursionError, MemoryError, ValueError) as e:
            text = 'ERROR %s' % type(e).__name__
    with open(out, 'w', encoding='utf-8') as f:
        f.write(text)
`;

export function stdlibRoot(): string {
  return execFileSync('python3', ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])']).toString().trim();
}

/** Every .py file under the stdlib, relative paths, sorted, without site-packages. */
export function stdlibFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = dir === '' ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== 'site-packages' && entry.name !== '__pycache__') walk(rel);
      } else if (entry.isFile() && entry.name.endsWith('.py')) {
        out.push(rel);
      }
    }
  };
  walk('');
  return out.sort();
}

function ensureCpythonDumps(root: string, files: string[], cache: string, positions: boolean): void {
  const missing = files.filter((f) => !fs.existsSync(path.join(cache, f + '.dump')));
  if (missing.length === 0) return;
  process.stderr.write(`dumping ${missing.length} files with python3 (cached in ${cache})...\n`);
  execFileSync('python3', ['-c', DUMPER, root, cache, positions ? '1' : '0'], { input: missing.join('\n'), stdio: ['pipe', 'inherit', 'inherit'], maxBuffer: 1 << 30 });
}

/** pvm's verdict on one file, in the cache's format. */
export function pvmDump(text: string, positions = false): string {
  try {
    return 'OK ' + dump(parse(text, '<unknown>'), { includeAttributes: positions });
  } catch (e) {
    if (e instanceof PySyntaxError) return `ERROR ${e.type} ${JSON.stringify(e.msg)} ${e.lineno} ${e.offset}`;
    if (e instanceof RangeError) return 'ERROR RecursionError';
    throw e;
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const filter = args.find((a) => !a.startsWith('--'));
  const showArg = args.find((a) => a.startsWith('--show='));
  const show = showArg ? parseInt(showArg.slice(7), 10) : 10;
  const positions = args.includes('--positions');
  const cache = path.join(CACHE_ROOT, positions ? 'pvm-ast-positions' : 'pvm-ast');
  const root = stdlibRoot();
  let files = stdlibFiles(root);
  if (filter !== undefined) files = files.filter((f) => f.includes(filter));
  ensureCpythonDumps(root, files, cache, positions);
  let same = 0;
  let differ = 0;
  let skipped = 0;
  const reports: string[] = [];
  for (const rel of files) {
    const want = fs.readFileSync(path.join(cache, rel + '.dump'), 'utf-8');
    if (want === 'UNREADABLE') { skipped++; continue; }
    const text = fs.readFileSync(path.join(root, rel), 'utf-8').replace(/\r\n?/g, '\n');
    let got: string;
    try {
      got = pvmDump(text, positions);
    } catch (e) {
      got = `CRASH ${(e as Error).stack ?? e}`;
    }
    // Both reject: the verdicts agree even if the messages differ (the error suite checks messages).
    if (got === want || (got.startsWith('ERROR') && want.startsWith('ERROR'))) { same++; continue; }
    differ++;
    if (reports.length < show) {
      let k = 0;
      while (k < got.length && got[k] === want[k]) k++;
      reports.push(`${rel}: first difference at character ${k}\n  pvm:     ${got.slice(Math.max(0, k - 80), k + 80)}\n  CPython: ${want.slice(Math.max(0, k - 80), k + 80)}`);
    }
  }
  for (const r of reports) console.log(r);
  console.log(`${same} identical, ${differ} differ${skipped ? `, ${skipped} not UTF-8 (skipped)` : ''}`);
  process.exitCode = differ === 0 ? 0 : 1;
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(path.basename(process.argv[1]))) main();
