// Struct sequences (CPython's PyStructSequence): tuple subclasses whose items
// are also named attributes, as sys.version_info, sys.float_info and
// time.struct_time are. The repr names every field: `time.struct_time(tm_year=...)`.
// Invariant: the tuple holds exactly the visible fields, in declaration order.
import type { PyType, PyValue } from '../object.js';
import { PyTuple, tupleType } from '../tuple.js';
import { defineBuiltinType, getter, method } from '../type.js';
import { repr } from '../abstract.js';

export interface StructSeqType {
  readonly type: PyType;
  make(values: PyValue[]): PyTuple;
}

/** Declares a struct sequence type `module.name` with the given field names. */
export function structSeqType(module: string, name: string, fields: readonly string[]): StructSeqType {
  const type = defineBuiltinType({ name, module, base: tupleType, subclassable: false });
  fields.forEach((field, index) => getter(type, field, (self) => (self as PyTuple).items[index]!));
  method(type, '__repr__', (self: PyTuple) => {
    const parts = fields.map((field, index) => `${field}=${repr(self.items[index]!)}`);
    return `${module}.${name}(${parts.join(', ')})`;
  });
  return { type, make: (values) => new PyTuple(values, type) };
}
