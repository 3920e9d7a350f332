// The `int` and `bool` types' Python-visible methods: int.ts semantics bound
// to the type objects (int(), bool(), arithmetic and comparison dunders,
// bit_length, to_bytes, ...). The abstract layer takes primitive fast paths
// first; these run for subclass instances and `int.__add__(a, b)` calls.
// Invariant: `self` is a number, bigint, boolean or a PyIntInstance whose
// `value` holds the int; intOf reads all of them.
import {
  PyObject, PyType, None, NotImplemented, intType, boolType, strType, typeName, raiseError, containers, type PyValue,
} from './object.js';
import {
  indexValue, binaryOp, BinaryOpKind, richCompare, CompareOpKind, lookupSpecial, call1, isTrue, strValue, str as pyStr, warnNonExactResult,
} from './abstract.js';
import { defineMethods, type MethodTable } from './nativeType.js';
import type { NativeFn } from './function.js';
import { staticNew, classMethod, getter } from './type.js';
import * as I from './int.js';
import { type Int } from './int.js';
import { PyFloat } from './float.js';
import { formatInt } from './format.js';
import { bytesData, bytesRepr, PyBytes, latin1Decode } from './bytes.js';
import { warnFromNative } from './importer.js';

/** An instance of a Python subclass of int. */
export class PyIntInstance extends PyObject {
  constructor(type: PyType, readonly value: Int) {
    super(type);
  }
}

export function intOf(self: PyValue): Int {
  if (typeof self === 'number' || typeof self === 'bigint') return self;
  if (typeof self === 'boolean') return +self;
  return indexValue(self);
}

/** Another operand as an int, or null (the method then returns NotImplemented). */
function intOperand(v: PyValue): Int | null {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return +v;
  if (v instanceof PyIntInstance) return v.value;
  return null;
}

// ---- int() ----

function intFromObject(x: PyValue): Int {
  if (typeof x === 'number' || typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return +x;
  if (typeof x === 'string') return I.intFromString(x, 10);
  if (x instanceof PyFloat) return I.intFromFloat(x.value);
  if (x instanceof PyIntInstance) return x.value;
  for (const name of ['__int__', '__index__', '__trunc__']) {
    const f = lookupSpecial(x, name);
    if (f === null) continue;
    if (name === '__trunc__') warnFromNative('DeprecationWarning', 'The delegation of int() to __trunc__ is deprecated.');
    const r = call1(f, x);
    const n = intOperand(r);
    if (n !== null) {
      if (typeof r !== 'number' && typeof r !== 'bigint' && name !== '__trunc__') warnNonExactResult(name, r, 'int');
      return n;
    }
    if (name === '__trunc__' && r instanceof PyObject) return intFromObject(r);
    raiseError('TypeError', `${name} returned non-int (type ${typeName(r)})`);
  }
  if (x instanceof PyObject && x.type.isSubtypeOf(strType)) return I.intFromString(strValue(x), 10);
  const data = bytesData(x);
  if (data !== null) return intFromBytesText(data, 10);
  return raiseError('TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${typeName(x)}'`);
}

function intFromBytesText(data: Uint8Array, base: number): Int {
  const text = latin1Decode(data).replace(/^[ \t\n\r\x0b\x0c]+|[ \t\n\r\x0b\x0c]+$/g, '');
  if ((base < 2 || base > 36) && base !== 0) raiseError('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  const r = /^[\x00-\x7f]*$/.test(text) ? I.parseIntLiteral(text, base) : null;
  if (r === null) raiseError('ValueError', `invalid literal for int() with base ${base}: ${bytesRepr(data)}`);
  return r;
}

function newInt(cls: PyType, v: Int): PyValue {
  return cls === intType ? v : new PyIntInstance(cls, v);
}

staticNew(intType, (cls, args, kwnames) => {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (npos > 2) raiseError('TypeError', `int() takes at most 2 arguments (${npos} given)`);
  let x: PyValue | undefined = args[0];
  let base: PyValue | undefined = npos > 1 ? args[1] : undefined;
  if (npos === 0) x = undefined;
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i];
    if (k === 'base') base = args[npos + i];
    else raiseError('TypeError', `'${k}' is an invalid keyword argument for int()`);
  }
  if (base === undefined) return newInt(cls, x === undefined ? 0 : intFromObject(x));
  if (x === undefined) raiseError('TypeError', 'int() missing string argument');
  const b = indexValue(base);
  const nb = typeof b === 'bigint' ? -1 : b;
  if (typeof x === 'string' || (x instanceof PyObject && x.type.isSubtypeOf(strType))) return newInt(cls, I.intFromString(typeof x === 'string' ? x : strValue(x), nb));
  const data = bytesData(x);
  if (data !== null) return newInt(cls, intFromBytesText(data, nb));
  return raiseError('TypeError', "int() can't convert non-string with explicit base");
});

// int(x) with one positional argument: what __new__ does, without the generic type call's lookups.
intType.exactCall = (args, kwnames) => (args.length === 1 && (kwnames === null || kwnames.length === 0) ? intFromObject(args[0]!) : undefined);

staticNew(boolType, (_cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) raiseError('TypeError', 'bool() takes no keyword arguments');
  if (args.length > 1) raiseError('TypeError', `bool expected at most 1 argument, got ${args.length}`);
  return args.length === 0 ? false : isTrue(args[0]);
});

// ---- methods ----

/** `+ - * // % /` and their reflected forms, each `binary(op, reflected)`: the dunders int and float share. */
export function arithmeticMethods(binary: (op: number, reflected: boolean) => NativeFn): MethodTable {
  const B = BinaryOpKind;
  return {
    __add__: binary(B.ADD, false), __radd__: binary(B.ADD, true),
    __sub__: binary(B.SUBTRACT, false), __rsub__: binary(B.SUBTRACT, true),
    __mul__: binary(B.MULTIPLY, false), __rmul__: binary(B.MULTIPLY, true),
    __floordiv__: binary(B.FLOOR_DIVIDE, false), __rfloordiv__: binary(B.FLOOR_DIVIDE, true),
    __mod__: binary(B.REMAINDER, false), __rmod__: binary(B.REMAINDER, true),
    __truediv__: binary(B.TRUE_DIVIDE, false), __rtruediv__: binary(B.TRUE_DIVIDE, true),
  };
}

/** The six rich comparisons, each `compare(op)`. */
export function comparisonMethods(compare: (op: number) => NativeFn): MethodTable {
  const C = CompareOpKind;
  return {
    __eq__: compare(C.EQ), __ne__: compare(C.NE), __lt__: compare(C.LT),
    __le__: compare(C.LE), __gt__: compare(C.GT), __ge__: compare(C.GE),
  };
}

function binary(op: number, reflected: boolean) {
  return (self: PyValue, other: PyValue): PyValue => {
    const b = intOperand(other);
    if (b === null) return NotImplemented;
    const a = intOf(self);
    return reflected ? binaryOp(op, b, a) : binaryOp(op, a, b);
  };
}

function compare(op: number) {
  return (self: PyValue, other: PyValue): PyValue => {
    const b = intOperand(other);
    if (b !== null) return richCompare(op, intOf(self), b);
    if (other instanceof PyFloat) return richCompare(op, intOf(self), other);
    return NotImplemented;
  };
}

function powImpl(self: PyValue, other: PyValue, mod?: PyValue): PyValue {
  const b = intOperand(other);
  if (b === null) return NotImplemented;
  const a = intOf(self);
  if (mod === undefined || mod === None) return binaryOp(BinaryOpKind.POWER, a, b);
  const m = intOperand(mod);
  if (m === null) return NotImplemented;
  return I.intPowMod(a, b, m);
}

function rpowImpl(self: PyValue, other: PyValue, mod?: PyValue): PyValue {
  const b = intOperand(other);
  if (b === null) return NotImplemented;
  return powImpl(b, intOf(self), mod);
}

function divmodImpl(reflected: boolean) {
  return (self: PyValue, other: PyValue): PyValue => {
    const b = intOperand(other);
    if (b === null) return NotImplemented;
    const a = intOf(self);
    return containers.newTuple(reflected ? I.intDivmod(b, a) : I.intDivmod(a, b));
  };
}

function byteorderArg(v: PyValue | undefined): boolean {
  const s = v === undefined ? 'big' : typeof v === 'string' ? v : raiseError('TypeError', `to_bytes() argument 'byteorder' must be str, not ${typeName(v)}`);
  if (s === 'little') return true;
  if (s === 'big') return false;
  return raiseError('ValueError', "byteorder must be either 'little' or 'big'");
}

const B = BinaryOpKind;

defineMethods(intType, {
  __repr__: (self: PyValue) => I.intToString(intOf(self)),
  __format__: (self: PyValue, spec: PyValue) => {
    if (typeof spec !== 'string') raiseError('TypeError', `format() argument 2 must be str, not ${typeName(spec)}`);
    if (spec === '') return pyStr(self);
    return formatInt(intOf(self), spec, typeof self === 'boolean' ? 'bool' : self instanceof PyObject ? self.type.name : 'int');
  },
  __hash__: (self: PyValue) => I.intHash(intOf(self)),
  __bool__: (self: PyValue) => intOf(self) != 0,
  __index__: (self: PyValue) => intOf(self),
  __int__: (self: PyValue) => intOf(self),
  __float__: (self: PyValue) => new PyFloat(I.intToFloat(intOf(self))),
  __trunc__: (self: PyValue) => intOf(self),
  __floor__: (self: PyValue) => intOf(self),
  __ceil__: (self: PyValue) => intOf(self),
  __round__: [(self: PyValue, ndigits?: PyValue) => (ndigits === undefined || ndigits === None ? intOf(self) : I.intRound(intOf(self), indexValue(ndigits))), { min: 0, max: 1 }],
  __neg__: (self: PyValue) => I.intNeg(intOf(self)),
  __pos__: (self: PyValue) => intOf(self),
  __abs__: (self: PyValue) => I.intAbs(intOf(self)),
  __invert__: (self: PyValue) => I.intInvert(intOf(self)),
  ...arithmeticMethods(binary),
  __lshift__: binary(B.LSHIFT, false), __rlshift__: binary(B.LSHIFT, true),
  __rshift__: binary(B.RSHIFT, false), __rrshift__: binary(B.RSHIFT, true),
  __and__: binary(B.AND, false), __rand__: binary(B.AND, true),
  __or__: binary(B.OR, false), __ror__: binary(B.OR, true),
  __xor__: binary(B.XOR, false), __rxor__: binary(B.XOR, true),
  __pow__: [powImpl, { min: 1, max: 2 }],
  __rpow__: [rpowImpl, { min: 1, max: 2 }],
  __divmod__: divmodImpl(false),
  __rdivmod__: divmodImpl(true),
  ...comparisonMethods(compare),
  __getnewargs__: (self: PyValue) => containers.newTuple([intOf(self)]),
  bit_length: (self: PyValue) => I.intBitLength(intOf(self)),
  bit_count: (self: PyValue) => I.intBitCount(intOf(self)),
  as_integer_ratio: (self: PyValue) => containers.newTuple([intOf(self), 1]),
  conjugate: (self: PyValue) => intOf(self),
  to_bytes: [(self: PyValue, length?: PyValue, byteorder?: PyValue, signed?: PyValue) => {
    const n = length === undefined ? 1 : indexValue(length);
    if (typeof n === 'bigint') raiseError('OverflowError', 'Python int too large to convert to C ssize_t');
    return new PyBytes(I.intToBytes(intOf(self), n, byteorderArg(byteorder), signed !== undefined && isTrue(signed)));
  }, { min: 0, max: 3, names: ['length', 'byteorder', 'signed'] }],
});

classMethod(intType, 'from_bytes', (cls: PyType, bytes: PyValue, byteorder?: PyValue, signed?: PyValue) => {
  let data = bytesData(bytes);
  if (data === null) {
    const items = containers.tupleItems(bytes);
    const src = items ?? (bytes instanceof PyObject ? (bytes as unknown as { items?: PyValue[] }).items : undefined);
    if (src === undefined) raiseError('TypeError', `cannot convert '${typeName(bytes)}' object to bytes`);
    data = Uint8Array.from(src.map((v) => {
      const n = intOf(v);
      if (!(n >= 0 && n < 256)) raiseError('ValueError', 'bytes must be in range(0, 256)');
      return Number(n);
    }));
  }
  const v = I.intFromBytes(data, byteorderArg(byteorder), signed !== undefined && isTrue(signed));
  return newInt(cls, v);
}, { min: 1, max: 3, names: ['bytes', 'byteorder', 'signed'] });

getter(intType, 'real', (self) => intOf(self));
getter(intType, 'imag', () => 0);
getter(intType, 'numerator', (self) => intOf(self));
getter(intType, 'denominator', () => 1);

// ---- bool ----

function boolBinary(op: number, reflected: boolean) {
  const asInt = binary(op, reflected);
  return (self: PyValue, other: PyValue): PyValue => {
    if (typeof self === 'boolean' && typeof other === 'boolean') {
      switch (op) {
        case B.AND: return self && other;
        case B.OR: return self || other;
        case B.XOR: return self !== other;
        default: throw new Error(`internal: bool op ${op}`);
      }
    }
    return asInt(self, other);
  };
}

defineMethods(boolType, {
  __repr__: (self: PyValue) => (isTrue(self) ? 'True' : 'False'),
  __and__: boolBinary(B.AND, false), __rand__: boolBinary(B.AND, true),
  __or__: boolBinary(B.OR, false), __ror__: boolBinary(B.OR, true),
  __xor__: boolBinary(B.XOR, false), __rxor__: boolBinary(B.XOR, true),
});
