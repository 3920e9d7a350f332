// Elementary functions for the math module as glibc 2.36 (CPython's libm)
// computes them. exp, exp2, log, log2, sin, cos, tan, asin, acos, atan, atan2
// are correctly rounded there but for rare cases, and here: Ziv's first step
// in doubles with exact leading products (error ~2^-64) returns when both ends
// of value ± bound round alike, else a double-double evaluation (~2^-100) is
// rounded once. cosh, sinh, tanh, asinh, acosh, atanh, log10 are fdlibm's
// formulas in glibc, evaluated here by the same formulas over these functions.
// Invariant: special values follow C99 Annex F as glibc; domain errors return
// NaN and overflows ±Infinity (math.ts maps them to CPython's exceptions).
import {
  ddLo, twoSum, twoProd, ddMul, ddAdd, pow2, expDD, logDD, ensureTables,
  EXP_HI, EXP_LO, LOG_HI, LOG_LO, LN2_HI, LN2_LO,
} from './doubleDouble.js';

const TINY_ODD = 2 ** -27; // below it x + c*x^3 (|c| <= 1/3) rounds to x
const NEAR_ONE = 2 ** -5; // |x - 1| below it takes log1p's series
const bitsView = new DataView(new ArrayBuffer(8));

// ------------------------------------------------------------ dd helpers

/** a + b as hi + ddLo[0], given |a| >= |b| or a == 0. */
function fastTwoSum(a: number, b: number): number {
  const s = a + b;
  ddLo[0] = b - (s - a);
  return s;
}

/** (ah + al) / (bh + bl): one long-division correction step, ~2^-104 relative. */
function ddDiv(ah: number, al: number, bh: number, bl: number): number {
  const q1 = ah / bh;
  const ph = ddMul(q1, 0, bh, bl);
  const rh = ddAdd(ah, al, -ph, -ddLo[0]);
  const q2 = (rh + ddLo[0]) / bh;
  return fastTwoSum(q1, q2);
}

/** sqrt(ah + al) for ah > 0: Math.sqrt and one Newton correction from the exact square. */
function ddSqrt(ah: number, al: number): number {
  const s = Math.sqrt(ah);
  const p = twoProd(s, s);
  const e = ((ah - p) - ddLo[0] + al) / (2 * s);
  return fastTwoSum(s, e);
}

/** 1/n as hi + lo for a small integer n. */
function recip(n: number): [number, number] {
  const h = 1 / n;
  const p = twoProd(h, n);
  return [h, ((1 - p) - ddLo[0]) / n];
}

/** (h + l) * 2^k for k <= 1023 rounded once, also when the result is subnormal (h normal, 0.5 <= h < 2^400). */
function scaleDown(h: number, l: number, k: number): number {
  if (k >= -1022 && Math.abs(h) >= pow2(-1022 - k)) return (h + l) * pow2(k);
  // Subnormal: count in units of 2^-1074 and round the dd value to an integer, ties to even.
  const u = h * pow2(k + 1074);
  const f = Math.floor(u);
  const rem = (u - f) + l * pow2(k + 1074);
  const n = rem > 0.5 || (rem === 0.5 && f % 2 !== 0) ? f + 1 : f;
  return n * pow2(-1022) * 2 ** -52;
}

// ------------------------------------------------------------ π from BigInt

/** Fixed-point bits of the reduction constants: enough for |x| up to 2^1024 with 2^-270 to spare. */
const PREC = 1300;
let pio2Fixed = 0n; // floor(π/2 * 2^PREC)
/** π/2 in three doubles (Cody–Waite) and π, π/2 as double-doubles. */
let PIO2_1 = 0, PIO2_2 = 0, PIO2_3 = 0;
let PI_H = 0, PI_L = 0, PIO2_H = 0, PIO2_L = 0;

/** atan(1/k) * 2^bits as a BigInt, by its alternating series (Machin's formula needs k = 5, 239). */
function atanInvFixed(k: bigint, bits: bigint): bigint {
  let term = (1n << bits) / k;
  const k2 = k * k;
  let sum = 0n;
  for (let j = 1n; term !== 0n; j += 2n) {
    sum += ((j & 2n) === 0n ? 1n : -1n) * (term / j);
    term /= k2;
  }
  return sum;
}

/** The top 53 bits of v * 2^-PREC below 2^-shift, as a double (v >= 0). */
function fixedPiece(v: bigint, shift: number): number {
  return Number(v >> BigInt(PREC - shift)) * 2 ** -shift;
}

function buildPi(): void {
  const guard = 40n;
  const b = BigInt(PREC) + guard;
  const pi = 16n * atanInvFixed(5n, b) - 4n * atanInvFixed(239n, b);
  pio2Fixed = pi >> (guard + 1n);
  // Each piece takes the next 53 bits of what the previous ones left.
  let rest = pio2Fixed;
  const pieces: number[] = [];
  for (const shift of [64, 117, 170]) {
    const p = fixedPiece(rest, shift);
    pieces.push(p);
    rest -= BigInt(p * 2 ** shift) << BigInt(PREC - shift);
  }
  [PIO2_1, PIO2_2, PIO2_3] = pieces;
  PIO2_H = PIO2_1 + PIO2_2;
  PIO2_L = PIO2_2 - (PIO2_H - PIO2_1) + PIO2_3;
  PI_H = 2 * PIO2_H;
  PI_L = 2 * PIO2_L;
}

// ------------------------------------------------------------ log family

const THIRD = recip(3);
const FIFTH = recip(5);

/**
 * log1p(u) for |u| <= 2^-5 (u = uh + ul): 2 atanh(s), s = u / (2 + u),
 * |s| <= 2^-6; s^3/3 and s^5/5 in dd, the rest to s^17 in doubles
 * (truncation below 2^-108, rounding below 2^-102 relative).
 */
function log1pSmall(uh: number, ul: number): number {
  const dh = ddAdd(2, 0, uh, ul);
  const sh = ddDiv(uh, ul, dh, ddLo[0]);
  const sl = ddLo[0];
  const s2h = ddMul(sh, sl, sh, sl);
  const s2l = ddLo[0];
  const r = 1 / 7 + s2h * (1 / 9 + s2h * (1 / 11 + s2h * (1 / 13 + s2h * (1 / 15 + s2h / 17))));
  let ph = ddMul(s2h, s2l, r, 0);
  ph = ddAdd(FIFTH[0], FIFTH[1], ph, ddLo[0]);
  ph = ddMul(s2h, s2l, ph, ddLo[0]);
  ph = ddAdd(THIRD[0], THIRD[1], ph, ddLo[0]);
  ph = ddMul(s2h, s2l, ph, ddLo[0]); // s^2/3 + s^4/5 + ...
  ph = ddMul(sh, sl, ph, ddLo[0]);
  const h = ddAdd(sh, sl, ph, ddLo[0]);
  ddLo[0] *= 2;
  return 2 * h;
}

/** log(x) as hi + ddLo[0] for a positive finite x (subnormals too); relative error ~2^-100. */
function logPos(x: number): number {
  if (x > 1 - NEAR_ONE && x < 1 + NEAR_ONE) return log1pSmall(x - 1, 0);
  ensureTables();
  if (x >= 2 ** -1022) return logDD(x);
  const h = logDD(x * 2 ** 54);
  const l = ddLo[0];
  const kh = twoProd(-54, LN2_HI);
  return ddAdd(h, l, kh, ddLo[0] - 54 * LN2_LO);
}

/**
 * Ziv's first step for log(x), x normal and not within 2^-5 of 1: as logDD
 * (x = 2^k m, log m = log c + 2 atanh(s)) with the atanh series past 2s in
 * doubles; absolute error below 2^-79, relative below 2^-73. Leaves lo in ddLo[0].
 */
function logFast(x: number): number {
  bitsView.setFloat64(0, x);
  const hi = bitsView.getUint32(0);
  const k = (hi >>> 20) - 1023;
  bitsView.setUint32(0, (hi & 0xfffff) | 0x3ff00000);
  const m = bitsView.getFloat64(0);
  const i = Math.min(127, Math.floor((m - 1) * 128));
  const c = 1 + (i + 0.5) / 128;
  const num = m - c; // exact: m and c are within a factor of two
  const dh = twoSum(m, c);
  const dl = ddLo[0];
  const sh = num / dh;
  const p = twoProd(sh, dh);
  const sl = ((num - p) - ddLo[0] - sh * dl) / dh;
  const s2 = sh * sh;
  const tail = sh * s2 * (2 / 3 + s2 * (2 / 5 + s2 * (2 / 7 + s2 * (2 / 9))));
  const lh = twoSum(LOG_HI[i], 2 * sh);
  const ll = ddLo[0] + LOG_LO[i] + 2 * sl + tail;
  const kh = twoProd(k, LN2_HI);
  const kl = ddLo[0] + k * LN2_LO;
  const h = twoSum(kh, lh);
  ddLo[0] += kl + ll;
  return h;
}

/** Natural logarithm. */
export function log(x: number): number {
  if (x >= 2 ** -1022 && x < Infinity && !(x > 1 - NEAR_ONE && x < 1 + NEAR_ONE)) {
    ensureTables();
    const h = logFast(x);
    if (settled(h, ddLo[0])) return h + ddLo[0];
  }
  if (x > 0 && x < Infinity) return logPos(x) + ddLo[0];
  if (x === 0) return -Infinity;
  return x < 0 ? NaN : x;
}

let INV_LN2_H = 0, INV_LN2_L = 0;

function buildLogConstants(): void {
  ensureTables();
  INV_LN2_H = ddDiv(1, 0, LN2_HI, LN2_LO);
  INV_LN2_L = ddLo[0];
}

/** Base-2 logarithm: log(x) times 1/ln 2 in dd; exact at powers of two (the dd value is within 2^-100 of k). */
export function log2(x: number): number {
  if (!(x > 0 && x < Infinity)) return log(x);
  if (INV_LN2_H === 0) buildLogConstants();
  if (x >= 2 ** -1022 && !(x > 1 - NEAR_ONE && x < 1 + NEAR_ONE)) {
    const f = logFast(x);
    const r = ddMul(f, ddLo[0], INV_LN2_H, INV_LN2_L);
    if (settled(r, ddLo[0])) return r + ddLo[0];
  }
  const h = logPos(x);
  return ddMul(h, ddLo[0], INV_LN2_H, INV_LN2_L) + ddLo[0];
}

// ------------------------------------------------------------ exp family

/**
 * exp(x) for -708 < x < 709 to ~2^-64 from the 2^(j/256) table and a
 * double-precision series, or NaN when value ± bound do not round alike
 * (Ziv's first step; about one call in 2,000 goes on to expDD).
 */
function expFast(x: number): number {
  const n = Math.round(x * (256 / LN2_HI));
  const j = n & 255;
  const ph = twoProd(n, LN2_HI / 256);
  const rh = ddAdd(x, 0, -ph, -(ddLo[0] + n * (LN2_LO / 256)));
  const rl = ddLo[0];
  const q = rh * rh * (0.5 + rh * (1 / 6 + rh * (1 / 24 + rh * (1 / 120 + rh * (1 / 720 + rh * (1 / 5040))))));
  const t = EXP_HI[j];
  const a = twoProd(t, rh);
  let lo = ddLo[0] + t * (rl + rh * rl + q) + EXP_LO[j] * (1 + rh);
  const h = twoSum(t, a);
  lo += ddLo[0];
  const err = h * 2 ** -64;
  if (h + (lo - err) !== h + (lo + err)) return NaN;
  return (h + lo) * pow2((n - j) / 256);
}

/** exp(a) / 2 for 40 <= a: exp(a - 64 ln 2) * 2^63 (exp(-a) is below 2^-115 of it). */
function expHalf(a: number): number {
  if (a > 711) return Infinity;
  const kh = twoProd(64, LN2_HI);
  const th = ddAdd(a, 0, -kh, -(ddLo[0] + 64 * LN2_LO));
  const h = expDD(th, ddLo[0]);
  return (h + ddLo[0]) * 2 ** 63;
}

/** Exponential. */
export function exp(x: number): number {
  ensureTables();
  if (x > -708 && x < 709) {
    const f = expFast(x);
    if (f === f) return f;
    return expDD(x, 0) + ddLo[0];
  }
  if (x !== x) return x;
  if (x > 710) return Infinity;
  if (x < -746) return 0;
  if (x > 0) return expHalf(x) * 2; // 709 <= x <= 710
  // Subnormal results: exp(x + 600 ln 2) scaled back with one rounding.
  const kh = twoProd(600, LN2_HI);
  const th = ddAdd(x, 0, kh, ddLo[0] + 600 * LN2_LO);
  const h = expDD(th, ddLo[0]);
  return scaleDown(h, ddLo[0], -600);
}

/** 2^x: 2^m exp((x - m) ln 2), m = round(x), the product with ln 2 in dd (x - m is exact). */
export function exp2(x: number): number {
  if (!(x > -1080 && x < 1025)) return x !== x ? x : x > 0 ? Infinity : 0;
  ensureTables();
  const m = Math.round(x);
  const f = x - m;
  const th = twoProd(f, LN2_HI);
  const h = expDD(th, ddLo[0] + f * LN2_LO);
  const l = ddLo[0];
  if (m > 1023) return (h + l) * 2 ** 1023 * 2;
  return scaleDown(h, l, m);
}

// ------------------------------------------------ glibc's fdlibm formulas
// glibc computes these by fdlibm's formulas over its own exp, log, log1p and
// expm1, so they are not correctly rounded there; the same formulas over the
// correctly rounded exp and log above (and V8's log1p/expm1, which are
// fdlibm's too and agree with glibc's) round as glibc's do.

/** The high 32 bits of |x|, which the formulas' thresholds compare. */
function highAbs(x: number): number {
  bitsView.setFloat64(0, x);
  return bitsView.getUint32(0) & 0x7fffffff;
}

/** |x| below which exp(|x|) / 2 stays finite: log(DBL_MAX) truncated to its high word. */
const EXP_HALF_LIMIT = 0x40862e42;
/** The last |x| with a finite cosh/sinh (high word 0x408633ce, low 0x8fb9f87d). */
const OVERFLOW_LIMIT = 710.4758600739439;

/** Hyperbolic cosine: 1 + t^2/(2(1+t)), t = expm1(|x|), near 0; (e + 1/e)/2 below 22; exp/2 above. */
export function cosh(x: number): number {
  const a = Math.abs(x);
  const ix = highAbs(x);
  if (ix < 0x40360000) {
    if (ix < 0x3fd62e43) {
      const t = Math.expm1(a);
      const w = 1 + t;
      return 1 + (t * t) / (w + w);
    }
    const t = exp(a);
    return 0.5 * t + 0.5 / t;
  }
  if (ix < EXP_HALF_LIMIT) return 0.5 * exp(a);
  if (a <= OVERFLOW_LIMIT) {
    const w = exp(0.5 * a);
    return 0.5 * w * w;
  }
  return a * Infinity;
}

/** Hyperbolic sine: from t = expm1(|x|) below 22, exp(|x|)/2 above. */
export function sinh(x: number): number {
  const a = Math.abs(x);
  const h = x < 0 ? -0.5 : 0.5;
  const ix = highAbs(x);
  if (ix < 0x40360000) {
    if (ix < 0x3e300000) return x;
    const t = Math.expm1(a);
    if (ix < 0x3ff00000) return h * (2 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ix < EXP_HALF_LIMIT) return h * exp(a);
  if (a <= OVERFLOW_LIMIT) {
    const w = exp(0.5 * a);
    return h * w * w;
  }
  return x * Infinity;
}

/** Hyperbolic tangent: from expm1(±2|x|) between 2^-55 and 22 (V8's returns x below 2^-28, glibc does not). */
export function tanh(x: number): number {
  const a = Math.abs(x);
  const ix = highAbs(x);
  let z: number;
  if (ix >= 0x7ff00000) return x !== x ? x : x > 0 ? 1 : -1;
  if (ix < 0x40360000) {
    if (ix < 0x3c800000) return x * (1 + x);
    if (ix >= 0x3ff00000) z = 1 - 2 / (Math.expm1(2 * a) + 2);
    else {
      const t = Math.expm1(-2 * a);
      z = -t / (t + 2);
    }
  } else {
    z = 1;
  }
  return x < 0 ? -z : z;
}

/** Inverse hyperbolic sine: log1p(|x| + x^2/(1 + sqrt(1 + x^2))) to 2, then log(2|x| + 1/(...)), log(|x|) + ln 2 past 2^28. */
export function asinh(x: number): number {
  const a = Math.abs(x);
  const ix = highAbs(x);
  let w: number;
  if (ix < 0x3e300000 || ix >= 0x7ff00000) return x;
  if (ix > 0x41b00000) w = log(a) + Math.LN2;
  else if (ix > 0x40000000) w = log(2 * a + 1 / (Math.sqrt(x * x + 1) + a));
  else {
    const t = x * x;
    w = Math.log1p(a + t / (1 + Math.sqrt(1 + t)));
  }
  return x < 0 ? -w : w;
}

/** Inverse hyperbolic cosine: log1p(t + sqrt(2t + t^2)), t = x - 1, to 2; log(2x - 1/(x + sqrt(x^2 - 1))); log(x) + ln 2 past 2^28. */
export function acosh(x: number): number {
  if (!(x >= 1)) return x !== x ? x : NaN;
  if (x >= 2 ** 28) return x === Infinity ? x : log(x) + Math.LN2;
  if (x === 1) return 0;
  if (highAbs(x) > 0x40000000) return log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
  const t = x - 1;
  return Math.log1p(t + Math.sqrt(2 * t + t * t));
}

/** Inverse hyperbolic tangent: log1p(2a + 2a·a/(1 - a))/2 below 1/2, log1p(2a/(1 - a))/2 above. */
export function atanh(x: number): number {
  const a = Math.abs(x);
  let t: number;
  if (a < 0.5) {
    if (a < 2 ** -28) return x;
    const d = a + a;
    t = 0.5 * Math.log1p(d + (d * a) / (1 - a));
  } else if (a < 1) {
    t = 0.5 * Math.log1p((a + a) / (1 - a));
  } else {
    return a === 1 ? x * Infinity : NaN;
  }
  return x < 0 ? -t : t;
}

/** log10(2) split so that k * LOG10_2HI is exact (13 low bits clear), and 1/ln 10. */
let LOG10_2HI = 0, LOG10_2LO = 0, INV_LN10 = 0;

/**
 * Base-10 logarithm: x = 2^k m with m in [1, 2) (in [1/2, 1) when k < 0),
 * log10(x) = (k LOG10_2LO + log(m)/ln 10) + k LOG10_2HI, rounded as written.
 */
export function log10(x: number): number {
  if (!(x > 0 && x < Infinity)) return log(x);
  if (INV_LN10 === 0) {
    ensureTables();
    const l10 = logDD(10);
    const l10l = ddLo[0];
    const l2h = ddDiv(LN2_HI, LN2_LO, l10, l10l);
    const l2l = ddLo[0];
    bitsView.setFloat64(0, l2h);
    bitsView.setUint32(4, bitsView.getUint32(4) & ~0x1fff);
    LOG10_2HI = bitsView.getFloat64(0);
    LOG10_2LO = (l2h - LOG10_2HI) + l2l;
    INV_LN10 = ddDiv(1, 0, l10, l10l);
  }
  let k = 0;
  if (x < 2 ** -1022) {
    x *= 2 ** 54;
    k = -54;
  }
  bitsView.setFloat64(0, x);
  const hi = bitsView.getUint32(0);
  k += (hi >>> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  bitsView.setUint32(0, (hi & 0xfffff) | ((1023 - i) << 20));
  const y = k + i;
  const z = y * LOG10_2LO + INV_LN10 * log(bitsView.getFloat64(0));
  return z + y * LOG10_2HI;
}

/** (ah + al) + (bh + bl) as a pair, for spreading into the next call. */
function sum2(ah: number, al: number, bh: number, bl: number): [number, number] {
  const h = ddAdd(ah, al, bh, bl);
  return [h, ddLo[0]];
}

// ------------------------------------------------------------ atan family

/** atan(i/64), i = 0..64, and the series coefficients 1/(2k+1) as dd. */
const ATAN_HI = new Float64Array(65);
const ATAN_LO = new Float64Array(65);
let atanBuilt = false;

/** atan(b) for 0 <= b <= 1 by three argument halvings and a 14-term dd series (builds the table). */
function atanSlow(b: number): number {
  let th = b;
  let tl = 0;
  for (let i = 0; i < 3; i++) {
    // atan(t) = 2 atan(t / (1 + sqrt(1 + t^2)))
    const t2 = ddMul(th, tl, th, tl);
    const sh = ddSqrt(...sum2(1, 0, t2, ddLo[0]));
    const dh = ddAdd(1, 0, sh, ddLo[0]);
    th = ddDiv(th, tl, dh, ddLo[0]);
    tl = ddLo[0];
  }
  // atan(t) = t P(t^2), P(u) = sum (-1)^k u^k / (2k+1), |t| < 0.1, to k = 20.
  const uh = ddMul(th, tl, th, tl);
  const ul = ddLo[0];
  let ph = 1 / 41;
  let pl = 0;
  for (let k = 19; k >= 0; k--) {
    const [ch, cl] = recip(2 * k + 1);
    ph = ddMul(uh, ul, ph, pl);
    ph = k % 2 === 0 ? ddAdd(ch, cl, ph, ddLo[0]) : ddAdd(-ch, -cl, ph, ddLo[0]);
    pl = ddLo[0];
  }
  const h = ddMul(ph, pl, th, tl);
  ddLo[0] *= 8;
  return 8 * h;
}

function buildAtan(): void {
  if (PI_H === 0) buildPi();
  for (let i = 0; i <= 64; i++) {
    ATAN_HI[i] = atanSlow(i / 64);
    ATAN_LO[i] = ddLo[0];
  }
  atanBuilt = true;
}

/**
 * atan(b) for 0 <= b <= 1 (b = bh + bl) as hi + ddLo[0]: atan(c) from the
 * table, c = i/64 nearest b, plus atan(t), t = (b - c)/(1 + bc), |t| <= 2^-7;
 * the series to t^17 with two dd steps (error ~2^-103).
 */
function atanUnit(bh: number, bl: number): number {
  const i = Math.round(bh * 64);
  const c = i / 64;
  const nh = ddAdd(bh, bl, -c, 0);
  const nl = ddLo[0];
  const mh = ddMul(bh, bl, c, 0);
  const dh = ddAdd(1, 0, mh, ddLo[0]);
  const th = ddDiv(nh, nl, dh, ddLo[0]);
  const tl = ddLo[0];
  const s = th * th;
  const r = 1 / 7 - s * (1 / 9 - s * (1 / 11 - s * (1 / 13 - s * (1 / 15 - s / 17))));
  const s2h = ddMul(th, tl, th, tl);
  const s2l = ddLo[0];
  let ph = ddMul(s2h, s2l, r, 0);
  ph = ddAdd(FIFTH[0], FIFTH[1], -ph, -ddLo[0]);
  ph = ddMul(s2h, s2l, ph, ddLo[0]);
  ph = ddAdd(THIRD[0], THIRD[1], -ph, -ddLo[0]);
  ph = ddMul(s2h, s2l, ph, ddLo[0]);
  ph = ddMul(th, tl, ph, ddLo[0]);
  const ah = ddAdd(th, tl, -ph, -ddLo[0]);
  return ddAdd(ATAN_HI[i], ATAN_LO[i], ah, ddLo[0]);
}

/** atan(n / d) for n, d >= 0 (dd values, not both zero) in [0, π/2] as hi + ddLo[0]. */
function atanRatio(nh: number, nl: number, dh: number, dl: number): number {
  if (!atanBuilt) buildAtan();
  if (nh <= dh) {
    const qh = ddDiv(nh, nl, dh, dl);
    return atanUnit(qh, ddLo[0]);
  }
  const qh = ddDiv(dh, dl, nh, nl);
  const ah = atanUnit(qh, ddLo[0]);
  return ddAdd(PIO2_H, PIO2_L, -ah, -ddLo[0]);
}

/**
 * Ziv's first step for atan(b), 0 <= b = bh + bl <= 1: atanUnit's reduction
 * with the series past t in doubles (to t^11); relative error below 2^-70.
 * Leaves lo in ddLo[0].
 */
function atanFast(bh: number, bl: number): number {
  const i = Math.round(bh * 64);
  const c = i / 64;
  const nh = bh - c; // exact: c is a multiple of bh's ulp and |nh| <= 2^-7
  const p = twoProd(bh, c);
  const pl = ddLo[0] + bl * c;
  const dh = twoSum(1, p);
  const dl = ddLo[0] + pl;
  const th = nh / dh;
  const q = twoProd(th, dh);
  const tl = ((nh - q) - ddLo[0] + bl - th * dl) / dh;
  const u = th * th;
  const tail = tl - th * u * (1 / 3 - u * (1 / 5 - u * (1 / 7 - u * (1 / 9 - u * (1 / 11)))));
  const h = twoSum(ATAN_HI[i], th);
  ddLo[0] += ATAN_LO[i] + tail;
  return h;
}

/** atan(n / d) for dd values n, d > 0 within 2^60 of each other, first by atanFast, else atanRatio. */
function atanQuotient(nh: number, nl: number, dh: number, dl: number): number {
  if (!atanBuilt) buildAtan();
  const swap = nh > dh;
  const num = swap ? dh : nh;
  const numl = swap ? dl : nl;
  const den = swap ? nh : dh;
  const denl = swap ? nl : dl;
  const bh = num / den;
  const p = twoProd(bh, den);
  const bl = ((num - p) - ddLo[0] + numl - bh * denl) / den;
  let h = atanFast(bh, bl);
  let l = ddLo[0];
  if (swap) {
    h = twoSum(PIO2_H, -h);
    l = ddLo[0] + (PIO2_L - l);
  }
  if (settled(h, l)) {
    const r = h + l;
    ddLo[0] = l - (r - h);
    return r;
  }
  return atanRatio(nh, nl, dh, dl);
}

/** Arc tangent. */
export function atan(x: number): number {
  const a = Math.abs(x);
  if (a < TINY_ODD || a !== a) return x;
  if (a > 2 ** 60) return x < 0 ? -Math.PI / 2 : Math.PI / 2;
  const r = atanQuotient(a, 0, 1, 0) + ddLo[0];
  return x < 0 ? -r : r;
}

/** Arc sine: atan(a / sqrt((1 - a)(1 + a))), the product exact in dd. */
export function asin(x: number): number {
  const a = Math.abs(x);
  if (!(a <= 1)) return NaN;
  if (a < TINY_ODD) return x;
  if (a === 1) return x * (Math.PI / 2);
  const sh = sqrtOneMinusSquare(a);
  const r = atanQuotient(a, 0, sh, ddLo[0]) + ddLo[0];
  return x < 0 ? -r : r;
}

/** sqrt((1 - a)(1 + a)) as hi + ddLo[0] for 0 <= a < 1. */
function sqrtOneMinusSquare(a: number): number {
  const mh = twoSum(1, -a);
  const ml = ddLo[0];
  const ph = twoSum(1, a);
  const wh = ddMul(mh, ml, ph, ddLo[0]);
  return ddSqrt(wh, ddLo[0]);
}

/** Arc cosine: atan2(sqrt(1 - x^2), x). */
export function acos(x: number): number {
  const a = Math.abs(x);
  if (!(a <= 1)) return NaN;
  if (x === 1) return 0;
  if (x === -1) return Math.PI;
  if (a < 2 ** -57) return Math.PI / 2;
  const sh = sqrtOneMinusSquare(a);
  const h = atanQuotient(sh, ddLo[0], a, 0);
  if (x > 0) return h + ddLo[0];
  return ddAdd(PI_H, PI_L, -h, -ddLo[0]) + ddLo[0];
}

/** The unbiased binary exponent of a finite nonzero double. */
function exponentOf(x: number): number {
  const e = Math.floor(Math.log2(Math.abs(x)));
  // Math.log2 may round up just below a power of two.
  return pow2Safe(e) > Math.abs(x) ? e - 1 : e;
}

function pow2Safe(e: number): number {
  return e < -1022 ? pow2(-1022) * pow2(Math.max(-1022, e + 1022)) : pow2(Math.min(1023, e));
}

/** Two-argument arc tangent with CPython's special cases (mathmodule's m_atan2). */
export function atan2(y: number, x: number): number {
  if (x !== x || y !== y) return NaN;
  const xNeg = x < 0 || Object.is(x, -0);
  if (!Number.isFinite(y)) {
    if (!Number.isFinite(x)) return Math.sign(y) * (xNeg ? 0.75 * Math.PI : 0.25 * Math.PI);
    return Math.sign(y) * (0.5 * Math.PI);
  }
  const yNeg = y < 0 || Object.is(y, -0);
  if (!Number.isFinite(x) || y === 0) {
    const r = xNeg ? Math.PI : 0;
    return yNeg ? -r : r;
  }
  if (x === 0) return yNeg ? -Math.PI / 2 : Math.PI / 2;
  if (!atanBuilt) buildAtan();
  const ay = Math.abs(y);
  const ax = Math.abs(x);
  const ey = exponentOf(ay);
  const ex = exponentOf(ax);
  let h: number;
  let l: number;
  if (ey - ex > 60) {
    h = PIO2_H;
    l = PIO2_L - ax / ay;
  } else if (ex - ey > 60) {
    if (!xNeg) return y / ax; // atan(q) = q - q^3/3 rounds to q (also when subnormal)
    h = PI_H;
    l = PI_L - ay / ax;
  } else {
    // Both scaled by 2^-ex so the products inside ddDiv cannot overflow or underflow.
    const s = ex > 500 || ex < -500 ? pow2Safe(-ex) : 1;
    h = atanQuotient(ay * s, 0, ax * s, 0);
    l = ddLo[0];
  }
  if (xNeg && !(ex - ey > 60)) {
    h = ddAdd(PI_H, PI_L, -h, -l);
    l = ddLo[0];
  }
  const r = h + l;
  return yNeg ? -r : r;
}

// ------------------------------------------------------------ sin, cos, tan

/** sin(i/64), cos(i/64), i = 0..52, as dd (i/64 covers |r| <= π/4 + 1/128). */
const SIN_HI = new Float64Array(53);
const SIN_LO = new Float64Array(53);
const COS_HI = new Float64Array(53);
const COS_LO = new Float64Array(53);
let trigBuilt = false;

/** The Taylor series of sin and cos at c <= 0.82 in dd to the 30th power (tail below 2^-110). */
function buildTrig(): void {
  if (PI_H === 0) buildPi();
  for (let i = 0; i <= 52; i++) {
    const c = i / 64;
    let termH = c;
    let termL = 0;
    let sh = 0, sl = 0, ch = 1, cl = 0;
    for (let n = 1; n <= 30; n++) {
      // termH = c^n / n!
      if (n > 1) {
        termH = ddMul(termH, termL, c, 0);
        termH = ddDiv(termH, ddLo[0], n, 0);
        termL = ddLo[0];
      }
      const sign = (n >> 1) % 2 === 0 ? 1 : -1;
      if (n % 2 === 1) { sh = ddAdd(sh, sl, sign * termH, sign * termL); sl = ddLo[0]; }
      else { ch = ddAdd(ch, cl, sign * termH, sign * termL); cl = ddLo[0]; }
    }
    SIN_HI[i] = sh; SIN_LO[i] = sl; COS_HI[i] = ch; COS_LO[i] = cl;
  }
  trigBuilt = true;
}

/** The quadrant of the last reduce() call (n mod 4). */
let quadrant = 0;

/**
 * x - n π/2 as hi + ddLo[0], |result| <= π/4, n mod 4 in `quadrant`.
 * Below 2^24: Cody–Waite with π/2 in three doubles, n P1 and n P2 exact by
 * twoProd (the error is near 2^-106 of max(|r|, n 2^-53)). Above: exact
 * BigInt division by π/2 to 1300 bits, enough for any double.
 */
function reduce(x: number): number {
  if (Math.abs(x) < 2 ** 24) {
    const n = Math.round(x * (2 / Math.PI));
    quadrant = n & 3;
    let h = twoProd(n, PIO2_1);
    let s = ddAdd(x, 0, -h, -ddLo[0]);
    let l = ddLo[0];
    h = twoProd(n, PIO2_2);
    s = ddAdd(s, l, -h, -ddLo[0]);
    l = ddLo[0];
    return ddAdd(s, l, -n * PIO2_3, 0);
  }
  bitsView.setFloat64(0, Math.abs(x));
  const hiWord = bitsView.getUint32(0);
  const e = ((hiWord >>> 20) & 0x7ff) - 1075;
  const m = BigInt(((hiWord & 0xfffff) | 0x100000) * 2 ** 32 + bitsView.getUint32(4));
  const big = m << BigInt(e + PREC);
  const q = (big + (pio2Fixed >> 1n)) / pio2Fixed;
  const rem = big - q * pio2Fixed;
  const top = rem >> BigInt(PREC - 200);
  const rh = Number(top);
  const rl = Number(top - BigInt(rh));
  const hh = fastTwoSum(rh * 2 ** -200, rl * 2 ** -200);
  const qq = Number(q & 3n);
  if (x < 0) {
    quadrant = (4 - qq) & 3;
    ddLo[0] = -ddLo[0];
    return -hh;
  }
  quadrant = qq;
  return hh;
}

const SIXTH = recip(6);
const INV24 = recip(24);
const INV120 = recip(120);
const INV720 = recip(720);
/** sin(r) and cos(r) as dd, left here by sinCos. */
const sc = new Float64Array(4);

/**
 * sin and cos of r = rh + rl, |r| <= π/4 + 2^-7: r = c + t, c = i/64 from the
 * table, |t| <= 2^-7; sin t and cos t by their series to t^13 / t^14 with the
 * leading steps in dd; then the addition formulas. Error ~2^-102.
 */
function sinCos(rh: number, rl: number): void {
  if (!trigBuilt) buildTrig();
  const i = Math.round(rh * 64);
  const ai = Math.abs(i);
  const th = ddAdd(rh, rl, -i / 64, 0);
  const tl = ddLo[0];
  const t2h = ddMul(th, tl, th, tl);
  const t2l = ddLo[0];
  const u = t2h;
  // sin t = t - t^3 (1/6 - t^2 (1/120 - t^2 R))
  const rs = 1 / 5040 - u * (1 / 362880 - u * (1 / 39916800 - u / 6227020800));
  let ph = ddMul(t2h, t2l, rs, 0);
  ph = ddAdd(INV120[0], INV120[1], -ph, -ddLo[0]);
  ph = ddMul(t2h, t2l, ph, ddLo[0]);
  ph = ddAdd(SIXTH[0], SIXTH[1], -ph, -ddLo[0]);
  ph = ddMul(t2h, t2l, ph, ddLo[0]);
  ph = ddMul(th, tl, ph, ddLo[0]);
  const sth = ddAdd(th, tl, -ph, -ddLo[0]);
  const stl = ddLo[0];
  // cos t = 1 - t^2 (1/2 - t^2 (1/24 - t^2 (1/720 - t^2 R)))
  const rc = 1 / 40320 - u * (1 / 3628800 - u * (1 / 479001600 - u / 87178291200));
  ph = ddMul(t2h, t2l, rc, 0);
  ph = ddAdd(INV720[0], INV720[1], -ph, -ddLo[0]);
  ph = ddMul(t2h, t2l, ph, ddLo[0]);
  ph = ddAdd(INV24[0], INV24[1], -ph, -ddLo[0]);
  ph = ddMul(t2h, t2l, ph, ddLo[0]);
  ph = ddAdd(0.5, 0, -ph, -ddLo[0]);
  ph = ddMul(t2h, t2l, ph, ddLo[0]);
  const cth = ddAdd(1, 0, -ph, -ddLo[0]);
  const ctl = ddLo[0];
  const sgn = i < 0 ? -1 : 1;
  const sch = sgn * SIN_HI[ai];
  const scl = sgn * SIN_LO[ai];
  const cch = COS_HI[ai];
  const ccl = COS_LO[ai];
  // sin(c + t) = sin c cos t + cos c sin t; cos(c + t) = cos c cos t - sin c sin t
  let a = ddMul(sch, scl, cth, ctl);
  let al = ddLo[0];
  let b = ddMul(cch, ccl, sth, stl);
  sc[0] = ddAdd(a, al, b, ddLo[0]);
  sc[1] = ddLo[0];
  a = ddMul(cch, ccl, cth, ctl);
  al = ddLo[0];
  b = ddMul(sch, scl, sth, stl);
  sc[2] = ddAdd(a, al, -b, -ddLo[0]);
  sc[3] = ddLo[0];
}

/** sin(r) and cos(r) to ~2^-66 as hi + lo pairs (not normalized), left here by sinCosFast. */
const scf = new Float64Array(4);

/**
 * Ziv's first step for sin and cos of r = rh + rl: as sinCos, but sin t and
 * cos t - 1 in doubles past their leading term; the products that carry the
 * leading bits (cos c * t, sin c * t) are exact by twoProd. Error below 2^-66.
 */
function sinCosFast(rh: number, rl: number): void {
  const i = Math.round(rh * 64);
  const ai = Math.abs(i);
  const th = rh - i / 64; // exact: i/64 is a multiple of rh's ulp and |th| <= 2^-7
  const u = th * th + 2 * th * rl;
  // sin t = th + stl, cos t = 1 + pc
  const stl = rl + th * u * (-1 / 6 + u * (1 / 120 + u * (-1 / 5040 + u * (1 / 362880))));
  const pc = u * (-0.5 + u * (1 / 24 + u * (-1 / 720 + u * (1 / 40320))));
  const sgn = i < 0 ? -1 : 1;
  const sch = sgn * SIN_HI[ai];
  const scl = sgn * SIN_LO[ai];
  const cch = COS_HI[ai];
  const ccl = COS_LO[ai];
  // sin(c + t) = sin c + cos c * th + (sin c * pc + cos c * stl + ...)
  let p = twoProd(cch, th);
  let pl = ddLo[0];
  scf[0] = twoSum(sch, p);
  scf[1] = ddLo[0] + pl + scl + sch * pc + cch * stl + ccl * th;
  // cos(c + t) = cos c - sin c * th + (cos c * pc - sin c * stl + ...)
  p = twoProd(sch, th);
  pl = ddLo[0];
  const ch = twoSum(cch, -p);
  const cl = ddLo[0] - pl + ccl + cch * pc - sch * stl - scl * th;
  // Normalized, as tan divides the high words.
  scf[0] = fastTwoSum(scf[0], scf[1]);
  scf[1] = ddLo[0];
  scf[2] = fastTwoSum(ch, cl);
  scf[3] = ddLo[0];
}

/** Whether hi + lo rounds the same at both ends of its ~2^-63 relative error bound. */
function settled(h: number, l: number): boolean {
  const e = Math.abs(h) * 2 ** -63;
  return h + (l - e) === h + (l + e);
}

/** Sine. */
export function sin(x: number): number {
  if (Math.abs(x) < TINY_ODD) return x;
  if (!(Math.abs(x) < Infinity)) return NaN;
  if (!trigBuilt) buildTrig();
  const rh = reduce(x);
  const rl = ddLo[0];
  const q = quadrant;
  sinCosFast(rh, rl);
  const k = (q & 1) * 2; // sin in even quadrants, cos in odd ones
  if (settled(scf[k], scf[k + 1])) {
    const r = scf[k] + scf[k + 1];
    return q >= 2 ? -r : r;
  }
  sinCos(rh, rl);
  const r = sc[k] + sc[k + 1];
  return q >= 2 ? -r : r;
}

/** Cosine. */
export function cos(x: number): number {
  if (Math.abs(x) < TINY_ODD) return 1;
  if (!(Math.abs(x) < Infinity)) return NaN;
  if (!trigBuilt) buildTrig();
  const rh = reduce(x);
  const rl = ddLo[0];
  const q = quadrant;
  sinCosFast(rh, rl);
  const k = 2 - (q & 1) * 2; // cos in even quadrants, sin in odd ones
  const neg = q === 1 || q === 2;
  if (settled(scf[k], scf[k + 1])) {
    const r = scf[k] + scf[k + 1];
    return neg ? -r : r;
  }
  sinCos(rh, rl);
  const r = sc[k] + sc[k + 1];
  return neg ? -r : r;
}

/** Tangent: sin/cos of the reduced argument (-cos/sin in odd quadrants), first from sinCosFast. */
export function tan(x: number): number {
  if (Math.abs(x) < TINY_ODD) return x;
  if (!(Math.abs(x) < Infinity)) return NaN;
  if (!trigBuilt) buildTrig();
  const rh = reduce(x);
  const rl = ddLo[0];
  const odd = (quadrant & 1) === 1;
  sinCosFast(rh, rl);
  const n = odd ? 2 : 0;
  const d = 2 - n;
  // n / d with one correction step: the quotient's error stays near 2^-65.
  const qh = scf[n] / scf[d];
  const ph = twoProd(qh, scf[d]);
  const ql = ((scf[n] - ph) - ddLo[0] + scf[n + 1] - qh * scf[d + 1]) / scf[d];
  if (settled(qh, ql)) return odd ? -(qh + ql) : qh + ql;
  sinCos(rh, rl);
  if (!odd) return ddDiv(sc[0], sc[1], sc[2], sc[3]) + ddLo[0];
  return -(ddDiv(sc[2], sc[3], sc[0], sc[1]) + ddLo[0]);
}
