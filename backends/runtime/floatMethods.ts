// The `float` type's Python-visible methods: float.ts semantics bound to the
// type object (float(), arithmetic/comparison dunders for explicit calls and
// subclasses, round, is_integer, as_integer_ratio, hex/fromhex, ...).
// Invariant: `self` is a PyFloat (subclass instances are PyFloatInstance
// objects whose `value` holds the double); floatOf reads both.
import {
  PyObject, PyType, None, NotImplemented, floatType, strType, typeName, raiseError, containers, type PyValue,
} from './object.js';
import {
  indexValue, binaryOp, BinaryOpKind, richCompare, lookupSpecial, call1, strValue, str as pyStr, warnNonExactResult,
} from './abstract.js';
import { defineMethods } from './nativeType.js';
import { staticNew, classMethod, getter } from './type.js';
import * as F from './float.js';
import { PyFloat } from './float.js';
import { intToFloat, type Int } from './int.js';
import { formatFloat } from './format.js';
import { arithmeticMethods, comparisonMethods, PyIntInstance } from './intMethods.js';
import { bytesData, bytesRepr, latin1Decode } from './bytes.js';

/** An instance of a Python subclass of float. */
export class PyFloatInstance extends PyObject {
  constructor(type: PyType, readonly value: number) {
    super(type);
  }
}

export function floatOf(self: PyValue): number {
  if (self instanceof PyFloat) return self.value;
  if (self instanceof PyFloatInstance) return self.value;
  return raiseError('TypeError', `descriptor requires a 'float' object but received a '${typeName(self)}'`);
}

/** Another operand as a double (ints convert, exactly or with OverflowError), or null. */
function floatOperand(v: PyValue): number | null {
  if (v instanceof PyFloat) return v.value;
  if (v instanceof PyFloatInstance) return v.value;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return +v;
  if (typeof v === 'bigint') return intToFloat(v);
  if (v instanceof PyObject && typeof (v as unknown as { value?: unknown }).value !== 'string') {
    const inner = (v as unknown as { value?: unknown }).value;
    if (typeof inner === 'number' || typeof inner === 'bigint') return intToFloat(inner);
  }
  return null;
}

// ---- float() ----

/** float(x) as CPython's PyNumber_Float. */
export function floatFromObject(x: PyValue): number {
  if (x instanceof PyFloat) return x.value;
  if (typeof x === 'string') return F.floatFromString(x);
  if (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean') return intToFloat(typeof x === 'boolean' ? +x : x);
  if (x instanceof PyFloatInstance) return x.value;
  const f = lookupSpecial(x, '__float__');
  if (f !== null) {
    const r = call1(f, x);
    if (r instanceof PyFloat) return r.value;
    if (r instanceof PyFloatInstance) {
      warnNonExactResult(`${typeName(x)}.__float__`, r, 'float');
      return r.value;
    }
    raiseError('TypeError', `${typeName(x)}.__float__ returned non-float (type ${typeName(r)})`);
  }
  if (lookupSpecial(x, '__index__') !== null) return intToFloat(indexValue(x));
  if (x instanceof PyObject && x.type.isSubtypeOf(strType)) return F.floatFromString(strValue(x));
  const data = bytesData(x);
  if (data !== null) {
    const r = F.parseFloatLiteral(latin1Decode(data).replace(/^[ \t\n\r\x0b\x0c]+|[ \t\n\r\x0b\x0c]+$/g, ''));
    if (r === null) raiseError('ValueError', `could not convert string to float: ${bytesRepr(data)}`);
    return r;
  }
  return raiseError('TypeError', `float() argument must be a string or a real number, not '${typeName(x)}'`);
}

function newFloat(cls: PyType, v: number): PyValue {
  return cls === floatType ? new PyFloat(v) : new PyFloatInstance(cls, v);
}

staticNew(floatType, (cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) raiseError('TypeError', 'float() takes no keyword arguments');
  if (args.length > 1) raiseError('TypeError', `float expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) return newFloat(cls, 0);
  const x = args[0];
  if (cls === floatType && x instanceof PyFloat) return x;
  return newFloat(cls, floatFromObject(x));
});

// float(x) with one positional argument: what __new__ does (an exact float is returned as is), without the generic type call.
floatType.exactCall = (args, kwnames) => {
  if (args.length !== 1 || (kwnames !== null && kwnames.length !== 0)) return undefined;
  const x = args[0]!;
  return x instanceof PyFloat ? x : new PyFloat(floatFromObject(x));
};

// ---- methods ----

function binary(op: number, reflected: boolean) {
  return (self: PyValue, other: PyValue): PyValue => {
    const b = floatOperand(other);
    if (b === null) return NotImplemented;
    const a = new PyFloat(floatOf(self));
    const bb = new PyFloat(b);
    return reflected ? binaryOp(op, bb, a) : binaryOp(op, a, bb);
  };
}

function compare(op: number) {
  return (self: PyValue, other: PyValue): PyValue => {
    const a = new PyFloat(floatOf(self));
    if (other instanceof PyFloat || typeof other === 'number' || typeof other === 'bigint' || typeof other === 'boolean') return richCompare(op, a, other);
    if (other instanceof PyFloatInstance) return richCompare(op, a, new PyFloat(other.value));
    // float's comparison takes any int exactly, an int subclass's value included (its own reflected method is not tried first).
    if (other instanceof PyIntInstance) return richCompare(op, a, other.value);
    return NotImplemented;
  };
}

function powImpl(reflected: boolean) {
  return (self: PyValue, other: PyValue, mod?: PyValue): PyValue => {
    if (mod !== undefined && mod !== None) raiseError('TypeError', 'pow() 3rd argument not allowed unless all arguments are integers');
    return binary(BinaryOpKind.POWER, reflected)(self, other);
  };
}

function divmodImpl(reflected: boolean) {
  return (self: PyValue, other: PyValue): PyValue => {
    const b = floatOperand(other);
    if (b === null) return NotImplemented;
    const a = floatOf(self);
    const [q, r] = reflected ? F.floatDivmod(b, a) : F.floatDivmod(a, b);
    return containers.newTuple([new PyFloat(q), new PyFloat(r)]);
  };
}

function roundImpl(self: PyValue, ndigits?: PyValue): PyValue {
  const x = floatOf(self);
  if (ndigits === undefined || ndigits === None) return F.floatRoundToInt(x);
  const n: Int = indexValue(ndigits);
  return new PyFloat(F.floatRound(x, n));
}

const B = BinaryOpKind;

defineMethods(floatType, {
  __repr__: (self: PyValue) => F.floatRepr(floatOf(self)),
  __format__: (self: PyValue, spec: PyValue) => {
    if (typeof spec !== 'string') raiseError('TypeError', `format() argument 2 must be str, not ${typeName(spec)}`);
    if (spec === '') return pyStr(self);
    return formatFloat(floatOf(self), spec, self instanceof PyObject ? self.type.name : 'float');
  },
  __hash__: (self: PyValue) => F.floatHash(floatOf(self)),
  __bool__: (self: PyValue) => floatOf(self) !== 0,
  __int__: (self: PyValue) => F.floatTrunc(floatOf(self)),
  __float__: (self: PyValue) => (self instanceof PyFloat ? self : new PyFloat(floatOf(self))),
  __trunc__: (self: PyValue) => F.floatTrunc(floatOf(self)),
  __floor__: (self: PyValue) => F.floatFloor(floatOf(self)),
  __ceil__: (self: PyValue) => F.floatCeil(floatOf(self)),
  __round__: [roundImpl, { min: 0, max: 1 }],
  __neg__: (self: PyValue) => new PyFloat(-floatOf(self)),
  __pos__: (self: PyValue) => new PyFloat(floatOf(self)),
  __abs__: (self: PyValue) => new PyFloat(Math.abs(floatOf(self))),
  ...arithmeticMethods(binary),
  __pow__: [powImpl(false), { min: 1, max: 2 }],
  __rpow__: [powImpl(true), { min: 1, max: 2 }],
  __divmod__: divmodImpl(false),
  __rdivmod__: divmodImpl(true),
  ...comparisonMethods(compare),
  __getnewargs__: (self: PyValue) => containers.newTuple([new PyFloat(floatOf(self))]),
  is_integer: (self: PyValue) => F.floatIsInteger(floatOf(self)),
  as_integer_ratio: (self: PyValue) => containers.newTuple(F.floatAsIntegerRatio(floatOf(self))),
  conjugate: (self: PyValue) => new PyFloat(floatOf(self)),
  hex: (self: PyValue) => F.floatHex(floatOf(self)),
});

classMethod(floatType, 'fromhex', (cls: PyType, s: PyValue) => {
  if (typeof s !== 'string') raiseError('TypeError', `fromhex() argument must be str, not ${typeName(s)}`);
  return newFloat(cls, F.floatFromHex(s));
});

classMethod(floatType, '__getformat__', (_cls: PyType, kind: PyValue) => {
  if (kind !== 'double' && kind !== 'float') raiseError('ValueError', "__getformat__() argument 1 must be 'double' or 'float'");
  return 'IEEE, little-endian';
});

getter(floatType, 'real', (self) => new PyFloat(floatOf(self)));
getter(floatType, 'imag', () => new PyFloat(0));
