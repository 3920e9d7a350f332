// set and frozenset over setTable.ts's CPython-exact table, with the
// operations written as CPython 3.11's setobject.c writes them (which set is
// iterated, which is probed, when tables are copied) so results iterate in
// CPython's order. Invariant: a frozenset's table never changes after creation.
import {
  PyObject, PyType, None, NotImplemented, builtinTypes, makeBuiltinType, objectType, raiseError, raiseWith, typeName,
  type PyValue,
} from './object.js';
import { repr as pyRepr, getIter, iterNext } from './abstract.js';
import { defineBuiltinType, methodRaw, staticNew } from './type.js';
import { defineMethods, defineIteratorMethods, PyIterator } from './nativeType.js';
import { SetTable, DUMMY } from './setTable.js';
import { frozensetHash, hashFromHalves, splitHash, out, type HashValue } from './hash64.js';
import { hashHalves } from './tuple.js';
import { reprEnter, reprLeave } from './reprGuard.js';
import { PyDict, HashedKey } from './dict.js';

export const setType = defineBuiltinType({ name: 'set' });
export const frozensetType = defineBuiltinType({ name: 'frozenset' });

export class PySet extends PyObject {
  table = new SetTable();
  /** A frozenset's cached hash. */
  hash: HashValue | undefined = undefined;
  constructor(type: PyType) {
    super(type);
  }

  get size(): number {
    return this.table.used;
  }

  get frozen(): boolean {
    return this.type === frozensetType || this.type.isSubtypeOf(frozensetType);
  }
}

export function newSet(): PySet {
  return new PySet(setType);
}

export function newFrozenSet(): PySet {
  return new PySet(frozensetType);
}

/** Leaves an element's hash halves in `out`: a set looked up in a set is hashed as a frozenset (CPython). */
function elementHash(v: PyValue): void {
  if (v instanceof PySet && !v.frozen) splitHash(frozensetHashOf(v));
  else hashHalves(v);
}

function frozensetHashOf(s: PySet): HashValue {
  if (s.hash !== undefined) return s.hash;
  const hashes: HashValue[] = [];
  for (const [, hi, lo] of liveEntries(s.table)) hashes.push(hashFromHalves(hi, lo));
  const h = frozensetHash(hashes);
  if (s.frozen) s.hash = h;
  return h;
}

export function setAdd(s: PySet, v: PyValue): void {
  hashHalves(v);
  s.table.add(v, out.hi, out.lo);
}

export function setContains(s: PySet, v: PyValue): boolean {
  elementHash(v);
  return s.table.has(v, out.hi, out.lo);
}

function discard(s: PySet, v: PyValue): boolean {
  elementHash(v);
  return s.table.discard(v, out.hi, out.lo);
}

/** CPython's set_update_internal (SET_UPDATE, set.update, set(iterable)): copies a set's table layout when it can. */
export function setUpdateFrom(s: PySet, other: PyValue): void {
  if (other instanceof PySet) {
    s.table.merge(other.table);
    return;
  }
  if (other instanceof PyDict && other.type === builtinTypes.get('dict')) {
    const t = s.table;
    if ((t.fill + other.size) * 5 >= t.mask * 3) t.resize((t.used + other.size) * 2);
    for (const mk of other.map.keys()) {
      if (mk instanceof HashedKey) t.add(mk.key, mk.hi, mk.lo);
      else {
        const k = other.keyOf(mk);
        hashHalves(k);
        t.add(k, out.hi, out.lo);
      }
    }
    return;
  }
  const it = getIter(other);
  const t = s.table;
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) {
    hashHalves(v);
    t.add(v, out.hi, out.lo);
  }
}

/** A new set holding the items of an iterable (also used by dict views). */
export function newSetFrom(iterable: PyValue, type: PyType = setType): PySet {
  const s = new PySet(type);
  setUpdateFrom(s, iterable);
  return s;
}

/** CPython's make_new_set_basetype: operations on subclass instances build plain sets/frozensets. */
function baseTypeOf(s: PySet): PyType {
  return s.frozen ? frozensetType : setType;
}

function copyOf(s: PySet): PySet {
  const r = new PySet(baseTypeOf(s));
  r.table.merge(s.table);
  return r;
}

function* liveEntries(t: SetTable): Generator<[PyValue, number, number]> {
  for (let j = 0; j < t.keys.length; j++) {
    const k = t.keys[j];
    if (k !== undefined && k !== DUMMY) yield [k, t.hashes[2 * j], t.hashes[2 * j + 1]];
  }
}

function entriesSnapshot(t: SetTable): [PyValue, number, number][] {
  return [...liveEntries(t)];
}

/** CPython's set_intersection. */
function intersection(so: PySet, other: PyValue): PySet {
  if (so === other) return copyOf(so);
  const result = new PySet(baseTypeOf(so));
  if (other instanceof PySet) {
    let big = so;
    let small = other;
    if (other.size > so.size) {
      big = other;
      small = so;
    }
    for (const [k, hi, lo] of entriesSnapshot(small.table)) if (big.table.has(k, hi, lo)) result.table.add(k, hi, lo);
    return result;
  }
  const it = getIter(other);
  for (let k = iterNext(it); k !== undefined; k = iterNext(it)) {
    hashHalves(k);
    const hi = out.hi;
    const lo = out.lo;
    if (so.table.has(k, hi, lo)) {
      result.table.add(k, hi, lo);
      if (result.size >= so.size) break;
    }
  }
  return result;
}

/** CPython's set_difference_update_internal. */
function differenceUpdate(so: PySet, other: PyValue): void {
  if (so === other) {
    so.table.clear();
    return;
  }
  if (other instanceof PySet) {
    const src = other.size >> 3 > so.size ? intersection(so, other) : other;
    for (const [k, hi, lo] of entriesSnapshot(src.table)) so.table.discard(k, hi, lo);
  } else {
    const it = getIter(other);
    for (let k = iterNext(it); k !== undefined; k = iterNext(it)) discard(so, k);
  }
  const t = so.table;
  if (t.fill - t.used <= Math.floor(t.mask / 4)) return;
  t.resize(t.used > 50000 ? t.used * 2 : t.used * 4);
}

/** CPython's set_difference. */
function difference(so: PySet, other: PyValue): PySet {
  let otherSize: number;
  if (other instanceof PySet) otherSize = other.size;
  else if (other instanceof PyDict && other.type === builtinTypes.get('dict')) otherSize = other.size;
  else {
    const r = copyOf(so);
    differenceUpdate(r, other);
    return r;
  }
  if (so.size >> 2 > otherSize) {
    const r = copyOf(so);
    differenceUpdate(r, other);
    return r;
  }
  const result = new PySet(baseTypeOf(so));
  for (const [k, hi, lo] of entriesSnapshot(so.table)) {
    const present = other instanceof PySet ? other.table.has(k, hi, lo) : (other as PyDict).has(k);
    if (!present) result.table.add(k, hi, lo);
  }
  return result;
}

/** CPython's set_symmetric_difference_update. */
function symmetricDifferenceUpdate(so: PySet, other: PyValue): void {
  if (so === other) {
    so.table.clear();
    return;
  }
  if (other instanceof PyDict && other.type === builtinTypes.get('dict')) {
    for (const k of other.keyList()) {
      hashHalves(k);
      const hi = out.hi;
      const lo = out.lo;
      if (!so.table.discard(k, hi, lo)) so.table.add(k, hi, lo);
    }
    return;
  }
  const otherSet = other instanceof PySet ? other : newSetFrom(other, baseTypeOf(so));
  for (const [k, hi, lo] of entriesSnapshot(otherSet.table)) {
    if (!so.table.discard(k, hi, lo)) so.table.add(k, hi, lo);
  }
}

function symmetricDifference(so: PySet, other: PyValue): PySet {
  const r = newSetFrom(other, baseTypeOf(so));
  symmetricDifferenceUpdate(r, so);
  return r;
}

function isSubset(so: PySet, other: PyValue): boolean {
  if (!(other instanceof PySet)) return intersection(so, other).size === so.size;
  if (so.size > other.size) return false;
  for (const [k, hi, lo] of liveEntries(so.table)) if (!other.table.has(k, hi, lo)) return false;
  return true;
}

function isSuperset(so: PySet, other: PyValue): boolean {
  if (other instanceof PySet) return isSubset(other, so);
  const it = getIter(other);
  for (let k = iterNext(it); k !== undefined; k = iterNext(it)) if (!setContains(so, k)) return false;
  return true;
}

function isDisjoint(so: PySet, other: PyValue): boolean {
  if (so === other) return so.size === 0;
  if (other instanceof PySet) {
    let big = so;
    let small = other;
    if (other.size > so.size) {
      big = other;
      small = so;
    }
    for (const [k, hi, lo] of liveEntries(small.table)) if (big.table.has(k, hi, lo)) return false;
    return true;
  }
  const it = getIter(other);
  for (let k = iterNext(it); k !== undefined; k = iterNext(it)) if (setContains(so, k)) return false;
  return true;
}

export function setRepr(s: PySet): string {
  const name = s.type.name;
  if (!reprEnter(s)) return `${name}(...)`;
  try {
    if (s.size === 0) return `${name}()`;
    const parts: string[] = [];
    for (const k of s.table.liveKeys()) parts.push(pyRepr(k));
    const body = `{${parts.join(', ')}}`;
    return s.type === setType ? body : `${name}(${body})`;
  } finally {
    reprLeave(s);
  }
}

export class SetIterator extends PyIterator {
  private pos = 0;
  private expected: number;
  /** Items not yet returned (CPython's si->len), the length hint while the set keeps its size. */
  private remaining: number;
  constructor(readonly set: PySet) {
    super(setIteratorType);
    this.expected = set.table.used;
    this.remaining = this.expected;
  }

  lengthHint(): number {
    return this.set.table.used === this.expected ? this.remaining : 0;
  }

  nextValue(): PyValue | undefined {
    const t = this.set.table;
    if (t.used !== this.expected) {
      this.expected = -1;
      raiseError('RuntimeError', 'Set changed size during iteration');
    }
    const keys = t.keys;
    let i = this.pos;
    while (i < keys.length) {
      const k = keys[i++];
      if (k !== undefined && k !== DUMMY) {
        this.pos = i;
        this.remaining--;
        return k;
      }
    }
    this.pos = i;
    return undefined;
  }
}

export const setIteratorType = makeBuiltinType('set_iterator', objectType, 0);
defineIteratorMethods(setIteratorType);
defineMethods(setIteratorType, { __length_hint__: (self: SetIterator) => self.lengthHint() });

function isAnySet(v: PyValue): v is PySet {
  return v instanceof PySet;
}

function checkSet(self: PyValue, name: string, typeLabel = 'set'): PySet {
  if (!(self instanceof PySet)) {
    raiseError('TypeError', `descriptor '${name}' for '${typeLabel}' objects doesn't apply to a '${typeName(self)}' object`);
  }
  return self;
}

/** A method taking *others: `impl(self, others)`. */
function varargs(type: PyType, name: string, impl: (self: PySet, others: PyValue[]) => PyValue): void {
  methodRaw(type, name, (args, kwnames) => {
    if (kwnames !== null && kwnames.length !== 0) raiseError('TypeError', `${type.name}.${name}() takes no keyword arguments`);
    return impl(checkSet(args[0], name, type.name), args.slice(1));
  });
}

function compareOp(op: '==' | '!=' | '<' | '<=' | '>' | '>=') {
  return (self: PySet, other: PyValue): PyValue => {
    if (!isAnySet(other)) return NotImplemented;
    switch (op) {
      case '==': return self.size === other.size && isSubset(self, other);
      case '!=': return !(self.size === other.size && isSubset(self, other));
      case '<=': return isSubset(self, other);
      case '>=': return isSubset(other, self);
      case '<': return self.size < other.size && isSubset(self, other);
      case '>': return self.size > other.size && isSubset(other, self);
      default: throw new Error(`internal: bad set comparison ${String(op)}`);
    }
  };
}

for (const type of [setType, frozensetType]) {
  defineMethods(type, {
    copy: (self: PySet) => (self.type === frozensetType ? self : copyOf(self)),
    issubset: (self: PySet, other: PyValue) => isSubset(self, other),
    issuperset: (self: PySet, other: PyValue) => isSuperset(self, other),
    isdisjoint: (self: PySet, other: PyValue) => isDisjoint(self, other),
    symmetric_difference: (self: PySet, other: PyValue) => symmetricDifference(self, other),
    __len__: (self: PySet) => self.size,
    __contains__: (self: PySet, v: PyValue) => setContains(self, v),
    __iter__: (self: PySet) => new SetIterator(self),
    __repr__: (self: PySet) => setRepr(self),
    __or__: (self: PySet, other: PyValue) => {
      if (!isAnySet(other)) return NotImplemented;
      const r = copyOf(self);
      if (other !== self) setUpdateFrom(r, other);
      return r;
    },
    __and__: (self: PySet, other: PyValue) => (isAnySet(other) ? intersection(self, other) : NotImplemented),
    __sub__: (self: PySet, other: PyValue) => (isAnySet(other) ? difference(self, other) : NotImplemented),
    __xor__: (self: PySet, other: PyValue) => (isAnySet(other) ? symmetricDifference(self, other) : NotImplemented),
    __eq__: compareOp('=='),
    __ne__: compareOp('!='),
    __lt__: compareOp('<'),
    __le__: compareOp('<='),
    __gt__: compareOp('>'),
    __ge__: compareOp('>='),
  });
  varargs(type, 'union', (self, others) => {
    const r = copyOf(self);
    for (const o of others) if (o !== self) setUpdateFrom(r, o);
    return r;
  });
  varargs(type, 'intersection', (self, others) => {
    if (others.length === 0) return copyOf(self);
    let r: PySet = self;
    for (const o of others) r = intersection(r, o);
    return r;
  });
  varargs(type, 'difference', (self, others) => {
    if (others.length === 0) return copyOf(self);
    const r = difference(self, others[0]);
    for (let i = 1; i < others.length; i++) differenceUpdate(r, others[i]);
    return r;
  });
}

/** Replaces a set's contents with another's (CPython's set_swap_bodies, one direction). */
function takeBody(s: PySet, from: PySet): void {
  s.table = from.table;
  s.hash = undefined;
}

/** An in-place operator (`s |= t` ...): `update(self, other)` for a set or frozenset `other`, else NotImplemented. */
function inPlace(update: (self: PySet, other: PyValue) => void): (self: PySet, other: PyValue) => PyValue {
  return (self: PySet, other: PyValue) => {
    if (!isAnySet(other)) return NotImplemented;
    update(self, other);
    return self;
  };
}

defineMethods(setType, {
  add: (self: PySet, v: PyValue) => {
    setAdd(self, v);
    return None;
  },
  discard: (self: PySet, v: PyValue) => {
    discard(self, v);
    return None;
  },
  remove: (self: PySet, v: PyValue) => {
    if (!discard(self, v)) raiseWith(builtinTypes.get('KeyError') as PyType, [v]);
    return None;
  },
  pop: (self: PySet) => {
    if (self.size === 0) raiseWith(builtinTypes.get('KeyError') as PyType, ['pop from an empty set']);
    return self.table.pop();
  },
  clear: (self: PySet) => {
    self.table.clear();
    return None;
  },
  symmetric_difference_update: (self: PySet, other: PyValue) => {
    symmetricDifferenceUpdate(self, other);
    return None;
  },
  __ior__: inPlace(setUpdateFrom),
  __iand__: inPlace((self, other) => takeBody(self, intersection(self, other))),
  __isub__: inPlace(differenceUpdate),
  __ixor__: inPlace(symmetricDifferenceUpdate),
});
methodRaw(setType, '__init__', (args, kwnames) => {
  const self = checkSet(args[0], '__init__');
  if (kwnames !== null && kwnames.length !== 0) raiseError('TypeError', 'set() takes no keyword arguments');
  if (args.length > 2) raiseError('TypeError', `set expected at most 1 argument, got ${args.length - 1}`);
  self.table.clear();
  if (args.length === 2) setUpdateFrom(self, args[1]);
  return None;
});
varargs(setType, 'update', (self, others) => {
  for (const o of others) setUpdateFrom(self, o);
  return None;
});
varargs(setType, 'intersection_update', (self, others) => {
  let r: PySet = self;
  for (const o of others) r = intersection(r, o);
  if (r === self) r = copyOf(self);
  takeBody(self, r);
  return None;
});
varargs(setType, 'difference_update', (self, others) => {
  for (const o of others) differenceUpdate(self, o);
  return None;
});
setType.setAttr('__hash__', None);

defineMethods(frozensetType, {
  __hash__: (self: PySet) => frozensetHashOf(self),
});

staticNew(setType, (cls) => new PySet(cls));
// set() and set(iterable) without __new__/__init__ dispatch: the same table as new + __init__'s update.
setType.exactCall = (args, kwnames) => {
  if (kwnames !== null && kwnames.length !== 0) return undefined;
  if (args.length === 0) return new PySet(setType);
  return args.length === 1 ? newSetFrom(args[0]!) : undefined;
};
frozensetType.exactCall = (args, kwnames) => {
  if (kwnames !== null && kwnames.length !== 0) return undefined;
  if (args.length === 0) return new PySet(frozensetType);
  if (args.length !== 1) return undefined;
  const src = args[0]!;
  return src instanceof PySet && src.type === frozensetType ? src : newSetFrom(src, frozensetType);
};
staticNew(frozensetType, (cls, args, kwnames) => {
  if (cls === frozensetType && kwnames !== null && kwnames.length !== 0) {
    raiseError('TypeError', 'frozenset() takes no keyword arguments');
  }
  if (args.length > 1) raiseError('TypeError', `${cls.name} expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) return new PySet(cls);
  const src = args[0];
  if (cls === frozensetType && src instanceof PySet && src.type === frozensetType) return src;
  return newSetFrom(src, cls);
});
