// Compile errors raised by the frontend: CPython's SyntaxError, IndentationError
// and TabError, with CPython's position fields (lineno 1-based; offset and
// endOffset 1-based in characters, as SyntaxError.offset) and the rendering
// CPython prints for an uncaught one. Input nested too deeply fails as in
// CPython with MemoryError (parser stack) or RecursionError (AST depth); those
// carry no position. Every message text lives in parser/diagnostics.ts.

export type SyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError' | 'MemoryError' | 'RecursionError';

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

  /**
   * Set on errors at the tokens that close the input: CPython reports them after the last
   * line's text when parsing a string, but at offset 0 when it reads the main script's file.
   */
  atEndOfInput = false;

  /**
   * Set on errors of the symbol table and compiler: CPython reads their source line
   * back from the file named `filename`, so a string compiled under a name that is
   * no readable file gets none (SyntaxError.text is None); `text` is the line anyway.
   */
  fromCompiler = false;

  /** The same error as CPython reports it for a file it reads itself (the main script). */
  asFileError(): PySyntaxError {
    if (!this.atEndOfInput) return this;
    return new PySyntaxError(this.type, this.msg, this.filename, this.lineno, 0, this.text, this.endLineno, this.endOffset);
  }
}

export type WarningCategory = 'SyntaxWarning' | 'DeprecationWarning';

/** A warning CPython's parser or compiler issues while compiling (warn_explicit with no module or registry). */
export interface CompileWarning {
  readonly category: WarningCategory;
  readonly message: string;
  readonly filename: string;
  readonly lineno: number;
}

/**
 * Collects a compile's warnings in the order CPython issues them. The parser
 * may decode a token again when it backtracks: its warnings give a `key`
 * naming the place in the source, and a place reports once. The compiler's
 * give none: CPython warns each time it compiles the code (a `while` test or
 * a `finally` body is compiled twice).
 */
export class WarningSink {
  readonly warnings: CompileWarning[] = [];
  private readonly seen = new Set<string>();

  add(category: WarningCategory, message: string, filename: string, lineno: number, key?: string): void {
    if (key !== undefined) {
      const id = `${key} ${message}`;
      if (this.seen.has(id)) return;
      this.seen.add(id);
    }
    this.warnings.push({ category, message, filename, lineno });
  }
}

/** The text warnings.showwarning writes for a compile warning, given the source line (or null). */
export function formatCompileWarning(w: CompileWarning, line: string | null): string {
  const text = `${w.filename}:${w.lineno}: ${w.category}: ${w.message}\n`;
  const stripped = line === null ? '' : line.trim();
  return stripped === '' ? text : `${text}  ${stripped}\n`;
}

/** The text CPython writes to stderr for an uncaught SyntaxError (print_exception + print_error_text). */
export function formatSyntaxError(err: PySyntaxError): string {
  const out: string[] = [];
  if (err.lineno !== null) out.push(`  File "${err.filename}", line ${err.lineno}\n`);
  if (err.text !== null && err.lineno !== null && err.offset !== null) out.push(errorText(err));
  out.push(err.msg === '' ? `${err.type}\n` : `${err.type}: ${err.msg}\n`);
  return out.join('');
}

/** The source line and caret line, as CPython's print_error_text lays them out. */
function errorText(err: PySyntaxError): string {
  let text = err.text!;
  let offset = err.offset!;
  let endOffset = err.endOffset ?? -1;
  const lineSize = text.length;
  if (err.endLineno !== null && err.endLineno > err.lineno!) endOffset = lineSize;
  if (endOffset > lineSize + 1) endOffset = lineSize + 1;
  // IndentationError and TabError always get a single caret.
  const carets = err.type === 'IndentationError' || err.type === 'TabError' ? 1 : endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  offset--;
  let i = 0;
  while (text[i] === ' ' || text[i] === '\t' || text[i] === '\f') { i++; offset--; }
  text = text.slice(i);
  let len = text.length;
  if (len > 0 && text[len - 1] === '\n') len--;
  if (offset > len) offset = len;
  for (;;) {
    const nl = text.indexOf('\n');
    if (nl < 0 || nl >= offset) break;
    text = text.slice(nl + 1);
    len -= nl + 1;
    offset -= nl + 1;
  }
  let out = `    ${text}`;
  if (text[len] !== '\n') out += '\n';
  if (offset < 0) return out;
  return `${out}    ${' '.repeat(offset)}${'^'.repeat(carets)}\n`;
}
