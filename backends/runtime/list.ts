// list: a PyObject around a JS array, with every method of CPython's list,
// its sequence protocol (indexing, slicing, slice assignment), comparisons,
// repr and the direct functions backends call on hot paths (listAppend,
// listGetIndex, ListIterator). Invariant: `items` is the list's contents;
// subclass instances (class L(list)) are PyList objects whose type is the subclass.
import {
  PyObject, PyType, None, NotImplemented, makeBuiltinType, objectType, raiseError, typeName, containers,
  TypeFlags, type PyValue,
} from './object.js';
import { indexValue as pyIndex, markSequenceRepeat, pyEq, repr as pyRepr, pyLt, compareBool, CompareOpKind, getIter, iterNext, call, isTrue } from './abstract.js';
import { PySlice, adjustSlice, sliceItems } from './slice.js';
import { defineMethods, defineIteratorMethods, PyIterator } from './nativeType.js';
import { defineBuiltinType, methodRaw, staticNew } from './type.js';
import { stableSort } from './sort.js';
import { repeatCountOf } from './int.js';
import { strCompare } from './str.js';
import { reprEnter, reprLeave } from './reprGuard.js';
import { state } from './interpreter.js';

export const listType = defineBuiltinType({ name: 'list' });

export class PyList extends PyObject {
  constructor(public items: PyValue[], type: PyType = listType) {
    super(type);
  }
}

export function newList(items: PyValue[]): PyList {
  return new PyList(items);
}

containers.newList = newList;

export function listAppend(list: PyList, v: PyValue): void {
  list.items.push(v);
}

/**
 * Every item of an iterable, as a fresh JS array (list(x), unpacking, sorted). Only built-in lists and
 * tuples are copied directly: a Python subclass is iterated, since its __iter__ may differ (CPython's list_extend).
 */
export function iterableToArray(iterable: PyValue): PyValue[] {
  if (iterable instanceof PyList && iterable.type.flags & TypeFlags.BUILTIN) return iterable.items.slice();
  const tupleItems = containers.tupleItems(iterable);
  if (tupleItems !== undefined && (iterable as PyObject).type.flags & TypeFlags.BUILTIN) return tupleItems.slice();
  const it = getIter(iterable);
  const out: PyValue[] = [];
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) out.push(v);
  return out;
}

/** A sequence index as a JS number: ints, bools and objects with __index__; `what` names the sequence in errors. */
export function seqIndex(key: PyValue, what: string): number {
  if (typeof key === 'number') return key;
  if (typeof key === 'boolean') return key ? 1 : 0;
  if (typeof key === 'bigint') raiseError('IndexError', `cannot fit 'int' into an index-sized integer`);
  if (!(key instanceof PyObject) || key.type.lookup('__index__') === null) {
    raiseError('TypeError', `${what} indices must be integers or slices, not ${typeName(key)}`);
  }
  const i = pyIndex(key);
  if (typeof i === 'bigint') raiseError('IndexError', `cannot fit 'int' into an index-sized integer`);
  return i;
}

/** list[index] for an int index (the vm's BINARY_SUBSCR fast path). */
export function listGetIndex(list: PyList, i: number): PyValue {
  const items = list.items;
  if (i < 0) i += items.length;
  if (i >= 0 && i < items.length) return items[i];
  return raiseError('IndexError', 'list index out of range');
}

export function listGetItem(list: PyList, key: PyValue): PyValue {
  if (typeof key === 'number') return listGetIndex(list, key);
  if (key instanceof PySlice) return new PyList(sliceItems(list.items, key));
  return listGetIndex(list, seqIndex(key, 'list'));
}

export function listSetIndex(list: PyList, i: number, v: PyValue): void {
  const items = list.items;
  if (i < 0) i += items.length;
  if (i >= 0 && i < items.length) items[i] = v;
  else raiseError('IndexError', 'list assignment index out of range');
}

export function listSetItem(list: PyList, key: PyValue, v: PyValue): void {
  if (typeof key === 'number') return listSetIndex(list, key, v);
  if (key instanceof PySlice) return listAssignSlice(list, key, v);
  return listSetIndex(list, seqIndex(key, 'list'), v);
}

function listAssignSlice(list: PyList, s: PySlice, value: PyValue): void {
  // As CPython: the slice's __index__ calls first, then the value is
  // materialized (`a[:] = a` and iterators over `a` see the old contents);
  // another list's or a tuple's items are read in place, as nothing after
  // that runs Python code.
  const b = adjustSlice(s, list.items.length);
  const start = b.start;
  const stop = b.stop;
  const step = b.step;
  const length = b.length;
  const seq = value === list ? list.items.slice() : value instanceof PyList ? value.items : sliceSource(value);
  if (step === 1) {
    // Clamped again: iterating the value may have resized the list.
    const size = list.items.length;
    const lo = Math.min(start, size);
    const count = Math.max(lo, Math.min(stop, size)) - lo;
    if (count === seq.length) {
      // Same size (fannkuch's `perm[:k + 1] = perm[k::-1]`): no splice.
      for (let i = 0; i < count; i++) list.items[lo + i] = seq[i];
    } else {
      list.items.splice(lo, count, ...seq);
    }
    return;
  }
  if (seq.length !== length) {
    raiseError('ValueError', `attempt to assign sequence of size ${seq.length} to extended slice of size ${length}`);
  }
  for (let i = 0, j = start; i < length; i++, j += step) list.items[j] = seq[i];
}

function sliceSource(value: PyValue): readonly PyValue[] {
  const tupleItems = containers.tupleItems(value);
  if (tupleItems !== undefined) return tupleItems;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' ||
      (value instanceof PyObject && value.type.lookup('__iter__') === null && value.type.lookup('__getitem__') === null)) {
    raiseError('TypeError', 'can only assign an iterable');
  }
  return iterableToArray(value);
}

export function listDelItem(list: PyList, key: PyValue): void {
  if (key instanceof PySlice) {
    const b = adjustSlice(key, list.items.length);
    if (b.length === 0) return;
    if (b.step === 1) {
      list.items.splice(b.start, b.length);
      return;
    }
    const drop = new Set<number>();
    for (let i = 0, j = b.start; i < b.length; i++, j += b.step) drop.add(j);
    list.items = list.items.filter((_, j) => !drop.has(j));
    return;
  }
  let i = typeof key === 'number' ? key : seqIndex(key, 'list');
  const items = list.items;
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) raiseError('IndexError', 'list assignment index out of range');
  items.splice(i, 1);
}

/** `x in list`: identity first, then ==, as CPython's PyObject_RichCompareBool. */
export function sequenceContains(items: readonly PyValue[], v: PyValue): boolean {
  if (typeof v === 'string' || typeof v === 'number') {
    for (let i = 0; i < items.length; i++) {
      const x = items[i];
      if (x === v || (typeof x === 'object' && pyEq(x, v))) return true;
    }
    return false;
  }
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (x === v || pyEq(x, v)) return true;
  }
  return false;
}

export type CompareOp = '<' | '<=' | '==' | '!=' | '>' | '>=';

/** The COMPARE_OP operand of a comparison (read at call time: abstract.ts may still be loading when this module runs). */
function compareKind(op: CompareOp): number {
  switch (op) {
    case '<': return CompareOpKind.LT;
    case '<=': return CompareOpKind.LE;
    case '==': return CompareOpKind.EQ;
    case '!=': return CompareOpKind.NE;
    case '>': return CompareOpKind.GT;
    case '>=': return CompareOpKind.GE;
    default: throw new Error(`internal: bad comparison ${String(op)}`);
  }
}

/** How many sequence comparisons are in progress: CPython counts nested ones against the recursion limit. */
let compareDepth = 0;

/** Lexicographic rich comparison of two item arrays (list and tuple share it). */
export function compareSequences(a: readonly PyValue[], b: readonly PyValue[], op: CompareOp): boolean {
  if ((op === '==' || op === '!=') && a.length !== b.length) return op === '!=';
  if (compareDepth >= state.recursionLimit) raiseError('RecursionError', 'maximum recursion depth exceeded in comparison');
  compareDepth++;
  try {
    return compareItems(a, b, op);
  } finally {
    compareDepth--;
  }
}

function compareItems(a: readonly PyValue[], b: readonly PyValue[], op: CompareOp): boolean {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (!(x === y || pyEq(x, y))) break;
  }
  if (i >= n) {
    switch (op) {
      case '<': return a.length < b.length;
      case '<=': return a.length <= b.length;
      case '==': return a.length === b.length;
      case '!=': return a.length !== b.length;
      case '>': return a.length > b.length;
      case '>=': return a.length >= b.length;
      default: throw new Error(`internal: bad comparison ${String(op)}`);
    }
  }
  if (op === '==') return false;
  if (op === '!=') return true;
  return compareBool(compareKind(op), a[i], b[i]);
}

/** repr of a list's items joined, inside the recursion guard. */
export function listRepr(list: PyList): string {
  if (list.items.length === 0) return '[]';
  if (!reprEnter(list)) return '[...]';
  try {
    const parts: string[] = [];
    for (let i = 0; i < list.items.length; i++) parts.push(pyRepr(list.items[i]));
    return `[${parts.join(', ')}]`;
  } finally {
    reprLeave(list);
  }
}

/** The int count of a sequence repetition (`seq * n`), or undefined when n is not an index. */
/** The count of `seq * n` called as the method: n as an index (CPython's PyNumber_AsSsize_t), negative counts as 0. */
export function repeatCount(n: PyValue): number {
  if (typeof n === 'number') return n;
  return repeatCountOf(pyIndex(n));
}

export function repeatItems(items: readonly PyValue[], n: number): PyValue[] {
  if (n <= 0 || items.length === 0) return [];
  if (items.length * n > 0x7fffffff) raiseError('MemoryError', '');
  if (items.length === 1) return new Array<PyValue>(n).fill(items[0]);
  const out = new Array<PyValue>(items.length * n);
  for (let r = 0, k = 0; r < n; r++) for (let i = 0; i < items.length; i++) out[k++] = items[i];
  return out;
}

/**
 * CPython tries the other operand's number slots before a sequence's concat
 * and repeat: a user class's reflected method (`__radd__`, `__rmul__`) wins.
 */
export function defersTo(other: PyValue, reflected: '__radd__' | '__rmul__'): boolean {
  if (!(other instanceof PyObject)) return false;
  const f = other.type.lookup(reflected);
  return f !== null && f !== None && !(other.type.flags & TypeFlags.BUILTIN && other.type.solidBase === other.type);
}

/** list.sort(key=None, reverse=False): stable; CPython empties the list while sorting to detect mutation. */
export function listSort(list: PyList, key: PyValue, reverse: boolean): void {
  const items = list.items;
  list.items = [];
  try {
    if (reverse) items.reverse();
    if (key === None) sortByKeys(items, null);
    else sortByKeys(items.map((x) => call(key, [x], null)), items);
    if (reverse) items.reverse();
  } finally {
    const modified = list.items.length !== 0;
    list.items = items;
    if (modified) raiseError('ValueError', 'list modified during sort');
  }
}

/**
 * Sorts `keys` (and `values` alongside). All-int and all-str keys use V8's
 * stable sort with an exact comparator (for a total order any stable sort gives
 * the one result CPython's does); anything else compares with Python's `<`.
 */
function sortByKeys(keys: PyValue[], values: PyValue[] | null): void {
  let allNumbers = true;
  let allStrings = true;
  for (let i = 0; i < keys.length && (allNumbers || allStrings); i++) {
    const t = typeof keys[i];
    if (t !== 'number') allNumbers = false;
    if (t !== 'string') allStrings = false;
  }
  if (!allNumbers && !allStrings) {
    stableSort(keys, values, pyLt);
    return;
  }
  if (keys.length <= SMALL_SORT) {
    if (allNumbers) insertionSort(keys as number[], values, compareInts);
    else insertionSort(keys as string[], values, strCompare);
    return;
  }
  const compare = (allNumbers ? compareInts : strCompare) as (a: PyValue, b: PyValue) => number;
  if (values === null) {
    if (allNumbers) {
      // Equal ints are indistinguishable, so an unstable numeric sort of the
      // doubles (exact: ints here are safe integers) gives the same list.
      const sorted = Float64Array.from(keys as number[]).sort();
      for (let i = 0; i < keys.length; i++) keys[i] = sorted[i];
    } else {
      keys.sort(compare);
    }
    return;
  }
  const order = keys.map((_, i) => i);
  order.sort((i, j) => compare(keys[i], keys[j]));
  const sortedValues = order.map((i) => values[i]);
  for (let i = 0; i < values.length; i++) values[i] = sortedValues[i];
}

/** Up to this many items, a stable insertion sort beats Array.prototype.sort's call overhead. */
const SMALL_SORT = 12;

function compareInts(a: number, b: number): number {
  return a - b;
}

/** Stable insertion sort of `keys` (all ints or all strs), moving `values` along. */
function insertionSort<K>(keys: K[], values: PyValue[] | null, compare: (a: K, b: K) => number): void {
  for (let i = 1; i < keys.length; i++) {
    const k = keys[i];
    const v = values === null ? undefined : values[i];
    let j = i - 1;
    while (j >= 0 && compare(keys[j], k) > 0) {
      keys[j + 1] = keys[j];
      if (values !== null) values[j + 1] = values[j];
      j--;
    }
    keys[j + 1] = k;
    if (values !== null) values[j + 1] = v!;
  }
}

/** The iterator of a list, and (as TupleIterator) of a tuple: one class, so the vm's FOR_ITER site stays monomorphic. */
export class ListIterator extends PyIterator {
  index = 0;
  constructor(readonly list: { readonly items: readonly PyValue[] }, type: PyType = listIteratorType) {
    super(type);
  }

  nextValue(): PyValue | undefined {
    const items = this.list.items;
    if (this.index < items.length) return items[this.index++];
    this.index = Infinity;
    return undefined;
  }
}

export class ListReverseIterator extends PyIterator {
  index: number;
  constructor(readonly list: PyList) {
    super(listReverseIteratorType);
    this.index = list.items.length - 1;
  }

  nextValue(): PyValue | undefined {
    const items = this.list.items;
    if (this.index >= 0 && this.index < items.length) return items[this.index--];
    this.index = -1;
    return undefined;
  }
}

export const listIteratorType = makeBuiltinType('list_iterator', objectType, 0);
export const listReverseIteratorType = makeBuiltinType('list_reverseiterator', objectType, 0);
export const tupleIteratorType = makeBuiltinType('tuple_iterator', objectType, 0);
defineIteratorMethods(listIteratorType);
defineIteratorMethods(tupleIteratorType);
// What is left to iterate (0 once exhausted: the index is then past every length).
for (const t of [listIteratorType, tupleIteratorType]) {
  defineMethods(t, { __length_hint__: (self: ListIterator) => Math.max(0, self.list.items.length - self.index) });
}
defineMethods(listReverseIteratorType, {
  __length_hint__: (self: ListReverseIterator) => (self.index >= 0 && self.index < self.list.items.length ? self.index + 1 : 0),
});

export class TupleIterator extends ListIterator {
  constructor(tuple: { readonly items: readonly PyValue[] }) {
    super(tuple, tupleIteratorType);
  }
}
defineIteratorMethods(listReverseIteratorType);

function checkList(self: PyValue, name: string): PyList {
  if (!(self instanceof PyList)) {
    raiseError('TypeError', `descriptor '${name}' for 'list' objects doesn't apply to a '${typeName(self)}' object`);
  }
  return self;
}

function index(self: PyList, value: PyValue, start?: PyValue, stop?: PyValue): PyValue {
  const items = self.items;
  const n = items.length;
  let lo = start === undefined ? 0 : clampIndex(start, n);
  const hi = stop === undefined ? n : clampIndex(stop, n);
  for (; lo < hi && lo < items.length; lo++) {
    const x = items[lo];
    if (x === value || pyEq(x, value)) return lo;
  }
  return raiseError('ValueError', `${pyRepr(value)} is not in list`);
}

/** A start/stop argument of index(): negative counts from the end, then clamped to [0, n]. */
export function clampIndex(v: PyValue, n: number): number {
  let i: number;
  if (typeof v === 'number') i = v;
  else if (typeof v === 'bigint') i = v < 0n ? -Infinity : Infinity;
  else if (typeof v === 'boolean') i = v ? 1 : 0;
  else {
    if (!(v instanceof PyObject) || v.type.lookup('__index__') === null) {
      raiseError('TypeError', 'slice indices must be integers or have an __index__ method');
    }
    const x = pyIndex(v);
    i = typeof x === 'bigint' ? (x < 0n ? -Infinity : Infinity) : x;
  }
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  return Math.min(i, n);
}

defineMethods(listType, {
  append: (self: PyList, v: PyValue) => {
    self.items.push(v);
    return None;
  },
  extend: (self: PyList, iterable: PyValue) => {
    const more = iterable === self ? self.items.slice() : iterableToArray(iterable);
    for (let i = 0; i < more.length; i++) self.items.push(more[i]);
    return None;
  },
  insert: (self: PyList, where: PyValue, v: PyValue) => {
    const n = self.items.length;
    let i = seqIndexForInsert(where);
    if (i < 0) {
      i += n;
      if (i < 0) i = 0;
    } else if (i > n) i = n;
    self.items.splice(i, 0, v);
    return None;
  },
  pop: [(self: PyList, where?: PyValue) => {
    const items = self.items;
    if (items.length === 0) raiseError('IndexError', 'pop from empty list');
    if (where === undefined) return items.pop() as PyValue;
    let i = seqIndexForInsert(where);
    if (i < 0) i += items.length;
    if (i < 0 || i >= items.length) raiseError('IndexError', 'pop index out of range');
    if (i === items.length - 1) return items.pop() as PyValue;
    return items.splice(i, 1)[0];
  }, { min: 0, max: 1 }],
  remove: (self: PyList, v: PyValue) => {
    const items = self.items;
    for (let i = 0; i < items.length; i++) {
      const x = items[i];
      if (x === v || pyEq(x, v)) {
        self.items.splice(i, 1);
        return None;
      }
    }
    return raiseError('ValueError', 'list.remove(x): x not in list');
  },
  index: [index, { min: 1, max: 3 }],
  count: (self: PyList, v: PyValue) => {
    let c = 0;
    for (const x of self.items) if (x === v || pyEq(x, v)) c++;
    return c;
  },
  reverse: (self: PyList) => {
    self.items.reverse();
    return None;
  },
  copy: (self: PyList) => new PyList(self.items.slice()),
  clear: (self: PyList) => {
    self.items = [];
    return None;
  },
  __len__: (self: PyList) => self.items.length,
  __getitem__: (self: PyList, key: PyValue) => listGetItem(checkList(self, '__getitem__'), key),
  __setitem__: (self: PyList, key: PyValue, v: PyValue) => {
    listSetItem(self, key, v);
    return None;
  },
  __delitem__: (self: PyList, key: PyValue) => {
    listDelItem(self, key);
    return None;
  },
  __contains__: (self: PyList, v: PyValue) => sequenceContains(self.items, v),
  __iter__: (self: PyList) => new ListIterator(self),
  __reversed__: (self: PyList) => new ListReverseIterator(self),
  __repr__: (self: PyList) => listRepr(self),
  __add__: (self: PyList, other: PyValue) => {
    if (!(other instanceof PyList)) {
      if (defersTo(other, '__radd__')) return NotImplemented;
      return raiseError('TypeError', `can only concatenate list (not "${typeName(other)}") to list`);
    }
    return new PyList(self.items.concat(other.items));
  },
  __iadd__: (self: PyList, other: PyValue) => {
    const more = other === self ? self.items.slice() : iterableToArray(other);
    for (let i = 0; i < more.length; i++) self.items.push(more[i]);
    return self;
  },
  __mul__: (self: PyList, n: PyValue) => {
    const count = repeatCount(n);
    return new PyList(repeatItems(self.items, count));
  },
  __rmul__: (self: PyList, n: PyValue) => {
    const count = repeatCount(n);
    return new PyList(repeatItems(self.items, count));
  },
  __imul__: (self: PyList, n: PyValue) => {
    const count = repeatCount(n);
    self.items = repeatItems(self.items, count);
    return self;
  },
  __eq__: (self: PyList, o: PyValue) => (o instanceof PyList ? compareSequences(self.items, o.items, '==') : NotImplemented),
  __ne__: (self: PyList, o: PyValue) => (o instanceof PyList ? compareSequences(self.items, o.items, '!=') : NotImplemented),
  __lt__: (self: PyList, o: PyValue) => (o instanceof PyList ? compareSequences(self.items, o.items, '<') : NotImplemented),
  __le__: (self: PyList, o: PyValue) => (o instanceof PyList ? compareSequences(self.items, o.items, '<=') : NotImplemented),
  __gt__: (self: PyList, o: PyValue) => (o instanceof PyList ? compareSequences(self.items, o.items, '>') : NotImplemented),
  __ge__: (self: PyList, o: PyValue) => (o instanceof PyList ? compareSequences(self.items, o.items, '>=') : NotImplemented),
});
markSequenceRepeat(listType, '__mul__', '__rmul__', '__imul__');

methodRaw(listType, '__init__', (args, kwnames) => {
  const self = checkList(args[0], '__init__');
  if (kwnames !== null && kwnames.length !== 0) raiseError('TypeError', 'list() takes no keyword arguments');
  if (args.length > 2) raiseError('TypeError', `list expected at most 1 argument, got ${args.length - 1}`);
  self.items = args.length === 2 ? iterableToArray(args[1]) : [];
  return None;
});

methodRaw(listType, 'sort', (args, kwnames) => {
  const self = checkList(args[0], 'sort');
  const npos = args.length - (kwnames?.length ?? 0);
  if (npos > 1) raiseError('TypeError', 'sort() takes no positional arguments');
  let key: PyValue = None;
  let reverse = false;
  for (let i = 0; i < (kwnames?.length ?? 0); i++) {
    const name = (kwnames as readonly string[])[i];
    const v = args[npos + i];
    if (name === 'key') key = v;
    else if (name === 'reverse') reverse = isTrue(v);
    else raiseError('TypeError', `'${name}' is an invalid keyword argument for sort()`);
  }
  listSort(self, key, reverse);
  return None;
});

listType.setAttr('__hash__', None);
staticNew(listType, (cls) => new PyList([], cls));
// list() and list(iterable) as new + __init__ build them, without the generic dispatch.
listType.exactCall = (args, kwnames) => {
  if ((kwnames !== null && kwnames.length !== 0) || args.length > 1) return undefined;
  return new PyList(args.length === 0 ? [] : iterableToArray(args[0]!));
};

/** The index argument of insert() and pop(): a Py_ssize_t, so ints past 2**63 overflow. */
function seqIndexForInsert(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (!(v instanceof PyObject) && typeof v !== 'bigint') {
    raiseError('TypeError', `'${typeName(v)}' object cannot be interpreted as an integer`);
  }
  if (v instanceof PyObject && v.type.lookup('__index__') === null) {
    raiseError('TypeError', `'${typeName(v)}' object cannot be interpreted as an integer`);
  }
  const i = typeof v === 'bigint' ? v : pyIndex(v);
  if (typeof i === 'number') return i;
  if (i >= -(1n << 63n) && i < 1n << 63n) return i < 0n ? -Infinity : Infinity;
  return raiseError('OverflowError', 'Python int too large to convert to C ssize_t');
}
