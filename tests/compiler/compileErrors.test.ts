// The compile-phase cases (compile_*.py) of the data-driven syntax error suite
// in tests/frontend/syntax_errors/, whose expected.json comes from python3
// (scripts/gen_syntax_errors.py): symtable and compiler errors must carry
// CPython's message and position. Parsed by CPython (scripts/ast_json.py) so
// that only the symtable and compiler are under test here.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileAst } from '../../frontend/compiler/compiler.js';
import { PySyntaxError } from '../../frontend/errors.js';
import { cpythonAst } from './bridge.js';

const DIR = 'tests/frontend/syntax_errors';
const expected = JSON.parse(readFileSync(`${DIR}/expected.json`, 'utf8')) as Record<string, {
  msg: string; lineno: number; offset: number; end_lineno: number | null; end_offset: number | null;
}>;
const cases = readdirSync(DIR).filter((f) => f.startsWith('compile_') && f.endsWith('.py')).sort();

describe('compile-phase syntax errors match CPython', () => {
  for (const name of cases) {
    it(name, () => {
      const path = `${DIR}/${name}`;
      const want = expected[name]!;
      let got: unknown = null;
      try {
        compileAst(cpythonAst(path), name, readFileSync(path, 'utf8'));
      } catch (e) {
        got = e;
      }
      expect(got).toBeInstanceOf(PySyntaxError);
      const err = got as PySyntaxError;
      expect({ msg: err.msg, lineno: err.lineno, offset: err.offset, endOffset: err.endOffset })
        .toEqual({ msg: want.msg, lineno: want.lineno, offset: want.offset, endOffset: want.end_offset });
    });
  }
});
