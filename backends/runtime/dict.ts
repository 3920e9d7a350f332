// dict: the insertion-ordered hash map behind dict objects, module globals and
// instance __dict__s (the StrDict the object model stores attributes in).
// One JS Map holds every entry in Python's insertion order: str and int keys
// (and bool/float keys, normalized so that 1, 1.0 and True are one key) are
// Map keys themselves; any other key is represented by a HashedKey cell found
// through a side index by Python hash and compared with Python equality.
// Instances of str/int/float subclasses that keep the base __hash__ and __eq__
// use their value's primitive form, as CPython hashes and compares them.
// Invariant: `map` and `hashed` describe the same set of HashedKey cells.
import {
  PyObject, PyType, Shape, TypeFlags, None, NotImplemented, builtinTypes, containers, makeBuiltinType, objectType, raiseError, raiseWith, strType, intType, floatType,
  typeName, type PyValue, type StrDict,
} from './object.js';
import { PyFloat } from './float.js';
import { out, foldHash, hashFromHalves } from './hash64.js';
import { pyEq, repr as pyRepr, getIter, iterNext, getAttrOrUndefined, getItem, setItem, call as callObject, len } from './abstract.js';
import { defineBuiltinType, methodRaw, classMethod, staticNew } from './type.js';
import { defineMethods, defineIteratorMethods, PyIterator } from './nativeType.js';
import { reprEnter, reprLeave } from './reprGuard.js';
import { iterableToArray } from './list.js';
import { newTuple, PyTuple, hashHalves, keyEquals } from './tuple.js';
import { newSetFrom, PySet } from './set.js';
import { PyStrInstance } from './strMethods.js';
import { PyIntInstance } from './intMethods.js';
import { PyFloatInstance } from './floatMethods.js';

export const dictType = defineBuiltinType({ name: 'dict' });

/** A non-primitive key's Map cell: its identity is the Map key, so order is kept with the primitives. */
export class HashedKey {
  /** The key's 64-bit hash as two uint32 halves. */
  constructor(readonly key: PyValue, readonly hi: number, readonly lo: number) {}
}

/** What a key becomes inside the Map: a primitive normal form, or a HashedKey cell. */
export type MapKey = string | number | bigint | HashedKey;

/**
 * The primitive normal form of a key whose equality is value equality, or
 * undefined when the key must be compared by hash and `__eq__`. Equal numbers
 * map to the same JS value (True -> 1, 2.0 -> 2, 2.0**60 -> 2n**60n).
 */
export function primitiveKey(key: PyValue): string | number | bigint | undefined {
  switch (typeof key) {
    case 'string':
    case 'number':
    case 'bigint':
      return key;
    case 'boolean':
      return key ? 1 : 0;
    default:
      if (key instanceof PyFloat) return numberKey(key.value);
      if (key instanceof PyStrInstance || key instanceof PyIntInstance || key instanceof PyFloatInstance) return subclassKey(key);
      return undefined;
  }
}

function numberKey(x: number): number | bigint | undefined {
  if (x !== x) return undefined; // NaN equals nothing: identity only, through the hashed path.
  if (Number.isInteger(x) && !Number.isSafeInteger(x)) return BigInt(x);
  return x === 0 ? 0 : x;
}

/**
 * An instance of a str, int or float subclass hashes and compares as its
 * value (CPython: `{'a': 1}[S('a')]` finds the entry) unless its class
 * overrides `__hash__` or `__eq__`; then only the hashed path is right.
 */
function subclassKey(key: PyStrInstance | PyIntInstance | PyFloatInstance): string | number | bigint | undefined {
  const base = key instanceof PyStrInstance ? strType : key instanceof PyIntInstance ? intType : floatType;
  const t = key.type;
  if (t.lookup('__hash__') !== base.lookup('__hash__') || t.lookup('__eq__') !== base.lookup('__eq__')) return undefined;
  const v = key.value;
  return typeof v === 'number' ? numberKey(v) : v;
}

/** Whether a key read back from its primitive normal form is the key itself (str and int keys). */
function isCanonical(key: PyValue): boolean {
  const t = typeof key;
  return t === 'string' || t === 'number' || t === 'bigint';
}

/** Source of dict stamps: every mutation of any dict takes the next number, so an unchanged stamp means the same dict, unchanged. */
let stampCounter = 0;

export class PyDict extends PyObject implements StrDict {
  /** Combined mode: every entry in insertion order, keyed by MapKey; null while the dict is split. */
  table: Map<MapKey, PyValue> | null;
  /**
   * Split mode (instance dicts, str keys only): the key layout shared with
   * other instances and this dict's values in its order; both null once
   * combined. A dict never goes back from combined to split.
   */
  shape: Shape | null;
  vals: PyValue[] | null;
  /** Original keys of primitive entries whose key is not canonical (True, 1.0): the first key inserted is kept. */
  odd: Map<MapKey, PyValue> | null = null;
  /** HashedKey cells by folded Python hash (one cell, or several colliding ones). */
  hashed: Map<number, HashedKey | HashedKey[]> | null = null;
  /** Bumped when entries are removed and re-added in a way iterators must notice. */
  version = 0;
  /** Renewed by every store and removal: the vm's LOAD_GLOBAL cache is valid while the stamps it saw stay. */
  stamp = ++stampCounter;

  /** A split dict when `shape` (a root) is given, else a combined one. */
  constructor(type: PyType = dictType, shape: Shape | null = null) {
    super(type);
    if (shape === null) {
      this.table = new Map();
      this.shape = null;
      this.vals = null;
    } else {
      this.table = null;
      this.shape = shape;
      // Sized for the attributes the type's instances have had, so stores in __init__ do not regrow it.
      const hint = shape.hint;
      this.vals = hint === 0 ? [] : new Array<PyValue>(hint);
    }
  }

  /** Every entry as one Map; a split dict combines first (every path but the str-keyed ones comes here). */
  get map(): Map<MapKey, PyValue> {
    return this.table ?? this.combine();
  }

  set map(m: Map<MapKey, PyValue>) {
    this.table = m;
    this.shape = null;
    this.vals = null;
  }

  private combine(): Map<MapKey, PyValue> {
    const m = new Map<MapKey, PyValue>();
    const keys = (this.shape as Shape).keys;
    const vals = this.vals as PyValue[];
    for (let i = 0; i < keys.length; i++) m.set(keys[i]!, vals[i]!);
    this.map = m;
    return m;
  }

  get size(): number {
    const t = this.table;
    return t !== null ? t.size : (this.shape as Shape).keys.length;
  }

  getStr(key: string): PyValue | undefined {
    const t = this.table;
    if (t !== null) return t.get(key);
    const i = (this.shape as Shape).index.get(key);
    return i === undefined ? undefined : (this.vals as PyValue[])[i];
  }

  setStr(key: string, value: PyValue): void {
    this.stamp = ++stampCounter;
    const t = this.table;
    if (t !== null) t.set(key, value);
    else this.setSplit(key, value);
  }

  private setSplit(key: string, value: PyValue): void {
    const shape = this.shape as Shape;
    const vals = this.vals as PyValue[];
    const i = shape.index.get(key);
    if (i !== undefined) {
      vals[i] = value;
      return;
    }
    const next = shape.add(key);
    if (next === null) {
      this.combine().set(key, value);
      return;
    }
    vals[shape.keys.length] = value;
    this.shape = next;
  }

  /** A split store the vm's attribute cache proved right: `shape` is this dict's, `next` is it or its successor by one key at `i`. */
  storeSplit(next: Shape, i: number, value: PyValue): void {
    this.stamp = ++stampCounter;
    (this.vals as PyValue[])[i] = value;
    this.shape = next;
  }

  delStr(key: string): boolean {
    this.stamp = ++stampCounter;
    if (this.table === null && !(this.shape as Shape).index.has(key)) return false;
    return this.map.delete(key);
  }

  strKeys(): string[] {
    if (this.table === null) return (this.shape as Shape).keys.slice();
    const out: string[] = [];
    for (const k of this.table.keys()) if (typeof k === 'string') out.push(k);
    return out;
  }

  /** The Map key under which `key` is stored, or undefined when absent. */
  findMapKey(key: PyValue): MapKey | undefined {
    const p = primitiveKey(key);
    if (p !== undefined) return this.map.has(p) ? p : this.hashedTwin(key);
    hashHalves(key);
    return this.findNonPrimitive(key, out.hi, out.lo);
  }

  /**
   * For a str/int key that missed its primitive entry: a HashedKey cell with
   * the same hash whose key says it is equal (CPython compares every entry
   * with an equal hash, so `5 in {K(5): 1}` asks K.__eq__).
   */
  private hashedTwin(key: PyValue): HashedKey | undefined {
    if (this.hashed === null) return undefined;
    hashHalves(key);
    return this.findHashed(key, out.hi, out.lo);
  }

  /**
   * The entry of a non-primitive key: its cell, or else (for instances of
   * Python classes, the only ones whose __eq__ can equal an int) the int
   * entry whose hash it shares. A str with the same hash is not searched.
   */
  private findNonPrimitive(key: PyValue, hi: number, lo: number): MapKey | undefined {
    const cell = this.findHashed(key, hi, lo);
    if (cell !== undefined || !(key instanceof PyObject) || (key.type.flags & TypeFlags.BUILTIN) !== 0) return cell;
    const h = hashFromHalves(hi, lo);
    if (typeof h !== 'number') return undefined;
    const m = this.map;
    if (m.has(h) && keyEquals(this.keyOf(h), key)) return h;
    // hash(-1) is -2: the int -1 shares the hash -2 too.
    if (h === -2 && m.has(-1) && keyEquals(this.keyOf(-1), key)) return -1;
    return undefined;
  }

  private findHashed(key: PyValue, hi: number, lo: number): HashedKey | undefined {
    const index = this.hashed;
    if (index === null) return undefined;
    const found = index.get(foldHash(hi, lo));
    if (found === undefined) return undefined;
    if (found instanceof HashedKey) return found.hi === hi && found.lo === lo && keyEquals(found.key, key) ? found : undefined;
    for (const cell of found) if (cell.hi === hi && cell.lo === lo && keyEquals(cell.key, key)) return cell;
    return undefined;
  }

  /** d[key], or undefined when absent (no __missing__: that is the subscript operation's business). */
  get(key: PyValue): PyValue | undefined {
    let v: PyValue | undefined;
    if (typeof key === 'string') v = this.getStr(key);
    else {
      const p = primitiveKey(key);
      if (p === undefined) {
        // Hashing first also raises `unhashable type` for an empty dict, as CPython does.
        hashHalves(key);
        const mk = this.findNonPrimitive(key, out.hi, out.lo);
        return mk === undefined ? undefined : this.map.get(mk);
      }
      v = this.map.get(p);
    }
    if (v !== undefined || this.hashed === null) return v;
    const twin = this.hashedTwin(key);
    return twin === undefined ? undefined : this.map.get(twin);
  }

  has(key: PyValue): boolean {
    if (typeof key === 'string') return this.getStr(key) !== undefined || this.hashedTwin(key) !== undefined;
    return this.findMapKey(key) !== undefined;
  }

  set(key: PyValue, value: PyValue): void {
    if (typeof key === 'string') {
      if (this.hashed !== null && this.getStr(key) === undefined) {
        const twin = this.hashedTwin(key);
        if (twin !== undefined) {
          this.stamp = ++stampCounter;
          this.map.set(twin, value);
          return;
        }
      }
      this.setStr(key, value);
      return;
    }
    this.stamp = ++stampCounter;
    const p = primitiveKey(key);
    if (p !== undefined) {
      if (this.hashed !== null && !this.map.has(p)) {
        const twin = this.hashedTwin(key);
        if (twin !== undefined) {
          this.map.set(twin, value);
          return;
        }
      }
      if (!isCanonical(key) && !this.map.has(p)) (this.odd ??= new Map()).set(p, key);
      this.map.set(p, value);
      return;
    }
    hashHalves(key);
    this.setHashed(key, out.hi, out.lo, value);
  }

  /** Stores a non-primitive key whose hash halves are already known. */
  setHashed(key: PyValue, hi: number, lo: number, value: PyValue): void {
    this.stamp = ++stampCounter;
    const existing = this.findNonPrimitive(key, hi, lo);
    if (existing !== undefined) {
      this.map.set(existing, value);
      return;
    }
    const cell = new HashedKey(key, hi, lo);
    const index = (this.hashed ??= new Map());
    const fold = foldHash(hi, lo);
    const bucket = index.get(fold);
    if (bucket === undefined) index.set(fold, cell);
    else if (bucket instanceof HashedKey) index.set(fold, [bucket, cell]);
    else bucket.push(cell);
    this.map.set(cell, value);
  }

  /** Removes `key`; returns its value, or undefined when it was absent. */
  delete(key: PyValue): PyValue | undefined {
    const mk = typeof key === 'string' ? (this.getStr(key) !== undefined ? key : this.hashedTwin(key)) : this.findMapKey(key);
    if (mk === undefined) return undefined;
    return this.deleteMapKey(mk);
  }

  deleteMapKey(mk: MapKey): PyValue {
    const value = this.map.get(mk) as PyValue;
    this.stamp = ++stampCounter;
    this.map.delete(mk);
    if (mk instanceof HashedKey) {
      const index = this.hashed as Map<number, HashedKey | HashedKey[]>;
      const fold = foldHash(mk.hi, mk.lo);
      const bucket = index.get(fold);
      if (bucket instanceof HashedKey) index.delete(fold);
      else if (bucket !== undefined) {
        bucket.splice(bucket.indexOf(mk), 1);
        if (bucket.length === 1) index.set(fold, bucket[0]);
      }
    } else if (this.odd !== null) {
      this.odd.delete(mk);
    }
    return value;
  }

  /** The Python key an entry's Map key stands for. */
  keyOf(mk: MapKey): PyValue {
    if (mk instanceof HashedKey) return mk.key;
    if (this.odd !== null) {
      const original = this.odd.get(mk);
      if (original !== undefined) return original;
    }
    return mk;
  }

  clear(): void {
    this.stamp = ++stampCounter;
    this.map.clear();
    this.odd = null;
    this.hashed = null;
    this.version++;
  }

  /** The keys in order (a snapshot). */
  keyList(): PyValue[] {
    const out: PyValue[] = [];
    for (const mk of this.map.keys()) out.push(this.keyOf(mk));
    return out;
  }

  valueList(): PyValue[] {
    return [...this.map.values()];
  }

  /** Copies every entry of `other` into this dict (dict.update from a dict, in order). */
  mergeFrom(other: PyDict): void {
    this.stamp = ++stampCounter;
    if (this.size === 0 && this.odd === null && this.hashed === null) {
      if (other.table === null) {
        this.table = null;
        this.shape = other.shape;
        this.vals = (other.vals as PyValue[]).slice();
        return;
      }
      this.map = new Map(other.table);
      if (other.odd !== null) this.odd = new Map(other.odd);
      if (other.hashed !== null) {
        this.hashed = new Map();
        for (const [h, b] of other.hashed) this.hashed.set(h, b instanceof HashedKey ? b : [...b]);
      }
      return;
    }
    for (const [mk, v] of other.map) {
      if (mk instanceof HashedKey) this.setHashed(mk.key, mk.hi, mk.lo, v);
      else this.set(other.keyOf(mk), v);
    }
  }
}

export function newDict(): PyDict {
  return new PyDict(dictType);
}

/** An instance's `__dict__`, split on its type's shape tree. */
export function newInstanceDict(type: PyType): PyDict {
  return new PyDict(dictType, type.instanceShape ??= new Shape([], null));
}

containers.newDict = newDict;
containers.newInstanceDict = newInstanceDict;

function keyError(key: PyValue): never {
  raiseWith(builtinTypes.get('KeyError') as PyType, [key]);
}

/** d[key] with `__missing__` for subclasses and KeyError otherwise (BINARY_SUBSCR on dicts). */
export function dictGetItem(d: PyDict, key: PyValue): PyValue {
  const v = d.get(key);
  if (v !== undefined) return v;
  if (d.type !== dictType) {
    const missing = d.type.lookup('__missing__');
    if (missing !== null) return callObject(missing, [d, key], null);
  }
  return keyError(key);
}

export function dictDelItem(d: PyDict, key: PyValue): void {
  if (d.delete(key) === undefined) keyError(key);
}

export function dictRepr(d: PyDict): string {
  if (d.size === 0) return '{}';
  if (!reprEnter(d)) return '{...}';
  try {
    const parts: string[] = [];
    for (const [mk, v] of d.map) parts.push(`${pyRepr(d.keyOf(mk))}: ${pyRepr(v)}`);
    return `{${parts.join(', ')}}`;
  } finally {
    reprLeave(d);
  }
}

export function dictEquals(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (const [mk, v] of a.map) {
    const w = mk instanceof HashedKey ? b.get(mk.key) : b.get(a.keyOf(mk));
    if (w === undefined || !(v === w || pyEq(v, w))) return false;
  }
  return true;
}

/** dict.update / dict(...) with one positional source: a dict, a mapping with keys(), or pairs. */
export function dictUpdateFrom(d: PyDict, src: PyValue): void {
  if (src instanceof PyDict && src.type.lookup('__iter__') === dictType.lookup('__iter__')) {
    d.mergeFrom(src);
    return;
  }
  const keysMethod = getAttrOrUndefined(src, 'keys');
  if (keysMethod !== undefined) {
    const keys = iterableToArray(callObject(keysMethod, [], null));
    for (const k of keys) d.set(k, getItem(src, k));
    return;
  }
  const it = getIter(src);
  let n = 0;
  for (let item = iterNext(it); item !== undefined; item = iterNext(it), n++) {
    let pair: readonly PyValue[];
    if (item instanceof PyTuple) pair = item.items;
    else {
      if (typeof item !== 'string' && (!(item instanceof PyObject) || item.type.lookup('__iter__') === null)) {
        raiseError('TypeError', `cannot convert dictionary update sequence element #${n} to a sequence`);
      }
      pair = iterableToArray(item);
    }
    if (pair.length !== 2) {
      raiseError('ValueError', `dictionary update sequence element #${n} has length ${pair.length}; 2 is required`);
    }
    d.set(pair[0], pair[1]);
  }
}

/** dict(...) / d.update(...) argument handling: one optional positional source, then keywords. */
function updateRaw(d: PyDict, args: PyValue[], kwnames: readonly string[] | null, first: number, name: string): void {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw - first;
  if (npos > 1) raiseError('TypeError', `${name} expected at most 1 argument, got ${npos}`);
  if (npos === 1) dictUpdateFrom(d, args[first]);
  for (let i = 0; i < nkw; i++) d.set((kwnames as readonly string[])[i], args[args.length - nkw + i]);
}

function checkDict(self: PyValue, name: string): PyDict {
  if (!(self instanceof PyDict)) {
    raiseError('TypeError', `descriptor '${name}' for 'dict' objects doesn't apply to a '${typeName(self)}' object`);
  }
  return self;
}

/** The entry removed by popitem: the last one inserted. */
function lastMapKey(d: PyDict): MapKey | undefined {
  let last: MapKey | undefined;
  for (const mk of d.map.keys()) last = mk;
  return last;
}

export type DictViewKind = 'keys' | 'values' | 'items';

/** dict_keys / dict_values / dict_items: live views of a dict. */
export class PyDictView extends PyObject {
  constructor(readonly target: PyDict, readonly kind: DictViewKind) {
    super(kind === 'keys' ? dictKeysType : kind === 'values' ? dictValuesType : dictItemsType);
  }
}

/**
 * A key deleted and another added keep the size but would make the iteration
 * run past the original length: CPython's `keys changed` error.
 */
function keysChanged(): never {
  raiseError('RuntimeError', 'dictionary keys changed during iteration');
}

/**
 * What every dict iterator shares: the next entry of `it`, failing as CPython
 * does if the dict changes size (or its keys change) during the iteration.
 */
abstract class DictIteratorBase<T> extends PyIterator {
  private expected: number;
  /** Items still to come if the keys stay the same (CPython's di_len). */
  private remaining: number;
  constructor(type: PyType, readonly target: PyDict, private readonly it: Iterator<T>) {
    super(type);
    this.expected = target.map.size;
    this.remaining = this.expected;
  }

  protected advance(): T | undefined {
    if (this.target.map.size !== this.expected) {
      this.expected = -1;
      raiseError('RuntimeError', 'dictionary changed size during iteration');
    }
    const r = this.it.next();
    if (r.done) return undefined;
    if (this.remaining-- === 0) keysChanged();
    return r.value;
  }

  /** CPython's dictiter_len: what remains while the dict keeps its size, else 0. */
  lengthHint(): number {
    return this.target.map.size === this.expected ? Math.max(0, this.remaining) : 0;
  }
}

/** Iterates a dict's keys, values or items in order, failing if the dict changes size. */
export class DictIterator extends DictIteratorBase<[MapKey, PyValue]> {
  constructor(target: PyDict, readonly kind: DictViewKind, reversed = false) {
    super(
      dictIteratorTypes[kind][reversed ? 1 : 0],
      target,
      reversed ? [...target.map.entries()].reverse()[Symbol.iterator]() : target.map.entries(),
    );
  }

  nextValue(): PyValue | undefined {
    const e = this.advance();
    if (e === undefined) return undefined;
    const [mk, v] = e;
    switch (this.kind) {
      case 'keys': return this.target.keyOf(mk);
      case 'values': return v;
      case 'items': return newTuple([this.target.keyOf(mk), v]);
      default: throw new Error(`internal: bad dict view kind ${String(this.kind)}`);
    }
  }
}

/** A key-only iterator for `for k in d` (the common case, without the kind switch). */
export class DictKeyIterator extends DictIteratorBase<MapKey> {
  constructor(target: PyDict) {
    super(dictIteratorTypes.keys[0], target, target.map.keys());
  }

  nextValue(): PyValue | undefined {
    const mk = this.advance();
    if (mk === undefined) return undefined;
    return typeof mk === 'string' && this.target.odd === null ? mk : this.target.keyOf(mk);
  }
}

export const dictKeysType = makeBuiltinType('dict_keys', objectType, 0);
export const dictValuesType = makeBuiltinType('dict_values', objectType, 0);
export const dictItemsType = makeBuiltinType('dict_items', objectType, 0);
const dictIteratorTypes: Record<DictViewKind, [PyType, PyType]> = {
  keys: [makeBuiltinType('dict_keyiterator', objectType, 0), makeBuiltinType('dict_reversekeyiterator', objectType, 0)],
  values: [makeBuiltinType('dict_valueiterator', objectType, 0), makeBuiltinType('dict_reversevalueiterator', objectType, 0)],
  items: [makeBuiltinType('dict_itemiterator', objectType, 0), makeBuiltinType('dict_reverseitemiterator', objectType, 0)],
};
for (const pair of Object.values(dictIteratorTypes)) {
  for (const t of pair) {
    defineIteratorMethods(t);
    defineMethods(t, { __length_hint__: (self: DictIterator) => self.lengthHint() });
  }
}

function viewContains(view: PyDictView, v: PyValue): boolean {
  const d = view.target;
  switch (view.kind) {
    case 'keys': return d.has(v);
    case 'values': {
      for (const x of d.map.values()) if (x === v || pyEq(x, v)) return true;
      return false;
    }
    case 'items': {
      if (!(v instanceof PyTuple) || v.items.length !== 2) return false;
      const found = d.get(v.items[0]);
      return found !== undefined && (found === v.items[1] || pyEq(found, v.items[1]));
    }
    default: throw new Error(`internal: bad dict view kind ${String(view.kind)}`);
  }
}

function viewRepr(view: PyDictView): string {
  if (!reprEnter(view)) return '...';
  try {
    const parts: string[] = [];
    const it = new DictIterator(view.target, view.kind);
    for (let v = it.nextValue(); v !== undefined; v = it.nextValue()) parts.push(pyRepr(v));
    return `${view.type.name}([${parts.join(', ')}])`;
  } finally {
    reprLeave(view);
  }
}

/** CPython's dictviews_to_set: a keys view of an exact dict copies the dict (a presized table). */
function viewToSet(view: PyDictView): PySet {
  if (view.kind === 'keys' && view.target.type === dictType) return newSetFrom(view.target);
  return newSetFrom(new DictIterator(view.target, view.kind));
}

function setMethod(s: PySet, name: string, arg: PyValue): PyValue {
  return callObject(s.type.lookup(name) as PyValue, [s, arg], null);
}

/**
 * `-`, `|` and `^` of keys and items views as CPython computes them: a set made from the left
 * operand (either side may be the view), updated in place by the right one, so the result's
 * table is laid out as CPython's.
 */
function viewSetOp(update: string) {
  return (left: PyValue, right: PyValue): PyValue => {
    const result = left instanceof PyDictView ? viewToSet(left) : newSetFrom(left);
    setMethod(result, update, right);
    return result;
  };
}

/** CPython's _PyDictView_Intersect (either operand may be the view). */
function viewIntersect(a: PyValue, b: PyValue): PyValue {
  let self = a instanceof PyDictView ? a : (b as PyDictView);
  let other = a instanceof PyDictView ? b : a;
  const lenSelf = self.target.size;
  if (other instanceof PySet && other.type === builtinTypes.get('set') && lenSelf <= len(other)) return setMethod(other, 'intersection', self);
  if (other instanceof PyDictView && other.target.size > lenSelf) [self, other] = [other, self];
  const result = newSetFrom(newTuple([]));
  const it = getIter(other);
  for (let k = iterNext(it); k !== undefined; k = iterNext(it)) if (viewContains(self as PyDictView, k)) setMethod(result, 'add', k);
  return result;
}

function viewEquals(self: PyDictView, other: PyValue): PyValue {
  if (!(other instanceof PyDictView || other instanceof PySet)) return NotImplemented;
  const a = viewToSet(self);
  return callObject(a.type.lookup('__eq__') as PyValue, [a, other instanceof PyDictView ? viewToSet(other) : other], null);
}

/** Subset/superset comparisons of keys and items views: with sets and other such views only, as CPython. */
function viewOrder(op: string) {
  return (self: PyDictView, other: PyValue): PyValue => {
    if (!(other instanceof PySet || (other instanceof PyDictView && other.kind !== 'values'))) return NotImplemented;
    const a = viewToSet(self);
    return callObject(a.type.lookup(op) as PyValue, [a, other instanceof PyDictView ? viewToSet(other) : other], null);
  };
}

for (const t of [dictKeysType, dictValuesType, dictItemsType]) {
  defineMethods(t, {
    __len__: (self: PyDictView) => self.target.size,
    __iter__: (self: PyDictView) => new DictIterator(self.target, self.kind),
    __reversed__: (self: PyDictView) => new DictIterator(self.target, self.kind, true),
    __contains__: (self: PyDictView, v: PyValue) => viewContains(self, v),
    __repr__: (self: PyDictView) => viewRepr(self),
  });
}
for (const t of [dictKeysType, dictItemsType]) {
  defineMethods(t, {
    __and__: viewIntersect,
    __or__: viewSetOp('update'),
    __sub__: viewSetOp('difference_update'),
    __xor__: viewSetOp('symmetric_difference_update'),
    __rand__: (self: PyDictView, other: PyValue) => viewIntersect(other, self),
    __ror__: (self: PyDictView, other: PyValue) => viewSetOp('update')(other, self),
    __rsub__: (self: PyDictView, other: PyValue) => viewSetOp('difference_update')(other, self),
    __rxor__: (self: PyDictView, other: PyValue) => viewSetOp('symmetric_difference_update')(other, self),
    __eq__: viewEquals,
    __le__: viewOrder('__le__'),
    __lt__: viewOrder('__lt__'),
    __ge__: viewOrder('__ge__'),
    __gt__: viewOrder('__gt__'),
    __ne__: (self: PyDictView, other: PyValue) => {
      const r = viewEquals(self, other);
      return r === NotImplemented ? r : r !== true;
    },
    isdisjoint: (self: PyDictView, other: PyValue) => {
      const it = getIter(other);
      for (let v = iterNext(it); v !== undefined; v = iterNext(it)) if (viewContains(self, v)) return false;
      return true;
    },
  });
  t.setAttr('__hash__', None);
}
dictValuesType.setAttr('__hash__', None);

defineMethods(dictType, {
  get: [(self: PyDict, key: PyValue, dflt?: PyValue) => self.get(key) ?? dflt ?? None, { min: 1, max: 2 }],
  setdefault: [(self: PyDict, key: PyValue, dflt?: PyValue) => {
    const v = self.get(key);
    if (v !== undefined) return v;
    const value = dflt ?? None;
    self.set(key, value);
    return value;
  }, { min: 1, max: 2 }],
  pop: [(self: PyDict, key: PyValue, dflt?: PyValue) => {
    const v = self.delete(key);
    if (v !== undefined) return v;
    return dflt ?? keyError(key);
  }, { min: 1, max: 2 }],
  popitem: (self: PyDict) => {
    const mk = lastMapKey(self);
    if (mk === undefined) raiseWith(builtinTypes.get('KeyError') as PyType, ['popitem(): dictionary is empty']);
    const key = self.keyOf(mk);
    return newTuple([key, self.deleteMapKey(mk)]);
  },
  keys: (self: PyDict) => new PyDictView(checkDict(self, 'keys'), 'keys'),
  values: (self: PyDict) => new PyDictView(checkDict(self, 'values'), 'values'),
  items: (self: PyDict) => new PyDictView(checkDict(self, 'items'), 'items'),
  copy: (self: PyDict) => {
    const d = newDict();
    // A subclass with its own __iter__ is copied through keys() and __getitem__, as CPython's PyDict_Copy.
    dictUpdateFrom(d, self);
    return d;
  },
  clear: (self: PyDict) => {
    self.clear();
    return None;
  },
  __len__: (self: PyDict) => self.size,
  __getitem__: (self: PyDict, key: PyValue) => dictGetItem(checkDict(self, '__getitem__'), key),
  __setitem__: (self: PyDict, key: PyValue, v: PyValue) => {
    self.set(key, v);
    return None;
  },
  __delitem__: (self: PyDict, key: PyValue) => {
    dictDelItem(self, key);
    return None;
  },
  __contains__: (self: PyDict, key: PyValue) => self.has(key),
  __iter__: (self: PyDict) => new DictKeyIterator(self),
  __reversed__: (self: PyDict) => new DictIterator(self, 'keys', true),
  __repr__: (self: PyDict) => dictRepr(self),
  __eq__: (self: PyDict, o: PyValue) => (o instanceof PyDict ? dictEquals(self, o) : NotImplemented),
  __ne__: (self: PyDict, o: PyValue) => (o instanceof PyDict ? !dictEquals(self, o) : NotImplemented),
  __or__: (self: PyDict, o: PyValue) => {
    if (!(o instanceof PyDict)) return NotImplemented;
    const d = newDict();
    d.mergeFrom(self);
    d.mergeFrom(o);
    return d;
  },
  __ror__: (self: PyDict, o: PyValue) => {
    if (!(o instanceof PyDict)) return NotImplemented;
    const d = newDict();
    d.mergeFrom(o);
    d.mergeFrom(self);
    return d;
  },
  __ior__: (self: PyDict, o: PyValue) => {
    dictUpdateFrom(self, o);
    return self;
  },
});

methodRaw(dictType, 'update', (args, kwnames) => {
  updateRaw(checkDict(args[0], 'update'), args, kwnames, 1, 'update');
  return None;
});

methodRaw(dictType, '__init__', (args, kwnames) => {
  updateRaw(checkDict(args[0], '__init__'), args, kwnames, 1, 'dict');
  return None;
});

classMethod(dictType, 'fromkeys', (cls: PyType, iterable: PyValue, value?: PyValue) => {
  const v = value ?? None;
  const target = callObject(cls, [], null);
  const keys = iterableToArray(iterable);
  if (target instanceof PyDict && target.type === dictType) for (const k of keys) target.set(k, v);
  else for (const k of keys) setItem(target, k, v);
  return target;
}, { min: 1, max: 2 });

staticNew(dictType, (cls) => new PyDict(cls));
// dict() and dict(mapping or pairs) as new + __init__ build them, without the generic dispatch.
dictType.exactCall = (args, kwnames) => {
  if ((kwnames !== null && kwnames.length !== 0) || args.length > 1) return undefined;
  const d = new PyDict(dictType);
  if (args.length === 1) dictUpdateFrom(d, args[0]!);
  return d;
};
dictType.setAttr('__hash__', None);
