// The token kinds of the Python tokenizer and its keyword table. A token
// records its text and its span twice: as CPython reports it (1-based line,
// 0-based UTF-8 byte column, with the AST's field names so a node can copy
// them) and as JS string indexes into the source (for error messages).

export const NAME = 1;
export const NUMBER = 2;
export const STRING = 3;
export const OP = 4;
export const NEWLINE = 5;
export const INDENT = 6;
export const DEDENT = 7;
export const ENDMARKER = 8;
export type TokenKind = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export const tokenKindNames: Record<TokenKind, string> = {
  1: 'NAME', 2: 'NUMBER', 3: 'STRING', 4: 'OP', 5: 'NEWLINE', 6: 'INDENT', 7: 'DEDENT', 8: 'ENDMARKER',
};

export interface Token {
  readonly kind: TokenKind;
  /** The token's text; for NAME the NFKC-normalized identifier. */
  readonly value: string;
  readonly lineno: number;
  readonly col_offset: number;
  readonly end_lineno: number;
  readonly end_col_offset: number;
  /** Index of the first character in the source string. */
  readonly start: number;
  /** Index just past the last character in the source string. */
  readonly end: number;
}

/** Python's hard keywords: never identifiers. */
export const keywords: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);
