// What the vm derives once per code object and keeps beside it: the constant
// pool as run-time values, and which cells start out holding an argument.
// Invariant: computed lazily on first execution and never changed, so every
// frame of the same code shares one CodeInfo.
import type { CodeObject } from '../../frontend/bytecode/code.js';
import { CodeFlags } from '../../frontend/bytecode/code.js';
import { constantValue } from '../runtime/constants.js';
import type { PyValue } from '../runtime/object.js';
import { AttrCaches } from './attrCache.js';

export interface CodeInfo {
  /** code.consts as values; a nested code object stays a CodeObject (only MAKE_FUNCTION reads it). */
  readonly consts: (PyValue | CodeObject)[];
  /** For each cellvar, the varnames index of the argument it captures, or -1. */
  readonly cellArgs: Int32Array;
  readonly isGenerator: boolean;
  readonly attrCaches: AttrCaches;
}

/** The CodeInfo rides on the code object itself: a property read per call instead of a WeakMap lookup. */
interface CodeWithInfo extends CodeObject {
  vmInfo?: CodeInfo;
}

export function codeInfo(code: CodeObject): CodeInfo {
  return (code as CodeWithInfo).vmInfo ?? ((code as CodeWithInfo).vmInfo = buildInfo(code));
}

function buildInfo(code: CodeObject): CodeInfo {
  const consts = code.consts.map((c) => (typeof c === 'object' && c !== null && c.kind === 'code' ? c.code : constantValue(c)));
  const cellArgs = new Int32Array(code.cellvars.length);
  let nargs = code.argcount + code.kwonlyargcount;
  if (code.flags & CodeFlags.VARARGS) nargs++;
  if (code.flags & CodeFlags.VARKEYWORDS) nargs++;
  code.cellvars.forEach((name, i) => {
    const index = code.varnames.indexOf(name);
    cellArgs[i] = index >= 0 && index < nargs ? index : -1;
  });
  const isGenerator = (code.flags & (CodeFlags.GENERATOR | CodeFlags.COROUTINE | CodeFlags.ASYNC_GENERATOR)) !== 0;
  return { consts, cellArgs, isGenerator, attrCaches: new AttrCaches(code.ops.length) };
}
