// The recursion guard of container reprs (CPython's Py_ReprEnter/Py_ReprLeave):
// a container already being repr'd further up the stack prints as `[...]`,
// `{...}`, `(...)`. Invariant: every successful reprEnter is paired with a
// reprLeave in a finally block. Nesting deeper than the recursion limit raises
// RecursionError, as CPython's repr does.
import { raiseError, type PyObject } from './object.js';
import { state } from './interpreter.js';

const active = new Set<PyObject>();

/** Marks `obj` as being repr'd; false when it already is (the caller prints the ellipsis form). */
export function reprEnter(obj: PyObject): boolean {
  if (active.has(obj)) return false;
  // CPython counts each nested repr against the recursion limit.
  if (active.size >= state.recursionLimit) raiseError('RecursionError', 'maximum recursion depth exceeded while getting the repr of an object');
  active.add(obj);
  return true;
}

export function reprLeave(obj: PyObject): void {
  active.delete(obj);
}
