// Every opcode of the table is either executed by the vm's eval loop (a
// `case N /* NAME */:` in backends/vm/eval.ts, with N the opcode's number in
// opcodes.ts) or declared unsupported with the construct it belongs to
// (backends/vm/unsupported.ts) — never neither, never both. Superinstruction
// cases (`case N /* Super.NAME */:`) carry the numbers of superinstructions.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OP_NAMES, Op, type OpName } from '../../frontend/bytecode/opcodes.js';
import { UNSUPPORTED_OPCODES } from '../../backends/vm/unsupported.js';
import { Super, type SuperName } from '../../backends/vm/superinstructions.js';

const evalSource = readFileSync(new URL('../../backends/vm/eval.ts', import.meta.url), 'utf8');
const cases = [...evalSource.matchAll(/case (\d+) \/\* ([A-Z_]+) \*\/:/g)].map((m) => ({ code: Number(m[1]), name: m[2]! }));
const handled = new Set(cases.map((c) => c.name));
const superCases = [...evalSource.matchAll(/case (\d+) \/\* Super\.([A-Z0-9_]+) \*\/:/g)].map((m) => ({ code: Number(m[1]), name: m[2]! }));

describe('vm opcode coverage', () => {
  it('numbers every case with the opcode its comment names', () => {
    for (const c of cases) expect([c.name, c.code]).toEqual([c.name, Op[c.name as OpName]]);
  });

  it('has one case per superinstruction, numbered as superinstructions.ts says', () => {
    expect(superCases.map((c) => c.name).sort()).toEqual(Object.keys(Super).sort());
    for (const c of superCases) expect([c.name, c.code]).toEqual([c.name, Super[c.name as SuperName]]);
  });

  it.each(OP_NAMES.map((name) => [name]))('%s is handled or declared unsupported', (name) => {
    const unsupported = UNSUPPORTED_OPCODES.has(Op[name]);
    expect(handled.has(name) || unsupported).toBe(true);
    expect(handled.has(name) && unsupported).toBe(false);
  });
});
