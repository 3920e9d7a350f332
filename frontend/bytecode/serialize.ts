// Code objects to JSON-ready data and back, for the compiled-code cache
// (backends/runtime/codeCache.ts). decodeCode(encodeCode(c)) equals c field
// for field, floats included (-0.0, nan, inf) and strings with lone
// surrogates. Decoding checks every field's shape and throws CodeFormatError
// on anything else, so a damaged cache entry is refused, never half-used.
import type { CodeConstant, CodeObject, ExceptionTableEntry, Position } from './code.js';

/** Bumped whenever the encoding below changes, so older cache files are refused. */
export const CODE_FORMAT_VERSION = 3;

export class CodeFormatError extends Error {}

/** A constant as JSON: a str as itself, everything else as [tag, ...payload]. */
type EncodedConstant = string | (string | number | EncodedConstant | EncodedCode)[];

/**
 * A code object as JSON. The filename is left out: every code object of a
 * module file shares it, and the decoder takes it from the caller, so a cache
 * entry stays valid when the folder holding the sources moves.
 */
interface EncodedCode {
  name: string;
  qualname: string;
  /** firstlineno, argcount, posonlyargcount, kwonlyargcount, flags, stacksize. */
  header: number[];
  /** The opcodes' bytes, base64. */
  ops: string;
  /** The operands as little-endian int32s, base64. */
  args: string;
  consts: EncodedConstant[];
  names: string[];
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  /**
   * Runs of instructions sharing one span: count, line, col, endLine, endCol
   * per run, as little-endian int32s, base64 (a statement's instructions
   * mostly share their spans, so this is several times smaller than one span each).
   */
  positions: string;
  /** start, end, target, depth, lasti (0 or 1) of each entry in turn. */
  exceptionTable: number[];
}

/** Floats travel as JS's shortest round-trip text, which also spells -0, NaN and Infinity. */
function floatText(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}

/** Typed arrays travel as base64 of their bytes: decoding is one native call, not a number per element. */
function int32Base64(values: ArrayLike<number>): string {
  const bytes = Buffer.alloc(values.length * 4);
  for (let i = 0; i < values.length; i++) bytes.writeInt32LE(values[i]!, i * 4);
  return bytes.toString('base64');
}

function encodeConstant(c: CodeConstant, filename: string): EncodedConstant {
  switch (c.kind) {
    case 'str': return c.value;
    case 'None': return ['N'];
    case 'Ellipsis': return ['E'];
    case 'bool': return ['b', c.value ? 1 : 0];
    case 'int': return ['i', c.value.toString()];
    case 'float': return ['f', floatText(c.value)];
    case 'complex': return ['j', floatText(c.real), floatText(c.imag)];
    case 'bytes': return ['y', ...c.value];
    case 'tuple': return ['t', ...c.items.map((item) => encodeConstant(item, filename))];
    case 'frozenset': return ['s', ...c.items.map((item) => encodeConstant(item, filename))];
    case 'code': return ['c', encodeCode(c.code, filename)];
  }
}

/** The JSON form of `code`; throws if a nested code object names another file (the format keeps one filename). */
export function encodeCode(code: CodeObject, filename: string = code.filename): EncodedCode {
  if (code.filename !== filename) throw new CodeFormatError(`code object ${code.qualname} is from ${code.filename}, not ${filename}`);
  const positions: number[] = [];
  let last: Position | undefined;
  for (const p of code.positions) {
    const same = last !== undefined && p.line === last.line && p.col === last.col && p.endLine === last.endLine && p.endCol === last.endCol;
    if (same) positions[positions.length - 5]!++;
    else positions.push(1, p.line, p.col, p.endLine, p.endCol);
    last = p;
  }
  const exceptionTable: number[] = [];
  for (const e of code.exceptionTable) exceptionTable.push(e.start, e.end, e.target, e.depth, e.lasti ? 1 : 0);
  return {
    name: code.name,
    qualname: code.qualname,
    header: [code.firstlineno, code.argcount, code.posonlyargcount, code.kwonlyargcount, code.flags, code.stacksize],
    ops: Buffer.from(code.ops).toString('base64'),
    args: int32Base64(code.args),
    consts: code.consts.map((c) => encodeConstant(c, filename)),
    names: [...code.names],
    varnames: [...code.varnames],
    cellvars: [...code.cellvars],
    freevars: [...code.freevars],
    positions: int32Base64(positions),
    exceptionTable,
  };
}

function fail(what: string): never {
  throw new CodeFormatError(`malformed code data: ${what}`);
}

function str(value: unknown, what: string): string {
  return typeof value === 'string' ? value : fail(what);
}

function int(value: unknown, what: string): number {
  return Number.isInteger(value) ? (value as number) : fail(what);
}

function ints(value: unknown, what: string, group = 1): number[] {
  if (!Array.isArray(value) || value.length % group !== 0) fail(what);
  for (const item of value) int(item, what);
  return value as number[];
}

function strs(value: unknown, what: string): string[] {
  if (!Array.isArray(value)) fail(what);
  for (const item of value) str(item, what);
  return value as string[];
}

const LITTLE_ENDIAN = new Uint8Array(new Int32Array([1]).buffer)[0] === 1;

/** The int32s of a base64 string from int32Base64. */
function int32s(value: unknown, what: string): Int32Array {
  const bytes = Buffer.from(str(value, what), 'base64');
  if (bytes.length % 4 !== 0) fail(what);
  // A copy owns an aligned buffer that an Int32Array can view as it is.
  if (LITTLE_ENDIAN) return new Int32Array(new Uint8Array(bytes).buffer);
  const values = new Int32Array(bytes.length / 4);
  for (let i = 0; i < values.length; i++) values[i] = bytes.readInt32LE(i * 4);
  return values;
}

function float(value: unknown, what: string): number {
  const text = str(value, what);
  const n = Number(text);
  return Number.isNaN(n) && text !== 'NaN' ? fail(what) : n;
}

function decodeConstant(c: unknown, filename: string): CodeConstant {
  if (typeof c === 'string') return { kind: 'str', value: c };
  if (!Array.isArray(c) || c.length === 0) fail('constant');
  const rest = c.slice(1);
  switch (c[0]) {
    case 'N': return { kind: 'None' };
    case 'E': return { kind: 'Ellipsis' };
    case 'b': return { kind: 'bool', value: int(c[1], 'bool') !== 0 };
    case 'i': {
      const text = str(c[1], 'int');
      if (!/^-?\d+$/.test(text)) fail('int');
      return { kind: 'int', value: BigInt(text) };
    }
    case 'f': return { kind: 'float', value: float(c[1], 'float') };
    case 'j': return { kind: 'complex', real: float(c[1], 'complex'), imag: float(c[2], 'complex') };
    case 'y': {
      for (const byte of rest) if (int(byte, 'bytes') < 0 || byte > 255) fail('bytes');
      return { kind: 'bytes', value: Uint8Array.from(rest as number[]) };
    }
    case 't': return { kind: 'tuple', items: rest.map((item) => decodeConstant(item, filename)) };
    case 's': return { kind: 'frozenset', items: rest.map((item) => decodeConstant(item, filename)) };
    case 'c': return { kind: 'code', code: decodeCode(c[1], filename) };
    default: return fail(`constant tag ${String(c[0])}`);
  }
}

/** The code object `data` (from encodeCode) describes, with `filename` as every code object's co_filename. */
export function decodeCode(data: unknown, filename: string): CodeObject {
  if (typeof data !== 'object' || data === null) fail('code');
  const d = data as Record<string, unknown>;
  const header = ints(d['header'], 'header');
  if (header.length !== 6) fail('header');
  const ops = new Uint8Array(Buffer.from(str(d['ops'], 'ops'), 'base64'));
  const args = int32s(d['args'], 'args');
  const runs = int32s(d['positions'], 'positions');
  const table = ints(d['exceptionTable'], 'exceptionTable', 5);
  if (runs.length % 5 !== 0) fail('positions');
  const positions: Position[] = [];
  for (let i = 0; i < runs.length; i += 5) {
    const span: Position = { line: runs[i + 1]!, col: runs[i + 2]!, endLine: runs[i + 3]!, endCol: runs[i + 4]! };
    const count = runs[i]!;
    if (count < 1 || positions.length + count > ops.length) fail('positions');
    for (let k = 0; k < count; k++) positions.push(span);
  }
  if (args.length !== ops.length || positions.length !== ops.length) fail('instruction count');
  const exceptionTable: ExceptionTableEntry[] = [];
  for (let i = 0; i < table.length; i += 5) {
    exceptionTable.push({ start: table[i]!, end: table[i + 1]!, target: table[i + 2]!, depth: table[i + 3]!, lasti: table[i + 4] === 1 });
  }
  if (!Array.isArray(d['consts'])) fail('consts');
  return {
    name: str(d['name'], 'name'),
    qualname: str(d['qualname'], 'qualname'),
    filename,
    firstlineno: header[0]!,
    argcount: header[1]!,
    posonlyargcount: header[2]!,
    kwonlyargcount: header[3]!,
    flags: header[4]!,
    ops,
    args,
    consts: (d['consts'] as unknown[]).map((c) => decodeConstant(c, filename)),
    names: strs(d['names'], 'names'),
    varnames: strs(d['varnames'], 'varnames'),
    cellvars: strs(d['cellvars'], 'cellvars'),
    freevars: strs(d['freevars'], 'freevars'),
    stacksize: header[5]!,
    positions,
    exceptionTable,
  };
}
