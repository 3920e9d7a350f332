// The kernel of the object model: the value representation, PyObject, PyType,
// the bootstrap type objects (object, type, int, bool, float, str, NoneType,
// ...), the singletons and how a built-in exception is raised by name.
// Invariant: this module imports nothing at run time from the rest of the
// runtime, so every other runtime module can import it without cycles.
// How a Python exception travels through JS: see the note on PyBaseException.
import type { PyFloat } from './float.js';

/**
 * A Python value: int = JS number (safe integer, never -0) or bigint;
 * bool = JS boolean; str = JS string; float = PyFloat; everything else
 * (None included) is a PyObject.
 */
export type PyValue = number | bigint | boolean | string | PyFloat | PyObject;

/**
 * The instance `__dict__` (and module globals): dict.ts's PyDict implements
 * this; the object model only ever uses these string-keyed operations on it.
 */
export interface StrDict extends PyObject {
  getStr(key: string): PyValue | undefined;
  setStr(key: string, value: PyValue): void;
  /** Returns false when the key was absent. */
  delStr(key: string): boolean;
  /** The keys that are strings, in insertion order (for dir()). */
  strKeys(): string[];
}

/**
 * The key layout of split instance dicts (PEP 412 key sharing, V8's hidden
 * classes): the attribute names in insertion order, shared by every split
 * dict that received the same names in the same order. Shapes only grow: a
 * dict whose keys stop fitting one (deletion, non-str key, too many keys)
 * leaves split mode for good. Each type roots its own tree (`instanceShape`).
 */
export class Shape {
  /** name -> position of its value in the dict's value array. */
  readonly index: Map<string, number>;
  /** The next shape for each added name; null until the first addition. */
  private next: Map<string, Shape> | null = null;
  /** On a root: the most keys any shape of its tree holds, to size new value arrays. */
  hint = 0;

  constructor(readonly keys: readonly string[], readonly root: Shape | null) {
    this.index = new Map();
    for (let i = 0; i < keys.length; i++) this.index.set(keys[i]!, i);
  }

  /** The shape with `name` appended, or null when the tree refuses to grow (then the dict combines). */
  add(name: string): Shape | null {
    const known = this.next?.get(name);
    if (known !== undefined) return known;
    const next = (this.next ??= new Map());
    if (this.keys.length >= SHAPE_MAX_KEYS || next.size >= SHAPE_MAX_FANOUT || shapeCount >= SHAPE_BUDGET) return null;
    shapeCount++;
    const root = this.root ?? this;
    const shape = new Shape([...this.keys, name], root);
    next.set(name, shape);
    if (shape.keys.length > root.hint) root.hint = shape.keys.length;
    return shape;
  }
}

/** CPython's SHARED_KEYS_MAX_SIZE: instances with more attributes use a plain dict. */
const SHAPE_MAX_KEYS = 30;
/** Beyond this many different next names one shape has no more transitions (objects used as bags of names). */
const SHAPE_MAX_FANOUT = 64;
/** All shapes of a process: programs creating names without end fall back to plain dicts. */
const SHAPE_BUDGET = 100_000;
let shapeCount = 0;

/** Factories the kernel needs from container modules, installed by them when they load. */
export interface ContainerHooks {
  newDict(): StrDict;
  /** An empty `__dict__` for an instance of `type`, split on the type's shape tree. */
  newInstanceDict(type: PyType): StrDict;
  newTuple(items: PyValue[]): PyObject;
  /** The items of a tuple (or tuple subclass instance), or undefined when v is not a tuple. */
  tupleItems(v: PyValue): readonly PyValue[] | undefined;
  newList(items: PyValue[]): PyObject;
}

export const containers: ContainerHooks = {
  newDict: () => { throw new Error('internal: dict.ts has not installed containers.newDict'); },
  newInstanceDict: () => { throw new Error('internal: dict.ts has not installed containers.newInstanceDict'); },
  newTuple: () => { throw new Error('internal: tuple.ts has not installed containers.newTuple'); },
  tupleItems: () => { throw new Error('internal: tuple.ts has not installed containers.tupleItems'); },
  newList: () => { throw new Error('internal: list.ts has not installed containers.newList'); },
};

// Fields are assigned in constructors rather than declared with initializers:
// class-field [[Define]] semantics made every PyObject construction a slow
// megamorphic define across the many subclasses (measured: 400 ns per object).
export class PyObject {
  /** The object's class (`__class__`); assignable for `__class__` assignment. */
  declare type: PyType;
  /** The instance `__dict__`, created on first attribute store; null for objects without one. */
  declare dict: StrDict | null;
  /** `__slots__` storage, indexed by the member descriptors of the class. */
  declare slots: (PyValue | undefined)[] | null;

  constructor(type: PyType) {
    this.type = type;
    this.dict = null;
    // The bootstrap creates `type` itself before any type exists, hence the null check.
    this.slots = type !== null && type.slotCount !== 0 ? new Array(type.slotCount).fill(undefined) : null;
  }
}

/** The `flags` of a type object. */
export const TypeFlags = {
  /** Can be used as a base class (`type 'bool' is not an acceptable base type` otherwise). */
  BASETYPE: 1,
  /** Defined by pvm in TypeScript rather than by a class statement. */
  BUILTIN: 2,
  /** Instances carry a `__dict__`. */
  HAS_DICT: 4,
  /** Attributes cannot be set on the type (built-in types). */
  IMMUTABLE: 8,
  /** The type or a base is an exception class. */
  EXCEPTION: 16,
  /** `__abstractmethods__` is non-empty: instantiation raises. */
  HAS_ABSTRACT: 32,
} as const;

let nextTypeVersion = 1;

/**
 * A type object. `attrs` is the type's own namespace (exposed read-only as
 * a mappingproxy by `__dict__`); `lookup` walks the MRO with a per-type
 * cache that `invalidate` clears for the type and all its subclasses.
 */
export class PyType extends PyObject {
  name: string;
  qualname: string;
  module: string;
  bases: PyType[];
  mro: PyType[];
  readonly attrs = new Map<string, PyValue>();
  flags: number;
  /** Number of `__slots__` entries, own and inherited. */
  slotCount = 0;
  /** Direct subclasses, for `__subclasses__()` and cache invalidation. */
  readonly subclasses: PyType[] = [];
  /** The nearest built-in type in the MRO whose instance layout this type uses. */
  solidBase: PyType;
  /**
   * Changes (to a number no type has had) whenever a lookup through this
   * type could give a different answer: backends may cache lookups keyed by
   * (type, version), as CPython's type version tags.
   */
  version = nextTypeVersion++;
  /** `lookup('__getattribute__')` / `('__setattr__')`, remembered until the next invalidation. */
  getattributeSlot: PyValue | null | undefined = undefined;
  setattrSlot: PyValue | null | undefined = undefined;
  /** Whether `__eq__` and `__ne__` are object's own (== is identity), remembered until the next invalidation. */
  identityEq: boolean | undefined = undefined;
  /** The root of the shape tree of this type's split instance dicts (created with the first one). */
  instanceShape: Shape | null = null;
  /**
   * Set on a built-in type itself (never inherited): builds an instance of
   * exactly this type from a call's arguments as its __new__ and __init__
   * would, or returns undefined to leave the call to the generic protocol.
   */
  exactCall: ((args: PyValue[], kwnames: readonly string[] | null) => PyValue | undefined) | null = null;
  private readonly cache = new Map<string, PyValue | null>();

  constructor(metatype: PyType | null, name: string, bases: PyType[], flags: number, module = 'builtins') {
    // `type` is its own metatype: the bootstrap passes null and patches it.
    super(metatype ?? (null as unknown as PyType));
    this.name = name;
    this.qualname = name;
    this.module = module;
    this.bases = bases;
    this.flags = flags;
    this.mro = [this];
    this.solidBase = this;
    for (const b of bases) {
      b.subclasses.push(this);
      this.slotCount = Math.max(this.slotCount, b.slotCount);
    }
  }

  /** The attribute `name` found along the MRO, or null. */
  lookup(name: string): PyValue | null {
    const cached = this.cache.get(name);
    if (cached !== undefined) return cached;
    let found: PyValue | null = null;
    for (const t of this.mro) {
      const v = t.attrs.get(name);
      if (v !== undefined) {
        found = v;
        break;
      }
    }
    this.cache.set(name, found);
    return found;
  }

  /** Sets an attribute of the type's own namespace, keeping lookup caches right. */
  setAttr(name: string, value: PyValue): void {
    this.attrs.set(name, value);
    this.invalidate();
  }

  deleteAttr(name: string): boolean {
    const had = this.attrs.delete(name);
    if (had) this.invalidate();
    return had;
  }

  invalidate(): void {
    this.cache.clear();
    this.version = nextTypeVersion++;
    this.getattributeSlot = undefined;
    this.setattrSlot = undefined;
    this.identityEq = undefined;
    for (const sub of this.subclasses) sub.invalidate();
  }

  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 1; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }
}

/** Creates a built-in type with a single base (type.ts's defineBuiltinType adds the options). */
export function makeBuiltinType(name: string, base: PyType | null, flags: number): PyType {
  const t = new PyType(typeType, name, base ? [base] : [], flags | TypeFlags.BUILTIN | TypeFlags.IMMUTABLE);
  t.mro = base ? [t, ...base.mro] : [t];
  t.solidBase = t;
  builtinTypes.set(name, t);
  return t;
}

/** Every built-in type by name: raiseError and the builtins module find them here. */
export const builtinTypes = new Map<string, PyType>();

export const typeType: PyType = new PyType(null, 'type', [], TypeFlags.BASETYPE | TypeFlags.BUILTIN | TypeFlags.IMMUTABLE);
export const objectType: PyType = new PyType(typeType, 'object', [], TypeFlags.BASETYPE | TypeFlags.BUILTIN | TypeFlags.IMMUTABLE);
typeType.type = typeType;
typeType.bases = [objectType];
objectType.subclasses.push(typeType);
typeType.mro = [typeType, objectType];
builtinTypes.set('type', typeType);
builtinTypes.set('object', objectType);

export const intType = makeBuiltinType('int', objectType, TypeFlags.BASETYPE);
export const boolType = makeBuiltinType('bool', intType, 0);
export const floatType = makeBuiltinType('float', objectType, TypeFlags.BASETYPE);
export const strType = makeBuiltinType('str', objectType, TypeFlags.BASETYPE);
export const noneType = makeBuiltinType('NoneType', objectType, 0);
export const notImplementedType = makeBuiltinType('NotImplementedType', objectType, 0);
export const ellipsisType = makeBuiltinType('ellipsis', objectType, 0);

export const None: PyObject = new PyObject(noneType);
export const NotImplemented: PyObject = new PyObject(notImplementedType);
export const Ellipsis: PyObject = new PyObject(ellipsisType);

/** The class of any value; the primitives are answered without a lookup. */
export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return intType;
    case 'string':
      return strType;
    case 'boolean':
      return boolType;
    default:
      // The only non-PyObject object in PyValue is PyFloat.
      return v instanceof PyObject ? v.type : floatType;
  }
}

/** A type's name as error messages show it (`'int' object ...`). */
export function typeName(v: PyValue): string {
  return typeOf(v).name;
}

/**
 * A Python exception as a JS value. Python exceptions travel through JS by
 * throwing this object itself (`throw exc`), never wrapped in a JS Error, so
 * no JS stack is captured. Backends `catch (e)` and test
 * `e instanceof PyBaseException`; anything else caught is an internal error,
 * except JS `RangeError` "Maximum call stack size exceeded", which backends
 * turn into RecursionError. The Python-visible attributes live in exceptions.ts.
 */
export class PyBaseException extends PyObject {
  args: PyValue[];
  cause: PyValue = None;
  context: PyValue = None;
  suppressContext = false;
  /** The traceback object the backend attaches while unwinding (None until raised). */
  traceback: PyValue = None;

  constructor(type: PyType, args: PyValue[]) {
    super(type);
    this.args = args;
  }
}

/**
 * Builds exceptions of a given type; exceptions.ts installs the real one
 * (which picks the JS subclass that carries StopIteration.value etc.).
 */
export const exceptionFactory = {
  create(type: PyType, args: PyValue[]): PyBaseException {
    return new PyBaseException(type, args);
  },
  /** BaseException's `__new__` and `__init__`: type.__call__ compares a class's against them. */
  baseNew: null as PyValue | null,
  baseInit: null as PyValue | null,
  /** `cls(*args)` for a class using both of them: what `__new__` builds, which `__init__` would not change. */
  construct(type: PyType, args: PyValue[]): PyBaseException {
    return new PyBaseException(type, args);
  },
};

/** Raises the built-in exception `typeName` with one message argument. */
export function raiseError(typeName: string, message: string): never {
  const type = builtinTypes.get(typeName);
  if (type === undefined) throw new Error(`internal: raiseError of unknown exception type ${typeName}`);
  throw exceptionFactory.create(type, [message]);
}

/** Raises an exception of `type` built from `args` (no message: `raise KeyError(k)` style). */
export function raiseWith(type: PyType, args: PyValue[]): never {
  throw exceptionFactory.create(type, args);
}

export const MAX_SAFE = Number.MAX_SAFE_INTEGER;
