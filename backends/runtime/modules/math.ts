// The native `math` module: CPython 3.11's mathmodule.c over JS doubles and
// BigInts. The numeric core (fsum, vector norms, gamma/lgamma, erf/erfc,
// isqrt, factorial, comb/perm, frexp...) is pure functions exported for tests;
// the module glue below converts arguments and maps C's errno conditions to
// CPython's ValueError("math domain error") / OverflowError("math range error").
// Invariant: fsum, hypot/dist, the integer functions, pow's special cases,
// frexp/ldexp/fmod/remainder/nextafter/ulp are bit-exact with CPython; exp,
// log, pow, the trigonometric functions and their inverses are correctly
// rounded (libm.ts), so they match glibc wherever glibc rounds correctly;
// gamma/lgamma (Lanczos, as CPython's own) and erfc call those, and differ
// from CPython only where its libm calls misround; cbrt is glibc's method
// (bit-exact with CPython on glibc); expm1 and log1p are JS Math's.
import { None, PyObject, raiseError, typeOf, typeName, containers, type PyValue } from '../object.js';
import { PyFloat } from '../float.js';
import { PyFloatInstance } from '../floatMethods.js';
import { type Int, big, normalize, intToFloat, intFromFloat, bitLengthBig, roundBigToDouble, MAX_SAFE } from '../int.js';
import * as rt from '../abstract.js';
import { PyBuiltinFunction, builtinFunctionType, builtinFunctionRaw, wrapNative, type NativeSignature } from '../function.js';
import { registerNativeModule, type PyModule } from '../importer.js';
import * as libm from '../libm.js';
import { powCorrect } from '../doubleDouble.js';

// ---------------------------------------------------------------- pure core

/** Signals C's errno: EDOM becomes ValueError, ERANGE OverflowError. */
export class MathError extends Error {
  constructor(readonly kind: 'domain' | 'range') {
    super(kind);
  }
}

const view = new DataView(new ArrayBuffer(8));

function highWord(x: number): number {
  view.setFloat64(0, x);
  return view.getInt32(0);
}

function withLowWordZero(x: number): number {
  view.setFloat64(0, x);
  view.setUint32(4, 0);
  return view.getFloat64(0);
}

/** C's frexp: x = m * 2**e with 0.5 <= |m| < 1 (m = x for 0, inf, nan). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = 0;
  let m = x;
  if (Math.abs(m) < 2 ** -1000) { m *= 2 ** 1000; e -= 1000; }
  view.setFloat64(0, m);
  const biased = (view.getUint32(0) >>> 20) & 0x7ff;
  e += biased - 1022;
  view.setUint32(0, (view.getUint32(0) & 0x800fffff) | (1022 << 20));
  return [view.getFloat64(0), e];
}

/**
 * cbrt as glibc computes it (CPython calls the C library's cbrt, which is
 * not correctly rounded, so matching CPython means rounding as glibc does):
 * a degree-6 polynomial guess for the cube root of the mantissa m in
 * [0.5, 1), one Halley step u * (u^3 + 2m) / (2u^3 + m), scaled by the cube
 * root of 2^(e mod 3) and 2^(e div 3), each step in doubles.
 */
export function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const [m, e] = frexp(Math.abs(x));
  const u = 0.354895765043919860 + (1.50819193781584896 + (-2.11499494167371287 + (2.44693122563534430
    + (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * m) * m) * m) * m) * m) * m;
  const u3 = u * u * u;
  const y = u * (u3 + 2.0 * m) / (2.0 * u3 + m) * CBRT_SCALE[2 + (e % 3)]!;
  return ldexp(x > 0 ? y : -y, Math.trunc(e / 3));
}

/** 2^(k/3) for k = -2..2, the scale of a mantissa whose exponent leaves remainder k. */
const CBRT_SCALE = [1.0 / 1.5874010519681994748, 1.0 / 1.2599210498948731648, 1.0, 1.2599210498948731648, 1.5874010519681994748];

/** C's ldexp with IEEE rounding of subnormal results. */
export function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  if (e > 2200) e = 2200;
  if (e < -2200) e = -2200;
  let r = x;
  while (e > 1000) { r *= 2 ** 1000; e -= 1000; }
  while (e < -1000) { r *= 2 ** -1000; e += 1000; if (r === 0) return r; }
  if (e < -1022) return r * 2 ** (e + 60) * 2 ** -60;
  return r * 2 ** e;
}

/** C's fmod: exact remainder with the sign of x. */
export function fmod(x: number, y: number): number {
  return x % y;
}

/** C's round(): halves away from zero. */
function cRound(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

/** The float nearest to n/2**shift ... for ints too big for a double: x * 2**e, 0.5 <= x < 1. */
export function bigFrexp(n: bigint): [number, number] {
  const bl = bitLengthBig(n < 0n ? -n : n);
  const x = roundBigToDouble(n < 0n ? -n : n, -bl, false);
  const m = n < 0n ? -x : x;
  if (Math.abs(m) === 1) return [m / 2, bl + 1];
  return [m, bl];
}

/** Shewchuk's exact summation, as CPython's math.fsum (with its errors). */
export function fsum(values: Iterable<number>): number {
  const partials: number[] = [];
  let specialSum = 0;
  let infSum = 0;
  for (let x of values) {
    const xsave = x;
    let i = 0;
    for (let j = 0; j < partials.length; j++) {
      let y = partials[j]!;
      if (Math.abs(x) < Math.abs(y)) { const t = x; x = y; y = t; }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        // A non-finite x comes from an overflow or from a nan/inf summand.
        if (Number.isFinite(xsave)) throw new FsumError('OverflowError', 'intermediate overflow in fsum');
        if (xsave === Infinity || xsave === -Infinity) infSum += xsave;
        specialSum += xsave;
        partials.length = 0;
      } else {
        partials.push(x);
      }
    }
  }
  if (specialSum !== 0) {
    if (Number.isNaN(infSum)) throw new FsumError('ValueError', '-inf + inf in fsum');
    return specialSum;
  }
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n]!;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n]!;
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    // Half-even rounding across partials: sum([1e-16, 1, 1e16]) rounds up.
    if (n > 0 && ((lo < 0 && partials[n - 1]! < 0) || (lo > 0 && partials[n - 1]! > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}

export class FsumError extends Error {
  constructor(readonly typeName: string, message: string) {
    super(message);
  }
}

// Double-length arithmetic for vector norms (Dekker), as mathmodule.c.
function dlSplit(x: number): [number, number] {
  const t = x * 134217729.0;
  const hi = t - (t - x);
  return [hi, x - hi];
}

function dlMul(x: number, y: number): [number, number] {
  const [xh, xl] = dlSplit(x);
  const [yh, yl] = dlSplit(y);
  const p = xh * yh;
  const q = xh * yl + xl * yh;
  const z = p + q;
  const zz = p - z + q + xl * yl;
  return [z, zz];
}

function dlFastSum(a: number, b: number): [number, number] {
  const x = a + b;
  return [x, (a - x) + b];
}

const DBL_MIN = 2.2250738585072014e-308;

/** The Euclidean norm of vec (all |v| <= max), CPython's vector_norm. */
export function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || vec.length <= 1) return max;
  const maxE = frexp(max)[1];
  if (maxE < -1023) {
    return DBL_MIN * vectorNorm(vec.map((v) => v / DBL_MIN), max / DBL_MIN, foundNan);
  }
  const scale = ldexp(1.0, -maxE);
  let csum = 1.0;
  let frac1 = 0.0;
  let frac2 = 0.0;
  for (const v of vec) {
    const x = v * scale;
    const pr = dlMul(x, x);
    const sm = dlFastSum(csum, pr[0]);
    csum = sm[0];
    frac1 += pr[1];
    frac2 += sm[1];
  }
  let h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
  const pr = dlMul(-h, h);
  const sm = dlFastSum(csum, pr[0]);
  csum = sm[0];
  frac1 += pr[1];
  frac2 += sm[1];
  const x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

/** hypot of any number of coordinates. */
export function hypot(coords: number[]): number {
  let max = 0;
  let foundNan = false;
  const abs = coords.map((c) => {
    const a = Math.abs(c);
    foundNan ||= a !== a;
    if (a > max) max = a;
    return a;
  });
  return vectorNorm(abs, max, foundNan);
}

// Lanczos approximation, CPython's own tgamma/lgamma (not libm's).
const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940,
  42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843,
  17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708,
  1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801,
  31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768,
  186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024,
  210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [
  0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
  13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
];
const GAMMA_INTEGRAL = [
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
  3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
  1307674368000.0, 20922789888000.0, 355687428096000.0,
  6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
  51090942171709440000.0, 1124000727777607680000.0,
];
const LOG_PI = 1.144729885849400174143427351353058711647;

function lanczosSum(x: number): number {
  let num = 0.0;
  let den = 0.0;
  if (x < 5.0) {
    for (let i = LANCZOS_NUM.length; --i >= 0;) {
      num = num * x + LANCZOS_NUM[i]!;
      den = den * x + LANCZOS_DEN[i]!;
    }
  } else {
    for (let i = 0; i < LANCZOS_NUM.length; i++) {
      num = num / x + LANCZOS_NUM[i]!;
      den = den / x + LANCZOS_DEN[i]!;
    }
  }
  return num / den;
}

/** sin(pi * x), exact at integers and half-integers. */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = cRound(2.0 * y);
  let r: number;
  switch (n) {
    case 0: r = libm.sin(Math.PI * y); break;
    case 1: r = libm.cos(Math.PI * (y - 0.5)); break;
    case 2: r = libm.sin(Math.PI * (1.0 - y)); break;
    case 3: r = -libm.cos(Math.PI * (y - 1.5)); break;
    case 4: r = libm.sin(Math.PI * (y - 2.0)); break;
    default: throw new Error(`internal: sinpi quadrant ${n}`);
  }
  return (x < 0 || Object.is(x, -0) ? -1.0 : 1.0) * r;
}

export function gamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return x;
    throw new MathError('domain');
  }
  if (x === 0) throw new MathError('domain');
  if (x === Math.floor(x)) {
    if (x < 0) throw new MathError('domain');
    if (x <= GAMMA_INTEGRAL.length) return GAMMA_INTEGRAL[x - 1]!;
    // CPython 3.11 takes gamma from libm, which is correctly rounded at the
    // integers: (x-1)! rounded once.
    if (x <= 171) return Number(factorial(BigInt(x - 1)));
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    if (!Number.isFinite(r)) throw new MathError('range');
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sinpi(x);
    throw new MathError('range');
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) {
    const q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    const q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = z * LANCZOS_G / y;
  let r: number;
  if (x < 0.0) {
    r = -Math.PI / sinpi(absx) / absx * libm.exp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= powCorrect(y, absx - 0.5);
    } else {
      const sqrtpow = powCorrect(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / libm.exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= powCorrect(y, absx - 0.5);
    } else {
      const sqrtpow = powCorrect(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (!Number.isFinite(r)) throw new MathError('range');
  return r;
}

export function lgamma(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : Infinity;
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) throw new MathError('domain');
    return 0.0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -libm.log(absx);
  let r = libm.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (libm.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOG_PI - libm.log(Math.abs(sinpi(absx))) - libm.log(absx) - r;
  if (!Number.isFinite(r)) throw new MathError('range');
  return r;
}

// erf and erfc: fdlibm's s_erf.c (the algorithm and coefficients glibc uses).
const ERX = 8.45062911510467529297e-01;
const EFX = 1.28379167095512586316e-01;
const EFX8 = 1.02703333676410069053e+00;
const PP = [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02,
  -5.77027029648944159157e-03, -2.37630166566501626084e-05];
const QQ = [1, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03,
  1.32494738004321644526e-04, -3.96022827877536812320e-06];
const PA = [-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01,
  3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02,
  -2.16637559486879084300e-03];
const QA = [1, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02,
  1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02];
const RA = [-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01,
  -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02,
  -8.12874355063065934246e+01, -9.81432934416914548592e+00];
const SA = [1, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02,
  6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02,
  6.57024977031928170135e+00, -6.04244152148580987438e-02];
const RB = [-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01,
  -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03,
  -4.83519191608651397019e+02];
const SB = [1, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03,
  3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02,
  -2.24409524465858183362e+01];
const TINY = 1e-300;

/** c0 + s*(c1 + s*(c2 + ...)), Horner as the C source nests it. */
function poly(c: readonly number[], s: number): number {
  let r = c[c.length - 1]!;
  for (let i = c.length - 2; i >= 0; i--) r = c[i]! + s * r;
  return r;
}

/** exp(-x*x - 0.5625 + R/S) split so that -x*x loses no bits (fdlibm's Note1). */
function erfcTail(x: number, s: number, big: boolean): number {
  const R = big ? poly(RB, s) : poly(RA, s);
  const S = big ? poly(SB, s) : poly(SA, s);
  const z = withLowWordZero(x);
  return libm.exp(-z * z - 0.5625) * libm.exp((z - x) * (z + x) + R / S);
}

export function erf(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return Number.isNaN(x) ? x : (x > 0 ? 1 : -1);
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) {
      if (ix < 0x00800000) return 0.125 * (8.0 * x + EFX8 * x);
      return x + EFX * x;
    }
    const z = x * x;
    const y = poly(PP, z) / poly(QQ, z);
    return x + x * y;
  }
  if (ix < 0x3ff40000) {
    const s = Math.abs(x) - 1;
    const PQ = poly(PA, s) / poly(QA, s);
    return hx >= 0 ? ERX + PQ : -ERX - PQ;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1 - TINY : TINY - 1;
  const ax = Math.abs(x);
  const s = 1 / (ax * ax);
  const r = erfcTail(ax, s, ix >= 0x4006DB6E);
  return hx >= 0 ? 1 - r / ax : r / ax - 1;
}

export function erfc(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return Number.isNaN(x) ? x : (x > 0 ? 0 : 2);
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1 - x;
    const z = x * x;
    const y = poly(PP, z) / poly(QQ, z);
    if (hx < 0x3fd00000) return 1 - (x + x * y);
    let r = x * y;
    r += x - 0.5;
    return 0.5 - r;
  }
  if (ix < 0x3ff40000) {
    const s = Math.abs(x) - 1;
    const PQ = poly(PA, s) / poly(QA, s);
    return hx >= 0 ? (1 - ERX) - PQ : 1 + (ERX + PQ);
  }
  if (ix < 0x403c0000) {
    const ax = Math.abs(x);
    const s = 1 / (ax * ax);
    if (ix >= 0x4006DB6D && hx < 0 && ix >= 0x40180000) return 2 - TINY;
    const r = erfcTail(ax, s, ix >= 0x4006DB6D);
    return hx > 0 ? r / ax : 2 - r / ax;
  }
  return hx > 0 ? TINY * TINY : 2 - TINY;
}

/** Integer square root (floor), exact for any size. */
export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new RangeError('negative');
  if (n < 4503599627370496n) return BigInt(Math.floor(Math.sqrt(Number(n))));
  // Newton's iteration from an overestimate converges down to floor(sqrt(n)).
  const bits = bitLengthBig(n);
  let x = 1n << BigInt(Math.ceil(bits / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** Product of the integers in [lo, hi), by binary splitting. */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  const n = hi - lo;
  if (n <= 0n) return 1n;
  if (n <= 16n) {
    let p = 1n;
    for (let i = lo; i < hi; i++) p *= i;
    return p;
  }
  const mid = (lo + hi) >> 1n;
  return rangeProduct(lo, mid) * rangeProduct(mid, hi);
}

export function factorial(n: bigint): bigint {
  return rangeProduct(2n, n + 1n);
}

export function perm(n: bigint, k: bigint): bigint {
  if (k > n) return 0n;
  return rangeProduct(n - k + 1n, n + 1n);
}

export function comb(n: bigint, k: bigint): bigint {
  if (k > n) return 0n;
  if (k > n - k) k = n - k;
  return rangeProduct(n - k + 1n, n + 1n) / rangeProduct(1n, k + 1n);
}

/**
 * Lehmer's gcd: while b is big, Euclid's quotients are found on the leading
 * 31 bits of a and b (in doubles, confirmed by Knuth's two-bound test) and
 * applied to a and b at once as a 2x2 matrix, so a long run of BigInt
 * remainders becomes four multiplications. The matrix has determinant +-1,
 * so the gcd is kept whatever the quotients; plain Euclid finishes.
 */
export function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  if (a < b) [a, b] = [b, a];
  // a only shrinks: its leading 31 bits start at `shift`, lowered as it does.
  let shift = bitLengthBig(a) - 31;
  while (b >= 0x1000000000000n) {
    let x = Number(a >> BigInt(shift));
    while (x < 0x40000000 && shift > 0) {
      shift = Math.max(0, shift - (Math.clz32(x) - 1));
      x = Number(a >> BigInt(shift));
    }
    let y = Number(b >> BigInt(shift));
    let A = 1, B = 0, C = 0, D = 1;
    while (y + C !== 0 && y + D !== 0) {
      const q = Math.floor((x + A) / (y + C));
      if (q !== Math.floor((x + B) / (y + D))) break;
      const nextC = A - q * C;
      A = C;
      C = nextC;
      const nextD = B - q * D;
      B = D;
      D = nextD;
      const nextY = x - q * y;
      x = y;
      y = nextY;
    }
    if (B === 0) {
      const t = a % b;
      a = b;
      b = t;
    } else {
      const na = BigInt(A) * a + BigInt(B) * b;
      const nb = BigInt(C) * a + BigInt(D) * b;
      a = na < 0n ? -na : na;
      b = nb < 0n ? -nb : nb;
      if (a < b) [a, b] = [b, a];
    }
  }
  if (b === 0n) return a;
  // Both below 2**53 after one more step: finish in doubles, exactly.
  let u = Number(b);
  let v = Number(a % b);
  while (v !== 0) {
    const t = u % v;
    u = v;
    v = t;
  }
  return BigInt(u);
}

/** C99 pow with CPython's handling of the IEEE special cases. */
export function pow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) return y === 0 ? 1 : x;
    if (Number.isNaN(y)) return x === 1 ? 1 : y;
    if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2.0 === 1.0;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? (x < 0 ? -0 : 0) : 0;
    }
    if (Math.abs(x) === 1.0) return 1;
    if (y > 0 && Math.abs(x) > 1.0) return y;
    if (y < 0 && Math.abs(x) < 1.0) return -y;
    return 0;
  }
  if (x === 1) return 1;
  if (y === 0) return 1;
  // Correctly rounded, as glibc's pow is in all but rare cases; a negative
  // base with a fractional exponent and a zero base stay with Math.pow (NaN, 0 or inf).
  let r: number;
  if (x > 0) r = powCorrect(x, y);
  else if (x < 0 && Number.isInteger(y)) r = Math.abs(y % 2) === 1 ? -powCorrect(-x, y) : powCorrect(-x, y);
  else r = Math.pow(x, y);
  if (Number.isNaN(r)) throw new MathError('domain');
  if (!Number.isFinite(r)) throw new MathError(x === 0 ? 'domain' : 'range');
  return r;
}

/** IEEE 754 remainder: x - n*y with n the integer nearest x/y (ties to even). */
export function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) throw new MathError('domain');
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) throw new MathError('domain');
  return x;
}

/** The next double after x towards y. */
export function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  view.setFloat64(0, x);
  let bits = view.getBigUint64(0);
  if ((y > x) === (x > 0)) bits += 1n;
  else bits -= 1n;
  view.setBigUint64(0, bits);
  return view.getFloat64(0);
}

export function ulp(x: number): number {
  if (Number.isNaN(x)) return x;
  x = Math.abs(x);
  if (!Number.isFinite(x)) return x;
  const x2 = nextafter(x, Infinity);
  if (!Number.isFinite(x2)) return x - nextafter(x, -Infinity);
  return x2 - x;
}

/** math.isclose's test, after argument checks. */
export function isclose(a: number, b: number, relTol: number, absTol: number): boolean {
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const diff = Math.abs(b - a);
  return (diff <= Math.abs(relTol * b)) || (diff <= Math.abs(relTol * a)) || (diff <= absTol);
}

// ---------------------------------------------------------------- module glue

function mathError(e: MathError): never {
  if (e.kind === 'domain') raiseError('ValueError', 'math domain error');
  return raiseError('OverflowError', 'math range error');
}

/** PyFloat_AsDouble: floats, ints (exactly, or OverflowError), __float__, __index__. */
export function toDouble(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return intToFloat(v);
  if (v instanceof PyFloatInstance) return v.value;
  if (v instanceof PyObject) {
    if (hasSpecial(v, '__float__')) {
      const r = rt.callSpecial(v, '__float__');
      if (r instanceof PyFloat) return r.value;
      if (r instanceof PyFloatInstance) {
        rt.warnNonExactResult(`${typeName(v)}.__float__`, r, 'float');
        return r.value;
      }
      raiseError('TypeError', `${typeName(v)}.__float__ returned non-float (type ${typeName(r)})`);
    }
    if (hasSpecial(v, '__index__')) return intToFloat(rt.indexValue(v));
  }
  return raiseError('TypeError', `must be real number, not ${typeName(v)}`);
}

const F = (x: number): PyFloat => new PyFloat(x);

function hasSpecial(v: PyValue, name: string): boolean {
  const m = typeOf(v).lookup(name);
  return m !== null && m !== None;
}

/** math_1: NaN from non-NaN is a domain error; inf from finite is range (or domain). */
function math1(fn: (x: number) => number, canOverflow: boolean): (v: PyValue) => PyValue {
  return (v) => {
    const x = toDouble(v);
    let r: number;
    try {
      r = fn(x);
    } catch (e) {
      if (e instanceof MathError) mathError(e);
      throw e;
    }
    if (Number.isNaN(r) && !Number.isNaN(x)) raiseError('ValueError', 'math domain error');
    if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) {
      if (canOverflow) raiseError('OverflowError', 'math range error');
      raiseError('ValueError', 'math domain error');
    }
    return F(r);
  };
}

function isInt(v: PyValue): v is number | bigint | boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
}

function intValue(v: PyValue): Int {
  return rt.indexValue(v);
}

/** loghelper: ints of any size take the log of their float-sized part plus e*log(2). */
function logOf(v: PyValue, fn: (x: number) => number): number {
  let n: Int | null = null;
  if (isInt(v)) n = typeof v === 'boolean' ? (v ? 1 : 0) : v;
  else if (v instanceof PyObject && isIntSubclass(v)) n = rt.indexValue(v);
  if (n !== null) {
    if (typeof n === 'number' ? n <= 0 : n <= 0n) raiseError('ValueError', 'math domain error');
    if (typeof n === 'number' || bitLengthBig(n) <= 1023) return fn(Number(n));
    const [m, e] = bigFrexp(n);
    return fn(m) + fn(2.0) * e;
  }
  const x = toDouble(v);
  if (Number.isNaN(x)) return x;
  if (x <= 0) raiseError('ValueError', 'math domain error');
  return fn(x);
}

function isIntSubclass(v: PyObject): boolean {
  const inner = (v as unknown as { value?: unknown }).value;
  return typeof inner === 'number' || typeof inner === 'bigint';
}

function nonNegativeInt(v: PyValue, message: string): bigint {
  const n = big(intValue(v));
  if (n < 0n) raiseError('ValueError', message);
  return n;
}

/** floor/ceil: ints pass through, floats convert exactly, else __floor__/__ceil__. */
function roundingFunction(name: '__floor__' | '__ceil__', f: (x: number) => number): (v: PyValue) => PyValue {
  return (v) => {
    if (isInt(v)) return typeof v === 'boolean' ? (v ? 1 : 0) : v;
    if (v instanceof PyFloat) return intFromFloat(f(v.value));
    if (v instanceof PyObject && hasSpecial(v, name)) return rt.callSpecial(v, name);
    return intFromFloat(f(toDouble(v)));
  };
}

function toNumbers(args: PyValue[]): number[] {
  return args.map(toDouble);
}

function init(module: PyModule): void {
  const ns = module.dict;
  const fn = (name: string, impl: (...args: any[]) => PyValue, sig?: NativeSignature): void => {
    // Arity and keyword errors name it `math.NAME()`, as CPython's do.
    ns.setStr(name, new PyBuiltinFunction(builtinFunctionType, name, name, wrapNative(`math.${name}`, impl, false, sig), undefined, null, null));
  };
  ns.setStr('pi', F(Math.PI));
  ns.setStr('e', F(Math.E));
  ns.setStr('tau', F(2 * Math.PI));
  ns.setStr('inf', F(Infinity));
  ns.setStr('nan', F(NaN));

  const unary: [string, (x: number) => number, boolean][] = [
    ['acos', libm.acos, false], ['acosh', libm.acosh, false], ['asin', libm.asin, false],
    ['asinh', libm.asinh, false], ['atan', libm.atan, false], ['atanh', libm.atanh, false],
    ['cbrt', cbrt, false], ['cosh', libm.cosh, true],
    ['erf', erf, false], ['erfc', erfc, false], ['exp', libm.exp, true],
    ['exp2', libm.exp2, true], ['expm1', Math.expm1, true], ['fabs', Math.abs, false],
    ['log1p', Math.log1p, false], ['sinh', libm.sinh, true],
    ['tan', libm.tan, false], ['tanh', libm.tanh, false],
    ['gamma', gamma, true], ['lgamma', lgamma, true],
  ];
  for (const [name, f, canOverflow] of unary) fn(name, math1(f, canOverflow));
  // The ones float-heavy loops call, each its own function for a float or safe int argument
  // in the domain (math1's one shared body calls every libm function from one site, which
  // V8 then cannot inline); math1 keeps the conversions and the errors.
  const sqrt = math1(Math.sqrt, false);
  fn('sqrt', (v: PyValue) => {
    const x = v instanceof PyFloat ? v.value : typeof v === 'number' ? v : -1;
    return x >= 0 ? F(Math.sqrt(x)) : sqrt(v);
  });
  const sin = math1(libm.sin, false);
  fn('sin', (v: PyValue) => {
    const x = v instanceof PyFloat ? v.value : typeof v === 'number' ? v : Infinity;
    return Math.abs(x) < Infinity ? F(libm.sin(x)) : sin(v);
  });
  const cos = math1(libm.cos, false);
  fn('cos', (v: PyValue) => {
    const x = v instanceof PyFloat ? v.value : typeof v === 'number' ? v : Infinity;
    return Math.abs(x) < Infinity ? F(libm.cos(x)) : cos(v);
  });

  fn('atan2', (y: PyValue, x: PyValue) => F(libm.atan2(toDouble(y), toDouble(x))));
  fn('copysign', (x: PyValue, y: PyValue) => {
    const a = Math.abs(toDouble(x));
    const b = toDouble(y);
    return F(b < 0 || Object.is(b, -0) || (Number.isNaN(b) && signBitOfNaN(y)) ? -a : a);
  });
  fn('degrees', (x: PyValue) => F(toDouble(x) * (180.0 / Math.PI)));
  fn('radians', (x: PyValue) => F(toDouble(x) * (Math.PI / 180.0)));
  fn('fmod', (xv: PyValue, yv: PyValue) => {
    const x = toDouble(xv);
    const y = toDouble(yv);
    if (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x)) return F(x);
    const r = fmod(x, y);
    if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) raiseError('ValueError', 'math domain error');
    return F(r);
  });
  fn('remainder', (x: PyValue, y: PyValue) => {
    try {
      return F(remainder(toDouble(x), toDouble(y)));
    } catch (e) {
      if (e instanceof MathError) mathError(e);
      throw e;
    }
  });
  fn('pow', (x: PyValue, y: PyValue) => {
    try {
      return F(pow(toDouble(x), toDouble(y)));
    } catch (e) {
      if (e instanceof MathError) mathError(e);
      throw e;
    }
  });
  // log takes its arguments itself: CPython words its arity error unlike the other functions'.
  ns.setStr('log', builtinFunctionRaw('log', (args, kwnames) => {
    if (kwnames !== null && kwnames.length !== 0) raiseError('TypeError', 'log() takes no keyword arguments');
    if (args.length < 1 || args.length > 2) raiseError('TypeError', 'math.log requires 1 to 2 arguments');
    const num = logOf(args[0]!, libm.log);
    if (args.length === 1) return F(num);
    const den = logOf(args[1]!, libm.log);
    if (den === 0) raiseError('ZeroDivisionError', 'float division by zero');
    return F(num / den);
  }));
  fn('log2', (x: PyValue) => F(logOf(x, libm.log2)));
  fn('log10', (x: PyValue) => F(logOf(x, libm.log10)));
  fn('floor', roundingFunction('__floor__', Math.floor));
  fn('ceil', roundingFunction('__ceil__', Math.ceil));
  fn('trunc', (v: PyValue) => {
    if (isInt(v)) return typeof v === 'boolean' ? (v ? 1 : 0) : v;
    if (v instanceof PyFloat) return intFromFloat(v.value);
    if (!hasSpecial(v, '__trunc__')) raiseError('TypeError', `type ${typeName(v)} doesn't define __trunc__ method`);
    return rt.callSpecial(v, '__trunc__');
  });
  fn('modf', (v: PyValue) => {
    const x = toDouble(v);
    if (!Number.isFinite(x)) {
      if (Number.isNaN(x)) return containers.newTuple([F(x), F(x)]);
      return containers.newTuple([F(x > 0 ? 0 : -0), F(x)]);
    }
    const i = Math.trunc(x);
    const frac = x - i;
    const sign = x < 0 || Object.is(x, -0) ? -1 : 1;
    return containers.newTuple([F(frac === 0 ? sign * 0 : frac), F(i === 0 ? sign * 0 : i)]);
  });
  fn('frexp', (v: PyValue) => {
    const [m, e] = frexp(toDouble(v));
    return containers.newTuple([F(m), e]);
  });
  fn('ldexp', (xv: PyValue, iv: PyValue) => {
    const x = toDouble(xv);
    if (!isInt(iv) && !(iv instanceof PyObject && isIntSubclass(iv))) {
      raiseError('TypeError', 'Expected an int as second argument to ldexp.');
    }
    const i = intValue(iv);
    if (x === 0 || !Number.isFinite(x)) return F(x);
    const e = typeof i === 'bigint' ? (i > 0n ? 1e6 : -1e6) : i;
    const r = ldexp(x, Math.max(-1e6, Math.min(1e6, e)));
    if (!Number.isFinite(r)) raiseError('OverflowError', 'math range error');
    return F(r);
  });
  fn('isfinite', (v: PyValue) => Number.isFinite(toDouble(v)));
  fn('isinf', (v: PyValue) => {
    const x = toDouble(v);
    return x === Infinity || x === -Infinity;
  });
  fn('isnan', (v: PyValue) => Number.isNaN(toDouble(v)));
  ns.setStr('isclose', builtinFunctionRaw('isclose', (args, kwnames) => {
    const npos = args.length - (kwnames?.length ?? 0);
    if (npos !== 2) {
      if (npos < 2) raiseError('TypeError', `isclose() missing required argument '${npos === 0 ? 'a' : 'b'}' (pos ${npos + 1})`);
      raiseError('TypeError', `isclose() takes exactly 2 positional arguments (${npos} given)`);
    }
    let relTol = 1e-9;
    let absTol = 0.0;
    for (let i = 0; i < (kwnames?.length ?? 0); i++) {
      const k = kwnames![i]!;
      const value = args[npos + i]!;
      if (k === 'rel_tol') relTol = toDouble(value);
      else if (k === 'abs_tol') absTol = toDouble(value);
      else raiseError('TypeError', `isclose() got an unexpected keyword argument '${k}'`);
    }
    if (relTol < 0.0 || absTol < 0.0) raiseError('ValueError', 'tolerances must be non-negative');
    return isclose(toDouble(args[0]!), toDouble(args[1]!), relTol, absTol);
  }));
  fn('factorial', (v: PyValue) => {
    if (v instanceof PyFloat) raiseError('TypeError', "'float' object cannot be interpreted as an integer");
    const n = big(intValue(v));
    if (n < 0n) raiseError('ValueError', 'factorial() not defined for negative values');
    if (n > 0x7fffffffffffffffn) raiseError('OverflowError', 'factorial() argument should not exceed 9223372036854775807');
    return normalize(factorial(n));
  });
  fn('gcd', (...args: PyValue[]) => {
    let g = 0n;
    for (const a of args) g = gcd(g, big(intValue(a)));
    return normalize(g);
  }, { min: 0, max: Infinity });
  fn('lcm', (...args: PyValue[]) => {
    let l = 1n;
    for (const a of args) {
      const n = big(intValue(a));
      if (n === 0n) { l = 0n; continue; }
      if (l === 0n) continue;
      const g = gcd(l, n);
      l = l / g * n;
      if (l < 0n) l = -l;
    }
    return normalize(l);
  }, { min: 0, max: Infinity });
  fn('isqrt', (v: PyValue) => {
    const n = big(intValue(v));
    if (n < 0n) raiseError('ValueError', 'isqrt() argument must be nonnegative');
    return normalize(isqrt(n));
  });
  fn('comb', (nv: PyValue, kv: PyValue) => {
    const n = nonNegativeInt(nv, 'n must be a non-negative integer');
    const k = nonNegativeInt(kv, 'k must be a non-negative integer');
    return normalize(comb(n, k));
  });
  fn('perm', (nv: PyValue, kv?: PyValue) => {
    const n = nonNegativeInt(nv, 'n must be a non-negative integer');
    if (kv === undefined || kv === None) return normalize(factorial(n));
    const k = nonNegativeInt(kv, 'k must be a non-negative integer');
    return normalize(perm(n, k));
  }, { min: 1, max: 2 });
  ns.setStr('prod', builtinFunctionRaw('prod', (args, kwnames) => {
    const npos = args.length - (kwnames?.length ?? 0);
    if (npos !== 1) raiseError('TypeError', `prod() takes exactly 1 positional argument (${npos} given)`);
    let acc: PyValue = 1;
    for (let i = 0; i < (kwnames?.length ?? 0); i++) {
      if (kwnames![i] !== 'start') raiseError('TypeError', `prod() got an unexpected keyword argument '${kwnames![i]}'`);
      acc = args[npos + i]!;
    }
    const it = rt.getIter(args[0]!);
    for (let item = rt.iterNext(it); item !== undefined; item = rt.iterNext(it)) {
      if (typeof acc === 'number' && typeof item === 'number') {
        const r = acc * item;
        if (r <= MAX_SAFE && r >= -MAX_SAFE) { acc = r === 0 ? 0 : r; continue; }
      }
      acc = rt.binaryOp(rt.BinaryOpKind.MULTIPLY, acc, item);
    }
    return acc;
  }));
  fn('fsum', (iterable: PyValue) => {
    const values: number[] = [];
    const it = rt.getIter(iterable);
    for (let item = rt.iterNext(it); item !== undefined; item = rt.iterNext(it)) values.push(toDouble(item));
    try {
      return F(fsum(values));
    } catch (e) {
      if (e instanceof FsumError) raiseError(e.typeName, e.message);
      throw e;
    }
  });
  fn('hypot', (...args: PyValue[]) => F(hypot(toNumbers(args))), { min: 0, max: Infinity });
  fn('dist', (p: PyValue, q: PyValue) => {
    const ps = containers.tupleItems(p) ?? rt.toArray(p);
    const qs = containers.tupleItems(q) ?? rt.toArray(q);
    if (ps.length !== qs.length) raiseError('ValueError', 'both points must have the same number of dimensions');
    const diffs = ps.map((a, i) => toDouble(a) - toDouble(qs[i]!));
    return F(hypot(diffs));
  });
  fn('nextafter', (x: PyValue, y: PyValue) => F(nextafter(toDouble(x), toDouble(y))));
  fn('ulp', (x: PyValue) => F(ulp(toDouble(x))));
}

/** copysign(x, nan) keeps the NaN's sign bit: only float('-nan') objects carry one. */
function signBitOfNaN(v: PyValue): boolean {
  if (!(v instanceof PyFloat)) return false;
  view.setFloat64(0, v.value);
  return (view.getUint32(0) >>> 31) === 1;
}

registerNativeModule('math', init);
