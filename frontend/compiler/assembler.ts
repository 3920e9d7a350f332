// The instruction buffer of one code object under construction: emits
// instructions with their source position and active exception handler,
// resolves labels to instruction indexes, builds the exception table
// (consecutive instructions with the same handler form one range) and packs
// the reachable instructions into the code object's typed arrays.
import type { ExceptionTableEntry, Position } from '../bytecode/code.js';
import { Op, OP_SPECS } from '../bytecode/opcodes.js';

/** A jump target, bound to an instruction index once its code is emitted. */
export class Label {
  index = -1;
}

/** An exception handler: where to go, and the stack depth to cut back to. */
export interface Handler {
  readonly label: Label;
  readonly depth: number;
  readonly lasti: boolean;
}

export class Assembler {
  private ops: number[] = [];
  private args: number[] = [];
  private targets: (Label | null)[] = [];
  private positions: Position[] = [];
  private handlers: (Handler | null)[] = [];
  /** Index at which the last label was bound: code ending there still needs an exit. */
  private lastBound = -1;

  get length(): number {
    return this.ops.length;
  }

  emit(op: number, arg: number, pos: Position, handler: Handler | null): void {
    this.ops.push(op);
    this.args.push(arg);
    this.targets.push(null);
    this.positions.push(pos);
    this.handlers.push(handler);
  }

  emitJump(op: number, target: Label, pos: Position, handler: Handler | null): void {
    this.emit(op, 0, pos, handler);
    this.targets[this.targets.length - 1] = target;
  }

  bind(label: Label): void {
    label.index = this.ops.length;
    this.lastBound = label.index;
  }

  /** Whether control can fall off the end of what has been emitted so far. */
  fallsThrough(): boolean {
    if (this.ops.length === 0 || this.lastBound === this.ops.length) return true;
    const flow = OP_SPECS[this.ops[this.ops.length - 1]!]!.flow;
    return flow === 'next' || flow === 'branch';
  }

  /**
   * Resolves labels into jump operands (in place: the assembler is done once
   * this runs), threads jumps and builds the exception table. The result is
   * still plain arrays: `pack` turns the reachable part into the code's typed arrays.
   */
  finish(name: string): RawCode {
    const n = this.ops.length;
    const args = this.args;
    for (let i = 0; i < n; i++) {
      const target = this.targets[i];
      if (target) {
        if (target.index < 0) throw new Error(`${name}: unbound label used by instruction ${i}`);
        args[i] = target.index;
      }
    }
    threadJumps(this.ops, args);
    const exceptionTable: ExceptionTableEntry[] = [];
    let i = 0;
    while (i < n) {
      const h = this.handlers[i];
      if (!h) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < n && this.handlers[j] === h) j++;
      if (h.label.index < 0) throw new Error(`${name}: unbound handler label`);
      exceptionTable.push({ start: i, end: j, target: h.label.index, depth: h.depth, lasti: h.lasti });
      i = j;
    }
    return { ops: this.ops, args, positions: this.positions, exceptionTable };
  }
}

/** A finished instruction list before packing: operands resolved, unreachable code still in. */
export interface RawCode {
  readonly ops: number[];
  readonly args: number[];
  readonly positions: Position[];
  readonly exceptionTable: ExceptionTableEntry[];
}

/**
 * Points every jump that lands on an unconditional jump at that jump's final
 * target (as CPython's jump threading), so `if` at the end of a loop body
 * jumps straight back to the loop head. An unconditional jump is named by
 * the direction it ends up going. Unconditional jumps pop and push nothing
 * and never raise, so stack depths and exception ranges stay valid; the
 * jumps no longer reached are dropped later with the other unreachable code.
 */
function threadJumps(ops: number[], args: number[]): void {
  const n = ops.length;
  for (let i = 0; i < n; i++) {
    const op = ops[i]!;
    if (OP_SPECS[op]!.arg !== 'jump') continue;
    let target = args[i]!;
    for (let hops = 0; hops < n && isPlainJump(ops[target]) && args[target] !== target; hops++) target = args[target]!;
    args[i] = target;
    if (op === Op.JUMP_FORWARD || op === Op.JUMP_BACKWARD) ops[i] = target <= i ? Op.JUMP_BACKWARD : Op.JUMP_FORWARD;
  }
}

function isPlainJump(op: number | undefined): boolean {
  return op === Op.JUMP_FORWARD || op === Op.JUMP_BACKWARD;
}

/**
 * The code's typed arrays, positions and exception table, without the
 * instructions no path reaches (depth -1 in the verifier's analysis), as
 * CPython's compiler drops them, jump operands and exception table
 * renumbered. Unreachable instructions are never jump targets of reachable
 * ones, so every kept jump keeps a kept target.
 */
export function pack(
  code: RawCode,
  depths: Int32Array,
): { ops: Uint8Array; args: Int32Array; positions: Position[]; exceptionTable: ExceptionTableEntry[] } {
  const n = code.ops.length;
  let kept = 0;
  for (let i = 0; i < n; i++) if (depths[i] !== -1) kept++;
  const ops = new Uint8Array(kept);
  const args = new Int32Array(kept);
  if (kept === n) {
    for (let i = 0; i < n; i++) {
      ops[i] = code.ops[i]!;
      args[i] = code.args[i]!;
    }
    return { ops, args, positions: code.positions, exceptionTable: code.exceptionTable };
  }
  const newIndex = new Int32Array(n + 1);
  kept = 0;
  for (let i = 0; i < n; i++) {
    newIndex[i] = kept;
    if (depths[i] !== -1) kept++;
  }
  newIndex[n] = kept;
  const positions: Position[] = [];
  for (let i = 0; i < n; i++) {
    if (depths[i] === -1) continue;
    const j = newIndex[i]!;
    const op = code.ops[i]!;
    ops[j] = op;
    args[j] = OP_SPECS[op]!.arg === 'jump' ? newIndex[code.args[i]!]! : code.args[i]!;
    positions.push(code.positions[i]!);
  }
  const exceptionTable: ExceptionTableEntry[] = [];
  for (const e of code.exceptionTable) {
    const start = newIndex[e.start]!;
    const end = newIndex[e.end]!;
    if (end > start) exceptionTable.push({ ...e, start, end, target: newIndex[e.target]! });
  }
  return { ops, args, positions, exceptionTable };
}
