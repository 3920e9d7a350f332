// The `complex` type's Python-visible methods: complex.ts semantics bound to
// the type object (complex(), arithmetic with int/float coercion, abs, pow,
// equality, hash, real/imag, conjugate).
// Invariant: operands other than int, float and complex give NotImplemented,
// so the abstract layer produces CPython's TypeError.
import { PyObject, PyType, None, NotImplemented, strType, typeName, raiseError, type PyValue } from './object.js';
import { lookupSpecial, call1, strValue, str as pyStr } from './abstract.js';
import { defineMethods } from './nativeType.js';
import { staticNew, getter } from './type.js';
import * as X from './complex.js';
import { PyComplex, complexType } from './complex.js';
import { PyFloat } from './float.js';
import { intToFloat, intCompareFloat } from './int.js';
import { floatFromObject } from './floatMethods.js';
import { formatComplex } from './format.js';

/** An operand as a complex, or null when it is not a number. */
function complexOperand(v: PyValue): PyComplex | null {
  if (v instanceof PyComplex) return v;
  if (v instanceof PyFloat) return new PyComplex(v.value, 0);
  if (typeof v === 'number') return new PyComplex(v, 0);
  if (typeof v === 'boolean') return new PyComplex(+v, 0);
  if (typeof v === 'bigint') return new PyComplex(intToFloat(v), 0);
  if (v instanceof PyObject) {
    const inner = (v as unknown as { value?: unknown }).value;
    if (typeof inner === 'number' || typeof inner === 'bigint') return new PyComplex(intToFloat(inner), 0);
  }
  return null;
}

function complexOf(self: PyValue): PyComplex {
  if (self instanceof PyComplex) return self;
  return raiseError('TypeError', `descriptor requires a 'complex' object but received a '${typeName(self)}'`);
}

/** complex(x) for one non-string argument: __complex__, else float(x). */
function toComplex(x: PyValue, which: string): PyComplex {
  if (x instanceof PyComplex) return x;
  const f = x instanceof PyObject ? lookupSpecial(x, '__complex__') : null;
  if (f !== null) {
    const r = call1(f, x);
    if (!(r instanceof PyComplex)) raiseError('TypeError', `__complex__ returned non-complex (type ${typeName(r)})`);
    return r;
  }
  const c = complexOperand(x);
  if (c !== null) return c;
  if (x instanceof PyObject && (lookupSpecial(x, '__float__') !== null || lookupSpecial(x, '__index__') !== null)) {
    return new PyComplex(floatFromObject(x), 0);
  }
  return raiseError('TypeError', `complex() ${which} must be a string or a number, not '${typeName(x)}'`);
}

staticNew(complexType, (cls: PyType, args, kwnames) => {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (npos > 2) raiseError('TypeError', `complex() takes at most 2 arguments (${npos} given)`);
  let real: PyValue | undefined = npos > 0 ? args[0] : undefined;
  let imag: PyValue | undefined = npos > 1 ? args[1] : undefined;
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i];
    if (k === 'real') real = args[npos + i];
    else if (k === 'imag') imag = args[npos + i];
    else raiseError('TypeError', `'${k}' is an invalid keyword argument for complex()`);
  }
  let result: PyComplex;
  if (real !== undefined && (typeof real === 'string' || (real instanceof PyObject && real.type.isSubtypeOf(strType)))) {
    if (imag !== undefined) raiseError('TypeError', "complex() can't take second arg if first is a string");
    result = X.complexFromString(typeof real === 'string' ? real : strValue(real));
  } else {
    if (imag !== undefined && (typeof imag === 'string' || (imag instanceof PyObject && imag.type.isSubtypeOf(strType)))) {
      raiseError('TypeError', "complex() second arg can't be a string");
    }
    const r = real === undefined ? new PyComplex(0, 0) : toComplex(real, 'first argument');
    const i = imag === undefined ? new PyComplex(0, 0) : toComplex(imag, 'second argument');
    // (a+bj) + (c+dj)*1j, as CPython: real = a - d, imag = b + c; a part absent
    // from a non-complex argument is not added, so complex(-0.0, -0.0) keeps its signs.
    const rIsComplex = real instanceof PyComplex;
    const iIsComplex = imag instanceof PyComplex;
    const re = iIsComplex ? r.real - i.imag : r.real;
    const im = imag === undefined ? r.imag : rIsComplex ? r.imag + i.real : i.real;
    result = new PyComplex(re, im);
  }
  return cls === complexType ? result : new PyComplex(result.real, result.imag, cls);
});

function binary(fn: (a: PyComplex, b: PyComplex) => PyComplex, reflected: boolean) {
  return (self: PyValue, other: PyValue): PyValue => {
    const b = complexOperand(other);
    if (b === null) return NotImplemented;
    const a = complexOf(self);
    return reflected ? fn(b, a) : fn(a, b);
  };
}

function equals(self: PyValue, other: PyValue): PyValue {
  const a = complexOf(self);
  if (other instanceof PyComplex) return X.complexEq(a, other);
  if (typeof other === 'number' || typeof other === 'bigint' || typeof other === 'boolean') {
    return a.imag === 0 && intCompareFloat(typeof other === 'boolean' ? +other : other, a.real) === 0;
  }
  if (other instanceof PyFloat) return a.imag === 0 && a.real === other.value;
  return NotImplemented;
}

function powImpl(reflected: boolean) {
  return (self: PyValue, other: PyValue, mod?: PyValue): PyValue => {
    if (mod !== undefined && mod !== None) raiseError('ValueError', 'complex modulo');
    return binary(X.complexPow, reflected)(self, other);
  };
}

defineMethods(complexType, {
  __repr__: (self: PyValue) => X.complexRepr(complexOf(self)),
  __format__: (self: PyValue, spec: PyValue) => {
    if (typeof spec !== 'string') raiseError('TypeError', `format() argument 2 must be str, not ${typeName(spec)}`);
    if (spec === '') return pyStr(self);
    const c = complexOf(self);
    return formatComplex(c.real, c.imag, spec, typeName(self));
  },
  __hash__: (self: PyValue) => X.complexHash(complexOf(self)),
  __bool__: (self: PyValue) => complexOf(self).real !== 0 || complexOf(self).imag !== 0,
  __neg__: (self: PyValue) => X.complexNeg(complexOf(self)),
  __pos__: (self: PyValue) => new PyComplex(complexOf(self).real, complexOf(self).imag),
  __abs__: (self: PyValue) => new PyFloat(X.complexAbs(complexOf(self))),
  __add__: binary(X.complexAdd, false), __radd__: binary(X.complexAdd, true),
  __sub__: binary(X.complexSub, false), __rsub__: binary(X.complexSub, true),
  __mul__: binary(X.complexMul, false), __rmul__: binary(X.complexMul, true),
  __truediv__: binary(X.complexTrueDiv, false), __rtruediv__: binary(X.complexTrueDiv, true),
  __pow__: [powImpl(false), { min: 1, max: 2 }],
  __rpow__: [powImpl(true), { min: 1, max: 2 }],
  __eq__: equals,
  __ne__: (self: PyValue, other: PyValue) => {
    const r = equals(self, other);
    return r === NotImplemented ? r : !r;
  },
  conjugate: (self: PyValue) => new PyComplex(complexOf(self).real, -complexOf(self).imag),
});

getter(complexType, 'real', (self) => new PyFloat(complexOf(self).real));
getter(complexType, 'imag', (self) => new PyFloat(complexOf(self).imag));
