// range: an immutable arithmetic sequence with O(1) len, indexing,
// membership for ints, slicing to another range, CPython's repr/hash/equality,
// and RangeIterator, the loop counter of `for i in range(n)` (backends may
// special-case it). Invariant: `length` is exact; when start, step and the
// last value are safe integers every field is a JS number, else all are bigints.
import { PyObject, PyType, None, NotImplemented, makeBuiltinType, objectType, raiseError, typeName, type PyValue } from './object.js';
import { repr, pyHash as hash, indexValue as index, pyEq } from './abstract.js';
import { defineBuiltinType, getter, staticNew } from './type.js';
import { defineMethods, defineIteratorMethods, PyIterator } from './nativeType.js';
import { PySlice, sliceIndicesBig } from './slice.js';
import { newTuple } from './tuple.js';
import { normalize, type Int } from './int.js';

export const rangeType = defineBuiltinType({ name: 'range', subclassable: false });

export class PyRange extends PyObject {
  constructor(readonly start: Int, readonly stop: Int, readonly step: Int, readonly length: Int) {
    super(rangeType);
  }
}

function toBig(v: Int): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

/** Number of items of range(start, stop, step), exact. */
function rangeLength(start: Int, stop: Int, step: Int): Int {
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  const a = toBig(start);
  const b = toBig(stop);
  const s = toBig(step);
  if (s > 0n) return normalize(a < b ? (b - a - 1n) / s + 1n : 0n);
  return normalize(a > b ? (a - b - 1n) / -s + 1n : 0n);
}

export function newRange(start: Int, stop: Int, step: Int): PyRange {
  if (step === 0 || step === 0n) raiseError('ValueError', 'range() arg 3 must not be zero');
  return new PyRange(start, stop, step, rangeLength(start, stop, step));
}

function rangeArg(v: PyValue): Int {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return index(v);
}

const SSIZE_MAX = (1n << 63n) - 1n;

/** The `len()` of a range, which CPython limits to sys.maxsize. */
export function rangeLen(r: PyRange): Int {
  if (typeof r.length === 'bigint' && r.length > SSIZE_MAX) raiseError('OverflowError', 'Python int too large to convert to C ssize_t');
  return r.length;
}

/** r[i] for an in-range index (computed exactly). */
function itemAt(r: PyRange, i: Int): Int {
  if (typeof i === 'number' && typeof r.start === 'number' && typeof r.step === 'number') {
    const v = r.start + i * r.step;
    if (Number.isSafeInteger(v)) return v;
  }
  return normalize(toBig(r.start) + toBig(i) * toBig(r.step));
}

export function rangeGetItem(r: PyRange, key: PyValue): PyValue {
  if (key instanceof PySlice) return rangeSlice(r, key);
  let i: Int;
  if (typeof key === 'number' || typeof key === 'bigint') i = key;
  else if (typeof key === 'boolean') i = key ? 1 : 0;
  else {
    if (!(key instanceof PyObject) || key.type.lookup('__index__') === null) {
      raiseError('TypeError', `range indices must be integers or slices, not ${typeName(key)}`);
    }
    i = index(key);
  }
  const n = r.length;
  if (typeof i === 'number' && typeof n === 'number') {
    if (i < 0) i += n;
    if (i < 0 || i >= n) raiseError('IndexError', 'range object index out of range');
    return itemAt(r, i);
  }
  let bi = toBig(i);
  if (bi < 0n) bi += toBig(n);
  if (bi < 0n || bi >= toBig(n)) raiseError('IndexError', 'range object index out of range');
  return itemAt(r, normalize(bi));
}

/** range[a:b:c] is a range: computed from slice.indices(len) exactly as CPython's compute_slice. */
function rangeSlice(r: PyRange, s: PySlice): PyRange {
  const [start, stop, step] = sliceIndicesBig(s, toBig(r.length));
  const rs = toBig(r.start);
  const rstep = toBig(r.step);
  return newRange(normalize(rs + start * rstep), normalize(rs + stop * rstep), normalize(rstep * step));
}

/** `v in r`: arithmetic for ints (and bools), else a linear search with ==. */
export function rangeContains(r: PyRange, v: PyValue): boolean {
  if (typeof v === 'number' && typeof r.start === 'number' && typeof r.stop === 'number' && typeof r.step === 'number') {
    const { start, stop, step } = r;
    if (step > 0 ? v < start || v >= stop : v > start || v <= stop) return false;
    return (v - start) % step === 0;
  }
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') {
    const x = typeof v === 'boolean' ? (v ? 1n : 0n) : toBig(v);
    const start = toBig(r.start);
    const stop = toBig(r.stop);
    const step = toBig(r.step);
    if (step > 0n ? x < start || x >= stop : x > start || x <= stop) return false;
    return (x - start) % step === 0n;
  }
  const it = new RangeIterator(r);
  for (let x = it.nextValue(); x !== undefined; x = it.nextValue()) if ((x === v || pyEq(x, v))) return true;
  return false;
}

function rangeEquals(a: PyRange, b: PyRange): boolean {
  if (a === b) return true;
  if (toBig(a.length) !== toBig(b.length)) return false;
  if (a.length === 0 || a.length === 0n) return true;
  if (toBig(a.start) !== toBig(b.start)) return false;
  if (a.length === 1 || a.length === 1n) return true;
  return toBig(a.step) === toBig(b.step);
}

/** Iterates a range: number arithmetic while values stay safe, bigint otherwise. */
export class RangeIterator extends PyIterator {
  next: number;
  readonly step: number;
  remaining: number;
  private readonly bigNext: bigint | null;
  private bigValue: bigint;
  private readonly bigStep: bigint;
  private bigRemaining: bigint;

  constructor(r: PyRange, reversed = false) {
    const safe = typeof r.start === 'number' && typeof r.step === 'number' && typeof r.length === 'number' &&
      Number.isSafeInteger(r.start + r.length * r.step);
    super(rangeFits(r) ? rangeIteratorType : longRangeIteratorType);
    if (safe) {
      const start = r.start as number;
      const step = r.step as number;
      const n = r.length as number;
      this.next = reversed ? start + (n - 1) * step : start;
      this.step = reversed ? -step : step;
      this.remaining = n;
      this.bigNext = null;
      this.bigValue = 0n;
      this.bigStep = 0n;
      this.bigRemaining = 0n;
    } else {
      const start = toBig(r.start);
      const step = toBig(r.step);
      const n = toBig(r.length);
      this.next = 0;
      this.step = 0;
      this.remaining = 0;
      this.bigValue = reversed ? start + (n - 1n) * step : start;
      this.bigNext = this.bigValue;
      this.bigStep = reversed ? -step : step;
      this.bigRemaining = n;
    }
  }

  nextValue(): PyValue | undefined {
    if (this.bigNext === null) {
      if (this.remaining <= 0) return undefined;
      this.remaining--;
      const v = this.next;
      this.next = v + this.step;
      return v;
    }
    if (this.bigRemaining <= 0n) return undefined;
    this.bigRemaining--;
    const v = this.bigValue;
    this.bigValue = v + this.bigStep;
    return normalize(v);
  }

  lengthHint(): Int {
    return this.bigNext === null ? Math.max(0, this.remaining) : normalize(this.bigRemaining > 0n ? this.bigRemaining : 0n);
  }
}

/** CPython's range_iterator holds C longs; a range past them iterates as a longrange_iterator. */
function rangeFits(r: PyRange): boolean {
  const limit = 2n ** 63n;
  const fits = (v: Int): boolean => typeof v === 'number' || (v >= -limit && v < limit);
  return fits(r.start) && fits(r.stop) && fits(r.step) && fits(r.length);
}

export const rangeIteratorType = makeBuiltinType('range_iterator', objectType, 0);
const longRangeIteratorType = makeBuiltinType('longrange_iterator', objectType, 0);
for (const t of [rangeIteratorType, longRangeIteratorType]) {
  defineIteratorMethods(t);
  defineMethods(t, { __length_hint__: (self: RangeIterator) => self.lengthHint() });
}

function rangeRepr(r: PyRange): string {
  const step = r.step === 1 ? '' : `, ${repr(r.step)}`;
  return `range(${repr(r.start)}, ${repr(r.stop)}${step})`;
}

defineMethods(rangeType, {
  __len__: (self: PyRange) => rangeLen(self),
  __getitem__: (self: PyRange, key: PyValue) => rangeGetItem(self, key),
  __contains__: (self: PyRange, v: PyValue) => rangeContains(self, v),
  __iter__: (self: PyRange) => new RangeIterator(self),
  __reversed__: (self: PyRange) => new RangeIterator(self, true),
  __repr__: (self: PyRange) => rangeRepr(self),
  __bool__: (self: PyRange) => self.length !== 0 && self.length !== 0n,
  __eq__: (self: PyRange, o: PyValue) => (o instanceof PyRange ? rangeEquals(self, o) : NotImplemented),
  __ne__: (self: PyRange, o: PyValue) => (o instanceof PyRange ? !rangeEquals(self, o) : NotImplemented),
  __hash__: (self: PyRange) => {
    const n = self.length;
    if (n === 0 || n === 0n) return hash(newTuple([0, None, None]));
    if (n === 1 || n === 1n) return hash(newTuple([1, self.start, None]));
    return hash(newTuple([n, self.start, self.step]));
  },
  count: (self: PyRange, v: PyValue) => {
    if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return rangeContains(self, v) ? 1 : 0;
    let c = 0;
    const it = new RangeIterator(self);
    for (let x = it.nextValue(); x !== undefined; x = it.nextValue()) if ((x === v || pyEq(x, v))) c++;
    return c;
  },
  index: (self: PyRange, v: PyValue) => {
    if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') {
      if (!rangeContains(self, v)) raiseError('ValueError', `${repr(v)} is not in range`);
      const x = typeof v === 'boolean' ? (v ? 1n : 0n) : toBig(v);
      return normalize((x - toBig(self.start)) / toBig(self.step));
    }
    let i = 0;
    const it = new RangeIterator(self);
    for (let x = it.nextValue(); x !== undefined; x = it.nextValue(), i++) if ((x === v || pyEq(x, v))) return i;
    return raiseError('ValueError', 'sequence.index(x): x not in sequence');
  },
});
getter(rangeType, 'start', (self) => (self as PyRange).start);
getter(rangeType, 'stop', (self) => (self as PyRange).stop);
getter(rangeType, 'step', (self) => (self as PyRange).step);

staticNew(rangeType, (_cls: PyType, args, kwnames) => {
  if (kwnames !== null && kwnames.length !== 0) raiseError('TypeError', 'range() takes no keyword arguments');
  switch (args.length) {
    case 1: return newRange(0, rangeArg(args[0]), 1);
    case 2: return newRange(rangeArg(args[0]), rangeArg(args[1]), 1);
    case 3: return newRange(rangeArg(args[0]), rangeArg(args[1]), rangeArg(args[2]));
    case 0: return raiseError('TypeError', 'range expected at least 1 argument, got 0');
    default: return raiseError('TypeError', `range expected at most 3 arguments, got ${args.length}`);
  }
});
