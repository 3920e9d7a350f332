// The abstract operations every backend calls: arithmetic and comparison
// dispatch with CPython's __op__/__rop__/NotImplemented rules, truth, hash,
// repr/str/format, the attribute protocol, calls, iteration, subscripts,
// containment, len, isinstance/issubclass, context managers.
// Invariants: primitives (number, string, boolean, PyFloat) take a fast path
// before any type lookup; error messages are CPython 3.11's, byte for byte.
import {
  PyObject, PyType, PyBaseException, None, NotImplemented, typeOf, raiseError, raiseWith, builtinTypes,
  containers, intType, strType, boolType, floatType, typeType, objectType, TypeFlags, MAX_SAFE,
  type PyValue, type StrDict,
} from './object.js';
import { PyBuiltinFunction, PyFunction, PyMethod, methodDescriptorType, checkedDescriptor, type NativeFn } from './function.js';
import { NativeDescriptor } from './type.js';
import { state } from './interpreter.js';
import { nativeWarnings } from './extensionHooks.js';
import { PyFloat, floatRepr, floatHash, floatTrueDiv, floatFloorDiv, floatMod, floatPow } from './float.js';
import {
  intAdd, intSub, intMul, intFloorDiv, intMod, intTrueDiv, intPowNonNegative, intLShift, intRShift,
  intAnd, intOr, intXor, intNeg, intInvert, intHash, intToString, intCompareFloat, intToFloat, type Int,
} from './int.js';
import { out, hashFromHalves, type HashValue } from './hash64.js';
import { strHashHalves } from './siphash.js';
import { PyIterator, defineIteratorMethods } from './nativeType.js';
import { strLen, strContains, strCompare } from './str.js';
import { PyUnion } from './union.js';
import { formatInt, formatFloat } from './format.js';

/**
 * Direct paths for the exact built-in containers (fastpaths.ts), installed by
 * index.ts: importing them here would make abstract.ts and the container
 * modules import each other, and a container module's top level then runs
 * before abstract.ts is initialized.
 */
export interface ContainerFastPaths {
  fastGetItem(o: PyValue, key: PyValue): PyValue | undefined;
  fastSetItem(o: PyValue, key: PyValue, value: PyValue): boolean;
  fastGetIter(v: PyValue): PyValue | undefined;
  fastContains(container: PyValue, item: PyValue): boolean | undefined;
  fastLen(v: PyValue): number | undefined;
  fastItems(v: PyValue): readonly PyValue[] | undefined;
}

let fastGetItem: ContainerFastPaths['fastGetItem'] = () => undefined;
let fastSetItem: ContainerFastPaths['fastSetItem'] = () => false;
let fastGetIter: ContainerFastPaths['fastGetIter'] = () => undefined;
let fastContains: ContainerFastPaths['fastContains'] = () => undefined;
let fastLen: ContainerFastPaths['fastLen'] = () => undefined;
let fastItems: ContainerFastPaths['fastItems'] = () => undefined;

export function installContainerFastPaths(paths: ContainerFastPaths): void {
  ({ fastGetItem, fastSetItem, fastGetIter, fastContains, fastLen, fastItems } = paths);
}

// ---------------------------------------------------------------- calls

/** Calls any callable with vectorcall arguments (positional, then keyword values named by kwnames). */
export function call(f: PyValue, args: PyValue[], kwnames: readonly string[] | null = null): PyValue {
  if (f instanceof PyFunction) return state.executor.callFunction(f, args, kwnames);
  if (f instanceof PyBuiltinFunction) return f.self === undefined ? f.raw(args, kwnames) : f.raw(prepend(f.self, args), kwnames);
  if (f instanceof PyMethod) return call(f.func, prepend(f.self, args), kwnames);
  if (f instanceof PyType && f.type === typeType) return typeCall(f, args, kwnames);
  const t = typeOf(f);
  const callMethod = t.lookup('__call__');
  if (callMethod === null) raiseError('TypeError', `'${messageTypeName(t)}' object is not callable`);
  return callUnbound(callMethod, f, args, kwnames);
}

/** [first, ...rest] without the iterator protocol spread goes through (measured faster in V8 for short arrays). */
export function prepend(first: PyValue, rest: readonly PyValue[]): PyValue[] {
  const n = rest.length;
  const out = new Array<PyValue>(n + 1);
  out[0] = first;
  for (let i = 0; i < n; i++) out[i + 1] = rest[i];
  return out;
}

/** Calls a function found on a type with `self` prepended (no bound-method object is made). */
export function callUnbound(fn: PyValue, self: PyValue, args: PyValue[], kwnames: readonly string[] | null = null): PyValue {
  if (fn instanceof PyFunction) return state.executor.callFunction(fn, prepend(self, args), kwnames);
  if (fn instanceof PyBuiltinFunction && fn.type === methodDescriptorType) return fn.raw(prepend(self, args), kwnames);
  return call(bindDescriptor(fn, self, typeOf(self)), args, kwnames);
}

/** `fn(self)` for a function found on self's type. */
export function call1(fn: PyValue, self: PyValue): PyValue {
  if (fn instanceof PyFunction) return state.executor.callFunction(fn, [self], null);
  if (fn instanceof PyBuiltinFunction && fn.type === methodDescriptorType) return fn.raw([self], null);
  return call(bindDescriptor(fn, self, typeOf(self)), []);
}

/** `fn(self, other)` for a function found on self's type. */
export function call2(fn: PyValue, self: PyValue, other: PyValue): PyValue {
  if (fn instanceof PyFunction) return state.executor.callFunction(fn, [self, other], null);
  if (fn instanceof PyBuiltinFunction && fn.type === methodDescriptorType) return fn.raw([self, other], null);
  return call(bindDescriptor(fn, self, typeOf(self)), [other]);
}

/** Applies a descriptor's `__get__` to an attribute found on a type (a no-op for plain values). */
export function bindDescriptor(descr: PyValue, obj: PyValue | undefined, owner: PyType): PyValue {
  if (descr instanceof PyFunction) return obj === undefined ? descr : new PyMethod(descr, obj);
  if (descr instanceof PyBuiltinFunction) {
    if (descr.type !== methodDescriptorType) return descr;
    return obj !== undefined ? descr.bind(obj) : checkedDescriptor(descr);
  }
  if (descr instanceof NativeDescriptor && (descr.type.flags & TypeFlags.BUILTIN) !== 0) return descr.get(obj, owner);
  if (typeof descr !== 'object' || !(descr instanceof PyObject)) return descr;
  const get = descr.type.lookup('__get__');
  if (get === null) return descr;
  return callUnbound(get, descr, [obj === undefined ? None : obj, owner]);
}

/** Calls `obj.name(*args)` looking the method up on the type (special-method semantics). */
export function callMethod(obj: PyValue, name: string, args: PyValue[] = [], kwnames: readonly string[] | null = null): PyValue {
  const fn = getAttr(obj, name);
  return call(fn, args, kwnames);
}

/**
 * The unbound function to call for `obj.name(...)` when it can be called
 * with obj as first argument (a Python function or built-in method found on
 * the type, not shadowed by the instance dict); null otherwise, and the
 * caller falls back to getAttr. Saves the bound-method allocation.
 */
export function lookupMethod(obj: PyValue, name: string): PyValue | null {
  const t = typeOf(obj);
  let ga = t.getattributeSlot;
  if (ga === undefined) ga = t.getattributeSlot = t.lookup('__getattribute__');
  if (ga !== objectGetAttribute) return null;
  const descr = t.lookup(name);
  if (!(descr instanceof PyFunction) && !(descr instanceof PyBuiltinFunction && descr.type === methodDescriptorType)) return null;
  if (obj instanceof PyObject && obj.dict !== null && obj.dict.getStr(name) !== undefined) return null;
  return descr;
}

/**
 * The special method `name` for obj (CPython's _PyType_Lookup: on the type,
 * never the instance dict), whatever kind of attribute it is; null when
 * absent. Call it with call1/callUnbound, which apply a descriptor's __get__
 * as CPython's slot functions do. None is found like any value: calling it
 * raises, as CPython's slots do for `__int__ = None`.
 */
export function lookupSpecial(obj: PyValue, name: string): PyValue | null {
  return typeOf(obj).lookup(name);
}

// ---------------------------------------------------------------- attributes

function attributeError(obj: PyValue, name: string, message: string): never {
  const type = builtinTypes.get('AttributeError') as PyType;
  const exc = makeException(type, [message]);
  const d = exc.dict ??= containers.newDict();
  d.setStr('name', name);
  d.setStr('obj', obj);
  throw exc;
}

function makeException(type: PyType, args: PyValue[]): PyBaseException {
  try {
    raiseWith(type, args);
  } catch (e) {
    return e as PyBaseException;
  }
}

export function noAttribute(obj: PyValue, name: string): never {
  if (obj instanceof PyType) attributeError(obj, name, `type object '${obj.name}' has no attribute '${name}'`);
  const t = typeOf(obj);
  if (t.name === 'module' && obj instanceof PyObject && obj.dict !== null) {
    const modName = obj.dict.getStr('__name__');
    if (typeof modName === 'string') attributeError(obj, name, `module '${modName}' has no attribute '${name}'`);
  }
  attributeError(obj, name, `'${t.name}' object has no attribute '${name}'`);
}

/** An attribute not found the usual way: a module's own `__getattr__` (PEP 562) gets the last word. */
function missingAttribute(obj: PyValue, name: string): PyValue {
  if (obj instanceof PyObject && obj.dict !== null && typeOf(obj).name === 'module') {
    const hook = obj.dict.getStr('__getattr__');
    if (hook !== undefined) return call(hook, [name]);
  }
  return noAttribute(obj, name);
}

/**
 * pvm's Python classes standing for C types of CPython's extension modules,
 * by `module.qualname`, with the tp_name CPython's messages give them.
 */
const C_TYPE_NAMES = new Map<string, string>([
  ...['date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo'].map((n): [string, string] => [`datetime.${n}`, `datetime.${n}`]),
  ['decimal.Decimal', 'decimal.Decimal'], ['decimal.Context', 'decimal.Context'],
  ['collections.OrderedDict', 'collections.OrderedDict'], ['collections.defaultdict', 'collections.defaultdict'],
  ['functools.partial', 'functools.partial'], ['re.Pattern', 're.Pattern'], ['re.Match', 're.Match'],
  ['io.StringIO', '_io.StringIO'], ['io.BytesIO', '_io.BytesIO'], ['array.array', 'array.array'],
  ['operator.itemgetter', 'operator.itemgetter'], ['operator.attrgetter', 'operator.attrgetter'],
  ['operator.methodcaller', 'operator.methodcaller'],
]);

/** The name CPython's error messages give type t (its tp_name): module-qualified for extension types. */
export function messageTypeName(t: PyType): string {
  if (t.module === 'builtins') return t.name;
  if (t.flags & TypeFlags.BUILTIN) return `${t.module}.${t.name}`;
  return C_TYPE_NAMES.get(`${t.module}.${t.qualname}`) ?? t.name;
}

/** Whether an exception is an instance of the built-in exception named `name`. */
export function isExceptionOf(e: unknown, name: string): e is PyBaseException {
  return e instanceof PyBaseException && e.type.isSubtypeOf(builtinTypes.get(name) as PyType);
}

/** `obj.name` with the full protocol, including `__getattribute__` and `__getattr__` overrides. */
export function getAttr(obj: PyValue, name: string): PyValue {
  const t = typeOf(obj);
  let ga = t.getattributeSlot;
  if (ga === undefined) ga = t.getattributeSlot = t.lookup('__getattribute__');
  if (ga === objectGetAttribute) {
    let v: PyValue | undefined;
    try {
      v = genericGetAttr(obj, name, t);
    } catch (e) {
      // An AttributeError from a property or other descriptor also falls back to __getattr__.
      if (!isExceptionOf(e, 'AttributeError')) throw e;
      const getattr = t.lookup('__getattr__');
      if (getattr === null) throw e;
      return call2(getattr, obj, name);
    }
    if (v !== undefined) return v;
  } else if (ga === typeGetAttribute) {
    let v: PyValue | undefined;
    try {
      v = typeGetAttr(obj as PyType, name);
    } catch (e) {
      // As for instances: a metaclass __getattr__ takes a descriptor's AttributeError.
      if (!isExceptionOf(e, 'AttributeError')) throw e;
      const getattr = t.lookup('__getattr__');
      if (getattr === null) throw e;
      return call2(getattr, obj, name);
    }
    if (v !== undefined) return v;
  } else {
    try {
      return call2(ga as PyValue, obj, name);
    } catch (e) {
      if (!isExceptionOf(e, 'AttributeError')) throw e;
      const getattr = t.lookup('__getattr__');
      if (getattr === null) throw e;
      return call2(getattr, obj, name);
    }
  }
  const getattr = t.lookup('__getattr__');
  if (getattr !== null) return call2(getattr, obj, name);
  return missingAttribute(obj, name);
}

/** What an AttrSite learned about the last type it saw. */
const enum SiteKind {
  /** Anything else: take the full protocol. */
  GENERIC = 0,
  /** No class attribute: the instance dict or AttributeError. */
  INSTANCE = 1,
  /** A Python function or built-in method on the class (shadowed only by the instance dict). */
  METHOD = 2,
  /** A built-in data descriptor (slots member, getter) on the class. */
  NATIVE_DATA = 3,
  /** A plain class attribute that is not a descriptor (shadowed only by the instance dict). */
  CLASS_VALUE = 4,
}

/**
 * One attribute-access site's cache (a backend keeps one per LOAD_ATTR /
 * LOAD_METHOD instruction): the type last seen, its version, and what the
 * class-side lookup found, so a repeated access skips the MRO lookups.
 */
export class AttrSite {
  type: PyType | null = null;
  version = 0;
  descr: PyValue | null = null;
  kind: SiteKind = SiteKind.GENERIC;
}

function fillSite(site: AttrSite, t: PyType, name: string): void {
  site.type = t;
  site.version = t.version;
  let ga = t.getattributeSlot;
  if (ga === undefined) ga = t.getattributeSlot = t.lookup('__getattribute__');
  const descr = t.lookup(name);
  site.descr = descr;
  if (ga !== objectGetAttribute || t.lookup('__getattr__') !== null) site.kind = SiteKind.GENERIC;
  else if (descr === null) site.kind = SiteKind.INSTANCE;
  else if (descr instanceof PyFunction || (descr instanceof PyBuiltinFunction && descr.type === methodDescriptorType)) site.kind = SiteKind.METHOD;
  else if (descr instanceof NativeDescriptor && (descr.type.flags & TypeFlags.BUILTIN) !== 0 && descr.isData) site.kind = SiteKind.NATIVE_DATA;
  else if (!(descr instanceof PyObject) || (descr.type.lookup('__get__') === null && !(descr instanceof NativeDescriptor) && !(descr instanceof PyBuiltinFunction))) site.kind = SiteKind.CLASS_VALUE;
  else site.kind = SiteKind.GENERIC;
}

/** `obj.name` through a site cache: the same result as getAttr, with fewer lookups when the type repeats. */
export function getAttrAt(site: AttrSite, obj: PyValue, name: string): PyValue {
  const t = typeOf(obj);
  if (t !== site.type || t.version !== site.version) fillSite(site, t, name);
  switch (site.kind) {
    case SiteKind.INSTANCE: {
      if (obj instanceof PyObject && obj.dict !== null) {
        const v = obj.dict.getStr(name);
        if (v !== undefined) return v;
      }
      return missingAttribute(obj, name);
    }
    case SiteKind.METHOD: {
      if (obj instanceof PyObject && obj.dict !== null) {
        const v = obj.dict.getStr(name);
        if (v !== undefined) return v;
      }
      const d = site.descr as PyValue;
      return d instanceof PyFunction ? new PyMethod(d, obj) : (d as PyBuiltinFunction).bind(obj);
    }
    case SiteKind.NATIVE_DATA:
      return (site.descr as NativeDescriptor).get(obj, t);
    case SiteKind.CLASS_VALUE: {
      if (obj instanceof PyObject && obj.dict !== null) {
        const v = obj.dict.getStr(name);
        if (v !== undefined) return v;
      }
      return site.descr as PyValue;
    }
    default:
      return getAttr(obj, name);
  }
}

/** lookupMethod through a site cache: the unbound function for `obj.name(...)`, or null (use getAttrAt). */
export function lookupMethodAt(site: AttrSite, obj: PyValue, name: string): PyValue | null {
  const t = typeOf(obj);
  if (t !== site.type || t.version !== site.version) fillSite(site, t, name);
  if (site.kind !== SiteKind.METHOD) return null;
  if (obj instanceof PyObject && obj.dict !== null && obj.dict.getStr(name) !== undefined) return null;
  return site.descr;
}

/** getattr(obj, name, default): undefined when the attribute is missing (AttributeError). */
export function getAttrOrUndefined(obj: PyValue, name: string): PyValue | undefined {
  try {
    return getAttr(obj, name);
  } catch (e) {
    if (isExceptionOf(e, 'AttributeError')) return undefined;
    throw e;
  }
}

/** object.__getattribute__: data descriptors, then the instance dict, then other class attributes; undefined if absent. */
export function genericGetAttr(obj: PyValue, name: string, t: PyType): PyValue | undefined {
  const descr = t.lookup(name);
  const dict = obj instanceof PyObject ? obj.dict : null;
  if (descr === null) {
    return dict === null ? undefined : dict.getStr(name);
  }
  if (descr instanceof PyFunction) {
    if (dict !== null) {
      const v = dict.getStr(name);
      if (v !== undefined) return v;
    }
    return new PyMethod(descr, obj);
  }
  if (descr instanceof PyBuiltinFunction) {
    if (dict !== null) {
      const v = dict.getStr(name);
      if (v !== undefined) return v;
    }
    return descr.type === methodDescriptorType ? descr.bind(obj) : descr;
  }
  if (descr instanceof NativeDescriptor && (descr.type.flags & TypeFlags.BUILTIN) !== 0) {
    if (descr.isData) return descr.get(obj, t);
    if (dict !== null) {
      const v = dict.getStr(name);
      if (v !== undefined) return v;
    }
    return descr.get(obj, t);
  }
  if (!(descr instanceof PyObject)) {
    if (dict !== null) {
      const v = dict.getStr(name);
      if (v !== undefined) return v;
    }
    return descr;
  }
  const dt = descr.type;
  const get = dt.lookup('__get__');
  if (get !== null && (dt.lookup('__set__') !== null || dt.lookup('__delete__') !== null)) {
    return callUnbound(get, descr, [obj, t]);
  }
  if (dict !== null) {
    const v = dict.getStr(name);
    if (v !== undefined) return v;
  }
  if (get !== null) return callUnbound(get, descr, [obj, t]);
  return descr;
}

/** type.__getattribute__: the metatype's data descriptors, then the class's MRO, then the metatype. */
export function typeGetAttr(cls: PyType, name: string): PyValue | undefined {
  const meta = cls.type;
  const metaAttr = meta.lookup(name);
  if (metaAttr !== null && isDataDescriptor(metaAttr)) return bindDescriptor(metaAttr, cls, meta);
  const attr = cls.lookup(name);
  if (attr !== null) return bindDescriptor(attr, undefined, cls);
  if (metaAttr !== null) return bindDescriptor(metaAttr, cls, meta);
  return undefined;
}

export function isDataDescriptor(v: PyValue): boolean {
  if (v instanceof NativeDescriptor && (v.type.flags & TypeFlags.BUILTIN) !== 0) return v.isData;
  if (!(v instanceof PyObject) || v instanceof PyFunction || v instanceof PyBuiltinFunction) return false;
  const t = v.type;
  return t.lookup('__set__') !== null || t.lookup('__delete__') !== null;
}

/** `obj.name = value`. */
export function setAttr(obj: PyValue, name: string, value: PyValue): void {
  const t = typeOf(obj);
  let sa = t.setattrSlot;
  if (sa === undefined) sa = t.setattrSlot = t.lookup('__setattr__');
  if (sa === objectSetAttr) genericSetAttr(obj, name, value, t);
  else if (sa === typeSetAttrFn) typeSetAttr(obj as PyType, name, value);
  else callUnbound(sa as PyValue, obj, [name, value]);
}

/** object.__setattr__. */
export function genericSetAttr(obj: PyValue, name: string, value: PyValue, t: PyType = typeOf(obj)): void {
  const descr = t.lookup(name);
  if (descr !== null && !(descr instanceof PyFunction)) {
    if (descr instanceof NativeDescriptor && (descr.type.flags & TypeFlags.BUILTIN) !== 0) {
      if (descr.isData) return descr.set(obj, value);
    } else if (descr instanceof PyObject && !(descr instanceof PyBuiltinFunction)) {
      const set = descr.type.lookup('__set__');
      if (set !== null) {
        callUnbound(set, descr, [obj, value]);
        return;
      }
    }
  }
  if (obj instanceof PyObject && (t.flags & TypeFlags.HAS_DICT) !== 0) {
    (obj.dict ??= containers.newInstanceDict(t)).setStr(name, value);
    return;
  }
  if (descr === null) {
    attributeError(obj, name, `'${t.name}' object has no attribute '${name}'`);
  }
  attributeError(obj, name, `'${t.name}' object attribute '${name}' is read-only`);
}

/** type.__setattr__: stores into the class namespace (and keeps lookup caches right). */
export function typeSetAttr(cls: PyType, name: string, value: PyValue): void {
  const meta = cls.type;
  const metaAttr = meta.lookup(name);
  if (metaAttr !== null && isDataDescriptor(metaAttr)) {
    if (metaAttr instanceof NativeDescriptor) return metaAttr.set(cls, value);
    callUnbound((metaAttr as PyObject).type.lookup('__set__') as PyValue, metaAttr, [cls, value]);
    return;
  }
  if (cls.flags & TypeFlags.IMMUTABLE) {
    raiseError('TypeError', `cannot set '${name}' attribute of immutable type '${cls.name}'`);
  }
  cls.setAttr(name, value);
}

/** `del obj.name`. */
export function delAttr(obj: PyValue, name: string): void {
  const t = typeOf(obj);
  const da = t.lookup('__delattr__');
  if (da === objectDelAttr) genericDelAttr(obj, name, t);
  else if (da === typeDelAttrFn) typeDelAttr(obj as PyType, name);
  else callUnbound(da as PyValue, obj, [name]);
}

export function genericDelAttr(obj: PyValue, name: string, t: PyType = typeOf(obj)): void {
  const descr = t.lookup(name);
  if (descr !== null && !(descr instanceof PyFunction)) {
    if (descr instanceof NativeDescriptor && (descr.type.flags & TypeFlags.BUILTIN) !== 0) {
      if (descr.isData) return descr.delete(obj);
    } else if (descr instanceof PyObject && !(descr instanceof PyBuiltinFunction)) {
      const del = descr.type.lookup('__delete__');
      if (del !== null) {
        callUnbound(del, descr, [obj]);
        return;
      }
    }
  }
  if (obj instanceof PyObject && obj.dict !== null && obj.dict.delStr(name)) return;
  if (descr !== null && !(obj instanceof PyObject && obj.dict !== null)) {
    attributeError(obj, name, `'${t.name}' object attribute '${name}' is read-only`);
  }
  attributeError(obj, name, `'${t.name}' object has no attribute '${name}'`);
}

export function typeDelAttr(cls: PyType, name: string): void {
  if (cls.flags & TypeFlags.IMMUTABLE) {
    raiseError('TypeError', `cannot set '${name}' attribute of immutable type '${cls.name}'`);
  }
  if (!cls.deleteAttr(name)) attributeError(cls, name, `type object '${cls.name}' has no attribute '${name}'`);
}

/** hasattr(obj, name). */
export function hasAttr(obj: PyValue, name: string): boolean {
  return getAttrOrUndefined(obj, name) !== undefined;
}

// ---------------------------------------------------------------- truth, identity, hash

/** `bool(v)`: `__bool__`, then `__len__`, else true. */
export function isTrue(v: PyValue): boolean {
  switch (typeof v) {
    case 'boolean': return v;
    case 'number': return v !== 0;
    case 'string': return v.length !== 0;
    case 'bigint': return v !== 0n;
    default:
      if (v === None) return false;
      if (v instanceof PyFloat) return v.value !== 0;
      return (fastLen(v) ?? lenOrTrue(v)) !== 0;
  }
}

/** The truth of an object that is not an exact container, as a length: `__bool__` (0 or 1), else `__len__`, else 1. */
function lenOrTrue(v: PyObject): number {
  const t = v.type;
  const b = t.lookup('__bool__');
  if (b !== null) {
    const r = call1(b, v);
    if (typeof r !== 'boolean') raiseError('TypeError', `__bool__ should return bool, returned ${typeOf(r).name}`);
    return r ? 1 : 0;
  }
  const l = t.lookup('__len__');
  if (l !== null) return lenResult(call1(l, v));
  return 1;
}

const objectIds = new WeakMap<object, number>();
const primitiveIds = new Map<unknown, number>();
let nextId = 0x7f3a2c000000 / 16;

/** id(v): stable for the object's lifetime; shown in default reprs. */
export function id(v: PyValue): number {
  if (typeof v === 'object') {
    let i = objectIds.get(v);
    if (i === undefined) objectIds.set(v, (i = (nextId += 3) * 16));
    return i;
  }
  let i = primitiveIds.get(v);
  if (i === undefined) primitiveIds.set(v, (i = (nextId += 3) * 16));
  return i;
}

/** `a is b`. */
export function is(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  // Equal ints are distinct objects in CPython only outside [-5, 256]; bigints compare by value here.
  return typeof a === 'bigint' && typeof b === 'bigint' && a === b;
}

/** hash(s) of a str: CPython's under PYTHONHASHSEED=0 (siphash.ts), so sets of strings iterate as there. */
export function strHash(s: string): HashValue {
  strHashHalves(s);
  return hashFromHalves(out.hi, out.lo);
}

/** hash(v), raising `unhashable type: 'list'`. */
export function pyHash(v: PyValue): HashValue {
  switch (typeof v) {
    case 'number': return v === -1 ? -2 : v;
    case 'string': return strHash(v);
    case 'boolean': return v ? 1 : 0;
    case 'bigint': return intHash(v);
    default: {
      if (v instanceof PyFloat) return floatHash(v.value, id(v));
      const h = v.type.lookup('__hash__');
      if (h === null || h === None) raiseError('TypeError', `unhashable type: '${messageTypeName(v.type)}'`);
      if (h === objectHashFn) return id(v) / 16;
      const r = call1(h, v);
      if (typeof r === 'number') return r === -1 ? -2 : r;
      // CPython keeps a result that fits in Py_hash_t (tuple hashes use all 64 bits) and reduces only larger ints.
      if (typeof r === 'bigint') return r >= -(1n << 63n) && r < 1n << 63n ? r : intHash(r);
      if (typeof r === 'boolean') return r ? 1 : 0;
      if (r instanceof PyObject && r.type.isSubtypeOf(intType)) return pyHash(indexValue(r));
      return raiseError('TypeError', '__hash__ method should return an integer');
    }
  }
}

// ---------------------------------------------------------------- repr, str, format

/** repr(v). */
export function repr(v: PyValue): string {
  switch (typeof v) {
    case 'number': return String(v);
    case 'boolean': return v ? 'True' : 'False';
    case 'bigint': return intToString(v);
    default:
      if (v === None) return 'None';
      if (v instanceof PyFloat) return floatRepr(v.value);
      return stringResult(callSpecial(v, '__repr__'), '__repr__');
  }
}

/** str(v). */
export function str(v: PyValue): string {
  switch (typeof v) {
    case 'string': return v;
    case 'number': return String(v);
    case 'boolean': return v ? 'True' : 'False';
    case 'bigint': return intToString(v);
    default:
      if (v === None) return 'None';
      if (v instanceof PyFloat) return floatRepr(v.value);
      return stringResult(callSpecial(v, '__str__'), '__str__');
  }
}

function stringResult(r: PyValue, method: string): string {
  if (typeof r === 'string') return r;
  if (r instanceof PyObject && r.type.isSubtypeOf(strType)) return strValue(r);
  return raiseError('TypeError', `${method} returned non-string (type ${typeOf(r).name})`);
}

/** The JS string held by a str or str-subclass instance (str.ts stores it as `value`). */
export function strValue(v: PyValue): string {
  if (typeof v === 'string') return v;
  const inner = (v as unknown as { value?: unknown }).value;
  if (typeof inner === 'string') return inner;
  return raiseError('TypeError', `expected str, got ${typeOf(v).name}`);
}

/** Calls the special method `name` of v's type with v as self. */
export function callSpecial(v: PyValue, name: string, args: PyValue[] = []): PyValue {
  const t = typeOf(v);
  const f = t.lookup(name);
  if (f === null) return noAttribute(v, name);
  return args.length === 0 ? call1(f, v) : callUnbound(f, v, args);
}

/** format(v, spec). */
export function format(v: PyValue, spec: string): string {
  if (spec === '' && typeof v === 'string') return v;
  // Exact ints and floats (f-strings' hot case): what their fixed __format__ returns, without the lookup and call.
  if (typeof v === 'number' || typeof v === 'bigint') return spec === '' ? intToString(v) : formatInt(v, spec);
  if (v instanceof PyFloat) return spec === '' ? floatRepr(v.value) : formatFloat(v.value, spec);
  const r = callSpecial(v, '__format__', [spec]);
  if (typeof r !== 'string') raiseError('TypeError', `__format__ must return a str, not ${typeOf(r).name}`);
  return r;
}

/** The default `<__main__.C object at 0x7f...>`. */
export function defaultRepr(v: PyValue): string {
  const t = typeOf(v);
  const mod = t.module;
  const prefix = mod === 'builtins' ? '' : `${mod}.`;
  return `<${prefix}${t.qualname} object at 0x${id(v).toString(16).padStart(12, '0')}>`;
}

// ---------------------------------------------------------------- numbers

/** BINARY_OP operands in CPython's NB_* order (frontend/bytecode/opcodes.ts BINARY_OPS). */
export const BinaryOpKind = {
  ADD: 0, AND: 1, FLOOR_DIVIDE: 2, LSHIFT: 3, MATRIX_MULTIPLY: 4, MULTIPLY: 5, REMAINDER: 6,
  OR: 7, POWER: 8, RSHIFT: 9, SUBTRACT: 10, TRUE_DIVIDE: 11, XOR: 12,
} as const;
export const INPLACE_OFFSET = 13;

interface BinarySpec { readonly symbol: string; readonly dunder: string; readonly rdunder: string; readonly idunder: string }

const BINARY_SPECS: readonly BinarySpec[] = [
  ['+', 'add'], ['&', 'and'], ['//', 'floordiv'], ['<<', 'lshift'], ['@', 'matmul'], ['*', 'mul'], ['%', 'mod'],
  ['|', 'or'], ['**', 'pow'], ['>>', 'rshift'], ['-', 'sub'], ['/', 'truediv'], ['^', 'xor'],
].map(([symbol, n]) => ({ symbol, dunder: `__${n}__`, rdunder: `__r${n}__`, idunder: `__i${n}__` }));

function isIntLike(v: PyValue): v is number | bigint | boolean {
  const t = typeof v;
  return t === 'number' || t === 'bigint' || t === 'boolean';
}

/** Arithmetic on two primitive ints (bool counts as int); undefined when the op is not defined for ints. */
function intBinary(op: number, a: Int, b: Int): PyValue {
  switch (op) {
    case BinaryOpKind.ADD: return intAdd(a, b);
    case BinaryOpKind.SUBTRACT: return intSub(a, b);
    case BinaryOpKind.MULTIPLY: return intMul(a, b);
    case BinaryOpKind.FLOOR_DIVIDE: return intFloorDiv(a, b);
    case BinaryOpKind.REMAINDER: return intMod(a, b);
    case BinaryOpKind.TRUE_DIVIDE: return new PyFloat(intTrueDiv(a, b));
    case BinaryOpKind.POWER:
      if (b < 0) {
        const x = intToFloat(a);
        if (x === 0) raiseError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
        return floatResult(floatPow(x, intToFloat(b)));
      }
      return intPowNonNegative(a, b);
    case BinaryOpKind.LSHIFT: return intLShift(a, b);
    case BinaryOpKind.RSHIFT: return intRShift(a, b);
    case BinaryOpKind.AND: return intAnd(a, b);
    case BinaryOpKind.OR: return intOr(a, b);
    case BinaryOpKind.XOR: return intXor(a, b);
    case BinaryOpKind.MATRIX_MULTIPLY: return NotImplemented;
    default: throw new Error(`internal: binary op ${op}`);
  }
}

/** &, |, ^ on two bools give a bool (bool's own methods handle it). */
function isBitOp(op: number): boolean {
  return op === BinaryOpKind.AND || op === BinaryOpKind.OR || op === BinaryOpKind.XOR;
}

function floatResult(r: number | object): PyValue {
  return typeof r === 'number' ? new PyFloat(r) : (r as PyValue);
}

/** Arithmetic on two floats (ints already converted); NotImplemented for ops floats lack. */
function floatBinary(op: number, a: number, b: number): PyValue {
  switch (op) {
    case BinaryOpKind.ADD: return new PyFloat(a + b);
    case BinaryOpKind.SUBTRACT: return new PyFloat(a - b);
    case BinaryOpKind.MULTIPLY: return new PyFloat(a * b);
    case BinaryOpKind.TRUE_DIVIDE: return new PyFloat(floatTrueDiv(a, b));
    case BinaryOpKind.FLOOR_DIVIDE: return new PyFloat(floatFloorDiv(a, b));
    case BinaryOpKind.REMAINDER: return new PyFloat(floatMod(a, b));
    case BinaryOpKind.POWER: return floatResult(floatPow(a, b));
    default: return NotImplemented;
  }
}

function toFloatOperand(v: PyValue): number | undefined {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return intToFloat(v);
  return undefined;
}

/** `a op b` for BINARY_OP operands 0-12, and in-place forms 13-25. */
export function binaryOp(op: number, a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'number' && typeof b === 'number') {
    switch (op) {
      case BinaryOpKind.ADD: case BinaryOpKind.ADD + INPLACE_OFFSET: {
        const r = a + b;
        if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
        break;
      }
      case BinaryOpKind.SUBTRACT: case BinaryOpKind.SUBTRACT + INPLACE_OFFSET: {
        const r = a - b;
        if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
        break;
      }
      default: break;
    }
  } else if (typeof a === 'string' && typeof b === 'string' && (op === BinaryOpKind.ADD || op === BinaryOpKind.ADD + INPLACE_OFFSET)) {
    // Exact strs (subclass instances are objects): str.__add__ concatenates.
    return a + b;
  }
  const base = op >= INPLACE_OFFSET ? op - INPLACE_OFFSET : op;
  if (typeof a === 'number' && typeof b === 'number') {
    const r = intBinary(base, a, b);
    if (r !== NotImplemented) return r;
  }
  if (a instanceof PyFloat || b instanceof PyFloat) {
    const x = toFloatOperand(a);
    const y = toFloatOperand(b);
    if (x !== undefined && y !== undefined) {
      const r = floatBinary(base, x, y);
      if (r !== NotImplemented) return r;
    }
  } else if (isIntLike(a) && isIntLike(b) && !(typeof a === 'boolean' && typeof b === 'boolean' && isBitOp(base))) {
    const r = intBinary(base, typeof a === 'boolean' ? +a : a, typeof b === 'boolean' ? +b : b);
    if (r !== NotImplemented) return r;
  }
  if (op >= INPLACE_OFFSET) {
    const spec = BINARY_SPECS[base];
    const t = typeOf(a);
    const f = t.lookup(spec.idunder);
    if (f !== null && f !== None && !(base === BinaryOpKind.MULTIPLY && skipsRepeat(f, b))) {
      const r = call2(f, a, b);
      if (r !== NotImplemented) return r;
    }
    return binaryDispatch(base, a, b, `${spec.symbol}=`);
  }
  return binaryDispatch(base, a, b, BINARY_SPECS[base].symbol);
}

/**
 * The native `__mul__`/`__rmul__`/`__imul__` of the sequences (CPython's
 * sq_repeat and sq_inplace_repeat). Called directly they convert the count
 * as an index ("'str' object cannot be interpreted as an integer"); as the
 * `*` operator they apply only when the count is an index, and otherwise the
 * operator's error is "can't multiply sequence by non-int".
 */
const sequenceRepeats = new WeakSet<NativeFn>();

/** Marks `type`'s own native methods `names` as its sequence repeat. */
export function markSequenceRepeat(type: PyType, ...names: string[]): void {
  for (const name of names) {
    const f = type.lookup(name);
    if (!(f instanceof PyBuiltinFunction) || f.native === null) throw new Error(`internal: ${type.name}.${name} is not a native method`);
    sequenceRepeats.add(f.native);
  }
}

/** Whether `f` is a sequence's repeat and `count` cannot be its count (CPython's PyIndex_Check fails). */
function skipsRepeat(f: PyValue | null, count: PyValue): boolean {
  if (!(f instanceof PyBuiltinFunction) || f.native === null || !sequenceRepeats.has(f.native)) return false;
  return !(isIntLike(count) || (count instanceof PyObject && count.type.lookup('__index__') !== null));
}

function binaryDispatch(op: number, a: PyValue, b: PyValue, symbol: string): PyValue {
  const spec = BINARY_SPECS[op];
  const ta = typeOf(a);
  const tb = typeOf(b);
  let fa = ta.lookup(spec.dunder);
  let fb = tb !== ta ? tb.lookup(spec.rdunder) : null;
  let repeatedA = false;
  let repeatedB = false;
  if (op === BinaryOpKind.MULTIPLY) {
    if (skipsRepeat(fa, b)) { fa = null; repeatedA = true; }
    if (skipsRepeat(fb, a)) { fb = null; repeatedB = true; }
  }
  if (fb !== null && fb !== None && tb.isSubtypeOf(ta) && fb !== ta.lookup(spec.rdunder)) {
    const r = call2(fb, b, a);
    if (r !== NotImplemented) return r;
    fb = null;
  }
  if (fa !== null && fa !== None) {
    const r = call2(fa, a, b);
    if (r !== NotImplemented) return r;
  }
  if (fb !== null && fb !== None) {
    const r = call2(fb, b, a);
    if (r !== NotImplemented) return r;
  }
  if (repeatedA) raiseError('TypeError', `can't multiply sequence by non-int of type '${messageTypeName(tb)}'`);
  if (repeatedB) raiseError('TypeError', `can't multiply sequence by non-int of type '${messageTypeName(ta)}'`);
  return binaryError(op, a, b, symbol);
}

const CONCAT_TYPES = new Set(['str', 'list', 'tuple']);
const SEQUENCE_TYPES = new Set(['str', 'list', 'tuple', 'bytes', 'bytearray']);

function binaryError(op: number, a: PyValue, b: PyValue, symbol: string): never {
  const ta = typeOf(a);
  const tb = typeOf(b);
  if (op === BinaryOpKind.ADD && CONCAT_TYPES.has(ta.solidBase.name)) {
    const n = ta.solidBase.name;
    raiseError('TypeError', `can only concatenate ${n} (not "${messageTypeName(tb)}") to ${n}`);
  }
  if (op === BinaryOpKind.MULTIPLY) {
    if (SEQUENCE_TYPES.has(ta.solidBase.name)) raiseError('TypeError', `can't multiply sequence by non-int of type '${messageTypeName(tb)}'`);
    if (SEQUENCE_TYPES.has(tb.solidBase.name)) raiseError('TypeError', `can't multiply sequence by non-int of type '${messageTypeName(ta)}'`);
  }
  const shown = op === BinaryOpKind.POWER ? (symbol === '**' ? '** or pow()' : symbol) : symbol;
  raiseError('TypeError', `unsupported operand type(s) for ${shown}: '${messageTypeName(ta)}' and '${messageTypeName(tb)}'`);
}

/** pow(a, b, m) with a modulus (the two-argument form is binaryOp POWER). */
export function ternaryPow(a: PyValue, b: PyValue, m: PyValue): PyValue {
  const ta = typeOf(a);
  const f = ta.lookup('__pow__');
  if (f !== null) {
    const r = callUnbound(f, a, [b, m]);
    if (r !== NotImplemented) return r;
  }
  raiseError('TypeError', `unsupported operand type(s) for ** or pow(): '${messageTypeName(ta)}', '${messageTypeName(typeOf(b))}', '${messageTypeName(typeOf(m))}'`);
}

export const UnaryOpKind = { NEGATIVE: 0, POSITIVE: 1, INVERT: 2 } as const;
const UNARY_SPECS = [['-', '__neg__'], ['+', '__pos__'], ['~', '__invert__']] as const;

/** `-a`, `+a`, `~a`. */
export function unaryOp(op: number, a: PyValue): PyValue {
  if (typeof a === 'number' || typeof a === 'bigint' || typeof a === 'boolean') {
    const v = typeof a === 'boolean' ? +a : a;
    switch (op) {
      case UnaryOpKind.NEGATIVE: return intNeg(v);
      case UnaryOpKind.POSITIVE: return v;
      case UnaryOpKind.INVERT: return intInvert(v);
      default: throw new Error(`internal: unary op ${op}`);
    }
  }
  if (a instanceof PyFloat) {
    if (op === UnaryOpKind.NEGATIVE) return new PyFloat(-a.value);
    if (op === UnaryOpKind.POSITIVE) return a;
  }
  const [symbol, dunder] = UNARY_SPECS[op];
  const f = typeOf(a).lookup(dunder);
  if (f === null || f === None) raiseError('TypeError', `bad operand type for unary ${symbol}: '${typeOf(a).name}'`);
  return call1(f, a);
}

/** `not a`. */
export function not(a: PyValue): boolean {
  return !isTrue(a);
}

/** `operator.index(v)`: an int from int, bool or `__index__`. */
export function indexValue(v: PyValue): Int {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const t = typeOf(v);
  if (v instanceof PyObject && t.isSubtypeOf(intType)) {
    const inner = (v as unknown as { value?: unknown }).value;
    if (typeof inner === 'number' || typeof inner === 'bigint') return inner;
  }
  const f = t.lookup('__index__');
  if (f === null) raiseError('TypeError', `'${t.name}' object cannot be interpreted as an integer`);
  const r = call1(f, v);
  if (typeof r === 'number' || typeof r === 'bigint') return r;
  if (r instanceof PyObject && r.type.isSubtypeOf(intType)) {
    const inner = (r as unknown as { value?: unknown }).value;
    if (typeof inner === 'number' || typeof inner === 'bigint') {
      warnNonExactResult('__index__', r, 'int');
      return inner;
    }
  }
  if (typeof r === 'boolean') {
    warnNonExactResult('__index__', r, 'int');
    return r ? 1 : 0;
  }
  return raiseError('TypeError', `__index__ returned non-int (type ${typeOf(r).name})`);
}

/** CPython's DeprecationWarning when __index__/__int__/__float__ return an instance of a strict subclass of int or float. */
export function warnNonExactResult(what: string, r: PyValue, kind: 'int' | 'float'): void {
  nativeWarnings.warn?.('DeprecationWarning', `${what} returned non-${kind} (type ${typeOf(r).name}).  The ability to return an instance of a strict subclass of ${kind} is deprecated, and may be removed in a future version of Python.`);
}

// ---------------------------------------------------------------- comparisons

export const CompareOpKind = { LT: 0, LE: 1, EQ: 2, NE: 3, GT: 4, GE: 5 } as const;
const COMPARE_SYMBOLS = ['<', '<=', '==', '!=', '>', '>='] as const;
const COMPARE_DUNDERS = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'] as const;
/** The reflected operator of each comparison: a < b is b > a. */
const COMPARE_SWAPPED = [4, 5, 2, 3, 0, 1] as const;

function cmpResult(op: number, c: number): boolean {
  switch (op) {
    case 0: return c < 0;
    case 1: return c <= 0;
    case 2: return c === 0;
    case 3: return c !== 0;
    case 4: return c > 0;
    case 5: return c >= 0;
    default: throw new Error(`internal: compare op ${op}`);
  }
}


/** Numeric comparison of primitive numbers; undefined when either is not a primitive number. */
function compareNumbers(a: PyValue, b: PyValue): number | undefined {
  const x = typeof a === 'boolean' ? +a : a;
  const y = typeof b === 'boolean' ? +b : b;
  const tx = typeof x;
  const ty = typeof y;
  if ((tx === 'number' || tx === 'bigint') && (ty === 'number' || ty === 'bigint')) {
    return (x as Int) < (y as Int) ? -1 : (x as Int) > (y as Int) ? 1 : 0;
  }
  if (x instanceof PyFloat) {
    if (y instanceof PyFloat) return x.value < y.value ? -1 : x.value > y.value ? 1 : x.value === y.value ? 0 : NaN;
    if (ty === 'number' || ty === 'bigint') return -intCompareFloat(y as Int, x.value);
    return undefined;
  }
  if (y instanceof PyFloat && (tx === 'number' || tx === 'bigint')) return intCompareFloat(x as Int, y.value);
  return undefined;
}

/** `a op b` for COMPARE_OP operands (<, <=, ==, !=, >, >=): any object. */
export function richCompare(op: number, a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'string' && typeof b === 'string') {
    if (op === CompareOpKind.EQ) return a === b;
    if (op === CompareOpKind.NE) return a !== b;
    return cmpResult(op, strCompare(a, b));
  }
  const c = compareNumbers(a, b);
  if (c !== undefined) return c !== c ? op === CompareOpKind.NE : cmpResult(op, c);
  const ta = typeOf(a);
  const tb = typeOf(b);
  // object's __eq__ answers True for the same object and NotImplemented otherwise, and its
  // __ne__ inverts __eq__: with both sides' defaults every path ends in the identity test.
  if ((op === CompareOpKind.EQ || op === CompareOpKind.NE) && hasIdentityEq(ta) && hasIdentityEq(tb)) {
    return op === CompareOpKind.EQ ? a === b : a !== b;
  }
  const swapped = COMPARE_SWAPPED[op];
  let checkedReflected = false;
  if (ta !== tb && tb.isSubtypeOf(ta)) {
    const g = tb.lookup(COMPARE_DUNDERS[swapped]);
    if (g !== null && g !== None) {
      checkedReflected = true;
      const r = call2(g, b, a);
      if (r !== NotImplemented) return r;
    }
  }
  const f = ta.lookup(COMPARE_DUNDERS[op]);
  if (f !== null && f !== None) {
    const r = call2(f, a, b);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReflected) {
    const g = tb.lookup(COMPARE_DUNDERS[swapped]);
    if (g !== null && g !== None) {
      const r = call2(g, b, a);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === CompareOpKind.EQ) return a === b;
  if (op === CompareOpKind.NE) return a !== b;
  return raiseError('TypeError', `'${COMPARE_SYMBOLS[op]}' not supported between instances of '${messageTypeName(ta)}' and '${messageTypeName(tb)}'`);
}

/** richCompare as a JS boolean. */
export function compareBool(op: number, a: PyValue, b: PyValue): boolean {
  const r = richCompare(op, a, b);
  return typeof r === 'boolean' ? r : isTrue(r);
}

/** Container equality: identity first, then `==` (CPython's PyObject_RichCompareBool). */
export function pyEq(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  if (typeof a === 'string' && typeof b === 'string') return false;
  if (typeof a === 'number' && typeof b === 'number') return false;
  return compareBool(CompareOpKind.EQ, a, b);
}

/** `<` as sort() and min()/max() use it. */
export function pyLt(a: PyValue, b: PyValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  return compareBool(CompareOpKind.LT, a, b);
}

// ---------------------------------------------------------------- iteration

/** The iterator for a type that only has `__getitem__` (the old sequence protocol). */
class SequenceIterator extends PyIterator {
  private index = 0;
  constructor(private seq: PyValue | null) {
    super(sequenceIteratorType);
  }
  nextValue(): PyValue | undefined {
    if (this.seq === null) return undefined;
    try {
      return getItem(this.seq, this.index++);
    } catch (e) {
      if (isExceptionOf(e, 'IndexError') || isExceptionOf(e, 'StopIteration')) {
        this.seq = null;
        return undefined;
      }
      throw e;
    }
  }
}

const sequenceIteratorType = new PyType(typeType, 'iterator', [objectType], TypeFlags.BUILTIN | TypeFlags.IMMUTABLE);
sequenceIteratorType.mro = [sequenceIteratorType, objectType];
defineIteratorMethods(sequenceIteratorType);

/** iter(v), raising `'int' object is not iterable`. */
export function getIter(v: PyValue): PyValue {
  const fast = fastGetIter(v);
  if (fast !== undefined) return fast;
  const t = typeOf(v);
  const f = t.lookup('__iter__');
  if (f !== null && f !== None) {
    const it = call1(f, v);
    if (it instanceof PyIterator) return it;
    if (typeOf(it).lookup('__next__') === null) raiseError('TypeError', `iter() returned non-iterator of type '${typeOf(it).name}'`);
    return it;
  }
  if (f === null && t.lookup('__getitem__') !== null) return new SequenceIterator(v);
  return raiseError('TypeError', `'${messageTypeName(t)}' object is not iterable`);
}

/** next(it): the next item, or undefined when exhausted (StopIteration is swallowed). */
export function iterNext(it: PyValue): PyValue | undefined {
  if (it instanceof PyIterator && (it.type.flags & TypeFlags.BUILTIN) !== 0) return it.nextValue();
  const t = typeOf(it);
  const f = t.lookup('__next__');
  if (f === null) raiseError('TypeError', `'${t.name}' object is not an iterator`);
  try {
    return call1(f, it);
  } catch (e) {
    if (isExceptionOf(e, 'StopIteration')) return undefined;
    throw e;
  }
}

/** Collects an iterable into a JS array (a new one the caller may keep). */
export function toArray(v: PyValue): PyValue[] {
  const items = fastItems(v);
  if (items !== undefined) return items.slice();
  const it = getIter(v);
  const out: PyValue[] = [];
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) out.push(x);
  return out;
}

/** The items of an iterable for reading once: an exact list's or tuple's own array, not copied. */
export function itemsOf(v: PyValue): readonly PyValue[] {
  return fastItems(v) ?? toArray(v);
}

// ---------------------------------------------------------------- subscripts, containment, len

export function getItem(o: PyValue, key: PyValue): PyValue {
  const fast = fastGetItem(o, key);
  if (fast !== undefined) return fast;
  const t = typeOf(o);
  const f = t.lookup('__getitem__');
  if (f !== null) return call2(f, o, key);
  if (o instanceof PyType) {
    const cg = o.lookup('__class_getitem__');
    if (cg !== null) return call(bindDescriptor(cg, undefined, o), [key]);
    if (o === typeType) return call(builtinTypes.get('types.GenericAlias') ?? raiseError('TypeError', `type 'type' is not subscriptable`), [o, key]);
    raiseError('TypeError', `type '${o.name}' is not subscriptable`);
  }
  return raiseError('TypeError', `'${messageTypeName(t)}' object is not subscriptable`);
}

export function setItem(o: PyValue, key: PyValue, value: PyValue): void {
  if (fastSetItem(o, key, value)) return;
  const t = typeOf(o);
  const f = t.lookup('__setitem__');
  if (f === null) raiseError('TypeError', `'${t.name}' object does not support item assignment`);
  callUnbound(f, o, [key, value]);
}

export function delItem(o: PyValue, key: PyValue): void {
  const t = typeOf(o);
  const f = t.lookup('__delitem__');
  if (f === null) raiseError('TypeError', `'${t.name}' object doesn't support item deletion`);
  call2(f, o, key);
}

/** `item in container`. */
export function contains(container: PyValue, item: PyValue): boolean {
  if (typeof container === 'string' && typeof item === 'string') return strContains(container, item);
  const fast = fastContains(container, item);
  if (fast !== undefined) return fast;
  const t = typeOf(container);
  const f = t.lookup('__contains__');
  if (f !== null) {
    if (f === None) raiseError('TypeError', `'${messageTypeName(t)}' object is not a container`);
    return isTrue(call2(f, container, item));
  }
  let it: PyValue;
  try {
    it = getIter(container);
  } catch (e) {
    // CPython rewords any TypeError from making the iterator.
    if (isExceptionOf(e, 'TypeError')) raiseError('TypeError', `argument of type '${messageTypeName(t)}' is not iterable`);
    throw e;
  }
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (pyEq(x, item)) return true;
  return false;
}

function lenResult(r: PyValue): number {
  const n = indexValue(r);
  if (n < 0) raiseError('ValueError', '__len__() should return >= 0');
  if (typeof n === 'bigint') raiseError('OverflowError', 'cannot fit \'int\' into an index-sized integer');
  return n;
}

/** len(v). */
export function len(v: PyValue): number {
  if (typeof v === 'string') return strLen(v);
  const fast = fastLen(v);
  if (fast !== undefined) return fast;
  const t = typeOf(v);
  const f = t.lookup('__len__');
  if (f === null) raiseError('TypeError', `object of type '${messageTypeName(t)}' has no len()`);
  return lenResult(call1(f, v));
}

// ---------------------------------------------------------------- isinstance, issubclass

/** isinstance(v, cls) with `__instancecheck__` and tuples of classes. */
export function isInstance(v: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType) {
    if (typeOf(v).isSubtypeOf(cls)) return true;
    if (cls.type === typeType) return objectIsInstance(v, cls);
  }
  const items = cls instanceof PyType ? undefined : cls instanceof PyUnion ? cls.args : containers.tupleItems(cls);
  if (items !== undefined) {
    for (const c of items) if (isInstance(v, c)) return true;
    return false;
  }
  const check = typeOf(cls).lookup('__instancecheck__');
  if (check !== null) return isTrue(call2(check, cls, v));
  return objectIsInstance(v, cls);
}

let objectClassDescr: PyValue | undefined;

/**
 * v.__class__ when it may differ from type(v) (a `__class__` property or a
 * `__getattribute__` override), else undefined; an AttributeError counts as
 * absent, as in CPython's _PyObject_LookupAttr.
 */
function claimedClass(v: PyValue): PyValue | undefined {
  const t = typeOf(v);
  let ga = t.getattributeSlot;
  if (ga === undefined) ga = t.getattributeSlot = t.lookup('__getattribute__');
  objectClassDescr ??= objectType.lookup('__class__') ?? undefined;
  if (ga === objectGetAttribute && t.lookup('__class__') === objectClassDescr) return undefined;
  const c = getAttrOrUndefined(v, '__class__');
  return c === t ? undefined : c;
}

/**
 * CPython's object_isinstance (type.__instancecheck__ and isinstance without
 * a checker): type(v) is a subclass of cls, else the class v claims through
 * `__class__` is; a cls that is not a type needs a `__bases__` tuple.
 */
export function objectIsInstance(v: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType) {
    if (typeOf(v).isSubtypeOf(cls)) return true;
    const c = claimedClass(v);
    return c instanceof PyType && c.isSubtypeOf(cls);
  }
  checkClass(cls, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
  const c = getAttrOrUndefined(v, '__class__');
  return c !== undefined && abstractIsSubclass(c, cls);
}

/** cls.__bases__ when it is a tuple (CPython's abstract_get_bases), else undefined. */
function abstractBases(cls: PyValue): readonly PyValue[] | undefined {
  const bases = getAttrOrUndefined(cls, '__bases__');
  return bases === undefined ? undefined : containers.tupleItems(bases);
}

function checkClass(cls: PyValue, message: string): void {
  if (abstractBases(cls) === undefined) raiseError('TypeError', message);
}

/** Whether cls is derived or one of its `__bases__`, transitively (for class-like objects that are not types). */
function abstractIsSubclass(derived: PyValue, cls: PyValue): boolean {
  for (;;) {
    if (derived === cls) return true;
    const bases = abstractBases(derived);
    if (bases === undefined || bases.length === 0) return false;
    if (bases.length === 1) {
      derived = bases[0];
      continue;
    }
    for (const b of bases) if (abstractIsSubclass(b, cls)) return true;
    return false;
  }
}

/** CPython's recursive_issubclass (type.__subclasscheck__ and issubclass without a checker). */
export function objectIsSubclass(c: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType && c instanceof PyType) return c.isSubtypeOf(cls);
  checkClass(c, 'issubclass() arg 1 must be a class');
  checkClass(cls, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
  return abstractIsSubclass(c, cls);
}

/** issubclass(c, cls) with `__subclasscheck__` and tuples of classes. */
export function isSubclass(c: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType && cls.type === typeType) {
    if (c === cls) return true;
    return objectIsSubclass(c, cls);
  }
  const items = cls instanceof PyType ? undefined : cls instanceof PyUnion ? cls.args : containers.tupleItems(cls);
  if (items !== undefined) {
    for (const x of items) if (isSubclass(c, x)) return true;
    return false;
  }
  const check = typeOf(cls).lookup('__subclasscheck__');
  if (check !== null && check !== typeSubclassCheck) return isTrue(call2(check, cls, c));
  return objectIsSubclass(c, cls);
}

// ---------------------------------------------------------------- context managers

/** BEFORE_WITH: looks up `__enter__`/`__exit__` on the type; returns [bound exit, result of enter]. */
export function contextEnter(mgr: PyValue): [PyValue, PyValue] {
  const t = typeOf(mgr);
  const enter = t.lookup('__enter__');
  if (enter === null) raiseError('TypeError', `'${t.name}' object does not support the context manager protocol`);
  const exit = t.lookup('__exit__');
  if (exit === null) raiseError('TypeError', `'${t.name}' object does not support the context manager protocol (missed __exit__ method)`);
  const boundExit = bindDescriptor(exit, mgr, t);
  return [boundExit, call1(enter, mgr)];
}

/** BEFORE_ASYNC_WITH's lookup: [bound __aexit__, result of __aenter__()]. */
export function asyncContextEnter(mgr: PyValue): [PyValue, PyValue] {
  const t = typeOf(mgr);
  const enter = t.lookup('__aenter__');
  if (enter === null) raiseError('TypeError', `'${t.name}' object does not support the asynchronous context manager protocol`);
  const exit = t.lookup('__aexit__');
  if (exit === null) raiseError('TypeError', `'${t.name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`);
  return [bindDescriptor(exit, mgr, t), call1(enter, mgr)];
}

// ---------------------------------------------------------------- object and type basics

/** Instantiation (classes.ts installs type.__call__'s implementation here). */
let typeCall: (cls: PyType, args: PyValue[], kwnames: readonly string[] | null) => PyValue = () => {
  throw new Error('internal: classes.ts has not installed typeCall');
};

export function setTypeCall(fn: typeof typeCall): void {
  typeCall = fn;
}

/** Identity markers: the built-in `object.__getattribute__` etc., so overrides are detected by one comparison. */
export let objectGetAttribute: PyValue = None;
export let typeGetAttribute: PyValue = None;
export let objectSetAttr: PyValue = None;
export let typeSetAttrFn: PyValue = None;
export let objectDelAttr: PyValue = None;
export let typeDelAttrFn: PyValue = None;
export let objectHashFn: PyValue = None;
export let typeSubclassCheck: PyValue = None;
let objectEq: PyValue = None;
let objectNe: PyValue = None;

/** Records the built-in methods installed by objectMethods.ts that the fast paths compare against. */
export function setCoreMethods(m: {
  objectGetAttribute: PyValue; typeGetAttribute: PyValue; objectSetAttr: PyValue; typeSetAttr: PyValue;
  objectDelAttr: PyValue; typeDelAttr: PyValue; objectHash: PyValue; typeSubclassCheck: PyValue;
  objectEq: PyValue; objectNe: PyValue;
}): void {
  objectGetAttribute = m.objectGetAttribute;
  typeGetAttribute = m.typeGetAttribute;
  objectSetAttr = m.objectSetAttr;
  typeSetAttrFn = m.typeSetAttr;
  objectDelAttr = m.objectDelAttr;
  typeDelAttrFn = m.typeDelAttr;
  objectHashFn = m.objectHash;
  typeSubclassCheck = m.typeSubclassCheck;
  objectEq = m.objectEq;
  objectNe = m.objectNe;
}

/** Whether t's instances compare by identity alone: `__eq__` and `__ne__` are object's own. */
function hasIdentityEq(t: PyType): boolean {
  let v = t.identityEq;
  if (v === undefined) v = t.identityEq = t.lookup('__eq__') === objectEq && t.lookup('__ne__') === objectNe;
  return v;
}

export { floatType, boolType, strType, intType, type StrDict };
