// The `builtins` module: every built-in function with CPython's argument
// handling and messages, plus the built-in types, exceptions and constants,
// gathered into one namespace that becomes state.builtins for a run.
// Invariant: functions that need the running frame (globals, locals, vars,
// dir, exec, eval) reach it through the Executor and `frameAccess`, which the backend installs.
import {
  PyObject, None, NotImplemented, Ellipsis, TypeFlags, builtinTypes, raiseError, typeOf, typeName,
  type PyValue, type StrDict,
} from './object.js';
import { PyFloat, floatDivmod } from './float.js';
import { builtinFunction, builtinFunctionRaw, PyBuiltinFunction, type NativeFn, type NativeSignature, type RawFn } from './function.js';
import * as rt from './abstract.js';
import { state } from './interpreter.js';
import { intAbs, intDivmod, intToBase, type Int } from './int.js';
import { strChr, strOrd, hasSurrogates } from './str.js';
import { PyDict, newDict } from './dict.js';
import { PyList, newList, iterableToArray, listSort } from './list.js';
import { newTuple } from './tuple.js';
import { CallableIterator } from './iterators.js';
import { PyIterator, stopIteration } from './nativeType.js';
import { PyGenerator, generatorType } from './generator.js';
import { loadedModule, importName, compileModuleSource, issueCompileWarnings, syntaxErrorObject, PyModule, adoptModuleFunctions } from './importer.js';
import type { CodeObject } from '../../frontend/bytecode/code.js';
import { parseExpression, parseInteractive, PySyntaxError, WarningSink } from '../../frontend/index.js';
import type { Module } from '../../frontend/parser/ast.js';
import { compileAst } from '../../frontend/compiler/compiler.js';
import { defineBuiltinType, method, methodRaw } from './type.js';
import { PyCodeView, codeObjectFor, visibleNamespace } from './classes.js';
import { PyTextStream } from './modules/sys.js';
import { openFile } from './fileio.js';
import { BUILTIN_DOCS } from './builtinDocs.js';
import './genericAlias.js';
import './numstr.js';

/** What builtins need from the running backend: the calling frame's namespaces. */
export interface FrameAccess {
  /** The globals of the innermost Python frame. */
  globals(): StrDict;
  /** `locals()` of the innermost Python frame (its namespace dict, or a fresh snapshot for functions). */
  locals(): PyValue;
  /** The innermost running Python frame, for sys._getframe (null outside any frame). */
  frame?(): FrameInfo | null;
}

/** A running Python frame as the runtime may see it (sys._getframe's frame objects). */
export interface FrameInfo {
  /** The backend's own frame: the same key means the same Python frame object. */
  readonly key: object;
  readonly code: CodeObject;
  readonly globals: StrDict;
  locals(): PyValue;
  /** The line being executed (for a caller, the line of its pending call). */
  lineno(): number;
  /** Index of the instruction being executed (CPython's f_lasti / 2), when the backend knows it. */
  lasti?(): number;
  back(): FrameInfo | null;
}

/** Until a backend installs its own, the Executor's currentGlobals serves (module level: locals are globals). */
export const frameAccess: FrameAccess = {
  globals: () => executorGlobals(),
  locals: () => executorGlobals(),
};

export function installFrameAccess(access: FrameAccess): void {
  frameAccess.globals = access.globals;
  frameAccess.locals = () => visibleNamespace(access.locals());
  frameAccess.frame = access.frame;
}

function executorGlobals(): StrDict {
  const g = state.executor.currentGlobals?.();
  if (g === undefined) raiseError('SystemError', 'no current frame');
  return g;
}

/** Names other runtime modules add to builtins (`__build_class__`, property, super, ...). */
const extraBuiltins = new Map<string, PyValue>();

export function registerBuiltin(name: string, value: PyValue): void {
  extraBuiltins.set(name, value);
  state.builtins?.setStr(name, value);
}

const functions = new Map<string, PyBuiltinFunction>();

/** The built-in function object of `name` (the same object in every run), for a backend's call-site fast paths. */
export function builtinFunctionOf(name: string): PyBuiltinFunction | undefined {
  return functions.get(name);
}

function fn(name: string, impl: NativeFn, sig?: NativeSignature): void {
  functions.set(name, builtinFunction(name, impl, sig, BUILTIN_DOCS[name] ?? null));
}

function raw(name: string, impl: RawFn): void {
  functions.set(name, builtinFunctionRaw(name, impl, BUILTIN_DOCS[name] ?? null));
}

/** Splits vectorcall arguments into positional values and a keyword map, rejecting unknown keywords. */
function splitArgs(name: string, args: PyValue[], kwnames: readonly string[] | null, allowed: readonly string[]): [PyValue[], Map<string, PyValue>] {
  const nkw = kwnames?.length ?? 0;
  const kw = new Map<string, PyValue>();
  for (let i = 0; i < nkw; i++) {
    const k = (kwnames as readonly string[])[i];
    if (!allowed.includes(k)) raiseError('TypeError', `'${k}' is an invalid keyword argument for ${name}()`);
    kw.set(k, args[args.length - nkw + i]);
  }
  return [nkw === 0 ? args : args.slice(0, args.length - nkw), kw];
}

// ---------------------------------------------------------------- output and input

function stdStream(name: 'stdout' | 'stdin'): PyValue {
  const sys = loadedModule('sys');
  const stream = sys instanceof PyModule ? sys.dict.getStr(name) : undefined;
  if (stream === undefined || stream === None) raiseError('RuntimeError', `lost sys.${name}`);
  return stream;
}

raw('print', (args, kwnames) => {
  const [values, kw] = splitArgs('print', args, kwnames, ['sep', 'end', 'file', 'flush']);
  const sepArg = kw.get('sep') ?? None;
  const endArg = kw.get('end') ?? None;
  if (sepArg !== None && typeof sepArg !== 'string') raiseError('TypeError', `sep must be None or a string, not ${typeName(sepArg)}`);
  if (endArg !== None && typeof endArg !== 'string') raiseError('TypeError', `end must be None or a string, not ${typeName(endArg)}`);
  const sep = sepArg === None ? ' ' : (sepArg as string);
  const end = endArg === None ? '\n' : (endArg as string);
  let file = kw.get('file') ?? None;
  if (file === None) {
    file = stdStream('stdout');
    if (file === None) return None;
  }
  if (file instanceof PyTextStream && file.type.flags & TypeFlags.BUILTIN) {
    let text = '';
    const pieces: string[] = [];
    for (let i = 0; i < values.length; i++) {
      if (i > 0) text += sep;
      const v = values[i];
      const piece = typeof v === 'string' ? v : rt.str(v);
      pieces.push(piece);
      text += piece;
    }
    if (hasSurrogates(text)) {
      // Written piece by piece as CPython does, so what precedes a piece the stream cannot encode is out.
      for (let i = 0; i < pieces.length; i++) {
        if (i > 0) file.write(sep);
        file.write(pieces[i]);
      }
      file.write(end);
    } else file.write(text + end);
  } else {
    const write = rt.getAttr(file, 'write');
    for (let i = 0; i < values.length; i++) {
      if (i > 0) rt.call(write, [sep]);
      rt.call(write, [rt.str(values[i])]);
    }
    rt.call(write, [end]);
  }
  const flush = kw.get('flush');
  if (flush !== undefined && rt.isTrue(flush)) rt.callMethod(file, 'flush');
  return None;
});

fn('input', (prompt?: PyValue) => {
  const out = stdStream('stdout');
  if (prompt !== undefined) {
    rt.callMethod(out, 'write', [rt.str(prompt)]);
  }
  rt.callMethod(out, 'flush');
  const line = rt.callMethod(stdStream('stdin'), 'readline');
  if (typeof line !== 'string') raiseError('TypeError', 'object.readline() returned non-string');
  if (line === '') raiseError('EOFError', 'EOF when reading a line');
  return line.endsWith('\n') ? line.slice(0, -1) : line;
}, { min: 0, max: 1 });

// ---------------------------------------------------------------- object protocol

fn('len', (v: PyValue) => rt.len(v));
fn('repr', (v: PyValue) => rt.repr(v));
fn('ascii', (v: PyValue) => asciiOf(rt.repr(v)));
fn('hash', (v: PyValue) => rt.pyHash(v));
fn('id', (v: PyValue) => rt.id(v));
fn('callable', (v: PyValue) => {
  const f = typeOf(v).lookup('__call__');
  return f !== null && f !== None;
});
fn('isinstance', (v: PyValue, cls: PyValue) => rt.isInstance(v, cls));
fn('issubclass', (c: PyValue, cls: PyValue) => rt.isSubclass(c, cls));

function asciiOf(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x80) out += ch;
    else if (cp < 0x100) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else if (cp < 0x10000) out += `\\u${cp.toString(16).padStart(4, '0')}`;
    else out += `\\U${cp.toString(16).padStart(8, '0')}`;
  }
  return out;
}

fn('getattr', (obj: PyValue, name: PyValue, dflt?: PyValue) => {
  if (typeof name !== 'string') raiseError('TypeError', `attribute name must be string, not '${typeName(name)}'`);
  if (dflt === undefined) return rt.getAttr(obj, name);
  try {
    return rt.getAttr(obj, name);
  } catch (e) {
    if (rt.isExceptionOf(e, 'AttributeError')) return dflt;
    throw e;
  }
}, { min: 2, max: 3 });
fn('setattr', (obj: PyValue, name: PyValue, value: PyValue) => {
  if (typeof name !== 'string') raiseError('TypeError', `attribute name must be string, not '${typeName(name)}'`);
  rt.setAttr(obj, name, value);
  return None;
});
fn('delattr', (obj: PyValue, name: PyValue) => {
  if (typeof name !== 'string') raiseError('TypeError', `attribute name must be string, not '${typeName(name)}'`);
  rt.delAttr(obj, name);
  return None;
});
fn('hasattr', (obj: PyValue, name: PyValue) => {
  if (typeof name !== 'string') raiseError('TypeError', `attribute name must be string, not '${typeName(name)}'`);
  try {
    rt.getAttr(obj, name);
    return true;
  } catch (e) {
    if (rt.isExceptionOf(e, 'AttributeError')) return false;
    throw e;
  }
});

fn('vars', (obj?: PyValue) => {
  if (obj === undefined) return frameAccess.locals();
  try {
    return rt.getAttr(obj, '__dict__');
  } catch (e) {
    if (rt.isExceptionOf(e, 'AttributeError')) raiseError('TypeError', 'vars() argument must have __dict__ attribute');
    throw e;
  }
}, { min: 0, max: 1 });
fn('globals', () => frameAccess.globals());
fn('locals', () => frameAccess.locals());
fn('dir', (obj?: PyValue) => {
  let names: PyValue[];
  if (obj === undefined) {
    const ns = frameAccess.locals();
    names = ns instanceof PyDict ? ns.keyList() : iterableToArray(rt.callMethod(ns, 'keys'));
  } else {
    const f = typeOf(obj).lookup('__dir__');
    if (f === null) raiseError('TypeError', 'object does not provide __dir__');
    names = iterableToArray(rt.callUnbound(f, obj, []));
  }
  const list = newList(names);
  listSort(list, None, false);
  return list;
}, { min: 0, max: 1 });

// ---------------------------------------------------------------- iteration

fn('iter', (obj: PyValue, sentinel?: PyValue) => {
  if (sentinel === undefined) return rt.getIter(obj);
  const f = typeOf(obj).lookup('__call__');
  if (f === null || f === None) raiseError('TypeError', 'iter(v, w): v must be callable');
  return new CallableIterator(obj, sentinel);
}, { min: 1, max: 2 });

fn('next', (it: PyValue, dflt?: PyValue) => {
  if (it instanceof PyGenerator && it.type === generatorType) return it.next(dflt);
  if (it instanceof PyIterator && !(it instanceof PyGenerator) && it.type.flags & TypeFlags.BUILTIN) {
    const v = it.nextValue();
    if (v !== undefined) return v;
    return dflt ?? stopIteration();
  }
  const f = typeOf(it).lookup('__next__');
  if (f === null) raiseError('TypeError', `'${typeName(it)}' object is not an iterator`);
  if (dflt === undefined) return rt.callUnbound(f, it, []);
  try {
    return rt.callUnbound(f, it, []);
  } catch (e) {
    if (rt.isExceptionOf(e, 'StopIteration')) return dflt;
    throw e;
  }
}, { min: 1, max: 2 });

fn('aiter', (it: PyValue) => {
  const f = typeOf(it).lookup('__aiter__');
  if (f === null) raiseError('TypeError', `'${typeName(it)}' object is not an async iterable`);
  const r = rt.callUnbound(f, it, []);
  if (typeOf(r).lookup('__anext__') === null) raiseError('TypeError', `aiter() returned not an async iterator of type '${typeName(r)}'`);
  return r;
}, { min: 1, max: 1 });

const anextAwaitableType = defineBuiltinType({ name: 'anext_awaitable', subclassable: false });

/**
 * anext(it, default): awaits it.__anext__() and answers `default` in place of
 * StopAsyncIteration. Its __await__ is itself: each step drives the inner
 * awaitable's iterator and turns the end of the async iterator into
 * StopIteration(default), the awaitable's result.
 */
class PyAnextAwaitable extends PyObject {
  private inner: PyValue | null = null;
  constructor(readonly awaitable: PyValue, readonly dflt: PyValue) {
    super(anextAwaitableType);
  }

  step(how: 'send' | 'throw', args: PyValue[]): PyValue {
    this.inner ??= rt.callMethod(this.awaitable, '__await__', []);
    try {
      return how === 'send' && args[0] === None ? rt.callMethod(this.inner, '__next__', []) : rt.callMethod(this.inner, how, args);
    } catch (e) {
      if (rt.isExceptionOf(e, 'StopAsyncIteration')) throw rt.call(builtinTypes.get('StopIteration')!, [this.dflt]);
      throw e;
    }
  }

  close(): PyValue {
    if (this.inner !== null && typeOf(this.inner).lookup('close') !== null) rt.callMethod(this.inner, 'close', []);
    return None;
  }
}
method(anextAwaitableType, '__await__', (self: PyAnextAwaitable) => self);
method(anextAwaitableType, '__iter__', (self: PyAnextAwaitable) => self);
method(anextAwaitableType, '__next__', (self: PyAnextAwaitable) => self.step('send', [None]));
method(anextAwaitableType, 'send', (self: PyAnextAwaitable, v: PyValue) => self.step('send', [v]));
methodRaw(anextAwaitableType, 'throw', (args) => (args[0] as PyAnextAwaitable).step('throw', args.slice(1)));
method(anextAwaitableType, 'close', (self: PyAnextAwaitable) => self.close());

fn('anext', (it: PyValue, dflt?: PyValue) => {
  const f = typeOf(it).lookup('__anext__');
  if (f === null) raiseError('TypeError', `'${typeName(it)}' object is not an async iterator`);
  const awaitable = rt.callUnbound(f, it, []);
  return dflt === undefined ? awaitable : new PyAnextAwaitable(awaitable, dflt);
}, { min: 1, max: 2 });

fn('any', (iterable: PyValue) => {
  if (iterable instanceof PyList) {
    for (const v of iterable.items) if (rt.isTrue(v)) return true;
    return false;
  }
  const it = rt.getIter(iterable);
  for (let v = rt.iterNext(it); v !== undefined; v = rt.iterNext(it)) if (rt.isTrue(v)) return true;
  return false;
});
fn('all', (iterable: PyValue) => {
  if (iterable instanceof PyList) {
    for (const v of iterable.items) if (!rt.isTrue(v)) return false;
    return true;
  }
  const it = rt.getIter(iterable);
  for (let v = rt.iterNext(it); v !== undefined; v = rt.iterNext(it)) if (!rt.isTrue(v)) return false;
  return true;
});

raw('sorted', (args, kwnames) => {
  const [pos, kw] = splitArgs('sort', args, kwnames, ['key', 'reverse']);
  if (pos.length !== 1) raiseError('TypeError', `sorted expected 1 argument, got ${pos.length}`);
  const list = newList(iterableToArray(pos[0]));
  const reverse = kw.get('reverse');
  listSort(list, kw.get('key') ?? None, reverse === undefined ? false : rt.isTrue(reverse));
  return list;
});

function minMax(name: 'min' | 'max', args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (args.length === 2 && kwnames === null) {
    // Two exact ints or floats compare exactly as doubles: the second wins only when strictly
    // greater (max) or less (min), as CPython's loop decides, so NaN and ties keep the first.
    const a = args[0]!;
    const b = args[1]!;
    const x = a instanceof PyFloat ? a.value : typeof a === 'number' ? a : NaN;
    const y = b instanceof PyFloat ? b.value : typeof b === 'number' ? b : NaN;
    if ((x === x || a instanceof PyFloat) && (y === y || b instanceof PyFloat)) return (name === 'max' ? y > x : y < x) ? b : a;
  }
  const [pos, kw] = splitArgs(name, args, kwnames, ['key', 'default']);
  if (pos.length === 0) raiseError('TypeError', `${name} expected at least 1 argument, got 0`);
  const dflt = kw.get('default');
  if (pos.length > 1 && dflt !== undefined) {
    raiseError('TypeError', `Cannot specify a default for ${name}() with multiple positional arguments`);
  }
  const key = kw.get('key') ?? None;
  const op = name === 'max' ? rt.CompareOpKind.GT : rt.CompareOpKind.LT;
  let best: PyValue | undefined;
  let bestKey: PyValue = None;
  const consider = (v: PyValue): void => {
    const k = key === None ? v : rt.call(key, [v]);
    if (best === undefined) {
      best = v;
      bestKey = k;
    } else if (typeof k === 'number' && typeof bestKey === 'number' ? (op === rt.CompareOpKind.GT ? k > bestKey : k < bestKey) : rt.compareBool(op, k, bestKey)) {
      best = v;
      bestKey = k;
    }
  };
  if (pos.length > 1) for (const v of pos) consider(v);
  else {
    const it = rt.getIter(pos[0]);
    for (let v = rt.iterNext(it); v !== undefined; v = rt.iterNext(it)) consider(v);
  }
  if (best === undefined) {
    if (dflt !== undefined) return dflt;
    raiseError('ValueError', `${name}() arg is an empty sequence`);
  }
  return best;
}
raw('min', (args, kwnames) => minMax('min', args, kwnames));
raw('max', (args, kwnames) => minMax('max', args, kwnames));

raw('sum', (args, kwnames) => {
  const [pos, kw] = splitArgs('sum', args, kwnames, ['start']);
  if (pos.length === 0) raiseError('TypeError', 'sum() takes at least 1 positional argument (0 given)');
  if (pos.length > 2) raiseError('TypeError', `sum() takes at most 2 arguments (${pos.length} given)`);
  if (pos.length === 2 && kw.has('start')) raiseError('TypeError', "argument for sum() given by name ('start') and position (2)");
  let acc: PyValue = pos.length === 2 ? pos[1] : kw.get('start') ?? 0;
  if (typeof acc === 'string') raiseError('TypeError', "sum() can't sum strings [use ''.join(seq) instead]");
  const accType = typeOf(acc).name;
  if (accType === 'bytes' || accType === 'bytearray') raiseError('TypeError', `sum() can't sum ${accType} [use b''.join(seq) instead]`);
  const add = (v: PyValue): void => {
    if (typeof acc === 'number' && typeof v === 'number') {
      const r = acc + v;
      if (r <= Number.MAX_SAFE_INTEGER && r >= -Number.MAX_SAFE_INTEGER) {
        acc = r;
        return;
      }
    } else if (acc instanceof PyFloat && v instanceof PyFloat) {
      acc = new PyFloat(acc.value + v.value);
      return;
    }
    acc = rt.binaryOp(rt.BinaryOpKind.ADD, acc, v);
  };
  const src = pos[0];
  if (src instanceof PyList) for (const v of src.items.slice()) add(v);
  else {
    const it = rt.getIter(src);
    for (let v = rt.iterNext(it); v !== undefined; v = rt.iterNext(it)) add(v);
  }
  return acc;
});

// ---------------------------------------------------------------- numbers

fn('abs', (v: PyValue) => {
  if (typeof v === 'number' || typeof v === 'bigint') return intAbs(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat) return new PyFloat(Math.abs(v.value));
  const f = typeOf(v).lookup('__abs__');
  if (f === null) raiseError('TypeError', `bad operand type for abs(): '${typeName(v)}'`);
  return rt.callUnbound(f, v, []);
});

function asIntOperand(v: PyValue): Int | undefined {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return undefined;
}

fn('divmod', (a: PyValue, b: PyValue) => {
  const ia = asIntOperand(a);
  const ib = asIntOperand(b);
  if (ia !== undefined && ib !== undefined) return newTuple(intDivmod(ia, ib));
  const fa = a instanceof PyFloat ? a.value : ia !== undefined && b instanceof PyFloat ? Number(ia) : undefined;
  const fb = b instanceof PyFloat ? b.value : ib !== undefined && a instanceof PyFloat ? Number(ib) : undefined;
  if (fa !== undefined && fb !== undefined) {
    const [q, r] = floatDivmod(fa, fb);
    return newTuple([new PyFloat(q), new PyFloat(r)]);
  }
  const ta = typeOf(a);
  const tb = typeOf(b);
  const reflectedFirst = tb !== ta && tb.isSubtypeOf(ta);
  const forward = (): PyValue => {
    const f = ta.lookup('__divmod__');
    return f === null ? NotImplemented : rt.callUnbound(f, a, [b]);
  };
  const reflected = (): PyValue => {
    const f = tb === ta ? null : tb.lookup('__rdivmod__');
    return f === null ? NotImplemented : rt.callUnbound(f, b, [a]);
  };
  let r = reflectedFirst ? reflected() : forward();
  if (r === NotImplemented) r = reflectedFirst ? forward() : reflected();
  if (r === NotImplemented) raiseError('TypeError', `unsupported operand type(s) for divmod(): '${ta.name}' and '${tb.name}'`);
  return r;
});

fn('pow', (base: PyValue, exp: PyValue, mod?: PyValue) => {
  if (mod === undefined || mod === None) return rt.binaryOp(rt.BinaryOpKind.POWER, base, exp);
  return rt.ternaryPow(base, exp, mod);
}, { min: 2, max: 3, names: ['base', 'exp', 'mod'] });

fn('round', (v: PyValue, ndigits?: PyValue) => {
  const f = typeOf(v).lookup('__round__');
  if (f === null) raiseError('TypeError', `type ${typeName(v)} doesn't define __round__ method`);
  return ndigits === undefined || ndigits === None ? rt.callUnbound(f, v, []) : rt.callUnbound(f, v, [ndigits]);
}, { min: 1, max: 2, names: ['number', 'ndigits'] });

fn('hex', (v: PyValue) => intToBase(rt.indexValue(v), 16, '0x'));
fn('oct', (v: PyValue) => intToBase(rt.indexValue(v), 8, '0o'));
fn('bin', (v: PyValue) => intToBase(rt.indexValue(v), 2, '0b'));

fn('chr', (v: PyValue) => {
  const i = rt.indexValue(v);
  if (typeof i === 'bigint') raiseError('OverflowError', 'Python int too large to convert to C int');
  return strChr(i);
});
fn('ord', (v: PyValue) => {
  if (typeof v === 'string') return strOrd(v);
  const t = typeName(v);
  if (t === 'bytes' || t === 'bytearray') {
    const n = rt.len(v);
    if (n !== 1) raiseError('TypeError', `ord() expected a character, but string of length ${n} found`);
    return rt.getItem(v, 0);
  }
  return raiseError('TypeError', `ord() expected string of length 1, but ${t} found`);
});

fn('format', (v: PyValue, spec?: PyValue) => {
  if (spec !== undefined && typeof spec !== 'string') raiseError('TypeError', `format() argument 2 must be str, not ${typeName(spec)}`);
  return rt.format(v, spec ?? '');
}, { min: 1, max: 2 });

// ---------------------------------------------------------------- files and imports

raw('open', (args, kwnames) => {
  const names = ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'];
  const [pos, kw] = splitArgs('open', args, kwnames, names);
  if (pos.length > names.length) raiseError('TypeError', `open() takes at most 8 arguments (${pos.length} given)`);
  const get = (i: number): PyValue | undefined => (i < pos.length ? pos[i] : kw.get(names[i]));
  const file = get(0);
  if (file === undefined) raiseError('TypeError', "open() missing required argument 'file' (pos 1)");
  const mode = get(1) ?? 'r';
  if (typeof mode !== 'string') raiseError('TypeError', `open() argument 'mode' must be str, not ${typeName(mode)}`);
  const option = (i: number): PyValue => get(i) ?? None;
  return openFile(file, mode, option(3), option(4), option(5));
});

raw('__import__', (args, kwnames) => {
  const names = ['name', 'globals', 'locals', 'fromlist', 'level'];
  const [pos, kw] = splitArgs('__import__', args, kwnames, names);
  const get = (i: number): PyValue | undefined => (i < pos.length ? pos[i] : kw.get(names[i]));
  const name = get(0);
  if (typeof name !== 'string') raiseError('TypeError', `__import__() argument 1 must be str, not ${name === undefined ? 'None' : typeName(name)}`);
  const globals = get(1);
  const level = get(4) ?? 0;
  if (typeof level !== 'number') raiseError('TypeError', `'${typeName(level)}' object cannot be interpreted as an integer`);
  const ns = globals instanceof PyDict ? globals : newDict();
  return importName(name, ns, get(3) ?? None, level);
});

// ---------------------------------------------------------------- exit and quit (site's Quitter objects)

export const quitterType = defineBuiltinType({ name: 'Quitter', module: '_sitebuiltins', subclassable: false });

/** `exit` / `quit`: calling one raises SystemExit(code); its repr tells how to leave the REPL. */
export class PyQuitter extends PyObject {
  constructor(readonly name: string) {
    super(quitterType);
  }
}

method(quitterType, '__repr__', (self: PyQuitter) => `Use ${self.name}() or Ctrl-D (i.e. EOF) to exit`);
method(quitterType, '__call__', (_self: PyQuitter, code?: PyValue) => {
  throw rt.call(builtinTypes.get('SystemExit') as PyValue, code === undefined ? [] : [code]);
}, { min: 0, max: 1, names: ['code'] });

// ---------------------------------------------------------------- exec, eval, compile

function sourceText(source: PyValue, fnName: string): string {
  if (typeof source === 'string') return source;
  if (source instanceof PyObject && (source.type.name === 'bytes' || source.type.name === 'bytearray')) {
    return rt.str(rt.callMethod(source, 'decode'));
  }
  return raiseError('TypeError', `${fnName}() arg 1 must be a string, bytes or code object`);
}

/** Compiles source for exec() or eval() or compile()'s modes; a syntax error becomes Python's SyntaxError. */
function compileSource(text: string, filename: string, mode: 'exec' | 'eval' | 'single'): CodeObject {
  if (mode === 'exec') return compileModuleSource(text, filename);
  if (mode === 'single') {
    try {
      const statement = parseInteractive(text, filename);
      const module: Module = { _type: 'Module', body: statement.body, type_ignores: [] };
      return compileAst(module, filename, text, 'single');
    } catch (error) {
      if (error instanceof PySyntaxError) throw syntaxErrorObject(error);
      throw error;
    }
  }
  // eval ignores leading blanks.
  const stripped = text.replace(/^[ \t]+/, '');
  const warnings = new WarningSink();
  try {
    return compileAst(parseExpression(stripped, filename, warnings), filename, stripped, 'eval', warnings);
  } catch (error) {
    if (error instanceof PySyntaxError) throw syntaxErrorObject(error);
    throw error;
  } finally {
    issueCompileWarnings(warnings);
  }
}

/** The (globals, locals) pair of exec()/eval(): defaults from the calling frame, CPython's checks. */
function namespaces(fnName: string, globals: PyValue | undefined, locals: PyValue | undefined): [StrDict, StrDict] {
  let g: StrDict;
  let l: PyValue;
  if (globals === undefined || globals === None) {
    g = frameAccess.globals();
    l = locals === undefined || locals === None ? frameAccess.locals() : locals;
  } else {
    if (!(globals instanceof PyDict)) {
      if (fnName === 'exec') raiseError('TypeError', `exec() globals must be a dict, not ${typeName(globals)}`);
      // eval's own wording, which tells a mapping (anything with __getitem__) apart.
      raiseError('TypeError', typeOf(globals).lookup('__getitem__') !== null ? 'globals must be a real dict; try eval(expr, {}, mapping)' : 'globals must be a dict');
    }
    g = globals;
    l = locals === undefined || locals === None ? globals : locals;
  }
  if (!(l instanceof PyDict)) {
    if (typeOf(l).lookup('__getitem__') === null) raiseError('TypeError', fnName === 'exec' ? `locals must be a mapping or None, not ${typeName(l)}` : 'locals must be a mapping');
    raiseError('TypeError', `pvm's ${fnName}() needs a dict for locals, not ${typeName(l)}`);
  }
  if (g.getStr('__builtins__') === undefined && state.builtins !== null) g.setStr('__builtins__', state.builtins);
  return [g, l];
}

function runSource(fnName: 'exec' | 'eval', source: PyValue, globals: PyValue | undefined, locals: PyValue | undefined): PyValue {
  const [g, l] = namespaces(fnName, globals, locals);
  let code: CodeObject;
  if (source instanceof PyCodeView) {
    const free = source.code.freevars.length;
    if (free > 0) {
      // exec() has no closure= argument in pvm, so any free variable is an error.
      raiseError('TypeError', fnName === 'exec'
        ? `code object requires a closure of exactly length ${free}`
        : 'code object passed to eval() may not contain free variables');
    }
    code = source.code;
  } else {
    code = compileSource(sourceText(source, fnName), '<string>', fnName);
  }
  const result = state.executor.execCode(code, g, l, null);
  return fnName === 'exec' ? None : result;
}

fn('exec', (source: PyValue, globals?: PyValue, locals?: PyValue) => runSource('exec', source, globals, locals), { min: 1, max: 3, names: ['source', 'globals', 'locals'], posonly: 1 });
fn('eval', (source: PyValue, globals?: PyValue, locals?: PyValue) => runSource('eval', source, globals, locals), { min: 1, max: 3, names: ['source', 'globals', 'locals'], posonly: 1 });

fn('compile', (source: PyValue, filename: PyValue, mode: PyValue) => {
  if (typeof filename !== 'string') raiseError('TypeError', `compile() argument 'filename' must be str, not ${typeName(filename)}`);
  if (mode !== 'exec' && mode !== 'eval' && mode !== 'single') raiseError('ValueError', "compile() mode must be 'exec', 'eval' or 'single'");
  return codeObjectFor(compileSource(sourceText(source, 'compile'), filename, mode));
}, { min: 3, max: 6, names: ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize'] });

// ---------------------------------------------------------------- the namespace

/** Built-in types exported by name (those registered by their modules at load time). */
const TYPE_NAMES = [
  'object', 'type', 'int', 'float', 'complex', 'bool', 'str', 'bytes', 'bytearray', 'memoryview',
  'list', 'tuple', 'dict', 'set', 'frozenset', 'range', 'slice', 'enumerate', 'zip', 'map', 'filter', 'reversed',
  'property', 'classmethod', 'staticmethod', 'super',
];

/** Fills `ns` with every builtin: functions, types, exception classes, constants. */
export function populateBuiltins(ns: StrDict): void {
  for (const name of TYPE_NAMES) {
    const t = builtinTypes.get(name);
    if (t !== undefined) ns.setStr(name, t);
  }
  for (const [name, t] of builtinTypes) {
    if (t.flags & TypeFlags.EXCEPTION && t.module === 'builtins' && !name.includes('.')) ns.setStr(name, t);
  }
  for (const [name, f] of functions) ns.setStr(name, f);
  ns.setStr('None', None);
  ns.setStr('True', true);
  ns.setStr('False', false);
  ns.setStr('NotImplemented', NotImplemented);
  ns.setStr('Ellipsis', Ellipsis);
  ns.setStr('__debug__', true);
  ns.setStr('exit', new PyQuitter('exit'));
  ns.setStr('quit', new PyQuitter('quit'));
  for (const [name, v] of extraBuiltins) ns.setStr(name, v);
}

/** Creates the `builtins` module of a run and makes its namespace state.builtins. */
export function createBuiltinsModule(): PyModule {
  const module = new PyModule('builtins');
  module.dict.setStr('__doc__', 'Built-in functions, exceptions, and other objects.');
  populateBuiltins(module.dict);
  adoptModuleFunctions(module);
  state.builtins = module.dict;
  return module;
}

