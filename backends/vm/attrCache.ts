// Inline caches for LOAD_ATTR, LOAD_METHOD and STORE_ATTR: per instruction, the
// type version an access last saw, what the type lookup found then, and for
// instance attributes the split-dict shape and value index (CPython 3.11's
// LOAD_ATTR_INSTANCE_VALUE): a hit skips the MRO lookup, the
// __getattribute__/__setattr__ checks and the dict lookup; anything unusual
// falls back to the runtime's full protocol (abstract.ts).
// Invariants: PyType.version is globally unique and changes whenever the type
// or a base changes (invalidate), so one number identifies type and state; a
// Shape's keys never change, so a shape seen once answers for every dict in it.
import * as rt from '../runtime/abstract.js';
import { PyObject, PyType, Shape, TypeFlags, typeOf, typeType, type PyValue } from '../runtime/object.js';
import { PyFunction, PyMethod, PyBuiltinFunction } from '../runtime/function.js';
import { NativeDescriptor, MemberDescriptor, memberDescriptorType } from '../runtime/type.js';
import { newInstanceDict, PyDict } from '../runtime/dict.js';
import { moduleType } from '../runtime/importer.js';
import { PyClassMethod, PySuper, superType, superGetAttr } from '../runtime/descriptors.js';

const enum Kind {
  /** No class attribute: the instance dict or nothing. */
  InstanceDict = 1,
  /** A Python function on the class: a bound method unless the instance dict shadows it. */
  Method = 2,
  /** A built-in data descriptor (property, getters): it decides. */
  DataDescriptor = 3,
  /** A `__slots__` member: one index of `PyObject.slots`. */
  Slot = 4,
  /** A class attribute that can never be a descriptor (its type is an immutable built-in without __get__): itself unless the instance dict shadows it. */
  ClassValue = 5,
  /** A class attribute whose class has no __get__ while that class keeps the version in `aux`: itself unless the instance dict shadows it. */
  ClassObject = 6,
  /** A built-in non-data descriptor on the class (classmethod, staticmethod): its get() unless the instance dict shadows it. */
  NativeNonData = 7,
  /** On a class object: a value `cls.name` gives as is (function, plain value). */
  TypeValue = 8,
  /** On a class object: a built-in descriptor whose get(None, cls) gives the value (classmethod binds cls). */
  TypeNative = 9,
  /** On a class object: an object whose class has no __get__ while that class keeps the version in `aux`. */
  TypeObject = 10,
  /** LOAD_METHOD: a Python function or built-in method on the type, called with the object as self unless the instance dict shadows it. */
  PlainMethod = 11,
}

/** Entries per instruction: polymorphic sites (a method of a base class seeing several subclasses) stay cached. */
const WAYS = 8;
/** After this many misses a site stops filling and always takes the runtime's path. */
const MAX_MISSES = 64;
/** The shape of no dict: an entry that has not learned a shape yet. */
const NO_SHAPE = new Shape([], null);

/**
 * The caches of one code object: WAYS entries per instruction. `shapes`
 * means, by kind: InstanceDict, the shape holding the name at `index`
 * (STORE_ATTR: the shape before the store, `nextShapes` the one after);
 * Method, ClassValue, ClassObject and NativeNonData, a shape known not to
 * hold the name. Entries for class objects (metatype `type`) are keyed by
 * the negated version of the class itself, so they never meet the entries
 * of its instances (keyed by the class's version).
 */
export class AttrCaches {
  readonly versions: Float64Array;
  readonly kinds: Uint8Array;
  readonly found: (PyValue | null)[];
  readonly misses: Uint8Array;
  readonly shapes: Shape[];
  readonly nextShapes: Shape[];
  readonly index: Int32Array;
  /** ClassObject/TypeObject: the version of the found object's class when it had no __get__. */
  readonly aux: Float64Array;

  constructor(size: number) {
    this.versions = new Float64Array(size * WAYS).fill(-1);
    this.kinds = new Uint8Array(size * WAYS);
    this.found = new Array(size * WAYS).fill(null);
    this.misses = new Uint8Array(size);
    this.shapes = new Array(size * WAYS).fill(NO_SHAPE);
    this.nextShapes = new Array(size * WAYS).fill(NO_SHAPE);
    this.index = new Int32Array(size * WAYS);
    this.aux = new Float64Array(size * WAYS);
  }

  /** The entry of instruction `pc` for a type version, or -1. */
  probe(pc: number, version: number): number {
    const base = pc * WAYS;
    const versions = this.versions;
    if (versions[base] === version) return base;
    for (let i = base + 1; i < base + WAYS; i++) if (versions[i] === version) return i;
    return -1;
  }

  /** The entry to overwrite for a new version at `pc` (its shapes forgotten), or -1 when the site gave up caching. */
  victim(pc: number): number {
    const misses = this.misses[pc]!;
    if (misses >= MAX_MISSES) return -1;
    this.misses[pc] = misses + 1;
    const entry = pc * WAYS + (misses % WAYS);
    this.shapes[entry] = NO_SHAPE;
    this.nextShapes[entry] = NO_SHAPE;
    return entry;
  }
}

/** obj.name for LOAD_ATTR at instruction `pc`. */
export function loadAttr(caches: AttrCaches, pc: number, obj: PyValue, name: string): PyValue {
  if (obj instanceof PyObject) {
    const t = obj.type;
    if (t === typeType) return loadTypeAttr(caches, pc, obj as PyType, name);
    if (t === superType) return superGetAttr(obj as PySuper, name);
    if (t === moduleType && obj.dict instanceof PyDict) return loadModuleAttr(caches, pc, obj, obj.dict, name);
    const entry = caches.probe(pc, t.version);
    if (entry >= 0) {
      const dict = obj.dict as PyDict | null;
      switch (caches.kinds[entry]) {
        case Kind.InstanceDict: {
          if (dict === null) break;
          if (dict.shape === caches.shapes[entry]) return (dict.vals as PyValue[])[caches.index[entry]!]!;
          const v = instanceValue(caches, entry, dict, name);
          if (v !== undefined) return v;
          break;
        }
        case Kind.Method:
          if (dict === null || dict.shape === caches.shapes[entry] || notShadowed(caches, entry, dict, name)) {
            return new PyMethod(caches.found[entry] as PyFunction, obj);
          }
          break;
        case Kind.Slot: {
          const v = obj.slots?.[caches.index[entry]!];
          if (v !== undefined) return v;
          break;
        }
        case Kind.ClassValue:
          if (dict === null || dict.shape === caches.shapes[entry] || notShadowed(caches, entry, dict, name)) {
            return caches.found[entry] as PyValue;
          }
          break;
        case Kind.ClassObject:
          if ((caches.found[entry] as PyObject).type.version === caches.aux[entry]
            && (dict === null || dict.shape === caches.shapes[entry] || notShadowed(caches, entry, dict, name))) {
            return caches.found[entry] as PyValue;
          }
          break;
        case Kind.NativeNonData:
          if (dict === null || dict.shape === caches.shapes[entry] || notShadowed(caches, entry, dict, name)) {
            return (caches.found[entry] as NativeDescriptor).get(obj, t);
          }
          break;
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

/** LOAD_METHOD's fallback when no plain method was found: obj.name, through the site's caches. */
export function loadMethodFallback(caches: AttrCaches, pc: number, obj: PyValue, name: string): PyValue {
  if (obj instanceof PyType && obj.type === typeType) return loadTypeAttr(caches, pc, obj, name);
  // super().name: the MRO walk itself, without the __getattribute__ dispatch (super is not subclassed here: exact type).
  if (obj instanceof PySuper && obj.type === superType) return superGetAttr(obj, name);
  // Instances: LOAD_ATTR's cache at this site (static and class methods, callables in the instance dict).
  if (obj instanceof PyObject) return loadAttr(caches, pc, obj, name);
  return rt.getAttr(obj, name);
}

/**
 * Entries for `module.name` are keyed by the module dict's stamp moved past
 * every type version: a stamp names one dict in one state, so a hit is the
 * value the dict holds now.
 */
const MODULE_KEY = 2 ** 50;

/** module.name (`math.sqrt`): a value found in the module's dict while `module` has no attribute of that name. */
function loadModuleAttr(caches: AttrCaches, pc: number, module: PyObject, dict: PyDict, name: string): PyValue {
  const key = dict.stamp + MODULE_KEY;
  const entry = caches.probe(pc, key);
  if (entry >= 0) return caches.found[entry]!;
  const v = rt.getAttr(module, name);
  if (moduleType.lookup(name) === null && dict.getStr(name) === v) {
    const victim = caches.victim(pc);
    if (victim >= 0) {
      caches.versions[victim] = key;
      caches.found[victim] = v;
    }
  }
  return v;
}

/** cls.name for a class whose metatype is `type` itself. */
function loadTypeAttr(caches: AttrCaches, pc: number, cls: PyType, name: string): PyValue {
  const entry = caches.probe(pc, -cls.version);
  if (entry >= 0) {
    const found = caches.found[entry] as PyValue;
    switch (caches.kinds[entry]) {
      case Kind.TypeValue:
        return found;
      case Kind.TypeNative:
        return (found as NativeDescriptor).get(undefined, cls);
      case Kind.TypeObject:
        if ((found as PyObject).type.version === caches.aux[entry]) return found;
        break;
      default:
    }
  } else {
    fillType(caches, pc, cls, name);
  }
  return rt.getAttr(cls, name);
}

/** What type.__getattribute__ does for `cls.name` when the class's MRO has it and `type` has no data descriptor of that name. */
function fillType(caches: AttrCaches, pc: number, cls: PyType, name: string): void {
  const entry = caches.victim(pc);
  if (entry < 0) return;
  const metaAttr = typeType.lookup(name);
  if (metaAttr !== null && rt.isDataDescriptor(metaAttr)) return;
  const attr = cls.lookup(name);
  if (attr === null) return;
  let kind = 0;
  if (attr instanceof PyFunction || isPlainValue(attr)) kind = Kind.TypeValue;
  else if (attr instanceof NativeDescriptor) {
    if ((attr.type.flags & TypeFlags.BUILTIN) !== 0) kind = Kind.TypeNative;
  } else if (isDescriptorFree(attr)) {
    kind = Kind.TypeObject;
    caches.aux[entry] = (attr as PyObject).type.version;
  }
  if (kind === 0) return;
  caches.versions[entry] = -cls.version;
  caches.kinds[entry] = kind;
  caches.found[entry] = attr;
}

/** Whether v is an object of a Python class without `__get__` (then attribute access returns it as is while that class stays). */
function isDescriptorFree(v: PyValue): boolean {
  return v instanceof PyObject && !(v instanceof PyBuiltinFunction) && !(v instanceof NativeDescriptor) && !(v instanceof PyType)
    && v.type.lookup('__get__') === null;
}

/** The instance attribute `name` in `dict`, remembering the dict's shape and index when it is split. */
function instanceValue(caches: AttrCaches, entry: number, dict: PyDict, name: string): PyValue | undefined {
  const shape = dict.shape;
  if (shape === null) return dict.getStr(name);
  const i = shape.index.get(name);
  if (i === undefined) return undefined;
  caches.shapes[entry] = shape;
  caches.index[entry] = i;
  return (dict.vals as PyValue[])[i];
}

/** Whether `dict` lacks `name`, remembering a split dict's shape as one that lacks it. */
function notShadowed(caches: AttrCaches, entry: number, dict: PyDict, name: string): boolean {
  const shape = dict.shape;
  if (shape === null) return dict.getStr(name) === undefined;
  if (shape.index.has(name)) return false;
  caches.shapes[entry] = shape;
  return true;
}

/** Whether a class attribute can never act as a descriptor: its type is an immutable built-in without `__get__`. */
function isPlainValue(v: PyValue): boolean {
  if (!(v instanceof PyObject)) return true;
  if (v instanceof NativeDescriptor || v instanceof PyBuiltinFunction || v instanceof PyFunction) return false;
  const vt = v.type;
  return (vt.flags & TypeFlags.BUILTIN) !== 0 && (vt.flags & TypeFlags.IMMUTABLE) !== 0 && vt.lookup('__get__') === null;
}

function fillLoad(caches: AttrCaches, pc: number, t: PyType, name: string): void {
  const entry = caches.victim(pc);
  if (entry < 0) return;
  let ga = t.getattributeSlot;
  if (ga === undefined) ga = t.getattributeSlot = t.lookup('__getattribute__');
  if (ga !== rt.objectGetAttribute || t.lookup('__getattr__') !== null) return;
  const descr = t.lookup(name);
  let kind = 0;
  let index = 0;
  if (descr === null) kind = Kind.InstanceDict;
  else if (descr instanceof PyFunction) kind = Kind.Method;
  else if (descr instanceof MemberDescriptor && descr.type === memberDescriptorType) {
    kind = Kind.Slot;
    index = descr.index;
  } else if (descr instanceof NativeDescriptor && (descr.type.flags & TypeFlags.BUILTIN) !== 0 && descr.isData) kind = Kind.DataDescriptor;
  else if (isPlainValue(descr)) kind = Kind.ClassValue;
  else if (descr instanceof NativeDescriptor) {
    if ((descr.type.flags & TypeFlags.BUILTIN) !== 0 && !descr.isData) kind = Kind.NativeNonData;
  } else if (isDescriptorFree(descr)) {
    kind = Kind.ClassObject;
    caches.aux[entry] = (descr as PyObject).type.version;
  }
  if (kind === 0) return;
  caches.versions[entry] = t.version;
  caches.kinds[entry] = kind;
  caches.found[entry] = descr;
  caches.index[entry] = index;
}

/** LOAD_METHOD's lookup: the plain function to call with obj as self, or null (then getAttr). */
export function loadMethod(caches: AttrCaches, pc: number, obj: PyValue, name: string): PyValue | null {
  // One instanceof, then the type decides: str, int, float and bool values have no instance dict.
  let t: PyType;
  let dict: PyDict | null = null;
  if (obj instanceof PyObject) {
    t = obj.type;
    if (t === typeType) return classMethodOf(caches, pc, obj as PyType);
    // A module's functions live in its dict: loadMethodFallback's loadAttr caches them.
    if (t === moduleType) return null;
    dict = obj.dict as PyDict | null;
  } else {
    t = typeOf(obj);
  }
  const entry = caches.probe(pc, t.version);
  if (entry >= 0) {
    // Other kinds are entries loadMethodFallback's loadAttr made at this site: obj.name is no plain method.
    const kind = caches.kinds[entry];
    if (kind !== Kind.PlainMethod && kind !== Kind.Method) return null;
    if (dict === null || dict.shape === caches.shapes[entry] || notShadowed(caches, entry, dict, name)) return caches.found[entry]!;
    return null;
  }
  const method = rt.lookupMethod(obj, name);
  if (method !== null && (method instanceof PyFunction || method instanceof PyBuiltinFunction)) {
    const entry = caches.victim(pc);
    if (entry >= 0) {
      caches.versions[entry] = t.version;
      caches.kinds[entry] = Kind.PlainMethod;
      caches.found[entry] = method;
    }
  }
  return method;
}

/**
 * LOAD_METHOD on a class: the function of a classmethod found there (called
 * with the class, which is `cls` itself, first: no bound method is made), or
 * null for anything else (loadMethodFallback's cached class access).
 */
function classMethodOf(caches: AttrCaches, pc: number, cls: PyType): PyValue | null {
  const entry = caches.probe(pc, -cls.version);
  if (entry < 0 || caches.kinds[entry] !== Kind.TypeNative) return null;
  const found = caches.found[entry];
  if (!(found instanceof PyClassMethod)) return null;
  const func = found.func;
  return func instanceof PyFunction ? func : null;
}

/** obj.name = value for STORE_ATTR at instruction `pc`. */
export function storeAttr(caches: AttrCaches, pc: number, obj: PyValue, name: string, value: PyValue): void {
  if (obj instanceof PyObject) {
    const t = obj.type;
    const entry = caches.probe(pc, t.version);
    if (entry >= 0) {
      if (caches.kinds[entry] === Kind.Slot) {
        const slots = obj.slots;
        if (slots !== null) {
          slots[caches.index[entry]!] = value;
          return;
        }
      } else {
        let dict = obj.dict as PyDict | null;
        if (dict === null) obj.dict = dict = newInstanceDict(t);
        if (dict.shape === caches.shapes[entry]) {
          dict.storeSplit(caches.nextShapes[entry]!, caches.index[entry]!, value);
          return;
        }
        const before = dict.shape;
        dict.setStr(name, value);
        const after = dict.shape;
        if (before !== null && after !== null) {
          caches.shapes[entry] = before;
          caches.nextShapes[entry] = after;
          caches.index[entry] = after.index.get(name)!;
        }
        return;
      }
    } else {
      fillStore(caches, pc, t, name);
    }
  }
  rt.setAttr(obj, name, value);
}

function fillStore(caches: AttrCaches, pc: number, t: PyType, name: string): void {
  const entry = caches.victim(pc);
  if (entry < 0) return;
  let sa = t.setattrSlot;
  if (sa === undefined) sa = t.setattrSlot = t.lookup('__setattr__');
  if (sa !== rt.objectSetAttr) return;
  const descr = t.lookup(name);
  let kind = 0;
  let index = 0;
  if (descr === null) {
    if ((t.flags & TypeFlags.HAS_DICT) !== 0) kind = Kind.InstanceDict;
  } else if (descr instanceof MemberDescriptor && descr.type === memberDescriptorType) {
    kind = Kind.Slot;
    index = descr.index;
  }
  if (kind === 0) return;
  caches.versions[entry] = t.version;
  caches.kinds[entry] = kind;
  caches.index[entry] = index;
}
