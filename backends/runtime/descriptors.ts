// The descriptor types Python code builds: property, classmethod,
// staticmethod, and super (both the explicit and the zero-argument form).
// They are NativeDescriptors so attribute lookup calls them without a
// Python-level `__get__` call; subclasses written in Python take the
// generic path through the `__get__` methods registered here.
import {
  PyObject, PyType, None, typeOf, raiseError,
  type PyValue,
} from './object.js';
import { PyFunction, PyMethod } from './function.js';
import { NativeDescriptor, defineBuiltinType, method, methodRaw, getter, staticNew } from './type.js';
import { call, isTrue, repr, getAttrOrUndefined, bindDescriptor, genericGetAttr, noAttribute, setAttr } from './abstract.js';
import { state } from './interpreter.js';

/** The argument check of every built-in __get__ called from Python: `__get__(obj, owner=None)`, not both None. */
export function checkGetArgs(obj: PyValue, owner: PyValue | undefined): void {
  if (obj === None && (owner === undefined || owner === None)) raiseError('TypeError', '__get__(None, None) is invalid');
}
export const GET_SIG = { min: 1, max: 2 } as const;

export const propertyType = defineBuiltinType({ name: 'property' });
export const classmethodType = defineBuiltinType({ name: 'classmethod', hasDict: true });
export const staticmethodType = defineBuiltinType({ name: 'staticmethod', hasDict: true });
export const superType = defineBuiltinType({ name: 'super' });

// ------------------------------------------------------------ property

export class PyProperty extends NativeDescriptor {
  readonly isData = true;
  fget: PyValue = None;
  fset: PyValue = None;
  fdel: PyValue = None;
  doc: PyValue = None;
  name: PyValue = None;

  constructor(type: PyType = propertyType) {
    super(type);
  }

  private displayName(): string {
    if (typeof this.name === 'string') return this.name;
    const n = this.fget !== None ? getAttrOrUndefined(this.fget, '__name__') : undefined;
    return typeof n === 'string' ? n : '';
  }

  private missing(obj: PyValue, what: string): never {
    raiseError('AttributeError', `property '${this.displayName()}' of '${typeOf(obj).name}' object has no ${what}`);
  }

  get(obj: PyValue | undefined): PyValue {
    if (obj === undefined || obj === None) return this;
    if (this.fget === None) this.missing(obj, 'getter');
    return call(this.fget, [obj]);
  }
  override set(obj: PyValue, value: PyValue): void {
    if (this.fset === None) this.missing(obj, 'setter');
    call(this.fset, [obj, value]);
  }
  override delete(obj: PyValue): void {
    if (this.fdel === None) this.missing(obj, 'deleter');
    call(this.fdel, [obj]);
  }
}

function propertyArgs(p: PyProperty, args: PyValue[], kwnames: readonly string[] | null): void {
  const names = ['fget', 'fset', 'fdel', 'doc'];
  const npos = args.length - (kwnames?.length ?? 0);
  if (npos > 4) raiseError('TypeError', `property() takes at most 4 arguments (${npos} given)`);
  const vals: PyValue[] = [None, None, None, None];
  for (let i = 0; i < npos; i++) vals[i] = args[i];
  kwnames?.forEach((k, i) => {
    const idx = names.indexOf(k);
    if (idx < 0) raiseError('TypeError', `'${k}' is an invalid keyword argument for property()`);
    vals[idx] = args[npos + i];
  });
  [p.fget, p.fset, p.fdel, p.doc] = vals;
  if (p.doc === None && p.fget !== None) {
    const d = getAttrOrUndefined(p.fget, '__doc__');
    if (d !== undefined) p.doc = d;
  }
}

staticNew(propertyType, (cls) => new PyProperty(cls));
methodRaw(propertyType, '__init__', (args, kwnames) => {
  propertyArgs(args[0] as PyProperty, args.slice(1), kwnames);
  return None;
});
method(propertyType, '__get__', (self: PyProperty, obj: PyValue, owner?: PyValue) => {
  checkGetArgs(obj, owner);
  return self.get(obj);
}, GET_SIG);
method(propertyType, '__set__', (self: PyProperty, obj: PyValue, value: PyValue) => {
  self.set(obj, value);
  return None;
});
method(propertyType, '__delete__', (self: PyProperty, obj: PyValue) => {
  self.delete(obj);
  return None;
});
method(propertyType, '__set_name__', (self: PyProperty, _owner: PyValue, name: PyValue) => {
  self.name = name;
  return None;
});

/** property.getter/setter/deleter: a copy of the property (of the same class) with one accessor replaced. */
function copyWith(self: PyProperty, which: 'fget' | 'fset' | 'fdel', f: PyValue): PyValue {
  const t = self.type;
  const fget = which === 'fget' ? f : self.fget;
  const fset = which === 'fset' ? f : self.fset;
  const fdel = which === 'fdel' ? f : self.fdel;
  const doc = which === 'fget' && self.doc === None ? None : self.doc;
  const p = call(t, [fget, fset, fdel, doc]);
  if (p instanceof PyProperty) p.name = self.name;
  return p;
}
method(propertyType, 'getter', (self: PyProperty, f: PyValue) => copyWith(self, 'fget', f));
method(propertyType, 'setter', (self: PyProperty, f: PyValue) => copyWith(self, 'fset', f));
method(propertyType, 'deleter', (self: PyProperty, f: PyValue) => copyWith(self, 'fdel', f));
getter(propertyType, 'fget', (self) => (self as PyProperty).fget);
getter(propertyType, 'fset', (self) => (self as PyProperty).fset);
getter(propertyType, 'fdel', (self) => (self as PyProperty).fdel);
getter(propertyType, '__doc__', (self) => (self as PyProperty).doc, (self, v) => {
  (self as PyProperty).doc = v;
});
getter(propertyType, '__isabstractmethod__', (self) => {
  const p = self as PyProperty;
  for (const f of [p.fget, p.fset, p.fdel]) {
    if (f === None) continue;
    const a = getAttrOrUndefined(f, '__isabstractmethod__');
    if (a !== undefined && isTrue(a)) return true;
  }
  return false;
});

// ------------------------------------------------------------ classmethod, staticmethod

export class PyClassMethod extends NativeDescriptor {
  readonly isData = false;
  constructor(public func: PyValue, type: PyType = classmethodType) {
    super(type);
  }
  get(obj: PyValue | undefined, owner: PyType): PyValue {
    return new PyMethod(this.func, owner);
  }
}

export class PyStaticMethod extends NativeDescriptor {
  readonly isData = false;
  constructor(public func: PyValue, type: PyType = staticmethodType) {
    super(type);
  }
  get(): PyValue {
    return this.func;
  }
}

/** Copies `__name__`, `__doc__` etc. of the wrapped function into the wrapper's dict (3.10+ behaviour). */
function copyWrapperAttrs(wrapper: PyObject, func: PyValue): void {
  for (const name of ['__module__', '__name__', '__qualname__', '__doc__']) {
    const v = getAttrOrUndefined(func, name);
    if (v !== undefined) setAttr(wrapper, name, v);
  }
  setAttr(wrapper, '__wrapped__', func);
}

staticNew(classmethodType, (cls, args) => new PyClassMethod(args.length > 0 ? args[0] : None, cls));
method(classmethodType, '__init__', (self: PyClassMethod, func: PyValue) => {
  self.func = func;
  copyWrapperAttrs(self, func);
  return None;
});
method(classmethodType, '__get__', (self: PyClassMethod, obj: PyValue, owner?: PyValue) => {
  checkGetArgs(obj, owner);
  const cls = owner === undefined || owner === None ? typeOf(obj) : owner;
  return new PyMethod(self.func, cls);
}, GET_SIG);
getter(classmethodType, '__func__', (self) => (self as PyClassMethod).func);
getter(classmethodType, '__isabstractmethod__', (self) => {
  const a = getAttrOrUndefined((self as PyClassMethod).func, '__isabstractmethod__');
  return a !== undefined && isTrue(a);
});
method(classmethodType, '__repr__', (self: PyClassMethod) => `<classmethod(${repr(self.func)})>`);

staticNew(staticmethodType, (cls, args) => new PyStaticMethod(args.length > 0 ? args[0] : None, cls));
method(staticmethodType, '__init__', (self: PyStaticMethod, func: PyValue) => {
  self.func = func;
  copyWrapperAttrs(self, func);
  return None;
});
method(staticmethodType, '__get__', (self: PyStaticMethod, obj: PyValue, owner?: PyValue) => {
  checkGetArgs(obj, owner);
  return self.func;
}, GET_SIG);
methodRaw(staticmethodType, '__call__', (args, kwnames) => call((args[0] as PyStaticMethod).func, args.slice(1), kwnames));
getter(staticmethodType, '__func__', (self) => (self as PyStaticMethod).func);
getter(staticmethodType, '__isabstractmethod__', (self) => {
  const a = getAttrOrUndefined((self as PyStaticMethod).func, '__isabstractmethod__');
  return a !== undefined && isTrue(a);
});
method(staticmethodType, '__repr__', (self: PyStaticMethod) => `<staticmethod(${repr(self.func)})>`);

// ------------------------------------------------------------ super

export class PySuper extends PyObject {
  constructor(
    type: PyType,
    /** The class whose successors in the MRO are searched (super's first argument). */
    public thisClass: PyType | null,
    /** The bound object or class (super's second argument), or null when unbound. */
    public obj: PyValue | null,
    /** The type whose MRO is searched: type(obj), or obj itself when obj is a subclass. */
    public objType: PyType | null,
  ) {
    super(type);
  }
}

/** The type whose MRO super(type, obj) searches, raising CPython's error when obj does not fit. */
function superCheck(t: PyType, obj: PyValue): PyType {
  if (obj instanceof PyType && obj.isSubtypeOf(t)) return obj;
  const ot = typeOf(obj);
  if (ot.isSubtypeOf(t)) return ot;
  const cls = getAttrOrUndefined(obj, '__class__');
  if (cls instanceof PyType && cls !== ot && cls.isSubtypeOf(t)) return cls;
  return raiseError('TypeError', 'super(type, obj): obj must be an instance or subtype of type');
}

/** super.__init__'s work: `args` are super's arguments (none for the zero-argument form). */
export function superInit(self: PySuper, args: readonly PyValue[]): void {
  let t: PyValue;
  let obj: PyValue | null;
  if (args.length === 0) {
    const zeroArg = state.executor.zeroArgSuper;
    if (zeroArg === undefined) raiseError('RuntimeError', 'super(): no arguments');
    [t, obj] = zeroArg.call(state.executor);
  } else {
    t = args[0];
    obj = args.length > 1 ? args[1] : null;
  }
  if (!(t instanceof PyType)) raiseError('TypeError', `super() argument 1 must be a type, not ${typeOf(t).name}`);
  if (obj === None && args.length > 1) obj = None;
  self.thisClass = t;
  self.obj = obj;
  self.objType = obj === null ? null : superCheck(t, obj);
}

/** `super()` called without arguments in the running frame, as type.__call__(super) makes it. */
export function newZeroArgSuper(): PySuper {
  const s = new PySuper(superType, null, null, null);
  superInit(s, []);
  return s;
}

staticNew(superType, (cls) => new PySuper(cls, null, null, null));
methodRaw(superType, '__init__', (args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) raiseError('TypeError', 'super() takes no keyword arguments');
  if (args.length > 3) raiseError('TypeError', `super() expected at most 2 arguments, got ${args.length - 1}`);
  superInit(args[0] as PySuper, args.slice(1));
  return None;
});

/** super().name: the attribute after thisClass in objType's MRO, bound to obj. */
export function superGetAttr(self: PySuper, name: string): PyValue {
  const found = superFind(self, name);
  if (found !== undefined) {
    const start = self.objType as PyType;
    return bindDescriptor(found, self.obj === start ? undefined : (self.obj as PyValue), start);
  }
  const v = genericGetAttr(self, name, self.type);
  if (v !== undefined) return v;
  return noAttribute(self, name);
}

/**
 * LOAD_METHOD's view of `super().name`: the Python function superGetAttr
 * would bind to the instance `self.obj`, or null for anything else (a
 * class binding, another kind of attribute: superGetAttr decides those).
 */
export function superMethod(self: PySuper, name: string): PyFunction | null {
  if (self.obj === self.objType) return null;
  const found = superFind(self, name);
  return found instanceof PyFunction ? found : null;
}

/** The class attribute `super().name` stands for: the first after thisClass in objType's MRO (unbound), or undefined. */
function superFind(self: PySuper, name: string): PyValue | undefined {
  const start = self.objType;
  const thisClass = self.thisClass;
  if (start === null || thisClass === null || name === '__class__') return undefined;
  const mro = start.mro;
  for (let i = mro.indexOf(thisClass) + 1; i > 0 && i < mro.length; i++) {
    const v = mro[i]!.attrs.get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}

method(superType, '__getattribute__', (self: PySuper, name: PyValue) => {
  if (typeof name !== 'string') raiseError('TypeError', `attribute name must be string, not '${typeOf(name).name}'`);
  return superGetAttr(self, name);
});
method(superType, '__get__', (self: PySuper, obj: PyValue, owner?: PyValue) => {
  checkGetArgs(obj, owner);
  if (obj === None || self.obj !== null || self.thisClass === null) return self;
  const s = new PySuper(self.type, null, null, null);
  superInit(s, [self.thisClass, obj]);
  return s;
}, GET_SIG);
method(superType, '__repr__', (self: PySuper) => {
  const cls = `<class '${self.thisClass === null ? 'NULL' : self.thisClass.name}'>`;
  if (self.objType === null) return `<super: ${cls}, NULL>`;
  return `<super: ${cls}, <${self.objType.name} object>>`;
});
getter(superType, '__thisclass__', (self) => (self as PySuper).thisClass ?? None);
getter(superType, '__self__', (self) => (self as PySuper).obj ?? None);
getter(superType, '__self_class__', (self) => (self as PySuper).objType ?? None);
