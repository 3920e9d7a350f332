// Inputs that must end in a Python error, never a JS exception or a hang:
// binary junk, bracket and operator nesting far past CPython's limits, very
// long lines, NUL bytes, invalid UTF-8. Expected errors are what python3 3.11
// gives for the same inputs (checked by hand when the test was written).
import { describe, expect, it } from 'vitest';
import { parse, PySyntaxError } from '../../frontend/index.js';

function outcome(source: string | Uint8Array): string {
  try {
    parse(source, 'x.py');
    return 'ok';
  } catch (e) {
    if (e instanceof PySyntaxError) return `${e.type}: ${e.msg}`;
    throw e;
  }
}

/** A small deterministic PRNG (mulberry32), so the junk is the same on every run. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the frontend never crashes', () => {
  it('rejects or accepts random bytes with a Python error only', () => {
    const rand = prng(1);
    for (let i = 0; i < 300; i++) {
      const bytes = Uint8Array.from({ length: 1 + Math.floor(rand() * 400) }, () => 1 + Math.floor(rand() * 255));
      expect(() => outcome(bytes)).not.toThrow();
    }
  });

  it('survives random token soup', () => {
    const pieces = ['(', ')', '[', ']', '{', '}', ':', ',', '=', 'x', '1', "'s'", 'f"{x}"', 'if', 'else', 'for', 'in',
      'lambda', 'def', 'class', 'match', 'case', '*', '**', '.', 'not', 'await', 'yield', '\n', '\n    ', ';', '@', ':=', '->', '\\\n', '#c'];
    const rand = prng(2);
    for (let i = 0; i < 2000; i++) {
      const src = Array.from({ length: 1 + Math.floor(rand() * 30) }, () => pieces[Math.floor(rand() * pieces.length)]).join(' ');
      expect(() => outcome(src)).not.toThrow();
    }
  });

  it('stops at 200 nested brackets', () => {
    expect(outcome('('.repeat(100_000))).toBe('SyntaxError: too many nested parentheses');
  });

  it('gives CPython\'s errors for deep nesting without brackets', () => {
    expect(outcome('x = ' + '-'.repeat(100_000) + '1\n')).toBe('MemoryError: ');
    expect(outcome('x = ' + 'not '.repeat(100_000) + '1\n')).toBe('MemoryError: ');
    expect(outcome('x = ' + 'lambda: '.repeat(100_000) + '1\n')).toBe('MemoryError: ');
    expect(outcome('x = ' + '1 if 1 else '.repeat(100_000) + '1\n')).toBe('MemoryError: ');
    expect(outcome('x = ' + '1+'.repeat(100_000) + '1\n')).toBe('RecursionError: maximum recursion depth exceeded during ast construction');
    expect(outcome('x = a' + '.b'.repeat(100_000) + '\n')).toBe('RecursionError: maximum recursion depth exceeded during ast construction');
    expect(outcome('x = ' + '-'.repeat(2988) + '1\n')).toBe('ok');
    expect(outcome('x = ' + '-'.repeat(2989) + '1\n')).toBe('RecursionError: maximum recursion depth exceeded during ast construction');
  });

  it('caps indentation at 100 levels', () => {
    const src = Array.from({ length: 150 }, (_, i) => ' '.repeat(i) + 'if 1:\n').join('') + ' '.repeat(150) + 'pass\n';
    expect(outcome(src)).toBe('IndentationError: too many levels of indentation');
  });

  it('parses a 10 MB line', () => {
    expect(outcome("x = '" + 'a'.repeat(10_000_000) + "'\n")).toBe('ok');
    expect(outcome('x = [' + '1,'.repeat(200_000) + ']\n')).toBe('ok');
  });

  it('rejects NUL bytes and invalid UTF-8', () => {
    expect(outcome('x = 1\0\n')).toBe('SyntaxError: source code string cannot contain null bytes');
    expect(outcome(new Uint8Array([120, 32, 61, 32, 49, 0, 10]))).toBe('SyntaxError: source code cannot contain null bytes');
    expect(outcome(new Uint8Array([120, 32, 61, 32, 39, 0xff, 39, 10]))).toBe(
      "SyntaxError: Non-UTF-8 code starting with '\\xff' in file x.py on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details");
  });

  it('decodes a latin-1 coding cookie', () => {
    const bytes = new Uint8Array([...Buffer.from('# -*- coding: latin-1 -*-\nx = \''), 0xe9, 39, 10]);
    const stmt = parse(bytes, 'x.py').body[0];
    expect(stmt._type === 'Assign' && stmt.value._type === 'Constant' && stmt.value.value).toEqual({ kind: 'str', value: 'é' });
  });
});
