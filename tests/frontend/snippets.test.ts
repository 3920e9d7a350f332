// Tricky constructs parsed by pvm and compared with CPython's
// ast.dump(include_attributes=True), positions included; expected outputs come
// from tests/frontend/gen_snippets.py.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse, PySyntaxError } from '../../frontend/index.js';
import { dump } from '../../frontend/parser/dump.js';

const dir = new URL('./snippets/', import.meta.url);
const sources: string[] = JSON.parse(readFileSync(new URL('sources.json', dir), 'utf-8'));
const expected: ({ dump: string } | { error: [string, string, number, number, number, number] })[] =
  JSON.parse(readFileSync(new URL('expected.json', dir), 'utf-8'));

describe('snippets match CPython ast.dump with positions', () => {
  sources.forEach((src, i) => {
    it(JSON.stringify(src).slice(0, 70), () => {
      const want = expected[i];
      if ('dump' in want) {
        expect(dump(parse(src, '<unknown>'), { includeAttributes: true })).toBe(want.dump);
      } else {
        let err: unknown;
        try { parse(src, '<unknown>'); } catch (e) { err = e; }
        expect(err).toBeInstanceOf(PySyntaxError);
        const e = err as PySyntaxError;
        expect([e.type, e.msg, e.lineno, e.offset, e.endLineno, e.endOffset]).toEqual(want.error);
      }
    });
  });
});
