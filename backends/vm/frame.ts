// The vm's frame: one activation of a code object. A frame is plain data (code,
// locals, cells, value stack, pc) so a generator can keep it across
// suspensions and the eval loop can re-enter it at `pc`.
// Invariants: locals and value stack share one array (CPython's localsplus):
// `fast[0 .. nlocals)` are the varnames' slots (undefined = unbound) and
// `stack[nlocals .. sp)` the live stack entries; `cells` holds cellvars then freevars.
// A function frame whose call returned is reused for the next call of its code
// (CPython allocates frames on a per-thread stack for the same reason) unless
// something may still see it: `escaped` is set, for the frame and its callers,
// wherever a traceback or a frame object is made.
import type { CodeObject } from '../../frontend/bytecode/code.js';
import type { PyCell, PyFunction } from '../runtime/function.js';
import type { PyValue, StrDict } from '../runtime/object.js';
import { codeInfo, type CodeInfo } from './codeInfo.js';

/** What a slot of the value stack can hold: a value, NULL (PUSH_NULL), or a code object for MAKE_FUNCTION. */
export type StackValue = PyValue | null;

const NO_CELLS: PyCell[] = [];

/** Released frames kept per code object: enough for the recursion of typical programs, a bound on what idle frames hold. */
const FREE_FRAMES_PER_CODE = 32;

export class Frame {
  readonly info: CodeInfo;
  /** Unbound slots are holes or undefined (read as undefined). The same array as `stack`. */
  readonly fast: (PyValue | undefined)[];
  readonly cells: PyCell[];
  /** The same array as `fast`: the value stack starts at index code.varnames.length. */
  readonly stack: StackValue[];
  sp: number;
  /** Index of the next instruction to execute. */
  pc = 0;
  /** The cells COPY_FREE_VARS copies for a class body run by execCode (functions use func.closure). */
  closure: PyCell[] | null = null;
  /** Whether the last exit from evalFrame was a YIELD_VALUE (the frame can be resumed). */
  yielded = false;
  /** The caller, for sys._getframe and tracebacks of generators. */
  back: Frame | null = null;
  /** The exception being handled when this generator frame last yielded (CPython's gi_exc_state). */
  savedHandled: PyValue | null = null;
  /** A traceback or frame object may refer to this frame: it is never reused. */
  escaped = false;

  constructor(
    readonly code: CodeObject,
    public func: PyFunction | null,
    public globals: StrDict,
    public builtins: StrDict,
    /** The namespace of a module or class body (LOAD_NAME / STORE_NAME); null in functions. */
    readonly locals: StrDict | null,
  ) {
    const info = codeInfo(code);
    this.info = info;
    const slots = new Array<StackValue | undefined>(info.frameSize);
    this.fast = slots as (PyValue | undefined)[];
    this.stack = slots as StackValue[];
    this.sp = info.nlocals;
    this.cells = info.ncells === 0 ? NO_CELLS : new Array(info.ncells);
  }

  /** The line of the instruction at `pc` (or the one just executed, after a call returned). */
  lineAt(index: number): number {
    return this.code.positions[index]?.line ?? this.code.firstlineno;
  }
}

/** A fresh frame for a call of `func`: a released frame of its code when there is one. */
export function acquireFrame(func: PyFunction, builtins: StrDict): Frame {
  const code = func.code;
  const frame = codeInfo(code).freeFrames.pop();
  if (frame === undefined) return new Frame(code, func, func.globals, builtins, null);
  frame.func = func;
  frame.globals = func.globals;
  frame.builtins = builtins;
  return frame;
}

/**
 * Gives back the frame of a call that returned, for acquireFrame to reuse:
 * its slots and cells are cleared so that it keeps nothing alive.
 */
export function releaseFrame(frame: Frame): void {
  const info = frame.info;
  if (frame.escaped || info.freeFrames.length >= FREE_FRAMES_PER_CODE) return;
  const slots = frame.fast;
  for (let i = 0; i < slots.length; i++) slots[i] = undefined;
  const cells = frame.cells;
  for (let i = 0; i < cells.length; i++) cells[i] = undefined as unknown as PyCell;
  frame.sp = info.nlocals;
  frame.pc = 0;
  frame.back = null;
  info.freeFrames.push(frame);
}

/** Marks `frame` and its callers as seen from outside (a traceback entry, a frame object): none is reused. */
export function markEscaped(frame: Frame | null): void {
  for (let f = frame; f !== null && !f.escaped; f = f.back) f.escaped = true;
}
