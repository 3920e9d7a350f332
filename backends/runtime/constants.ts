// Constants of a code object's pool as run-time values: what LOAD_CONST pushes.
// Every backend converts a pool once per code object through this function.
// Invariant: ints follow the value representation (a safe integer as a JS
// number, else a bigint); folded tuples and frozensets are built recursively,
// frozensets in the slot order CPython's constant merging leaves them in.
import type { CodeConstant } from '../../frontend/bytecode/code.js';
import { None, Ellipsis, containers, type PyValue } from './object.js';
import { PyFloat } from './float.js';
import { PyComplex } from './complex.js';
import { PyBytes } from './bytes.js';
import { newSetFrom, frozensetType } from './set.js';
import { toArray } from './abstract.js';

export function constantValue(c: CodeConstant): PyValue {
  switch (c.kind) {
    case 'None':
      return None;
    case 'Ellipsis':
      return Ellipsis;
    case 'bool':
      return c.value;
    case 'int':
      return c.value >= -9007199254740991n && c.value <= 9007199254740991n ? Number(c.value) : c.value;
    case 'float':
      return new PyFloat(c.value);
    case 'complex':
      return new PyComplex(c.real, c.imag);
    case 'str':
      return c.value;
    case 'bytes':
      return new PyBytes(c.value);
    case 'tuple':
      return containers.newTuple(c.items.map(constantValue));
    case 'frozenset': {
      // CPython's compiler builds a frozenset constant again from the first one's iteration order
      // (merge_consts_recursive), which can lay colliding keys out anew; interning its strings in
      // _PyCode_New rebuilds it once more when that replaced one of them. Which strings that is
      // depends on what CPython interned before; a one-character name such as 'a' is the case
      // that fits python3 (297 of 300 random literals iterate alike), so that is the rule here.
      const first = newSetFrom(containers.newTuple(c.items.map(constantValue)), frozensetType);
      if (c.items.length === 0) return first;
      const merged = newSetFrom(containers.newTuple(toArray(first)), frozensetType);
      const reinterned = c.items.some((item) => item.kind === 'str' && /^[A-Za-z0-9_]$/.test(item.value));
      return reinterned ? newSetFrom(containers.newTuple(toArray(merged)), frozensetType) : merged;
    }
    case 'code':
      throw new Error('internal: a code constant has no run-time value of its own (MAKE_FUNCTION reads it)');
    default:
      throw new Error(`internal: unknown constant kind ${(c as { kind: string }).kind}`);
  }
}
