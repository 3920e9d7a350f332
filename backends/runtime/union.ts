// types.UnionType: what `int | None` builds (PEP 604), as annotations
// evaluated at definition time and isinstance(x, int | str) need it.
// Invariant: a union's args are flattened (no nested unions), free of
// duplicates, None spelled as NoneType; a one-member union is the member itself.
import { PyObject, PyType, None, NotImplemented, typeOf, raiseError, containers, noneType, builtinTypes, type PyValue } from './object.js';
import { defineBuiltinType, method, getter } from './type.js';
import { repr, pyEq, pyHash, getAttrOrUndefined } from './abstract.js';

export const unionType = defineBuiltinType({ name: 'UnionType', module: 'types', subclassable: false });
builtinTypes.set('types.UnionType', unionType);

export class PyUnion extends PyObject {
  constructor(readonly args: readonly PyValue[]) {
    super(unionType);
  }
}

function isGenericAlias(v: PyValue): boolean {
  const ga = builtinTypes.get('types.GenericAlias');
  return ga !== undefined && typeOf(v).isSubtypeOf(ga);
}

/** What may stand on either side of `|` to make a union (CPython's is_unionable). */
function isUnionable(v: PyValue): boolean {
  return v === None || v instanceof PyType || v instanceof PyUnion || isGenericAlias(v);
}

function members(v: PyValue): PyValue[] {
  if (v instanceof PyUnion) return [...v.args];
  return [v === None ? noneType : v];
}

/** `a | b` for types, unions, generic aliases and None; NotImplemented for anything else. */
export function unionOr(a: PyValue, b: PyValue): PyValue {
  if (!isUnionable(a) || !isUnionable(b)) return NotImplemented;
  const args: PyValue[] = [];
  for (const m of [...members(a), ...members(b)]) {
    if (!args.some((x) => x === m || (isGenericAlias(x) && pyEq(x, m)))) args.push(m);
  }
  return args.length === 1 ? args[0] : new PyUnion(args);
}

function memberRepr(v: PyValue): string {
  if (v === noneType || v === None) return 'None';
  if (isGenericAlias(v)) return repr(v);
  if (v instanceof PyType) {
    const mod = getAttrOrUndefined(v, '__module__');
    return mod === 'builtins' ? v.qualname : `${typeof mod === 'string' ? mod : '?'}.${v.qualname}`;
  }
  return repr(v);
}

method(unionType, '__repr__', (self: PyUnion) => self.args.map(memberRepr).join(' | '));
method(unionType, '__or__', (self: PyUnion, other: PyValue) => unionOr(self, other));
method(unionType, '__ror__', (self: PyUnion, other: PyValue) => unionOr(other, self));
method(unionType, '__eq__', (self: PyUnion, other: PyValue) => {
  if (!(other instanceof PyUnion)) return NotImplemented;
  return self.args.length === other.args.length && self.args.every((a) => other.args.some((b) => pyEq(a, b)));
});
method(unionType, '__hash__', (self: PyUnion) => {
  let h = 0;
  for (const a of self.args) h ^= Number(BigInt.asIntN(52, BigInt(pyHash(a))));
  return h === -1 ? -2 : h;
});
getter(unionType, '__args__', (self) => containers.newTuple([...(self as PyUnion).args]));


/** Gives types.GenericAlias its `|` (index.ts calls this once genericAlias.ts has loaded). */
export function installUnionOperators(genericAlias: PyType): void {
  if (genericAlias.attrs.has('__or__')) return;
  method(genericAlias, '__or__', (self: PyValue, other: PyValue) => unionOr(self, other));
  method(genericAlias, '__ror__', (self: PyValue, other: PyValue) => unionOr(other, self));
}
