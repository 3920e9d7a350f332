// The compiler's entry point: source (text or file bytes) to a module code
// object, through the parser, the symbol table and the bytecode compiler.
// Every compile-time failure is a PySyntaxError.
import { decodeSource, parse } from '../index.js';
import type { CodeObject } from '../bytecode/code.js';
import type { WarningSink } from '../errors.js';
import { compileAst } from './compiler.js';

/**
 * Compiles a module's source; `filename` appears in code objects and errors.
 * The parser's and compiler's warnings go to `warnings` when given (those
 * issued before a syntax error too).
 */
export function compile(source: string | Uint8Array, filename: string, warnings: WarningSink | null = null): CodeObject {
  let text = typeof source === 'string' ? source : decodeSource(source, filename).text;
  const mod = parse(source, filename, 'compile', warnings);
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  return compileAst(mod, filename, text, 'exec', warnings);
}
