// Compile errors raised by the frontend: CPython's SyntaxError, IndentationError
// and TabError, with CPython's position fields (lineno 1-based; offset and
// endOffset 1-based in characters, as SyntaxError.offset) and the rendering
// CPython prints for an uncaught one. Every message text lives in
// parser/diagnostics.ts; this file only carries and prints them.

export type SyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError';

export class PySyntaxError extends Error {
  constructor(
    readonly type: SyntaxErrorType,
    readonly msg: string,
    readonly filename: string,
    readonly lineno: number | null,
    readonly offset: number | null,
    readonly text: string | null,
    readonly endLineno: number | null,
    readonly endOffset: number | null,
  ) {
    super(`${type}: ${msg}`);
    this.name = 'PySyntaxError';
  }
}

/** The text CPython writes to stderr for an uncaught SyntaxError (no traceback lines above it). */
export function formatSyntaxError(err: PySyntaxError): string {
  const out: string[] = [];
  if (err.lineno !== null) out.push(`  File "${err.filename}", line ${err.lineno}`);
  if (err.text !== null && err.lineno !== null) {
    let text = err.text;
    const nl = text.indexOf('\n');
    if (nl >= 0 && nl < text.length - 1) text = text.slice(0, nl + 1);
    text = text.replace(/\n$/, '');
    const stripped = text.replace(/^[ \t\f]+/, '');
    const cut = text.length - stripped.length;
    out.push(`    ${stripped.replace(/\s+$/, '')}`);
    if (err.offset !== null && err.offset >= 1) {
      const start = Math.max(err.offset - 1 - cut, 0);
      let width = 1;
      if (err.endOffset !== null && err.endLineno === err.lineno && err.endOffset > err.offset) {
        width = err.endOffset - err.offset;
      }
      const room = Math.max(stripped.replace(/\s+$/, '').length - start, 1);
      if (start <= stripped.length) out.push(`    ${' '.repeat(start)}${'^'.repeat(Math.min(width, Math.max(room, 1)))}`);
    }
  }
  out.push(`${err.type}: ${err.msg}`);
  return out.join('\n') + '\n';
}
