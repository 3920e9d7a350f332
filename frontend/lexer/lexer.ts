// The tokenizer: turns Python 3.11 source (already decoded, newlines already
// \n) into tokens on demand, as CPython's tokenizer does, so a syntax error
// earlier in the file wins over a tokenizer error later in it. It keeps
// CPython's indentation stack (tabs to multiples of 8, checked against a
// tab-size-1 stack for TabError), bracket nesting (at most 200 deep), implicit
// and explicit line joining, and reports columns in UTF-8 bytes.
import { PySyntaxError, type SyntaxErrorType, type WarningSink } from '../errors.js';
import { Msg } from '../parser/diagnostics.js';
import { isIdContinue, isIdStart, isPrintable } from './unicode.js';
import {
  DEDENT, ENDMARKER, INDENT, NAME, NEWLINE, NUMBER, OP, STRING, type Token, type TokenKind,
} from './tokens.js';

const MAX_INDENT = 100;
const MAX_LEVEL = 200;
const TAB_SIZE = 8;

// Character classes for the ASCII fast paths, indexed by char code.
const IS_ID_START = new Uint8Array(128);
const IS_ID_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  IS_ID_START[c] = /[A-Za-z_]/.test(ch) ? 1 : 0;
  IS_ID_CHAR[c] = /[A-Za-z0-9_]/.test(ch) ? 1 : 0;
}

const OPEN_OF: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

// Keywords that may directly follow a number (`1if x else y`), as CPython's verify_end_of_number allows.
const NUMBER_SUFFIX_KEYWORDS = ['and', 'else', 'for', 'if', 'in', 'is', 'not', 'or'];

/** Length of a JS string's text in UTF-8 bytes. */
export function utf8Length(s: string, from = 0, to = s.length): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) { n += 4; i++; }
    else n += 3;
  }
  return n;
}

/** Number of code points in s[from, to). */
export function codePointLength(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) i++;
    n++;
  }
  return n;
}

export class Lexer {
  private pos = 0;
  private lineno = 1;
  private lineStart = 0;
  /** First index at or after lineStart holding a non-ASCII character (or Infinity). */
  private lineFirstWide = Infinity;
  private atLineStart = true;
  private readonly indents: number[] = [0];
  private readonly altIndents: number[] = [0];
  private pendingIndents = 0;
  private readonly brackets: { ch: string; line: number; index: number }[] = [];
  private lastKind: TokenKind | 0 = 0;
  private readonly ascii: boolean;
  /** Where the tokenizer's warnings go (none are kept without a sink). */
  warnings: WarningSink | null = null;

  constructor(
    private readonly src: string,
    readonly filename: string,
    /** Line and column (bytes) added to positions on the first line: used when re-lexing an f-string expression. */
    private readonly lineOffset = 0,
    private readonly firstLineColOffset = 0,
  ) {
    // One regex pass tells whether byte columns equal char columns everywhere.
    this.ascii = !/[^\x00-\x7f]/.test(src);
    this.scanLineWide();
  }

  get openBrackets(): number { return this.brackets.length; }

  private scanLineWide(): void {
    if (this.ascii) return;
    const src = this.src;
    this.lineFirstWide = Infinity;
    for (let i = this.lineStart; i < src.length; i++) {
      const c = src.charCodeAt(i);
      if (c === 10) break;
      if (c >= 0x80) { this.lineFirstWide = i; break; }
    }
  }

  private newLine(at: number): void {
    this.lineno++;
    this.lineStart = at;
    this.scanLineWide();
  }

  /** Byte column of a source index on the current line. */
  private colOf(index: number): number {
    const raw = index <= this.lineFirstWide ? index - this.lineStart : utf8Length(this.src, this.lineStart, index);
    return this.lineno === 1 ? raw + this.firstLineColOffset : raw;
  }

  private make(kind: TokenKind, value: string, start: number, startLine: number, startCol: number): Token {
    this.lastKind = kind;
    return {
      kind, value, lineno: startLine + this.lineOffset, col_offset: startCol,
      end_lineno: this.lineno + this.lineOffset, end_col_offset: this.colOf(this.pos), start, end: this.pos,
    };
  }

  /** The full text of the source line holding `index`, without its newline. */
  lineText(index: number): string {
    const src = this.src;
    let a = index;
    while (a > 0 && src.charCodeAt(a - 1) !== 10) a--;
    let b = src.indexOf('\n', index);
    if (b < 0) b = src.length;
    return src.slice(a, b);
  }

  /** A tokenizer error at a source index, with CPython's tokenizer conventions (text without newline). */
  error(msg: string, index: number, opts: { type?: SyntaxErrorType; endIndex?: number; lineno?: number; withNewline?: boolean } = {}): PySyntaxError {
    const src = this.src;
    let a = Math.min(index, src.length);
    while (a > 0 && src.charCodeAt(a - 1) !== 10) a--;
    let line = 1;
    for (let i = src.indexOf('\n'); i >= 0 && i < a; i = src.indexOf('\n', i + 1)) line++;
    const text = this.lineText(index) + (opts.withNewline ? '\n' : '');
    const offset = codePointLength(src, a, Math.min(index, src.length)) + 1;
    let endOffset = offset;
    if (opts.endIndex !== undefined) endOffset = codePointLength(src, a, opts.endIndex) + 1;
    return new PySyntaxError(opts.type ?? 'SyntaxError', msg, this.filename, (opts.lineno ?? line) + this.lineOffset,
      offset, text, (opts.lineno ?? line) + this.lineOffset, endOffset);
  }

  /** Line of the innermost bracket still open when the input ended (set before that error is thrown). */
  unclosedAtEnd: number | null = null;

  /** Error for an unclosed bracket, reported at the opening bracket as CPython does at end of input. */
  unclosedError(): PySyntaxError {
    const b = this.brackets[this.brackets.length - 1];
    const e = this.error(Msg.neverClosed(b.ch), b.index, { withNewline: true });
    return new PySyntaxError(e.type, e.msg, e.filename, e.lineno, e.offset, e.text, e.lineno, 0);
  }

  next(): Token {
    const src = this.src;
    for (;;) {
      if (this.pendingIndents !== 0) {
        const kind = this.pendingIndents > 0 ? INDENT : DEDENT;
        this.pendingIndents += this.pendingIndents > 0 ? -1 : 1;
        return this.make(kind, '', this.pos, this.lineno, this.colOf(this.pos));
      }
      if (this.atLineStart) {
        this.atLineStart = false;
        if (this.indentation()) continue;
      }
      // Skip blanks and comments.
      let c = src.charCodeAt(this.pos);
      while (c === 32 || c === 9 || c === 12) c = src.charCodeAt(++this.pos);
      if (c === 35) {
        const nl = src.indexOf('\n', this.pos);
        this.pos = nl < 0 ? src.length : nl;
        c = src.charCodeAt(this.pos);
      }
      const start = this.pos;
      if (this.pos >= src.length) return this.endOfInput();
      const col = this.colOf(start);
      const line = this.lineno;
      if (c === 10) {
        this.pos++;
        const blank = this.lastKind === NEWLINE || this.lastKind === 0 || this.lastKind === INDENT || this.lastKind === DEDENT;
        if (this.brackets.length > 0 || blank) {
          this.newLine(this.pos);
          this.atLineStart = this.brackets.length === 0;
          continue;
        }
        // CPython's NEWLINE token is empty: it ends where it starts.
        const tok: Token = { kind: NEWLINE, value: '', lineno: line + this.lineOffset, col_offset: col, end_lineno: line + this.lineOffset, end_col_offset: col, start, end: start };
        this.lastKind = NEWLINE;
        this.newLine(this.pos);
        this.atLineStart = true;
        return tok;
      }
      if (c < 128 && IS_ID_START[c]) {
        let p = this.pos + 1;
        let d = src.charCodeAt(p);
        while (d < 128 && IS_ID_CHAR[d]) d = src.charCodeAt(++p);
        if ((d === 39 || d === 34) && p - start <= 2 && isStringPrefix(src, start, p)) {
          this.pos = p;
          return this.string(start, line, col);
        }
        if (d >= 128) return this.wideIdentifier(start, line, col);
        this.pos = p;
        return this.make(NAME, src.slice(start, p), start, line, col);
      }
      if (c >= 48 && c <= 57) return this.number(start, line, col);
      if (c === 39 || c === 34) return this.string(start, line, col);
      if (c === 46 && isDigit(src.charCodeAt(start + 1))) return this.number(start, line, col);
      if (c === 92) {
        const d = src.charCodeAt(this.pos + 1);
        if (d === 10) {
          this.pos += 2;
          this.newLine(this.pos);
          if (this.pos >= src.length) {
            throw new PySyntaxError('SyntaxError', Msg.unexpectedEOF, this.filename, this.lineno - 1 + this.lineOffset,
              col + 2, this.lineText(start) + '\n', this.lineno - 1 + this.lineOffset, -1);
          }
          continue;
        }
        if (this.pos + 1 >= src.length) {
          throw new PySyntaxError('SyntaxError', Msg.unexpectedEOF, this.filename, line + this.lineOffset,
            col + 2, this.lineText(start) + '\n', line + this.lineOffset, -1);
        }
        throw new PySyntaxError('SyntaxError', Msg.lineContinuation, this.filename, line + this.lineOffset,
          codePointLength(src, this.lineStart, start) + 2, this.lineText(start) + '\n', line + this.lineOffset, 0);
      }
      if (c >= 128) return this.wideIdentifier(start, line, col);
      return this.operator(start, line, col);
    }
  }

  private endOfInput(): Token {
    const at = this.src.length;
    if (this.brackets.length > 0) {
      this.unclosedAtEnd = this.brackets[this.brackets.length - 1].line + this.lineOffset;
      throw this.unclosedError();
    }
    if (this.lastKind !== NEWLINE && this.lastKind !== 0 && this.lastKind !== DEDENT && this.lastKind !== INDENT) {
      return this.make(NEWLINE, '', at, this.lineno, this.colOf(at));
    }
    if (this.indents.length > 1) {
      this.indents.pop();
      this.altIndents.pop();
      return this.make(DEDENT, '', at, this.lineno, this.colOf(at));
    }
    return this.make(ENDMARKER, '', at, this.lineno, this.colOf(at));
  }

  /** Measures the indentation of a new logical line; returns true when the line is blank (skip it). */
  private indentation(): boolean {
    const src = this.src;
    let col = 0;
    let alt = 0;
    let p = this.pos;
    for (;;) {
      const c = src.charCodeAt(p);
      if (c === 32) { col++; alt++; } else if (c === 9) { col = (Math.floor(col / TAB_SIZE) + 1) * TAB_SIZE; alt++; } else if (c === 12) { col = alt = 0; } else break;
      p++;
    }
    const c = src.charCodeAt(p);
    // Blank and comment-only lines do not affect indentation.
    if (c === 35 || c === 10 || p >= src.length) return false;
    const top = this.indents.length - 1;
    if (col === this.indents[top]) {
      if (alt !== this.altIndents[top]) throw this.tabError(p);
    } else if (col > this.indents[top]) {
      if (this.indents.length >= MAX_INDENT) {
        throw new PySyntaxError('IndentationError', Msg.tooDeepIndent, this.filename, this.lineno + this.lineOffset, 1,
          this.lineText(p) + '\n', this.lineno + this.lineOffset, 0);
      }
      if (alt <= this.altIndents[top]) throw this.tabError(p);
      this.indents.push(col);
      this.altIndents.push(alt);
      this.pendingIndents = 1;
    } else {
      let n = 0;
      while (this.indents.length > 1 && col < this.indents[this.indents.length - 1]) {
        this.indents.pop();
        this.altIndents.pop();
        n--;
      }
      if (col !== this.indents[this.indents.length - 1]) {
        const text = this.lineText(p) + '\n';
        throw new PySyntaxError('IndentationError', Msg.unindentMismatch, this.filename, this.lineno + this.lineOffset,
          codePointLength(text, 0, text.length - 1) + 1, text, this.lineno + this.lineOffset, -1);
      }
      if (alt !== this.altIndents[this.altIndents.length - 1]) throw this.tabError(p);
      this.pendingIndents = n;
    }
    this.pos = p;
    return this.pendingIndents !== 0;
  }

  private tabError(p: number): PySyntaxError {
    return new PySyntaxError('TabError', Msg.inconsistentTabs, this.filename, this.lineno + this.lineOffset, 1,
      this.lineText(p) + '\n', this.lineno + this.lineOffset, 0);
  }

  /** An identifier with non-ASCII characters: scanned loosely, then verified as CPython's verify_identifier. */
  private wideIdentifier(start: number, line: number, col: number): Token {
    const src = this.src;
    let p = start;
    while (p < src.length) {
      const c = src.charCodeAt(p);
      if (c < 128 && IS_ID_CHAR[c] === 0) break;
      p++;
    }
    for (let i = start; i < p;) {
      const cp = src.codePointAt(i)!;
      if (!(i === start ? isIdStart(cp) : isIdContinue(cp))) throw this.invalidCharacter(i);
      i += cp > 0xffff ? 2 : 1;
    }
    this.pos = p;
    const raw = src.slice(start, p);
    return this.make(NAME, raw.normalize('NFKC'), start, line, col);
  }

  private invalidCharacter(index: number): PySyntaxError {
    const cp = this.src.codePointAt(index)!;
    const code = cp.toString(16).toUpperCase().padStart(4, '0');
    if (isPrintable(cp)) return this.error(Msg.invalidCharacter(String.fromCodePoint(cp), code), index);
    return this.error(Msg.invalidNonPrintable(code), index);
  }

  private operator(start: number, line: number, col: number): Token {
    const src = this.src;
    const c = src.charCodeAt(start);
    const op = matchOperator(c, src.charCodeAt(start + 1), src.charCodeAt(start + 2));
    if (op === null) {
      // '$', '?', '`': CPython's tokenizer yields an error token the parser rejects; control characters are invalid.
      if (c < 32) throw this.invalidCharacter(start);
      this.pos = start + 1;
      return this.make(OP, src[start], start, line, col);
    }
    if (op.length === 1) {
      if (c === 40 || c === 91 || c === 123) {
        if (this.brackets.length >= MAX_LEVEL) throw this.error(Msg.tooManyParens, start);
        this.brackets.push({ ch: op, line: this.lineno, index: start });
      } else if (c === 41 || c === 93 || c === 125) {
        const top = this.brackets.pop();
        if (top === undefined) throw this.error(Msg.unmatched(op), start);
        if (top.ch !== OPEN_OF[op]) {
          const msg = top.line !== this.lineno ? Msg.mismatchedParenOnLine(op, top.ch, top.line) : Msg.mismatchedParen(op, top.ch);
          throw this.error(msg, start);
        }
      }
    }
    this.pos = start + op.length;
    return this.make(OP, op, start, line, col);
  }

  private number(start: number, line: number, col: number): Token {
    const src = this.src;
    let p = start;
    const c = src.charCodeAt(p);
    const next = src.charCodeAt(p + 1) | 0x20;
    if (c === 48 && (next === 120 || next === 111 || next === 98)) {
      const kind = next === 120 ? 'hexadecimal' : next === 111 ? 'octal' : 'binary';
      const isDig = next === 120 ? isHex : next === 111 ? isOct : isBin;
      p += 2;
      for (;;) {
        if (src.charCodeAt(p) === 95) p++;
        if (!isDig(src.charCodeAt(p))) {
          const d = src.charCodeAt(p);
          if (next !== 120 && isDigit(d)) throw this.error(Msg.invalidDigit(src[p], kind), p);
          throw this.error(Msg.invalidLiteral(kind), p - 1);
        }
        while (isDig(src.charCodeAt(p))) p++;
        if (src.charCodeAt(p) !== 95) break;
      }
      if (next !== 120 && isDigit(src.charCodeAt(p))) throw this.error(Msg.invalidDigit(src[p], kind), p);
      this.pos = p;
      this.verifyEnd(kind);
      return this.make(NUMBER, src.slice(start, p), start, line, col);
    }
    if (c !== 46) {
      p = this.digits(p);
      // A decimal integer other than 0 must not start with 0.
      if (c === 48) {
        let q = start;
        while (src.charCodeAt(q) === 48 || src.charCodeAt(q) === 95) q++;
        const d = src.charCodeAt(p);
        const nonZero = q < p;
        if (nonZero && d !== 46 && (d | 0x20) !== 101 && (d | 0x20) !== 106) {
          throw this.error(Msg.leadingZeros, start, { endIndex: q });
        }
      }
    }
    if (src.charCodeAt(p) === 46) {
      p++;
      if (isDigit(src.charCodeAt(p))) p = this.digits(p);
    }
    if ((src.charCodeAt(p) | 0x20) === 101) {
      let q = p + 1;
      const signed = src.charCodeAt(q) === 43 || src.charCodeAt(q) === 45;
      if (signed) q++;
      if (!isDigit(src.charCodeAt(q))) {
        if (signed) throw this.error(Msg.invalidLiteral('decimal'), q - 1);
        // The number ends before the 'e' when it starts `else`; otherwise the literal is invalid.
        this.pos = p;
        this.verifyEnd('decimal');
        return this.make(NUMBER, src.slice(start, p), start, line, col);
      }
      p = this.digits(q);
    }
    const imaginary = (src.charCodeAt(p) | 0x20) === 106;
    if (imaginary) p++;
    this.pos = p;
    this.verifyEnd(imaginary ? 'imaginary' : 'decimal');
    return this.make(NUMBER, src.slice(start, p), start, line, col);
  }

  /** Scans digits with single underscores between them. */
  private digits(p: number): number {
    const src = this.src;
    for (;;) {
      while (isDigit(src.charCodeAt(p))) p++;
      if (src.charCodeAt(p) !== 95) return p;
      if (!isDigit(src.charCodeAt(p + 1))) throw this.error(Msg.invalidLiteral('decimal'), p);
      p++;
    }
  }

  /** CPython's verify_end_of_number: a number glued to a name is an error unless the name is a keyword it allows. */
  private verifyEnd(kind: string): void {
    const src = this.src;
    const p = this.pos;
    const c = src.charCodeAt(p);
    const idStart = c < 128 ? IS_ID_START[c] === 1 : c > 127 && isIdStart(src.codePointAt(p)!);
    if (!idStart) return;
    for (const kw of NUMBER_SUFFIX_KEYWORDS) {
      if (src.startsWith(kw, p)) {
        this.warnings?.add('SyntaxWarning', Msg.invalidLiteral(kind), this.filename, this.lineno + this.lineOffset, `${this.lineOffset}:${this.firstLineColOffset}:${p}`);
        return;
      }
    }
    throw this.error(Msg.invalidLiteral(kind), p - 1);
  }

  private string(start: number, line: number, col: number): Token {
    const src = this.src;
    let p = this.pos;
    const q = src.charCodeAt(p);
    const triple = src.charCodeAt(p + 1) === q && src.charCodeAt(p + 2) === q;
    p += triple ? 3 : 1;
    let endLine = this.lineno;
    for (;;) {
      if (p >= src.length) {
        // At end of input the line count does not include a final newline, as in CPython.
        const detected = src.charCodeAt(src.length - 1) === 10 ? endLine - 1 : endLine;
        const msg = triple ? Msg.unterminatedTriple(detected) : Msg.unterminatedString(detected);
        throw this.error(msg, start, { lineno: line });
      }
      const c = src.charCodeAt(p);
      if (c === q) {
        if (!triple) { p++; break; }
        if (src.charCodeAt(p + 1) === q && src.charCodeAt(p + 2) === q) { p += 3; break; }
        p++;
      } else if (c === 92) {
        if (src.charCodeAt(p + 1) === 10) { p += 2; endLine++; this.newLine(p); continue; }
        p += 2;
        if (p > src.length) p = src.length;
      } else if (c === 10) {
        if (!triple) throw this.error(Msg.unterminatedString(endLine), start, { lineno: line });
        p++;
        endLine++;
        this.newLine(p);
      } else {
        p++;
      }
    }
    this.pos = p;
    return this.make(STRING, src.slice(start, p), start, line, col);
  }
}

/**
 * The operator starting with the character codes c, d, e (longest match), as a
 * constant string so the parser's comparisons are pointer compares; null when c
 * starts no operator.
 */
function matchOperator(c: number, d: number, e: number): string | null {
  switch (c) {
    case 40: return '(';
    case 41: return ')';
    case 91: return '[';
    case 93: return ']';
    case 123: return '{';
    case 125: return '}';
    case 44: return ',';
    case 59: return ';';
    case 126: return '~';
    case 46: return d === 46 && e === 46 ? '...' : '.';
    case 58: return d === 61 ? ':=' : ':';
    case 61: return d === 61 ? '==' : '=';
    case 33: return d === 61 ? '!=' : '!';
    case 37: return d === 61 ? '%=' : '%';
    case 38: return d === 61 ? '&=' : '&';
    case 94: return d === 61 ? '^=' : '^';
    case 124: return d === 61 ? '|=' : '|';
    case 64: return d === 61 ? '@=' : '@';
    case 43: return d === 61 ? '+=' : '+';
    case 45: return d === 61 ? '-=' : d === 62 ? '->' : '-';
    case 42: return d === 42 ? (e === 61 ? '**=' : '**') : d === 61 ? '*=' : '*';
    case 47: return d === 47 ? (e === 61 ? '//=' : '//') : d === 61 ? '/=' : '/';
    case 60: return d === 60 ? (e === 61 ? '<<=' : '<<') : d === 61 ? '<=' : d === 62 ? '<>' : '<';
    case 62: return d === 62 ? (e === 61 ? '>>=' : '>>') : d === 61 ? '>=' : '>';
    default: return null;
  }
}

function isDigit(c: number): boolean { return c >= 48 && c <= 57; }
function isHex(c: number): boolean { return (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 102); }
function isOct(c: number): boolean { return c >= 48 && c <= 55; }
function isBin(c: number): boolean { return c === 48 || c === 49; }

function isStringPrefix(src: string, a: number, b: number): boolean {
  const p = src.slice(a, b).toLowerCase();
  return p === 'r' || p === 'u' || p === 'b' || p === 'f' || p === 'br' || p === 'rb' || p === 'fr' || p === 'rf';
}
