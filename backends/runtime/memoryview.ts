// memoryview over bytes and bytearray: one-dimensional views with a start,
// a length and a step (in items), native single-character formats after
// cast(), indexing and slicing (to further views), item and slice assignment
// into a bytearray, tobytes/tolist/hex, comparison, hashing of read-only
// views, release() and the context manager. A view reads its source's bytes
// on every access, so it always sees the bytearray's current contents; pvm
// does not stop a bytearray with live views from being resized (CPython
// raises BufferError), and a view past a shrunk end raises IndexError.
import { PyObject, None, NotImplemented, raiseError, typeName, type PyType, type PyValue } from './object.js';
import { floatFromObject } from './floatMethods.js';
import { defineBuiltinType, getter, staticNew } from './type.js';
import { defineMethods, defineIteratorMethods, PyIterator } from './nativeType.js';
import { PyBytes, PyByteArray, bytesData, bytesHex, bytesHash } from './bytes.js';
import { bufferHooks } from './extensionHooks.js';
import { PyFloat } from './float.js';
import { PySlice, adjustSlice } from './slice.js';
import { newTuple } from './tuple.js';
import { newList } from './list.js';
import * as rt from './abstract.js';

export const memoryviewType = defineBuiltinType({ name: 'memoryview', subclassable: false });

/** Item sizes of the native formats cast() accepts (64-bit Linux, '@' alignment). */
const ITEM_SIZES: Record<string, number> = {
  B: 1, b: 1, c: 1, '?': 1, H: 2, h: 2, I: 4, i: 4, L: 8, l: 8, Q: 8, q: 8, N: 8, n: 8, P: 8, f: 4, d: 8, e: 2,
};

export class PyMemoryView extends PyObject {
  released = false;
  constructor(
    readonly source: PyBytes | PyByteArray,
    /** Byte offset of item 0. */
    readonly offset: number,
    /** Number of items. */
    readonly count: number,
    /** Distance between items, in items (negative for reversed slices). */
    readonly step: number,
    readonly format: string,
    readonly itemsize: number,
  ) {
    super(memoryviewType);
  }

  get readonly(): boolean {
    return !(this.source instanceof PyByteArray);
  }

  get contiguous(): boolean {
    return this.step === 1 || this.count <= 1;
  }

  check(): void {
    if (this.released) raiseError('ValueError', 'operation forbidden on released memoryview object');
  }

  /** The source's bytes as they are now, checked to still cover the view. */
  bytes(): Uint8Array {
    const data = bytesData(this.source)!;
    if (this.count > 0) {
      const first = this.offset;
      const last = this.offset + (this.count - 1) * this.step * this.itemsize;
      if (Math.max(first, last) + this.itemsize > data.length) raiseError('IndexError', 'memoryview: underlying buffer was resized');
    }
    return data;
  }

  /** The viewed bytes in item order, as a fresh array. */
  toBytes(): Uint8Array {
    const data = this.bytes();
    if (this.step === 1) return data.slice(this.offset, this.offset + this.count * this.itemsize);
    const out = new Uint8Array(this.count * this.itemsize);
    for (let i = 0; i < this.count; i++) {
      const at = this.offset + i * this.step * this.itemsize;
      out.set(data.subarray(at, at + this.itemsize), i * this.itemsize);
    }
    return out;
  }
}

function readItem(mv: PyMemoryView, data: Uint8Array, at: number): PyValue {
  const dv = new DataView(data.buffer, data.byteOffset + at, mv.itemsize);
  switch (mv.format) {
    case 'B': return dv.getUint8(0);
    case 'b': return dv.getInt8(0);
    case 'c': return new PyBytes(data.slice(at, at + 1));
    case '?': return dv.getUint8(0) !== 0;
    case 'H': return dv.getUint16(0, true);
    case 'h': return dv.getInt16(0, true);
    case 'I': return dv.getUint32(0, true);
    case 'i': return dv.getInt32(0, true);
    case 'L': case 'Q': case 'N': case 'P': return intOf(dv.getBigUint64(0, true));
    case 'l': case 'q': case 'n': return intOf(dv.getBigInt64(0, true));
    case 'f': return new PyFloat(dv.getFloat32(0, true));
    case 'd': return new PyFloat(dv.getFloat64(0, true));
    default: return raiseError('NotImplementedError', `memoryview: format ${mv.format} not supported`);
  }
}

function intOf(v: bigint): number | bigint {
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

const INT_RANGES: Record<string, [bigint, bigint]> = {
  B: [0n, 255n], b: [-128n, 127n], H: [0n, 65535n], h: [-32768n, 32767n], I: [0n, 4294967295n], i: [-2147483648n, 2147483647n],
  L: [0n, (1n << 64n) - 1n], Q: [0n, (1n << 64n) - 1n], N: [0n, (1n << 64n) - 1n], P: [0n, (1n << 64n) - 1n],
  l: [-(1n << 63n), (1n << 63n) - 1n], q: [-(1n << 63n), (1n << 63n) - 1n], n: [-(1n << 63n), (1n << 63n) - 1n],
};

function writeItem(mv: PyMemoryView, data: Uint8Array, at: number, value: PyValue): void {
  const dv = new DataView(data.buffer, data.byteOffset + at, mv.itemsize);
  const fmt = mv.format;
  const invalid = (): never => raiseError('TypeError', `memoryview: invalid type for format '${fmt}'`);
  if (fmt === 'c') {
    const d = value instanceof PyBytes ? value.data : null;
    if (d === null || d.length !== 1) invalid();
    dv.setUint8(0, d![0]!);
    return;
  }
  if (fmt === 'f' || fmt === 'd') {
    if (!(value instanceof PyFloat) && typeof value !== 'number' && typeof value !== 'bigint' && typeof value !== 'boolean') invalid();
    const x = floatFromObject(value);
    if (fmt === 'f') dv.setFloat32(0, x, true);
    else dv.setFloat64(0, x, true);
    return;
  }
  if (fmt === '?') {
    dv.setUint8(0, rt.isTrue(value) ? 1 : 0);
    return;
  }
  if (typeof value !== 'number' && typeof value !== 'bigint' && typeof value !== 'boolean') invalid();
  const n = BigInt(typeof value === 'boolean' ? (value ? 1 : 0) : value as number | bigint);
  const [lo, hi] = INT_RANGES[fmt]!;
  if (n < lo || n > hi) raiseError('ValueError', `memoryview: invalid value for format '${fmt}'`);
  switch (mv.itemsize) {
    case 1: dv.setUint8(0, Number(BigInt.asUintN(8, n))); break;
    case 2: dv.setUint16(0, Number(BigInt.asUintN(16, n)), true); break;
    case 4: dv.setUint32(0, Number(BigInt.asUintN(32, n)), true); break;
    default: dv.setBigUint64(0, BigInt.asUintN(64, n), true);
  }
}

/** memoryview(obj) for a bytes-like object. */
export function newMemoryView(obj: PyValue): PyMemoryView {
  if (obj instanceof PyMemoryView) {
    obj.check();
    return new PyMemoryView(obj.source, obj.offset, obj.count, obj.step, obj.format, obj.itemsize);
  }
  if (obj instanceof PyBytes || obj instanceof PyByteArray) {
    return new PyMemoryView(obj, 0, bytesData(obj)!.length, 1, 'B', 1);
  }
  return raiseError('TypeError', `memoryview: a bytes-like object is required, not '${typeName(obj)}'`);
}

function itemIndex(mv: PyMemoryView, key: PyValue): number {
  let i = rt.indexValue(key) as number | bigint;
  if (typeof i === 'bigint') raiseError('IndexError', 'index out of bounds on dimension 1');
  if (i < 0) i += mv.count;
  if (i < 0 || i >= mv.count) raiseError('IndexError', 'index out of bounds on dimension 1');
  return mv.offset + i * mv.step * mv.itemsize;
}

function isIndexLike(key: PyValue): boolean {
  return typeof key === 'number' || typeof key === 'bigint' || typeof key === 'boolean' ||
    (key instanceof PyObject && key.type.lookup('__index__') !== null);
}

function getItem(mv: PyMemoryView, key: PyValue): PyValue {
  mv.check();
  if (key instanceof PySlice) {
    const b = adjustSlice(key, mv.count);
    return new PyMemoryView(mv.source, mv.offset + b.start * mv.step * mv.itemsize, b.length, mv.step * b.step, mv.format, mv.itemsize);
  }
  if (isIndexLike(key)) return readItem(mv, mv.bytes(), itemIndex(mv, key));
  return raiseError('TypeError', 'memoryview: invalid slice key');
}

function setItem(mv: PyMemoryView, key: PyValue, value: PyValue): void {
  mv.check();
  if (mv.readonly) raiseError('TypeError', 'cannot modify read-only memory');
  const data = mv.bytes();
  if (key instanceof PySlice) {
    const b = adjustSlice(key, mv.count);
    const src = value instanceof PyMemoryView ? (value.check(), value) : null;
    let incoming: Uint8Array;
    if (src !== null) {
      if (src.format !== mv.format) raiseError('ValueError', 'memoryview assignment: lvalue and rvalue have different structures');
      incoming = src.toBytes();
    } else {
      const d = bytesData(value);
      if (d === null) raiseError('TypeError', `a bytes-like object is required, not '${typeName(value)}'`);
      if (mv.itemsize !== 1) raiseError('ValueError', 'memoryview assignment: lvalue and rvalue have different structures');
      incoming = d.slice();
    }
    if (incoming.length !== b.length * mv.itemsize) raiseError('ValueError', 'memoryview assignment: lvalue and rvalue have different structures');
    for (let i = 0; i < b.length; i++) {
      const at = mv.offset + (b.start + i * b.step) * mv.step * mv.itemsize;
      data.set(incoming.subarray(i * mv.itemsize, (i + 1) * mv.itemsize), at);
    }
    return;
  }
  if (!isIndexLike(key)) raiseError('TypeError', 'memoryview: invalid slice key');
  writeItem(mv, data, itemIndex(mv, key), value);
}

function toList(mv: PyMemoryView): PyValue[] {
  const data = mv.bytes();
  const out: PyValue[] = [];
  for (let i = 0; i < mv.count; i++) out.push(readItem(mv, data, mv.offset + i * mv.step * mv.itemsize));
  return out;
}

function castView(mv: PyMemoryView, format: PyValue, shape: PyValue | undefined): PyMemoryView {
  mv.check();
  if (typeof format !== 'string') raiseError('TypeError', `memoryview.cast(): argument 'format' must be str, not ${typeName(format)}`);
  if (shape !== undefined && shape !== None) raiseError('NotImplementedError', 'memoryview.cast() with a shape is not supported by pvm (views are one-dimensional)');
  const fmt = format.startsWith('@') ? format.slice(1) : format;
  const size = ITEM_SIZES[fmt];
  if (size === undefined || fmt.length !== 1) {
    raiseError('ValueError', "memoryview: destination format must be a native single character format prefixed with an optional '@'");
  }
  if (!mv.contiguous) raiseError('TypeError', 'memoryview: casts are restricted to C-contiguous views');
  const byteFormat = (f: string): boolean => f === 'B' || f === 'b' || f === 'c';
  if (!byteFormat(mv.format) && !byteFormat(fmt)) raiseError('TypeError', 'memoryview: cannot cast between two non-byte formats');
  const nbytes = mv.count * mv.itemsize;
  if (nbytes % size! !== 0) raiseError('TypeError', 'memoryview: length is not a multiple of itemsize');
  return new PyMemoryView(mv.source, mv.offset, nbytes / size!, 1, fmt, size!);
}

function viewEquals(mv: PyMemoryView, other: PyValue): PyValue {
  if (mv.released) return mv === other;
  let theirs: PyValue[];
  if (other instanceof PyMemoryView) {
    if (other.released) return mv === other;
    theirs = toList(other);
  } else {
    const d = bytesData(other);
    if (d === null) return NotImplemented;
    theirs = Array.from(d);
  }
  const ours = toList(mv);
  if (ours.length !== theirs.length) return false;
  for (let i = 0; i < ours.length; i++) if (!rt.pyEq(ours[i]!, theirs[i]!)) return false;
  return true;
}

class MemoryViewIterator extends PyIterator {
  private i = 0;
  constructor(private readonly mv: PyMemoryView) {
    super(memoryviewIteratorType);
  }

  nextValue(): PyValue | undefined {
    const mv = this.mv;
    mv.check();
    if (this.i >= mv.count) return undefined;
    return readItem(mv, mv.bytes(), mv.offset + this.i++ * mv.step * mv.itemsize);
  }
}

const memoryviewIteratorType = defineBuiltinType({ name: 'memory_iterator', subclassable: false });
defineIteratorMethods(memoryviewIteratorType);

function live(self: PyValue): PyMemoryView {
  const mv = self as PyMemoryView;
  mv.check();
  return mv;
}

defineMethods(memoryviewType, {
  __len__: (self: PyValue) => live(self).count,
  __getitem__: (self: PyMemoryView, key: PyValue) => getItem(self, key),
  __setitem__: (self: PyMemoryView, key: PyValue, value: PyValue) => {
    setItem(self, key, value);
    return None;
  },
  __iter__: (self: PyValue) => new MemoryViewIterator(live(self)),
  __eq__: (self: PyMemoryView, other: PyValue) => viewEquals(self, other),
  __ne__: (self: PyMemoryView, other: PyValue) => {
    const r = viewEquals(self, other);
    return r === NotImplemented ? r : !r;
  },
  __hash__: (self: PyValue) => {
    const mv = live(self);
    if (!mv.readonly) raiseError('ValueError', 'cannot hash writable memoryview object');
    if (!['B', 'b', 'c'].includes(mv.format)) raiseError('ValueError', "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    return bytesHash(mv.toBytes());
  },
  __repr__: (self: PyMemoryView) => `<${self.released ? 'released ' : ''}memory at 0x${rt.id(self).toString(16).padStart(12, '0')}>`,
  __enter__: (self: PyValue) => live(self),
  __exit__: [(self: PyMemoryView) => {
    self.released = true;
    return None;
  }, { min: 0, max: 3 }],
  release: (self: PyMemoryView) => {
    self.released = true;
    return None;
  },
  tobytes: [(self: PyValue) => new PyBytes(live(self).toBytes()), { min: 0, max: 1, names: ['order'] }],
  tolist: (self: PyValue) => newList(toList(live(self))),
  toreadonly: (self: PyValue) => {
    const mv = live(self);
    return new PyMemoryView(new PyBytes(mv.toBytes()), 0, mv.count, 1, mv.format, mv.itemsize);
  },
  hex: [(self: PyValue, sep?: PyValue, bytesPerSep?: PyValue) => {
    const data = live(self).toBytes();
    if (sep === undefined) return bytesHex(data);
    const sepText = typeof sep === 'string' ? sep : sep instanceof PyBytes ? String.fromCharCode(...sep.data) : raiseError('TypeError', 'sep must be str or bytes.');
    return bytesHex(data, sepText, bytesPerSep === undefined ? 1 : Number(rt.indexValue(bytesPerSep)));
  }, { min: 0, max: 2, names: ['sep', 'bytes_per_sep'] }],
  cast: [(self: PyMemoryView, format: PyValue, shape?: PyValue) => castView(self, format, shape), { min: 1, max: 2, names: ['format', 'shape'] }],
});

getter(memoryviewType, 'obj', (self) => live(self).source);
getter(memoryviewType, 'nbytes', (self) => live(self).count * (self as PyMemoryView).itemsize);
getter(memoryviewType, 'readonly', (self) => live(self).readonly);
getter(memoryviewType, 'itemsize', (self) => live(self).itemsize);
getter(memoryviewType, 'format', (self) => live(self).format);
getter(memoryviewType, 'ndim', (self) => (live(self), 1));
getter(memoryviewType, 'shape', (self) => newTuple([live(self).count]));
getter(memoryviewType, 'strides', (self) => newTuple([live(self).step * (self as PyMemoryView).itemsize]));
getter(memoryviewType, 'suboffsets', (self) => (live(self), newTuple([])));
getter(memoryviewType, 'c_contiguous', (self) => live(self).contiguous);
getter(memoryviewType, 'f_contiguous', (self) => live(self).contiguous);
getter(memoryviewType, 'contiguous', (self) => live(self).contiguous);

staticNew(memoryviewType, (_cls: PyType, args, kwnames) => {
  const names = kwnames ?? [];
  const positional = args.length - names.length;
  if (args.length !== 1 || (names.length === 1 && names[0] !== 'object') || positional > 1) {
    if (args.length === 0) raiseError('TypeError', "memoryview() missing required argument 'object' (pos 1)");
    raiseError('TypeError', `memoryview() takes at most 1 argument (${args.length} given)`);
  }
  return newMemoryView(args[0]!);
});

// Contiguous views are bytes-like wherever the runtime takes a buffer (bytes(mv), b''.join, write...).
bufferHooks.data = (v: unknown): Uint8Array | null => {
  if (!(v instanceof PyMemoryView) || v.released) return null;
  if (v.step === 1) {
    const data = v.bytes();
    return data.subarray(v.offset, v.offset + v.count * v.itemsize);
  }
  return v.toBytes();
};
