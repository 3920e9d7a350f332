// The `bytes` and `bytearray` types' Python-visible methods: bytes.ts
// semantics bound to the type objects (constructors, sequence protocol,
// comparisons, decode, hex/fromhex, searching, splitting, joining, %, and
// bytearray's mutators).
// Invariant: methods shared by both types return the receiver's kind
// (bytes for bytes, bytearray for bytearray), as CPython does.
import {
  PyObject, PyType, None, NotImplemented, strType, typeName, typeOf, raiseError, containers, makeBuiltinType, objectType, type PyValue,
} from './object.js';
import { indexValue, markSequenceRepeat, toArray, strValue, lookupSpecial, call1, isTrue, isExceptionOf, getItem } from './abstract.js';
import { defineMethods, defineIteratorMethods, PyIterator, type MethodTable } from './nativeType.js';
import type { NativeFn, NativeSignature } from './function.js';
import { staticNew, classMethod, classAttr, staticMethod } from './type.js';
import { PySlice, adjustSlice } from './slice.js';
import * as Y from './bytes.js';
import { PyBytes, PyByteArray, bytesType, bytearrayType, bytesData } from './bytes.js';
import { strEncode } from './str.js';
import * as S from './str.js';
import { percentFormat } from './format.js';
import { repeatCountOf, type Int } from './int.js';
import { formatOps, asciiOf, reworded } from './strMethods.js';

/** decode()'s str arguments, with CPython's message for another type. */
function decodeArg(v: PyValue, name: string): string {
  if (typeof v !== 'string' && !(v instanceof PyObject && v.type.isSubtypeOf(strType))) {
    raiseError('TypeError', `decode() argument '${name}' must be str, not ${typeName(v)}`);
  }
  return strValue(v);
}

function dataOf(self: PyValue): Uint8Array {
  const d = bytesData(self);
  if (d === null) raiseError('TypeError', `descriptor requires a 'bytes' object but received a '${typeName(self)}'`);
  return d;
}

/** A bytes-like argument, with CPython's `a bytes-like object is required, not 'str'`. */
function bufferArg(v: PyValue): Uint8Array {
  const d = bytesData(v);
  if (d === null) raiseError('TypeError', `a bytes-like object is required, not '${typeName(v)}'`);
  return d;
}

/** find/count/index's sub argument (and `in`'s, whose error names only bytes-like objects): bytes-like or an int byte value. */
function subArg(v: PyValue, forContains = false): Uint8Array {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || (v instanceof PyObject && v.type.lookup('__index__') !== null && bytesData(v) === null)) {
    const n = indexValue(v);
    if (!(n >= 0 && n < 256)) raiseError('ValueError', 'byte must be in range(0, 256)');
    return Uint8Array.of(Number(n));
  }
  const d = bytesData(v);
  if (d === null) {
    raiseError('TypeError', forContains ? `a bytes-like object is required, not '${typeName(v)}'` : `argument should be integer or bytes-like object, not '${typeName(v)}'`);
  }
  return d;
}

function sliceArg(v: PyValue | undefined): number | undefined {
  if (v === undefined || v === None) return undefined;
  const n = indexValue(v);
  if (typeof n === 'bigint') return n > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  return n;
}

function intArg(v: PyValue | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const n = indexValue(v);
  if (typeof n === 'bigint') raiseError('OverflowError', 'Python int too large to convert to C ssize_t');
  return n;
}

/** A result of the receiver's kind. */
function like(self: PyValue, data: Uint8Array): PyValue {
  return self instanceof PyByteArray ? new PyByteArray(data) : new PyBytes(data);
}

// ---- construction ----

/** bytes(x) / bytearray(x) contents: int count, str + encoding, buffer, __bytes__, or iterable of ints. */
function contentsFrom(source: PyValue | undefined, encoding: PyValue | undefined, errors: PyValue | undefined, what: string): Uint8Array {
  if (source === undefined) {
    if (encoding !== undefined || errors !== undefined) raiseError('TypeError', encoding !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
    return new Uint8Array(0);
  }
  if (typeof source === 'string' || (source instanceof PyObject && source.type.isSubtypeOf(strType))) {
    if (encoding === undefined) raiseError('TypeError', 'string argument without an encoding');
    const textArg = (v: PyValue, name: string): string => {
      if (typeof v !== 'string' && !(v instanceof PyObject && v.type.isSubtypeOf(strType))) raiseError('TypeError', `${what}() argument '${name}' must be str, not ${typeName(v)}`);
      return strValue(v);
    };
    return strEncode(typeof source === 'string' ? source : strValue(source), textArg(encoding, 'encoding'), errors === undefined ? 'strict' : textArg(errors, 'errors'));
  }
  if (encoding !== undefined) raiseError('TypeError', 'encoding without a string argument');
  if (errors !== undefined) raiseError('TypeError', 'errors without a string argument');
  const d = bytesData(source);
  if (d !== null) return d.slice();
  if (what === 'bytes' && source instanceof PyObject) {
    const f = lookupSpecial(source, '__bytes__');
    if (f !== null) {
      const r = call1(f, source);
      if (!(r instanceof PyBytes)) raiseError('TypeError', `__bytes__ returned non-bytes (type ${typeName(r)})`);
      return r.data;
    }
  }
  if (typeof source === 'number' || typeof source === 'bigint' || typeof source === 'boolean' || (source instanceof PyObject && source.type.lookup('__index__') !== null)) {
    // A TypeError from __index__ falls through to the other conversions, as in CPython's bytes_new.
    const n = indexOrTypeError(source);
    if (n !== null) {
      if (n < 0) raiseError('ValueError', 'negative count');
      return new Uint8Array(Number(n));
    }
  }
  const sourceType = typeOf(source);
  if (sourceType.lookup('__iter__') === null && sourceType.lookup('__getitem__') === null) {
    raiseError('TypeError', `cannot convert '${typeName(source)}' object to ${what}`);
  }
  const values = toArray(source).map((v) => {
    if (!(typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || (v instanceof PyObject && v.type.lookup('__index__') !== null))) {
      raiseError('TypeError', `'${typeName(v)}' object cannot be interpreted as an integer`);
    }
    return indexValue(v);
  });
  // bytes() and bytearray() word their range errors differently.
  return what === 'bytes' ? Y.bytesFromInts(values) : Uint8Array.from(values.map(Y.checkByte));
}

function constructorArgs(args: PyValue[], kwnames: readonly string[] | null, what: string): [PyValue | undefined, PyValue | undefined, PyValue | undefined] {
  const names = ['source', 'encoding', 'errors'];
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (npos > 3) raiseError('TypeError', `${what}() takes at most 3 arguments (${npos} given)`);
  const vals: (PyValue | undefined)[] = [args[0], args[1], args[2]].slice(0, npos);
  for (let i = 0; i < nkw; i++) {
    const idx = names.indexOf(kwnames![i]);
    if (idx < 0) raiseError('TypeError', `'${kwnames![i]}' is an invalid keyword argument for ${what}()`);
    vals[idx] = args[npos + i];
  }
  return [vals[0], vals[1], vals[2]];
}

staticNew(bytesType, (cls: PyType, args, kwnames) => {
  const [source, encoding, errors] = constructorArgs(args, kwnames, 'bytes');
  if (cls === bytesType && source instanceof PyBytes && source.type === bytesType && encoding === undefined) return source;
  return new PyBytes(contentsFrom(source, encoding, errors, 'bytes'), cls);
});

staticNew(bytearrayType, (cls: PyType) => new PyByteArray(new Uint8Array(0), cls));

// ---- the iterator ----

export const bytesIteratorType = makeBuiltinType('bytes_iterator', objectType, 0);
const bytearrayIteratorType = makeBuiltinType('bytearray_iterator', objectType, 0);

class BytesIterator extends PyIterator {
  private i = 0;
  constructor(private readonly owner: PyValue) {
    super(owner instanceof PyByteArray ? bytearrayIteratorType : bytesIteratorType);
  }
  nextValue(): PyValue | undefined {
    const d = dataOf(this.owner);
    return this.i < d.length ? d[this.i++] : undefined;
  }
  lengthHint(): number {
    return Math.max(0, dataOf(this.owner).length - this.i);
  }
}
for (const t of [bytesIteratorType, bytearrayIteratorType]) {
  defineIteratorMethods(t);
  defineMethods(t, { __length_hint__: (self: BytesIterator) => self.lengthHint() });
}

// ---- methods shared by bytes and bytearray ----

function getItemImpl(self: PyValue, key: PyValue): PyValue {
  const d = dataOf(self);
  if (key instanceof PySlice) {
    const b = adjustSlice(key, d.length);
    const out = new Uint8Array(Math.max(0, b.length));
    for (let i = 0, j = b.start; i < b.length; i++, j += b.step) out[i] = d[j];
    return like(self, out);
  }
  if (!(typeof key === 'number' || typeof key === 'bigint' || typeof key === 'boolean' || (key instanceof PyObject && key.type.lookup('__index__') !== null))) {
    raiseError('TypeError', `${self instanceof PyByteArray ? 'bytearray' : 'byte'} indices must be integers or slices, not ${typeName(key)}`);
  }
  let i = Number(indexValue(key));
  if (i < 0) i += d.length;
  if (!(i >= 0 && i < d.length)) raiseError('IndexError', self instanceof PyByteArray ? 'bytearray index out of range' : 'index out of range');
  return d[i];
}

function compare(test: (c: number) => boolean) {
  return (self: PyValue, other: PyValue): PyValue => {
    const b = bytesData(other);
    if (b === null) return NotImplemented;
    return test(Y.bytesCompare(dataOf(self), b));
  };
}

function search(fn: (d: Uint8Array, sub: Uint8Array, start?: number, end?: number) => PyValue): [NativeFn, NativeSignature] {
  return [(self: PyValue, sub: PyValue, start?: PyValue, end?: PyValue) => fn(dataOf(self), subArg(sub), sliceArg(start), sliceArg(end)), { min: 1, max: 3 }];
}

function affixes(v: PyValue, method: string): Uint8Array[] {
  const d = bytesData(v);
  if (d !== null) return [d];
  const items = containers.tupleItems(v);
  if (items === undefined) raiseError('TypeError', `${method} first arg must be bytes or a tuple of bytes, not ${typeName(v)}`);
  return items.map(bufferArg);
}

function stripper(left: boolean, right: boolean): [NativeFn, NativeSignature] {
  return [(self: PyValue, chars?: PyValue) => like(self, Y.bytesStrip(dataOf(self), chars === undefined || chars === None ? null : bufferArg(chars), left, right)), { min: 0, max: 1 }];
}

function indexOrTypeError(v: PyValue): Int | null {
  try {
    return indexValue(v);
  } catch (e) {
    if (isExceptionOf(e, 'TypeError')) return null;
    throw e;
  }
}

/** bytes % args: formatted on a latin-1 view so each byte is one char. */
function percentImpl(self: PyValue, args: PyValue): PyValue {
  const text = percentFormat(Y.latin1Decode(dataOf(self)), args, {
    ...formatOps,
    plainFields: false,
    bytesFields: true,
    // %(key)s looks the key up as bytes.
    getItem: (obj, key) => getItem(obj, new PyBytes(Y.latin1Encode(String(key)))),
    str: (obj) => {
      const d = bytesData(obj);
      if (d !== null) return Y.latin1Decode(d);
      if (obj instanceof PyObject) {
        const f = lookupSpecial(obj, '__bytes__');
        if (f !== null) return Y.latin1Decode(dataOf(call1(f, obj)));
      }
      return raiseError('TypeError', `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(obj)}'`);
    },
    repr: (obj) => asciiOf(obj),
    toChar: (obj) => {
      const d = bytesData(obj);
      if (d !== null) return d.length === 1 ? String.fromCharCode(d[0]) : null;
      if (typeof obj === 'number' || typeof obj === 'boolean') {
        const n = Number(obj);
        if (!(n >= 0 && n < 256)) raiseError('OverflowError', '%c arg not in range(256)');
        return n;
      }
      return null;
    },
  });
  return like(self, Y.latin1Encode(text));
}

const shared: MethodTable = {
  __len__: (self: PyValue) => dataOf(self).length,
  __getitem__: getItemImpl,
  __iter__: (self: PyValue) => new BytesIterator(self),
  __contains__: (self: PyValue, item: PyValue) => Y.bytesFind(dataOf(self), subArg(item, true)) >= 0,
  __add__: (self: PyValue, other: PyValue) => {
    const b = bytesData(other);
    if (b === null) raiseError('TypeError', `can't concat ${typeName(other)} to ${typeName(self)}`);
    return like(self, Y.bytesConcat(dataOf(self), b));
  },
  __mul__: (self: PyValue, n: PyValue) => {
    return like(self, Y.bytesRepeat(dataOf(self), repeatCountOf(indexValue(n)), self instanceof PyByteArray));
  },
  __rmul__: (self: PyValue, n: PyValue) => {
    return like(self, Y.bytesRepeat(dataOf(self), repeatCountOf(indexValue(n)), self instanceof PyByteArray));
  },
  __mod__: percentImpl,
  __eq__: (self: PyValue, other: PyValue) => {
    const b = bytesData(other);
    return b === null ? NotImplemented : Y.bytesEqual(dataOf(self), b);
  },
  __ne__: (self: PyValue, other: PyValue) => {
    const b = bytesData(other);
    return b === null ? NotImplemented : !Y.bytesEqual(dataOf(self), b);
  },
  __lt__: compare((c) => c < 0),
  __le__: compare((c) => c <= 0),
  __gt__: compare((c) => c > 0),
  __ge__: compare((c) => c >= 0),
  decode: [(self: PyValue, encoding?: PyValue, errors?: PyValue) => Y.bytesDecode(dataOf(self), encoding === undefined ? 'utf-8' : decodeArg(encoding, 'encoding'), errors === undefined ? 'strict' : decodeArg(errors, 'errors')), { min: 0, max: 2, names: ['encoding', 'errors'] }],
  hex: [(self: PyValue, sep?: PyValue, bytesPerSep?: PyValue) => Y.bytesHex(dataOf(self), sep === undefined ? '' : strValue(sep), intArg(bytesPerSep, 1)), { min: 0, max: 2, names: ['sep', 'bytes_per_sep'] }],
  find: search((d, s, a, b) => Y.bytesFind(d, s, a, b)),
  rfind: search((d, s, a, b) => Y.bytesFind(d, s, a, b, true)),
  index: search((d, s, a, b) => Y.bytesIndex(d, s, a, b)),
  rindex: search((d, s, a, b) => Y.bytesIndex(d, s, a, b, true)),
  count: search((d, s, a, b) => Y.bytesCount(d, s, a, b)),
  startswith: [(self: PyValue, p: PyValue, start?: PyValue, end?: PyValue) => Y.bytesStartsWith(dataOf(self), affixes(p, 'startswith'), sliceArg(start), sliceArg(end)), { min: 1, max: 3 }],
  endswith: [(self: PyValue, p: PyValue, start?: PyValue, end?: PyValue) => Y.bytesStartsWith(dataOf(self), affixes(p, 'endswith'), sliceArg(start), sliceArg(end), true), { min: 1, max: 3 }],
  replace: [(self: PyValue, old: PyValue, rep: PyValue, count?: PyValue) => like(self, Y.bytesReplace(dataOf(self), bufferArg(old), bufferArg(rep), intArg(count, -1))), { min: 2, max: 3 }],
  split: [(self: PyValue, sep?: PyValue, maxsplit?: PyValue) => containers.newList(Y.bytesSplit(dataOf(self), sep === undefined || sep === None ? null : bufferArg(sep), intArg(maxsplit, -1)).map((d) => like(self, d))), { min: 0, max: 2, names: ['sep', 'maxsplit'] }],
  strip: stripper(true, true),
  lstrip: stripper(true, false),
  rstrip: stripper(false, true),
  join: (self: PyValue, iterable: PyValue) => like(self, Y.bytesJoin(dataOf(self), toArray(iterable).map((v, i) => {
    const d = bytesData(v);
    if (d === null) raiseError('TypeError', `sequence item ${i}: expected a bytes-like object, ${typeName(v)} found`);
    return d;
  }))),
  upper: (self: PyValue) => like(self, Y.bytesUpper(dataOf(self))),
  lower: (self: PyValue) => like(self, Y.bytesLower(dataOf(self))),
  isdigit: (self: PyValue) => dataOf(self).length > 0 && dataOf(self).every((b) => b >= 0x30 && b <= 0x39),
  isalpha: (self: PyValue) => dataOf(self).length > 0 && dataOf(self).every((b) => (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a),
  isspace: (self: PyValue) => dataOf(self).length > 0 && dataOf(self).every((b) => b === 0x20 || (b >= 0x09 && b <= 0x0d)),
  isalnum: (self: PyValue) => dataOf(self).length > 0 && dataOf(self).every((b) => (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a)),
  isascii: (self: PyValue) => dataOf(self).every((b) => b < 0x80),
  islower: (self: PyValue) => asciiCase(dataOf(self), true),
  isupper: (self: PyValue) => asciiCase(dataOf(self), false),
  istitle: (self: PyValue) => {
    // Upper case only after uncased bytes, lower case only after cased ones, and some cased byte.
    let cased = false;
    let previousCased = false;
    for (const b of dataOf(self)) {
      const upper = b >= 0x41 && b <= 0x5a;
      const lower = b >= 0x61 && b <= 0x7a;
      if ((upper && previousCased) || (lower && !previousCased)) return false;
      previousCased = upper || lower;
      cased ||= previousCased;
    }
    return cased;
  },
  swapcase: (self: PyValue) => like(self, dataOf(self).map((b) => (isAsciiLetter(b) ? b ^ 0x20 : b))),
  capitalize: (self: PyValue) => like(self, dataOf(self).map((b, i) => (i === 0 ? upperByte(b) : lowerByte(b)))),
  title: (self: PyValue) => {
    let prevCased = false;
    return like(self, dataOf(self).map((b) => {
      const r = prevCased ? lowerByte(b) : upperByte(b);
      prevCased = isAsciiLetter(b);
      return r;
    }));
  },
  partition: (self: PyValue, sep: PyValue) => containers.newTuple(onText(dataOf(self), (t) => S.strPartition(t, Y.latin1Decode(bufferArg(sep)))).map((d) => like(self, d))),
  rpartition: (self: PyValue, sep: PyValue) => containers.newTuple(onText(dataOf(self), (t) => S.strRpartition(t, Y.latin1Decode(bufferArg(sep)))).map((d) => like(self, d))),
  removeprefix: (self: PyValue, p: PyValue) => like(self, Y.latin1Encode(S.strRemovePrefix(Y.latin1Decode(dataOf(self)), Y.latin1Decode(bufferArg(p))))),
  removesuffix: (self: PyValue, p: PyValue) => like(self, Y.latin1Encode(S.strRemoveSuffix(Y.latin1Decode(dataOf(self)), Y.latin1Decode(bufferArg(p))))),
  ljust: [(self: PyValue, width: PyValue, fill?: PyValue) => like(self, Y.latin1Encode(S.strLjust(Y.latin1Decode(dataOf(self)), intArg(width, 0), fillArg(fill, 'ljust')))), { min: 1, max: 2 }],
  rjust: [(self: PyValue, width: PyValue, fill?: PyValue) => like(self, Y.latin1Encode(S.strRjust(Y.latin1Decode(dataOf(self)), intArg(width, 0), fillArg(fill, 'rjust')))), { min: 1, max: 2 }],
  center: [(self: PyValue, width: PyValue, fill?: PyValue) => like(self, Y.latin1Encode(S.strCenter(Y.latin1Decode(dataOf(self)), intArg(width, 0), fillArg(fill, 'center')))), { min: 1, max: 2 }],
  zfill: (self: PyValue, width: PyValue) => like(self, Y.latin1Encode(S.strZfill(Y.latin1Decode(dataOf(self)), intArg(width, 0)))),
  expandtabs: [(self: PyValue, tabsize?: PyValue) => like(self, Y.latin1Encode(S.strExpandtabs(Y.latin1Decode(dataOf(self)), intArg(tabsize, 8)))), { min: 0, max: 1, names: ['tabsize'] }],
  splitlines: [(self: PyValue, keepends?: PyValue) => {
    // bytes break lines only at \n, \r and \r\n.
    const text = Y.latin1Decode(dataOf(self));
    const keep = keepends !== undefined && isTrue(keepends);
    const out: PyValue[] = [];
    const re = /\r\n|\n|\r/g;
    let pos = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push(like(self, Y.latin1Encode(text.slice(pos, keep ? m.index + m[0].length : m.index))));
      pos = m.index + m[0].length;
    }
    if (pos < text.length) out.push(like(self, Y.latin1Encode(text.slice(pos))));
    return containers.newList(out);
  }, { min: 0, max: 1, names: ['keepends'] }],
  rsplit: [(self: PyValue, sep?: PyValue, maxsplit?: PyValue) => {
    const text = Y.latin1Decode(dataOf(self));
    const n = intArg(maxsplit, -1);
    let parts: string[];
    if (sep === undefined || sep === None) {
      parts = [];
      let i = text.length;
      while (true) {
        while (i > 0 && ' \t\n\r\x0b\x0c'.includes(text[i - 1])) i--;
        if (i === 0) break;
        if (n >= 0 && parts.length === n) { parts.push(text.slice(0, i)); break; }
        const end = i;
        while (i > 0 && !' \t\n\r\x0b\x0c'.includes(text[i - 1])) i--;
        parts.push(text.slice(i, end));
      }
      parts.reverse();
    } else {
      parts = S.strRsplit(text, Y.latin1Decode(bufferArg(sep)), n);
    }
    return containers.newList(parts.map((t) => like(self, Y.latin1Encode(t))));
  }, { min: 0, max: 2, names: ['sep', 'maxsplit'] }],
  translate: [(self: PyValue, table: PyValue, del?: PyValue) => {
    const map = table === None ? null : bufferArg(table);
    if (map !== null && map.length !== 256) raiseError('ValueError', 'translation table must be 256 characters long');
    const drop = del === undefined ? null : new Set(bufferArg(del));
    const out: number[] = [];
    for (const b of dataOf(self)) if (drop === null || !drop.has(b)) out.push(map === null ? b : map[b]);
    return like(self, Uint8Array.from(out));
  }, { min: 1, max: 2 }],
};

function isAsciiLetter(b: number): boolean {
  return (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a;
}
function upperByte(b: number): number {
  return b >= 0x61 && b <= 0x7a ? b - 32 : b;
}
function lowerByte(b: number): number {
  return b >= 0x41 && b <= 0x5a ? b + 32 : b;
}

/** bytes.islower/isupper: some cased byte and none of the other case. */
function asciiCase(d: Uint8Array, lower: boolean): boolean {
  let cased = false;
  for (const b of d) {
    if (b >= 0x61 && b <= 0x7a) { if (!lower) return false; cased = true; }
    else if (b >= 0x41 && b <= 0x5a) { if (lower) return false; cased = true; }
  }
  return cased;
}

/** Runs a str function on the latin-1 text of d and encodes its three parts back. */
function onText(d: Uint8Array, fn: (t: string) => [string, string, string]): Uint8Array[] {
  return fn(Y.latin1Decode(d)).map(Y.latin1Encode);
}

function fillArg(fill: PyValue | undefined, name: string): string {
  if (fill === undefined) return ' ';
  const d = bytesData(fill);
  if (d === null || d.length !== 1) raiseError('TypeError', `${name}() argument 2 must be a byte string of length 1, not ${typeName(fill)}`);
  return String.fromCharCode(d[0]);
}

defineMethods(bytesType, {
  ...shared,
  __repr__: (self: PyValue) => Y.bytesRepr(dataOf(self)),
  __hash__: (self: PyValue) => Y.bytesHash(dataOf(self)),
  __bytes__: (self: PyValue) => (self instanceof PyBytes && self.type === bytesType ? self : new PyBytes(dataOf(self))),
  __getnewargs__: (self: PyValue) => containers.newTuple([new PyBytes(dataOf(self))]),
});

// bytearray is mutable, so unhashable.
classAttr(bytearrayType, '__hash__', None);

staticMethod(bytesType, 'maketrans', (from: PyValue, to: PyValue) => {
  const a = bufferArg(from);
  const b = bufferArg(to);
  if (a.length !== b.length) raiseError('ValueError', 'maketrans arguments must have same length');
  const table = new Uint8Array(256).map((_, i) => i);
  a.forEach((x, i) => { table[x] = b[i]; });
  return new PyBytes(table);
});

classMethod(bytesType, 'fromhex', (cls: PyType, s: PyValue) => new PyBytes(Y.bytesFromHex(strValue(s)), cls));
classMethod(bytearrayType, 'fromhex', (cls: PyType, s: PyValue) => new PyByteArray(Y.bytesFromHex(strValue(s)), cls));

// ---- bytearray's mutators ----

function arrayOf(self: PyValue): PyByteArray {
  if (!(self instanceof PyByteArray)) raiseError('TypeError', `descriptor requires a 'bytearray' object but received a '${typeName(self)}'`);
  return self;
}

function byteValue(v: PyValue): number {
  if (!(typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || (v instanceof PyObject && v.type.lookup('__index__') !== null))) {
    raiseError('TypeError', `'${typeName(v)}' object cannot be interpreted as an integer`);
  }
  return Y.checkByte(indexValue(v));
}

defineMethods(bytearrayType, {
  ...shared,
  __init__: [(self: PyValue, source?: PyValue, encoding?: PyValue, errors?: PyValue) => {
    arrayOf(self).replace(contentsFrom(source, encoding, errors, 'bytearray'));
    return None;
  }, { min: 0, max: 3, names: ['source', 'encoding', 'errors'] }],
  __repr__: (self: PyValue) => `${typeName(self)}(${Y.bytesRepr(dataOf(self), true)})`,
  __setitem__: (self: PyValue, key: PyValue, value: PyValue) => {
    const a = arrayOf(self);
    if (key instanceof PySlice) {
      const b = adjustSlice(key, a.length);
      const src = bytesData(value) ?? contentsFrom(value, undefined, undefined, 'bytearray');
      const cur = a.view().slice();
      if (b.step === 1) {
        const stop = Math.max(b.start, b.start + b.length);
        a.replace(Y.bytesConcat(Y.bytesConcat(cur.subarray(0, b.start), src), cur.subarray(stop)));
      } else {
        if (src.length !== b.length) raiseError('ValueError', `attempt to assign bytes of size ${src.length} to extended slice of size ${b.length}`);
        for (let i = 0, j = b.start; i < b.length; i++, j += b.step) a.data[j] = src[i];
      }
      return None;
    }
    let i = Number(indexValue(key));
    if (i < 0) i += a.length;
    if (!(i >= 0 && i < a.length)) raiseError('IndexError', 'bytearray index out of range');
    a.data[i] = byteValue(value);
    return None;
  },
  __delitem__: (self: PyValue, key: PyValue) => {
    const a = arrayOf(self);
    const cur = Array.from(a.view());
    if (key instanceof PySlice) {
      const b = adjustSlice(key, cur.length);
      const drop = new Set<number>();
      for (let i = 0, j = b.start; i < b.length; i++, j += b.step) drop.add(j);
      a.replace(Uint8Array.from(cur.filter((_, k) => !drop.has(k))));
      return None;
    }
    let i = Number(indexValue(key));
    if (i < 0) i += cur.length;
    if (!(i >= 0 && i < cur.length)) raiseError('IndexError', 'bytearray index out of range');
    cur.splice(i, 1);
    a.replace(Uint8Array.from(cur));
    return None;
  },
  __iadd__: (self: PyValue, other: PyValue) => {
    arrayOf(self).extend(bufferArg(other).slice());
    return self;
  },
  __imul__: (self: PyValue, n: PyValue) => {
    const a = arrayOf(self);
    a.replace(Y.bytesRepeat(a.view(), repeatCountOf(indexValue(n)), true));
    return self;
  },
  append: (self: PyValue, v: PyValue) => {
    arrayOf(self).append(byteValue(v));
    return None;
  },
  extend: (self: PyValue, iterable: PyValue) => {
    arrayOf(self).extend(contentsFrom(iterable, undefined, undefined, 'bytearray'));
    return None;
  },
  pop: [(self: PyValue, index?: PyValue) => {
    const a = arrayOf(self);
    if (a.length === 0) raiseError('IndexError', 'pop from empty bytearray');
    let i = index === undefined ? a.length - 1 : Number(indexValue(index));
    if (i < 0) i += a.length;
    if (!(i >= 0 && i < a.length)) raiseError('IndexError', 'pop index out of range');
    const cur = Array.from(a.view());
    const [v] = cur.splice(i, 1);
    a.replace(Uint8Array.from(cur));
    return v;
  }, { min: 0, max: 1 }],
  insert: (self: PyValue, index: PyValue, v: PyValue) => {
    const a = arrayOf(self);
    const cur = Array.from(a.view());
    let i = Number(indexValue(index));
    if (i < 0) i = Math.max(0, i + cur.length);
    cur.splice(Math.min(i, cur.length), 0, byteValue(v));
    a.replace(Uint8Array.from(cur));
    return None;
  },
  remove: (self: PyValue, v: PyValue) => {
    const a = arrayOf(self);
    const cur = Array.from(a.view());
    const i = cur.indexOf(byteValue(v));
    if (i < 0) raiseError('ValueError', 'value not found in bytearray');
    cur.splice(i, 1);
    a.replace(Uint8Array.from(cur));
    return None;
  },
  clear: (self: PyValue) => {
    arrayOf(self).replace(new Uint8Array(0));
    return None;
  },
  reverse: (self: PyValue) => {
    arrayOf(self).view().reverse();
    return None;
  },
  copy: (self: PyValue) => new PyByteArray(dataOf(self).slice()),
});
markSequenceRepeat(bytesType, '__mul__', '__rmul__');
markSequenceRepeat(bytearrayType, '__imul__');

for (const t of [bytesType, bytearrayType]) {
  reworded(t, ['count', 'find', 'rfind', 'index', 'rindex', 'startswith', 'endswith'], null);
  reworded(t, ['split', 'rsplit'], ['sep', 'maxsplit']);
  reworded(t, ['splitlines'], ['keepends']);
  reworded(t, ['decode'], ['encoding', 'errors']);
}
