// `pvm run`'s Worker can load its whole module graph from one file,
// dist/bundle/worker.js (tsc's System.register output of runWorker.ts and
// everything it imports), compiled with a V8 code cache: one script instead of
// ~90 ES modules to resolve, read, parse and link on every run.
// Invariant: the bundle is used only when dist/bundle/worker.meta.json
// (written by sealBundle after the bundle was built) lists a digest equal to
// the digest of the dist/ .js files of the same modules now, and the bundle
// file is the one sealed, so a `tsc` run that changed any of them sends the
// Worker back to plain ES modules.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as vm from 'node:vm';
import { threadId } from 'node:worker_threads';

/** dist/: this file is dist/cli/workerBundle.js. */
const DIST = fileURLToPath(new URL('../', import.meta.url));

const META_FORMAT = 1;

interface BundleMeta {
  format: number;
  /** Every module the bundle registers, by its path under dist/ without `.js`. */
  modules: string[];
  /** distDigest(modules) when the bundle was built. */
  digest: string;
  /** The sealed bundle file's size and mtime: a bundle rebuilt but not sealed is not used. */
  bundleStamp: string;
}

export interface BundleFiles {
  dist: string;
  bundle: string;
  meta: string;
  codeCache: string;
}

export function bundleFiles(dist: string = DIST): BundleFiles {
  const folder = path.join(dist, 'bundle');
  return { dist, bundle: path.join(folder, 'worker.js'), meta: path.join(folder, 'worker.meta.json'), codeCache: path.join(folder, 'worker.v8cache') };
}

function fileStamp(file: string): string {
  const stat = fs.statSync(file);
  return `${stat.size}:${stat.mtimeMs}`;
}

/** A hash of the ES-module build of `modules`: what the bundle must be equivalent to. */
export function distDigest(dist: string, modules: string[]): string {
  const hash = crypto.createHash('sha1');
  for (const name of modules) hash.update(name).update('\0').update(fs.readFileSync(path.join(dist, `${name}.js`))).update('\0');
  return hash.digest('hex');
}

type Setter = ((namespace: Record<string, unknown>) => void) | undefined;
type Declare = (
  exportValue: (name: string | Record<string, unknown>, value?: unknown) => unknown,
  context: { id: string; meta: { url: string }; import: (name: string) => never },
) => { setters: Setter[]; execute: () => void };

interface Registration {
  deps: string[];
  declare: Declare;
}

const REGISTER = /^System\.register\("([^"]+)", \[([^\]]*)\]/gm;

/** The modules a bundle registers and the names each imports, read from its text. */
function registrations(source: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const match of source.matchAll(REGISTER)) {
    found.set(match[1]!, [...match[2]!.matchAll(/"([^"]+)"/g)].map((m) => m[1]!));
  }
  return found;
}

/**
 * Writes the meta file for a freshly built bundle and drops any old code
 * cache. Returns why the bundle cannot be used (and writes no meta) when a
 * module imports something that is neither bundled nor a node: built-in.
 */
export function sealBundle(files: BundleFiles = bundleFiles()): string | null {
  fs.rmSync(files.meta, { force: true });
  fs.rmSync(files.codeCache, { force: true });
  const found = registrations(fs.readFileSync(files.bundle, 'utf8'));
  for (const [name, deps] of found) {
    const missing = deps.find((dep) => !found.has(dep) && !dep.startsWith('node:'));
    if (missing !== undefined) return `${name} imports ${missing}, which is not in the bundle`;
  }
  const modules = [...found.keys()].sort();
  const meta: BundleMeta = { format: META_FORMAT, modules, digest: distDigest(files.dist, modules), bundleStamp: fileStamp(files.bundle) };
  fs.writeFileSync(files.meta, JSON.stringify(meta));
  return null;
}

/** The bundle's meta when it matches the ES-module build in dist/ now, else null. */
function currentMeta(files: BundleFiles): BundleMeta | null {
  try {
    const meta = JSON.parse(fs.readFileSync(files.meta, 'utf8')) as BundleMeta;
    if (meta.format !== META_FORMAT || !Array.isArray(meta.modules) || meta.bundleStamp !== fileStamp(files.bundle)) return null;
    return distDigest(files.dist, meta.modules) === meta.digest ? meta : null;
  } catch {
    return null;
  }
}

interface LinkedModule {
  /** The namespace importers read; replaced by a fast-properties copy once the module has run. */
  namespace: Record<string, unknown>;
  /** Every namespace object handed out so far: a live export updates them all. */
  handedOut: Record<string, unknown>[];
  importers: [LinkedModule, number][];
  setters: Setter[];
  execute: (() => void) | null;
  deps: LinkedModule[];
  state: 'linked' | 'running' | 'done';
}

/**
 * ES module semantics over System.register: link every module (hoisted
 * function exports are visible at once, importers see live bindings through
 * their setters), then run depth-first, imports before importers, in import
 * order, a module already running (an import cycle) being skipped, as ES
 * module evaluation does.
 */
function linker(registry: Map<string, Registration>, dist: string) {
  const requireBuiltin = createRequire(import.meta.url);
  const linked = new Map<string, LinkedModule>();
  const notify = (m: LinkedModule): void => {
    for (const [importer, index] of m.importers) importer.setters[index]?.(m.namespace);
  };
  const link = (name: string): LinkedModule => {
    const existing = linked.get(name);
    if (existing !== undefined) return existing;
    const namespace: Record<string, unknown> = {};
    const m: LinkedModule = { namespace, handedOut: [namespace], importers: [], setters: [], execute: null, deps: [], state: 'linked' };
    linked.set(name, m);
    const registration = registry.get(name);
    if (registration === undefined) {
      m.namespace = requireBuiltin(name) as Record<string, unknown>;
      m.state = 'done';
      return m;
    }
    const exportValue = (key: string | Record<string, unknown>, value?: unknown): unknown => {
      for (const target of m.handedOut) {
        if (typeof key === 'string') target[key] = value;
        else Object.assign(target, key);
      }
      notify(m);
      return value;
    };
    const context = {
      id: name,
      meta: { url: pathToFileURL(path.join(dist, `${name}.js`)).href },
      import: (): never => {
        throw new Error(`internal: dynamic import in bundled module ${name}`);
      },
    };
    const declared = registration.declare(exportValue, context);
    m.setters = declared.setters;
    m.execute = declared.execute;
    m.deps = registration.deps.map((depName, index) => {
      const dep = link(depName);
      dep.importers.push([m, index]);
      m.setters[index]?.(dep.namespace);
      return dep;
    });
    return m;
  };
  const run = (m: LinkedModule): void => {
    if (m.state !== 'linked') return;
    m.state = 'running';
    for (const dep of m.deps) run(dep);
    m.execute?.();
    m.state = 'done';
    // Exports were added one by one, which leaves V8 a slow dictionary
    // object; a spread copy has fast properties, and the runtime's hot paths
    // read these namespaces on every call.
    m.namespace = { ...m.namespace };
    m.handedOut.push(m.namespace);
    notify(m);
  };
  return { link, run };
}

/**
 * Runs module `entry` (e.g. 'cli/commands/runWorker') from the bundle and
 * returns true, or returns false at once, having run nothing, when there is
 * no current bundle (PVM_BUNDLE=0 also says not to use it).
 */
export function runFromBundle(entry: string, files: BundleFiles = bundleFiles()): boolean {
  if (process.env['PVM_BUNDLE'] === '0') return false;
  const meta = currentMeta(files);
  if (meta === null || !meta.modules.includes(entry)) return false;
  let script: vm.Script;
  let cachedData: Buffer | undefined;
  try {
    const source = fs.readFileSync(files.bundle, 'utf8');
    try {
      cachedData = fs.readFileSync(files.codeCache);
    } catch {
      cachedData = undefined;
    }
    script = new vm.Script(`(function (System) {${source}\n})`, { filename: files.bundle, ...(cachedData ? { cachedData } : {}) });
  } catch {
    return false;
  }
  const registry = new Map<string, Registration>();
  (script.runInThisContext() as (system: object) => void)({
    register: (name: string, deps: string[], declare: Declare) => registry.set(name, { deps, declare }),
  });
  if (meta.modules.some((name) => !registry.has(name))) return false;
  const { link, run } = linker(registry, files.dist);
  run(link(entry));
  if (cachedData === undefined || script.cachedDataRejected === true) writeCodeCache(files.codeCache, script);
  return true;
}

/** V8's compiled code for the bundle, taken after a run so the functions it used are in it. */
function writeCodeCache(file: string, script: vm.Script): void {
  const temporary = `${file}.${process.pid}.${threadId}.tmp`;
  try {
    fs.writeFileSync(temporary, script.createCachedData());
    fs.renameSync(temporary, file);
  } catch {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // A folder that cannot be written leaves the bundle uncached; it still runs.
    }
  }
}
