// CPython 3.11's `ast.dump(node)` with its default arguments: field names
// annotated, no position attributes, no indentation, optional fields that are
// None left out (lists are always shown, even empty), values printed with
// Python's repr. The text must equal python3's byte for byte.
import { locatedNodes, nodeFields, type ConstantValue, type Node } from './ast.js';
import { isPrintable } from '../lexer/unicode.js';

/** Fields declared optional (`?`) in the ASDL: omitted from the dump when None. */
const OPTIONAL_FIELDS = new Set([
  'FunctionDef.returns', 'FunctionDef.type_comment', 'AsyncFunctionDef.returns', 'AsyncFunctionDef.type_comment',
  'Return.value', 'Assign.type_comment', 'AnnAssign.value', 'For.type_comment', 'AsyncFor.type_comment',
  'With.type_comment', 'AsyncWith.type_comment', 'Raise.exc', 'Raise.cause', 'Assert.msg', 'ImportFrom.module',
  'ImportFrom.level', 'Yield.value', 'FormattedValue.format_spec', 'Constant.kind', 'Slice.lower', 'Slice.upper',
  'Slice.step', 'ExceptHandler.type', 'ExceptHandler.name', 'MatchMapping.rest', 'MatchStar.name', 'MatchAs.pattern',
  'MatchAs.name', 'arguments.vararg', 'arguments.kwarg', 'arg.annotation', 'arg.type_comment', 'keyword.arg',
  'alias.asname', 'withitem.optional_vars', 'match_case.guard',
]);

export interface DumpOptions {
  /** Also print lineno, col_offset, end_lineno, end_col_offset (ast.dump's include_attributes=True). */
  includeAttributes?: boolean;
}

export function dump(node: Node, options: DumpOptions = {}): string {
  const out: string[] = [];
  dumpNode(node, out, options.includeAttributes ?? false);
  return out.join('');
}

const ATTRIBUTES = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'] as const;

function dumpNode(node: Node, out: string[], attrs: boolean): void {
  const type = node._type;
  out.push(type, '(');
  let first = true;
  const record = node as unknown as Record<string, unknown>;
  for (const field of nodeFields[type]) {
    const value = record[field];
    if (value === null && OPTIONAL_FIELDS.has(`${type}.${field}`)) continue;
    if (!first) out.push(', ');
    first = false;
    out.push(field, '=');
    dumpValue(type, field, value, out, attrs);
  }
  if (attrs && locatedNodes.has(type)) {
    for (const name of ATTRIBUTES) {
      const value = record[name];
      if (value === null || value === undefined) continue;
      if (!first) out.push(', ');
      first = false;
      out.push(name, '=', String(value));
    }
  }
  out.push(')');
}

function dumpValue(type: string, field: string, value: unknown, out: string[], attrs: boolean): void {
  if (value === null) { out.push('None'); return; }
  if (Array.isArray(value)) {
    out.push('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.push(', ');
      dumpValue(type, field, value[i], out, attrs);
    }
    out.push(']');
    return;
  }
  if (typeof value === 'string') {
    if (field === 'ctx' || field === 'op' || field === 'ops') { out.push(value, '()'); return; }
    out.push(reprStr(value));
    return;
  }
  if (typeof value === 'number') { out.push(String(value)); return; }
  if ((type === 'Constant' || type === 'MatchSingleton') && field === 'value') {
    out.push(reprConstant(value as ConstantValue));
    return;
  }
  dumpNode(value as Node, out, attrs);
}

export function reprConstant(v: ConstantValue): string {
  switch (v.kind) {
    case 'None': return 'None';
    case 'Ellipsis': return 'Ellipsis';
    case 'bool': return v.value ? 'True' : 'False';
    case 'int': return v.value.toString();
    case 'float': return reprFloat(v.value);
    case 'complex': return reprComplex(v.real, v.imag);
    case 'str': return reprStr(v.value, v.splitPairs);
    case 'bytes': return reprBytes(v.value);
    default: throw new Error(`unknown constant kind ${(v as ConstantValue).kind}`);
  }
}

/** Python's float repr: shortest round-trip digits, exponent form outside 1e-4 <= |x| < 1e16. */
export function reprFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  return formatRepr(x, true);
}

function formatRepr(x: number, addPointZero: boolean): string {
  const [mant, expStr] = x.toExponential().split('e');
  const exp = parseInt(expStr, 10);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  let s: string;
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    s = `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  } else if (exp < 0) {
    s = `0.${'0'.repeat(-exp - 1)}${digits}`;
  } else if (digits.length <= exp + 1) {
    s = digits + '0'.repeat(exp + 1 - digits.length) + (addPointZero ? '.0' : '');
  } else {
    s = `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
  }
  return neg ? `-${s}` : s;
}

function reprComplexPart(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  return formatRepr(x, false);
}

function reprComplex(real: number, imag: number): string {
  if (real === 0 && !Object.is(real, -0)) return `${reprComplexPart(imag)}j`;
  const im = reprComplexPart(imag);
  const sign = im.startsWith('-') ? '' : '+';
  return `(${reprComplexPart(real)}${sign}${im}j)`;
}

/** Python's repr of a str; a high surrogate at an index in `splitPairs` and the low one after it are two code points. */
export function reprStr(s: string, splitPairs?: readonly number[]): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  let i = 0;
  for (const ch of s) {
    const at = i;
    i += ch.length;
    if (splitPairs !== undefined && ch.length === 2 && splitPairs.includes(at)) {
      out += `\\u${ch.charCodeAt(0).toString(16)}\\u${ch.charCodeAt(1).toString(16)}`;
      continue;
    }
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x7f) out += ch;
    else if (!isPrintable(cp)) {
      if (cp <= 0xff) out += '\\x' + cp.toString(16).padStart(2, '0');
      else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
      else out += '\\U' + cp.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + quote;
}

/** Python's repr of a bytes object. */
export function reprBytes(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) { if (c === 39) hasSingle = true; else if (c === 34) hasDouble = true; }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const c of b) {
    if (c === quote.charCodeAt(0) || c === 92) out += '\\' + String.fromCharCode(c);
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + quote;
}
