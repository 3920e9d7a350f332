// The Unicode 14.0 character classes the frontend needs (identifier start and
// continue characters, printable characters), read from the runtime's table
// generated from CPython 3.11's unicodedata (scripts/gen_unicode_tables.py),
// so the lexer and ast.dump agree with CPython rather than node's newer ICU.
import { ID_CONTINUE, ID_START, PRINTABLE, inRanges } from '../../backends/runtime/unicodeTables.js';

/** Whether a code point may start an identifier (before NFKC normalization, as CPython's tokenizer checks). */
export function isIdStart(cp: number): boolean {
  return inRanges(ID_START, cp);
}

export function isIdContinue(cp: number): boolean {
  return inRanges(ID_CONTINUE, cp);
}

/** str.isprintable for one code point. */
export function isPrintable(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  return inRanges(PRINTABLE, cp);
}
