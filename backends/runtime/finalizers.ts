// What CPython does to the objects still alive when a program ends: tearing
// down __main__'s globals drops their last references, so suspended
// generators are closed (their finally blocks run) and __del__ methods are
// called. The order is what CPython 3.11 shows for simple programs: the
// globals in insertion order, then what those objects hold (level by level),
// list and tuple items from the end. pvm keeps no reference
// counts, so an object dropped earlier (`del x`, rebinding) is not
// finalized; none is finalized twice.
import { PyObject, PyType, PyBaseException, TypeFlags, objectType, type PyValue, type StrDict } from './object.js';
import { PyList } from './list.js';
import { PyTuple } from './tuple.js';
import { PyDict } from './dict.js';
import { PySet } from './set.js';
import { PyGenerator, generatorType, closeDropped, anyGeneratorSuspended } from './generator.js';
import { call1 } from './abstract.js';
import { writeUnraisable } from './uncaught.js';

/** Finalizes what __main__'s globals still reach, as CPython's shutdown does. */
export function finalizeMainModule(modules: StrDict): void {
  const main = modules.getStr('__main__');
  if (!(main instanceof PyObject) || !(main.dict instanceof PyDict)) return;
  // Most programs have nothing to finalize: skip the walk over their data.
  if (!anyGeneratorSuspended() && !someClassDefines(objectType, '__del__')) return;
  const seen = new Set<PyObject>();
  const delOf = new Map<PyType, PyValue | null>();
  let level: PyObject[] = [];
  const schedule = (held: readonly PyValue[]): void => {
    for (const v of held) {
      if (typeof v === 'object' && v instanceof PyObject && mayFinalize(v) && !seen.has(v)) {
        seen.add(v);
        level.push(v);
      }
    }
  };
  schedule(main.dict.valueList());
  while (level.length > 0) {
    const current = level;
    level = [];
    for (const v of current) finalize(v, delOf);
    for (const v of current) schedule(releasedBy(v));
  }
}

function someClassDefines(t: PyType, name: string): boolean {
  if ((t.flags & TypeFlags.BUILTIN) === 0 && t.attrs.has(name)) return true;
  return t.subclasses.some((s) => someClassDefines(s, name));
}

/** Whether v has a finalizer or holds objects (a float or a function does neither here). */
function mayFinalize(v: PyObject): boolean {
  return (v.type.flags & TypeFlags.BUILTIN) === 0 || v instanceof PyList || v instanceof PyTuple || v instanceof PyDict
    || v instanceof PySet || v instanceof PyGenerator;
}

function finalize(v: PyObject, delOf: Map<PyType, PyValue | null>): void {
  if (v instanceof PyGenerator) {
    if (v.type === generatorType && v.started && !v.finished) closeDropped(v);
    return;
  }
  if (v.type.flags & TypeFlags.BUILTIN) return;
  let del = delOf.get(v.type);
  if (del === undefined) delOf.set(v.type, del = v.type.lookup('__del__'));
  if (del === null) return;
  try {
    call1(del, v);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    writeUnraisable(e, del);
  }
}

/** The references v's deallocation drops, in the order it drops them. */
function releasedBy(v: PyObject): readonly PyValue[] {
  if (v instanceof PyList || v instanceof PyTuple) return v.items.slice().reverse();
  if (v instanceof PyDict) {
    const keys = v.keyList();
    const values = v.valueList();
    return keys.flatMap((k, i) => [k, values[i]!]);
  }
  if (v instanceof PySet) return v.table.liveKeys();
  if (v.type.flags & TypeFlags.BUILTIN) return [];
  const held: PyValue[] = [];
  if (v.dict instanceof PyDict) held.push(...v.dict.valueList());
  if (v.slots !== null) for (const s of v.slots) if (s !== undefined) held.push(s);
  return held;
}
