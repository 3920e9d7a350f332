// The import system: module objects, sys.modules, `__import__` semantics for
// IMPORT_NAME / IMPORT_FROM / IMPORT_STAR, relative imports, packages and
// circular imports (a module is in sys.modules before its body runs).
// Search order for a top-level name: native modules (registerNativeModule),
// then each folder of sys.path in order (the program's folder, PYTHONPATH,
// and last pvm's own Python-written modules in backends/runtime/lib/).
// Reading the program's own module files is a deliberate, narrow host access.
// The lib modules' compiled code comes from codeCache.ts when it is current.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodeObject } from '../../frontend/bytecode/code.js';
import { compile } from '../../frontend/index.js';
import { PySyntaxError, WarningSink } from '../../frontend/errors.js';
import {
  PyObject, PyBaseException, TypeFlags, None, raiseError, builtinTypes, containers, typeOf,
  type PyValue, type StrDict, type PyType,
} from './object.js';
import { defineBuiltinType, method, methodRaw, staticNew } from './type.js';
import { state } from './interpreter.js';
import { registerSource, sourceLine } from './traceback.js';
import * as rt from './abstract.js';
import { newException } from './bytecodeOps.js';
import { libCodeCache } from './codeCache.js';
import { nativeWarnings } from './extensionHooks.js';
import { PyBuiltinFunction } from './function.js';

export const moduleType = defineBuiltinType({ name: 'module', hasDict: true });

/** A module: its namespace is its `__dict__`, which is also the globals of its code. */
export class PyModule extends PyObject {
  override dict: StrDict;
  constructor(name: string, cls: PyType = moduleType) {
    super(cls);
    this.dict = containers.newDict();
    this.dict.setStr('__name__', name);
    this.dict.setStr('__doc__', None);
    this.dict.setStr('__package__', None);
    this.dict.setStr('__loader__', None);
    this.dict.setStr('__spec__', None);
  }

  get name(): string {
    const n = this.dict.getStr('__name__');
    return typeof n === 'string' ? n : '?';
  }
}

method(moduleType, '__repr__', (self: PyModule) => {
  const file = self.dict.getStr('__file__');
  if (typeof file === 'string') return `<module '${self.name}' from '${file}'>`;
  const builtIn = nativeModules.has(self.name) || self.name === 'sys' || self.name === 'builtins';
  return builtIn ? `<module '${self.name}' (built-in)>` : `<module '${self.name}'>`;
});

// dir(module) lists the module's own names (or asks its __dir__, PEP 562), never the module type's.
method(moduleType, '__dir__', (self: PyModule) => {
  const hook = self.dict.getStr('__dir__');
  return hook !== undefined ? rt.call(hook, []) : containers.newList(self.dict.strKeys());
});

// types.ModuleType(name, doc=None): programs build modules (and module subclasses) by hand.
staticNew(moduleType, (cls) => new PyModule('?', cls));
methodRaw(moduleType, '__init__', (args, kwnames) => {
  const [self, ...rest] = args;
  const names = kwnames ?? [];
  const positional = rest.slice(0, rest.length - names.length);
  const given = new Map<string, PyValue>(names.map((n, i) => [n, rest[positional.length + i]!]));
  for (const n of names) {
    if (n !== 'name' && n !== 'doc') raiseError('TypeError', `module() got an unexpected keyword argument '${n}'`);
  }
  if (positional.length > 2) raiseError('TypeError', `module() takes at most 2 arguments (${rest.length} given)`);
  const name = positional[0] ?? given.get('name');
  if (name === undefined) raiseError('TypeError', "module() missing required argument 'name' (pos 1)");
  if (typeof name !== 'string') raiseError('TypeError', `module() argument 'name' must be str, not ${typeOf(name).name}`);
  const module = self as PyModule;
  module.dict.setStr('__name__', name);
  module.dict.setStr('__doc__', positional[1] ?? given.get('doc') ?? None);
  return None;
});

/** Fills a fresh native module's namespace (sys, time, math, ...). */
export type NativeModuleInit = (module: PyModule) => void;

const nativeModules = new Map<string, NativeModuleInit>();

export function registerNativeModule(name: string, init: NativeModuleInit): void {
  if (nativeModules.has(name)) throw new Error(`internal: native module ${name} registered twice`);
  nativeModules.set(name, init);
}

export function nativeModuleNames(): string[] {
  return [...nativeModules.keys()].sort();
}

/** The folder of pvm's modules written in Python, found from the source tree or from dist/. */
export const LIB_FOLDER: string = (() => {
  for (const relative of ['./lib/', '../../../backends/runtime/lib/']) {
    const folder = fileURLToPath(new URL(relative, import.meta.url));
    if (fs.existsSync(folder)) return folder.replace(/\/$/, '');
  }
  return fileURLToPath(new URL('./lib/', import.meta.url)).replace(/\/$/, '');
})();

/** Compiled code of files, cached for the process: lib modules are compiled once per Worker. */
const compiledFiles = new Map<string, CodeObject>();

/** Per-run import state. */
interface ImportState {
  modules: StrDict;
  /** sys.path as Python sees it (a list); read at each search so programs may change it. */
  path: PyValue;
  builtinsModule: PyModule | null;
  /** Modules whose body is running: `from m import x` on them gets the circular-import message. */
  initializing: Set<string>;
}

const imports: ImportState = {
  modules: null as unknown as StrDict,
  path: None,
  builtinsModule: null,
  initializing: new Set(),
};

/** Starts a run's import system: a fresh sys.modules and the search path. */
export function initImports(modules: StrDict, sysPath: PyValue, builtinsModule: PyModule): void {
  imports.modules = modules;
  imports.path = sysPath;
  imports.builtinsModule = builtinsModule;
  imports.initializing.clear();
  modules.setStr('builtins', builtinsModule);
}

/** A module by its full name if it is loaded, else undefined. */
export function loadedModule(name: string): PyValue | undefined {
  return imports.modules.getStr(name);
}

/** A new module with `__builtins__` set, for __main__ and every loaded module. */
export function newModule(name: string): PyModule {
  const module = new PyModule(name);
  // CPython's add_main_module gives __main__ an empty __annotations__ (for annotations typed at the REPL).
  if (name === '__main__') module.dict.setStr('__annotations__', containers.newDict());
  if (imports.builtinsModule !== null) module.dict.setStr('__builtins__', imports.builtinsModule);
  return module;
}

/** An ImportError (or subclass) with its `name` / `path` attributes set. */
function importError(typeName: string, message: string, attributes: Record<string, PyValue>): PyBaseException {
  const e = newException(typeName, message);
  for (const [key, value] of Object.entries(attributes)) rt.setAttr(e, key, value);
  return e;
}

function moduleNotFound(message: string, name: string): never {
  throw importError('ModuleNotFoundError', message, { name });
}

/** The absolute name a relative import refers to (importlib's _resolve_name). */
function resolveName(name: string, globals: StrDict, level: number): string {
  let pkg = globals.getStr('__package__');
  if (pkg === undefined || pkg === None) {
    const modname = globals.getStr('__name__');
    if (typeof modname !== 'string') raiseError('KeyError', "'__name__' not in globals");
    pkg = globals.getStr('__path__') !== undefined ? modname : modname.slice(0, Math.max(modname.lastIndexOf('.'), 0));
  } else if (typeof pkg !== 'string') {
    raiseError('TypeError', 'package must be a string');
  }
  if (pkg === '') raiseError('ImportError', 'attempted relative import with no known parent package');
  const bits = pkg.split('.');
  if (bits.length < level) raiseError('ImportError', 'attempted relative import beyond top-level package');
  const base = bits.slice(0, bits.length - (level - 1)).join('.');
  return name === '' ? base : `${base}.${name}`;
}

/** IMPORT_NAME: `__import__(name, globals, None, fromlist, level)`. */
export function importName(name: string, globals: StrDict, fromlist: PyValue, level: number): PyValue {
  if (level < 0) raiseError('ValueError', 'level must be >= 0');
  const absName = level > 0 ? resolveName(name, globals, level) : name;
  if (absName === '') raiseError('ValueError', 'Empty module name');
  const module = importModule(absName);
  const names = fromlist === None ? [] : rt.toArray(fromlist);
  if (names.length === 0) {
    if (level === 0) return importModule(absName.split('.')[0]!);
    if (name === '') return module;
    const cut = name.length - name.split('.')[0]!.length;
    return importModule(absName.slice(0, absName.length - cut));
  }
  if (module instanceof PyModule && module.dict.getStr('__path__') !== undefined) {
    for (const item of names) {
      if (item === '*') {
        const all = module.dict.getStr('__all__');
        if (all !== undefined) for (const sub of rt.toArray(all)) importSubmoduleIfMissing(module, absName, sub);
      } else {
        importSubmoduleIfMissing(module, absName, item);
      }
    }
  }
  return module;
}

function importSubmoduleIfMissing(module: PyModule, absName: string, item: PyValue): void {
  if (typeof item !== 'string' || module.dict.getStr(item) !== undefined) return;
  const full = `${absName}.${item}`;
  try {
    importModule(full);
  } catch (error) {
    // `from pkg import name` where name is neither attribute nor submodule: IMPORT_FROM reports it.
    if (error instanceof PyBaseException && rt.isExceptionOf(error, 'ModuleNotFoundError') && rt.getAttrOrUndefined(error, 'name') === full) return;
    throw error;
  }
}

/** Imports `absName` and every package above it; returns sys.modules[absName]. */
export function importModule(absName: string): PyValue {
  const cached = imports.modules.getStr(absName);
  if (cached !== undefined) {
    if (cached === None) moduleNotFound(`import of ${absName} halted; None in sys.modules`, absName);
    return cached;
  }
  const dot = absName.lastIndexOf('.');
  let searchPath: string[];
  let parent: PyValue | null = null;
  if (dot >= 0) {
    const parentName = absName.slice(0, dot);
    parent = importModule(parentName);
    const again = imports.modules.getStr(absName);
    if (again !== undefined) return again;
    const parentPath = parent instanceof PyObject && parent.dict !== null ? parent.dict.getStr('__path__') : undefined;
    if (parentPath === undefined) moduleNotFound(`No module named '${absName}'; '${parentName}' is not a package`, absName);
    searchPath = rt.toArray(parentPath).filter((p): p is string => typeof p === 'string');
  } else {
    const init = nativeModules.get(absName);
    if (init !== undefined) return loadNative(absName, init);
    searchPath = rt.toArray(imports.path).filter((p): p is string => typeof p === 'string');
  }
  const shortName = absName.slice(dot + 1);
  const found = findInFolders(shortName, searchPath);
  if (found === null) moduleNotFound(`No module named '${absName}'`, absName);
  const module = loadSource(absName, found.file, found.isPackage);
  if (parent !== null) rt.setAttr(parent, shortName, module);
  return module;
}

function findInFolders(name: string, folders: string[]): { file: string; isPackage: boolean } | null {
  for (const folder of folders) {
    const base = path.resolve(folder === '' ? '.' : folder, name);
    const init = path.join(base, '__init__.py');
    if (isFile(init)) return { file: init, isPackage: true };
    if (isFile(`${base}.py`)) return { file: `${base}.py`, isPackage: false };
  }
  return null;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function loadNative(name: string, init: NativeModuleInit): PyModule {
  const module = new PyModule(name);
  imports.modules.setStr(name, module);
  init(module);
  adoptModuleFunctions(module);
  return module;
}

/** Makes a native module the owner (__self__, __module__) of the built-in functions it defines. */
export function adoptModuleFunctions(module: PyModule): void {
  for (const key of module.dict.strKeys()) {
    const v = module.dict.getStr(key);
    if (v instanceof PyBuiltinFunction && v.self === undefined && v.module === null) v.module = module;
  }
}

/**
 * Compiles a module's source, turning a compile error into the Python SyntaxError import raises.
 * Its warnings are issued first, through the warnings module (its filters decide what shows).
 */
export function compileModuleSource(source: string, filename: string): CodeObject {
  const warnings = new WarningSink();
  try {
    return compile(source, filename, warnings);
  } catch (error) {
    if (error instanceof PySyntaxError) throw syntaxErrorObject(error);
    throw error;
  } finally {
    issueCompileWarnings(warnings);
  }
}

/** warnings.warn(message, category) from native code: the Python code that called it is the warning's place. */
export function warnFromNative(category: string, message: string): void {
  rt.call(rt.getAttr(importModule('warnings'), 'warn'), [message, builtinTypes.get(category)!]);
}
nativeWarnings.warn = warnFromNative;

/**
 * warnings.warn_explicit(message, category, filename, lineno) for each warning, as CPython's
 * compiler issues them; a warning the filters turn into an error becomes a SyntaxError, as there.
 */
export function issueCompileWarnings(sink: WarningSink): void {
  if (sink.warnings.length === 0) return;
  const warnExplicit = rt.getAttr(importModule('warnings'), 'warn_explicit');
  for (const w of sink.warnings) {
    const category = builtinTypes.get(w.category)!;
    try {
      rt.call(warnExplicit, [w.message, category, w.filename, w.lineno]);
    } catch (error) {
      if (!(error instanceof PyBaseException) || !rt.isInstance(error, category)) throw error;
      throw syntaxErrorObject(new PySyntaxError('SyntaxError', w.message, w.filename, w.lineno, null, null, null, null));
    }
  }
}

/** The Python SyntaxError for a compile error: SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)). */
export function syntaxErrorObject(error: PySyntaxError): PyBaseException {
  // The parser's MemoryError and the depth check's RecursionError carry only their message, as CPython's.
  if (error.type === 'MemoryError' || error.type === 'RecursionError') {
    return rt.call(builtinTypes.get(error.type)!, error.msg === '' ? [] : [error.msg]) as PyBaseException;
  }
  const opt = (v: number | string | null): PyValue => (v === null ? None : v);
  // A compiler error's line is read back from its file (PyErr_ProgramTextObject): none for a string's made-up name.
  const fileLine = error.lineno === null ? undefined : sourceLine(error.filename, error.lineno);
  const text = !error.fromCompiler ? error.text : fileLine === undefined ? null : `${fileLine}\n`;
  const details = containers.newTuple([
    error.filename, opt(error.lineno), opt(error.offset), opt(text), opt(error.endLineno), opt(error.endOffset),
  ]);
  const e = rt.call(builtinTypes.get(error.type)!, [error.msg, details]);
  return e as PyBaseException;
}

/** Compiles a module file; a lib module's code comes from the code cache when it is current, and goes into it when not. */
function compileLibOrSource(source: string, file: string): CodeObject {
  const cache = file.startsWith(LIB_FOLDER + path.sep) ? libCodeCache(LIB_FOLDER) : null;
  const cached = cache?.load(file, source);
  if (cached !== undefined) return cached;
  const code = compileModuleSource(source, file);
  cache?.store(file, source, code);
  return code;
}

function loadSource(absName: string, file: string, isPackage: boolean): PyValue {
  let code = compiledFiles.get(file);
  const source = fs.readFileSync(file, 'utf8');
  registerSource(file, source);
  if (code === undefined) {
    code = compileLibOrSource(source, file);
    compiledFiles.set(file, code);
  }
  const module = newModule(absName);
  const ns = module.dict;
  ns.setStr('__file__', file);
  ns.setStr('__cached__', None);
  if (isPackage) {
    ns.setStr('__path__', containers.newList([path.dirname(file)]));
    ns.setStr('__package__', absName);
  } else {
    ns.setStr('__package__', absName.slice(0, Math.max(absName.lastIndexOf('.'), 0)));
  }
  imports.modules.setStr(absName, module);
  imports.initializing.add(absName);
  try {
    state.executor.execCode(code, ns, ns, null);
  } catch (error) {
    imports.modules.delStr(absName);
    throw error;
  } finally {
    imports.initializing.delete(absName);
  }
  return imports.modules.getStr(absName) ?? module;
}

/**
 * importlib.reload: a module loaded from source has its file read, compiled
 * again and run in the module's own namespace, so names the new code does
 * not set keep their old values, as in CPython.
 */
export function reloadSource(module: PyModule): void {
  const ns = module.dict;
  const file = ns.getStr('__file__');
  const name = ns.getStr('__name__');
  // A native module has nothing to run again; CPython's reload of a built-in also keeps it as it is.
  if (typeof file !== 'string' || typeof name !== 'string') return;
  const source = fs.readFileSync(file, 'utf8');
  registerSource(file, source);
  const code = compileLibOrSource(source, file);
  compiledFiles.set(file, code);
  imports.initializing.add(name);
  try {
    state.executor.execCode(code, ns, ns, null);
  } finally {
    imports.initializing.delete(name);
  }
}

/** IMPORT_FROM: `module.name`, else the submodule `module.name` from sys.modules, else ImportError. */
export function importFrom(module: PyValue, name: string): PyValue {
  try {
    return rt.getAttr(module, name);
  } catch (error) {
    if (!rt.isExceptionOf(error, 'AttributeError')) throw error;
  }
  const ns = module instanceof PyObject ? module.dict : null;
  const modname = ns?.getStr('__name__');
  if (typeof modname === 'string') {
    const sub = imports.modules.getStr(`${modname}.${name}`);
    if (sub !== undefined) return sub;
  }
  const shown = typeof modname === 'string' ? modname : '<unknown module name>';
  const file = ns?.getStr('__file__');
  const where = typeof file === 'string' ? file : 'unknown location';
  const message = typeof modname === 'string' && imports.initializing.has(modname)
    ? `cannot import name '${name}' from partially initialized module '${shown}' (most likely due to a circular import) (${where})`
    : `cannot import name '${name}' from '${shown}' (${where})`;
  throw importError('ImportError', message, { name: shown, path: typeof file === 'string' ? file : None });
}

/** IMPORT_STAR: copies `__all__` (or every name not starting with `_`) into the namespace. */
export function importStar(module: PyValue, namespace: StrDict): void {
  const ns = module instanceof PyObject ? module.dict : null;
  const all = ns?.getStr('__all__') ?? (module instanceof PyObject ? undefined : rt.getAttr(module, '__all__'));
  if (all !== undefined) {
    for (const name of rt.toArray(all)) {
      if (typeof name !== 'string') {
        raiseError('TypeError', `Item in ${describeModule(module)}.__all__ must be str, not ${typeOf(name).name}`);
      }
      namespace.setStr(name, rt.getAttr(module, name));
    }
    return;
  }
  if (ns === null) raiseError('ImportError', 'from-import-* object has no __dict__ and no __all__');
  for (const name of ns.strKeys()) {
    if (!name.startsWith('_')) namespace.setStr(name, ns.getStr(name)!);
  }
}

function describeModule(module: PyValue): string {
  const name = module instanceof PyObject ? module.dict?.getStr('__name__') : undefined;
  return typeof name === 'string' ? name : 'module';
}
