// The recursion guard of container reprs (CPython's Py_ReprEnter/Py_ReprLeave):
// a container already being repr'd further up the stack prints as `[...]`,
// `{...}`, `(...)`. Invariant: every successful reprEnter is paired with a
// reprLeave in a finally block.
import type { PyObject } from './object.js';

const active = new Set<PyObject>();

/** Marks `obj` as being repr'd; false when it already is (the caller prints the ellipsis form). */
export function reprEnter(obj: PyObject): boolean {
  if (active.has(obj)) return false;
  active.add(obj);
  return true;
}

export function reprLeave(obj: PyObject): void {
  active.delete(obj);
}
