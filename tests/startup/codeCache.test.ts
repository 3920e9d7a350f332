// The compiled-code cache (backends/runtime/codeCache.ts) and its format
// (frontend/bytecode/serialize.ts): code objects survive the round trip field
// for field; an entry is used only for the exact source, compiler and format
// that wrote it; a damaged entry is a miss and is rewritten; and a real
// `pvm run` importing a lib module whose dist/libcache entry is garbage still
// runs. The last test needs the compiled CLI (npm run build).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compile } from '../../frontend/index.js';
import { decodeCode, encodeCode, CodeFormatError } from '../../frontend/bytecode/serialize.js';
import { CodeCache, compilerFingerprint } from '../../backends/runtime/codeCache.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LIB = path.join(ROOT, 'backends/runtime/lib');

function pythonFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(folder, item.name);
    if (item.isDirectory()) return pythonFiles(full);
    return item.name.endsWith('.py') ? [full] : [];
  });
}

/** Through JSON text, as the cache stores it. */
function roundTrip(code: ReturnType<typeof compile>, file: string) {
  return decodeCode(JSON.parse(JSON.stringify(encodeCode(code, file))), file);
}

describe('serialize: code objects round-trip', () => {
  const files = [...pythonFiles(LIB), ...pythonFiles(path.join(ROOT, 'tests/programs')).slice(0, 60)];
  it.each(files.map((file) => [path.relative(ROOT, file), file]))('%s', (_name, file) => {
    const source = fs.readFileSync(file, 'utf8');
    let code;
    try {
      code = compile(source, file);
    } catch {
      return;
    }
    expect(roundTrip(code, file)).toEqual(code);
  });

  it('keeps every kind of constant exactly', () => {
    const source = [
      "x = (None, ..., True, False, 0, -5, 2**70, -2**70, 1.5, -0.0, 1e308*10, -1e308*10, 3j, -0.0j, 'a\\ud800b', '', b'\\x00\\xff')",
      "y = frozenset({1, 'two', (3, 4.0)})",
      'def f(a, /, b=1, *c, d, **e):\n    def g(): return a\n    return g',
      "nan = float('nan')",
      'try:\n    pass\nexcept ValueError as exc:\n    pass',
    ].join('\n');
    const code = compile(source, '/x/consts.py');
    const back = roundTrip(code, '/x/consts.py');
    expect(back).toEqual(code);
    const consts = JSON.stringify(back.consts, (_k, v) => (typeof v === 'bigint' ? `${v}n` : Object.is(v, -0) ? '-0' : v));
    expect(consts).toBe(JSON.stringify(code.consts, (_k, v) => (typeof v === 'bigint' ? `${v}n` : Object.is(v, -0) ? '-0' : v)));
  });

  it('names every code object by the file given when decoding', () => {
    const code = compile('def f():\n    return lambda: 1\n', '/old/place/m.py');
    const back = decodeCode(JSON.parse(JSON.stringify(encodeCode(code))), '/new/place/m.py');
    const inner = back.consts.find((c) => typeof c === 'object' && c.kind === 'code');
    expect(back.filename).toBe('/new/place/m.py');
    expect(inner && inner.kind === 'code' && inner.code.filename).toBe('/new/place/m.py');
  });

  it('refuses malformed data', () => {
    const good = encodeCode(compile('x = 1\n', '/m.py'));
    const broken: unknown[] = [
      null, 3, 'code', [], {},
      { ...good, ops: [1, 2] },
      { ...good, header: [1, 2] },
      { ...good, positions: '' },
      { ...good, positions: Buffer.from(new Int32Array([1000, 1, 0, 1, 1]).buffer).toString('base64') },
      { ...good, positions: Buffer.from(new Int32Array([0, 1, 0, 1, 1]).buffer).toString('base64') },
      { ...good, names: [1] },
      { ...good, consts: [['?']] },
      { ...good, consts: [['i', '12x']] },
      { ...good, consts: [['f', 'abc']] },
      { ...good, ops: 7 },
      { ...good, args: 'AAA=' },
      { ...good, args: '' },
      { ...good, positions: 'AAAAAA==' },
    ];
    for (const data of broken) expect(() => decodeCode(data, '/m.py')).toThrow(CodeFormatError);
  });
});

describe('codeCache: entries are used only when current', () => {
  let dir: string;
  let root: string;
  let file: string;
  const source = 'def f(x):\n    return x * 2\nprint(f(21))\n';

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pvm-codecache-'));
    root = path.join(dir, 'lib');
    fs.mkdirSync(path.join(root, 'pkg'), { recursive: true });
    file = path.join(root, 'pkg', 'mod.py');
    fs.writeFileSync(file, source);
  });

  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const cacheFolder = () => path.join(dir, 'cache');
  const entryOf = (cache: CodeCache) => cache.entryFile(file)!;

  it('serves what it stored for the same source and compiler', () => {
    const cache = new CodeCache(cacheFolder(), root, 'compiler-1');
    expect(cache.load(file, source)).toBeUndefined();
    const code = compile(source, file);
    cache.store(file, source, code);
    expect(cache.load(file, source)).toEqual(code);
    expect(fs.readdirSync(cacheFolder())).toEqual(['pkg.mod.py.json']);
  });

  it('never serves an entry for a changed source', () => {
    const cache = new CodeCache(cacheFolder(), root, 'compiler-1');
    cache.store(file, source, compile(source, file));
    expect(cache.load(file, source.replace('21', '22'))).toBeUndefined();
    expect(cache.load(file, `${source}\n`)).toBeUndefined();
  });

  it('never serves an entry written by another compiler', () => {
    new CodeCache(cacheFolder(), root, 'compiler-1').store(file, source, compile(source, file));
    expect(new CodeCache(cacheFolder(), root, 'compiler-2').load(file, source)).toBeUndefined();
  });

  it('never serves an entry of another format version', () => {
    const cache = new CodeCache(cacheFolder(), root, 'compiler-1');
    cache.store(file, source, compile(source, file));
    const entry = JSON.parse(fs.readFileSync(entryOf(cache), 'utf8'));
    fs.writeFileSync(entryOf(cache), JSON.stringify({ ...entry, format: entry.format + 1 }));
    expect(cache.load(file, source)).toBeUndefined();
  });

  it('treats a damaged entry as a miss and rewrites it', () => {
    const cache = new CodeCache(cacheFolder(), root, 'compiler-1');
    const code = compile(source, file);
    cache.store(file, source, code);
    const good = fs.readFileSync(entryOf(cache), 'utf8');
    const entry = JSON.parse(good);
    const damaged = [
      '', 'garbage', good.slice(0, good.length >> 1), 'null', '[]', '"text"',
      JSON.stringify({ ...entry, code: null }),
      JSON.stringify({ ...entry, code: { ...entry.code, ops: 'x' } }),
      JSON.stringify({ ...entry, code: { ...entry.code, args: '' } }),
      JSON.stringify({ ...entry, code: { ...entry.code, exceptionTable: [1, 2] } }),
    ];
    for (const text of damaged) {
      fs.writeFileSync(entryOf(cache), text);
      expect(cache.load(file, source)).toBeUndefined();
      cache.store(file, source, code);
      expect(cache.load(file, source)).toEqual(code);
    }
  });

  it('keeps nothing for files outside its root, and shrugs off a folder it cannot write', () => {
    const cache = new CodeCache(cacheFolder(), root, 'compiler-1');
    const outside = path.join(dir, 'elsewhere.py');
    expect(cache.entryFile(outside)).toBeNull();
    cache.store(outside, source, compile(source, outside));
    expect(fs.existsSync(cacheFolder())).toBe(false);
    const blocked = new CodeCache(path.join(file, 'not-a-folder'), root, 'compiler-1');
    expect(() => blocked.store(file, source, compile(source, file))).not.toThrow();
    expect(blocked.load(file, source)).toBeUndefined();
  });
});

describe('codeCache: the compiler fingerprint', () => {
  it('changes with any frontend file, and is refused for files changed since the thread started', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pvm-fingerprint-'));
    try {
      fs.mkdirSync(path.join(dir, 'frontend', 'parser'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'frontend', 'index.js'), 'export {};\n');
      fs.writeFileSync(path.join(dir, 'frontend', 'parser', 'parser.js'), 'export const a = 1;\n');
      fs.writeFileSync(path.join(dir, 'tables.js'), 'export const t = [];\n');
      const old = new Date(Date.now() - 60_000);
      const age = () => {
        for (const file of ['frontend/index.js', 'frontend/parser/parser.js', 'tables.js']) fs.utimesSync(path.join(dir, file), old, old);
      };
      age();
      const fingerprint = () => compilerFingerprint(path.join(dir, 'frontend'), [path.join(dir, 'tables.js')], Date.now() - 1000);
      const first = fingerprint();
      expect(first).toMatch(/^[0-9a-f]{40}$/);
      expect(fingerprint()).toBe(first);
      fs.writeFileSync(path.join(dir, 'frontend', 'parser', 'parser.js'), 'export const a = 2;\n');
      expect(fingerprint()).toBeNull();
      age();
      const second = fingerprint();
      expect(second).not.toBe(first);
      fs.writeFileSync(path.join(dir, 'tables.js'), 'export const t = [1];\n');
      age();
      expect([first, second]).not.toContain(fingerprint());
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('codeCache: pvm run with a damaged dist/libcache entry', () => {
  it('compiles the module instead and repairs the entry', () => {
    const entry = path.join(ROOT, 'dist/libcache/bisect.py.json');
    fs.mkdirSync(path.dirname(entry), { recursive: true });
    fs.writeFileSync(entry, '{"format": 1, "code": [');
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bin/pvm.js'), 'run', '-c', 'import bisect; print(bisect.bisect([1, 2, 4], 3))'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('2\n');
    expect(run.status).toBe(0);
    expect(() => JSON.parse(fs.readFileSync(entry, 'utf8'))).not.toThrow();
  });
});
