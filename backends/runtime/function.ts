// Callables of the object model: Python functions (code + globals + defaults +
// closure), cells, bound methods, and built-in functions with their fast
// calling convention; plus argument binding with CPython's exact messages.
// Calling convention everywhere ("vectorcall"): `args` holds the positional
// arguments followed by the keyword values; `kwnames` names those trailing
// keyword values, or is null. Built-in method descriptors take self as args[0].
import type { CodeObject } from '../../frontend/bytecode/code.js';
import { CodeFlags } from '../../frontend/bytecode/code.js';
import {
  PyObject, PyType, None, makeBuiltinType, objectType, raiseError, containers, TypeFlags, typeOf,
  type PyValue, type StrDict,
} from './object.js';

export const functionType = makeBuiltinType('function', objectType, TypeFlags.HAS_DICT);
export const builtinFunctionType = makeBuiltinType('builtin_function_or_method', objectType, 0);
export const methodDescriptorType = makeBuiltinType('method_descriptor', objectType, 0);
export const methodType = makeBuiltinType('method', objectType, 0);
export const cellType = makeBuiltinType('cell', objectType, 0);

/** The raw entry of a built-in: vectorcall arguments in, result out. */
export type RawFn = (args: PyValue[], kwnames: readonly string[] | null) => PyValue;

/**
 * A function or method written in TypeScript. With `self` set it is a bound
 * built-in method (`[].append`); a method descriptor (the unbound form found
 * in a type's namespace) takes self as args[0].
 */
export class PyBuiltinFunction extends PyObject {
  /** The positional impl behind a wrapNative entry (self first for methods), or null: callers with few positional arguments call it directly. */
  readonly native: NativeFn | null;
  /** How many arguments `native` accepts, self included. */
  readonly minArgs: number;
  readonly maxArgs: number;

  constructor(
    type: PyType,
    readonly name: string,
    /** `list.append` for methods, `len` for functions: used in error messages. */
    readonly qualname: string,
    readonly raw: RawFn,
    /** The bound object for a bound built-in method; undefined otherwise. */
    readonly self: PyValue | undefined,
    /** The class a method descriptor belongs to (its `__objclass__`). */
    readonly owner: PyType | null,
    /** Mutable only so typeDocs.ts can attach CPython's docstrings once every type is built. */
    public doc: string | null,
  ) {
    super(type);
    const entry = raw as NativeEntry;
    this.native = entry.native ?? null;
    this.minArgs = entry.minArgs ?? 0;
    this.maxArgs = entry.maxArgs ?? 0;
  }

  call(args: PyValue[], kwnames: readonly string[] | null): PyValue {
    if (this.self === undefined) return this.raw(args, kwnames);
    const withSelf = new Array<PyValue>(args.length + 1);
    withSelf[0] = this.self;
    for (let i = 0; i < args.length; i++) withSelf[i + 1] = args[i];
    return this.raw(withSelf, kwnames);
  }

  /** The bound form for `instance.method`. */
  /** The module a module-level built-in belongs to (its __self__ and __module__), set once its module is filled. */
  module: PyObject | null = null;

  bind(self: PyValue): PyBuiltinFunction {
    return new PyBuiltinFunction(builtinFunctionType, this.name, this.qualname, this.raw, self, this.owner, this.doc);
  }
}

/** How a TypeScript function receives its arguments: see `wrapNative`. */
export interface NativeSignature {
  /** Minimum number of positional arguments (excluding self). Default: the impl's arity. */
  min?: number;
  /** Maximum number of positional arguments (excluding self); Infinity for *args. */
  max?: number;
  /**
   * Parameter names (excluding self) in positional order; when given, they
   * may also be passed by keyword. Without it the function takes no keywords.
   */
  names?: readonly string[];
  /** How many leading parameters are positional-only (when `names` is given). */
  posonly?: number;
}

// eslint-style note: `any` here because each native has its own parameter types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type NativeFn = (...args: any[]) => PyValue;

/** What wrapNative attaches to the RawFn it returns: the impl and its arity, so fast callers skip the arity/keyword wrapper. */
interface NativeEntry {
  native?: NativeFn;
  minArgs?: number;
  maxArgs?: number;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Wraps a positional TypeScript function (`(self, a, b) => ...` for methods)
 * into a RawFn that checks arity and maps keywords, passing `undefined` for
 * omitted optional arguments. `hasSelf` adds the receiver as first argument.
 */
export function wrapNative(qualname: string, impl: NativeFn, hasSelf: boolean, sig: NativeSignature = {}): RawFn {
  const selfCount = hasSelf ? 1 : 0;
  const min = sig.min ?? Math.max(0, impl.length - selfCount);
  const max = sig.max ?? Math.max(min, impl.length - selfCount);
  const names = sig.names ?? null;
  const posonly = sig.posonly ?? 0;
  const shortName = qualname.slice(qualname.lastIndexOf('.') + 1);
  // Functions taking keywords word arity errors as Argument Clinic's keyword parser does.
  const clinic = names !== null && posonly < names.length;
  const arityError = (given: number): never => {
    if (clinic) {
      if (given > max) raiseError('TypeError', `${shortName}() takes at most ${plural(max, 'argument')} (${given} given)`);
      raiseError('TypeError', `${shortName}() missing required argument '${names[given]}' (pos ${given + 1})`);
    }
    if (min === 1 && max === 1) raiseError('TypeError', `${qualname}() takes exactly one argument (${given} given)`);
    if (max === 0) raiseError('TypeError', `${qualname}() takes no arguments (${given} given)`);
    if (min === max) raiseError('TypeError', `${shortName} expected ${plural(min, 'argument')}, got ${given}`);
    if (given > max) raiseError('TypeError', `${shortName} expected at most ${plural(max, 'argument')}, got ${given}`);
    raiseError('TypeError', `${shortName} expected at least ${plural(min, 'argument')}, got ${given}`);
  };
  const withKeywords = (args: PyValue[], kwnames: readonly string[]): PyValue => {
    if (names === null) raiseError('TypeError', `${qualname}() takes no keyword arguments`);
    const npos = args.length - kwnames.length;
    if (args.length - selfCount > max) {
      const kw = npos === selfCount ? 'keyword ' : '';
      raiseError('TypeError', `${shortName}() takes at most ${max} ${kw}argument${max === 1 ? '' : 's'} (${args.length - selfCount} given)`);
    }
    const out: (PyValue | undefined)[] = args.slice(0, npos);
    for (let i = 0; i < kwnames.length; i++) {
      const k = kwnames[i];
      const idx = names.indexOf(k);
      if (idx < 0 || idx < posonly) raiseError('TypeError', `'${k}' is an invalid keyword argument for ${shortName}()`);
      if (idx + selfCount < out.length && out[idx + selfCount] !== undefined) {
        raiseError('TypeError', `argument for ${shortName}() given by name ('${k}') and position (${idx + 1})`);
      }
      while (out.length < idx + selfCount) out.push(undefined);
      out[idx + selfCount] = args[npos + i];
    }
    for (let i = selfCount; i < min + selfCount; i++) {
      if (out[i] === undefined) {
        raiseError('TypeError', `${shortName}() missing required argument '${names[i - selfCount]}' (pos ${i - selfCount + 1})`);
      }
    }
    return impl(...out);
  };
  const raw: RawFn & NativeEntry = (args, kwnames) => {
    if (kwnames !== null && kwnames.length !== 0) return withKeywords(args, kwnames);
    const n = args.length - selfCount;
    if (n < min || n > max) arityError(n);
    switch (args.length) {
      case 0: return impl();
      case 1: return impl(args[0]);
      case 2: return impl(args[0], args[1]);
      case 3: return impl(args[0], args[1], args[2]);
      default: return impl(...args);
    }
  };
  raw.native = impl;
  raw.minArgs = min + selfCount;
  raw.maxArgs = max + selfCount;
  return raw;
}

/** A module-level built-in function (`len`, `math.sqrt`). */
export function builtinFunction(name: string, impl: NativeFn, sig?: NativeSignature, doc: string | null = null): PyBuiltinFunction {
  return new PyBuiltinFunction(builtinFunctionType, name, name, wrapNative(name, impl, false, sig), undefined, null, doc);
}

/** A module-level built-in that handles its own arguments (print(*args, sep=...)). */
export function builtinFunctionRaw(name: string, raw: RawFn, doc: string | null = null): PyBuiltinFunction {
  return new PyBuiltinFunction(builtinFunctionType, name, name, raw, undefined, null, doc);
}

/** A variable captured by an inner function; `value` is undefined while empty. */
export class PyCell extends PyObject {
  value: PyValue | undefined;
  constructor(value?: PyValue) {
    super(cellType);
    this.value = value;
  }
}

/** A function defined in Python: the executor runs its code. */
export class PyFunction extends PyObject {
  name: string;
  qualname: string;
  /** Positional defaults (`__defaults__`), or null. */
  defaults: PyValue[] | null;
  /** Keyword-only defaults (`__kwdefaults__`, a dict), or null. */
  kwdefaults: StrDict | null;
  annotations: PyValue = None;
  doc: PyValue;
  module: PyValue;
  /**
   * True when a call with exactly `code.argcount` positional arguments and no
   * keywords can copy the arguments straight into the locals (no *args,
   * **kwargs or keyword-only parameters).
   */
  readonly simpleArgs: boolean;
  readonly isGenerator: boolean;

  constructor(
    public code: CodeObject,
    readonly globals: StrDict,
    readonly closure: PyCell[] | null,
    defaults: PyValue[] | null = null,
    kwdefaults: StrDict | null = null,
  ) {
    super(functionType);
    this.name = code.name;
    this.qualname = code.qualname;
    this.defaults = defaults;
    this.kwdefaults = kwdefaults;
    const first = code.consts[0];
    // As CPython 3.11's compiler, ours puts the docstring (or None) first in a function's constants.
    this.doc = first !== undefined && first.kind === 'str' ? first.value : None;
    this.module = globals.getStr('__name__') ?? None;
    this.simpleArgs = (code.flags & (CodeFlags.VARARGS | CodeFlags.VARKEYWORDS)) === 0 && code.kwonlyargcount === 0;
    this.isGenerator = (code.flags & (CodeFlags.GENERATOR | CodeFlags.COROUTINE | CodeFlags.ASYNC_GENERATOR)) !== 0;
  }
}

/** A function bound to an instance (`obj.method`). */
export class PyMethod extends PyObject {
  constructor(readonly func: PyValue, readonly self: PyValue) {
    super(methodType);
  }
}

function quotedList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

/**
 * Binds a call's arguments to a Python function's parameters, writing them
 * into `locals[0 .. nparams)` in co_varnames order (positional, keyword-only,
 * *args tuple, **kwargs dict). Raises CPython's TypeErrors. The caller
 * allocates `locals` (at least as long as the parameter count) filled with
 * undefined.
 */
export function bindArguments(
  func: PyFunction,
  args: PyValue[],
  kwnames: readonly string[] | null,
  locals: (PyValue | undefined)[],
): void {
  const code = func.code;
  const argcount = code.argcount;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (nkw === 0 && npos === argcount && func.simpleArgs) {
    for (let i = 0; i < npos; i++) locals[i] = args[i];
    return;
  }
  const varnames = code.varnames;
  const kwonly = code.kwonlyargcount;
  const hasVarargs = (code.flags & CodeFlags.VARARGS) !== 0;
  const hasVarkw = (code.flags & CodeFlags.VARKEYWORDS) !== 0;
  const total = argcount + kwonly;
  const fname = func.qualname;

  const ncopy = Math.min(npos, argcount);
  for (let i = 0; i < ncopy; i++) locals[i] = args[i];
  if (hasVarargs) locals[total] = containers.newTuple(npos > argcount ? args.slice(argcount, npos) : []);
  let kwdict: StrDict | null = null;
  if (hasVarkw) {
    kwdict = containers.newDict();
    locals[total + (hasVarargs ? 1 : 0)] = kwdict;
  }

  let posonlyAsKeyword: string[] | null = null;
  for (let i = 0; i < nkw; i++) {
    const name = (kwnames as readonly string[])[i];
    const value = args[npos + i];
    let idx = -1;
    for (let j = code.posonlyargcount; j < total; j++) {
      if (varnames[j] === name) {
        idx = j;
        break;
      }
    }
    if (idx < 0) {
      if (kwdict !== null) {
        kwdict.setStr(name, value);
        continue;
      }
      if (varnames.slice(0, code.posonlyargcount).includes(name)) {
        (posonlyAsKeyword ??= []).push(name);
        continue;
      }
      raiseError('TypeError', `${fname}() got an unexpected keyword argument '${name}'`);
    }
    if (locals[idx] !== undefined) raiseError('TypeError', `${fname}() got multiple values for argument '${name}'`);
    locals[idx] = value;
  }
  if (posonlyAsKeyword !== null) {
    raiseError('TypeError', `${fname}() got some positional-only arguments passed as keyword arguments: '${posonlyAsKeyword.join(', ')}'`);
  }

  if (npos > argcount && !hasVarargs) {
    const defaults = func.defaults === null ? 0 : func.defaults.length;
    const takes = defaults === 0 ? `${argcount}` : `from ${argcount - defaults} to ${argcount}`;
    let kwGiven = 0;
    for (let j = argcount; j < total; j++) if (locals[j] !== undefined) kwGiven++;
    const plain = argcount === 1 && defaults === 0 ? 'positional argument' : 'positional arguments';
    const given = kwGiven === 0
      ? `${npos} ${npos === 1 ? 'was' : 'were'}`
      : `${npos} positional argument${npos === 1 ? '' : 's'} (and ${kwGiven} keyword-only argument${kwGiven === 1 ? '' : 's'}) were`;
    raiseError('TypeError', `${fname}() takes ${takes} ${plain} but ${given} given`);
  }

  if (npos < argcount) {
    const defaults = func.defaults;
    const firstDefault = argcount - (defaults === null ? 0 : defaults.length);
    let missing: string[] | null = null;
    for (let j = npos; j < argcount; j++) {
      if (locals[j] !== undefined) continue;
      if (j >= firstDefault) locals[j] = (defaults as PyValue[])[j - firstDefault];
      else (missing ??= []).push(varnames[j]);
    }
    if (missing !== null) {
      raiseError('TypeError', `${fname}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${quotedList(missing)}`);
    }
  }

  if (kwonly > 0) {
    let missing: string[] | null = null;
    for (let j = argcount; j < total; j++) {
      if (locals[j] !== undefined) continue;
      const d = func.kwdefaults === null ? undefined : func.kwdefaults.getStr(varnames[j]);
      if (d !== undefined) locals[j] = d;
      else (missing ??= []).push(varnames[j]);
    }
    if (missing !== null) {
      raiseError('TypeError', `${fname}() missing ${missing.length} required keyword-only argument${missing.length === 1 ? '' : 's'}: ${quotedList(missing)}`);
    }
  }
}

/** How many locals slots bindArguments fills for this function. */
export function parameterCount(code: CodeObject): number {
  let n = code.argcount + code.kwonlyargcount;
  if (code.flags & CodeFlags.VARARGS) n++;
  if (code.flags & CodeFlags.VARKEYWORDS) n++;
  return n;
}

const checkedDescriptors = new WeakMap<PyBuiltinFunction, PyBuiltinFunction>();

/**
 * What `Type.method` evaluates to for a built-in method descriptor: the same
 * method, but checking its first argument as CPython's descriptors do
 * (`list.append(1, 2)`: descriptor 'append' for 'list' objects doesn't apply
 * to a 'int' object). Calls through an instance never need the check.
 */
export function checkedDescriptor(descr: PyBuiltinFunction): PyBuiltinFunction {
  const owner = descr.owner;
  if (owner === null) return descr;
  let checked = checkedDescriptors.get(descr);
  if (checked !== undefined) return checked;
  const { name, raw } = descr;
  const dunder = name.startsWith('__') && name.endsWith('__');
  const check: RawFn = (args, kwnames) => {
    if (args.length - (kwnames?.length ?? 0) === 0) {
      raiseError('TypeError', dunder
        ? `descriptor '${name}' of '${owner.name}' object needs an argument`
        : `unbound method ${owner.name}.${name}() needs an argument`);
    }
    const self = args[0];
    const selfType = typeOf(self);
    if (selfType !== owner && !selfType.isSubtypeOf(owner)) {
      raiseError('TypeError', dunder
        ? `descriptor '${name}' requires a '${owner.name}' object but received a '${selfType.name}'`
        : `descriptor '${name}' for '${owner.name}' objects doesn't apply to a '${selfType.name}' object`);
    }
    return raw(args, kwnames);
  };
  checked = new PyBuiltinFunction(methodDescriptorType, name, descr.qualname, check, undefined, owner, descr.doc);
  checkedDescriptors.set(descr, checked);
  checkedDescriptors.set(checked, checked);
  return checked;
}
