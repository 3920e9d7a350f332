// The vm's frame: one activation of a code object. A frame is plain data (code,
// locals, cells, value stack, pc) so a generator can keep it across
// suspensions and the eval loop can re-enter it at `pc`.
// Invariants: locals and value stack share one array (CPython's localsplus):
// `fast[0 .. nlocals)` are the varnames' slots (undefined = unbound) and
// `stack[nlocals .. sp)` the live stack entries; `cells` holds cellvars then freevars.
import type { CodeObject } from '../../frontend/bytecode/code.js';
import type { PyCell, PyFunction } from '../runtime/function.js';
import type { PyValue, StrDict } from '../runtime/object.js';
import { codeInfo, type CodeInfo } from './codeInfo.js';

/** What a slot of the value stack can hold: a value, NULL (PUSH_NULL), or a code object for MAKE_FUNCTION. */
export type StackValue = PyValue | null;

const NO_CELLS: PyCell[] = [];

export class Frame {
  readonly info: CodeInfo;
  /** Unbound slots are holes (read as undefined). The same array as `stack`. */
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

  constructor(
    readonly code: CodeObject,
    readonly func: PyFunction | null,
    readonly globals: StrDict,
    readonly builtins: StrDict,
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
