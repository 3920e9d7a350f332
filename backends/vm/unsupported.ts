// The opcodes the vm declares it does not execute, each with the construct a
// user would recognize. Executing one raises NotImplementedError naming the
// construct and the line (eval.ts), never an internal error; the coverage
// test checks that every opcode of opcodes.ts is handled by eval.ts or listed here.
export const UNSUPPORTED_CONSTRUCTS: ReadonlyMap<number, string> = new Map<number, string>([]);

export const UNSUPPORTED_OPCODES: ReadonlySet<number> = new Set(UNSUPPORTED_CONSTRUCTS.keys());
