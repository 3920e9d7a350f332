// tuple: an immutable PyObject around a JS array, with CPython 3.11's exact
// hash (xxHash-based tuplehash, which set iteration order depends on),
// comparisons, repr, count/index and the tuple iterator.
// Invariant: `items` is never mutated after construction; () is one shared object.
import { PyObject, PyType, NotImplemented, makeBuiltinType, objectType, raiseError, typeName, containers, type PyValue } from './object.js';
import { pyEq, pyHash, repr as pyRepr, markSequenceRepeat } from './abstract.js';
import { PySlice, sliceItems, adjustSlice } from './slice.js';
import { defineMethods, defineIteratorMethods, PyIterator } from './nativeType.js';
import { defineBuiltinType, staticNew } from './type.js';
import { out, tupleHashHalves, hashFromHalves, splitHash } from './hash64.js';
import { strHashHalves } from './siphash.js';
import { reprEnter, reprLeave } from './reprGuard.js';
import {
  seqIndex, sequenceContains, compareSequences, repeatCount, repeatItems, iterableToArray, clampIndex, defersTo,
  TupleIterator, tupleIteratorType,
} from './list.js';

export const tupleType = defineBuiltinType({ name: 'tuple' });

export class PyTuple extends PyObject {
  constructor(readonly items: readonly PyValue[], type: PyType = tupleType) {
    super(type);
  }
}

export const emptyTuple = new PyTuple([]);

export function newTuple(items: readonly PyValue[]): PyTuple {
  return items.length === 0 ? emptyTuple : new PyTuple(items);
}

containers.newTuple = (items) => newTuple(items);
containers.tupleItems = (v) => (v instanceof PyTuple ? v.items : undefined);

export function tupleGetIndex(t: PyTuple, i: number): PyValue {
  const items = t.items;
  if (i < 0) i += items.length;
  if (i >= 0 && i < items.length) return items[i];
  return raiseError('IndexError', 'tuple index out of range');
}

export function tupleGetItem(t: PyTuple, key: PyValue): PyValue {
  if (typeof key === 'number') return tupleGetIndex(t, key);
  if (key instanceof PySlice) {
    const b = adjustSlice(key, t.items.length);
    // The whole tuple in order is the tuple itself, as CPython returns it.
    if (b.step === 1 && b.length === t.items.length && t.type === tupleType) return t;
    return newTuple(sliceItems(t.items, key));
  }
  return tupleGetIndex(t, seqIndex(key, 'tuple'));
}

export function tupleRepr(t: PyTuple): string {
  const items = t.items;
  if (items.length === 0) return '()';
  if (!reprEnter(t)) return '(...)';
  try {
    if (items.length === 1) return `(${pyRepr(items[0])},)`;
    const parts: string[] = [];
    for (let i = 0; i < items.length; i++) parts.push(pyRepr(items[i]));
    return `(${parts.join(', ')})`;
  } finally {
    reprLeave(t);
  }
}

export function hashTuple(t: PyTuple): PyValue {
  tupleItemsHash(t.items);
  return hashFromHalves(out.hi, out.lo);
}

function tupleItemsHash(items: readonly PyValue[]): void {
  tupleHashHalves(items.length, (i) => hashHalves(items[i]));
}

/**
 * Leaves hash(v)'s two 64-bit halves in hash64's `out` (what the set table and
 * the dict's index use): ints, strs and exact tuples without going through
 * `__hash__` or allocating a bigint.
 */
export function hashHalves(v: PyValue): void {
  if (typeof v === 'number') {
    const h = v === -1 ? -2 : v;
    out.lo = h >>> 0;
    out.hi = h >= 0 && h < 4294967296 ? 0 : Math.floor(h / 4294967296) >>> 0;
    return;
  }
  if (typeof v === 'string') strHashHalves(v);
  else if (v instanceof PyTuple && v.type === tupleType) tupleItemsHash(v.items);
  else splitHash(pyHash(v));
}

/** Key equality of dicts and sets: identity, exact tuples item by item, else `==`. */
export function keyEquals(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  if (a instanceof PyTuple && b instanceof PyTuple && a.type === tupleType && b.type === tupleType) {
    const x = a.items;
    const y = b.items;
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!keyEquals(x[i], y[i])) return false;
    return true;
  }
  if (typeof a === 'number' && typeof b === 'number') return false;
  if (typeof a === 'string' && typeof b === 'string') return false;
  return pyEq(a, b);
}

export { TupleIterator, tupleIteratorType };

const compare = (op: '<' | '<=' | '==' | '!=' | '>' | '>=') => (self: PyTuple, o: PyValue) =>
  o instanceof PyTuple ? compareSequences(self.items, o.items, op) : NotImplemented;

defineMethods(tupleType, {
  count: (self: PyTuple, v: PyValue) => {
    let c = 0;
    for (const x of self.items) if (x === v || pyEq(x, v)) c++;
    return c;
  },
  index: [(self: PyTuple, v: PyValue, start?: PyValue, stop?: PyValue) => {
    const n = self.items.length;
    const hi = stop === undefined ? n : clampIndex(stop, n);
    for (let i = start === undefined ? 0 : clampIndex(start, n); i < hi; i++) {
      const x = self.items[i];
      if (x === v || pyEq(x, v)) return i;
    }
    return raiseError('ValueError', 'tuple.index(x): x not in tuple');
  }, { min: 1, max: 3 }],
  __len__: (self: PyTuple) => self.items.length,
  __getitem__: (self: PyTuple, key: PyValue) => tupleGetItem(self, key),
  __contains__: (self: PyTuple, v: PyValue) => sequenceContains(self.items, v),
  __iter__: (self: PyTuple) => new TupleIterator(self),
  __repr__: (self: PyTuple) => tupleRepr(self),
  __hash__: (self: PyTuple) => hashTuple(self),
  __add__: (self: PyTuple, other: PyValue) => {
    if (!(other instanceof PyTuple)) {
      if (defersTo(other, '__radd__')) return NotImplemented;
      return raiseError('TypeError', `can only concatenate tuple (not "${typeName(other)}") to tuple`);
    }
    if (other.items.length === 0 && self.type === tupleType) return self;
    if (self.items.length === 0 && other.type === tupleType) return other;
    return newTuple(self.items.concat(other.items));
  },
  __mul__: (self: PyTuple, n: PyValue) => {
    const count = repeatCount(n);
    if (count === 1 && self.type === tupleType) return self;
    return newTuple(repeatItems(self.items, count));
  },
  __rmul__: (self: PyTuple, n: PyValue) => {
    const count = repeatCount(n);
    if (count === 1 && self.type === tupleType) return self;
    return newTuple(repeatItems(self.items, count));
  },
  __getnewargs__: (self: PyTuple) => newTuple([newTuple(self.items)]),
  __eq__: compare('=='),
  __ne__: compare('!='),
  __lt__: compare('<'),
  __le__: compare('<='),
  __gt__: compare('>'),
  __ge__: compare('>='),
});
markSequenceRepeat(tupleType, '__mul__', '__rmul__');

staticNew(tupleType, (cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length !== 0) raiseError('TypeError', 'tuple() takes no keyword arguments');
  if (args.length > 1) raiseError('TypeError', `tuple expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) return cls === tupleType ? emptyTuple : new PyTuple([], cls);
  const src = args[0];
  if (cls === tupleType && src instanceof PyTuple && src.type === tupleType) return src;
  const items = iterableToArray(src);
  return cls === tupleType ? newTuple(items) : new PyTuple(items, cls);
});
tupleType.exactCall = (args, kwnames) => {
  if ((kwnames !== null && kwnames.length !== 0) || args.length > 1) return undefined;
  if (args.length === 0) return emptyTuple;
  const src = args[0]!;
  return src instanceof PyTuple && src.type === tupleType ? src : newTuple(iterableToArray(src));
};
