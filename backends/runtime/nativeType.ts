// Declaring the methods of the containers' built-in types in a table (each
// entry goes through type.ts's `method`).
// Also the base class of every native iterator, whose `nextValue` is the
// cheap path backends and the abstract layer call instead of `__next__`.
// Invariant: nextValue returns undefined exactly when the iterator is exhausted.
import { PyObject, PyType, raiseWith, builtinTypes, type PyValue } from './object.js';
import type { NativeFn, NativeSignature } from './function.js';
import { method } from './type.js';

export type MethodTable = Record<string, NativeFn | [NativeFn, NativeSignature]>;

/** Adds `methods` (impl takes self first) to `type`'s namespace as method descriptors. */
export function defineMethods(type: PyType, methods: MethodTable): void {
  for (const name of Object.keys(methods)) {
    const entry = methods[name];
    const [impl, sig] = Array.isArray(entry) ? entry : [entry, undefined];
    method(type, name, impl, sig);
  }
}

/** A native iterator: `nextValue()` yields the next item or undefined at the end. */
export abstract class PyIterator extends PyObject {
  abstract nextValue(): PyValue | undefined;
}

/** Raises StopIteration (no value), for `__next__` called from Python. */
export function stopIteration(): never {
  raiseWith(builtinTypes.get('StopIteration') as PyType, []);
}

/** Gives an iterator type `__iter__` (returns self) and `__next__`. */
export function defineIteratorMethods(type: PyType): void {
  defineMethods(type, {
    __iter__: (self: PyIterator) => self,
    __next__: (self: PyIterator) => {
      const v = self.nextValue();
      return v === undefined ? stopIteration() : v;
    },
  });
}
