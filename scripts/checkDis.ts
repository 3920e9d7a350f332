// Compiles and verifies every file of CPython's standard library with pvm's
// frontend (parser, symtable, compiler, verifier, disassembler) and reports
// the files that fail, with the first line of each error, plus the throughput
// of parse + symtable + compile in MB/s. A file CPython itself rejects is
// expected to fail with a SyntaxError and is counted apart.
// Run: npx tsc -p tsconfig.json && node dist/scripts/checkDis.js [--limit N]
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compile, PySyntaxError } from '../frontend/index.js';
import { disassemble } from '../frontend/bytecode/dis.js';
import { verify } from '../frontend/bytecode/verify.js';

function stdlibFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (name === 'site-packages') continue;
      const st = statSync(path);
      if (st.isDirectory()) walk(path);
      else if (name.endsWith('.py')) out.push(path);
    }
  };
  walk(root);
  return out;
}

/** Files CPython's compile() rejects, listed by python3 itself. */
function rejectedByCPython(files: string[]): Set<string> {
  const script = 'import sys\nfor p in sys.stdin.read().split("\\n"):\n' +
    '    try: compile(open(p, "rb").read(), p, "exec")\n    except Exception: print(p)\n';
  const out = execFileSync('python3', ['-W', 'ignore', '-c', script], { input: files.join('\n'), encoding: 'utf8', maxBuffer: 1 << 26 });
  return new Set(out.split('\n').filter(Boolean));
}

const limitIndex = process.argv.indexOf('--limit');
const limit = limitIndex > 0 ? Number(process.argv[limitIndex + 1]) : Infinity;
const root = execFileSync('python3', ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' }).trim();
const files = stdlibFiles(root).slice(0, limit);
const rejected = rejectedByCPython(files);
const sources = files.map((f) => readFileSync(f));
let bytes = 0;
let ok = 0;
let expectedFailures = 0;
const failures: string[] = [];
let compileMs = 0;
files.forEach((file, i) => {
  const source = sources[i]!;
  try {
    const t0 = performance.now();
    const code = compile(source, file);
    compileMs += performance.now() - t0;
    bytes += source.length;
    verify(code);
    disassemble(code);
    if (rejected.has(file)) failures.push(`${file}: compiled, but CPython rejects it`);
    else ok++;
  } catch (e) {
    if (rejected.has(file) && e instanceof PySyntaxError) expectedFailures++;
    else failures.push(`${file}: ${String((e as Error).message).split('\n')[0]}`);
  }
});
for (const f of failures) process.stdout.write(`FAIL ${f}\n`);
process.stdout.write(`${ok} of ${files.length - rejected.size} files compile and verify; ${expectedFailures} of ${rejected.size} files CPython rejects are rejected too; ${failures.length} failures\n`);
process.stdout.write(`parse + symtable + compile: ${(bytes / 1e6).toFixed(1)} MB in ${(compileMs / 1000).toFixed(2)} s = ${(bytes / 1e6 / (compileMs / 1000)).toFixed(2)} MB/s\n`);
