// slice objects and the index arithmetic every sequence shares: CPython's
// PySlice_Unpack + PySlice_AdjustIndices (clamping to the sequence) and
// slice.indices(). Invariant: `SliceBounds` after `adjustSlice` describes
// exactly the indexes start, start+step, ... (length of them), all in range.
import { PyObject, None, NotImplemented, makeBuiltinType, objectType, raiseError, containers, type PyValue } from './object.js';
import { indexValue as pyIndex, repr as pyRepr, pyEq } from './abstract.js';
import { defineMethods } from './nativeType.js';
import { getter, staticNew } from './type.js';

export const sliceType = makeBuiltinType('slice', objectType, 0);

export class PySlice extends PyObject {
  constructor(readonly start: PyValue, readonly stop: PyValue, readonly step: PyValue) {
    super(sliceType);
  }
}

export function newSlice(start: PyValue, stop: PyValue, step: PyValue): PySlice {
  return new PySlice(start, stop, step);
}

/** CPython's PY_SSIZE_T_MAX stands in as the largest clamp; sequences are far smaller. */
const SSIZE_MAX = Number.MAX_SAFE_INTEGER;

/** Reusable result of `adjustSlice` (read right after the call). */
export const bounds = { start: 0, stop: 0, step: 1, length: 0 };

function sliceIndex(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v !== 'bigint' && !hasIndex(v)) {
    raiseError('TypeError', 'slice indices must be integers or None or have an __index__ method');
  }
  const i = typeof v === 'bigint' ? v : pyIndex(v);
  if (typeof i === 'bigint') return i > 0n ? SSIZE_MAX : -SSIZE_MAX;
  return i;
}

function hasIndex(v: PyValue): boolean {
  return v instanceof PyObject && v.type.lookup('__index__') !== null;
}

/** PySlice_Unpack then PySlice_AdjustIndices for a sequence of `length`; fills `bounds`. */
export function adjustSlice(s: PySlice, length: number): typeof bounds {
  let step = 1;
  if (s.step !== None) {
    step = sliceIndex(s.step);
    if (step === 0) raiseError('ValueError', 'slice step cannot be zero');
  }
  let start = s.start === None ? (step < 0 ? SSIZE_MAX : 0) : sliceIndex(s.start);
  let stop = s.stop === None ? (step < 0 ? -SSIZE_MAX : SSIZE_MAX) : sliceIndex(s.stop);
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) {
    start = step < 0 ? length - 1 : length;
  }
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) {
    stop = step < 0 ? length - 1 : length;
  }
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) {
    n = Math.floor((stop - start - 1) / step) + 1;
  }
  bounds.start = start;
  bounds.stop = stop;
  bounds.step = step;
  bounds.length = n;
  return bounds;
}

/** The items of `items` selected by a slice (sequences' `x[a:b:c]`). */
export function sliceItems<T>(items: readonly T[], s: PySlice): T[] {
  const b = adjustSlice(s, items.length);
  if (b.step === 1) return items.slice(b.start, b.start + b.length);
  const out = new Array<T>(b.length);
  for (let i = 0, j = b.start; i < b.length; i++, j += b.step) out[i] = items[j];
  return out;
}

/**
 * CPython's arbitrary-precision _PySlice_GetLongIndices for a sequence of `len`
 * (not negative): [start, stop, step] as bigints; slice.indices and range
 * slicing share it.
 */
export function sliceIndicesBig(s: PySlice, len: bigint): [bigint, bigint, bigint] {
  const big = (v: PyValue): bigint => {
    if (typeof v === 'number') return BigInt(v);
    if (typeof v === 'bigint') return v;
    if (typeof v === 'boolean') return v ? 1n : 0n;
    if (!hasIndex(v)) raiseError('TypeError', 'slice indices must be integers or None or have an __index__ method');
    const i = pyIndex(v);
    return typeof i === 'bigint' ? i : BigInt(i);
  };
  const step = s.step === None ? 1n : big(s.step);
  if (step === 0n) raiseError('ValueError', 'slice step cannot be zero');
  const neg = step < 0n;
  const lower = neg ? -1n : 0n;
  const upper = neg ? len - 1n : len;
  const clamp = (v: PyValue, dflt: bigint): bigint => {
    if (v === None) return dflt;
    let x = big(v);
    if (x < 0n) {
      x += len;
      if (x < lower) x = lower;
    } else if (x > upper) x = upper;
    return x;
  };
  const start = clamp(s.start, neg ? upper : lower);
  const stop = clamp(s.stop, neg ? lower : upper);
  return [start, stop, step];
}

/** slice.indices(length). */
function sliceIndicesOf(s: PySlice, lengthArg: PyValue): PyValue {
  const length = pyIndex(lengthArg);
  const len = typeof length === 'bigint' ? length : BigInt(length);
  if (len < 0n) raiseError('ValueError', 'length should not be negative');
  const [start, stop, step] = sliceIndicesBig(s, len);
  const norm = (b: bigint): PyValue => (b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b);
  return containers.newTuple([norm(start), norm(stop), norm(step)]);
}

defineMethods(sliceType, {
  indices: sliceIndicesOf,
  __repr__: (self: PySlice) => `slice(${pyRepr(self.start)}, ${pyRepr(self.stop)}, ${pyRepr(self.step)})`,
  __eq__: (self: PySlice, other: PyValue) => {
    if (!(other instanceof PySlice)) return NotImplemented;
    return pyEq(self.start, other.start) && pyEq(self.stop, other.stop) && pyEq(self.step, other.step);
  },
});
sliceType.setAttr('__hash__', None);
getter(sliceType, 'start', (self) => (self as PySlice).start);
getter(sliceType, 'stop', (self) => (self as PySlice).stop);
getter(sliceType, 'step', (self) => (self as PySlice).step);
staticNew(sliceType, (_cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length !== 0) raiseError('TypeError', 'slice() takes no keyword arguments');
  switch (args.length) {
    case 1: return new PySlice(None, args[0], None);
    case 2: return new PySlice(args[0], args[1], None);
    case 3: return new PySlice(args[0], args[1], args[2]);
    case 0: return raiseError('TypeError', 'slice expected at least 1 argument, got 0');
    default: return raiseError('TypeError', `slice expected at most 3 arguments, got ${args.length}`);
  }
});
