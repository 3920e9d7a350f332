// The frontend's entry points: source text or bytes in, an AST (and, from the
// compiler, code objects) out. Bytes are decoded as CPython decodes a source
// file: a UTF-8 BOM, a PEP 263 coding cookie on line 1 or 2, UTF-8 otherwise.
// Every failure is a PySyntaxError carrying CPython's message and position.
import type { Expression, Interactive, Module } from './parser/ast.js';
import { Parser } from './parser/parser.js';
import { PySyntaxError, formatSyntaxError, formatCompileWarning, WarningSink, type CompileWarning } from './errors.js';
import { Msg } from './parser/diagnostics.js';
import { astDepth, AST_CONSTRUCTION_LIMIT, COMPILATION_LIMIT } from './parser/depth.js';
import { compile } from './compiler/index.js';

export { PySyntaxError, formatSyntaxError, formatCompileWarning, WarningSink, type CompileWarning };
export { compile } from './compiler/index.js';

const COOKIE_RE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/** Normalizes a codec name as CPython's tokenizer does (get_normal_name). */
function normalEncoding(name: string): string {
  const n = name.toLowerCase().replace(/_/g, '-');
  if (n === 'utf-8' || n.startsWith('utf-8-')) return 'utf-8';
  if (n === 'latin-1' || n === 'iso-8859-1' || n === 'iso-latin-1' || /^(latin-1|iso-8859-1|iso-latin-1)-/.test(n)) return 'latin-1';
  return n;
}

/**
 * Decodes source bytes the way CPython reads a source file. `declared` tells
 * whether a BOM or cookie named the encoding: without one CPython reports
 * parser-error columns in bytes rather than characters.
 */
export function decodeSource(bytes: Uint8Array, filename: string): { text: string; declared: boolean } {
  let start = 0;
  let bom = false;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) { start = 3; bom = true; }
  // The cookie may only be on one of the first two lines.
  let encoding = 'utf-8';
  let cookie = false;
  let lineStart = start;
  for (let line = 0; line < 2 && lineStart < bytes.length; line++) {
    let end = bytes.indexOf(10, lineStart);
    if (end < 0) end = bytes.length;
    const text = Buffer.from(bytes.subarray(lineStart, end)).toString('latin1');
    const m = COOKIE_RE.exec(text);
    if (m) {
      encoding = normalEncoding(m[1]);
      cookie = true;
      if (bom && encoding !== 'utf-8') {
        throw new PySyntaxError('SyntaxError', Msg.encodingWithBom(m[1]), filename, line + 1, null, null, null, null);
      }
      break;
    }
    if (!/^[ \t\f]*(#.*)?\r?$/.test(text)) break;
    lineStart = end + 1;
  }
  const body = bytes.subarray(start);
  const declared = bom || cookie;
  if (encoding === 'latin-1') return { text: Buffer.from(body).toString('latin1'), declared };
  if (encoding !== 'utf-8') {
    let decoder: InstanceType<typeof TextDecoder>;
    try {
      decoder = new TextDecoder(encoding, { fatal: true });
    } catch {
      throw new PySyntaxError('SyntaxError', Msg.unknownEncoding(encoding), filename, null, null, null, null, null);
    }
    return { text: decoder.decode(body), declared };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), declared };
  } catch {
    return reportBadUtf8(body, filename);
  }
}

/** CPython's message for a file that is not valid UTF-8 (it names the first bad byte and its line). */
function reportBadUtf8(body: Uint8Array, filename: string): never {
  const bad = firstInvalidUtf8(body);
  let line = 1;
  for (let i = 0; i < bad; i++) if (body[i] === 10) line++;
  const hex = body[bad].toString(16).padStart(2, '0');
  throw new PySyntaxError('SyntaxError', Msg.nonUtf8(hex, filename, line), filename, null, null, null, null, null);
}

/** Index of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let n: number;
    let min: number;
    if (c < 0x80) { i++; continue; }
    if (c >= 0xc2 && c <= 0xdf) { n = 1; min = 0x80; } else if (c >= 0xe0 && c <= 0xef) { n = 2; min = 0x800; } else if (c >= 0xf0 && c <= 0xf4) { n = 3; min = 0x10000; } else return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return b.length;
}

// Trees whose nesting the parser estimates below this are certainly within CPython's limits.
const DEPTH_CHECK_THRESHOLD = 1000;

/**
 * Parses a module as `ast.parse` does. `source` may be text or the raw bytes of a file.
 * `phase` picks the RecursionError message CPython gives for a too-deep tree.
 */
export function parse(source: string | Uint8Array, filename: string, phase: 'ast' | 'compile' = 'ast', warnings: WarningSink | null = null): Module {
  const { text, declared } = prepare(source, filename);
  const parser = new Parser(text, filename, 0, 0, { byteOffsets: !declared, warnings: warnings ?? undefined });
  const module = parser.parseModule();
  checkDepth(parser, module, filename, phase);
  return module;
}

/** CPython's RecursionError for a tree nested too deeply (its root counts as one level, as CPython's does). */
function checkDepth(parser: Parser, root: Module | Expression, filename: string, phase: 'ast' | 'compile'): void {
  if (parser.deepest <= DEPTH_CHECK_THRESHOLD) return;
  const limit = phase === 'ast' ? AST_CONSTRUCTION_LIMIT : COMPILATION_LIMIT;
  if (astDepth(root) > limit) {
    throw new PySyntaxError('RecursionError', phase === 'ast' ? Msg.recursionAst : Msg.recursionCompiling, filename, null, null, null, null, null);
  }
}

/** Source text as the parser wants it: decoded, NUL-free, newlines normalized. */
function prepare(source: string | Uint8Array, filename: string): { text: string; declared: boolean } {
  const isBytes = typeof source !== 'string';
  const decoded = isBytes ? decodeSource(source, filename) : { text: source, declared: true };
  if (decoded.text.includes('\0')) {
    throw new PySyntaxError('SyntaxError', isBytes ? Msg.nullBytes : Msg.nullBytesString, filename, null, null, null, null, null);
  }
  return decoded.text.includes('\r') ? { text: decoded.text.replace(/\r\n?/g, '\n'), declared: decoded.declared } : decoded;
}

/** Parses an expression as `ast.parse(source, mode='eval')` does. */
export function parseExpression(source: string | Uint8Array, filename: string, warnings: WarningSink | null = null, phase: 'ast' | 'compile' = 'compile'): Expression {
  const { text, declared } = prepare(source, filename);
  const parser = new Parser(text, filename, 0, 0, { byteOffsets: !declared, warnings: warnings ?? undefined });
  const expression = parser.parseExpression();
  checkDepth(parser, expression, filename, phase);
  return expression;
}

/** Parses one interactive statement as `ast.parse(source, mode='single')` does. */
export function parseInteractive(source: string | Uint8Array, filename: string): Interactive {
  const { text, declared } = prepare(source, filename);
  return new Parser(text, filename, 0, 0, { byteOffsets: !declared }).parseInteractive();
}

/** Checks that the source compiles; throws PySyntaxError otherwise. */
export function checkSyntax(source: string | Uint8Array, filename: string): void {
  compile(source, filename);
}
