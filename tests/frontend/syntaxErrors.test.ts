// The syntax error suite: every program in tests/frontend/syntax_errors/ is
// rejected by pvm with CPython's exception type, message and position (from
// compile() of its text) and printed as `python3 NAME.py` prints it.
// Expected values come from scripts/gen_syntax_errors.py; add a case by adding
// a file and rerunning it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkSyntax, formatSyntaxError, PySyntaxError } from '../../frontend/index.js';

interface Expected {
  type: string; msg: string; lineno?: number | null; offset?: number | null;
  end_lineno?: number | null; end_offset?: number | null; stderr: string; status: number;
}

const dir = new URL('./syntax_errors/', import.meta.url);
const cases: Record<string, Expected> = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf-8'));

function rejection(source: string | Uint8Array, name: string): PySyntaxError {
  try {
    checkSyntax(source, name);
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  throw new Error(`${name}: accepted, but CPython rejects it`);
}

describe('syntax errors as CPython reports them', () => {
  for (const [name, want] of Object.entries(cases)) {
    it(name, () => {
      const bytes = readFileSync(new URL(name, dir));
      let text: string | null = null;
      try { text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch { text = null; }
      if (text !== null) {
        const e = rejection(text, name);
        expect([e.type, e.msg, e.lineno, e.offset, e.endLineno, e.endOffset])
          .toEqual([want.type, want.msg, want.lineno ?? null, want.offset ?? null, want.end_lineno ?? null, want.end_offset ?? null]);
      }
      // The script run reads bytes; its message can differ from compile()'s (null bytes, bad UTF-8).
      const printedLast = want.stderr.trimEnd().split('\n').pop();
      const sameMessage = printedLast === (want.msg === '' ? want.type : `${want.type}: ${want.msg}`);
      if (sameMessage || text === null) {
        expect(formatSyntaxError(rejection(bytes, name))).toBe(want.stderr);
      }
      expect(want.status).toBe(1);
    });
  }
});
