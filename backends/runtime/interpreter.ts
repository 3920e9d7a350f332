// Per-run interpreter state: the executor the running backend installed and
// the few settings every backend shares. A run happens in its own Worker, so
// one module-level state is one interpreter.
// Invariant: the runtime never executes bytecode itself; it calls Python
// functions and resumes generator frames only through `state.executor`.
import type { PyValue, StrDict } from './object.js';
import type { PyCell, PyFunction } from './function.js';
import type { CodeObject } from '../../frontend/bytecode/code.js';

/**
 * A suspended Python frame a generator/coroutine object drives. The backend
 * creates it when a generator function is called and implements resuming.
 */
export interface GeneratorFrame {
  /**
   * Runs the frame until it yields (returns the yielded value, `done` stays
   * false) or returns (returns the return value, `done` becomes true). When
   * `thrown` is given, the frame resumes by raising it at the yield point.
   * Exceptions escaping the frame are thrown (and `done` becomes true).
   */
  resume(sent: PyValue, thrown: PyValue | null): PyValue;
  readonly done: boolean;
  /** The line the frame is suspended at (for gi_frame.f_lineno). */
  readonly lineno: number;
  /** The iterator a suspended `yield from`/`await` waits on (gi_yieldfrom, cr_await), else null. */
  readonly delegate: PyValue | null;
}

/** What a backend installs for a run so the runtime can run Python code. */
export interface Executor {
  /**
   * Calls a Python function: `args` holds the positional arguments followed
   * by the keyword values, `kwnames` the names of those trailing keyword
   * values (null when there are none). For generator and coroutine code the
   * backend returns the generator object (see generator.ts) instead of
   * running the body.
   */
  callFunction(func: PyFunction, args: PyValue[], kwnames: readonly string[] | null): PyValue;
  /**
   * Runs a module or class body: LOAD_NAME/STORE_NAME use `locals`, the
   * closure fills the free-variable cells (class bodies with `__class__`).
   * Used by the importer, `__build_class__`, exec() and eval().
   */
  execCode(code: CodeObject, globals: StrDict, locals: StrDict, closure: PyCell[] | null): PyValue;
  /**
   * For zero-argument `super()`: [contents of the calling Python frame's
   * `__class__` cell, its first argument], raising CPython's RuntimeErrors
   * (`super(): __class__ cell not found`, `super(): no arguments`).
   */
  zeroArgSuper?(): [PyValue, PyValue];
  /** The globals of the innermost running Python frame (type(name, bases, ns) takes `__module__` from it). */
  currentGlobals?(): StrDict;
}

export interface InterpreterState {
  executor: Executor;
  /** The builtins module's namespace, once builtins.ts created it. */
  builtins: StrDict | null;
  recursionLimit: number;
}

export const state: InterpreterState = {
  executor: {
    callFunction() {
      throw new Error('internal: no backend executor installed (call installExecutor first)');
    },
    execCode() {
      throw new Error('internal: no backend executor installed (call installExecutor first)');
    },
  },
  builtins: null,
  recursionLimit: 1000,
};

export function installExecutor(executor: Executor): void {
  state.executor = executor;
}
