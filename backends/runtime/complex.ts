// Python complex: the PyComplex value, repr, arithmetic, abs, pow, hash and
// complex(str) parsing, following CPython's complexobject.c formulas so the
// results match bit for bit (Smith's division, c_powu for small int powers).
// Invariant: PyComplex is immutable (a PyObject, so complex subclasses share
// the layout); errors are CPython's messages.
import { powCorrect } from './doubleDouble.js';
import { PyObject, makeBuiltinType, objectType, TypeFlags, raiseError } from './object.js';
import { type Int, normalize } from './int.js';
import { floatHash, formatDouble, parseFloatLiteral } from './float.js';

export const complexType = makeBuiltinType('complex', objectType, TypeFlags.BASETYPE);

export class PyComplex extends PyObject {
  constructor(readonly real: number, readonly imag: number, type = complexType) {
    super(type);
  }
}

export function complexRepr(c: PyComplex): string {
  if (c.real === 0 && !Object.is(c.real, -0)) return formatDouble(c.imag, 'r', 0) + 'j';
  return `(${formatDouble(c.real, 'r', 0)}${formatDouble(c.imag, 'r', 0, { sign: '+' })}j)`;
}

export function complexAdd(a: PyComplex, b: PyComplex): PyComplex {
  return new PyComplex(a.real + b.real, a.imag + b.imag);
}

export function complexSub(a: PyComplex, b: PyComplex): PyComplex {
  return new PyComplex(a.real - b.real, a.imag - b.imag);
}

export function complexMul(a: PyComplex, b: PyComplex): PyComplex {
  return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
}

export function complexNeg(a: PyComplex): PyComplex {
  return new PyComplex(-a.real, -a.imag);
}

/** CPython's _Py_c_quot; null for division by zero. */
function quotient(a: PyComplex, b: PyComplex): PyComplex | null {
  const absBReal = Math.abs(b.real);
  const absBImag = Math.abs(b.imag);
  if (absBReal >= absBImag) {
    if (absBReal === 0) return null;
    const ratio = b.imag / b.real;
    const denom = b.real + b.imag * ratio;
    return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
  }
  if (absBImag >= absBReal) {
    const ratio = b.real / b.imag;
    const denom = b.real * ratio + b.imag;
    return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
  }
  return new PyComplex(NaN, NaN);
}

export function complexTrueDiv(a: PyComplex, b: PyComplex): PyComplex {
  const r = quotient(a, b);
  if (r === null) raiseError('ZeroDivisionError', 'complex division by zero');
  return r;
}

export function complexAbs(a: PyComplex): number {
  if (!isFinite(a.real) || !isFinite(a.imag)) {
    if (a.real === Infinity || a.real === -Infinity || a.imag === Infinity || a.imag === -Infinity) return Infinity;
    return NaN;
  }
  const r = Math.hypot(a.real, a.imag);
  if (!isFinite(r)) raiseError('OverflowError', 'absolute value too large');
  return r;
}

function powGeneral(a: PyComplex, b: PyComplex): PyComplex {
  if (b.real === 0 && b.imag === 0) return new PyComplex(1, 0);
  if (a.real === 0 && a.imag === 0) {
    if (b.imag !== 0 || b.real < 0) raiseError('ZeroDivisionError', '0.0 to a negative or complex power');
    return new PyComplex(0, 0);
  }
  const vabs = Math.hypot(a.real, a.imag);
  // libm's pow as float ** float computes it (V8's Math.pow can be an ulp off).
  let len = vabs > 0 && vabs < Infinity && isFinite(b.real) ? powCorrect(vabs, b.real) : Math.pow(vabs, b.real);
  const at = Math.atan2(a.imag, a.real);
  let phase = at * b.real;
  if (b.imag !== 0) {
    len /= Math.exp(at * b.imag);
    phase += b.imag * Math.log(vabs);
  }
  return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
}

function powUnsigned(x: PyComplex, n: number): PyComplex {
  let r = new PyComplex(1, 0);
  let p = x;
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) r = complexMul(r, p);
    p = complexMul(p, p);
  }
  return r;
}

/** a ** b as CPython's complex_pow (integral exponents up to 100 by repeated multiplication). */
export function complexPow(a: PyComplex, b: PyComplex): PyComplex {
  let r: PyComplex;
  if (b.imag === 0 && b.real === Math.trunc(b.real) && Math.abs(b.real) <= 100) {
    const n = b.real;
    if (n >= 0) r = powUnsigned(a, n);
    else {
      const q = quotient(new PyComplex(1, 0), powUnsigned(a, -n));
      if (q === null) raiseError('ZeroDivisionError', '0.0 to a negative or complex power');
      r = q;
    }
  } else {
    r = powGeneral(a, b);
  }
  if (!isFinite(r.real) || !isFinite(r.imag)) {
    if (isFinite(a.real) && isFinite(a.imag) && isFinite(b.real) && isFinite(b.imag) && !isNaN(r.real) && !isNaN(r.imag)) {
      raiseError('OverflowError', 'complex exponentiation');
    }
  }
  return r;
}

export function complexEq(a: PyComplex, b: PyComplex): boolean {
  return a.real === b.real && a.imag === b.imag;
}

/** hash(complex): hash(real) + 1000003 * hash(imag) in C's wrapping 64-bit arithmetic. */
export function complexHash(c: PyComplex): Int {
  const h = BigInt.asIntN(64, BigInt(floatHash(c.real)) + 1000003n * BigInt(floatHash(c.imag)));
  return normalize(h === -1n ? -2n : h);
}

const STRIP_RE = /^[\s\x1c-\x1f\x85]+|[\s\x1c-\x1f\x85]+$/g;
const NUMBER = '(?:(?:\\d(?:_?\\d)*)(?:\\.(?:\\d(?:_?\\d)*)?)?|\\.\\d(?:_?\\d)*)(?:[eE][+-]?\\d(?:_?\\d)*)?|inf|infinity|nan';
const COMPLEX_RE = new RegExp(`^(?:([+-]?(?:${NUMBER}))(?:([+-](?:${NUMBER})?)[jJ])?|([+-]?(?:${NUMBER})?)[jJ])$`, 'i');

/** complex(s) for a str s. */
export function complexFromString(s: string): PyComplex {
  let t = s.replace(STRIP_RE, '');
  if (t.startsWith('(') && t.endsWith(')')) t = t.slice(1, -1).replace(STRIP_RE, '');
  const m = COMPLEX_RE.exec(t);
  if (m === null) raiseError('ValueError', 'complex() arg is a malformed string');
  const part = (text: string): number => {
    if (text === '' || text === '+') return 1;
    if (text === '-') return -1;
    return parseFloatLiteral(text)!;
  };
  if (m[3] !== undefined) return new PyComplex(0, part(m[3]));
  const real = parseFloatLiteral(m[1])!;
  return new PyComplex(real, m[2] !== undefined ? part(m[2]) : 0);
}
