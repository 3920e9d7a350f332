// The bytecode verifier: walks every path of a code object from instruction 0
// and from each exception handler, using the opcode table's stack effects, and
// checks that the stack never underflows, that every instruction is reached
// with one depth only, and that operands are in range. The assembler uses it to
// compute co_stacksize, so a compiler bug is caught when the code is built.
import type { CodeObject, ExceptionTableEntry } from './code.js';
import { OP_NAMES, OP_SPECS, OPCODE_COUNT, stackEffect, type ArgKind, type Flow } from './opcodes.js';

export class VerifyError extends Error {
  constructor(codeName: string, index: number, message: string) {
    super(`bytecode of ${codeName}, instruction ${index}: ${message}`);
    this.name = 'VerifyError';
  }
}

/** What the stack analysis needs: the instructions and the exception table. */
export interface FlowInput {
  readonly name: string;
  readonly ops: ArrayLike<number>;
  readonly args: ArrayLike<number>;
  readonly exceptionTable: readonly ExceptionTableEntry[];
}

// The opcode table's stack effects and flow as flat arrays: the analysis runs
// once per code object built and again in verify, so it reads numbers, not specs.
// -1 in FIXED_POPS / FIXED_PUSHES marks a count that depends on the operand.
const FLOW_NEXT = 0;
const FLOW_BRANCH = 1;
const FLOW_JUMP = 2;
const FLOW_STOP = 3;
const FLOW_CODE: Record<Flow, number> = { next: FLOW_NEXT, branch: FLOW_BRANCH, jump: FLOW_JUMP, stop: FLOW_STOP };
const FLOWS = new Uint8Array(OPCODE_COUNT);
const FIXED_POPS = new Int16Array(OPCODE_COUNT);
const FIXED_PUSHES = new Int16Array(OPCODE_COUNT);
// Which bound an operand is checked against in verify: 0 none, else an index into its `limits`.
const LIMIT_OF: Partial<Record<ArgKind, number>> = { const: 1, name: 2, local: 3, deref: 4, jump: 5 };
const OPERAND_LIMIT = new Uint8Array(OPCODE_COUNT);
for (let op = 0; op < OPCODE_COUNT; op++) {
  const spec = OP_SPECS[op]!;
  FLOWS[op] = FLOW_CODE[spec.flow];
  FIXED_POPS[op] = typeof spec.pops === 'number' ? spec.pops : -1;
  FIXED_PUSHES[op] = typeof spec.pushes === 'number' ? spec.pushes : -1;
  OPERAND_LIMIT[op] = LIMIT_OF[spec.arg] ?? 0;
}

// Working buffers shared by every analysis (one runs at a time, for each code
// object the compiler builds): allocating three typed arrays per code object
// was a measurable part of compile time. They only grow.
let depthBuffer = new Int32Array(1024);
let handlerBuffer = new Int32Array(1024);
let workBuffer = new Int32Array(1024);

/**
 * Depth of the value stack before each instruction (-1 where unreachable) and
 * the maximum depth. Throws VerifyError on underflow or inconsistent depths.
 * `depths` is a buffer the next call reuses: read it before analysing another
 * code object; only its first `ops.length` entries belong to this one.
 */
export function stackDepths(code: FlowInput): { depths: Int32Array; max: number } {
  const n = code.ops.length;
  const ops = code.ops;
  const args = code.args;
  const table = code.exceptionTable;
  if (depthBuffer.length < n) {
    const size = Math.max(n, depthBuffer.length * 2);
    depthBuffer = new Int32Array(size);
    handlerBuffer = new Int32Array(size);
    workBuffer = new Int32Array(size);
  }
  const depths = depthBuffer;
  depths.fill(-1, 0, n);
  let handlerOf: Int32Array | null = null;
  if (table.length > 0) {
    handlerOf = handlerBuffer;
    handlerOf.fill(-1, 0, n);
    for (let k = 0; k < table.length; k++) {
      const entry = table[k]!;
      handlerOf.fill(k, entry.start, Math.min(entry.end, n));
    }
  }
  // Each instruction enters the work list once, when its depth is first set.
  const work = workBuffer;
  let top = 0;
  let max = 0;
  const reach = (from: number, to: number, depth: number): void => {
    if (to < 0 || to >= n) throw new VerifyError(code.name, from, `jump to ${to} is outside the code (length ${n})`);
    const known = depths[to]!;
    if (known === -1) {
      if (depth > max) max = depth;
      depths[to] = depth;
      work[top++] = to;
    } else if (known !== depth) {
      throw new VerifyError(code.name, from, `reaches ${to} with stack depth ${depth}, but another path has ${known}`);
    }
  };
  if (n > 0) reach(0, 0, 0);
  while (top > 0) {
    const i = work[--top]!;
    const depth = depths[i]!;
    const op = ops[i]!;
    const arg = args[i]!;
    if (op >= OPCODE_COUNT) throw new VerifyError(code.name, i, `unknown opcode ${op}`);
    if (handlerOf !== null) {
      const h = handlerOf[i]!;
      if (h >= 0) {
        const entry = table[h]!;
        if (entry.depth > depth) {
          throw new VerifyError(code.name, i, `handler depth ${entry.depth} is above the stack depth ${depth}`);
        }
        reach(i, entry.target, entry.depth + (entry.lasti ? 1 : 0) + 1);
      }
    }
    let pops = FIXED_POPS[op]!;
    let pushes = FIXED_PUSHES[op]!;
    if (pops < 0 || pushes < 0) {
      const spec = OP_SPECS[op]!;
      if (pops < 0) pops = (spec.pops as (a: number) => number)(arg);
      if (pushes < 0) pushes = (spec.pushes as (a: number) => number)(arg);
    }
    if (pops > depth) throw new VerifyError(code.name, i, `${OP_NAMES[op]} pops ${pops} from a stack of ${depth}`);
    switch (FLOWS[op]) {
      case FLOW_NEXT:
        reach(i, i + 1, depth - pops + pushes);
        break;
      case FLOW_BRANCH: {
        reach(i, i + 1, depth - pops + pushes);
        const taken = stackEffect(op, arg, true);
        reach(i, arg, depth - taken.pops + taken.pushes);
        break;
      }
      case FLOW_JUMP:
        reach(i, arg, depth - pops + pushes);
        break;
      default:
        break;
    }
  }
  return { depths, max };
}

/** Full check of a finished code object and its nested code objects. */
export function verify(code: CodeObject): void {
  if (code.ops.length !== code.args.length || code.ops.length !== code.positions.length) {
    throw new VerifyError(code.name, 0, 'ops, args and positions differ in length');
  }
  const cells = code.cellvars.length + code.freevars.length;
  const limits = [Infinity, code.consts.length, code.names.length, code.varnames.length, cells, code.ops.length];
  for (let i = 0; i < code.ops.length; i++) {
    const arg = code.args[i]!;
    const op = code.ops[i]!;
    const limit = op < OPCODE_COUNT ? limits[OPERAND_LIMIT[op]!]! : Infinity;
    if (arg < 0 || arg >= limit) throw new VerifyError(code.name, i, `operand ${arg} out of range for ${OP_NAMES[op]}`);
  }
  let last = 0;
  for (const entry of code.exceptionTable) {
    if (entry.start < last || entry.end <= entry.start) throw new VerifyError(code.name, entry.start, 'exception table ranges overlap or are empty');
    last = entry.end;
  }
  const { max } = stackDepths(code);
  if (max > code.stacksize) throw new VerifyError(code.name, 0, `stack reaches ${max} but stacksize is ${code.stacksize}`);
  for (const c of code.consts) if (typeof c === 'object' && c.kind === 'code') verify(c.code);
}
