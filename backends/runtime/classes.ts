// Classes at run time: `object` and `type` as Python sees them (their dunder
// methods and attributes), instantiation (type.__call__ with CPython's
// __new__/__init__ rules and errors), class creation (type.__new__,
// __build_class__ with metaclass selection, __prepare__, __mro_entries__,
// __slots__, __set_name__, __init_subclass__, the __class__ cell), and the
// Python-visible attributes of functions, methods, cells and descriptors.
// Invariant: abstract.ts's fast paths compare against the built-ins
// registered here (setCoreMethods), so overriding them in Python is detected.
import {
  PyObject, PyType, PyBaseException, None, NotImplemented, Ellipsis, typeOf, raiseError, containers, TypeFlags,
  objectType, typeType, noneType, notImplementedType, ellipsisType, builtinTypes, exceptionFactory,
  type PyValue, type StrDict,
} from './object.js';
import {
  PyFunction, PyBuiltinFunction, PyMethod, PyCell, functionType, builtinFunctionType, methodDescriptorType,
  methodType, cellType, builtinFunctionRaw,
} from './function.js';
import {
  GetSetDescriptor, MemberDescriptor, ClassMethodDescriptor, StaticMethodDescriptor, NativeDescriptor,
  getsetDescriptorType, memberDescriptorType, classMethodDescriptorType, computeMro, solidBaseOf,
  defineBuiltinType, method, methodRaw, getter, staticNew, classMethod,
} from './type.js';
import {
  call, callUnbound, call2, repr, str, id, isTrue, genericGetAttr, genericSetAttr, genericDelAttr, typeGetAttr,
  typeSetAttr, typeDelAttr, noAttribute, defaultRepr, toArray, getAttrOrUndefined,
  getAttr, bindDescriptor, prepend, setCoreMethods, setTypeCall, getItem, setItem, delItem, isExceptionOf, callMethod, pyEq, pyHash, contains,
  callSpecial, objectIsInstance, objectIsSubclass, len,
} from './abstract.js';
import { PyClassMethod, PyStaticMethod, PySuper, superType, superInit, checkGetArgs, GET_SIG } from './descriptors.js';
import { unionOr } from './union.js';
import { state } from './interpreter.js';
import type { CodeObject } from '../../frontend/bytecode/code.js';
import { nativeWarnings } from './extensionHooks.js';
import { DOC_STRINGS, TYPE_DOCS } from './builtinDocs.js';
import { importModule } from './importer.js';

function hexId(v: PyValue): string {
  return `0x${id(v).toString(16).padStart(12, '0')}`;
}

function attrName(v: PyValue): string {
  if (typeof v !== 'string') raiseError('TypeError', `attribute name must be string, not '${typeOf(v).name}'`);
  return v;
}

// ------------------------------------------------------------ object

const objectNew = new StaticMethodDescriptor(builtinFunctionRaw('__new__', (args, kwnames) => {
  const cls = args[0];
  if (!(cls instanceof PyType)) raiseError('TypeError', `object.__new__(X): X is not a type object (${typeOf(cls).name})`);
  // A built-in layout other than object's needs its own __new__ (CPython's tp_new_wrapper check).
  const staticBase = cls.flags & TypeFlags.BUILTIN ? cls : cls.solidBase;
  if (staticBase.lookup('__new__') !== objectNew) {
    raiseError('TypeError', `object.__new__(${cls.name}) is not safe, use ${staticBase.name}.__new__()`);
  }
  if (args.length > 1 || (kwnames !== null && kwnames.length > 0)) {
    if (cls.lookup('__new__') !== objectNew) raiseError('TypeError', 'object.__new__() takes exactly one argument (the type to instantiate)');
    if (cls.lookup('__init__') === objectInit) raiseError('TypeError', `${cls.name}() takes no arguments`);
  }
  return newInstance(cls);
}));
objectType.setAttr('__new__', objectNew);

const objectInit = methodRaw(objectType, '__init__', (args, kwnames) => {
  if (args.length > 1 || (kwnames !== null && kwnames.length > 0)) {
    const t = typeOf(args[0]);
    if (t.lookup('__init__') !== objectInit) raiseError('TypeError', 'object.__init__() takes exactly one argument (the instance to initialize)');
    // Reached only by an explicit __init__ call: a class call with arguments already failed in object.__new__.
    if (t.lookup('__new__') === objectNew) raiseError('TypeError', `${t.name}.__init__() takes exactly one argument (the instance to initialize)`);
  }
  return None;
});

/** A plain instance of a class whose layout is object's, after the abstract-class check. */
export function newInstance(cls: PyType): PyObject {
  if (cls.flags & TypeFlags.HAS_ABSTRACT) abstractError(cls);
  return new PyObject(cls);
}

function abstractError(cls: PyType): never {
  const abstract = cls.attrs.get('__abstractmethods__');
  const names = abstract === undefined ? [] : toArray(abstract).map((n) => str(n)).sort();
  if (names.length === 0) {
    cls.flags &= ~TypeFlags.HAS_ABSTRACT;
    return raiseError('TypeError', `internal: ${cls.name} marked abstract without abstract methods`);
  }
  raiseError('TypeError', `Can't instantiate abstract class ${cls.name} with abstract method${names.length > 1 ? 's' : ''} ${names.join(', ')}`);
}

method(objectType, '__repr__', (self: PyValue) => defaultRepr(self));
// The type's __repr__ unchecked: str() reports a non-string as __str__'s, as CPython's object_str.
method(objectType, '__str__', (self: PyValue) => callSpecial(self, '__repr__'));
const objectEq = method(objectType, '__eq__', (self: PyValue, other: PyValue) => (self === other ? true : NotImplemented));
const objectNe = method(objectType, '__ne__', (self: PyValue, other: PyValue) => {
  const eq = typeOf(self).lookup('__eq__');
  if (eq === null) return NotImplemented;
  const r = call2(eq, self, other);
  return r === NotImplemented ? r : !isTrue(r);
});
for (const name of ['__lt__', '__le__', '__gt__', '__ge__']) method(objectType, name, (_self: PyValue, _other: PyValue) => NotImplemented);
const objectHash = method(objectType, '__hash__', (self: PyValue) => id(self) / 16);
const objectGetAttribute = method(objectType, '__getattribute__', (self: PyValue, name: PyValue) => {
  const n = attrName(name);
  const v = genericGetAttr(self, n, typeOf(self));
  return v === undefined ? noAttribute(self, n) : v;
});
const objectSetAttr = method(objectType, '__setattr__', (self: PyValue, name: PyValue, value: PyValue) => {
  if (self instanceof PyType) raiseError('TypeError', `can't apply this __setattr__ to type object`);
  genericSetAttr(self, attrName(name), value);
  return None;
});
const objectDelAttr = method(objectType, '__delattr__', (self: PyValue, name: PyValue) => {
  genericDelAttr(self, attrName(name));
  return None;
});
method(objectType, '__format__', (self: PyValue, spec: PyValue) => {
  if (typeof spec !== 'string') raiseError('TypeError', `__format__() argument must be str, not ${typeOf(spec).name}`);
  if (spec !== '') raiseError('TypeError', `unsupported format string passed to ${typeOf(self).name}.__format__`);
  return str(self);
});
method(objectType, '__dir__', (self: PyValue) => {
  const names = new Set<string>();
  if (self instanceof PyObject && self.dict !== null) for (const k of self.dict.strKeys()) names.add(k);
  for (const t of typeOf(self).mro) addClassNames(names, t);
  return containers.newList([...names]);
});

/** t's own attribute `key` as its __dict__ shows it (object's stand-in __dict__ left out). */
function visibleAttr(t: PyType, key: string): PyValue | undefined {
  const v = t.attrs.get(key);
  return v === instanceDictDescriptor && t === objectType ? undefined : v;
}

/** A class's own attribute names as dir() sees them (object's stand-in __dict__ left out). */
function addClassNames(names: Set<string>, t: PyType): void {
  for (const [k, v] of t.attrs) if (v !== instanceDictDescriptor || t !== objectType) names.add(k);
}
method(objectType, '__reduce_ex__', (self: PyValue, _protocol: PyValue) => containers.newTuple([typeOf(self), containers.newTuple([])]));
method(objectType, '__sizeof__', (_self: PyValue) => 16);
// Protocol 0's reduction (copyreg._reduce_ex): rebuilt by copyreg._reconstructor from the nearest built-in base.
method(objectType, '__reduce__', (self: PyValue) => {
  const cls = typeOf(self);
  const base = cls.mro.find((t) => (t.flags & TypeFlags.BUILTIN) !== 0) ?? objectType;
  let baseState: PyValue = None;
  if (base !== objectType) {
    if (base === cls) raiseError('TypeError', `cannot pickle '${cls.name}' object`);
    baseState = call(base, [self]);
  }
  const args = containers.newTuple([cls, base, baseState]);
  if (cls.lookup('__getstate__') === objectType.attrs.get('__getstate__')) {
    const slots = getAttrOrUndefined(self, '__slots__');
    if (slots !== undefined && isTrue(slots)) raiseError('TypeError', 'a class that defines __slots__ without defining __getstate__ cannot be pickled');
  }
  const state = callMethod(self, '__getstate__');
  const reconstructor = getAttr(importModule('copyreg'), '_reconstructor');
  return containers.newTuple(isTrue(state) ? [reconstructor, args, state] : [reconstructor, args]);
});
/**
 * A class's slot names as copyreg._slotnames lists them (each class's __slots__ in MRO order, private
 * names mangled, __dict__ and __weakref__ left out), cached as cls.__slotnames__ where the class takes it.
 */
function copyregSlotNames(cls: PyType): string[] {
  const cached = cls.attrs.get('__slotnames__');
  if (cached !== undefined && cached !== None) return toArray(cached).filter((n): n is string => typeof n === 'string');
  const names: string[] = [];
  for (const t of cls.mro) {
    const declared = t.attrs.get('__slots__');
    if (declared === undefined) continue;
    for (const name of typeof declared === 'string' ? [declared] : toArray(declared)) {
      if (typeof name !== 'string' || name === '__dict__' || name === '__weakref__') continue;
      names.push(mangle(t.name, name));
    }
  }
  if (!(cls.flags & TypeFlags.IMMUTABLE)) cls.setAttr('__slotnames__', containers.newList(names));
  return names;
}

// The instance dict (None when absent or empty), paired with a dict of the set __slots__ values when there are any.
method(objectType, '__getstate__', (self: PyValue) => {
  const own = self instanceof PyObject ? self.dict : null;
  const state = own !== null && len(own) > 0 ? own : None;
  const slots = containers.newDict();
  for (const name of copyregSlotNames(typeOf(self))) {
    const value = getAttrOrUndefined(self, name);
    if (value !== undefined) slots.setStr(name, value);
  }
  return len(slots) > 0 ? containers.newTuple([state, slots]) : state;
});
// Raw so the error names the class being created, as CPython's does (`K.__init_subclass__() takes ...`).
objectType.setAttr('__init_subclass__', new ClassMethodDescriptor(objectType, builtinFunctionRaw('__init_subclass__', (args, kwnames) => {
  const cls = args[0] as PyType;
  if (kwnames !== null && kwnames.length > 0) raiseError('TypeError', `${cls.name}.__init_subclass__() takes no keyword arguments`);
  if (args.length > 1) raiseError('TypeError', `${cls.name}.__init_subclass__() takes no arguments (${args.length - 1} given)`);
  return None;
})));
classMethod(objectType, '__subclasshook__', (_cls: PyType, ..._args: PyValue[]) => NotImplemented, { min: 0, max: Infinity });
objectType.setAttr('__doc__', DOC_STRINGS[TYPE_DOCS.object]);

getter(objectType, '__class__', (self) => typeOf(self), (self, value) => {
  if (!(value instanceof PyType)) raiseError('TypeError', `__class__ must be set to a class, not '${typeOf(value).name}' object`);
  const cur = typeOf(self);
  if (!(self instanceof PyObject) || (cur.flags & TypeFlags.BUILTIN) || (value.flags & TypeFlags.BUILTIN)) {
    raiseError('TypeError', '__class__ assignment only supported for mutable types or ModuleType subclasses');
  }
  if (cur.solidBase !== value.solidBase || cur.slotCount !== value.slotCount || (cur.flags & TypeFlags.HAS_DICT) !== (value.flags & TypeFlags.HAS_DICT)) {
    raiseError('TypeError', `__class__ assignment: '${value.name}' object layout differs from '${cur.name}'`);
  }
  self.type = value;
});

function getInstanceDict(self: PyValue): PyValue {
  if (!(self instanceof PyObject) || (typeOf(self).flags & TypeFlags.HAS_DICT) === 0) return noAttribute(self, '__dict__');
  return (self.dict ??= containers.newDict());
}

function setInstanceDict(self: PyValue, value: PyValue): void {
  if (!(self instanceof PyObject) || (typeOf(self).flags & TypeFlags.HAS_DICT) === 0) noAttribute(self, '__dict__');
  if (typeOf(value).name !== 'dict' && !typeOf(value).isSubtypeOf(builtinTypes.get('dict') as PyType)) {
    raiseError('TypeError', `__dict__ must be set to a dictionary, not a '${typeOf(value).name}'`);
  }
  self.dict = value as StrDict;
}

/**
 * `__dict__` of instances: present only when the class gives its instances
 * one. Each class that adds the dict has its own descriptor (as CPython's
 * type dicts show); object's answers for built-in types with a dict and is
 * hidden from dir(object) and object.__dict__, where CPython has none.
 */
const instanceDictDescriptor = new GetSetDescriptor(objectType, '__dict__', getInstanceDict, setInstanceDict);

/** The `__dict__` and `__weakref__` descriptors CPython adds to a class, in its type dict's order. */
function addLayoutDescriptors(t: PyType, slotNames: readonly string[] | null): void {
  const bases = t.mro.slice(1);
  const wants = (name: string): boolean => slotNames === null || slotNames.includes(name);
  // A type's namespace is its dict, so a metaclass adds none.
  if (wants('__dict__') && !t.bases.some((b) => (b.flags & TypeFlags.HAS_DICT) !== 0 || b.isSubtypeOf(typeType))) {
    t.attrs.set('__dict__', new GetSetDescriptor(t, '__dict__', getInstanceDict, setInstanceDict));
  }
  // Weak references: pvm keeps none, so the slot always reads None; var-sized bases (int, bytes, tuple) have no room for it.
  const weakBases = ['type', 'set', 'frozenset'].map((n) => builtinTypes.get(n));
  const hasWeak = bases.some((b) => b.attrs.has('__weakref__') || weakBases.includes(b));
  const varSized = t.bases.some((b) => INLINE_ITEM_TYPES.some((n) => b.isSubtypeOf(builtinTypes.get(n)!)));
  if (wants('__weakref__') && !hasWeak && !varSized) t.attrs.set('__weakref__', new GetSetDescriptor(t, '__weakref__', () => None, null));
}

// ------------------------------------------------------------ type

/** Instantiates a class: __new__, then __init__ when __new__ returned an instance of it. */
export function typeCall(cls: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (cls.exactCall !== null) {
    const built = cls.exactCall(args, kwnames);
    if (built !== undefined) return built;
  }
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (cls === typeType && args.length === 1 && nkw === 0) return typeOf(args[0]);
  const newFn = cls.lookup('__new__');
  const init = cls.lookup('__init__');
  let obj: PyValue;
  if (newFn === exceptionFactory.baseNew && init === exceptionFactory.baseInit && nkw === 0) return exceptionFactory.construct(cls, args.slice());
  // super() itself (an immutable built-in, so its __new__ and __init__ are the built-in ones):
  // what super.__init__ does, without two generic calls.
  if (cls === superType && nkw === 0 && args.length <= 2) {
    const s = new PySuper(superType, null, null, null);
    superInit(s, args);
    return s;
  }
  if (newFn === objectNew) {
    if (args.length !== 0 && init === objectInit) raiseError('TypeError', `${cls.name}() takes no arguments`);
    obj = newInstance(cls);
  } else {
    if (newFn === null) raiseError('TypeError', `cannot create '${cls.name}' instances`);
    obj = call(bindDescriptor(newFn, undefined, cls), prepend(cls, args), kwnames);
    if (!typeOf(obj).isSubtypeOf(cls)) return obj;
  }
  const t = typeOf(obj);
  const realInit = t === cls ? init : t.lookup('__init__');
  if (realInit !== objectInit && realInit !== null) {
    const r = callUnbound(realInit, obj, args, kwnames);
    checkInitResult(r);
  }
  return obj;
}
setTypeCall(typeCall);

/** What a class call checks of its __init__'s result. */
export function checkInitResult(r: PyValue): void {
  if (r !== None) raiseError('TypeError', `__init__() should return None, not '${typeOf(r).name}'`);
}

/**
 * For a backend's inline class call: the Python __init__ that `cls(...)`
 * runs after newInstance(cls) when typeCall would do nothing else (metatype
 * exactly `type`, object's __new__, __init__ a Python function), else null.
 * The answer holds while cls.version stays the same.
 */
export function plainInit(cls: PyType): PyFunction | null {
  if (cls.type !== typeType || cls.lookup('__new__') !== objectNew) return null;
  const init = cls.lookup('__init__');
  return init instanceof PyFunction ? init : null;
}

methodRaw(typeType, '__call__', (args, kwnames) => {
  const cls = args[0];
  if (!(cls instanceof PyType)) raiseError('TypeError', `descriptor '__call__' requires a 'type' object but received a '${typeOf(cls).name}'`);
  return typeCall(cls, args.slice(1), kwnames);
});

function kwSplit(args: PyValue[], kwnames: readonly string[] | null): [PyValue[], string[], PyValue[]] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  return [args.slice(0, npos), kwnames === null ? [] : kwnames.slice(), args.slice(npos)];
}

staticNew(typeType, (meta, rawArgs, kwnames) => {
  const [args, kwn, kwv] = kwSplit(rawArgs, kwnames);
  if (args.length === 1 && kwn.length === 0 && meta === typeType) return typeOf(args[0]);
  if (args.length !== 3) raiseError('TypeError', 'type() takes 1 or 3 arguments');
  const [name, bases, ns] = args;
  if (typeof name !== 'string') raiseError('TypeError', `type.__new__() argument 1 must be str, not ${typeOf(name).name}`);
  const baseItems = containers.tupleItems(bases);
  if (baseItems === undefined) raiseError('TypeError', `type.__new__() argument 2 must be tuple, not ${typeOf(bases).name}`);
  if (typeOf(ns).name !== 'dict' && !typeOf(ns).isSubtypeOf(builtinTypes.get('dict') as PyType)) {
    raiseError('TypeError', `type.__new__() argument 3 must be dict, not ${typeOf(ns).name}`);
  }
  // A base's more derived metaclass makes the class (type('X', (A,), {}) is a Meta when A's is).
  const winner = calculateMetaclass(meta, baseItems);
  if (winner !== meta) {
    const winnerNew = winner.lookup('__new__');
    if (winnerNew !== null && winnerNew !== typeType.attrs.get('__new__')) {
      return call(getAttr(winner, '__new__'), [winner, ...rawArgs], kwnames);
    }
  }
  return typeNew(winner, name, baseItems, ns as StrDict, kwn, kwv);
});
methodRaw(typeType, '__init__', (args, kwnames) => {
  const npos = args.length - (kwnames === null ? 0 : kwnames.length) - 1;
  if (npos !== 1 && npos !== 3) raiseError('TypeError', 'type.__init__() takes 1 or 3 arguments');
  return None;
});
method(typeType, '__repr__', (self: PyType) => {
  const mod = typeModule(self);
  return mod === 'builtins' || typeof mod !== 'string' ? `<class '${self.qualname}'>` : `<class '${mod}.${self.qualname}'>`;
});
const typeGetAttribute = method(typeType, '__getattribute__', (self: PyType, name: PyValue) => {
  const n = attrName(name);
  const v = typeGetAttr(self, n);
  return v === undefined ? noAttribute(self, n) : v;
});
const typeSetAttrFn = method(typeType, '__setattr__', (self: PyType, name: PyValue, value: PyValue) => {
  typeSetAttr(self, attrName(name), value);
  return None;
});
const typeDelAttrFn = method(typeType, '__delattr__', (self: PyType, name: PyValue) => {
  typeDelAttr(self, attrName(name));
  return None;
});
method(typeType, 'mro', (self: PyType) => containers.newList(self.mro.slice()));
method(typeType, '__subclasses__', (self: PyType) => containers.newList(self.subclasses.slice()));
method(typeType, '__instancecheck__', (self: PyType, obj: PyValue) => objectIsInstance(obj, self));
const typeSubclassCheck = method(typeType, '__subclasscheck__', (self: PyType, sub: PyValue) => objectIsSubclass(sub, self));
method(typeType, '__dir__', (self: PyType) => {
  const names = new Set<string>();
  for (const t of self.mro) addClassNames(names, t);
  return containers.newList([...names]);
});
// __prepare__ accepts arbitrary keywords (the class statement's), hence the raw form.
typeType.setAttr('__prepare__', new ClassMethodDescriptor(typeType, builtinFunctionRaw('__prepare__', () => containers.newDict())));
method(typeType, '__or__', (self: PyValue, other: PyValue) => unionOf(self, other));
method(typeType, '__ror__', (self: PyValue, other: PyValue) => unionOf(other, self));

/** `int | None`: a types.UnionType (union.ts). */
function unionOf(a: PyValue, b: PyValue): PyValue {
  return unionOr(a, b);
}

function typeModule(t: PyType): PyValue {
  if (t.flags & TypeFlags.BUILTIN) return t.module;
  return t.attrs.get('__module__') ?? t.module;
}

getter(typeType, '__name__', (self) => (self as PyType).name, (self, v) => {
  const t = self as PyType;
  if (t.flags & TypeFlags.IMMUTABLE) raiseError('TypeError', `cannot set '__name__' attribute of immutable type '${t.name}'`);
  if (typeof v !== 'string') raiseError('TypeError', `can only assign string to ${t.name}.__name__, not '${typeOf(v).name}'`);
  t.name = v;
});
getter(typeType, '__qualname__', (self) => (self as PyType).qualname, (self, v) => {
  const t = self as PyType;
  if (t.flags & TypeFlags.IMMUTABLE) raiseError('TypeError', `cannot set '__qualname__' attribute of immutable type '${t.name}'`);
  if (typeof v !== 'string') raiseError('TypeError', `can only assign string to ${t.name}.__qualname__, not '${typeOf(v).name}'`);
  t.qualname = v;
});
getter(typeType, '__module__', (self) => typeModule(self as PyType), (self, v) => {
  const t = self as PyType;
  if (t.flags & TypeFlags.IMMUTABLE) raiseError('TypeError', `cannot set '__module__' attribute of immutable type '${t.name}'`);
  t.setAttr('__module__', v);
  if (typeof v === 'string') t.module = v;
});
getter(typeType, '__bases__', (self) => containers.newTuple((self as PyType).bases.slice()));
getter(typeType, '__base__', (self) => {
  const t = self as PyType;
  return t.bases.length === 0 ? None : t.bases[0];
});
getter(typeType, '__mro__', (self) => containers.newTuple((self as PyType).mro.slice()));
getter(typeType, '__dict__', (self) => new MappingProxy(self as PyType));
getter(typeType, '__doc__', (self) => {
  const t = self as PyType;
  // A static type answers its tp_doc, even when its namespace's __doc__ is a getter for its instances (type, property).
  if (t.flags & TypeFlags.BUILTIN && t.module === 'builtins' && Object.hasOwn(TYPE_DOCS, t.name)) return DOC_STRINGS[TYPE_DOCS[t.name]];
  const d = t.attrs.get('__doc__');
  if (d === undefined) return None;
  return bindDescriptor(d, undefined, t);
}, (self, v) => {
  const t = self as PyType;
  if (t.flags & TypeFlags.IMMUTABLE) raiseError('TypeError', `cannot set '__doc__' attribute of immutable type '${t.name}'`);
  t.setAttr('__doc__', v);
});
getter(typeType, '__abstractmethods__', (self) => {
  const t = self as PyType;
  const v = t === typeType ? undefined : t.attrs.get('__abstractmethods__');
  return v === undefined ? noAttribute(t, '__abstractmethods__') : v;
}, (self, v) => {
  const t = self as PyType;
  t.setAttr('__abstractmethods__', v);
  if (isTrue(v)) t.flags |= TypeFlags.HAS_ABSTRACT;
  else t.flags &= ~TypeFlags.HAS_ABSTRACT;
});
getter(typeType, '__annotations__', (self) => {
  const t = self as PyType;
  let v = t.attrs.get('__annotations__');
  if (v === undefined) {
    if (t.flags & TypeFlags.IMMUTABLE) return noAttribute(t, '__annotations__');
    v = containers.newDict();
    t.setAttr('__annotations__', v);
  }
  return v;
}, (self, v) => {
  (self as PyType).setAttr('__annotations__', v);
});
getter(typeType, '__text_signature__', () => None);

setCoreMethods({
  objectGetAttribute, typeGetAttribute, objectSetAttr, typeSetAttr: typeSetAttrFn, objectDelAttr,
  typeDelAttr: typeDelAttrFn, objectHash, typeSubclassCheck, objectEq, objectNe,
});

// ------------------------------------------------------------ mappingproxy

export const mappingProxyType = defineBuiltinType({ name: 'mappingproxy', subclassable: false });

/**
 * A read-only view of a mapping: `C.__dict__` views a class namespace (a
 * snapshot dict answers the queries); `types.MappingProxyType(m)` views any
 * mapping `m` live.
 */
class MappingProxy extends PyObject {
  constructor(readonly owner: PyType | null, readonly mapping: PyValue = None) {
    super(mappingProxyType);
  }
  snapshot(): PyValue {
    if (this.owner === null) return this.mapping;
    const d = containers.newDict();
    for (const [k, v] of this.owner.attrs) if (v !== instanceDictDescriptor || this.owner !== objectType) d.setStr(k, v);
    return d;
  }
}

staticNew(mappingProxyType, (_cls, args, kwnames) => {
  if (args.length !== 1 || (kwnames !== null && kwnames.length > 0)) {
    raiseError('TypeError', `mappingproxy() takes exactly one argument (${args.length} given)`);
  }
  const mapping = args[0];
  const mappingType = typeOf(mapping);
  if (mappingType.lookup('__getitem__') === null || mappingType.lookup('keys') === null) {
    raiseError('TypeError', `mappingproxy() argument must be a mapping, not ${mappingType.name}`);
  }
  return new MappingProxy(null, mapping);
});

for (const name of ['keys', 'values', 'items', 'copy', '__iter__', '__len__', '__reversed__']) {
  method(mappingProxyType, name, (self: MappingProxy) => callMethod(self.snapshot(), name));
}
method(mappingProxyType, '__getitem__', (self: MappingProxy, key: PyValue) => {
  if (self.owner !== null && typeof key === 'string') {
    const v = visibleAttr(self.owner, key);
    if (v !== undefined) return v;
  }
  return getItem(self.snapshot(), key);
});
method(mappingProxyType, 'get', (self: MappingProxy, key: PyValue, dflt?: PyValue) => {
  if (self.owner === null) return callMethod(self.mapping, 'get', [key, dflt ?? None]);
  if (typeof key === 'string') return visibleAttr(self.owner, key) ?? dflt ?? None;
  return dflt ?? None;
}, { min: 1, max: 2 });
method(mappingProxyType, '__contains__', (self: MappingProxy, key: PyValue) =>
  self.owner === null ? contains(self.mapping, key) : typeof key === 'string' && visibleAttr(self.owner, key) !== undefined);
method(mappingProxyType, '__repr__', (self: MappingProxy) => `mappingproxy(${repr(self.snapshot())})`);
method(mappingProxyType, '__str__', (self: MappingProxy) => str(self.snapshot()));
method(mappingProxyType, '__eq__', (self: MappingProxy, other: PyValue) => pyEq(self.snapshot(), other));
method(mappingProxyType, '__or__', (self: MappingProxy, other: PyValue) => callMethod(self.snapshot(), '__or__', [other]));

// ------------------------------------------------------------ class creation

/** Replaces private names (`__x` inside class C) by their mangled form `_C__x`. */
export function mangle(className: string, name: string): string {
  if (!name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = className.replace(/^_+/, '');
  return stripped === '' ? name : `_${stripped}${name}`;
}

function slotNames(spec: PyValue): string[] {
  const items = typeof spec === 'string' ? [spec] : toArray(spec);
  return items.map((s) => {
    if (typeof s !== 'string') raiseError('TypeError', `__slots__ items must be strings, not '${typeOf(s).name}'`);
    if (!/^[A-Za-z_\p{L}][\w\p{L}\p{N}]*$/u.test(s)) raiseError('TypeError', '__slots__ must be identifiers');
    return s;
  });
}

const INLINE_ITEM_TYPES = ['int', 'bytes', 'tuple'];

/**
 * The class in `t`'s MRO that last added `__slots__` members: two bases
 * whose slot layouts come from unrelated classes conflict, while subclasses
 * that only inherit one class's slots share its layout (CPython's solid base).
 */
function slotLayoutOwner(t: PyType): PyType {
  for (const m of t.mro) {
    if (m.slotCount > Math.max(0, ...m.bases.map((b) => b.slotCount))) return m;
  }
  return t;
}


/** type.__new__(meta, name, bases, namespace, **kwargs). */
export function typeNew(meta: PyType, name: string, bases: readonly PyValue[], ns: StrDict, kwn: string[], kwv: PyValue[]): PyType {
  const baseTypes: PyType[] = [];
  for (const b of bases) {
    if (!(b instanceof PyType)) raiseError('TypeError', `bases must be types`);
    if (!(b.flags & TypeFlags.BASETYPE)) raiseError('TypeError', `type '${b.name}' is not an acceptable base type`);
    if (baseTypes.includes(b)) raiseError('TypeError', `duplicate base class ${b.name}`);
    baseTypes.push(b);
  }
  if (baseTypes.length === 0) baseTypes.push(objectType);
  const winner = solidBaseOf(baseTypes);
  const slotOwners = baseTypes.filter((b) => b.slotCount > 0).map(slotLayoutOwner);
  for (const a of slotOwners) {
    for (const b of slotOwners) {
      if (!a.isSubtypeOf(b) && !b.isSubtypeOf(a)) raiseError('TypeError', 'multiple bases have instance lay-out conflict');
    }
  }
  let flags = TypeFlags.BASETYPE;
  for (const b of baseTypes) flags |= b.flags & (TypeFlags.EXCEPTION | TypeFlags.HAS_DICT);
  const t = new PyType(meta, name, baseTypes, flags, 'builtins');
  try {
    t.mro = computeMro(t, baseTypes);
  } catch (e) {
    for (const b of baseTypes) b.subclasses.splice(b.subclasses.indexOf(t), 1);
    throw e;
  }
  t.solidBase = winner;

  const slotsSpec = ns.getStr('__slots__');
  const ownSlots: string[] = [];
  let declaredSlots: string[] | null = null;
  if (slotsSpec === undefined) {
    t.flags |= TypeFlags.HAS_DICT;
  } else {
    const names = slotNames(slotsSpec);
    declaredSlots = names;
    // Instances of int, bytes and tuple subclasses keep their items inline, so CPython has no room for slots.
    const inline = names.some((s) => s !== '__weakref__')
      ? baseTypes.find((b) => INLINE_ITEM_TYPES.some((n) => b.isSubtypeOf(builtinTypes.get(n)!)))
      : undefined;
    if (inline !== undefined) raiseError('TypeError', `nonempty __slots__ not supported for subtype of '${inline.name}'`);
    for (const s of names) {
      if (s === '__dict__') {
        if (t.flags & TypeFlags.HAS_DICT) raiseError('TypeError', '__dict__ slot disallowed: we already got one');
        t.flags |= TypeFlags.HAS_DICT;
      } else if (s !== '__weakref__') {
        const mangled = mangle(name, s);
        if (ns.getStr(mangled) !== undefined) raiseError('ValueError', `'${s}' in __slots__ conflicts with class variable`);
        ownSlots.push(mangled);
      }
    }
  }

  for (const k of ns.strKeys()) {
    const v = ns.getStr(k) as PyValue;
    t.attrs.set(k, v);
  }
  const qualname = t.attrs.get('__qualname__');
  if (qualname !== undefined) {
    if (typeof qualname !== 'string') raiseError('TypeError', `type __qualname__ must be a str, not ${typeOf(qualname).name}`);
    t.qualname = qualname;
    t.attrs.delete('__qualname__');
  }
  const mod = t.attrs.get('__module__');
  if (typeof mod === 'string') t.module = mod;
  else if (mod === undefined) {
    // type(name, bases, ns) called directly: CPython takes the caller's module name.
    const callerModule = state.executor.currentGlobals?.().getStr('__name__');
    if (typeof callerModule === 'string') {
      t.attrs.set('__module__', callerModule);
      t.module = callerModule;
    }
  }
  const newFn = t.attrs.get('__new__');
  if (newFn instanceof PyFunction) t.attrs.set('__new__', new PyStaticMethod(newFn));
  for (const special of ['__init_subclass__', '__class_getitem__']) {
    const f = t.attrs.get(special);
    if (f instanceof PyFunction) t.attrs.set(special, new PyClassMethod(f));
  }
  // CPython's type dict order after the namespace: slot members (sorted), __dict__/__weakref__, __doc__, __hash__.
  ownSlots.sort();
  ownSlots.forEach((s, i) => t.attrs.set(s, new MemberDescriptor(t, s, t.slotCount + i)));
  t.slotCount += ownSlots.length;
  addLayoutDescriptors(t, declaredSlots);
  if (!t.attrs.has('__doc__')) t.attrs.set('__doc__', None);
  if (t.attrs.has('__eq__') && !t.attrs.has('__hash__')) t.attrs.set('__hash__', None);
  const cell = t.attrs.get('__classcell__');
  if (cell !== undefined) {
    if (!(cell instanceof PyCell)) raiseError('TypeError', `__classcell__ must be a nonlocal cell, not ${typeOf(cell).name}`);
    cell.value = t;
    t.attrs.delete('__classcell__');
  }
  t.invalidate();

  for (const [k, v] of [...t.attrs]) {
    if (!(v instanceof PyObject) || v instanceof PyFunction) continue;
    const setName = v.type.lookup('__set_name__');
    if (setName === null) continue;
    try {
      callUnbound(setName, v, [t, k]);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      const err = newRuntimeError(`Error calling __set_name__ on '${v.type.name}' instance '${k}' in '${name}'`);
      err.cause = e;
      err.suppressContext = true;
      throw err;
    }
  }

  const initSubclass = superLookup(t, '__init_subclass__');
  if (initSubclass !== null) call(bindDescriptor(initSubclass, undefined, t), kwv, kwn.length > 0 ? kwn : null);
  return t;
}

function newRuntimeError(message: string): PyBaseException {
  try {
    raiseError('RuntimeError', message);
  } catch (e) {
    return e as PyBaseException;
  }
}

/** The attribute `name` found after `t` in its own MRO (what `super(t, t).name` finds). */
function superLookup(t: PyType, name: string): PyValue | null {
  for (let i = 1; i < t.mro.length; i++) {
    const v = t.mro[i].attrs.get(name);
    if (v !== undefined) return v;
  }
  return null;
}

/** The most derived metaclass of `meta` and the bases' metaclasses (CPython's _PyType_CalculateMetaclass). */
function calculateMetaclass(meta: PyType, bases: readonly PyValue[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const bt = typeOf(b);
    if (winner.isSubtypeOf(bt)) continue;
    if (bt.isSubtypeOf(winner)) {
      winner = bt;
      continue;
    }
    raiseError('TypeError', 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/**
 * The namespace of a class body when `__prepare__` returned something other
 * than an exact dict (enum's _EnumDict): the body's name stores and loads go
 * through its `__setitem__` / `__getitem__`, as CPython's STORE_NAME does.
 */
class MappingNamespace extends PyObject implements StrDict {
  constructor(readonly target: PyValue) {
    super(typeOf(target));
  }
  getStr(key: string): PyValue | undefined {
    try {
      return getItem(this.target, key);
    } catch (e) {
      if (isExceptionOf(e, 'KeyError')) return undefined;
      throw e;
    }
  }
  setStr(key: string, value: PyValue): void {
    setItem(this.target, key, value);
  }
  delStr(key: string): boolean {
    try {
      delItem(this.target, key);
      return true;
    } catch (e) {
      if (isExceptionOf(e, 'KeyError')) return false;
      throw e;
    }
  }
  strKeys(): string[] {
    return toArray(callMethod(this.target, 'keys')).filter((k): k is string => typeof k === 'string');
  }
}

/** What locals()/vars()/f_locals show of a namespace: the mapping __prepare__ returned, not its wrapper. */
export function visibleNamespace(ns: PyValue): PyValue {
  return ns instanceof MappingNamespace ? ns.target : ns;
}

/** `__build_class__(func, name, *bases, metaclass=..., **kwds)`: what a class statement runs. */
export function buildClass(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const [pos, kwn, kwv] = kwSplit(args, kwnames);
  if (pos.length < 2) raiseError('TypeError', '__build_class__: not enough arguments');
  const func = pos[0];
  const name = pos[1];
  if (!(func instanceof PyFunction)) raiseError('TypeError', '__build_class__: func must be a function');
  if (typeof name !== 'string') raiseError('TypeError', '__build_class__: name is not a string');
  const origBases = pos.slice(2);
  const bases: PyValue[] = [];
  let changed = false;
  for (const b of origBases) {
    if (b instanceof PyType) {
      bases.push(b);
      continue;
    }
    const entries = getAttrOrUndefined(b, '__mro_entries__');
    if (entries === undefined) {
      bases.push(b);
      continue;
    }
    const r = call(entries, [containers.newTuple(origBases)]);
    const items = containers.tupleItems(r);
    if (items === undefined) raiseError('TypeError', '__mro_entries__ must return a tuple');
    bases.push(...items);
    changed = true;
  }
  let meta: PyValue;
  const metaIdx = kwn.indexOf('metaclass');
  if (metaIdx >= 0) {
    meta = kwv[metaIdx];
    kwn.splice(metaIdx, 1);
    kwv.splice(metaIdx, 1);
  } else {
    meta = bases.length === 0 ? typeType : typeOf(bases[0]);
  }
  if (meta instanceof PyType) meta = calculateMetaclass(meta, bases);
  const basesTuple = containers.newTuple(bases);
  const prepare = getAttrOrUndefined(meta, '__prepare__');
  const ns = prepare === undefined ? containers.newDict() : call(prepare, [name, basesTuple, ...kwv], kwn.length > 0 ? kwn : null);
  const nsType = typeOf(ns);
  if (nsType.lookup('__getitem__') === null) {
    const metaName = meta instanceof PyType ? meta.name : '<metaclass>';
    raiseError('TypeError', `${metaName}.__prepare__() must return a mapping, not ${nsType.name}`);
  }
  const bodyLocals = nsType === builtinTypes.get('dict') ? (ns as StrDict) : new MappingNamespace(ns);
  if (changed) bodyLocals.setStr('__orig_bases__', containers.newTuple(origBases));
  const cell = state.executor.execCode(func.code, func.globals, bodyLocals, func.closure);
  const cls = call(meta, [name, basesTuple, ns, ...kwv], kwn.length > 0 ? kwn : null);
  if (cell instanceof PyCell && cls instanceof PyType) {
    if (cell.value === undefined) cell.value = cls;
    else if (cell.value !== cls) {
      raiseError('TypeError', `__class__ set to ${repr(cell.value)} defining '${name}' as ${repr(cls)}`);
    }
  }
  return cls;
}

export const buildClassFunction = builtinFunctionRaw('__build_class__', buildClass);

// ------------------------------------------------------------ functions, methods, cells

function funcOf(v: PyValue): PyFunction {
  return v as PyFunction;
}

/**
 * A module of lib/ written in Python names in `__c_functions__` (a tuple) the
 * top-level functions that CPython writes in C: they show as built-ins.
 */
function shownAsBuiltin(f: PyFunction): boolean {
  if (f.qualname !== f.name) return false;
  const names = f.globals.getStr('__c_functions__');
  return names !== undefined && containers.tupleItems(names)?.includes(f.name) === true;
}

method(functionType, '__repr__', (self: PyFunction) =>
  shownAsBuiltin(self) ? `<built-in function ${self.name}>` : `<function ${self.qualname} at ${hexId(self)}>`);
methodRaw(functionType, '__call__', (args, kwnames) => call(args[0], args.slice(1), kwnames));
method(functionType, '__get__', (self: PyFunction, obj: PyValue, owner?: PyValue) => {
  checkGetArgs(obj, owner);
  return obj === None ? self : new PyMethod(self, obj);
}, GET_SIG);
getter(functionType, '__name__', (self) => funcOf(self).name, (self, v) => {
  if (typeof v !== 'string') raiseError('TypeError', '__name__ must be set to a string object');
  funcOf(self).name = v;
});
getter(functionType, '__qualname__', (self) => funcOf(self).qualname, (self, v) => {
  if (typeof v !== 'string') raiseError('TypeError', '__qualname__ must be set to a string object');
  funcOf(self).qualname = v;
});
getter(functionType, '__doc__', (self) => funcOf(self).doc, (self, v) => {
  funcOf(self).doc = v;
});
getter(functionType, '__module__', (self) => funcOf(self).module, (self, v) => {
  funcOf(self).module = v;
});
getter(functionType, '__defaults__', (self) => {
  const d = funcOf(self).defaults;
  return d === null ? None : containers.newTuple(d.slice());
}, (self, v) => {
  if (v === None) funcOf(self).defaults = null;
  else {
    const items = containers.tupleItems(v);
    if (items === undefined) raiseError('TypeError', '__defaults__ must be set to a tuple object');
    funcOf(self).defaults = items.length === 0 ? null : items.slice();
  }
});
getter(functionType, '__kwdefaults__', (self) => funcOf(self).kwdefaults ?? None, (self, v) => {
  funcOf(self).kwdefaults = v === None ? null : (v as StrDict);
});
getter(functionType, '__annotations__', (self) => {
  const f = funcOf(self);
  if (f.annotations === None) f.annotations = containers.newDict();
  return f.annotations;
}, (self, v) => {
  funcOf(self).annotations = v;
});
getter(functionType, '__globals__', (self) => funcOf(self).globals);
getter(functionType, '__closure__', (self) => {
  const c = funcOf(self).closure;
  return c === null ? None : containers.newTuple(c.slice());
});
getter(functionType, '__builtins__', () => state.builtins ?? None);
getter(functionType, '__code__', (self) => codeObjectFor(funcOf(self).code));
functionType.setAttr('__dict__', instanceDictDescriptor);

export const codeType = defineBuiltinType({ name: 'code', subclassable: false });

/** `f.__code__`: a read-only view of the function's code object. */
export class PyCodeView extends PyObject {
  constructor(readonly code: CodeObject) {
    super(codeType);
  }
}

const codeViews = new WeakMap<object, PyCodeView>();
/** The one code object Python sees for a CodeObject (`f.__code__`, a frame's `f_code`). */
export function codeObjectFor(code: CodeObject): PyCodeView {
  let v = codeViews.get(code);
  if (v === undefined) codeViews.set(code, (v = new PyCodeView(code)));
  return v;
}

const CODE_FIELDS: Record<string, (c: PyCodeView) => PyValue> = {
  co_name: (c) => c.code.name,
  co_qualname: (c) => c.code.qualname,
  co_filename: (c) => c.code.filename,
  co_firstlineno: (c) => c.code.firstlineno,
  co_argcount: (c) => c.code.argcount,
  co_posonlyargcount: (c) => c.code.posonlyargcount,
  co_kwonlyargcount: (c) => c.code.kwonlyargcount,
  co_flags: (c) => c.code.flags,
  co_nlocals: (c) => c.code.varnames.length,
  co_varnames: (c) => containers.newTuple(c.code.varnames.slice()),
  co_cellvars: (c) => containers.newTuple(c.code.cellvars.slice()),
  co_freevars: (c) => containers.newTuple(c.code.freevars.slice()),
  co_names: (c) => containers.newTuple(c.code.names.slice()),
  co_stacksize: (c) => c.code.stacksize,
};
for (const [name, get] of Object.entries(CODE_FIELDS)) getter(codeType, name, (self) => get(self as PyCodeView));
method(codeType, '__repr__', (self: PyCodeView) => {
  const c = self.code;
  return `<code object ${c.name} at ${hexId(self)}, file "${c.filename}", line ${c.firstlineno}>`;
});

method(methodType, '__repr__', (self: PyMethod) => {
  const fn = self.func;
  const q = getAttrOrUndefined(fn, '__qualname__') ?? getAttrOrUndefined(fn, '__name__') ?? '?';
  return `<bound method ${str(q)} of ${repr(self.self)}>`;
});
methodRaw(methodType, '__call__', (args, kwnames) => call(args[0], args.slice(1), kwnames));
method(methodType, '__eq__', (self: PyMethod, other: PyValue) => {
  if (!(other instanceof PyMethod)) return NotImplemented;
  return self.self === other.self && pyEq(self.func, other.func);
});
method(methodType, '__hash__', (self: PyMethod) => Number(BigInt.asIntN(53, BigInt(pyHash(self.func)) ^ BigInt(id(self.self)))));
getter(methodType, '__self__', (self) => (self as PyMethod).self);
getter(methodType, '__func__', (self) => (self as PyMethod).func);
for (const name of ['__name__', '__qualname__', '__doc__', '__module__']) {
  getter(methodType, name, (self) => getAttr((self as PyMethod).func, name));
}
method(methodType, '__getattr__', (self: PyMethod, name: PyValue) => getAttr(self.func, attrName(name)));
method(methodType, '__reduce__', (self: PyMethod) => containers.newTuple([self.func, self.self]));

function builtinRepr(self: PyBuiltinFunction): string {
  if (self.type === methodDescriptorType && self.owner !== null) return `<method '${self.name}' of '${self.owner.name}' objects>`;
  if (self.self === undefined || (self.self instanceof PyObject && self.self.type.name === 'module')) return `<built-in function ${self.name}>`;
  if (self.self instanceof PyType) return `<built-in method ${self.name} of type object at ${hexId(self.self)}>`;
  return `<built-in method ${self.name} of ${typeOf(self.self).name} object at ${hexId(self.self)}>`;
}
for (const t of [builtinFunctionType, methodDescriptorType]) {
  method(t, '__repr__', builtinRepr);
  methodRaw(t, '__call__', (args, kwnames) => call(args[0], args.slice(1), kwnames));
  getter(t, '__name__', (self) => (self as PyBuiltinFunction).name);
  getter(t, '__qualname__', (self) => (self as PyBuiltinFunction).qualname);
  getter(t, '__doc__', (self) => (self as PyBuiltinFunction).doc ?? None);
  getter(t, '__text_signature__', () => None);
}
getter(builtinFunctionType, '__self__', (self) => (self as PyBuiltinFunction).self ?? (self as PyBuiltinFunction).module ?? None);
getter(builtinFunctionType, '__module__', (self) => {
  const f = self as PyBuiltinFunction;
  if (f.self !== undefined) return None;
  return f.module === null ? 'builtins' : (f.module.dict?.getStr('__name__') ?? None);
});
getter(methodDescriptorType, '__objclass__', (self) => (self as PyBuiltinFunction).owner ?? None);
method(methodDescriptorType, '__get__', (self: PyBuiltinFunction, obj: PyValue, owner?: PyValue) => {
  checkGetArgs(obj, owner);
  return obj === None ? self : self.bind(obj);
}, GET_SIG);

getter(cellType, 'cell_contents', (self) => {
  const v = (self as PyCell).value;
  return v === undefined ? raiseError('ValueError', 'Cell is empty') : v;
}, (self, v) => {
  (self as PyCell).value = v;
});
method(cellType, '__repr__', (self: PyCell) => {
  const v = self.value;
  if (v === undefined) return `<cell at ${hexId(self)}: empty>`;
  return `<cell at ${hexId(self)}: ${typeOf(v).name} object at ${hexId(v)}>`;
});

// ------------------------------------------------------------ native descriptors as Python sees them

function nativeDescriptorMethods(t: PyType, reprOf: (d: PyValue) => string): void {
  method(t, '__get__', (self: NativeDescriptor, obj: PyValue, owner?: PyValue) => {
    checkGetArgs(obj, owner);
    const ownerType = owner instanceof PyType ? owner : typeOf(obj);
    return self.get(obj === None ? undefined : obj, ownerType);
  }, { min: 1, max: 2 });
  method(t, '__set__', (self: NativeDescriptor, obj: PyValue, value: PyValue) => {
    self.set(obj, value);
    return None;
  });
  method(t, '__delete__', (self: NativeDescriptor, obj: PyValue) => {
    self.delete(obj);
    return None;
  });
  method(t, '__repr__', (self: PyValue) => reprOf(self));
}
nativeDescriptorMethods(getsetDescriptorType, (d) => `<attribute '${(d as GetSetDescriptor).name}' of '${(d as GetSetDescriptor).owner.name}' objects>`);
nativeDescriptorMethods(memberDescriptorType, (d) => `<member '${(d as MemberDescriptor).name}' of '${(d as MemberDescriptor).owner.name}' objects>`);
for (const t of [getsetDescriptorType, memberDescriptorType]) {
  getter(t, '__name__', (self) => (self as GetSetDescriptor | MemberDescriptor).name);
  getter(t, '__objclass__', (self) => (self as GetSetDescriptor | MemberDescriptor).owner);
}
method(classMethodDescriptorType, '__get__', (self: ClassMethodDescriptor, obj: PyValue, owner?: PyValue) => {
  checkGetArgs(obj, owner);
  const ownerType = owner instanceof PyType ? owner : typeOf(obj);
  return self.get(obj === None ? undefined : obj, ownerType);
}, { min: 1, max: 2 });
method(classMethodDescriptorType, '__repr__', (self: ClassMethodDescriptor) => `<method '${self.func.name}' of '${self.owner.name}' objects>`);

// ------------------------------------------------------------ None, NotImplemented, Ellipsis

method(noneType, '__repr__', () => 'None');
method(noneType, '__bool__', () => false);
method(noneType, '__hash__', () => 0xfcba5e1);
staticNew(noneType, (_cls, args) => {
  if (args.length > 0) raiseError('TypeError', 'NoneType takes no arguments');
  return None;
});
method(notImplementedType, '__repr__', () => 'NotImplemented');
method(notImplementedType, '__bool__', () => {
  nativeWarnings.warn?.('DeprecationWarning', 'NotImplemented should not be used in a boolean context');
  return true;
});
staticNew(notImplementedType, () => NotImplemented);
method(ellipsisType, '__repr__', () => 'Ellipsis');
staticNew(ellipsisType, () => Ellipsis);

// ------------------------------------------------------------ instance dicts of Python classes

/** Gives a Python class's instances their `__dict__` attribute (installed on first class creation needing it). */
objectType.attrs.set('__dict__', instanceDictDescriptor);
objectType.invalidate();
