// Constant folding as CPython 3.11's AST optimizer (ast_opt.c) does it: unary and
// binary operators on constants, with its size limits (128-bit ints, 4096-char
// strings, 256-item tuples), subscripts of constant strings and tuples, tuples
// of constants, and `__debug__`. An operation that would raise (1/0) or that
// this file cannot evaluate exactly as CPython does is left to run time.
import type * as A from '../parser/ast.js';
import type { CodeConstant } from '../bytecode/code.js';

const MAX_INT_BITS = 128n;
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

type Num = { kind: 'int'; value: bigint } | { kind: 'float'; value: number } | { kind: 'complex'; real: number; imag: number };

const cache = new WeakMap<A.expr, CodeConstant | null>();
const DEBUG: CodeConstant = { kind: 'bool', value: true };

/** The value of an expression made only of constants, or undefined. */
export function constValue(e: A.expr): CodeConstant | undefined {
  switch (e._type) {
    case 'Constant':
      return e.value;
    case 'Name':
      return e.ctx === 'Load' && e.id === '__debug__' ? DEBUG : undefined;
    case 'UnaryOp':
    case 'BinOp':
    case 'Tuple':
    case 'Subscript': {
      // Only nodes with foldable operators below them are cached: refolding the
      // others costs no more than a lookup, and most (x[i], a + b) are never constant.
      if (!hasFoldableChild(e)) return fold(e);
      let v = cache.get(e);
      if (v === undefined) {
        v = fold(e) ?? null;
        cache.set(e, v);
      }
      return v ?? undefined;
    }
    default:
      return undefined;
  }
}

function isFoldable(e: A.expr): boolean {
  const t = e._type;
  return t === 'UnaryOp' || t === 'BinOp' || t === 'Tuple' || t === 'Subscript';
}

function hasFoldableChild(e: A.UnaryOp | A.BinOp | A.Tuple | A.Subscript): boolean {
  switch (e._type) {
    case 'UnaryOp': return isFoldable(e.operand);
    case 'BinOp': return isFoldable(e.left) || isFoldable(e.right);
    case 'Subscript': return isFoldable(e.value) || isFoldable(e.slice);
    case 'Tuple':
      for (let i = 0; i < e.elts.length; i++) if (isFoldable(e.elts[i]!)) return true;
      return false;
    default:
      throw new Error(`fold: unexpected ${(e as A.expr)._type}`);
  }
}

function fold(e: A.UnaryOp | A.BinOp | A.Tuple | A.Subscript): CodeConstant | undefined {
  switch (e._type) {
    case 'Tuple': {
      if (e.ctx !== 'Load') return undefined;
      const items: CodeConstant[] = [];
      for (const elt of e.elts) {
        const c = constValue(elt);
        if (c === undefined) return undefined;
        items.push(c);
      }
      return { kind: 'tuple', items };
    }
    case 'UnaryOp': {
      const v = constValue(e.operand);
      return v === undefined ? undefined : unary(e.op, v);
    }
    case 'BinOp': {
      const l = constValue(e.left);
      if (l === undefined) return undefined;
      const r = constValue(e.right);
      return r === undefined ? undefined : binary(e.op, l, r);
    }
    case 'Subscript': {
      if (e.ctx !== 'Load') return undefined;
      const v = constValue(e.value);
      const k = constValue(e.slice);
      return v === undefined || k === undefined ? undefined : subscript(v, k);
    }
    default:
      throw new Error(`fold: unexpected ${(e as A.expr)._type}`);
  }
}

/** Truth value of a constant, as `bool()` gives it. */
export function truthy(c: CodeConstant): boolean {
  switch (c.kind) {
    case 'None': return false;
    case 'Ellipsis': return true;
    case 'bool': return c.value;
    case 'int': return c.value !== 0n;
    case 'float': return c.value !== 0;
    case 'complex': return c.real !== 0 || c.imag !== 0;
    case 'str': return c.value.length > 0;
    case 'bytes': return c.value.length > 0;
    case 'tuple':
    case 'frozenset': return c.items.length > 0;
    case 'code': return true;
    default: throw new Error(`truthy: ${(c as CodeConstant).kind}`);
  }
}

function asNum(c: CodeConstant): Num | undefined {
  if (c.kind === 'bool') return { kind: 'int', value: c.value ? 1n : 0n };
  if (c.kind === 'int' || c.kind === 'float' || c.kind === 'complex') return c;
  return undefined;
}

function intToFloat(n: bigint): number | undefined {
  return n <= MAX_SAFE && n >= -MAX_SAFE ? Number(n) : undefined;
}

function bitLength(n: bigint): bigint {
  return BigInt((n < 0n ? -n : n).toString(2).length) - (n === 0n ? 1n : 0n);
}

function unary(op: A.unaryop, v: CodeConstant): CodeConstant | undefined {
  if (op === 'Not') return { kind: 'bool', value: !truthy(v) };
  const n = asNum(v);
  if (n === undefined) return undefined;
  switch (op) {
    case 'UAdd':
      return n;
    case 'USub':
      if (n.kind === 'int') return { kind: 'int', value: -n.value };
      if (n.kind === 'float') return { kind: 'float', value: -n.value };
      return { kind: 'complex', real: -n.real, imag: -n.imag };
    case 'Invert':
      return n.kind === 'int' ? { kind: 'int', value: -n.value - 1n } : undefined;
    default:
      throw new Error(`unary: ${op satisfies never}`);
  }
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function intOp(op: A.operator, a: bigint, b: bigint): CodeConstant | undefined {
  switch (op) {
    case 'Add': return { kind: 'int', value: a + b };
    case 'Sub': return { kind: 'int', value: a - b };
    case 'Mult':
      if (a !== 0n && b !== 0n && bitLength(a) + bitLength(b) > MAX_INT_BITS) return undefined;
      return { kind: 'int', value: a * b };
    case 'FloorDiv':
      return b === 0n ? undefined : { kind: 'int', value: floorDiv(a, b) };
    case 'Mod':
      return b === 0n ? undefined : { kind: 'int', value: a - floorDiv(a, b) * b };
    case 'Pow':
      if (b < 0n) return undefined;
      if (a !== 0n && a !== 1n && a !== -1n && bitLength(a) * b > MAX_INT_BITS) return undefined;
      return { kind: 'int', value: a ** b };
    case 'LShift':
      if (b < 0n) return undefined;
      if (a !== 0n && (b > MAX_INT_BITS || bitLength(a) > MAX_INT_BITS - b)) return undefined;
      return { kind: 'int', value: a << b };
    case 'RShift':
      return b < 0n ? undefined : { kind: 'int', value: a >> b };
    case 'BitAnd': return { kind: 'int', value: a & b };
    case 'BitOr': return { kind: 'int', value: a | b };
    case 'BitXor': return { kind: 'int', value: a ^ b };
    case 'Div': {
      const x = intToFloat(a);
      const y = intToFloat(b);
      return x === undefined || y === undefined || y === 0 ? undefined : { kind: 'float', value: x / y };
    }
    case 'MatMult': return undefined;
    default: throw new Error(`intOp: ${op satisfies never}`);
  }
}

function floatOp(op: A.operator, x: number, y: number): CodeConstant | undefined {
  switch (op) {
    case 'Add': return { kind: 'float', value: x + y };
    case 'Sub': return { kind: 'float', value: x - y };
    case 'Mult': return { kind: 'float', value: x * y };
    case 'Div': return y === 0 ? undefined : { kind: 'float', value: x / y };
    default: return undefined;
  }
}

function complexOp(op: A.operator, a: Num, b: Num): CodeConstant | undefined {
  const parts = (n: Num): [number, number] | undefined => {
    if (n.kind === 'complex') return [n.real, n.imag];
    if (n.kind === 'float') return [n.value, 0];
    const f = intToFloat(n.value);
    return f === undefined ? undefined : [f, 0];
  };
  const p = parts(a);
  const q = parts(b);
  if (p === undefined || q === undefined) return undefined;
  if (op === 'Add') return { kind: 'complex', real: p[0] + q[0], imag: p[1] + q[1] };
  if (op === 'Sub') return { kind: 'complex', real: p[0] - q[0], imag: p[1] - q[1] };
  return undefined;
}

function repeatCount(c: CodeConstant): bigint | undefined {
  if (c.kind === 'int') return c.value;
  if (c.kind === 'bool') return c.value ? 1n : 0n;
  return undefined;
}

function binary(op: A.operator, l: CodeConstant, r: CodeConstant): CodeConstant | undefined {
  if (l.kind === 'bool' && r.kind === 'bool') {
    if (op === 'BitAnd') return { kind: 'bool', value: l.value && r.value };
    if (op === 'BitOr') return { kind: 'bool', value: l.value || r.value };
    if (op === 'BitXor') return { kind: 'bool', value: l.value !== r.value };
  }
  const a = asNum(l);
  const b = asNum(r);
  if (a !== undefined && b !== undefined) {
    if (a.kind === 'complex' || b.kind === 'complex') return complexOp(op, a, b);
    if (a.kind === 'int' && b.kind === 'int') return intOp(op, a.value, b.value);
    const x = a.kind === 'float' ? a.value : intToFloat(a.value);
    const y = b.kind === 'float' ? b.value : intToFloat(b.value);
    return x === undefined || y === undefined ? undefined : floatOp(op, x, y);
  }
  if (l.kind === 'str' && r.kind === 'str' && op === 'Add') {
    return l.value.length + r.value.length <= MAX_STR_SIZE ? { kind: 'str', value: l.value + r.value } : undefined;
  }
  if (l.kind === 'tuple' && r.kind === 'tuple' && op === 'Add') {
    return l.items.length + r.items.length <= MAX_COLLECTION_SIZE ? { kind: 'tuple', items: [...l.items, ...r.items] } : undefined;
  }
  if (op === 'Mult') {
    const [seq, count] = repeatCount(r) !== undefined ? [l, repeatCount(r)!] : [r, repeatCount(l)];
    if (count === undefined) return undefined;
    // As CPython's safe_multiply: a nonempty sequence only for 0 <= count <= limit / size; an
    // empty one for any count the multiplication accepts (beyond Py_ssize_t it raises at run time).
    if (count < -(2n ** 63n) || count >= 2n ** 63n) return undefined;
    const times = count < 0n ? 0 : Number(count);
    if (seq.kind === 'str') {
      if (seq.value.length > 0 && (count < 0n || BigInt(seq.value.length) * count > BigInt(MAX_STR_SIZE))) return undefined;
      return { kind: 'str', value: seq.value.repeat(times) };
    }
    if (seq.kind === 'tuple') {
      if (seq.items.length > 0 && (count < 0n || BigInt(seq.items.length) * count > BigInt(MAX_COLLECTION_SIZE))) return undefined;
      const items: CodeConstant[] = [];
      if (seq.items.length > 0) for (let i = 0; i < times; i++) items.push(...seq.items);
      return { kind: 'tuple', items };
    }
  }
  return undefined;
}

function subscript(v: CodeConstant, k: CodeConstant): CodeConstant | undefined {
  const index = repeatCount(k);
  if (index === undefined) return undefined;
  if (v.kind === 'str') {
    const chars = Array.from(v.value);
    const i = Number(index < 0n ? index + BigInt(chars.length) : index);
    return i >= 0 && i < chars.length ? { kind: 'str', value: chars[i]! } : undefined;
  }
  if (v.kind === 'tuple') {
    const i = Number(index < 0n ? index + BigInt(v.items.length) : index);
    return i >= 0 && i < v.items.length ? v.items[i] : undefined;
  }
  return undefined;
}
