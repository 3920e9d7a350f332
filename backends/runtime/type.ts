// Type objects beyond the kernel: the short declarative API the runtime's
// modules use to define built-in types and their methods, getters and class
// attributes; C3 linearization with CPython's error; `__slots__` member
// descriptors; the native-descriptor protocol attribute lookup relies on.
// Invariant: this module runs no Python code (class creation, which calls
// `__init_subclass__` and `__set_name__`, lives in classes.ts).
import {
  PyObject, PyType, TypeFlags, typeType, objectType, makeBuiltinType, raiseError, typeOf, None,
  type PyValue,
} from './object.js';
import {
  PyBuiltinFunction, methodDescriptorType, builtinFunctionType, wrapNative,
  type NativeFn, type NativeSignature, type RawFn,
} from './function.js';

/**
 * A descriptor implemented in TypeScript (property, classmethod, slots
 * members, getters of built-in types). Attribute lookup calls these methods
 * directly when the descriptor's type is the built-in one (not a Python
 * subclass that may override `__get__`).
 */
export abstract class NativeDescriptor extends PyObject {
  /** True for data descriptors (they take precedence over the instance dict). */
  abstract readonly isData: boolean;
  /** `__get__(obj, owner)`; obj is undefined for access through the class. */
  abstract get(obj: PyValue | undefined, owner: PyType): PyValue;
  set(obj: PyValue, _value: PyValue): void {
    raiseError('AttributeError', `'${typeOf(obj).name}' object attribute is read-only`);
  }
  delete(obj: PyValue): void {
    raiseError('AttributeError', `'${typeOf(obj).name}' object attribute is read-only`);
  }
}

export const getsetDescriptorType = makeBuiltinType('getset_descriptor', objectType, 0);
export const memberDescriptorType = makeBuiltinType('member_descriptor', objectType, 0);
export const classMethodDescriptorType = makeBuiltinType('classmethod_descriptor', objectType, 0);
export const staticMethodDescriptorType = makeBuiltinType('builtin_staticmethod', objectType, 0);

/** A computed attribute of a built-in type (`int.real`, `function.__name__`). */
export class GetSetDescriptor extends NativeDescriptor {
  readonly isData = true;
  constructor(
    readonly owner: PyType,
    readonly name: string,
    readonly getter: (self: PyValue) => PyValue,
    readonly setter: ((self: PyValue, value: PyValue) => void) | null,
    readonly deleter: ((self: PyValue) => void) | null = null,
  ) {
    super(getsetDescriptorType);
  }
  /** Its __doc__ (typeDocs.ts attaches CPython's). */
  doc: string | null = null;
  get(obj: PyValue | undefined): PyValue {
    return obj === undefined ? this : this.getter(obj);
  }
  override set(obj: PyValue, value: PyValue): void {
    if (this.setter === null) {
      raiseError('AttributeError', `attribute '${this.name}' of '${this.owner.name}' objects is not writable`);
    }
    this.setter(obj, value);
  }
  override delete(obj: PyValue): void {
    if (this.deleter !== null) return this.deleter(obj);
    if (this.setter === null) {
      raiseError('AttributeError', `attribute '${this.name}' of '${this.owner.name}' objects is not writable`);
    }
    raiseError('TypeError', `cannot delete attribute '${this.name}'`);
  }
}

/** A `__slots__` entry: reads and writes one index of `PyObject.slots`. */
export class MemberDescriptor extends NativeDescriptor {
  readonly isData = true;
  constructor(readonly owner: PyType, readonly name: string, readonly index: number) {
    super(memberDescriptorType);
  }
  /** Its __doc__ (None for a __slots__ entry, as CPython's). */
  doc: string | null = null;
  get(obj: PyValue | undefined): PyValue {
    if (obj === undefined) return this;
    const v = (obj as PyObject).slots?.[this.index];
    if (v === undefined) raiseError('AttributeError', `'${typeOf(obj).name}' object has no attribute '${this.name}'`);
    return v;
  }
  override set(obj: PyValue, value: PyValue): void {
    (obj as PyObject).slots![this.index] = value;
  }
  override delete(obj: PyValue): void {
    const slots = (obj as PyObject).slots!;
    // CPython 3.11 names only the slot when it is already empty.
    if (slots[this.index] === undefined) raiseError('AttributeError', this.name);
    slots[this.index] = undefined;
  }
}

/** A built-in class method (`dict.fromkeys`, `int.from_bytes`): binds the class. */
export class ClassMethodDescriptor extends NativeDescriptor {
  readonly isData = false;
  constructor(readonly owner: PyType, readonly func: PyBuiltinFunction) {
    super(classMethodDescriptorType);
  }
  get(obj: PyValue | undefined, owner: PyType): PyValue {
    return this.func.bind(obj === undefined ? owner : typeOf(obj));
  }
}

/** A built-in static method (`str.maketrans`): returned unbound. */
export class StaticMethodDescriptor extends NativeDescriptor {
  readonly isData = false;
  constructor(readonly func: PyBuiltinFunction) {
    super(staticMethodDescriptorType);
  }
  get(): PyValue {
    return this.func;
  }
}

export interface BuiltinTypeSpec {
  name: string;
  /** Defaults to object. */
  base?: PyType;
  /** Defaults to 'builtins'. */
  module?: string;
  doc?: string;
  /** Whether Python classes may derive from it (default true). */
  subclassable?: boolean;
  /** Whether instances of the type itself carry a `__dict__` (default false). */
  hasDict?: boolean;
  /** The metatype (default `type`). */
  metatype?: PyType;
  /** Instances are laid out as the base's (exception classes without extra fields): multiple inheritance with siblings works. */
  sameLayoutAsBase?: boolean;
}

/**
 * Declares a built-in type. Give it a `__new__` with `staticNew` (the
 * instance factory, which receives the class to instantiate so subclasses
 * work) and methods with `method`.
 */
export function defineBuiltinType(spec: BuiltinTypeSpec): PyType {
  const base = spec.base ?? objectType;
  let flags = TypeFlags.BUILTIN | TypeFlags.IMMUTABLE;
  if (spec.subclassable !== false) flags |= TypeFlags.BASETYPE;
  if (spec.hasDict) flags |= TypeFlags.HAS_DICT;
  if (base.flags & TypeFlags.EXCEPTION) flags |= TypeFlags.EXCEPTION;
  const t = makeBuiltinType(spec.name, base, flags);
  if (spec.metatype !== undefined) t.type = spec.metatype;
  if (spec.sameLayoutAsBase) t.solidBase = base.solidBase;
  if (spec.module !== undefined) t.module = spec.module;
  t.attrs.set('__doc__', spec.doc ?? None);
  return t;
}

/**
 * Adds a method written in TypeScript: `impl(self, a, b)`. Arity defaults to
 * the impl's parameter count minus self; optional arguments arrive as
 * undefined. `sig.names` allows passing arguments by keyword.
 */
export function method(type: PyType, name: string, impl: NativeFn, sig?: NativeSignature, doc: string | null = null): PyBuiltinFunction {
  const qualname = `${type.name}.${name}`;
  const f = new PyBuiltinFunction(methodDescriptorType, name, qualname, wrapNative(qualname, impl, true, sig), undefined, type, doc);
  type.setAttr(name, f);
  return f;
}

/** Adds a method that takes vectorcall arguments itself (self is args[0]). */
export function methodRaw(type: PyType, name: string, raw: RawFn, doc: string | null = null): PyBuiltinFunction {
  const f = new PyBuiltinFunction(methodDescriptorType, name, `${type.name}.${name}`, raw, undefined, type, doc);
  type.setAttr(name, f);
  return f;
}

/** Adds a class method: `impl(cls, a, b)`. */
export function classMethod(type: PyType, name: string, impl: NativeFn, sig?: NativeSignature): void {
  const qualname = `${type.name}.${name}`;
  const f = new PyBuiltinFunction(builtinFunctionType, name, qualname, wrapNative(qualname, impl, true, sig), undefined, type, null);
  type.setAttr(name, new ClassMethodDescriptor(type, f));
}

/** Adds a static method: `impl(a, b)`. */
export function staticMethod(type: PyType, name: string, impl: NativeFn, sig?: NativeSignature): void {
  const qualname = `${type.name}.${name}`;
  const f = new PyBuiltinFunction(builtinFunctionType, name, qualname, wrapNative(qualname, impl, false, sig), undefined, type, null);
  type.setAttr(name, new StaticMethodDescriptor(f));
}

/**
 * Sets a built-in type's `__new__`: `factory(cls, args, kwnames)` creates
 * the instance (of `cls`, which may be a Python subclass). `__init__`, if
 * any, is called afterwards by type.__call__ with the same arguments.
 */
export function staticNew(type: PyType, factory: (cls: PyType, args: PyValue[], kwnames: readonly string[] | null) => PyValue): void {
  const raw: RawFn = (args, kwnames) => {
    if (args.length === 0) raiseError('TypeError', `${type.name}.__new__(): not enough arguments`);
    const cls = args[0];
    if (!(cls instanceof PyType)) raiseError('TypeError', `${type.name}.__new__(X): X is not a type object (${typeOf(cls).name})`);
    if (!cls.isSubtypeOf(type)) raiseError('TypeError', `${type.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${type.name}`);
    return factory(cls, args.slice(1), kwnames);
  };
  const f = new PyBuiltinFunction(builtinFunctionType, '__new__', `${type.name}.__new__`, raw, undefined, type, null);
  type.setAttr('__new__', new StaticMethodDescriptor(f));
}

/** Adds a read-only (or, with `set`, writable) computed attribute. */
getter(getsetDescriptorType, '__doc__', (self) => (self as GetSetDescriptor).doc ?? None);
getter(memberDescriptorType, '__doc__', (self) => (self as MemberDescriptor).doc ?? None);
getter(classMethodDescriptorType, '__doc__', (self) => (self as ClassMethodDescriptor).func.doc ?? None);

export function getter(
  type: PyType,
  name: string,
  get: (self: PyValue) => PyValue,
  set: ((self: PyValue, value: PyValue) => void) | null = null,
): void {
  type.setAttr(name, new GetSetDescriptor(type, name, get, set));
}

/** Sets a plain class attribute (a constant such as `float.__hash__ = ...` or `int.max`). */
export function classAttr(type: PyType, name: string, value: PyValue): void {
  type.setAttr(name, value);
}

/**
 * C3 linearization of `bases` for a new class `t`, raising CPython's
 * `Cannot create a consistent method resolution\norder (MRO) for bases A, B`.
 */
export function computeMro(t: PyType, bases: PyType[]): PyType[] {
  const seqs: PyType[][] = bases.map((b) => b.mro.slice());
  seqs.push(bases.slice());
  const result: PyType[] = [t];
  for (;;) {
    let nonEmpty = 0;
    for (const s of seqs) if (s.length) nonEmpty++;
    if (nonEmpty === 0) return result;
    let candidate: PyType | null = null;
    for (const s of seqs) {
      if (!s.length) continue;
      const head = s[0];
      const inTail = seqs.some((other) => other.indexOf(head) > 0);
      if (!inTail) {
        candidate = head;
        break;
      }
    }
    if (candidate === null) {
      const heads: string[] = [];
      for (const s of seqs) {
        if (s.length && !heads.includes(s[0].name)) heads.push(s[0].name);
      }
      raiseError('TypeError', `Cannot create a consistent method resolution\norder (MRO) for bases ${heads.join(', ')}`);
    }
    result.push(candidate);
    for (const s of seqs) if (s[0] === candidate) s.shift();
  }
}

/**
 * The built-in type whose instance layout a class with these bases uses,
 * raising `multiple bases have instance lay-out conflict` as CPython.
 */
export function solidBaseOf(bases: PyType[]): PyType {
  let winner: PyType = objectType;
  for (const b of bases) {
    const s = b.solidBase;
    if (winner.isSubtypeOf(s)) continue;
    if (s.isSubtypeOf(winner)) winner = s;
    else raiseError('TypeError', 'multiple bases have instance lay-out conflict');
  }
  return winner;
}

/** Whether `v` is an instance of `t` (no `__instancecheck__`): the fast structural test. */
export function isInstanceExact(v: PyValue, t: PyType): boolean {
  return typeOf(v).isSubtypeOf(t);
}

export { typeType, objectType };
