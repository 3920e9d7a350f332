// Direct paths for the exact built-in containers (list, tuple, dict, set,
// range, deque's len; str subscripts): the abstract operations try these before the generic
// type-slot protocol. Exact types only, whose methods Python code cannot
// replace, so the result is always what the protocol would give.
// Invariant: `undefined` (or false from fastSetItem) means "not handled here".
import type { PyObject, PyValue } from './object.js';
import { PyList, listType, listGetIndex, listGetItem, listSetIndex, listSetItem, ListIterator, sequenceContains } from './list.js';
import { PyTuple, tupleType, tupleGetIndex, tupleGetItem, TupleIterator } from './tuple.js';
import { PyDict, dictType, dictGetItem, DictKeyIterator } from './dict.js';
import { PySet, setType, frozensetType, setContains, SetIterator } from './set.js';
import { PyRange, RangeIterator, rangeGetItem, rangeContains, rangeLen } from './range.js';
import { PyDeque, dequeType } from './deque.js';
import type { PyIterator } from './nativeType.js';
import { PySlice, adjustSlice } from './slice.js';
import { strGetItem, strLen, strSlice } from './str.js';
import { StrIterator } from './strMethods.js';
import { PyGenerator, generatorType } from './generator.js';

/** `o[key]` for strs (int or slice keys), exact lists, tuples, dicts and ranges. */
export function fastGetItem(o: PyValue, key: PyValue): PyValue | undefined {
  if (typeof o === 'string') {
    if (typeof key === 'number') return strGetItem(o, key);
    if (!(key instanceof PySlice)) return undefined;
    const b = adjustSlice(key, strLen(o));
    return strSlice(o, b.start, b.step, b.length);
  }
  if (o instanceof PyList) {
    if (o.type !== listType) return undefined;
    return typeof key === 'number' ? listGetIndex(o, key) : listGetItem(o, key);
  }
  if (o instanceof PyDict) return o.type === dictType ? dictGetItem(o, key) : undefined;
  if (o instanceof PyTuple) {
    if (o.type !== tupleType) return undefined;
    return typeof key === 'number' ? tupleGetIndex(o, key) : tupleGetItem(o, key);
  }
  if (o instanceof PyRange) return rangeGetItem(o, key);
  return undefined;
}

/** `o[key] = value` for exact lists and dicts; false when not handled. */
export function fastSetItem(o: PyValue, key: PyValue, value: PyValue): boolean {
  if (o instanceof PyList) {
    if (o.type !== listType) return false;
    if (typeof key === 'number') listSetIndex(o, key, value);
    else listSetItem(o, key, value);
    return true;
  }
  if (o instanceof PyDict && o.type === dictType) {
    o.set(key, value);
    return true;
  }
  return false;
}

/** iter(v) for strs, generators and the exact containers. */
export function fastGetIter(v: PyValue): PyIterator | undefined {
  if (typeof v === 'string') return new StrIterator(v);
  // A generator is its own iterator (its type is not subclassable and its __iter__ fixed).
  if (v instanceof PyGenerator) return v.type === generatorType ? v : undefined;
  if (v instanceof PyList) return v.type === listType ? new ListIterator(v) : undefined;
  if (v instanceof PyRange) return new RangeIterator(v);
  if (v instanceof PyTuple) return v.type === tupleType ? new TupleIterator(v) : undefined;
  if (v instanceof PyDict) return v.type === dictType ? new DictKeyIterator(v) : undefined;
  if (v instanceof PySet) return v.type === setType || v.type === frozensetType ? new SetIterator(v) : undefined;
  return undefined;
}

/** `item in c` for the exact containers. */
export function fastContains(c: PyValue, item: PyValue): boolean | undefined {
  if (c instanceof PyDict) return c.type === dictType ? c.has(item) : undefined;
  if (c instanceof PySet) return c.type === setType || c.type === frozensetType ? setContains(c, item) : undefined;
  if (c instanceof PyList) return c.type === listType ? sequenceContains(c.items, item) : undefined;
  if (c instanceof PyTuple) return c.type === tupleType ? sequenceContains(c.items, item) : undefined;
  if (c instanceof PyRange) return rangeContains(c, item);
  return undefined;
}

/** len(v) for the exact containers. */
export function fastLen(v: PyValue): number | undefined {
  if (v instanceof PyList) return v.type === listType ? v.items.length : undefined;
  if (v instanceof PyDict) return v.type === dictType ? v.size : undefined;
  if (v instanceof PyTuple) return v.type === tupleType ? v.items.length : undefined;
  if (v instanceof PySet) return v.type === setType || v.type === frozensetType ? v.size : undefined;
  if (v instanceof PyRange) {
    const n = rangeLen(v);
    return typeof n === 'number' ? n : undefined;
  }
  if (v instanceof PyDeque) return v.type === dequeType ? v.length : undefined;
  return undefined;
}

/** The items of an exact list or tuple, not copied: the caller must not keep or change them. */
export function fastItems(v: PyValue): readonly PyValue[] | undefined {
  // The type field alone decides (only PyList/PyTuple objects have these
  // types), cheaper than instanceof on the many shapes values come in.
  if (typeof v !== 'object') return undefined;
  const t = (v as PyObject).type;
  return t === listType || t === tupleType ? (v as PyList | PyTuple).items : undefined;
}
