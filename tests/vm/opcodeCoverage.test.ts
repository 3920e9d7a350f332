// Every opcode of the table is either executed by the vm's eval loop (a
// `case Op.NAME:` in backends/vm/eval.ts) or declared unsupported with the
// construct it belongs to (backends/vm/unsupported.ts) — never neither, never both.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OP_NAMES, Op } from '../../frontend/bytecode/opcodes.js';
import { UNSUPPORTED_OPCODES } from '../../backends/vm/unsupported.js';

const evalSource = readFileSync(new URL('../../backends/vm/eval.ts', import.meta.url), 'utf8');
const handled = new Set([...evalSource.matchAll(/case Op\.([A-Z_]+):/g)].map((m) => m[1]));

describe('vm opcode coverage', () => {
  it.each(OP_NAMES.map((name) => [name]))('%s is handled or declared unsupported', (name) => {
    const unsupported = UNSUPPORTED_OPCODES.has(Op[name]);
    expect(handled.has(name) || unsupported).toBe(true);
    expect(handled.has(name) && unsupported).toBe(false);
  });
});
