// The disassembler: renders a code object (and, recursively, the code objects
// in its constants) in the layout of CPython 3.11's `dis.dis`: line number at
// line starts, `>>` on jump and handler targets, offsets as 2 x index, opcode
// name, operand and its meaning, then the exception table. Code object reprs
// leave out the memory address so listings are stable golden files.
import type { CodeConstant, CodeObject } from './code.js';
import { BINARY_OPS, COMPARE_OPS, OP_NAMES, OP_SPECS, hasJump } from './opcodes.js';

const MAKE_FUNCTION_FLAGS = ['defaults', 'kwdefaults', 'annotations', 'closure'];
const FORMAT_CONVERSIONS = ['', 'str', 'repr', 'ascii'];

/** Python's repr of a float: shortest round-trip digits, exponent outside 1e-4 <= |x| < 1e16. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mantissa, expText] = x.toExponential().split('e') as [string, string];
  const exp = Number(expText);
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace('-', '').replace('.', '');
  let out: string;
  if (exp >= -4 && exp < 16) {
    if (exp < 0) out = `0.${'0'.repeat(-exp - 1)}${digits}`;
    else if (digits.length > exp + 1) out = `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
    else out = `${digits}${'0'.repeat(exp + 1 - digits.length)}.0`;
  } else {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    out = `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return negative ? `-${out}` : out;
}

function escapeChar(code: number, quote: string): string {
  const ch = String.fromCodePoint(code);
  if (ch === '\\') return '\\\\';
  if (ch === quote) return `\\${quote}`;
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  if (ch === '\t') return '\\t';
  if (code < 0x20 || code === 0x7f) return `\\x${code.toString(16).padStart(2, '0')}`;
  if (code >= 0x80 && code < 0xa0) return `\\x${code.toString(16)}`;
  if (code >= 0xd800 && code < 0xe000) return `\\u${code.toString(16)}`;
  return ch;
}

/** Python's repr of a str (printability approximated outside Latin-1). */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) out += escapeChar(ch.codePointAt(0)!, quote);
  return out + quote;
}

function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    if (c === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = `b${quote}`;
  for (const c of b) {
    if (c === 0x5c) out += '\\\\';
    else if (String.fromCharCode(c) === quote) out += `\\${quote}`;
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (c < 0x20 || c >= 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += String.fromCharCode(c);
  }
  return out + quote;
}

function complexPart(x: number): string {
  const r = floatRepr(x);
  return r.endsWith('.0') ? r.slice(0, -2) : r;
}

export function codeRepr(code: CodeObject): string {
  return `<code object ${code.name}, file "${code.filename}", line ${code.firstlineno}>`;
}

/** Python's repr of a constant. */
export function constRepr(c: CodeConstant): string {
  switch (c.kind) {
    case 'None': return 'None';
    case 'Ellipsis': return 'Ellipsis';
    case 'bool': return c.value ? 'True' : 'False';
    case 'int': return c.value.toString();
    case 'float': return floatRepr(c.value);
    case 'complex':
      if (c.real === 0 && !Object.is(c.real, -0)) return `${complexPart(c.imag)}j`;
      return `(${complexPart(c.real)}${c.imag < 0 || Object.is(c.imag, -0) ? '' : '+'}${complexPart(c.imag)}j)`;
    case 'str': return strRepr(c.value);
    case 'bytes': return bytesRepr(c.value);
    case 'tuple':
      return c.items.length === 1 ? `(${constRepr(c.items[0]!)},)` : `(${c.items.map(constRepr).join(', ')})`;
    case 'frozenset':
      return c.items.length === 0 ? 'frozenset()' : `frozenset({${c.items.map(constRepr).join(', ')}})`;
    case 'code': return codeRepr(c.code);
    default: throw new Error(`constRepr: ${(c as CodeConstant).kind}`);
  }
}

/** The meaning of an operand, as dis prints it in parentheses ('' for none). */
function argRepr(code: CodeObject, op: number, arg: number): string {
  const spec = OP_SPECS[op]!;
  switch (spec.arg) {
    case 'none':
    case 'count':
    case 'flag':
      return '';
    case 'const': return constRepr(code.consts[arg]!);
    case 'name': return code.names[arg]!;
    case 'local': return code.varnames[arg]!;
    case 'deref': return arg < code.cellvars.length ? code.cellvars[arg]! : code.freevars[arg - code.cellvars.length]!;
    case 'jump': return `to ${2 * arg}`;
    case 'compare': return COMPARE_OPS[arg]!;
    case 'binop': return BINARY_OPS[arg]!;
    case 'format': {
      let r = FORMAT_CONVERSIONS[arg & 3]!;
      if (arg & 4) r += r ? ', with format' : 'with format';
      return r;
    }
    case 'funcflags':
      return MAKE_FUNCTION_FLAGS.filter((_, i) => (arg & (1 << i)) !== 0).join(', ');
    default:
      throw new Error(`argRepr: ${spec.arg satisfies never}`);
  }
}

/** The listing of one code object, without its nested code objects. */
export function disassembleOne(code: CodeObject): string {
  const n = code.ops.length;
  const targets = new Set<number>();
  for (let i = 0; i < n; i++) if (hasJump(code.ops[i]!)) targets.add(code.args[i]!);
  for (const e of code.exceptionTable) targets.add(e.target);
  let maxLine = 0;
  for (const p of code.positions) if (p.line > maxLine) maxLine = p.line;
  const lineWidth = maxLine >= 1000 ? String(maxLine).length : 3;
  const offsetWidth = Math.max(4, String(2 * (n - 1)).length);
  const out: string[] = [];
  let lastLine = -1;
  for (let i = 0; i < n; i++) {
    const op = code.ops[i]!;
    const line = code.positions[i]!.line;
    const startsLine = line > 0 && line !== lastLine;
    if (startsLine) {
      if (i > 0) out.push('');
      lastLine = line;
    }
    const fields = [
      startsLine ? String(line).padStart(lineWidth) : ' '.repeat(lineWidth),
      '   ',
      targets.has(i) ? '>>' : '  ',
      String(2 * i).padStart(offsetWidth),
      OP_NAMES[op]!.padEnd(20),
    ];
    if (OP_SPECS[op]!.arg !== 'none') {
      fields.push(String(code.args[i]).padStart(5));
      const meaning = argRepr(code, op, code.args[i]!);
      if (meaning) fields.push(`(${meaning})`);
    }
    out.push(fields.join(' ').trimEnd());
  }
  if (code.exceptionTable.length > 0) {
    out.push('ExceptionTable:');
    for (const e of code.exceptionTable) {
      out.push(`  ${2 * e.start} to ${2 * (e.end - 1)} -> ${2 * e.target} [${e.depth}]${e.lasti ? ' lasti' : ''}`);
    }
  }
  return out.join('\n') + '\n';
}

/** The listing of a code object and, after it, of every code object nested in it. */
export function disassemble(code: CodeObject): string {
  let text = disassembleOne(code);
  for (const c of code.consts) {
    if (c.kind === 'code') text += `\nDisassembly of ${codeRepr(c.code)}:\n${disassemble(c.code)}`;
  }
  return text;
}
