// The compiled-code cache of pvm's own Python modules (backends/runtime/lib):
// one JSON file per module, so an import reads bytecode instead of parsing
// and compiling. An entry is used only when its format version, the SHA-1 of
// the module's source and the fingerprint of the compiler that wrote it (a
// hash of the frontend's own files, taken only if none changed since the
// thread started) all match; anything else, a damaged file included, is a
// miss: the caller compiles and the entry is rewritten.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import type { CodeObject } from '../../frontend/bytecode/code.js';
import { CODE_FORMAT_VERSION, decodeCode, encodeCode } from '../../frontend/bytecode/serialize.js';

interface CacheEntry {
  format: number;
  compiler: string;
  source: string;
  code: unknown;
}

function sha1(text: string | Buffer): string {
  return crypto.createHash('sha1').update(text).digest('hex');
}

export class CodeCache {
  /**
   * `folder` holds the entries; `root` is the folder the cached modules live
   * under (entries are named by the path below it); `compiler` identifies the
   * compiler whose output may be used.
   */
  constructor(readonly folder: string, readonly root: string, readonly compiler: string) {}

  /** The entry file for a module file under root, or null for a file elsewhere. */
  entryFile(file: string): string | null {
    const relative = path.relative(this.root, file);
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
    return path.join(this.folder, `${relative.split(path.sep).join('.')}.json`);
  }

  /** The cached code of `file` compiled from exactly `source`, or undefined. */
  load(file: string, source: string): CodeObject | undefined {
    const entryFile = this.entryFile(file);
    if (entryFile === null) return undefined;
    let entry: CacheEntry;
    try {
      entry = JSON.parse(fs.readFileSync(entryFile, 'utf8')) as CacheEntry;
    } catch {
      return undefined;
    }
    if (typeof entry !== 'object' || entry === null) return undefined;
    if (entry.format !== CODE_FORMAT_VERSION || entry.compiler !== this.compiler || entry.source !== sha1(source)) return undefined;
    try {
      return decodeCode(entry.code, file);
    } catch {
      return undefined;
    }
  }

  /**
   * Writes the entry for `file`. Written to a temporary file then renamed, so
   * concurrent runs never read a half-written entry; a folder that cannot be
   * written (a read-only install) just leaves the cache cold.
   */
  store(file: string, source: string, code: CodeObject): void {
    const entryFile = this.entryFile(file);
    if (entryFile === null) return;
    const entry: CacheEntry = { format: CODE_FORMAT_VERSION, compiler: this.compiler, source: sha1(source), code: encodeCode(code, file) };
    const temporary = `${entryFile}.${process.pid}.${threadId}.tmp`;
    try {
      fs.mkdirSync(this.folder, { recursive: true });
      fs.writeFileSync(temporary, JSON.stringify(entry));
      fs.renameSync(temporary, entryFile);
    } catch {
      try {
        fs.rmSync(temporary, { force: true });
      } catch {
        // The folder is unusable; nothing was left behind in it.
      }
    }
  }
}

/**
 * The compiler's fingerprint: a hash of every file of the frontend as loaded
 * (the .js in dist/), plus the generated tables the lexer reads, so any
 * rebuild that could change compiled code invalidates every entry. Null when
 * one of those files changed after `since` (the thread's start): the
 * compiler this thread loaded may then differ from the files hashed, and its
 * code must not be filed under their fingerprint.
 */
export function compilerFingerprint(frontendFolder: string, extraFiles: string[], since: number): string | null {
  const hash = crypto.createHash('sha1');
  const files: string[] = [];
  const walk = (folder: string): void => {
    for (const item of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(folder, item.name);
      if (item.isDirectory()) walk(full);
      else if (item.name.endsWith('.js')) files.push(full);
    }
  };
  walk(frontendFolder);
  for (const file of [...files, ...extraFiles]) {
    if (fs.statSync(file).mtimeMs >= since) return null;
    hash.update(path.relative(frontendFolder, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

let libCache: CodeCache | null | undefined;

/**
 * The cache for the lib modules in `libFolder`, kept in dist/libcache/. Only
 * the compiled build has one: run from TypeScript sources (vitest) the
 * frontend is not the dist/ one and entries would not belong in the tree.
 */
export function libCodeCache(libFolder: string): CodeCache | null {
  if (libCache !== undefined) return libCache;
  libCache = null;
  const here = fileURLToPath(import.meta.url);
  if (!here.endsWith('.js')) return libCache;
  const dist = path.resolve(path.dirname(here), '../..');
  try {
    const fingerprint = compilerFingerprint(path.join(dist, 'frontend'), [path.join(path.dirname(here), 'unicodeTables.js')], performance.timeOrigin);
    if (fingerprint !== null) libCache = new CodeCache(path.join(dist, 'libcache'), libFolder, fingerprint);
  } catch {
    libCache = null;
  }
  return libCache;
}
