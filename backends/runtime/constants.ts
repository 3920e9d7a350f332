// Constants of a code object's pool as run-time values: what LOAD_CONST pushes.
// Every backend converts a pool once per code object through this function.
// Invariant: ints follow the value representation (a safe integer as a JS
// number, else a bigint); folded tuples and frozensets are built recursively.
import type { CodeConstant } from '../../frontend/bytecode/code.js';
import { None, Ellipsis, containers, type PyValue } from './object.js';
import { PyFloat } from './float.js';
import { PyComplex } from './complex.js';
import { PyBytes } from './bytes.js';
import { newSetFrom, frozensetType } from './set.js';

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
    case 'frozenset':
      return newSetFrom(containers.newTuple(c.items.map(constantValue)), frozensetType);
    case 'code':
      throw new Error('internal: a code constant has no run-time value of its own (MAKE_FUNCTION reads it)');
    default:
      throw new Error(`internal: unknown constant kind ${(c as { kind: string }).kind}`);
  }
}
