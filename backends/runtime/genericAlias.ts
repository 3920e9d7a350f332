// types.GenericAlias: what `list[int]`, `dict[str, int]` and `tuple[int, ...]`
// evaluate to (annotations are evaluated at def time in 3.11), with CPython's
// repr, __origin__/__args__, equality, hashing, calling (it creates an
// instance of the origin) and __mro_entries__ (class C(list[int]) derives list).
// Invariant: `args` is always a tuple, as CPython stores it.
import { PyObject, PyType, NotImplemented, Ellipsis, builtinTypes, raiseError, typeName, type PyValue } from './object.js';
import * as rt from './abstract.js';
import { defineBuiltinType, getter, method, methodRaw, classMethod, staticNew } from './type.js';
import { defineMethods } from './nativeType.js';
import { PyTuple, newTuple, emptyTuple, tupleType } from './tuple.js';
import { listType } from './list.js';
import { dictType } from './dict.js';
import { setType, frozensetType } from './set.js';

export const genericAliasType = defineBuiltinType({ name: 'GenericAlias', module: 'types' });
builtinTypes.set('types.GenericAlias', genericAliasType);

export class PyGenericAlias extends PyObject {
  readonly args: PyTuple;
  constructor(readonly origin: PyValue, args: PyValue) {
    super(genericAliasType);
    this.args = args instanceof PyTuple ? args : newTuple([args]);
  }
}

/** How CPython's ga_repr shows one argument. */
function argRepr(v: PyValue): string {
  if (v === Ellipsis) return '...';
  if (v instanceof PyGenericAlias) return aliasRepr(v);
  if (v instanceof PyType) return v.module === 'builtins' ? v.qualname : `${v.module}.${v.qualname}`;
  return rt.repr(v);
}

function aliasRepr(a: PyGenericAlias): string {
  const args = a.args.items.length === 0 ? '()' : a.args.items.map(argRepr).join(', ');
  return `${argRepr(a.origin)}[${args}]`;
}

defineMethods(genericAliasType, {
  __repr__: (self: PyGenericAlias) => aliasRepr(self),
  __eq__: (self: PyGenericAlias, o: PyValue) => {
    if (!(o instanceof PyGenericAlias)) return NotImplemented;
    return rt.pyEq(self.origin, o.origin) && rt.pyEq(self.args, o.args);
  },
  __hash__: (self: PyGenericAlias) => {
    const h = BigInt.asIntN(64, BigInt(rt.pyHash(self.origin)) ^ BigInt(rt.pyHash(self.args)));
    return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
  },
  __mro_entries__: (self: PyGenericAlias, _bases: PyValue) => newTuple([self.origin]),
  __instancecheck__: (_self: PyGenericAlias, _obj: PyValue) => raiseError('TypeError', 'isinstance() argument 2 cannot be a parameterized generic'),
  __subclasscheck__: (_self: PyGenericAlias, _cls: PyValue) => raiseError('TypeError', 'issubclass() argument 2 cannot be a parameterized generic'),
  __getitem__: (self: PyGenericAlias) => raiseError('TypeError', `${aliasRepr(self)} is not a generic class`),
});
/** The attributes an alias answers itself (CPython's attr_exceptions); any other is its origin's. */
const OWN_ATTRIBUTES = new Set([
  '__class__', '__origin__', '__args__', '__unpacked__', '__parameters__', '__typing_unpacked_tuple_args__',
  '__mro_entries__', '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__',
]);
method(genericAliasType, '__getattribute__', (self: PyGenericAlias, name: PyValue) => {
  if (typeof name === 'string' && !OWN_ATTRIBUTES.has(name)) return rt.getAttr(self.origin, name);
  if (typeof name !== 'string') raiseError('TypeError', `attribute name must be string, not '${typeName(name)}'`);
  return rt.genericGetAttr(self, name, genericAliasType) ?? rt.noAttribute(self, name);
});
methodRaw(genericAliasType, '__call__', (args, kwnames) => rt.call((args[0] as PyGenericAlias).origin, args.slice(1), kwnames));
getter(genericAliasType, '__origin__', (self) => (self as PyGenericAlias).origin);
getter(genericAliasType, '__args__', (self) => (self as PyGenericAlias).args);
getter(genericAliasType, '__parameters__', () => emptyTuple);
staticNew(genericAliasType, (_cls, args) => {
  if (args.length !== 2) raiseError('TypeError', `GenericAlias expected 2 arguments, got ${args.length}`);
  return new PyGenericAlias(args[0], args[1]);
});

/** Gives a built-in class CPython's `__class_getitem__` (`list[int]` is a GenericAlias). */
export function makeGeneric(t: PyType): void {
  classMethod(t, '__class_getitem__', (cls: PyType, item: PyValue) => new PyGenericAlias(cls, item));
}

for (const t of [listType, dictType, tupleType, setType, frozensetType]) makeGeneric(t);
