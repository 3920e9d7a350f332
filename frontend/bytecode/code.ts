// The code object: what the compiler emits for one scope (module, class body,
// function, lambda, comprehension) and what every backend executes.
// Invariants: ops.length === args.length; jump operands are instruction
// indexes; every instruction has a source span in `positions`; the exception
// table's ranges are sorted by start and do not overlap.
import type { ConstantValue } from '../parser/ast.js';

/** CPython's co_flags bits, with CPython's values. */
export const CodeFlags = {
  OPTIMIZED: 0x1,
  NEWLOCALS: 0x2,
  VARARGS: 0x4,
  VARKEYWORDS: 0x8,
  NESTED: 0x10,
  GENERATOR: 0x20,
  NOFREE: 0x40,
  COROUTINE: 0x80,
  ITERABLE_COROUTINE: 0x100,
  ASYNC_GENERATOR: 0x200,
} as const;

/** A constant in a code object's pool: a literal, a folded tuple/frozenset, or a nested code object. */
export type CodeConstant =
  | ConstantValue
  | { readonly kind: 'tuple'; readonly items: readonly CodeConstant[] }
  | { readonly kind: 'frozenset'; readonly items: readonly CodeConstant[] }
  | { readonly kind: 'code'; readonly code: CodeObject };

/** One entry of the exception table: an exception raised at an instruction in [start, end) jumps to target. */
export interface ExceptionTableEntry {
  readonly start: number;
  readonly end: number;
  readonly target: number;
  /** Value-stack depth to unwind to before pushing the exception. */
  readonly depth: number;
  /** Whether the raising instruction's index is pushed too (CPython's `lasti`). */
  readonly lasti: boolean;
}

/** Source span of one instruction: 1-based lines, 0-based columns in characters (-1 when unknown). */
export interface Position {
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
}

export interface CodeObject {
  readonly name: string;
  readonly qualname: string;
  readonly filename: string;
  readonly firstlineno: number;
  readonly argcount: number;
  readonly posonlyargcount: number;
  readonly kwonlyargcount: number;
  readonly flags: number;
  /** Opcode numbers from opcodes.ts, one per instruction. */
  readonly ops: Uint8Array;
  /** The operand of each instruction (0 when the opcode takes none). */
  readonly args: Int32Array;
  readonly consts: readonly CodeConstant[];
  /** Global, attribute and imported names used by the code. */
  readonly names: readonly string[];
  /** Local variable names; the arguments come first. */
  readonly varnames: readonly string[];
  /** Locals captured by inner scopes. */
  readonly cellvars: readonly string[];
  /** Variables captured from enclosing scopes. */
  readonly freevars: readonly string[];
  /** Maximum value-stack depth, computed by the compiler. */
  readonly stacksize: number;
  /** One source span per instruction. */
  readonly positions: readonly Position[];
  readonly exceptionTable: readonly ExceptionTableEntry[];
}
