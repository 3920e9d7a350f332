// The hot itertools types, native: count, repeat, islice and chain (with
// chain.from_iterable), registered as `_itertools` and re-exported by
// lib/itertools.py (which keeps the rest in Python). Each is a subclassable
// PyIterator with CPython's constructor errors, reprs and laziness.
// Invariant: an exhausted islice or chain drops its sources and stays
// exhausted; count and repeat never raise once built (except from `+`).
import { PyType, None, raiseError, typeOf, type PyValue } from './object.js';
import { getIter, iterNext, indexValue, binaryOp, BinaryOpKind, repr as pyRepr, isExceptionOf } from './abstract.js';
import { defineBuiltinType, staticNew, method, classMethod } from './type.js';
import { defineIteratorMethods, PyIterator } from './nativeType.js';
import { registerNativeModule } from './importer.js';
import { newTuple } from './tuple.js';
import type { Int } from './int.js';

export const countType = defineBuiltinType({ name: 'count', module: 'itertools' });
export const repeatType = defineBuiltinType({ name: 'repeat', module: 'itertools' });
export const isliceType = defineBuiltinType({ name: 'islice', module: 'itertools' });
export const chainType = defineBuiltinType({ name: 'chain', module: 'itertools' });

const MAX_SIZE = 2 ** 63 - 1;

/** A builtin iterator's next item without the protocol; generic iterators through iterNext. */
function next(it: PyValue): PyValue | undefined {
  return it instanceof PyIterator ? it.nextValue() : iterNext(it);
}

/**
 * The arguments of a constructor taking up to `names.length` arguments by
 * position or name (count, repeat), or undefined where not given, with
 * CPython's argument errors.
 */
function parseArgs(fn: string, names: readonly string[], args: PyValue[], kwnames: readonly string[] | null): (PyValue | undefined)[] {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (npos > names.length) raiseError('TypeError', `${fn}() takes at most ${names.length} arguments (${npos} given)`);
  const out: (PyValue | undefined)[] = names.map((_, i) => (i < npos ? args[i] : undefined));
  for (let i = 0; i < nkw; i++) {
    const name = (kwnames as readonly string[])[i]!;
    const at = names.indexOf(name);
    if (at < 0) raiseError('TypeError', `'${name}' is an invalid keyword argument for ${fn}()`);
    if (at < npos) raiseError('TypeError', `argument for ${fn}() given by name ('${name}') and position (${at + 1})`);
    out[at] = args[npos + i];
  }
  return out;
}

function noKeywords(fn: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length !== 0) raiseError('TypeError', `${fn}() takes no keyword arguments`);
}

/** What CPython's PyNumber_Check accepts: ints, floats, complex numbers and anything with __index__/__int__/__float__/__complex__. */
function isNumber(v: PyValue): boolean {
  const k = typeof v;
  if (k === 'number' || k === 'bigint' || k === 'boolean') return true;
  const t = typeOf(v);
  return t.lookup('__index__') !== null || t.lookup('__int__') !== null || t.lookup('__float__') !== null || t.lookup('__complex__') !== null;
}

// ---------------------------------------------------------------- count

export class CountIterator extends PyIterator {
  /**
   * CPython's "fast mode" (an int start and a step of int 1): the repr shows
   * the bare count, so count(True) reads count(1).
   */
  private readonly fastMode: boolean;

  constructor(type: PyType, private current: PyValue, private readonly step: PyValue) {
    super(type);
    const isInt = (v: PyValue) => typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint';
    this.fastMode = isInt(current) && isInt(step) && Number(step) === 1;
    // In fast mode CPython counts in a C integer: count(True) yields 1, 2, ...
    if (this.fastMode && typeof current === 'boolean') this.current = current ? 1 : 0;
  }

  nextValue(): PyValue {
    const v = this.current;
    const step = this.step;
    if (typeof v === 'number' && typeof step === 'number') {
      const n = v + step;
      this.current = n <= Number.MAX_SAFE_INTEGER && n >= -Number.MAX_SAFE_INTEGER ? n : binaryOp(BinaryOpKind.ADD, v, step);
    } else {
      this.current = binaryOp(BinaryOpKind.ADD, v, step);
    }
    return v;
  }

  repr(): string {
    const name = this.type.name;
    if (this.fastMode) return `${name}(${pyRepr(this.current)})`;
    const step = this.step;
    const stepIsOne = (typeof step === 'number' || typeof step === 'bigint' || typeof step === 'boolean') && Number(step) === 1;
    return stepIsOne ? `${name}(${pyRepr(this.current)})` : `${name}(${pyRepr(this.current)}, ${pyRepr(step)})`;
  }
}

staticNew(countType, (cls, args, kwnames) => {
  const [start, step] = parseArgs('count', ['start', 'step'], args, kwnames);
  if ((start !== undefined && !isNumber(start)) || (step !== undefined && !isNumber(step))) raiseError('TypeError', 'a number is required');
  return new CountIterator(cls, start ?? 0, step ?? 1);
});
method(countType, '__repr__', (self: CountIterator) => self.repr());

// ---------------------------------------------------------------- repeat

export class RepeatIterator extends PyIterator {
  /** Items left, or null for an endless repeat. */
  constructor(type: PyType, readonly object: PyValue, public left: number | null) {
    super(type);
  }

  nextValue(): PyValue | undefined {
    if (this.left === null) return this.object;
    if (this.left <= 0) return undefined;
    this.left--;
    return this.object;
  }
}

staticNew(repeatType, (cls, args, kwnames) => {
  const [object, times] = parseArgs('repeat', ['object', 'times'], args, kwnames);
  if (object === undefined) raiseError('TypeError', "repeat() missing required argument 'object' (pos 1)");
  let left: number | null = null;
  if (times !== undefined) {
    const n: Int = indexValue(times);
    left = n <= 0 ? 0 : Math.min(Number(n), MAX_SIZE);
  }
  return new RepeatIterator(cls, object, left);
});
method(repeatType, '__repr__', (self: RepeatIterator) => {
  const obj = pyRepr(self.object);
  return self.left === null ? `${self.type.name}(${obj})` : `${self.type.name}(${obj}, ${self.left})`;
});
method(repeatType, '__length_hint__', (self: RepeatIterator) => {
  if (self.left === null) raiseError('TypeError', 'len() of unsized object');
  return self.left;
});

// ---------------------------------------------------------------- islice

export class IsliceIterator extends PyIterator {
  /** Items read from the source so far. */
  private count = 0;

  /** `stop` is -1 for no limit; `nextIndex` is the source index of the next item to yield. */
  constructor(type: PyType, private source: PyValue | null, private nextIndex: number, private readonly stop: number, private readonly step: number) {
    super(type);
  }

  /** Skips lazily up to the next wanted index and never reads past `stop`, as CPython's islice. */
  nextValue(): PyValue | undefined {
    const source = this.source;
    if (source === null) return undefined;
    const stop = this.stop;
    while (this.count < this.nextIndex) {
      if (next(source) === undefined) return this.exhausted();
      this.count++;
    }
    if (stop !== -1 && this.count >= stop) return this.exhausted();
    const item = next(source);
    if (item === undefined) return this.exhausted();
    this.count++;
    this.nextIndex += this.step;
    if (stop !== -1 && this.nextIndex > stop) this.nextIndex = stop;
    return item;
  }

  private exhausted(): undefined {
    this.source = null;
    return undefined;
  }
}

const STOP_ERROR = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';

/** PyNumber_AsSsize_t for islice's arguments: -1 stands for "not an index" (any error is replaced by islice's own). */
function sliceIndex(v: PyValue): number {
  let n: Int;
  try {
    n = indexValue(v);
  } catch (e) {
    if (isExceptionOf(e, 'Exception')) return -1;
    throw e;
  }
  if (n > MAX_SIZE || n < -MAX_SIZE - 1) return -1;
  return Number(n);
}

staticNew(isliceType, (cls, args, kwnames) => {
  noKeywords('islice', kwnames);
  if (args.length < 2) raiseError('TypeError', `islice expected at least 2 arguments, got ${args.length}`);
  if (args.length > 4) raiseError('TypeError', `islice expected at most 4 arguments, got ${args.length}`);
  let start = 0;
  let stop = -1;
  let step = 1;
  const [iterable, a1, a2, a3] = args as [PyValue, PyValue, PyValue | undefined, PyValue | undefined];
  if (args.length === 2) {
    if (a1 !== None) {
      stop = sliceIndex(a1);
      if (stop === -1) raiseError('ValueError', STOP_ERROR);
    }
  } else {
    if (a1 !== None) start = sliceIndex(a1);
    if (a2 !== None) {
      stop = sliceIndex(a2 as PyValue);
      if (stop === -1) raiseError('ValueError', STOP_ERROR);
    }
  }
  if (start < 0 || stop < -1) raiseError('ValueError', 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.');
  if (a3 !== undefined && a3 !== None) step = sliceIndex(a3);
  if (step < 1) raiseError('ValueError', 'Step for islice() must be a positive integer or None.');
  return new IsliceIterator(cls, getIter(iterable), start, stop, step);
});

// ---------------------------------------------------------------- chain

export class ChainIterator extends PyIterator {
  /** The iterator of iterables (null once exhausted) and the iterator being drained. */
  constructor(type: PyType, private source: PyValue | null, private active: PyValue | null = null) {
    super(type);
  }

  nextValue(): PyValue | undefined {
    for (;;) {
      const source = this.source;
      if (source === null) return undefined;
      if (this.active === null) {
        try {
          const iterable = next(source);
          if (iterable === undefined) {
            this.source = null;
            return undefined;
          }
          this.active = getIter(iterable);
        } catch (e) {
          this.source = null;
          throw e;
        }
      }
      const item = next(this.active);
      if (item !== undefined) return item;
      this.active = null;
    }
  }
}

staticNew(chainType, (cls, args, kwnames) => {
  noKeywords('chain', kwnames);
  return new ChainIterator(cls, getIter(newTuple(args)));
});
classMethod(chainType, 'from_iterable', (cls: PyType, iterable: PyValue) => new ChainIterator(cls, getIter(iterable)), { min: 1, max: 1 });

for (const t of [countType, repeatType, isliceType, chainType]) defineIteratorMethods(t);

registerNativeModule('_itertools', (module) => {
  for (const t of [countType, repeatType, isliceType, chainType]) module.dict.setStr(t.name, t);
});
