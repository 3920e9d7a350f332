// Struct sequences (CPython's PyStructSequence): tuple subclasses whose items
// are also named attributes, as sys.version_info, sys.float_info and
// time.struct_time are. The repr names every field: `time.struct_time(tm_year=...)`.
// Invariant: the tuple holds exactly the visible fields, in declaration order.
import { None, raiseError, type PyType, type PyValue } from '../object.js';
import { PyTuple, tupleType } from '../tuple.js';
import { defineBuiltinType, getter, method, staticNew } from '../type.js';
import { repr, toArray } from '../abstract.js';

export interface StructSeqType {
  readonly type: PyType;
  /** A struct sequence of `values`, with `extra` for the fields outside the tuple (None where missing). */
  make(values: PyValue[], extra?: PyValue[]): PyTuple;
}

/** A struct sequence with fields that are attributes only (time.struct_time's tm_zone, tm_gmtoff). */
class PyStructSeq extends PyTuple {
  constructor(items: PyValue[], type: PyType, readonly extra: PyValue[]) {
    super(items, type);
  }
}

/**
 * Declares a struct sequence type `module.name` with the given field names;
 * `hidden` names fields that are attributes but not items, as CPython's
 * n_in_sequence leaves them. With `constructible`, the type takes a sequence
 * of the visible fields plus, optionally, the hidden ones.
 */
export function structSeqType(module: string, name: string, fields: readonly string[], hidden: readonly string[] = [], constructible = false): StructSeqType {
  const type = defineBuiltinType({ name, module, base: tupleType, subclassable: false });
  fields.forEach((field, index) => getter(type, field, (self) => (self as PyTuple).items[index]!));
  hidden.forEach((field, index) => getter(type, field, (self) => (self instanceof PyStructSeq ? self.extra[index] : undefined) ?? None));
  method(type, '__repr__', (self: PyTuple) => {
    const parts = fields.map((field, index) => `${field}=${repr(self.items[index]!)}`);
    return `${module}.${name}(${parts.join(', ')})`;
  });
  const make = (values: PyValue[], extra: PyValue[] = []): PyTuple => new PyStructSeq(values, type, extra);
  if (constructible) {
    staticNew(type, (_cls, args) => {
      const items = toArray(args[0] ?? None);
      const min = fields.length;
      const max = min + hidden.length;
      if (items.length < min) raiseError('TypeError', `${module}.${name}() takes an at least ${min}-sequence (${items.length}-sequence given)`);
      if (items.length > max) raiseError('TypeError', `${module}.${name}() takes an at most ${max}-sequence (${items.length}-sequence given)`);
      return make(items.slice(0, min), items.slice(min));
    });
  }
  return { type, make };
}
