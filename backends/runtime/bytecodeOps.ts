// The composite operations only bytecode performs, with CPython 3.11's error
// messages: unpacking (UNPACK_SEQUENCE / UNPACK_EX), displays and call
// arguments (LIST_EXTEND, DICT_UPDATE, DICT_MERGE, CALL_FUNCTION_EX), pattern
// matching (MATCH_*), raising and catching (RAISE_VARARGS, CHECK_EXC_MATCH,
// and except*'s CHECK_EG_MATCH / PREP_RERAISE_STAR).
// Every backend calls
// these, so what `a, *b = x` or `case Point(x=0)` means is written once.
import { PyObject, PyType, PyBaseException, None, typeOf, raiseError, containers, builtinTypes, exceptionFactory, type PyValue } from './object.js';
import { PyFunction, PyBuiltinFunction, PyMethod } from './function.js';
import * as rt from './abstract.js';
import { splitExceptionGroup, exceptStarMatcher } from './exceptions.js';
import { PyList, listType } from './list.js';
import { PyTuple, tupleType } from './tuple.js';
import { PyDict, dictType, newDict, dictUpdateFrom } from './dict.js';
import { PySet, setUpdateFrom, newSetFrom } from './set.js';

/**
 * The items of an exact list or tuple without copying, else undefined. Only
 * PyTuple and PyList objects have those types, so the type field alone
 * decides: two instanceof walks here were 15% of nbody's time.
 */
function exactItems(v: PyValue): readonly PyValue[] | undefined {
  if (typeof v !== 'object') return undefined;
  const t = (v as PyObject).type;
  if (t === tupleType || t === listType) return (v as PyTuple | PyList).items;
  return undefined;
}

function iterForUnpack(seq: PyValue): PyValue {
  if (typeOf(seq).lookup('__iter__') === null && typeOf(seq).lookup('__getitem__') === null) {
    raiseError('TypeError', `cannot unpack non-iterable ${typeOf(seq).name} object`);
  }
  return rt.getIter(seq);
}

/** UNPACK_SEQUENCE: exactly n items, in order. */
export function unpackSequence(seq: PyValue, n: number): readonly PyValue[] {
  const items = exactItems(seq);
  if (items !== undefined) {
    if (items.length === n) return items;
    if (items.length > n) raiseError('ValueError', `too many values to unpack (expected ${n})`);
    raiseError('ValueError', `not enough values to unpack (expected ${n}, got ${items.length})`);
  }
  const it = iterForUnpack(seq);
  const out: PyValue[] = [];
  for (let i = 0; i < n; i++) {
    const v = rt.iterNext(it);
    if (v === undefined) raiseError('ValueError', `not enough values to unpack (expected ${n}, got ${i})`);
    out.push(v);
  }
  if (rt.iterNext(it) !== undefined) raiseError('ValueError', `too many values to unpack (expected ${n})`);
  return out;
}

/** UNPACK_EX: `before` items, a list of the middle, `after` items, in order. */
export function unpackStarred(seq: PyValue, before: number, after: number): PyValue[] {
  const all = exactItems(seq) ?? rt.toArray(iterForUnpack(seq));
  const n = all.length;
  if (n < before + after) {
    raiseError('ValueError', `not enough values to unpack (expected at least ${before + after}, got ${n})`);
  }
  const out = new Array<PyValue>(before + 1 + after);
  for (let i = 0; i < before; i++) out[i] = all[i]!;
  out[before] = containers.newList(all.slice(before, n - after));
  for (let i = 0; i < after; i++) out[before + 1 + i] = all[n - after + i]!;
  return out;
}

/** How CPython names a callable in call-argument errors: `__main__.f()`, `print()`. */
export function functionStr(f: PyValue): string {
  if (f instanceof PyFunction) {
    const module = f.module;
    return typeof module === 'string' && module !== 'builtins' ? `${module}.${f.qualname}()` : `${f.qualname}()`;
  }
  if (f instanceof PyMethod) return functionStr(f.func);
  if (f instanceof PyBuiltinFunction) return `${f.qualname}()`;
  if (f instanceof PyType) return `${f.qualname}()`;
  return `${typeOf(f).name} object`;
}

/** CALL_FUNCTION_EX's positional part: the items of `f(*args)`. */
export function starArgs(callable: PyValue, args: PyValue): PyValue[] {
  const items = containers.tupleItems(args);
  if (items !== undefined && typeOf(args) === tupleType) return items.slice();
  if (typeOf(args).lookup('__iter__') === null && typeOf(args).lookup('__getitem__') === null) {
    raiseError('TypeError', `${functionStr(callable)} argument after * must be an iterable, not ${typeOf(args).name}`);
  }
  return rt.toArray(args);
}

/** CALL_FUNCTION_EX's keyword part: names and values of `f(**kwargs)`. */
export function starStarArgs(callable: PyValue, kwargs: PyValue): [string[], PyValue[]] {
  const names: string[] = [];
  const values: PyValue[] = [];
  let dict: PyDict;
  if (kwargs instanceof PyDict && kwargs.type === dictType) {
    dict = kwargs;
  } else {
    dict = newDict();
    dictMergeForCall(dict, kwargs, callable);
  }
  for (const key of dict.keyList()) {
    if (typeof key !== 'string') raiseError('TypeError', `keywords must be strings`);
    names.push(key);
    values.push(dict.get(key)!);
  }
  return [names, values];
}

/** LIST_EXTEND: `[*x]`, `(*x,)`, `f(*x)` built as a list. */
export function listExtend(list: PyValue, iterable: PyValue): void {
  const target = list as PyList;
  const items = exactItems(iterable);
  if (items !== undefined) {
    for (let i = 0; i < items.length; i++) target.items.push(items[i]!);
    return;
  }
  if (typeOf(iterable).lookup('__iter__') === null && typeOf(iterable).lookup('__getitem__') === null) {
    raiseError('TypeError', `Value after * must be an iterable, not ${typeOf(iterable).name}`);
  }
  for (const v of rt.toArray(iterable)) target.items.push(v);
}

/** SET_UPDATE: `{*x}`. */
export function setUpdate(set: PyValue, iterable: PyValue): void {
  setUpdateFrom(set as PySet, iterable);
}

/** DICT_UPDATE: `{**m}`. */
export function dictUpdate(dict: PyValue, mapping: PyValue): void {
  if (!(mapping instanceof PyDict) && rt.getAttrOrUndefined(mapping, 'keys') === undefined) {
    raiseError('TypeError', `'${typeOf(mapping).name}' object is not a mapping`);
  }
  dictUpdateFrom(dict as PyDict, mapping);
}

/** DICT_MERGE: `f(**m)`: like DICT_UPDATE, but a repeated key is an error naming the callable. */
export function dictMergeForCall(dict: PyValue, mapping: PyValue, callable: PyValue): void {
  const target = dict as PyDict;
  let keys: PyValue[];
  // A dict iterated as dict iterates gives its stored values (no __getitem__), as CPython's dict_merge.
  const stored = mapping instanceof PyDict && mapping.type.lookup('__iter__') === dictType.lookup('__iter__') ? mapping : null;
  if (stored !== null) {
    keys = stored.keyList();
  } else {
    const keysMethod = rt.getAttrOrUndefined(mapping, 'keys');
    if (keysMethod === undefined) {
      raiseError('TypeError', `${functionStr(callable)} argument after ** must be a mapping, not ${typeOf(mapping).name}`);
    }
    keys = rt.toArray(rt.call(keysMethod, []));
  }
  for (const key of keys) {
    if (typeof key !== 'string') raiseError('TypeError', 'keywords must be strings');
    if (target.get(key) !== undefined) {
      raiseError('TypeError', `${functionStr(callable)} got multiple values for keyword argument '${key}'`);
    }
    target.set(key, stored !== null ? stored.get(key)! : rt.getItem(mapping, key));
  }
}

/** Function annotations from MAKE_FUNCTION's (name, value, ...) tuple. */
export function annotationsDict(flat: PyValue): PyValue {
  const items = containers.tupleItems(flat);
  if (items === undefined) return flat;
  const d = newDict();
  for (let i = 0; i + 1 < items.length; i += 2) d.set(items[i]!, items[i + 1]!);
  return d;
}

/** A new set from BUILD_SET's items. */
export function buildSet(items: PyValue[]): PyValue {
  return newSetFrom(containers.newTuple(items));
}

// ---------------------------------------------------------------- match

function mroHasAbc(t: PyType, name: string): boolean {
  return t.mro.some((c) => c.name === name && (c.module === 'collections.abc' || c.module === '_collections_abc'));
}

/** MATCH_MAPPING: dicts and classes registered as collections.abc.Mapping. */
export function isMappingForMatch(v: PyValue): boolean {
  const t = typeOf(v);
  return t.isSubtypeOf(dictType) || mroHasAbc(t, 'Mapping') || mroHasAbc(t, 'MutableMapping');
}

/** MATCH_SEQUENCE: sequences other than str, bytes and bytearray. */
export function isSequenceForMatch(v: PyValue): boolean {
  const t = typeOf(v);
  for (const name of ['str', 'bytes', 'bytearray']) {
    const excluded = builtinTypes.get(name);
    if (excluded !== undefined && t.isSubtypeOf(excluded)) return false;
  }
  for (const name of ['list', 'tuple', 'range', 'memoryview', 'deque']) {
    const seq = builtinTypes.get(name);
    if (seq !== undefined && t.isSubtypeOf(seq)) return true;
  }
  return t.mro.some((c) => c.name === 'deque') || mroHasAbc(t, 'Sequence') || mroHasAbc(t, 'MutableSequence');
}

const MISSING = new PyObject(builtinTypes.get('object')!);

/** MATCH_KEYS: the values of `keys` in the subject, or None when one is missing. */
export function matchKeys(subject: PyValue, keys: PyValue): PyValue {
  const keyItems = containers.tupleItems(keys) ?? [];
  if (keyItems.length === 0) return containers.newTuple([]);
  const get = rt.getAttr(subject, 'get');
  const seen: PyValue[] = [];
  const values: PyValue[] = [];
  for (const key of keyItems) {
    if (seen.some((k) => rt.pyEq(k, key))) raiseError('ValueError', `mapping pattern checks duplicate key (${rt.repr(key)})`);
    seen.push(key);
    const v = rt.call(get, [key, MISSING]);
    if (v === MISSING) return None;
    values.push(v);
  }
  return containers.newTuple(values);
}

const SELF_MATCHING = ['bool', 'bytearray', 'bytes', 'dict', 'float', 'frozenset', 'int', 'list', 'set', 'str', 'tuple'];

/** MATCH_CLASS: the attributes a class pattern binds, or None when the subject does not match. */
export function matchClass(subject: PyValue, cls: PyValue, nargs: number, kwnames: PyValue): PyValue {
  if (!(cls instanceof PyType)) raiseError('TypeError', 'called match pattern must be a type');
  if (!rt.isInstance(subject, cls)) return None;
  const names: string[] = [];
  let selfMatch = false;
  if (nargs > 0) {
    const matchArgs = rt.getAttrOrUndefined(cls, '__match_args__');
    if (matchArgs === undefined) {
      selfMatch = cls.mro.some((c) => SELF_MATCHING.includes(c.name) && builtinTypes.get(c.name) === c);
      if (!selfMatch || nargs > 1) {
        const allowed = selfMatch ? 1 : 0;
        raiseError('TypeError', `${cls.name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${nargs} given)`);
      }
    } else {
      const items = containers.tupleItems(matchArgs);
      if (items === undefined) raiseError('TypeError', `${cls.name}.__match_args__ must be a tuple (got ${typeOf(matchArgs).name})`);
      if (nargs > items.length) {
        raiseError('TypeError', `${cls.name}() accepts ${items.length} positional sub-pattern${items.length === 1 ? '' : 's'} (${nargs} given)`);
      }
      for (let i = 0; i < nargs; i++) {
        const name = items[i];
        if (typeof name !== 'string') raiseError('TypeError', `__match_args__ elements must be strings (got ${typeOf(name!).name})`);
        names.push(name);
      }
    }
  }
  for (const name of containers.tupleItems(kwnames) ?? []) names.push(name as string);
  const values: PyValue[] = [];
  if (selfMatch) values.push(subject);
  const seen = new Set<string>();
  for (const name of selfMatch ? names.slice(1) : names) {
    if (seen.has(name)) raiseError('TypeError', `${cls.name}() got multiple sub-patterns for attribute '${name}'`);
    seen.add(name);
    const v = rt.getAttrOrUndefined(subject, name);
    if (v === undefined) return None;
    values.push(v);
  }
  return containers.newTuple(values);
}

/** ascii(v) for `f'{v!a}'`: repr(v) with every non-ASCII code point escaped as \x, \u or \U. */
export function asciiOf(v: PyValue): string {
  let out = '';
  for (const ch of rt.repr(v)) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp < 0x100) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else if (cp < 0x10000) out += `\\u${cp.toString(16).padStart(4, '0')}`;
    else out += `\\U${cp.toString(16).padStart(8, '0')}`;
  }
  return out;
}

// ---------------------------------------------------------------- raise and except

function isExceptionClass(v: PyValue): v is PyType {
  return v instanceof PyType && v.isSubtypeOf(builtinTypes.get('BaseException')!);
}

/** A built-in exception object of the named type, not yet raised. */
export function newException(typeName: string, message: string): PyBaseException {
  const type = builtinTypes.get(typeName);
  if (type === undefined) throw new Error(`internal: unknown exception type ${typeName}`);
  return exceptionFactory.create(type, [message]);
}

/** RAISE_VARARGS's operand: an exception class is instantiated with no arguments. */
export function exceptionToRaise(v: PyValue): PyBaseException {
  if (v instanceof PyBaseException) return v;
  if (isExceptionClass(v)) {
    const e = rt.call(v, []);
    if (!(e instanceof PyBaseException)) {
      raiseError('TypeError', `calling ${rt.repr(v)} should have returned an instance of BaseException, not ${typeOf(e).name}`);
    }
    return e;
  }
  return raiseError('TypeError', 'exceptions must derive from BaseException');
}

/** `raise e from cause`: sets __cause__ (None clears it) and __suppress_context__. */
export function setCause(e: PyBaseException, cause: PyValue): void {
  if (cause === None) e.cause = None;
  else if (cause instanceof PyBaseException || isExceptionClass(cause)) e.cause = exceptionToRaise(cause);
  else raiseError('TypeError', 'exception causes must derive from BaseException');
  e.suppressContext = true;
}

/** CHECK_EXC_MATCH: isinstance(e, type) after checking that `type` may be caught. */
export function exceptionMatches(e: PyValue, type: PyValue): boolean {
  const types = containers.tupleItems(type) ?? [type];
  for (const t of types) {
    if (!isExceptionClass(t)) raiseError('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
  }
  return types.some((t) => typeOf(e).isSubtypeOf(t as PyType));
}

// ---------------------------------------------------------------- async for

/** GET_AITER: `v.__aiter__()`, checked to have `__anext__`. */
export function asyncIter(v: PyValue): PyValue {
  const f = typeOf(v).lookup('__aiter__');
  if (f === null) raiseError('TypeError', `'async for' requires an object with __aiter__ method, got ${typeOf(v).name}`);
  const it = rt.call1(f, v);
  if (typeOf(it).lookup('__anext__') === null) {
    raiseError('TypeError', `'async for' received an object from __aiter__ that does not implement __anext__: ${typeOf(it).name}`);
  }
  return it;
}

/** GET_ANEXT's call: `aiter.__anext__()` (the caller makes it awaitable). */
export function asyncNext(aiter: PyValue): PyValue {
  const f = typeOf(aiter).lookup('__anext__');
  if (f === null) raiseError('TypeError', `'async for' requires an iterator with __anext__ method, got ${typeOf(aiter).name}`);
  return rt.call1(f, aiter);
}

// ---------------------------------------------------------------- except*

function isExceptionGroup(v: PyValue): boolean {
  return v instanceof PyBaseException && v.type.isSubtypeOf(builtinTypes.get('BaseExceptionGroup')!);
}

/** BaseExceptionGroup('', excs): a tuple when wrapping one naked exception, a list otherwise, as CPython builds them. */
function newGroup(excs: PyValue): PyBaseException {
  return rt.call(builtinTypes.get('BaseExceptionGroup')!, ['', excs]) as PyBaseException;
}

/** CHECK_EG_MATCH's split: [rest, match] where match is None when nothing matches (then exc stays as it is). */
export function exceptionGroupMatch(exc: PyValue, matchType: PyValue): [PyValue, PyValue] {
  const matches = exceptStarMatcher(matchType);
  if (!(exc instanceof PyBaseException)) return [None, None];
  const e = exc;
  if (matches(e)) {
    if (isExceptionGroup(e)) return [None, e];
    const wrapped = newGroup(containers.newTuple([e]));
    wrapped.traceback = e.traceback;
    return [None, wrapped];
  }
  if (isExceptionGroup(e)) return splitExceptionGroup(e, matches).reverse() as [PyValue, PyValue];
  return [exc, None];
}

function leaves(e: PyValue, into: Set<PyValue>): void {
  if (isExceptionGroup(e)) {
    for (const sub of rt.toArray(rt.getAttr(e, 'exceptions'))) leaves(sub, into);
  } else {
    into.add(e);
  }
}

/** Whether `e` is `orig` (or a part of it) re-raised unchanged: same traceback, cause, context and notes. */
function sameMetadata(e: PyBaseException, orig: PyBaseException): boolean {
  return e.traceback === orig.traceback && e.cause === orig.cause && e.context === orig.context
    && e.dict?.getStr('__notes__') === orig.dict?.getStr('__notes__');
}

/** PREP_RERAISE_STAR: what an except* block raises on, from the original group and what its handlers raised. */
export function prepReraiseStar(orig: PyValue, excs: PyValue): PyValue {
  const raisedByHandlers = rt.toArray(excs);
  if (raisedByHandlers.length === 0) return None;
  if (!isExceptionGroup(orig)) return raisedByHandlers[0]!;
  const group = orig as PyBaseException;
  const raised: PyValue[] = [];
  const reraised: PyValue[] = [];
  for (const e of raisedByHandlers) {
    if (e === None) continue;
    (sameMetadata(e as PyBaseException, group) ? reraised : raised).push(e);
  }
  const keep = new Set<PyValue>();
  for (const e of reraised) leaves(e, keep);
  const reraisedGroup = keep.size === 0 ? None : splitExceptionGroup(group, (leaf: PyBaseException) => keep.has(leaf))[0];
  if (raised.length === 0) return reraisedGroup;
  if (reraisedGroup !== None) raised.push(reraisedGroup);
  return raised.length > 1 ? newGroup(containers.newList(raised)) : raised[0]!;
}
