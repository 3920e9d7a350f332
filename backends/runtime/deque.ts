// collections.deque, native: a ring buffer (O(1) at both ends) with maxlen,
// every method of CPython's deque, its iterators and exact error messages.
// Registered as the native module `_collections`; lib/collections re-exports it.
// Invariants: `buf.length` is a power of two >= 8; item i lives at
// buf[(head + i) & (buf.length - 1)]; free slots hold undefined; `state` grows
// on every change of the deque's shape (append/pop/rotate/...), never on item
// assignment or reverse, as CPython's, so iterators can detect mutation.
import { PyObject, PyType, None, NotImplemented, raiseError, typeName, containers, type PyValue } from './object.js';
import { indexValue, pyEq, repr as pyRepr, getIter, iterNext, call, markSequenceRepeat } from './abstract.js';
import { defineMethods, defineIteratorMethods, PyIterator } from './nativeType.js';
import { defineBuiltinType, methodRaw, staticNew, getter, classMethod } from './type.js';
import { compareSequences, repeatCount, clampIndex, type CompareOp } from './list.js';
import { PyGenericAlias } from './genericAlias.js';
import { reprEnter, reprLeave } from './reprGuard.js';
import { registerNativeModule } from './importer.js';

export const dequeType = defineBuiltinType({
  name: 'deque',
  module: 'collections',
  doc: 'deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.',
});

const MIN_CAPACITY = 8;

export class PyDeque extends PyObject {
  buf: (PyValue | undefined)[] = new Array(MIN_CAPACITY).fill(undefined);
  head = 0;
  length = 0;
  /** null when unbounded. */
  maxlen: number | null = null;
  state = 0;

  constructor(type: PyType = dequeType) {
    super(type);
  }

  at(i: number): PyValue {
    return this.buf[(this.head + i) & (this.buf.length - 1)] as PyValue;
  }

  setAt(i: number, v: PyValue): void {
    this.buf[(this.head + i) & (this.buf.length - 1)] = v;
  }

  private grow(): void {
    const old = this.buf;
    const cap = old.length;
    const buf = new Array<PyValue | undefined>(cap * 2);
    for (let i = 0; i < this.length; i++) buf[i] = old[(this.head + i) & (cap - 1)];
    buf.fill(undefined, this.length);
    this.buf = buf;
    this.head = 0;
  }

  append(v: PyValue): void {
    if (this.length === this.buf.length) this.grow();
    this.buf[(this.head + this.length) & (this.buf.length - 1)] = v;
    this.length++;
    if (this.maxlen !== null && this.length > this.maxlen) this.popLeft();
    else this.state++;
  }

  appendLeft(v: PyValue): void {
    if (this.length === this.buf.length) this.grow();
    this.head = (this.head - 1) & (this.buf.length - 1);
    this.buf[this.head] = v;
    this.length++;
    if (this.maxlen !== null && this.length > this.maxlen) this.popRight();
    else this.state++;
  }

  /** Removes the rightmost item; the caller checks that there is one. */
  popRight(): PyValue {
    this.length--;
    const j = (this.head + this.length) & (this.buf.length - 1);
    const v = this.buf[j] as PyValue;
    this.buf[j] = undefined;
    this.state++;
    return v;
  }

  /** Removes the leftmost item; the caller checks that there is one. */
  popLeft(): PyValue {
    const v = this.buf[this.head] as PyValue;
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.length--;
    this.state++;
    return v;
  }

  items(): PyValue[] {
    const out = new Array<PyValue>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.at(i);
    return out;
  }

  /** Replaces the contents (reverse, rotate, repeat); `bumpState` as the CPython operation would. */
  replaceAll(items: PyValue[], bumpState: boolean): void {
    let cap = MIN_CAPACITY;
    while (cap < items.length) cap *= 2;
    const buf = new Array<PyValue | undefined>(cap);
    for (let i = 0; i < items.length; i++) buf[i] = items[i];
    buf.fill(undefined, items.length);
    this.buf = buf;
    this.head = 0;
    this.length = items.length;
    if (bumpState) this.state++;
  }

  clear(): void {
    if (this.length === 0) return;
    this.buf = new Array(MIN_CAPACITY).fill(undefined);
    this.head = 0;
    this.length = 0;
    this.state++;
  }

  extend(iterable: PyValue): void {
    if (iterable === this) {
      const items = this.items();
      for (let i = 0; i < items.length; i++) this.append(items[i]!);
      return;
    }
    const it = getIter(iterable);
    if (this.maxlen === 0) {
      while (iterNext(it) !== undefined);
      return;
    }
    for (let v = iterNext(it); v !== undefined; v = iterNext(it)) this.append(v);
  }

  extendLeft(iterable: PyValue): void {
    if (iterable === this) {
      const items = this.items();
      for (let i = 0; i < items.length; i++) this.appendLeft(items[i]!);
      return;
    }
    const it = getIter(iterable);
    if (this.maxlen === 0) {
      while (iterNext(it) !== undefined);
      return;
    }
    for (let v = iterNext(it); v !== undefined; v = iterNext(it)) this.appendLeft(v);
  }

  /** Rotates right by n (left when negative); n is already reduced modulo the length by the caller or small. */
  rotate(n: number): void {
    const len = this.length;
    if (len <= 1) return;
    n %= len;
    if (n < 0) n += len;
    if (n === 0) return;
    if (n <= len >> 1) {
      for (let i = 0; i < n; i++) this.rotateOneRight();
    } else {
      for (let i = len - n; i > 0; i--) this.rotateOneLeft();
    }
    this.state++;
  }

  private rotateOneRight(): void {
    const mask = this.buf.length - 1;
    const tail = (this.head + this.length - 1) & mask;
    const v = this.buf[tail];
    this.buf[tail] = undefined;
    this.head = (this.head - 1) & mask;
    this.buf[this.head] = v;
  }

  private rotateOneLeft(): void {
    const mask = this.buf.length - 1;
    const v = this.buf[this.head];
    this.buf[this.head] = undefined;
    this.buf[(this.head + this.length) & mask] = v;
    this.head = (this.head + 1) & mask;
  }

  /** del d[i] for a valid index: as CPython, rotate it to the left end, pop it, rotate back. */
  deleteAt(i: number): void {
    this.rotate(-i);
    this.popLeft();
    this.rotate(i);
  }
}

function checkDeque(self: PyValue, name: string): PyDeque {
  if (!(self instanceof PyDeque)) {
    raiseError('TypeError', `descriptor '${name}' for 'collections.deque' objects doesn't apply to a '${typeName(self)}' object`);
  }
  return self;
}

/** A Py_ssize_t argument (rotate, insert): ints, bools and __index__ objects; past 2**63 overflows. */
function ssizeArg(v: PyValue): number {
  let i: PyValue = v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v !== 'number' && typeof v !== 'bigint') {
    if (!(v instanceof PyObject) || v.type.lookup('__index__') === null) {
      raiseError('TypeError', `'${typeName(v)}' object cannot be interpreted as an integer`);
    }
    i = indexValue(v);
  }
  if (typeof i === 'number') return i;
  const b = i as bigint;
  if (b >= -(1n << 63n) && b < 1n << 63n) return Number(b);
  return raiseError('OverflowError', 'Python int too large to convert to C ssize_t');
}

/** The index of d[i] (sq_item): an int or __index__ object, else CPython's TypeError. */
function itemIndex(d: PyDeque, key: PyValue): number {
  let i: PyValue = key;
  if (typeof key === 'boolean') i = key ? 1 : 0;
  else if (typeof key !== 'number' && typeof key !== 'bigint') {
    if (!(key instanceof PyObject) || key.type.lookup('__index__') === null) {
      raiseError('TypeError', `sequence index must be integer, not '${typeName(key)}'`);
    }
    i = indexValue(key);
  }
  if (typeof i === 'bigint') raiseError('IndexError', "cannot fit 'int' into an index-sized integer");
  let n = i as number;
  if (n < 0) n += d.length;
  if (n < 0 || n >= d.length) raiseError('IndexError', 'deque index out of range');
  return n;
}

function maxlenArg(v: PyValue): number | null {
  if (v === None) return null;
  let n: PyValue = v;
  if (typeof v === 'boolean') n = v ? 1 : 0;
  else if (typeof v !== 'number' && typeof v !== 'bigint') {
    if (!(v instanceof PyObject) || v.type.lookup('__index__') === null) raiseError('TypeError', 'an integer is required');
    n = indexValue(v);
  }
  if (typeof n === 'bigint') raiseError('OverflowError', 'Python int too large to convert to C ssize_t');
  if ((n as number) < 0) raiseError('ValueError', 'maxlen must be non-negative');
  return n as number;
}

/** Raised when a comparison run by count/index/`in`/remove changed the deque. */
function mutatedDuringIteration(kind: 'RuntimeError' | 'IndexError'): never {
  raiseError(kind, 'deque mutated during iteration');
}

/** The position of the first item equal to v in [start, stop), or -1; raises if the deque changes meanwhile. */
function findItem(d: PyDeque, v: PyValue, start: number, stop: number, mutation: 'RuntimeError' | 'IndexError'): number {
  const state = d.state;
  for (let i = start; i < stop; i++) {
    const x = d.at(i);
    const equal = x === v || pyEq(x, v);
    if (d.state !== state) mutatedDuringIteration(mutation);
    if (equal) return i;
  }
  return -1;
}

/** deque.copy(): a plain copy for an exact deque; a subclass is called with (d[, maxlen]) as CPython does. */
function copyDeque(d: PyDeque): PyValue {
  if (d.type === dequeType) {
    const c = new PyDeque();
    c.maxlen = d.maxlen;
    c.replaceAll(d.items(), false);
    return c;
  }
  return call(d.type, d.maxlen === null ? [d] : [d, d.maxlen]);
}

/** d *= n in place: the repetition's last maxlen items when bounded. */
function repeatInPlace(d: PyDeque, n: number): void {
  const len = d.length;
  if (n <= 0 || len === 0) {
    d.clear();
    return;
  }
  if (n === 1) return;
  const items = d.items();
  let total = len * n;
  if (d.maxlen !== null && total > d.maxlen) total = d.maxlen;
  else if (total > 0x7fffffff) raiseError('MemoryError', '');
  const out = new Array<PyValue>(total);
  const first = len * n - total;
  for (let k = 0; k < total; k++) out[k] = items[(first + k) % len]!;
  d.replaceAll(out, true);
}

function dequeRepr(d: PyDeque): string {
  if (!reprEnter(d)) return '[...]';
  let inner: string;
  try {
    const parts: string[] = [];
    for (let i = 0; i < d.length; i++) parts.push(pyRepr(d.at(i)));
    inner = `[${parts.join(', ')}]`;
  } finally {
    reprLeave(d);
  }
  const name = d.type.name;
  return d.maxlen === null ? `${name}(${inner})` : `${name}(${inner}, maxlen=${d.maxlen})`;
}

function compare(op: CompareOp) {
  return (self: PyDeque, other: PyValue) =>
    other instanceof PyDeque ? compareSequences(self.items(), other.items(), op) : NotImplemented;
}

export class DequeIterator extends PyIterator {
  private readonly state: number;
  private index: number;
  /** Items still to produce (CPython's counter). */
  remaining: number;

  constructor(readonly deque: PyDeque, readonly reverse: boolean) {
    super(reverse ? dequeReverseIteratorType : dequeIteratorType);
    this.state = deque.state;
    this.remaining = deque.length;
    this.index = reverse ? deque.length - 1 : 0;
  }

  nextValue(): PyValue | undefined {
    if (this.deque.state !== this.state) {
      this.remaining = 0;
      mutatedDuringIteration('RuntimeError');
    }
    if (this.remaining === 0) return undefined;
    this.remaining--;
    const v = this.deque.at(this.index);
    this.index += this.reverse ? -1 : 1;
    return v;
  }
}

export const dequeIteratorType = defineBuiltinType({ name: '_deque_iterator', module: '_collections', subclassable: false });
export const dequeReverseIteratorType = defineBuiltinType({ name: '_deque_reverse_iterator', module: '_collections', subclassable: false });
for (const t of [dequeIteratorType, dequeReverseIteratorType]) {
  defineIteratorMethods(t);
  defineMethods(t, { __length_hint__: (self: DequeIterator) => self.remaining });
}

defineMethods(dequeType, {
  append: (self: PyDeque, v: PyValue) => {
    self.append(v);
    return None;
  },
  appendleft: (self: PyDeque, v: PyValue) => {
    self.appendLeft(v);
    return None;
  },
  pop: (self: PyDeque) => {
    if (self.length === 0) raiseError('IndexError', 'pop from an empty deque');
    return self.popRight();
  },
  popleft: (self: PyDeque) => {
    if (self.length === 0) raiseError('IndexError', 'pop from an empty deque');
    return self.popLeft();
  },
  extend: (self: PyDeque, iterable: PyValue) => {
    self.extend(iterable);
    return None;
  },
  extendleft: (self: PyDeque, iterable: PyValue) => {
    self.extendLeft(iterable);
    return None;
  },
  clear: (self: PyDeque) => {
    self.clear();
    return None;
  },
  copy: (self: PyDeque) => copyDeque(self),
  __copy__: (self: PyDeque) => copyDeque(self),
  count: (self: PyDeque, v: PyValue) => {
    const state = self.state;
    let n = 0;
    for (let i = 0; i < self.length; i++) {
      const x = self.at(i);
      const equal = x === v || pyEq(x, v);
      if (self.state !== state) mutatedDuringIteration('RuntimeError');
      if (equal) n++;
    }
    return n;
  },
  index: [(self: PyDeque, v: PyValue, start?: PyValue, stop?: PyValue) => {
    const n = self.length;
    const stopAt = stop === undefined ? n : clampIndex(stop, n);
    const startAt = Math.min(start === undefined ? 0 : clampIndex(start, n), stopAt);
    const i = findItem(self, v, startAt, stopAt, 'RuntimeError');
    if (i < 0) raiseError('ValueError', `${pyRepr(v)} is not in deque`);
    return i;
  }, { min: 1, max: 3 }],
  insert: (self: PyDeque, where: PyValue, v: PyValue) => {
    const index = ssizeArg(where);
    const n = self.length;
    if (self.maxlen !== null && n >= self.maxlen) raiseError('IndexError', 'deque already at its maximum size');
    if (index >= n) self.append(v);
    else if (index <= -n || index === 0) self.appendLeft(v);
    else {
      self.rotate(-index);
      if (index < 0) self.append(v);
      else self.appendLeft(v);
      self.rotate(index);
    }
    return None;
  },
  remove: (self: PyDeque, v: PyValue) => {
    const i = findItem(self, v, 0, self.length, 'IndexError');
    if (i < 0) raiseError('ValueError', `${pyRepr(v)} is not in deque`);
    self.deleteAt(i);
    return None;
  },
  reverse: (self: PyDeque) => {
    self.replaceAll(self.items().reverse(), false);
    return None;
  },
  rotate: [(self: PyDeque, n?: PyValue) => {
    const len = self.length;
    if (n === undefined) self.rotate(1);
    else if (typeof n === 'bigint' || (n instanceof PyObject && typeof indexValue(n) === 'bigint')) {
      const big = BigInt(ssizeArg(n));
      if (len > 1) self.rotate(Number(big % BigInt(len)));
    } else self.rotate(ssizeArg(n));
    return None;
  }, { min: 0, max: 1 }],
  __len__: (self: PyDeque) => self.length,
  __getitem__: (self: PyDeque, key: PyValue) => {
    const d = checkDeque(self, '__getitem__');
    return d.at(itemIndex(d, key));
  },
  __setitem__: (self: PyDeque, key: PyValue, v: PyValue) => {
    self.setAt(itemIndex(self, key), v);
    return None;
  },
  __delitem__: (self: PyDeque, key: PyValue) => {
    self.deleteAt(itemIndex(self, key));
    return None;
  },
  __contains__: (self: PyDeque, v: PyValue) => findItem(self, v, 0, self.length, 'RuntimeError') >= 0,
  __iter__: (self: PyDeque) => new DequeIterator(self, false),
  __reversed__: (self: PyDeque) => new DequeIterator(self, true),
  __repr__: (self: PyDeque) => dequeRepr(self),
  __add__: (self: PyDeque, other: PyValue) => {
    if (!(other instanceof PyDeque)) {
      return raiseError('TypeError', `can only concatenate deque (not "${typeName(other)}") to deque`);
    }
    const result = copyDeque(self);
    if (result instanceof PyDeque) result.extend(other);
    return result;
  },
  __iadd__: (self: PyDeque, other: PyValue) => {
    self.extend(other);
    return self;
  },
  __mul__: (self: PyDeque, n: PyValue) => {
    const count = repeatCount(n);
    const result = copyDeque(self);
    if (result instanceof PyDeque) repeatInPlace(result, count);
    return result;
  },
  __rmul__: (self: PyDeque, n: PyValue) => {
    const count = repeatCount(n);
    const result = copyDeque(self);
    if (result instanceof PyDeque) repeatInPlace(result, count);
    return result;
  },
  __imul__: (self: PyDeque, n: PyValue) => {
    const count = repeatCount(n);
    repeatInPlace(self, count);
    return self;
  },
  __eq__: compare('=='),
  __ne__: compare('!='),
  __lt__: compare('<'),
  __le__: compare('<='),
  __gt__: compare('>'),
  __ge__: compare('>='),
  __reduce__: (self: PyDeque) => {
    const empty = containers.newTuple([]);
    const args = self.maxlen === null ? empty : containers.newTuple([empty, self.maxlen]);
    return containers.newTuple([self.type, args, self.dict ?? None, new DequeIterator(self, false)]);
  },
});
markSequenceRepeat(dequeType, '__mul__', '__rmul__', '__imul__');

methodRaw(dequeType, '__init__', (args, kwnames) => {
  const self = checkDeque(args[0], '__init__');
  const npos = args.length - 1 - (kwnames?.length ?? 0);
  if (args.length - 1 > 2) raiseError('TypeError', `deque() takes at most 2 arguments (${args.length - 1} given)`);
  let iterable: PyValue | undefined = npos >= 1 ? args[1] : undefined;
  let maxlen: PyValue = npos >= 2 ? args[2]! : None;
  for (let k = 0; k < (kwnames?.length ?? 0); k++) {
    const name = kwnames![k]!;
    const v = args[1 + npos + k]!;
    if (name === 'iterable' && npos < 1) iterable = v;
    else if (name === 'maxlen' && npos < 2) maxlen = v;
    else if (name === 'iterable' || name === 'maxlen') {
      raiseError('TypeError', `argument for deque() given by name ('${name}') and position (${name === 'iterable' ? 1 : 2})`);
    } else raiseError('TypeError', `'${name}' is an invalid keyword argument for deque()`);
  }
  self.maxlen = maxlenArg(maxlen);
  self.clear();
  if (iterable !== undefined) self.extend(iterable);
  return None;
});

staticNew(dequeType, (cls) => new PyDeque(cls));
getter(dequeType, 'maxlen', (self) => {
  const m = checkDeque(self, 'maxlen').maxlen;
  return m === null ? None : m;
});
dequeType.setAttr('__hash__', None);
classMethod(dequeType, '__class_getitem__', (cls: PyType, item: PyValue) => new PyGenericAlias(cls, item));

registerNativeModule('_collections', (module) => {
  module.dict.setStr('deque', dequeType);
  module.dict.setStr('_deque_iterator', dequeIteratorType);
  module.dict.setStr('_deque_reverse_iterator', dequeReverseIteratorType);
});
