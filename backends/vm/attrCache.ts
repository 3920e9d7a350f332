// Inline caches for LOAD_ATTR, LOAD_METHOD and STORE_ATTR: per instruction, the
// type version an access last saw and what the type lookup found then. A hit
// skips the MRO lookup and the __getattribute__/__setattr__ checks; anything
// unusual falls back to the runtime's full protocol (abstract.ts).
// Invariant: PyType.version is globally unique and changes whenever the type
// or a base changes (invalidate), so one number identifies type and state.
import * as rt from '../runtime/abstract.js';
import { PyObject, PyType, TypeFlags, type PyValue } from '../runtime/object.js';
import { PyFunction, PyMethod, PyBuiltinFunction } from '../runtime/function.js';
import { NativeDescriptor } from '../runtime/type.js';
import { newDict } from '../runtime/dict.js';

const enum Kind {
  /** No class attribute: the instance dict or nothing. */
  InstanceDict = 1,
  /** A Python function on the class: a bound method unless the instance dict shadows it. */
  Method = 2,
  /** A built-in data descriptor (property, __slots__ member): it decides. */
  DataDescriptor = 3,
}

/** Entries per instruction: polymorphic sites (a method of a base class seeing several subclasses) stay cached. */
const WAYS = 4;
/** After this many misses a site stops filling and always takes the runtime's path. */
const MAX_MISSES = 64;

/** The caches of one code object: WAYS entries per instruction. */
export class AttrCaches {
  readonly versions: Float64Array;
  readonly kinds: Uint8Array;
  readonly found: (PyValue | null)[];
  readonly misses: Uint8Array;

  constructor(size: number) {
    this.versions = new Float64Array(size * WAYS).fill(-1);
    this.kinds = new Uint8Array(size * WAYS);
    this.found = new Array(size * WAYS).fill(null);
    this.misses = new Uint8Array(size);
  }

  /** The entry of instruction `pc` for a type version, or -1. */
  probe(pc: number, version: number): number {
    const base = pc * WAYS;
    const versions = this.versions;
    if (versions[base] === version) return base;
    if (versions[base + 1] === version) return base + 1;
    if (versions[base + 2] === version) return base + 2;
    if (versions[base + 3] === version) return base + 3;
    return -1;
  }

  /** The entry to overwrite for a new version at `pc`, or -1 when the site gave up caching. */
  victim(pc: number): number {
    const misses = this.misses[pc]!;
    if (misses >= MAX_MISSES) return -1;
    this.misses[pc] = misses + 1;
    return pc * WAYS + (misses % WAYS);
  }
}

/** obj.name for LOAD_ATTR at instruction `pc`. */
export function loadAttr(caches: AttrCaches, pc: number, obj: PyValue, name: string): PyValue {
  if (obj instanceof PyObject) {
    const t = obj.type;
    const entry = caches.probe(pc, t.version);
    if (entry >= 0) {
      const dict = obj.dict;
      switch (caches.kinds[entry]) {
        case Kind.InstanceDict: {
          const v = dict?.getStr(name);
          if (v !== undefined) return v;
          break;
        }
        case Kind.Method: {
          if (dict === null || dict.getStr(name) === undefined) return new PyMethod(caches.found[entry] as PyFunction, obj);
          break;
        }
        case Kind.DataDescriptor:
          return (caches.found[entry] as NativeDescriptor).get(obj, t);
        default:
      }
    } else {
      fillLoad(caches, pc, t, name);
    }
  }
  return rt.getAttr(obj, name);
}

function fillLoad(caches: AttrCaches, pc: number, t: PyType, name: string): void {
  const entry = caches.victim(pc);
  if (entry < 0) return;
  let ga = t.getattributeSlot;
  if (ga === undefined) ga = t.getattributeSlot = t.lookup('__getattribute__');
  if (ga !== rt.objectGetAttribute || t.lookup('__getattr__') !== null) return;
  const descr = t.lookup(name);
  let kind = 0;
  if (descr === null) kind = Kind.InstanceDict;
  else if (descr instanceof PyFunction) kind = Kind.Method;
  else if (descr instanceof NativeDescriptor && (descr.type.flags & TypeFlags.BUILTIN) !== 0 && descr.isData) kind = Kind.DataDescriptor;
  if (kind === 0) return;
  caches.versions[entry] = t.version;
  caches.kinds[entry] = kind;
  caches.found[entry] = descr;
}

/** LOAD_METHOD's lookup: the plain function to call with obj as self, or null (then getAttr). */
export function loadMethod(caches: AttrCaches, pc: number, obj: PyValue, name: string): PyValue | null {
  const t = obj instanceof PyObject ? obj.type : null;
  if (t !== null) {
    const entry = caches.probe(pc, t.version);
    if (entry >= 0) {
      const dict = (obj as PyObject).dict;
      if (dict === null || dict.getStr(name) === undefined) return caches.found[entry]!;
      return null;
    }
  }
  const method = rt.lookupMethod(obj, name);
  if (t !== null && method !== null && (method instanceof PyFunction || method instanceof PyBuiltinFunction)) {
    const entry = caches.victim(pc);
    if (entry >= 0) {
      caches.versions[entry] = t.version;
      caches.found[entry] = method;
    }
  }
  return method;
}

/** obj.name = value for STORE_ATTR at instruction `pc`. */
export function storeAttr(caches: AttrCaches, pc: number, obj: PyValue, name: string, value: PyValue): void {
  if (obj instanceof PyObject) {
    const t = obj.type;
    if (caches.probe(pc, t.version) >= 0) {
      (obj.dict ??= newDict()).setStr(name, value);
      return;
    }
    let sa = t.setattrSlot;
    if (sa === undefined) sa = t.setattrSlot = t.lookup('__setattr__');
    if (sa === rt.objectSetAttr && (t.flags & TypeFlags.HAS_DICT) !== 0 && t.lookup(name) === null) {
      const entry = caches.victim(pc);
      if (entry >= 0) caches.versions[entry] = t.version;
    }
  }
  rt.setAttr(obj, name, value);
}
