// The `str` type's Python-visible methods: str.ts/format.ts semantics bound
// to the type object with CPython's argument conversions and messages, plus
// str(), the str iterator and the FormatOps/PercentOps the object protocol
// supplies to format.ts.
// Invariant: `self` is a JS string or a str-subclass instance (PyStrInstance,
// whose `value` holds the string); every method reads it through strOf.
import {
  PyObject, PyType, None, NotImplemented, strType, floatType, intType, typeName, typeOf, containers, raiseError,
  makeBuiltinType, objectType, raiseWith, builtinTypes, type PyValue,
} from './object.js';
import {
  indexValue, repr as pyRepr, str as pyStr, format as pyFormat, getAttr, getItem, strValue, toArray, strHash,
  lookupSpecial, markSequenceRepeat, call1, isTrue, callSpecial, itemsOf, warnNonExactResult,
} from './abstract.js';
import { defineMethods, defineIteratorMethods, PyIterator } from './nativeType.js';
import { PyBuiltinFunction, type RawFn, type NativeFn } from './function.js';
import { staticNew, staticMethod, methodRaw } from './type.js';
import { PySlice, adjustSlice } from './slice.js';
import { PyFloat } from './float.js';
import { type Int, intFromFloat, repeatCountOf } from './int.js';
import * as S from './str.js';
import { formatStr, strFormat, percentFormat, type PercentOps } from './format.js';
import { PyBytes, bytesData, bytesDecode } from './bytes.js';
import { newDict, dictGetItem, type PyDict } from './dict.js';

/** An instance of a Python subclass of str. */
export class PyStrInstance extends PyObject {
  constructor(type: PyType, readonly value: string) {
    super(type);
  }
}

export function strOf(self: PyValue): string {
  return typeof self === 'string' ? self : strValue(self);
}

/** The items with str-subclass instances replaced by their strings; the same array when there are none. */
function strItems(items: readonly PyValue[]): readonly PyValue[] {
  for (let i = 0; i < items.length; i++) {
    if (items[i] instanceof PyStrInstance) return items.map((v) => (v instanceof PyStrInstance ? v.value : v));
  }
  return items;
}

/** What str.join joins: CPython's PySequence_Fast, whose own message is for a non-iterable. */
function joinItems(v: PyValue): readonly PyValue[] {
  const t = typeOf(v);
  if (t.lookup('__iter__') === null && t.lookup('__getitem__') === null) raiseError('TypeError', 'can only join an iterable');
  return itemsOf(v);
}

function isStr(v: PyValue): boolean {
  return typeof v === 'string' || v instanceof PyStrInstance;
}

/** A str argument, or TypeError `must be str, not int` (CPython's generic message). */
function strArg(v: PyValue, context = ''): string {
  if (typeof v === 'string') return v;
  if (v instanceof PyStrInstance) return v.value;
  return raiseError('TypeError', `${context}must be str, not ${typeName(v)}`);
}

function optStrArg(v: PyValue | undefined, context = ''): string | undefined {
  if (v === undefined || v === None) return undefined;
  if (typeof v === 'string') return v;
  if (v instanceof PyStrInstance) return v.value;
  return raiseError('TypeError', `${context}must be str or None, not ${typeName(v)}`);
}

function intArg(v: PyValue | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const n = indexValue(v);
  if (typeof n === 'bigint') raiseError('OverflowError', 'Python int too large to convert to C ssize_t');
  return n;
}

/** start/end arguments: None or anything with __index__ (CPython's _PyEval_SliceIndex). */
function sliceArg(v: PyValue | undefined): number | undefined {
  if (v === undefined || v === None) return undefined;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return +v;
  if (typeof v !== 'bigint' && !(v instanceof PyObject && v.type.lookup('__index__') !== null)) {
    raiseError('TypeError', 'slice indices must be integers or None or have an __index__ method');
  }
  const n = indexValue(v);
  if (typeof n === 'bigint') return n > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  return n;
}

/** startswith/endswith's str or tuple-of-str argument. */
function affixes(v: PyValue, method: string): string[] {
  if (isStr(v)) return [strOf(v)];
  const items = containers.tupleItems(v);
  if (items === undefined) raiseError('TypeError', `${method} first arg must be str or a tuple of str, not ${typeName(v)}`);
  return items.map((x) => {
    if (!isStr(x)) raiseError('TypeError', `tuple for ${method} must only contain str, not ${typeName(x)}`);
    return strOf(x);
  });
}

const list = (items: string[]): PyValue => containers.newList(items);
const tuple3 = (t: [string, string, string]): PyValue => containers.newTuple(t);

/**
 * Re-registers methods whose arity errors CPython words as getargs does
 * (`find() takes at least 1 argument (0 given)`) rather than as
 * _PyArg_CheckPositional (`center expected at least 1 argument, got 0`).
 * The table entries' own bounds stay the source of min/max.
 */
export function reworded(type: PyType, names: readonly string[], keywords: readonly string[] | null): void {
  for (const name of names) {
    const entry = type.attrs.get(name);
    if (!(entry instanceof PyBuiltinFunction)) throw new Error(`internal: ${type.name}.${name} is not a built-in method`);
    const target = entry.raw;
    const bounds = ARITY[name];
    const raw: RawFn & { native?: NativeFn; minArgs?: number; maxArgs?: number } = (args, kwnames) => {
      const nkw = kwnames?.length ?? 0;
      const npos = args.length - 1 - nkw;
      if (nkw > 0 && keywords === null) raiseError('TypeError', `${type.name}.${name}() takes no keyword arguments`);
      if (npos > bounds[1] || npos + nkw < bounds[0]) {
        const [n, how] = npos > bounds[1] ? [bounds[1], bounds[0] === bounds[1] ? 'exactly' : 'at most'] : [bounds[0], 'at least'];
        raiseError('TypeError', `${name}() takes ${how} ${n} argument${n === 1 ? '' : 's'} (${npos} given)`);
      }
      return target(args, kwnames);
    };
    // Positional calls within both arities mean the same through the impl, so
    // the vm's direct native call stays open (s.split() is hot); others come here.
    if (entry.native !== null) {
      raw.native = entry.native;
      raw.minArgs = Math.max(entry.minArgs, bounds[0] + 1);
      raw.maxArgs = Math.min(entry.maxArgs, bounds[1] + 1);
    }
    methodRaw(type, name, raw);
  }
}

const ARITY: Record<string, [number, number]> = {
  count: [1, 3], find: [1, 3], rfind: [1, 3], index: [1, 3], rindex: [1, 3], startswith: [1, 3], endswith: [1, 3],
  split: [0, 2], rsplit: [0, 2], splitlines: [0, 1], expandtabs: [0, 1], encode: [0, 2], decode: [0, 2],
};

// ---- the iterator ----

export const strIteratorType = makeBuiltinType('str_ascii_iterator', objectType, 0);
/** CPython names the iterator of a non-ASCII str apart. */
const strNonAsciiIteratorType = makeBuiltinType('str_iterator', objectType, 0);

export class StrIterator extends PyIterator {
  private i = 0;
  constructor(private readonly s: string) {
    super(/^[\x00-\x7f]*$/.test(s) ? strIteratorType : strNonAsciiIteratorType);
  }
  nextValue(): PyValue | undefined {
    const s = this.s;
    if (this.i >= s.length) return undefined;
    const c = s.charCodeAt(this.i);
    if (c >= 0xd800 && c <= 0xdbff && this.i + 1 < s.length && (s.charCodeAt(this.i + 1) & 0xfc00) === 0xdc00) {
      this.i += 2;
      return s.slice(this.i - 2, this.i);
    }
    return s[this.i++];
  }
  /** The code points still to come (a surrogate pair is one). */
  lengthHint(): number {
    let n = 0;
    const s = this.s;
    for (let j = this.i; j < s.length; j++) {
      const pairedLow = j > this.i && (s.charCodeAt(j) & 0xfc00) === 0xdc00 && (s.charCodeAt(j - 1) & 0xfc00) === 0xd800;
      if (!pairedLow) n++;
    }
    return n;
  }
}
for (const t of [strIteratorType, strNonAsciiIteratorType]) {
  defineIteratorMethods(t);
  defineMethods(t, { __length_hint__: (self: StrIterator) => self.lengthHint() });
}

// ---- the object protocol format.ts needs ----

export const formatOps: PercentOps<PyValue> = {
  getAttr: (obj, name) => getAttr(obj, name),
  getItem: (obj, key) => getItem(obj, key),
  format: (obj, spec) => pyFormat(obj, spec),
  repr: (obj) => pyRepr(obj),
  str: (obj) => pyStr(obj),
  ascii: (obj) => asciiOf(obj),
  tupleItems: (v) => {
    if (!(v instanceof PyObject)) return null;
    return containers.tupleItems(v) ?? null;
  },
  isMapping: (v) => v instanceof PyObject && !isStr(v) && containers.tupleItems(v) === undefined && v.type.lookup('__getitem__') !== null,
  toInt: (v, index) => numberToInt(v, index),
  toFloat: (v) => numberToFloat(v),
  toChar: (v) => {
    if (isStr(v)) {
      const s = strOf(v);
      return S.strLen(s) === 1 ? s : null;
    }
    if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return Number(v);
    if (v instanceof PyObject && v.type.lookup('__index__') !== null) return Number(indexValue(v));
    return null;
  },
  typeName: (v) => typeName(v),
  plainFields: true,
};

/** `s % args` for an exact str s (the vm's BINARY_OP fast path and str.__mod__). */
export function strPercent(s: string, args: PyValue): string {
  return percentFormat(s, args, formatOps);
}

/** ascii(obj): repr with non-ASCII escaped (CPython's PyObject_ASCII). */
export function asciiOf(obj: PyValue): string {
  const r = pyRepr(obj);
  if (S.strIsAscii(r)) return r;
  let out = '';
  for (const ch of r) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp < 0x100) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}

/** An int for %d (int(v): __int__, else __index__) or %x (__index__); null when v is not a number. */
function numberToInt(v: PyValue, index: boolean): Int | null {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return +v;
  if (v instanceof PyFloat) return index ? null : intFromFloat(v.value);
  if (!(v instanceof PyObject)) return null;
  if (!index && v.type.lookup('__int__') !== null) {
    const r = callSpecial(v, '__int__');
    if (typeof r === 'number' || typeof r === 'bigint') return r;
    if (typeof r === 'boolean' || (r instanceof PyObject && r.type.isSubtypeOf(intType))) {
      warnNonExactResult('__int__', r, 'int');
      return indexValue(r);
    }
    return null;
  }
  return v.type.lookup('__index__') !== null ? indexValue(v) : null;
}

function numberToFloat(v: PyValue): number | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return +v;
  if (typeof v === 'bigint') return Number(v) === Infinity || Number(v) === -Infinity ? raiseError('OverflowError', 'int too large to convert to float') : Number(v);
  if (v instanceof PyFloat) return v.value;
  if (!(v instanceof PyObject)) return null;
  const f = lookupSpecial(v, '__float__');
  if (f !== null) {
    const r = call1(f, v);
    if (r instanceof PyFloat) return r.value;
    const inner = r instanceof PyObject && r.type.isSubtypeOf(floatType) ? (r as unknown as { value?: unknown }).value : undefined;
    if (typeof inner === 'number') {
      warnNonExactResult(`${typeName(v)}.__float__`, r, 'float');
      return inner;
    }
    raiseError('TypeError', `${typeName(v)}.__float__ returned non-float (type ${typeName(r)})`);
  }
  if (v.type.lookup('__index__') !== null) return Number(indexValue(v));
  return null;
}

// ---- str() ----

function newStr(cls: PyType, s: string): PyValue {
  return cls === strType ? s : new PyStrInstance(cls, s);
}

// str() and str(x): what the generic path's __new__ returns for exactly str (whose __init__ is object's).
strType.exactCall = (args, kwnames) => {
  if ((kwnames !== null && kwnames.length !== 0) || args.length > 1) return undefined;
  return args.length === 0 ? '' : pyStr(args[0]!);
};
staticNew(strType, (cls, args, kwnames) => {
  const names = ['object', 'encoding', 'errors'];
  const npos = args.length - (kwnames?.length ?? 0);
  const vals: (PyValue | undefined)[] = args.slice(0, npos);
  if (npos > 3) raiseError('TypeError', `str() takes at most 3 arguments (${npos} given)`);
  for (let i = 0; i < (kwnames?.length ?? 0); i++) {
    const k = kwnames![i];
    const idx = names.indexOf(k);
    if (idx < 0) raiseError('TypeError', `'${k}' is an invalid keyword argument for str()`);
    vals[idx] = args[npos + i];
  }
  const [obj, encoding, errors] = vals;
  if (encoding === undefined && errors === undefined) return newStr(cls, obj === undefined ? '' : pyStr(obj));
  // The arguments are checked before the object, as CPython's argument clinic does.
  const enc = encoding === undefined ? 'utf-8' : strArg(encoding, "str() argument 'encoding' ");
  const err = errors === undefined ? 'strict' : strArg(errors, "str() argument 'errors' ");
  const data = obj === undefined ? new Uint8Array(0) : bytesData(obj);
  if (data === null) raiseError('TypeError', `decoding to str: need a bytes-like object, ${typeName(obj!)} found`);
  return newStr(cls, bytesDecode(data, enc, err));
});

// ---- methods ----

function getItemImpl(self: PyValue, key: PyValue): PyValue {
  const s = strOf(self);
  if (key instanceof PySlice) {
    const b = adjustSlice(key, S.strLen(s));
    return S.strSlice(s, b.start, b.step, b.length);
  }
  if (typeof key === 'number') return S.strGetItem(s, key);
  if (typeof key === 'boolean') return S.strGetItem(s, +key);
  if (typeof key === 'bigint' || (key instanceof PyObject && key.type.lookup('__index__') !== null)) {
    const i = indexValue(key);
    if (typeof i === 'bigint') raiseError('IndexError', "cannot fit 'int' into an index-sized integer");
    return S.strGetItem(s, i);
  }
  return raiseError('TypeError', `string indices must be integers, not '${typeName(key)}'`);
}

function compareImpl(test: (c: number) => boolean) {
  return (self: PyValue, other: PyValue): PyValue => {
    if (!isStr(other)) return NotImplemented;
    return test(S.strCompare(strOf(self), strOf(other)));
  };
}

function padImpl(fn: (s: string, w: number, f?: string) => string) {
  return (self: PyValue, width: PyValue, fill?: PyValue): PyValue => {
    let f: string | undefined;
    if (fill !== undefined) {
      if (!isStr(fill)) raiseError('TypeError', `The fill character must be a unicode character, not ${typeName(fill)}`);
      f = strOf(fill);
      if (S.strLen(f) !== 1) raiseError('TypeError', 'The fill character must be exactly one character long');
    }
    return fn(strOf(self), intArg(width, 0), f);
  };
}

function searchImpl(fn: (s: string, sub: string, start?: number, end?: number) => number | boolean) {
  return (self: PyValue, sub: PyValue, start?: PyValue, end?: PyValue): PyValue => fn(strOf(self), strArg(sub), sliceArg(start), sliceArg(end));
}

function stripImpl(fn: (s: string, chars?: string) => string, name: string) {
  return (self: PyValue, chars?: PyValue): PyValue => {
    if (chars !== undefined && chars !== None && !isStr(chars)) raiseError('TypeError', `${name} arg must be None or str`);
    return fn(strOf(self), chars === undefined || chars === None ? undefined : strOf(chars));
  };
}

const predicate = (fn: (s: string) => boolean) => (self: PyValue): PyValue => fn(strOf(self));

function translateImpl(self: PyValue, table: PyValue): PyValue {
  return S.strTranslate(strOf(self), (cp) => {
    let r: PyValue;
    try {
      r = getItem(table, cp);
    } catch (e) {
      if (e instanceof PyObject && (typeOf(e as PyValue).name === 'LookupError' || typeOf(e as PyValue).name === 'KeyError' || typeOf(e as PyValue).name === 'IndexError')) return undefined;
      throw e;
    }
    if (r === None) return null;
    if (isStr(r)) return strOf(r);
    if (typeof r === 'number' || typeof r === 'bigint' || typeof r === 'boolean') return Number(r);
    return raiseError('TypeError', 'character mapping must return integer, None or str');
  });
}

function maketransImpl(x: PyValue, y?: PyValue, z?: PyValue): PyValue {
  const d = newDict();
  if (y === undefined) {
    if (!(x instanceof PyObject) || typeOf(x).name !== 'dict') raiseError('TypeError', 'if you give only one argument to maketrans it must be a dict');
    const src = x as PyDict;
    for (const k of toArray(src)) {
      const v = dictGetItem(src, k);
      if (isStr(k)) {
        const ks = strOf(k);
        if (S.strLen(ks) !== 1) raiseError('ValueError', 'string keys in translate table must be of length 1');
        d.set(ks.codePointAt(0)!, v);
      } else if (typeof k === 'number' || typeof k === 'boolean' || typeof k === 'bigint') {
        d.set(k, v);
      } else {
        raiseError('TypeError', 'keys in translate table must be strings or integers');
      }
    }
    return d;
  }
  const xs = strArg(x, 'maketrans() argument 1 ');
  const ys = strArg(y, 'maketrans() argument 2 ');
  const zs = z === undefined ? undefined : strArg(z, 'maketrans() argument 3 ');
  for (const [k, v] of S.strMaketrans(xs, ys, zs)) d.set(k, v === null ? None : v);
  return d;
}

function encodeImpl(self: PyValue, encoding?: PyValue, errors?: PyValue): PyValue {
  const enc = encoding === undefined ? 'utf-8' : strArg(encoding, "encode() argument 'encoding' ");
  const err = errors === undefined ? 'strict' : strArg(errors, "encode() argument 'errors' ");
  return new PyBytes(S.strEncode(strOf(self), enc, err));
}

function formatImpl(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const self = args[0];
  const nkw = kwnames?.length ?? 0;
  const positional = args.slice(1, args.length - nkw);
  const kw = new Map<string, PyValue>();
  for (let i = 0; i < nkw; i++) kw.set(kwnames![i], args[args.length - nkw + i]);
  return strFormat(strOf(self), {
    positional,
    keyword: (name) => {
      const v = kw.get(name);
      if (v === undefined) raiseWith(builtinTypes.get('KeyError')!, [name]);
      return v;
    },
  }, formatOps);
}

defineMethods(strType, {
  __len__: (self: PyValue) => S.strLen(strOf(self)),
  __getitem__: getItemImpl,
  __iter__: (self: PyValue) => new StrIterator(strOf(self)),
  __contains__: (self: PyValue, item: PyValue) => {
    if (!isStr(item)) raiseError('TypeError', `'in <string>' requires string as left operand, not ${typeName(item)}`);
    return strOf(self).includes(strOf(item));
  },
  __add__: (self: PyValue, other: PyValue) => (isStr(other) ? strOf(self) + strOf(other) : NotImplemented),
  __mul__: (self: PyValue, n: PyValue) => {
    return S.strRepeat(strOf(self), repeatCountOf(indexValue(n)));
  },
  __rmul__: (self: PyValue, n: PyValue) => {
    return S.strRepeat(strOf(self), repeatCountOf(indexValue(n)));
  },
  __mod__: (self: PyValue, args: PyValue) => percentFormat(strOf(self), args, formatOps),
  __rmod__: (_self: PyValue, _other: PyValue) => NotImplemented,
  __eq__: (self: PyValue, other: PyValue) => (isStr(other) ? strOf(self) === strOf(other) : NotImplemented),
  __ne__: (self: PyValue, other: PyValue) => (isStr(other) ? strOf(self) !== strOf(other) : NotImplemented),
  __lt__: compareImpl((c) => c < 0),
  __le__: compareImpl((c) => c <= 0),
  __gt__: compareImpl((c) => c > 0),
  __ge__: compareImpl((c) => c >= 0),
  __hash__: (self: PyValue) => strHash(strOf(self)),
  __repr__: (self: PyValue) => S.strRepr(strOf(self)),
  __str__: (self: PyValue) => strOf(self),
  // An empty spec formats a subclass as str(self), as CPython's format_obj does (its own __str__ counts).
  __format__: (self: PyValue, spec: PyValue) => {
    const text = strArg(spec, 'format() argument 1 ');
    return text === '' && typeof self !== 'string' ? pyStr(self) : formatStr(strOf(self), text);
  },
  __getnewargs__: (self: PyValue) => containers.newTuple([strOf(self)]),

  capitalize: (self: PyValue) => S.strCapitalize(strOf(self)),
  casefold: (self: PyValue) => S.strCasefold(strOf(self)),
  lower: (self: PyValue) => S.strLower(strOf(self)),
  upper: (self: PyValue) => S.strUpper(strOf(self)),
  swapcase: (self: PyValue) => S.strSwapcase(strOf(self)),
  title: (self: PyValue) => S.strTitle(strOf(self)),
  center: [padImpl(S.strCenter), { min: 1, max: 2 }],
  ljust: [padImpl(S.strLjust), { min: 1, max: 2 }],
  rjust: [padImpl(S.strRjust), { min: 1, max: 2 }],
  zfill: (self: PyValue, width: PyValue) => S.strZfill(strOf(self), intArg(width, 0)),
  count: [searchImpl(S.strCount), { min: 1, max: 3 }],
  find: [searchImpl(S.strFind), { min: 1, max: 3 }],
  rfind: [searchImpl(S.strRfind), { min: 1, max: 3 }],
  index: [searchImpl(S.strIndex), { min: 1, max: 3 }],
  rindex: [searchImpl(S.strRindex), { min: 1, max: 3 }],
  startswith: [(self: PyValue, prefix: PyValue, start?: PyValue, end?: PyValue) => S.strStartsWith(strOf(self), affixes(prefix, 'startswith'), sliceArg(start), sliceArg(end)), { min: 1, max: 3 }],
  endswith: [(self: PyValue, suffix: PyValue, start?: PyValue, end?: PyValue) => S.strEndsWith(strOf(self), affixes(suffix, 'endswith'), sliceArg(start), sliceArg(end)), { min: 1, max: 3 }],
  expandtabs: [(self: PyValue, tabsize?: PyValue) => S.strExpandtabs(strOf(self), intArg(tabsize, 8)), { min: 0, max: 1, names: ['tabsize'] }],
  replace: [(self: PyValue, old: PyValue, rep: PyValue, count?: PyValue) => S.strReplace(strOf(self), strArg(old, 'replace() argument 1 '), strArg(rep, 'replace() argument 2 '), intArg(count, -1)), { min: 2, max: 3 }],
  removeprefix: (self: PyValue, p: PyValue) => S.strRemovePrefix(strOf(self), strArg(p, 'removeprefix() argument ')),
  removesuffix: (self: PyValue, p: PyValue) => S.strRemoveSuffix(strOf(self), strArg(p, 'removesuffix() argument ')),
  split: [(self: PyValue, sep?: PyValue, maxsplit?: PyValue) => list(S.strSplit(strOf(self), optStrArg(sep), intArg(maxsplit, -1))), { min: 0, max: 2, names: ['sep', 'maxsplit'] }],
  rsplit: [(self: PyValue, sep?: PyValue, maxsplit?: PyValue) => list(S.strRsplit(strOf(self), optStrArg(sep), intArg(maxsplit, -1))), { min: 0, max: 2, names: ['sep', 'maxsplit'] }],
  splitlines: [(self: PyValue, keepends?: PyValue) => list(S.strSplitlines(strOf(self), keepends !== undefined && isTrue(keepends))), { min: 0, max: 1, names: ['keepends'] }],
  partition: (self: PyValue, sep: PyValue) => tuple3(S.strPartition(strOf(self), strArg(sep))),
  rpartition: (self: PyValue, sep: PyValue) => tuple3(S.strRpartition(strOf(self), strArg(sep))),
  strip: [stripImpl(S.strStrip, 'strip'), { min: 0, max: 1 }],
  lstrip: [stripImpl(S.strLstrip, 'lstrip'), { min: 0, max: 1 }],
  rstrip: [stripImpl(S.strRstrip, 'rstrip'), { min: 0, max: 1 }],
  join: (self: PyValue, iterable: PyValue) => S.strJoin(strOf(self), strItems(joinItems(iterable))),
  translate: translateImpl,
  encode: [encodeImpl, { min: 0, max: 2, names: ['encoding', 'errors'] }],
  format_map: (self: PyValue, mapping: PyValue) => strFormat(strOf(self), { positional: null, keyword: (name) => getItem(mapping, name) }, formatOps),
  isalnum: predicate(S.strIsAlnum),
  isalpha: predicate(S.strIsAlpha),
  isascii: predicate(S.strIsAscii),
  isdecimal: predicate(S.strIsDecimal),
  isdigit: predicate(S.strIsDigit),
  isidentifier: predicate(S.strIsIdentifier),
  islower: predicate(S.strIsLower),
  isnumeric: predicate(S.strIsNumeric),
  isprintable: predicate(S.strIsPrintable),
  isspace: predicate(S.strIsSpace),
  istitle: predicate(S.strIsTitle),
  isupper: predicate(S.strIsUpper),
});
markSequenceRepeat(strType, '__mul__', '__rmul__');

methodRaw(strType, 'format', formatImpl);
reworded(strType, ['count', 'find', 'rfind', 'index', 'rindex', 'startswith', 'endswith'], null);
reworded(strType, ['split', 'rsplit'], ['sep', 'maxsplit']);
reworded(strType, ['splitlines'], ['keepends']);
reworded(strType, ['expandtabs'], ['tabsize']);
reworded(strType, ['encode'], ['encoding', 'errors']);
staticMethod(strType, 'maketrans', maketransImpl, { min: 1, max: 3 });
