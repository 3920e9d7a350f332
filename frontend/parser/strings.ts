// String literals: decoding escapes of str and bytes bodies, and splitting
// f-strings into literal parts and `{expression!conv:spec}` parts exactly as
// CPython 3.11's Parser/string_parser.c does (one STRING token per f-string;
// each expression is re-parsed from its own text, positioned from where its
// '{' sits in the token). Implicitly concatenated literals become one Constant
// or JoinedStr spanning all their tokens.
import type { Constant, ConstantValue, expr, FormattedValue, JoinedStr } from './ast.js';
import type { Token } from '../lexer/tokens.js';
import { utf8Length } from '../lexer/lexer.js';
import { lookupUnicodeName } from '../lexer/unicodeNames.js';
import { Msg } from './diagnostics.js';
import type { WarningCategory } from '../errors.js';

/** What the string code needs from the parser: errors and sub-parsing of f-string expressions. */
export interface StringHost {
  /** Error at the furthest token the parser fetched (CPython's RAISE_SYNTAX_ERROR). */
  errorAtLast(msg: string): Error;
  /** Error spanning a token (RAISE_SYNTAX_ERROR_KNOWN_LOCATION). */
  errorAtToken(msg: string, t: Token): Error;
  /** Parses `(text)` as an f-string expression whose first line starts at the given line and byte column. */
  parseFStringExpr(text: string, lineno: number, col: number): expr;
  /** A compile-time warning reported at a token's first line; `offset` tells apart places within the token. */
  warnAt(category: WarningCategory, message: string, t: Token, offset: number): void;
}

/**
 * CPython warns once per decoded literal, of its first invalid escape: an
 * unknown escape of an ASCII character, or an octal escape above 0o377.
 */
function warnInvalidEscape(host: StringHost, body: string, at: number, octalEnd: number, t: Token, offset: number): void {
  const message = octalEnd > at ? Msg.invalidOctalEscape(body.slice(at + 1, octalEnd)) : Msg.invalidEscape(body[at + 1]);
  host.warnAt('DeprecationWarning', message, t, offset);
}

class FStringState {
  lastStr: string | null = null;
  /**
   * Indexes in lastStr of high surrogates written as escapes: CPython keeps such
   * a one apart from a low surrogate after it (two code points), where a JS
   * string cannot tell the pair from an astral character.
   */
  private escapedHigh: number[] | null = null;
  fmode = false;
  readonly exprs: expr[] = [];

  concat(s: string): void {
    if (s.length === 0) return;
    this.lastStr = this.lastStr === null ? s : this.lastStr + s;
  }

  /** Appends a non-raw literal body, found at `offset` in `token`, with its escapes decoded. */
  concatEscaped(host: StringHost, body: string, token: Token, offset: number): void {
    const base = this.lastStr === null ? 0 : this.lastStr.length;
    const highs = this.escapedHigh ?? [];
    const n = highs.length;
    this.concat(decodeStrEscapes(host, body, token, offset, highs, base));
    if (highs.length !== n) this.escapedHigh = highs;
  }

  flush(first: Token, last: Token): void {
    if (this.lastStr !== null) {
      this.exprs.push(makeStr(this.lastStr, this.splitPairs(), first, last));
      this.lastStr = null;
    }
  }

  finish(first: Token, last: Token): Constant | JoinedStr {
    if (!this.fmode) return makeStr(this.lastStr ?? '', this.splitPairs(), first, last);
    this.flush(first, last);
    return { _type: 'JoinedStr', values: this.exprs, lineno: first.lineno, col_offset: first.col_offset, end_lineno: last.end_lineno, end_col_offset: last.end_col_offset };
  }

  /** The escaped high surrogates of lastStr that a low surrogate follows; resets the list. */
  private splitPairs(): number[] | undefined {
    const highs = this.escapedHigh;
    if (highs === null) return undefined;
    this.escapedHigh = null;
    const s = this.lastStr ?? '';
    const split = highs.filter((i) => { const c = s.charCodeAt(i + 1); return c >= 0xdc00 && c <= 0xdfff; });
    return split.length > 0 ? split : undefined;
  }
}

function makeStr(s: string, splitPairs: number[] | undefined, first: Token, last: Token): Constant {
  const value: ConstantValue = splitPairs === undefined ? { kind: 'str', value: s } : { kind: 'str', value: s, splitPairs };
  return { _type: 'Constant', value, kind: first.value.charCodeAt(0) === 117 ? 'u' : null, lineno: first.lineno, col_offset: first.col_offset, end_lineno: last.end_lineno, end_col_offset: last.end_col_offset };
}

/** One or more adjacent STRING tokens as CPython's _PyPegen_concatenate_strings. */
export function concatenateStrings(host: StringHost, tokens: Token[]): Constant | JoinedStr {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  let bytesMode = false;
  const byteParts: Uint8Array[] = [];
  const state = new FStringState();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const text = t.value;
    let q = 0;
    let isBytes = false;
    let isRaw = false;
    let isF = false;
    for (;;) {
      const c = text.charCodeAt(q) | 0x20;
      if (c === 98) isBytes = true; else if (c === 114) isRaw = true; else if (c === 102) isF = true; else if (c !== 117) break;
      q++;
    }
    const quote = text.charCodeAt(q);
    const triple = text.length - q >= 6 && text.charCodeAt(q + 1) === quote && text.charCodeAt(q + 2) === quote;
    const qlen = triple ? 3 : 1;
    const body = text.slice(q + qlen, text.length - qlen);
    if (i !== 0 && bytesMode !== isBytes) throw host.errorAtLast(Msg.cannotMixBytes);
    bytesMode = isBytes;
    if (isBytes) {
      if (/[^\x00-\x7f]/.test(body)) throw host.errorAtToken(Msg.bytesNonAscii, t);
      byteParts.push(isRaw ? asciiBytes(body) : decodeBytesEscapes(host, body, t, 0));
    } else if (isF) {
      const bodyStart = q + qlen;
      const parser = new FStringParser(host, text, bodyStart, text.length - qlen, isRaw, first, t, last);
      parser.concatFString(state, 0);
    } else if (isRaw) {
      state.concat(body);
    } else {
      state.concatEscaped(host, body, t, 0);
    }
  }
  if (bytesMode) {
    let n = 0;
    for (const p of byteParts) n += p.length;
    const all = new Uint8Array(n);
    n = 0;
    for (const p of byteParts) { all.set(p, n); n += p.length; }
    return { _type: 'Constant', value: { kind: 'bytes', value: all }, kind: null, lineno: first.lineno, col_offset: first.col_offset, end_lineno: last.end_lineno, end_col_offset: last.end_col_offset };
  }
  return state.finish(first, last);
}

function asciiBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

function unicodeError(host: StringHost, body: string, at: number, to: number, detail: string): Error {
  const a = utf8Length(body, 0, at);
  const b = utf8Length(body, 0, to) - 1;
  return host.errorAtLast(Msg.invalidEscapeN(a, b, detail));
}

/**
 * Decodes the escapes of a non-raw str literal body (CPython's
 * decode_unicode_with_escapes); the index of each high surrogate written as an
 * escape goes into `highs`, offset by `base`.
 */
function decodeStrEscapes(host: StringHost, body: string, t: Token, offset: number, highs: number[], base: number): string {
  let i = body.indexOf('\\');
  if (i < 0) return body;
  let warned = false;
  let out = body.slice(0, i);
  const n = body.length;
  while (i < n) {
    const c = body[i];
    if (c !== '\\') {
      const j = body.indexOf('\\', i);
      const stop = j < 0 ? n : j;
      out += body.slice(i, stop);
      i = stop;
      continue;
    }
    const e = body[i + 1];
    if (e === undefined) { out += '\\'; i++; continue; }
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) { out += simple; i += 2; continue; }
    if (e >= '0' && e <= '7') {
      let j = i + 1;
      let v = 0;
      while (j < n && j < i + 4 && body[j] >= '0' && body[j] <= '7') { v = v * 8 + (body.charCodeAt(j) - 48); j++; }
      if (v > 0o377 && !warned) { warnInvalidEscape(host, body, i, j, t, offset); warned = true; }
      out += String.fromCodePoint(v);
      i = j;
      continue;
    }
    if (e === 'x' || e === 'u' || e === 'U') {
      const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const digits = body.slice(i + 2, i + 2 + len);
      let ok = digits.length === len;
      for (let k = 0; k < digits.length && ok; k++) if (!/[0-9a-fA-F]/.test(digits[k])) ok = false;
      if (!ok) {
        let k = i + 2;
        while (k < n && k < i + 2 + len && /[0-9a-fA-F]/.test(body[k])) k++;
        const name = e === 'x' ? '\\xXX' : e === 'u' ? '\\uXXXX' : '\\UXXXXXXXX';
        throw unicodeError(host, body, i, k, `truncated ${name} escape`);
      }
      const v = parseInt(digits, 16);
      if (v > 0x10ffff) throw unicodeError(host, body, i, i + 2 + len, 'illegal Unicode character');
      if (v >= 0xd800 && v <= 0xdbff) highs.push(base + out.length);
      out += String.fromCodePoint(v);
      i += 2 + len;
      continue;
    }
    if (e === 'N') {
      const close = body.indexOf('}', i);
      if (body[i + 2] !== '{' || close < 0 || close === i + 3) {
        const to = body[i + 2] !== '{' ? Math.min(i + 2, n) : close < 0 ? n : close;
        throw unicodeError(host, body, i, to, 'malformed \\N character escape');
      }
      const cp = lookupUnicodeName(body.slice(i + 3, close));
      if (cp === undefined) throw unicodeError(host, body, i, close + 1, 'unknown Unicode character name');
      out += String.fromCodePoint(cp);
      i = close + 1;
      continue;
    }
    // An invalid escape keeps its backslash (CPython only warns).
    if (!warned && body.charCodeAt(i + 1) < 0x80) { warnInvalidEscape(host, body, i, i, t, offset); warned = true; }
    out += '\\';
    i++;
  }
  return out;
}

/** Decodes the escapes of a non-raw bytes literal body (ASCII already checked). */
function decodeBytesEscapes(host: StringHost, body: string, t: Token, offset: number): Uint8Array {
  const out: number[] = [];
  let warned = false;
  const n = body.length;
  let i = 0;
  while (i < n) {
    const c = body.charCodeAt(i);
    if (c !== 92) { out.push(c); i++; continue; }
    const e = body[i + 1];
    if (e === undefined) { out.push(92); i++; continue; }
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) { if (simple !== '') out.push(simple.charCodeAt(0)); i += 2; continue; }
    if (e >= '0' && e <= '7') {
      let j = i + 1;
      let v = 0;
      while (j < n && j < i + 4 && body[j] >= '0' && body[j] <= '7') { v = v * 8 + (body.charCodeAt(j) - 48); j++; }
      if (v > 0o377 && !warned) { warnInvalidEscape(host, body, i, j, t, offset); warned = true; }
      out.push(v & 0xff);
      i = j;
      continue;
    }
    if (e === 'x') {
      const digits = body.slice(i + 2, i + 4);
      if (!/^[0-9a-fA-F]{2}$/.test(digits)) throw host.errorAtLast(`(value error) invalid \\x escape at position ${i}`);
      out.push(parseInt(digits, 16));
      i += 4;
      continue;
    }
    if (!warned) { warnInvalidEscape(host, body, i, i, t, offset); warned = true; }
    out.push(92);
    i++;
  }
  return Uint8Array.from(out);
}

const MAX_FSTRING_NESTING = 200;

/** Walks one f-string token's body: CPython's fstring_find_literal / fstring_find_expr. */
class FStringParser {
  private pos: number;

  constructor(
    private readonly host: StringHost,
    /** The whole token text (prefix and quotes included): expression positions are measured in it. */
    private readonly text: string,
    start: number,
    private readonly end: number,
    private readonly raw: boolean,
    private readonly first: Token,
    private readonly token: Token,
    private readonly last: Token,
  ) {
    this.pos = start;
  }

  concatFString(state: FStringState, level: number): void {
    state.fmode = true;
    for (;;) {
      const at = this.pos;
      const literal = this.findLiteral(level);
      if (literal.text !== null) {
        if (this.raw) state.concat(literal.text); else state.concatEscaped(this.host, literal.text, this.token, at);
      }
      if (literal.doubled) continue;
      if (this.pos >= this.end || this.text[this.pos] === '}') break;
      const { exprText, value } = this.findExpr(level);
      if (exprText !== null) state.concat(exprText);
      state.flush(this.first, this.last);
      state.exprs.push(value);
    }
    if (level !== 0 && this.text[this.pos] !== '}') throw this.host.errorAtLast(Msg.fstringExpectingBrace);
  }

  /** Literal text (escapes not decoded) up to the next single '{' or '}'; `doubled` when it stopped after a doubled brace. */
  private findLiteral(level: number): { text: string | null; doubled: boolean } {
    const s = this.text;
    const start = this.pos;
    let p = start;
    let doubled = false;
    let stop = -1;
    while (p < this.end) {
      let ch = s[p++];
      if (!this.raw && ch === '\\' && p < this.end) {
        ch = s[p++];
        if (ch === 'N') {
          if (p < this.end && s[p++] === '{') {
            while (p < this.end && s[p++] !== '}') { /* skip the character name */ }
            continue;
          }
          break;
        }
      }
      if (ch === '{' || ch === '}') {
        if (level === 0) {
          if (p < this.end && s[p] === ch) {
            stop = p;
            this.pos = p + 1;
            doubled = true;
            break;
          }
          if (ch === '}') {
            this.pos = p - 1;
            throw this.host.errorAtLast(Msg.fstringSingleBrace);
          }
        }
        p--;
        break;
      }
    }
    if (!doubled) { stop = p; this.pos = p; }
    if (stop === start) return { text: null, doubled };
    return { text: s.slice(start, stop), doubled };
  }

  private findExpr(level: number): { exprText: string | null; value: FormattedValue } {
    const s = this.text;
    const end = this.end;
    if (level >= 2) throw this.host.errorAtLast(Msg.fstringTooDeep);
    const brace = this.pos;
    this.pos++;
    const exprStart = this.pos;
    let quote = '';
    let tripleQuote = false;
    const stack: string[] = [];
    for (; this.pos < end; this.pos++) {
      const ch = s[this.pos];
      if (ch === '\\') throw this.host.errorAtLast(Msg.fstringBackslash);
      if (quote !== '') {
        if (ch === quote) {
          if (tripleQuote) {
            if (this.pos + 2 < end && s[this.pos + 1] === ch && s[this.pos + 2] === ch) {
              this.pos += 2;
              quote = '';
              tripleQuote = false;
            }
          } else {
            quote = '';
          }
        }
      } else if (ch === "'" || ch === '"') {
        if (this.pos + 2 < end && s[this.pos + 1] === ch && s[this.pos + 2] === ch) {
          tripleQuote = true;
          this.pos += 2;
        }
        quote = ch;
      } else if (ch === '[' || ch === '{' || ch === '(') {
        if (stack.length >= MAX_FSTRING_NESTING) throw this.host.errorAtLast(Msg.fstringTooManyParens);
        stack.push(ch);
      } else if (ch === '#') {
        throw this.host.errorAtLast(Msg.fstringHash);
      } else if (stack.length === 0 && (ch === '!' || ch === ':' || ch === '}' || ch === '=' || ch === '>' || ch === '<')) {
        if (this.pos + 1 < end) {
          const next = s[this.pos + 1];
          if ((ch === '!' || ch === '=' || ch === '<' || ch === '>') && next === '=') { this.pos++; continue; }
          if (ch === '>' || ch === '<') continue;
        }
        break;
      } else if (ch === ']' || ch === '}' || ch === ')') {
        const open = stack.pop();
        if (open === undefined) throw this.host.errorAtLast(Msg.fstringUnmatched(ch));
        if (!((open === '(' && ch === ')') || (open === '[' && ch === ']') || (open === '{' && ch === '}'))) {
          throw this.host.errorAtLast(Msg.fstringMismatch(ch, open));
        }
      }
    }
    const exprEnd = this.pos;
    if (quote !== '') throw this.host.errorAtLast(Msg.fstringUnterminated);
    if (stack.length > 0) throw this.host.errorAtLast(Msg.fstringUnmatched(stack[stack.length - 1]));
    if (this.pos >= end) throw this.host.errorAtLast(Msg.fstringExpectingBrace);
    const value = this.compileExpr(brace, exprStart, exprEnd);
    let exprText: string | null = null;
    if (s[this.pos] === '=') {
      this.pos++;
      while (this.pos < end && /[ \t\n\r\f\v]/.test(s[this.pos])) this.pos++;
      if (this.pos >= end) throw this.host.errorAtLast(Msg.fstringExpectingBrace);
      exprText = s.slice(exprStart, this.pos);
    }
    let conversion = -1;
    if (s[this.pos] === '!') {
      this.pos++;
      if (this.pos >= end) throw this.host.errorAtLast(Msg.fstringExpectingBrace);
      const conv = s[this.pos];
      this.pos++;
      if (conv !== 's' && conv !== 'r' && conv !== 'a') throw this.host.errorAtLast(Msg.fstringInvalidConversion);
      conversion = conv.charCodeAt(0);
    }
    let formatSpec: JoinedStr | null = null;
    if (this.pos < end && s[this.pos] === ':') {
      this.pos++;
      if (this.pos >= end) throw this.host.errorAtLast(Msg.fstringExpectingBrace);
      const specState = new FStringState();
      this.concatFString(specState, level + 1);
      const spec = specState.finish(this.token, this.token);
      formatSpec = spec as JoinedStr;
    }
    if (this.pos >= end || s[this.pos] !== '}') throw this.host.errorAtLast(Msg.fstringExpectingBrace);
    this.pos++;
    if (exprText !== null && formatSpec === null && conversion === -1) conversion = 114;
    return {
      exprText,
      value: { _type: 'FormattedValue', value, conversion, format_spec: formatSpec, lineno: this.first.lineno, col_offset: this.first.col_offset, end_lineno: this.last.end_lineno, end_col_offset: this.last.end_col_offset },
    };
  }

  /** CPython's fstring_compile_expr + fstring_find_expr_location. */
  private compileExpr(brace: number, exprStart: number, exprEnd: number): expr {
    const s = this.text;
    const inner = s.slice(exprStart, exprEnd);
    if (/^[ \t\n\f]*$/.test(inner)) {
      const next = s[exprEnd];
      throw this.host.errorAtLast(next === '!' || next === ':' || next === '=' ? Msg.fstringExpressionRequired(next) : Msg.fstringEmpty);
    }
    let lines = 0;
    let cols = 0;
    let nl = -1;
    for (let p = 0; p < brace; p++) if (s.charCodeAt(p) === 10) { lines++; nl = p; }
    // A newline right after the brace (blanks aside) puts the expression at column 0 of a later line.
    if (!/^[ \t\f]*\n/.test(inner)) {
      cols = nl < 0 ? utf8Length(s, 0, brace) : utf8Length(s, nl + 1, brace);
    }
    const col = lines === 0 ? this.token.col_offset + cols : cols;
    return this.host.parseFStringExpr(`(${inner})`, this.token.lineno + lines, col);
  }
}
