// The bytecode verifier: walks every path of a code object from instruction 0
// and from each exception handler, using the opcode table's stack effects, and
// checks that the stack never underflows, that every instruction is reached
// with one depth only, and that operands are in range. The assembler uses it to
// compute co_stacksize, so a compiler bug is caught when the code is built.
import type { CodeObject, ExceptionTableEntry } from './code.js';
import { OP_NAMES, OP_SPECS, OPCODE_COUNT, stackEffect } from './opcodes.js';

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

/**
 * Depth of the value stack before each instruction (-1 where unreachable) and
 * the maximum depth. Throws VerifyError on underflow or inconsistent depths.
 */
export function stackDepths(code: FlowInput): { depths: Int32Array; max: number } {
  const n = code.ops.length;
  const depths = new Int32Array(n).fill(-1);
  const handlerOf = new Int32Array(n).fill(-1);
  code.exceptionTable.forEach((entry, k) => {
    for (let i = entry.start; i < entry.end; i++) handlerOf[i] = k;
  });
  const work: number[] = [];
  let max = 0;
  const reach = (from: number, to: number, depth: number): void => {
    if (to < 0 || to >= n) throw new VerifyError(code.name, from, `jump to ${to} is outside the code (length ${n})`);
    if (depth > max) max = depth;
    const known = depths[to]!;
    if (known === -1) {
      depths[to] = depth;
      work.push(to);
    } else if (known !== depth) {
      throw new VerifyError(code.name, from, `reaches ${to} with stack depth ${depth}, but another path has ${known}`);
    }
  };
  if (n > 0) reach(0, 0, 0);
  while (work.length > 0) {
    const i = work.pop()!;
    const depth = depths[i]!;
    const op = code.ops[i]!;
    const arg = code.args[i]!;
    if (op >= OPCODE_COUNT) throw new VerifyError(code.name, i, `unknown opcode ${op}`);
    const spec = OP_SPECS[op]!;
    const h = handlerOf[i]!;
    if (h >= 0) {
      const entry = code.exceptionTable[h]!;
      if (entry.depth > depth) {
        throw new VerifyError(code.name, i, `handler depth ${entry.depth} is above the stack depth ${depth}`);
      }
      reach(i, entry.target, entry.depth + (entry.lasti ? 1 : 0) + 1);
    }
    const pops = typeof spec.pops === 'number' ? spec.pops : spec.pops(arg);
    const pushes = typeof spec.pushes === 'number' ? spec.pushes : spec.pushes(arg);
    if (pops > depth) throw new VerifyError(code.name, i, `${OP_NAMES[op]} pops ${pops} from a stack of ${depth}`);
    switch (spec.flow) {
      case 'next':
        reach(i, i + 1, depth - pops + pushes);
        break;
      case 'branch': {
        reach(i, i + 1, depth - pops + pushes);
        const taken = stackEffect(op, arg, true);
        reach(i, arg, depth - taken.pops + taken.pushes);
        break;
      }
      case 'jump':
        reach(i, arg, depth - pops + pushes);
        break;
      case 'stop':
        break;
      default:
        throw new Error(`unknown flow ${spec.flow satisfies never}`);
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
  for (let i = 0; i < code.ops.length; i++) {
    const arg = code.args[i]!;
    const kind = OP_SPECS[code.ops[i]!]?.arg;
    const limit =
      kind === 'const' ? code.consts.length
        : kind === 'name' ? code.names.length
          : kind === 'local' ? code.varnames.length
            : kind === 'deref' ? cells
              : kind === 'jump' ? code.ops.length
                : Infinity;
    if (arg < 0 || arg >= limit) throw new VerifyError(code.name, i, `operand ${arg} out of range for ${OP_NAMES[code.ops[i]!]}`);
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
