// The iterator types of the builtins: enumerate, zip (strict=), map, filter,
// reversed (and the reversed-sequence iterator), iter(callable, sentinel)'s
// callable_iterator. Each is a PyIterator whose nextValue does the work, so
// `for` loops over them cost one JS call per item.
// Invariant: an exhausted iterator stays exhausted (its sources are dropped).
import { PyObject, PyType, None, makeBuiltinType, objectType, boolType, raiseError, typeName, typeOf, type PyValue } from './object.js';
import { getIter, iterNext, call, call1, isTrue, indexValue, pyEq, getItem, len, isExceptionOf } from './abstract.js';
import { defineBuiltinType, staticNew } from './type.js';
import { defineMethods, defineIteratorMethods, PyIterator } from './nativeType.js';
import { newTuple } from './tuple.js';
import { intAdd, type Int } from './int.js';
import { PyList, ListIterator, ListReverseIterator, listType } from './list.js';
import { dictType } from './dict.js';
import { PyRange, RangeIterator } from './range.js';

export const enumerateType = defineBuiltinType({ name: 'enumerate' });
export const zipType = defineBuiltinType({ name: 'zip' });
export const mapType = defineBuiltinType({ name: 'map' });
export const filterType = defineBuiltinType({ name: 'filter' });
export const reversedType = defineBuiltinType({ name: 'reversed' });
export const callableIteratorType = makeBuiltinType('callable_iterator', objectType, 0);

/** iter(x) that skips the protocol for the common native iterables. */
export function fastIter(v: PyValue): PyValue {
  if (v instanceof PyList && v.type.lookup('__iter__') === listIterFn) return new ListIterator(v);
  if (v instanceof PyRange) return new RangeIterator(v);
  return getIter(v);
}

const listIterFn = listType.lookup('__iter__');
const listReversedFn = listType.lookup('__reversed__');

/** Next item of an iterator obtained from fastIter/getIter. */
function next(it: PyValue): PyValue | undefined {
  return it instanceof PyIterator ? it.nextValue() : iterNext(it);
}

export class EnumerateIterator extends PyIterator {
  private count: Int;
  constructor(type: PyType, private source: PyValue | null, start: Int) {
    super(type);
    this.count = start;
  }

  nextValue(): PyValue | undefined {
    if (this.source === null) return undefined;
    const v = next(this.source);
    if (v === undefined) {
      this.source = null;
      return undefined;
    }
    const i = this.count;
    this.count = typeof i === 'number' && i < Number.MAX_SAFE_INTEGER ? i + 1 : intAdd(i, 1);
    return newTuple([i, v]);
  }
}

export class ZipIterator extends PyIterator {
  constructor(type: PyType, private sources: PyValue[] | null, private readonly strict: boolean) {
    super(type);
  }

  nextValue(): PyValue | undefined {
    const sources = this.sources;
    if (sources === null || sources.length === 0) return undefined;
    const items = new Array<PyValue>(sources.length);
    for (let i = 0; i < sources.length; i++) {
      const v = next(sources[i]);
      if (v === undefined) {
        this.sources = null;
        if (this.strict) this.strictCheck(sources, i);
        return undefined;
      }
      items[i] = v;
    }
    return newTuple(items);
  }

  /** zip(strict=True): an iterator that ended before the others, or one that goes on, is an error. */
  private strictCheck(sources: PyValue[], ended: number): void {
    if (ended > 0) {
      const plural = ended === 1 ? ' 1' : `s 1-${ended}`;
      raiseError('ValueError', `zip() argument ${ended + 1} is shorter than argument${plural}`);
    }
    for (let i = 1; i < sources.length; i++) {
      if (next(sources[i]) !== undefined) {
        const plural = i === 1 ? ' 1' : `s 1-${i}`;
        raiseError('ValueError', `zip() argument ${i + 1} is longer than argument${plural}`);
      }
    }
  }
}

export class MapIterator extends PyIterator {
  constructor(type: PyType, private readonly func: PyValue, private sources: PyValue[] | null) {
    super(type);
  }

  nextValue(): PyValue | undefined {
    const sources = this.sources;
    if (sources === null) return undefined;
    if (sources.length === 1) {
      const v = next(sources[0]);
      if (v === undefined) {
        this.sources = null;
        return undefined;
      }
      return call(this.func, [v], null);
    }
    const args = new Array<PyValue>(sources.length);
    for (let i = 0; i < sources.length; i++) {
      const v = next(sources[i]);
      if (v === undefined) {
        this.sources = null;
        return undefined;
      }
      args[i] = v;
    }
    return call(this.func, args, null);
  }
}

export class FilterIterator extends PyIterator {
  constructor(type: PyType, private readonly func: PyValue, private source: PyValue | null) {
    super(type);
  }

  nextValue(): PyValue | undefined {
    const source = this.source;
    if (source === null) return undefined;
    for (;;) {
      const v = next(source);
      if (v === undefined) {
        this.source = null;
        return undefined;
      }
      const keep = this.func === None || this.func === boolType ? isTrue(v) : isTrue(call(this.func, [v], null));
      if (keep) return v;
    }
  }
}

/** reversed(seq) over the sequence protocol: __len__ then __getitem__ downwards. */
export class ReversedIterator extends PyIterator {
  private index: number;
  constructor(type: PyType, private seq: PyValue | null) {
    super(type);
    this.index = len(seq as PyValue) - 1;
  }

  nextValue(): PyValue | undefined {
    if (this.seq === null || this.index < 0) {
      this.seq = null;
      return undefined;
    }
    try {
      return getItem(this.seq, this.index--);
    } catch (e) {
      if (isExceptionOf(e, 'IndexError') || isExceptionOf(e, 'StopIteration')) {
        this.seq = null;
        return undefined;
      }
      throw e;
    }
  }

  /** CPython's reversed_len: the items left, 0 once exhausted or when the sequence shrank below them. */
  lengthHint(): number {
    if (this.seq === null) return 0;
    const position = this.index + 1;
    return len(this.seq) < position ? 0 : position;
  }
}

/** iter(callable, sentinel): calls until the result equals the sentinel. */
export class CallableIterator extends PyIterator {
  constructor(private func: PyValue | null, private readonly sentinel: PyValue) {
    super(callableIteratorType);
  }

  nextValue(): PyValue | undefined {
    if (this.func === null) return undefined;
    let v: PyValue;
    try {
      v = call(this.func, [], null);
    } catch (e) {
      if (isExceptionOf(e, 'StopIteration')) {
        this.func = null;
        return undefined;
      }
      throw e;
    }
    if (v === this.sentinel || pyEq(v, this.sentinel)) {
      this.func = null;
      return undefined;
    }
    return v;
  }
}

for (const t of [enumerateType, zipType, mapType, filterType, reversedType, callableIteratorType]) defineIteratorMethods(t);
defineMethods(reversedType, { __length_hint__: (self: PyValue) => (self instanceof ReversedIterator ? self.lengthHint() : 0) });

function noKeywords(name: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length !== 0) raiseError('TypeError', `${name}() takes no keyword arguments`);
}

staticNew(enumerateType, (cls, args, kwnames) => {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  let iterable: PyValue | undefined = npos > 0 ? args[0] : undefined;
  let start: PyValue | undefined = npos > 1 ? args[1] : undefined;
  if (npos > 2) raiseError('TypeError', `enumerate() takes at most 2 arguments (${npos} given)`);
  for (let i = 0; i < nkw; i++) {
    const name = (kwnames as readonly string[])[i];
    const v = args[npos + i];
    if (name === 'iterable' && iterable === undefined) iterable = v;
    else if (name === 'start' && start === undefined) start = v;
    else if (name === 'iterable' || name === 'start') {
      raiseError('TypeError', `argument for enumerate() given by name ('${name}') and position (${name === 'iterable' ? 1 : 2})`);
    } else raiseError('TypeError', `'${name}' is an invalid keyword argument for enumerate()`);
  }
  if (iterable === undefined) raiseError('TypeError', "enumerate() missing required argument 'iterable'");
  let first: Int = 0;
  if (start !== undefined) {
    if (typeof start === 'number' || typeof start === 'bigint') first = start;
    else if (typeof start === 'boolean') first = start ? 1 : 0;
    else if (start instanceof PyObject && start.type.lookup('__index__') !== null) first = indexValue(start);
    else raiseError('TypeError', `'${typeName(start)}' object cannot be interpreted as an integer`);
  }
  return new EnumerateIterator(cls, fastIter(iterable), first);
});

staticNew(zipType, (cls, args, kwnames) => {
  const nkw = kwnames?.length ?? 0;
  let strict = false;
  if (nkw > 1) raiseError('TypeError', `zip() takes at most 1 keyword argument (${nkw} given)`);
  for (let i = 0; i < nkw; i++) {
    const name = (kwnames as readonly string[])[i];
    if (name !== 'strict') raiseError('TypeError', `'${name}' is an invalid keyword argument for zip()`);
    strict = isTrue(args[args.length - nkw + i]);
  }
  const sources = args.slice(0, args.length - nkw).map(fastIter);
  return new ZipIterator(cls, sources, strict);
});

staticNew(mapType, (cls, args, kwnames) => {
  noKeywords('map', kwnames);
  if (args.length < 2) raiseError('TypeError', 'map() must have at least two arguments.');
  return new MapIterator(cls, args[0], args.slice(1).map(fastIter));
});

staticNew(filterType, (cls, args, kwnames) => {
  noKeywords('filter', kwnames);
  if (args.length !== 2) raiseError('TypeError', `filter expected 2 arguments, got ${args.length}`);
  return new FilterIterator(cls, args[0], fastIter(args[1]));
});

staticNew(reversedType, (cls, args, kwnames) => {
  noKeywords('reversed', kwnames);
  if (args.length !== 1) raiseError('TypeError', `reversed expected 1 argument, got ${args.length}`);
  return reversedOf(args[0], cls);
});

/** reversed(seq): `__reversed__` when defined, else the sequence protocol (not for dicts). */
export function reversedOf(seq: PyValue, cls: PyType = reversedType): PyValue {
  if (cls === reversedType) {
    if (seq instanceof PyList && seq.type.lookup('__reversed__') === listReversedFn) return new ListReverseIterator(seq);
    if (seq instanceof PyRange) return new RangeIterator(seq, true);
  }
  const t = typeOf(seq);
  const rev = t.lookup('__reversed__');
  if (rev === None) raiseError('TypeError', `'${t.name}' object is not reversible`);
  if (rev !== null) return call1(rev, seq);
  if (t.lookup('__getitem__') === null || t.isSubtypeOf(dictType)) {
    raiseError('TypeError', `'${t.name}' object is not reversible`);
  }
  // A sequence without __len__ fails on its size, as CPython's PySequence_Size does.
  if (t.lookup('__len__') === null) raiseError('TypeError', `object of type '${t.name}' has no len()`);
  return new ReversedIterator(cls, seq);
}
