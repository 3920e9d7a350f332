// The vm's frame: one activation of a code object. A frame is plain data (code,
// locals, cells, value stack, pc) so a generator can keep it across
// suspensions and the eval loop can re-enter it at `pc`.
// Invariants: `stack[0 .. sp)` are live; `fast` has one slot per varname
// (undefined = unbound); `cells` holds cellvars then freevars.
import type { CodeObject } from '../../frontend/bytecode/code.js';
import type { PyCell, PyFunction } from '../runtime/function.js';
import type { PyValue, StrDict } from '../runtime/object.js';
import { codeInfo, type CodeInfo } from './codeInfo.js';

/** What a slot of the value stack can hold: a value, NULL (PUSH_NULL), or a code object for MAKE_FUNCTION. */
export type StackValue = PyValue | null;

const NO_CELLS: PyCell[] = [];

export class Frame {
  readonly info: CodeInfo;
  /** Unbound slots are holes (read as undefined). */
  readonly fast: (PyValue | undefined)[];
  readonly cells: PyCell[];
  readonly stack: StackValue[];
  sp = 0;
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
    this.info = codeInfo(code);
    this.fast = new Array(code.varnames.length);
    const ncells = code.cellvars.length + code.freevars.length;
    this.cells = ncells === 0 ? NO_CELLS : new Array(ncells);
    this.stack = new Array(code.stacksize);
  }

  /** The line of the instruction at `pc` (or the one just executed, after a call returned). */
  lineAt(index: number): number {
    return this.code.positions[index]?.line ?? this.code.firstlineno;
  }
}
