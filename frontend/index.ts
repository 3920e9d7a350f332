// The frontend's entry points: source text or bytes in, an AST (and, from the
// compiler, code objects) out. Bytes are decoded as CPython decodes a source
// file: a UTF-8 BOM, a PEP 263 coding cookie on line 1 or 2, UTF-8 otherwise.
// Every failure is a PySyntaxError carrying CPython's message and position.
import type { Module } from './parser/ast.js';
import { Parser } from './parser/parser.js';
import { PySyntaxError, formatSyntaxError } from './errors.js';
import { Msg } from './parser/diagnostics.js';
import { astDepth, AST_CONSTRUCTION_LIMIT, COMPILATION_LIMIT } from './parser/depth.js';
import { compile } from './compiler/index.js';

export { PySyntaxError, formatSyntaxError };
export { compile } from './compiler/index.js';

const COOKIE_RE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/** Normalizes a codec name as CPython's tokenizer does (get_normal_name). */
function normalEncoding(name: string): string {
  const n = name.toLowerCase().replace(/_/g, '-');
  if (n === 'utf-8' || n.startsWith('utf-8-')) return 'utf-8';
  if (n === 'latin-1' || n === 'iso-8859-1' || n === 'iso-latin-1' || /^(latin-1|iso-8859-1|iso-latin-1)-/.test(n)) return 'latin-1';
  return n;
}

/** Decodes source bytes the way CPython reads a source file. */
export function decodeSource(bytes: Uint8Array, filename: string): string {
  let start = 0;
  let bom = false;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) { start = 3; bom = true; }
  // The cookie may only be on one of the first two lines.
  let encoding = 'utf-8';
  let lineStart = start;
  for (let line = 0; line < 2 && lineStart < bytes.length; line++) {
    let end = bytes.indexOf(10, lineStart);
    if (end < 0) end = bytes.length;
    const text = Buffer.from(bytes.subarray(lineStart, end)).toString('latin1');
    const m = COOKIE_RE.exec(text);
    if (m) {
      encoding = normalEncoding(m[1]);
      if (bom && encoding !== 'utf-8') {
        throw new PySyntaxError('SyntaxError', `encoding problem: ${m[1]} with BOM`, filename, line + 1, null, null, null, null);
      }
      break;
    }
    if (!/^[ \t\f]*(#.*)?\r?$/.test(text)) break;
    lineStart = end + 1;
  }
  const body = bytes.subarray(start);
  if (encoding === 'latin-1') return Buffer.from(body).toString('latin1');
  if (encoding !== 'utf-8') {
    let decoder: InstanceType<typeof TextDecoder>;
    try {
      decoder = new TextDecoder(encoding, { fatal: true });
    } catch {
      throw new PySyntaxError('SyntaxError', Msg.unknownEncoding(encoding), filename, null, null, null, null, null);
    }
    return decoder.decode(body);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return reportBadUtf8(body, filename);
  }
}

/** CPython's message for a file that is not valid UTF-8, at the first bad line. */
function reportBadUtf8(body: Uint8Array, filename: string): never {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lineStart = 0;
  for (let line = 1; lineStart <= body.length; line++) {
    let end = body.indexOf(10, lineStart);
    if (end < 0) end = body.length;
    try {
      decoder.decode(body.subarray(lineStart, end));
    } catch {
      let bad = lineStart;
      for (; bad < end; bad++) {
        try { decoder.decode(body.subarray(lineStart, bad + 1)); } catch { if (!validPrefix(body.subarray(lineStart, bad + 1))) break; }
      }
      const hex = body[bad].toString(16);
      throw new PySyntaxError('SyntaxError',
        `Non-UTF-8 code starting with '\\x${hex}' in file ${filename} on line ${line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details`,
        filename, line, null, null, null, null);
    }
    lineStart = end + 1;
  }
  throw new PySyntaxError('SyntaxError', 'invalid utf-8', filename, null, null, null, null, null);
}

/** Whether the bytes are a valid UTF-8 text possibly cut in the middle of a character. */
function validPrefix(b: Uint8Array): boolean {
  for (let cut = 1; cut <= 3 && cut <= b.length; cut++) {
    try { new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(0, b.length - cut)); return true; } catch { /* keep cutting */ }
  }
  return false;
}

/** Parses a module. `source` may be text or the raw bytes of a file. */
export function parse(source: string | Uint8Array, filename: string): Module {
  const isBytes = typeof source !== 'string';
  let text = isBytes ? decodeSource(source, filename) : source;
  if (text.includes('\0')) {
    throw new PySyntaxError('SyntaxError', isBytes ? Msg.nullBytes : Msg.nullBytesString, filename, null, null, null, null, null);
  }
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  return new Parser(text, filename).parseModule();
}

/** Checks that the source compiles; throws PySyntaxError otherwise. */
export function checkSyntax(source: string | Uint8Array, filename: string): void {
  compile(source, filename);
}
