// The itertools types, native as CPython's C ones: count, repeat, islice,
// chain, cycle, accumulate, compress, dropwhile, takewhile, filterfalse,
// starmap, pairwise, zip_longest, groupby (and its _grouper), product,
// permutations, combinations, combinations_with_replacement and tee (_tee),
// registered as `_itertools` and re-exported by lib/itertools.py. Each is a
// PyIterator with CPython's type name, constructor errors and laziness.
// Invariant: an exhausted iterator stays exhausted (islice, chain and
// pairwise drop their sources); results are computed one at a time.
import { PyType, None, raiseError, typeOf, intType, type PyValue } from './object.js';
import { getIter, iterNext, indexValue, binaryOp, BinaryOpKind, repr as pyRepr, isExceptionOf, call, isTrue, toArray, pyEq, isInstance, getAttr, getAttrOrUndefined } from './abstract.js';
import { defineBuiltinType, staticNew, method, classMethod } from './type.js';
import { defineIteratorMethods, PyIterator } from './nativeType.js';
import { registerNativeModule } from './importer.js';
import { builtinFunctionRaw } from './function.js';
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
 * The arguments of a constructor written with Argument Clinic: `names` by
 * position or name, the last `kwOnly` of them by name only, the first
 * `required` of them required; undefined where not given. CPython's
 * _PyArg_UnpackKeywords errors, in its order.
 */
function parseArgs(fn: string, names: readonly string[], args: PyValue[], kwnames: readonly string[] | null, required = 0, kwOnly = 0): (PyValue | undefined)[] {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  const maxPos = names.length - kwOnly;
  if (npos + nkw > names.length) {
    raiseError('TypeError', `${fn}() takes at most ${names.length} ${npos === 0 ? 'keyword ' : ''}argument${names.length === 1 ? '' : 's'} (${npos + nkw} given)`);
  }
  if (npos > maxPos) raiseError('TypeError', `${fn}() takes at most ${maxPos} positional argument${maxPos === 1 ? '' : 's'} (${npos} given)`);
  const out: (PyValue | undefined)[] = names.map((_, i) => (i < npos ? args[i] : undefined));
  for (let i = 0; i < nkw; i++) {
    const name = (kwnames as readonly string[])[i]!;
    const at = names.indexOf(name);
    if (at < 0) continue;
    if (at < npos) raiseError('TypeError', `argument for ${fn}() given by name ('${name}') and position (${at + 1})`);
    out[at] = args[npos + i];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) raiseError('TypeError', `${fn}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  for (const name of kwnames ?? []) {
    if (!names.includes(name)) raiseError('TypeError', `'${name}' is an invalid keyword argument for ${fn}()`);
  }
  return out;
}

/** The arguments of a constructor taking exactly `n` positional ones and no keywords (cycle, dropwhile...). */
function positionalArgs(fn: string, n: number, args: PyValue[], kwnames: readonly string[] | null): PyValue[] {
  noKeywords(fn, kwnames);
  if (args.length !== n) raiseError('TypeError', `${fn} expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
  return args;
}

/** A Py_ssize_t argument through __index__ (combinations' r, tee's n, product's repeat). */
function ssizeArg(v: PyValue): number {
  const n: Int = indexValue(v);
  if (n > MAX_SIZE || n < -MAX_SIZE - 1) raiseError('OverflowError', 'Python int too large to convert to C ssize_t');
  return Number(n);
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
  const [object, times] = parseArgs('repeat', ['object', 'times'], args, kwnames, 1);
  let left: number | null = null;
  if (times !== undefined) {
    const n: Int = indexValue(times);
    left = n <= 0 ? 0 : Math.min(Number(n), MAX_SIZE);
  }
  return new RepeatIterator(cls, object!, left);
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

// ---------------------------------------------------------------- the filtering and mapping iterators

export const cycleType = defineBuiltinType({ name: 'cycle', module: 'itertools' });
export const accumulateType = defineBuiltinType({ name: 'accumulate', module: 'itertools' });
export const compressType = defineBuiltinType({ name: 'compress', module: 'itertools' });
export const dropwhileType = defineBuiltinType({ name: 'dropwhile', module: 'itertools' });
export const takewhileType = defineBuiltinType({ name: 'takewhile', module: 'itertools' });
export const filterfalseType = defineBuiltinType({ name: 'filterfalse', module: 'itertools' });
export const starmapType = defineBuiltinType({ name: 'starmap', module: 'itertools' });
export const pairwiseType = defineBuiltinType({ name: 'pairwise', module: 'itertools' });
export const zipLongestType = defineBuiltinType({ name: 'zip_longest', module: 'itertools' });

/** cycle: the first pass reads the source and saves its items; later passes replay them. */
class CycleIterator extends PyIterator {
  private readonly saved: PyValue[] = [];
  private index = 0;

  constructor(type: PyType, private source: PyValue | null) {
    super(type);
  }

  nextValue(): PyValue | undefined {
    if (this.source !== null) {
      const item = next(this.source);
      if (item !== undefined) {
        this.saved.push(item);
        return item;
      }
      this.source = null;
    }
    const saved = this.saved;
    if (saved.length === 0) return undefined;
    const item = saved[this.index]!;
    this.index = (this.index + 1) % saved.length;
    return item;
  }
}

staticNew(cycleType, (cls, args, kwnames) => new CycleIterator(cls, getIter(positionalArgs('cycle', 1, args, kwnames)[0]!)));

/** accumulate: running totals by `+` or func(total, item), starting from initial when given. */
class AccumulateIterator extends PyIterator {
  private total: PyValue | undefined;

  constructor(type: PyType, private readonly source: PyValue, private readonly func: PyValue, private initial: PyValue | undefined) {
    super(type);
  }

  nextValue(): PyValue | undefined {
    if (this.initial !== undefined) {
      this.total = this.initial;
      this.initial = undefined;
      return this.total;
    }
    const item = next(this.source);
    if (item === undefined) return undefined;
    const total = this.total;
    if (total === undefined) this.total = item;
    else this.total = this.func === None ? binaryOp(BinaryOpKind.ADD, total, item) : call(this.func, [total, item]);
    return this.total;
  }
}

staticNew(accumulateType, (cls, args, kwnames) => {
  const [iterable, func, initial] = parseArgs('accumulate', ['iterable', 'func', 'initial'], args, kwnames, 1, 1);
  const start = initial === undefined || initial === None ? undefined : initial;
  return new AccumulateIterator(cls, getIter(iterable!), func ?? None, start);
});

/** compress: the data items whose selector is true; stops with the shorter input. */
class CompressIterator extends PyIterator {
  constructor(type: PyType, private readonly data: PyValue, private readonly selectors: PyValue) {
    super(type);
  }

  nextValue(): PyValue | undefined {
    for (;;) {
      const item = next(this.data);
      if (item === undefined) return undefined;
      const selector = next(this.selectors);
      if (selector === undefined) return undefined;
      if (isTrue(selector)) return item;
    }
  }
}

staticNew(compressType, (cls, args, kwnames) => {
  const [data, selectors] = parseArgs('compress', ['data', 'selectors'], args, kwnames, 2);
  return new CompressIterator(cls, getIter(data!), getIter(selectors!));
});

/** dropwhile: skips items while the predicate holds, then yields the rest unfiltered. */
class DropwhileIterator extends PyIterator {
  private dropping = true;

  constructor(type: PyType, private readonly predicate: PyValue, private readonly source: PyValue) {
    super(type);
  }

  nextValue(): PyValue | undefined {
    for (;;) {
      const item = next(this.source);
      if (item === undefined || !this.dropping) return item;
      if (!isTrue(call(this.predicate, [item]))) {
        this.dropping = false;
        return item;
      }
    }
  }
}

staticNew(dropwhileType, (cls, args, kwnames) => {
  const [predicate, iterable] = positionalArgs('dropwhile', 2, args, kwnames);
  return new DropwhileIterator(cls, predicate!, getIter(iterable!));
});

/** takewhile: yields items while the predicate holds; the first failing item ends it for good. */
class TakewhileIterator extends PyIterator {
  private stopped = false;

  constructor(type: PyType, private readonly predicate: PyValue, private readonly source: PyValue) {
    super(type);
  }

  nextValue(): PyValue | undefined {
    if (this.stopped) return undefined;
    const item = next(this.source);
    if (item === undefined) return undefined;
    if (isTrue(call(this.predicate, [item]))) return item;
    this.stopped = true;
    return undefined;
  }
}

staticNew(takewhileType, (cls, args, kwnames) => {
  const [predicate, iterable] = positionalArgs('takewhile', 2, args, kwnames);
  return new TakewhileIterator(cls, predicate!, getIter(iterable!));
});

/** filterfalse: the items for which the predicate (or, for None, the item itself) is false. */
class FilterfalseIterator extends PyIterator {
  constructor(type: PyType, private readonly predicate: PyValue, private readonly source: PyValue) {
    super(type);
  }

  nextValue(): PyValue | undefined {
    for (;;) {
      const item = next(this.source);
      if (item === undefined) return undefined;
      if (!isTrue(this.predicate === None ? item : call(this.predicate, [item]))) return item;
    }
  }
}

staticNew(filterfalseType, (cls, args, kwnames) => {
  const [predicate, iterable] = positionalArgs('filterfalse', 2, args, kwnames);
  return new FilterfalseIterator(cls, predicate!, getIter(iterable!));
});

/** starmap: function(*item) for each item of the source. */
class StarmapIterator extends PyIterator {
  constructor(type: PyType, private readonly func: PyValue, private readonly source: PyValue) {
    super(type);
  }

  nextValue(): PyValue | undefined {
    const item = next(this.source);
    return item === undefined ? undefined : call(this.func, toArray(item));
  }
}

staticNew(starmapType, (cls, args, kwnames) => {
  const [func, iterable] = positionalArgs('starmap', 2, args, kwnames);
  return new StarmapIterator(cls, func!, getIter(iterable!));
});

/** pairwise: overlapping pairs (a, b), (b, c)...; drops its source once exhausted. */
class PairwiseIterator extends PyIterator {
  private previous: PyValue | undefined;

  constructor(type: PyType, private source: PyValue | null) {
    super(type);
  }

  nextValue(): PyValue | undefined {
    const source = this.source;
    if (source === null) return undefined;
    if (this.previous === undefined) {
      this.previous = next(source);
      if (this.previous === undefined) return this.exhausted();
    }
    const item = next(source);
    if (item === undefined) return this.exhausted();
    const pair = newTuple([this.previous, item]);
    this.previous = item;
    return pair;
  }

  private exhausted(): undefined {
    this.source = null;
    this.previous = undefined;
    return undefined;
  }
}

staticNew(pairwiseType, (cls, args, kwnames) => new PairwiseIterator(cls, getIter(positionalArgs('pairwise', 1, args, kwnames)[0]!)));

/** zip_longest: tuples across the sources, an exhausted one giving fillvalue until all are. */
class ZipLongestIterator extends PyIterator {
  private active: number;

  constructor(type: PyType, private readonly sources: (PyValue | null)[], private readonly fillvalue: PyValue) {
    super(type);
    this.active = sources.length;
  }

  nextValue(): PyValue | undefined {
    const sources = this.sources;
    if (this.active === 0) return undefined;
    const items: PyValue[] = [];
    for (let i = 0; i < sources.length; i++) {
      const source = sources[i]!;
      let item = source === null ? this.fillvalue : next(source);
      if (item === undefined) {
        sources[i] = null;
        this.active--;
        if (this.active === 0) return undefined;
        item = this.fillvalue;
      }
      items.push(item);
    }
    return newTuple(items);
  }
}

staticNew(zipLongestType, (cls, args, kwnames) => {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  let fillvalue: PyValue = None;
  for (let i = 0; i < nkw; i++) {
    if (kwnames![i] !== 'fillvalue') raiseError('TypeError', 'zip_longest() got an unexpected keyword argument');
    fillvalue = args[npos + i]!;
  }
  return new ZipLongestIterator(cls, args.slice(0, npos).map((iterable) => getIter(iterable)), fillvalue);
});

// ---------------------------------------------------------------- groupby

export const groupbyType = defineBuiltinType({ name: 'groupby', module: 'itertools' });
export const grouperType = defineBuiltinType({ name: '_grouper', module: 'itertools', subclassable: false });

/**
 * groupby: (key, group) pairs over runs of equal keys. The groups share the
 * groupby's position in the source: only the latest group reads from it,
 * and advancing the groupby skips what its group left unread.
 */
class GroupbyIterator extends PyIterator {
  /** The key of the group being handed out, the source's current key and value. */
  targetKey: PyValue | undefined;
  currentKey: PyValue | undefined;
  currentValue: PyValue | undefined;
  currentGrouper: GrouperIterator | null = null;

  constructor(type: PyType, private readonly source: PyValue, private readonly keyfunc: PyValue) {
    super(type);
  }

  /** Reads the next source item and its key; false at the end of the source. */
  step(): boolean {
    const value = next(this.source);
    if (value === undefined) return false;
    const key = this.keyfunc === None ? value : call(this.keyfunc, [value]);
    this.currentValue = value;
    this.currentKey = key;
    return true;
  }

  nextValue(): PyValue | undefined {
    this.currentGrouper = null;
    for (;;) {
      if (this.currentKey !== undefined) {
        if (this.targetKey === undefined) break;
        if (!pyEq(this.targetKey, this.currentKey)) break;
      }
      if (!this.step()) return undefined;
    }
    this.targetKey = this.currentKey;
    const grouper = new GrouperIterator(this, this.targetKey!);
    this.currentGrouper = grouper;
    return newTuple([this.currentKey!, grouper]);
  }
}

class GrouperIterator extends PyIterator {
  constructor(private readonly parent: GroupbyIterator, private readonly key: PyValue) {
    super(grouperType);
  }

  nextValue(): PyValue | undefined {
    const parent = this.parent;
    if (parent.currentGrouper !== this) return undefined;
    if (parent.currentValue === undefined && !parent.step()) return undefined;
    if (!pyEq(this.key, parent.currentKey!)) return undefined;
    const value = parent.currentValue;
    parent.currentValue = undefined;
    return value;
  }
}

staticNew(groupbyType, (cls, args, kwnames) => {
  const [iterable, key] = parseArgs('groupby', ['iterable', 'key'], args, kwnames, 1);
  return new GroupbyIterator(cls, getIter(iterable!), key ?? None);
});

// ---------------------------------------------------------------- combinatorics

export const productType = defineBuiltinType({ name: 'product', module: 'itertools' });
export const permutationsType = defineBuiltinType({ name: 'permutations', module: 'itertools' });
export const combinationsType = defineBuiltinType({ name: 'combinations', module: 'itertools' });
export const cwrType = defineBuiltinType({ name: 'combinations_with_replacement', module: 'itertools' });

/**
 * The four combinatoric iterators step an array of indices into `pool`(s)
 * one result at a time, as CPython's do, never building the whole result;
 * `advance` moves the indices to the next result or reports the end.
 */
abstract class IndexStepper extends PyIterator {
  protected indices: number[] | null = null;
  private done = false;

  protected abstract first(): number[] | null;
  protected abstract advance(indices: number[]): boolean;
  protected abstract result(indices: number[]): PyValue;

  nextValue(): PyValue | undefined {
    if (this.done) return undefined;
    if (this.indices === null) {
      this.indices = this.first();
    } else if (!this.advance(this.indices)) {
      this.indices = null;
    }
    if (this.indices === null) {
      this.done = true;
      return undefined;
    }
    return this.result(this.indices);
  }
}

class ProductIterator extends IndexStepper {
  constructor(type: PyType, private readonly pools: PyValue[][]) {
    super(type);
  }

  protected first(): number[] | null {
    return this.pools.some((pool) => pool.length === 0) ? null : this.pools.map(() => 0);
  }

  /** An odometer: the rightmost index turns fastest. */
  protected advance(indices: number[]): boolean {
    for (let i = indices.length - 1; i >= 0; i--) {
      if (++indices[i]! < this.pools[i]!.length) return true;
      indices[i] = 0;
    }
    return false;
  }

  protected result(indices: number[]): PyValue {
    return newTuple(indices.map((k, i) => this.pools[i]![k]!));
  }
}

staticNew(productType, (cls, args, kwnames) => {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  let repeat = 1;
  for (let i = 0; i < nkw; i++) {
    if (kwnames![i] !== 'repeat') raiseError('TypeError', `'${kwnames![i]}' is an invalid keyword argument for product()`);
    repeat = ssizeArg(args[npos + i]!);
  }
  if (repeat < 0) raiseError('ValueError', 'repeat argument cannot be negative');
  const pools = args.slice(0, npos).map((iterable) => toArray(iterable));
  const all: PyValue[][] = [];
  for (let r = 0; r < repeat; r++) all.push(...pools);
  return new ProductIterator(cls, all);
});

/** permutations: CPython's cycles algorithm over the first r of n indices. */
class PermutationsIterator extends IndexStepper {
  private readonly cycles: number[];

  constructor(type: PyType, private readonly pool: PyValue[], private readonly r: number) {
    super(type);
    const n = pool.length;
    this.cycles = Array.from({ length: Math.min(r, n) }, (_, i) => n - i);
  }

  protected first(): number[] | null {
    return this.r > this.pool.length ? null : this.pool.map((_, i) => i);
  }

  protected advance(indices: number[]): boolean {
    const n = this.pool.length;
    const cycles = this.cycles;
    if (n === 0) return false;
    for (let i = this.r - 1; i >= 0; i--) {
      cycles[i]!--;
      if (cycles[i] === 0) {
        const moved = indices[i]!;
        indices.splice(i, 1);
        indices.push(moved);
        cycles[i] = n - i;
      } else {
        const j = n - cycles[i]!;
        const t = indices[i]!;
        indices[i] = indices[j]!;
        indices[j] = t;
        return true;
      }
    }
    return false;
  }

  protected result(indices: number[]): PyValue {
    return newTuple(indices.slice(0, this.r).map((k) => this.pool[k]!));
  }
}

staticNew(permutationsType, (cls, args, kwnames) => {
  const [iterable, robj] = parseArgs('permutations', ['iterable', 'r'], args, kwnames, 1);
  const pool = toArray(iterable!);
  let r = pool.length;
  if (robj !== undefined && robj !== None) {
    if (typeof robj !== 'number' && typeof robj !== 'bigint' && typeof robj !== 'boolean' && !isInstance(robj, intType)) {
      raiseError('TypeError', 'Expected int as r');
    }
    r = ssizeArg(robj);
    if (r < 0) raiseError('ValueError', 'r must be non-negative');
  }
  return new PermutationsIterator(cls, pool, r);
});

/** combinations: increasing index tuples, the rightmost index that can move moves. */
class CombinationsIterator extends IndexStepper {
  constructor(type: PyType, private readonly pool: PyValue[], private readonly r: number) {
    super(type);
  }

  protected first(): number[] | null {
    return this.r > this.pool.length ? null : Array.from({ length: this.r }, (_, i) => i);
  }

  protected advance(indices: number[]): boolean {
    const n = this.pool.length;
    const r = this.r;
    let i = r - 1;
    while (i >= 0 && indices[i] === i + n - r) i--;
    if (i < 0) return false;
    indices[i]!++;
    for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1]! + 1;
    return true;
  }

  protected result(indices: number[]): PyValue {
    return newTuple(indices.map((k) => this.pool[k]!));
  }
}

/** combinations_with_replacement: non-decreasing index tuples. */
class CwrIterator extends IndexStepper {
  constructor(type: PyType, private readonly pool: PyValue[], private readonly r: number) {
    super(type);
  }

  protected first(): number[] | null {
    return this.pool.length === 0 && this.r > 0 ? null : new Array<number>(this.r).fill(0);
  }

  protected advance(indices: number[]): boolean {
    const n = this.pool.length;
    let i = this.r - 1;
    while (i >= 0 && indices[i] === n - 1) i--;
    if (i < 0) return false;
    const k = indices[i]! + 1;
    for (let j = i; j < this.r; j++) indices[j] = k;
    return true;
  }

  protected result(indices: number[]): PyValue {
    return newTuple(indices.map((k) => this.pool[k]!));
  }
}

for (const [type, name, Stepper] of [[combinationsType, 'combinations', CombinationsIterator], [cwrType, 'combinations_with_replacement', CwrIterator]] as const) {
  staticNew(type, (cls, args, kwnames) => {
    const [iterable, robj] = parseArgs(name, ['iterable', 'r'], args, kwnames, 2);
    const r = ssizeArg(robj!);
    if (r < 0) raiseError('ValueError', 'r must be non-negative');
    return new Stepper(cls, toArray(iterable!), r);
  });
}

// ---------------------------------------------------------------- tee

export const teeType = defineBuiltinType({ name: '_tee', module: 'itertools', subclassable: false });

/** One cell of the buffer the iterators of one tee share: a value and the cell after it. */
interface TeeLink {
  value: PyValue | undefined;
  next: TeeLink | null;
}

/** An iterator of a tee: reads the shared source only when it is the first to reach a cell. */
class TeeIterator extends PyIterator {
  constructor(private readonly source: PyValue, private link: TeeLink) {
    super(teeType);
  }

  nextValue(): PyValue | undefined {
    const link = this.link;
    if (link.next === null) {
      const value = next(this.source);
      if (value === undefined) return undefined;
      link.value = value;
      link.next = { value: undefined, next: null };
    }
    this.link = link.next;
    return link.value;
  }

  copy(): TeeIterator {
    return new TeeIterator(this.source, this.link);
  }
}

staticNew(teeType, (_cls, args, kwnames) => {
  const [iterable] = positionalArgs('_tee', 1, args, kwnames);
  return new TeeIterator(getIter(iterable!), { value: undefined, next: null });
});
method(teeType, '__copy__', (self: TeeIterator) => self.copy());

/** tee(iterable, n=2): n iterators over one source; an iterator with __copy__ is copied, not wrapped. */
function tee(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  noKeywords('tee', kwnames);
  if (args.length < 1) raiseError('TypeError', `tee expected at least 1 argument, got ${args.length}`);
  if (args.length > 2) raiseError('TypeError', `tee expected at most 2 arguments, got ${args.length}`);
  const n = args.length > 1 ? ssizeArg(args[1]!) : 2;
  if (n < 0) raiseError('ValueError', 'n must be >= 0');
  if (n === 0) return newTuple([]);
  const it = getIter(args[0]!);
  const copy = getAttrOrUndefined(it, '__copy__');
  const first = copy !== undefined ? it : new TeeIterator(it, { value: undefined, next: null });
  const copyFirst = copy ?? getAttr(first, '__copy__');
  const items: PyValue[] = [first];
  for (let i = 1; i < n; i++) items.push(call(copyFirst, []));
  return newTuple(items);
}

const ITERATOR_TYPES = [countType, repeatType, isliceType, chainType, cycleType, accumulateType, compressType, dropwhileType,
  takewhileType, filterfalseType, starmapType, pairwiseType, zipLongestType, groupbyType, grouperType, productType,
  permutationsType, combinationsType, cwrType, teeType];
for (const t of ITERATOR_TYPES) defineIteratorMethods(t);

registerNativeModule('_itertools', (module) => {
  for (const t of ITERATOR_TYPES) module.dict.setStr(t.name, t);
  module.dict.setStr('tee', builtinFunctionRaw('tee', tee));
});
