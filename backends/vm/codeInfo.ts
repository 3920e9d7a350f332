// What the vm derives once per code object and keeps beside it: the constant
// pool as run-time values, and which cells start out holding an argument.
// Invariant: computed lazily on first execution and never changed, so every
// frame of the same code shares one CodeInfo.
import type { CodeObject } from '../../frontend/bytecode/code.js';
import { CodeFlags } from '../../frontend/bytecode/code.js';
import { constantValue } from '../runtime/constants.js';
import type { PyValue } from '../runtime/object.js';
import type { PyFunction } from '../runtime/function.js';
import { AttrCaches } from './attrCache.js';
import type { Frame } from './frame.js';
import { quicken } from './superinstructions.js';

/**
 * LOAD_GLOBAL's cache, one entry per name of code.names: the value found and
 * the stamps the globals and builtins dicts had then (NaN: never filled).
 */
export interface GlobalCache {
  readonly globalsStamp: Float64Array;
  readonly builtinsStamp: Float64Array;
  readonly values: (PyValue | undefined)[];
}

/**
 * CALL's cache of class calls, one entry per instruction: the version of the
 * class called there (unique to that class and its state) and the __init__
 * to run (null: the call takes type.__call__'s generic path).
 */
export interface InitCache {
  readonly versions: Float64Array;
  readonly inits: (PyFunction | null | undefined)[];
}

export function newInitCache(size: number): InitCache {
  return { versions: new Float64Array(size).fill(NaN), inits: new Array(size) };
}

export interface CodeInfo {
  /** code.consts as values (strings internalized); a nested code object stays a CodeObject (only MAKE_FUNCTION reads it). */
  readonly consts: (PyValue | CodeObject)[];
  /** What the eval loop dispatches on: code.ops with superinstructions (superinstructions.ts). */
  readonly quickOps: Uint8Array;
  /** code.names internalized: see `internalize`. */
  readonly names: readonly string[];
  /** For each cellvar, the varnames index of the argument it captures, or -1. */
  readonly cellArgs: Int32Array;
  readonly isGenerator: boolean;
  readonly attrCaches: AttrCaches;
  readonly globalCache: GlobalCache;
  /** Slots of a frame's locals-plus-stack array: code.varnames.length + code.stacksize. */
  readonly frameSize: number;
  /** code.varnames.length: where the value stack starts in that array. */
  readonly nlocals: number;
  /** code.cellvars.length + code.freevars.length. */
  readonly ncells: number;
  /** Made on the first class call CALL runs in this code. */
  initCache: InitCache | null;
  /** Frames of this code whose call returned and that nothing else refers to (frame.ts: acquireFrame). */
  readonly freeFrames: Frame[];
}

/** The CodeInfo rides on the code object itself: a property read per call instead of a WeakMap lookup. */
interface CodeWithInfo extends CodeObject {
  vmInfo?: CodeInfo;
}

export function codeInfo(code: CodeObject): CodeInfo {
  return (code as CodeWithInfo).vmInfo ?? ((code as CodeWithInfo).vmInfo = buildInfo(code));
}

function buildInfo(code: CodeObject): CodeInfo {
  const consts = code.consts.map((c) => {
    if (typeof c === 'object' && c !== null && c.kind === 'code') return c.code;
    const v = constantValue(c);
    return typeof v === 'string' ? internalize(v) : v;
  });
  const cellArgs = new Int32Array(code.cellvars.length);
  let nargs = code.argcount + code.kwonlyargcount;
  if (code.flags & CodeFlags.VARARGS) nargs++;
  if (code.flags & CodeFlags.VARKEYWORDS) nargs++;
  code.cellvars.forEach((name, i) => {
    const index = code.varnames.indexOf(name);
    cellArgs[i] = index >= 0 && index < nargs ? index : -1;
  });
  const isGenerator = (code.flags & (CodeFlags.GENERATOR | CodeFlags.COROUTINE | CodeFlags.ASYNC_GENERATOR)) !== 0;
  const nlocals = code.varnames.length;
  return {
    consts, quickOps: quicken(code.ops, code.args), names: code.names.map(internalize), cellArgs, isGenerator, attrCaches: new AttrCaches(code.ops.length), globalCache: newGlobalCache(code.names.length),
    frameSize: nlocals + code.stacksize, nlocals, ncells: code.cellvars.length + code.freevars.length,
    initCache: null, freeFrames: [],
  };
}

function newGlobalCache(n: number): GlobalCache {
  return { globalsStamp: new Float64Array(n).fill(NaN), builtinsStamp: new Float64Array(n).fill(NaN), values: new Array(n) };
}

/**
 * V8's own copy of `s` (the one property keys use). Names and constants come
 * out of the parser as slices of the source; as dict keys each lookup then
 * compares characters. Internalized, equal names from every code object are
 * one string and Map lookups compare pointers.
 */
function internalize(s: string): string {
  const holder: Record<string, number> = {};
  holder[s] = 0;
  for (const key in holder) return key;
  return s;
}
