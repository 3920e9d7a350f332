// The vm's superinstructions (CPython 3.11's LOAD_FAST__LOAD_FAST and
// COMPARE_OP_INT_JUMP are of this kind): runs of bytecode instructions that
// the eval loop executes in one dispatch. On this machine a dispatch of V8's
// switch costs about as much as CPython's whole instruction, so fewer
// dispatches is where the vm's time goes down.
// Invariants: the bytecode is never changed. `quicken` writes a copy of
// code.ops in which the FIRST instruction of a matched run carries a
// superinstruction number; the other instructions of the run keep their own
// opcodes, so a jump into the middle of a run executes it instruction by
// instruction. A superinstruction is a fast path only: when its operands are
// not the exact types it handles, it executes its first instruction (a
// LOAD_FAST or LOAD_CONST) alone and the loop goes on with the next one, so
// every effect and error happens exactly as without it.
import { Op } from '../../frontend/bytecode/opcodes.js';

/** Superinstruction numbers: above every opcode (the eval loop's cases use these literals). */
export const Super = {
  /** LOAD_FAST|LOAD_CONST, LOAD_FAST|LOAD_CONST, BINARY_OP (then a STORE_FAST is taken in too). */
  OPERANDS_BINARY_OP: 200,
  /** LOAD_FAST|LOAD_CONST, BINARY_OP: the left operand is already on the stack. */
  OPERAND_BINARY_OP: 201,
  /** LOAD_FAST|LOAD_CONST, LOAD_FAST|LOAD_CONST, COMPARE_OP, POP_JUMP_IF_FALSE|POP_JUMP_IF_TRUE. */
  OPERANDS_COMPARE_JUMP: 202,
  /** LOAD_FAST|LOAD_CONST, COMPARE_OP, POP_JUMP_IF_FALSE|POP_JUMP_IF_TRUE. */
  OPERAND_COMPARE_JUMP: 203,
  /** LOAD_FAST, LOAD_ATTR (then a STORE_FAST is taken in too). */
  FAST_LOAD_ATTR: 204,
  /** LOAD_FAST, LOAD_FAST|LOAD_CONST, BINARY_SUBSCR (then a STORE_FAST is taken in too). */
  OPERANDS_BINARY_SUBSCR: 205,
  /** LOAD_FAST, LOAD_METHOD. */
  FAST_LOAD_METHOD: 206,
  /** LOAD_FAST|LOAD_CONST (the value), LOAD_FAST (the object), STORE_ATTR. */
  OPERANDS_STORE_ATTR: 207,
  /** COPY 2, COPY 2, BINARY_SUBSCR: the load half of `seq[i] op= v`. */
  COPY2_BINARY_SUBSCR: 208,
  /** SWAP 3, SWAP 2, STORE_SUBSCR: the store half of `seq[i] op= v`. */
  ROT3_STORE_SUBSCR: 209,
} as const;

export type SuperName = keyof typeof Super;

function isOperand(op: number | undefined): boolean {
  return op === Op.LOAD_FAST || op === Op.LOAD_CONST;
}

function isPopJump(op: number | undefined): boolean {
  return op === Op.POP_JUMP_IF_FALSE || op === Op.POP_JUMP_IF_TRUE;
}

/** The superinstruction starting at instruction `i`, or the opcode itself when no run starts there. */
function superAt(ops: Uint8Array, args: Int32Array, i: number): number {
  const op = ops[i]!;
  if (op === Op.COPY && args[i] === 2 && ops[i + 1] === Op.COPY && args[i + 1] === 2 && ops[i + 2] === Op.BINARY_SUBSCR) {
    return Super.COPY2_BINARY_SUBSCR;
  }
  if (op === Op.SWAP && args[i] === 3 && ops[i + 1] === Op.SWAP && args[i + 1] === 2 && ops[i + 2] === Op.STORE_SUBSCR) {
    return Super.ROT3_STORE_SUBSCR;
  }
  if (!isOperand(op)) return op;
  const next = ops[i + 1];
  if (isOperand(next)) {
    const third = ops[i + 2];
    if (third === Op.BINARY_OP) return Super.OPERANDS_BINARY_OP;
    if (third === Op.COMPARE_OP && isPopJump(ops[i + 3])) return Super.OPERANDS_COMPARE_JUMP;
    if (third === Op.BINARY_SUBSCR && op === Op.LOAD_FAST) return Super.OPERANDS_BINARY_SUBSCR;
    if (third === Op.STORE_ATTR && next === Op.LOAD_FAST) return Super.OPERANDS_STORE_ATTR;
  }
  if (next === Op.BINARY_OP) return Super.OPERAND_BINARY_OP;
  if (next === Op.COMPARE_OP && isPopJump(ops[i + 2])) return Super.OPERAND_COMPARE_JUMP;
  if (next === Op.LOAD_ATTR && op === Op.LOAD_FAST) return Super.FAST_LOAD_ATTR;
  if (next === Op.LOAD_METHOD && op === Op.LOAD_FAST) return Super.FAST_LOAD_METHOD;
  return op;
}

/** The opcodes the eval loop dispatches on: code.ops with superinstructions at the starts of matched runs. */
export function quicken(ops: Uint8Array, args: Int32Array): Uint8Array {
  const quick = new Uint8Array(ops.length);
  for (let i = 0; i < ops.length; i++) quick[i] = superAt(ops, args, i);
  return quick;
}
