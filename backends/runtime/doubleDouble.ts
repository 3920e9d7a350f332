// Double-double arithmetic (a value is hi + lo, ~106 bits) and a pow built
// on it: V8's Math.pow is off by an ulp in about one case in ten; glibc's
// pow (CPython's) is correctly rounded except in about one case in 1,200
// (measured: results 0.5005 ulp away), where powCorrect rounds correctly
// and so differs. float ** float uses powCorrect; math.pow can too.
// Invariant: results of the dd helpers are normalized (|lo| <= ulp(hi)/2);
// the second word of a result is left in `ddLo[0]` to avoid allocating pairs
// (a Float64Array cell: a module-level `let` double is boxed on every write).
const SPLIT = 134217729; // 2^27 + 1, Veltkamp's splitter
export const LN2_HI = 0.6931471805599453;
export const LN2_LO = 2.3190468138462996e-17;

/** The low word of the last dd result. */
export const ddLo = new Float64Array(1);

// The bits of a double, to read and build exponents without Math.log2 and 2 ** k.
const bits = new DataView(new ArrayBuffer(8));

/** 2^k for an integer -1022 <= k <= 1023. */
export function pow2(k: number): number {
  bits.setUint32(0, (k + 1023) << 20);
  bits.setUint32(4, 0);
  return bits.getFloat64(0);
}

/** a + b exactly as hi + ddLo[0]. */
export function twoSum(a: number, b: number): number {
  const s = a + b;
  const bb = s - a;
  ddLo[0] = (a - (s - bb)) + (b - bb);
  return s;
}

/** a * b exactly as hi + ddLo[0] (inputs below 2^996 so splitting cannot overflow). */
export function twoProd(a: number, b: number): number {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  ddLo[0] = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  return p;
}

/** (ah + al) * (bh + bl). */
export function ddMul(ah: number, al: number, bh: number, bl: number): number {
  const p = twoProd(ah, bh);
  const e = ddLo[0] + (ah * bl + al * bh);
  const s = p + e;
  ddLo[0] = e - (s - p);
  return s;
}

/** (ah + al) + (bh + bl). */
export function ddAdd(ah: number, al: number, bh: number, bl: number): number {
  const s = twoSum(ah, bh);
  const e = ddLo[0] + al + bl;
  const r = s + e;
  ddLo[0] = e - (r - s);
  return r;
}

/** 1/k! as double-doubles, k = 0..10, for the exp series. */
const INV_FACT_HI: number[] = [];
const INV_FACT_LO: number[] = [];
{
  let fact = 1;
  for (let k = 0; k <= 10; k++) {
    if (k > 0) fact *= k;
    const hi = 1 / fact;
    const p = twoProd(hi, fact);
    INV_FACT_HI.push(hi);
    INV_FACT_LO.push(((1 - p) - ddLo[0]) / fact);
  }
}

/** exp(th + tl) as hi + ddLo[0], for |th| < 709, by squaring (slow; builds the tables). */
function expSlow(th: number, tl: number): number {
  const n = Math.round(th / LN2_HI);
  // r = t - n*ln2, with ln2 as a double-double.
  const ph = twoProd(n, LN2_HI);
  const pl = ddLo[0] + n * LN2_LO;
  let rh = ddAdd(th, tl, -ph, -pl);
  let rl = ddLo[0];
  // exp(r) = (exp(r / 256))^256, the small exponential by its Taylor series.
  rh /= 256;
  rl /= 256;
  let qh = INV_FACT_HI[10];
  let ql = INV_FACT_LO[10];
  for (let k = 9; k >= 1; k--) {
    qh = ddMul(qh, ql, rh, rl);
    ql = ddLo[0];
    qh = ddAdd(qh, ql, INV_FACT_HI[k], INV_FACT_LO[k]);
    ql = ddLo[0];
  }
  qh = ddMul(qh, ql, rh, rl); // q = expm1(r / 256)
  ql = ddLo[0];
  for (let i = 0; i < 8; i++) {
    // expm1(2r) = 2 expm1(r) + expm1(r)^2 keeps the small part exact.
    const sh = ddMul(qh, ql, qh, ql);
    const sl = ddLo[0];
    qh = ddAdd(2 * qh, 2 * ql, sh, sl);
    ql = ddLo[0];
  }
  const h = ddAdd(1, 0, qh, ql);
  const scale = 2 ** n;
  ddLo[0] *= scale;
  return h * scale;
}

/** The table point and exponent of the last `atanhArg` call. */
const split = { k: 0, i: 0 };

/**
 * For a positive normal x = 2^k * m (1 <= m < 2, read off the bits) and the
 * table point c = 1 + (i + 0.5) / 128 nearest m: sets split.k and split.i
 * and returns s = (m - c) / (m + c) as hi + ddLo[0], so that
 * log(x) = k log 2 + log(c) + 2 atanh(s). Within 2^-9 of 1, k = 0 and c = 1
 * (i = NEAR_ONE, whose table entry is log(1) = 0): log(x) is then found
 * without cancelling k log 2 + log(c), so its error stays relative to the
 * small log(x), which a huge y multiplies.
 */
function atanhArg(x: number): number {
  let m: number;
  let c: number;
  if (x > 1 - 2 ** -9 && x < 1 + 2 ** -9) {
    split.k = 0;
    split.i = NEAR_ONE;
    m = x;
    c = 1;
  } else {
    bits.setFloat64(0, x);
    const hi = bits.getUint32(0);
    split.k = ((hi >>> 20) & 0x7ff) - 1023;
    bits.setUint32(0, (hi & 0xfffff) | (1023 << 20));
    m = bits.getFloat64(0);
    const i = Math.min(127, Math.floor((m - 1) * 128));
    split.i = i;
    c = 1 + (i + 0.5) / 128;
  }
  const num = m - c; // exact: m and c are within a factor of two
  const dh = twoSum(m, c);
  const dl = ddLo[0];
  const sh = num / dh;
  // s = num / (dh + dl) to double-double precision.
  const p = twoProd(sh, dh);
  ddLo[0] = ((num - p) - ddLo[0] - sh * dl) / dh;
  return sh;
}

/** log(x) as hi + ddLo[0] for a positive normal x: Math.log refined by one Newton step (slow; builds the tables). */
function logSlow(x: number): number {
  let k = Math.floor(Math.log2(x));
  let m = x / 2 ** k;
  if (m < Math.SQRT1_2) { m *= 2; k -= 1; } else if (m > Math.SQRT2) { m /= 2; k += 1; }
  const l0 = Math.log(m);
  const eh = expSlow(l0, 0);
  const el = ddLo[0];
  // m - exp(l0), exactly, then divided by exp(l0) to first order.
  const dh = twoSum(m, -eh);
  const d = (dh + (ddLo[0] - el)) / eh;
  const lh = twoSum(l0, d);
  const ll = ddLo[0];
  const kh = twoProd(k, LN2_HI);
  const kl = ddLo[0] + k * LN2_LO;
  return ddAdd(kh, kl, lh, ll);
}

// Tables: 2^(j/256) and log(1 + (i + 0.5)/128) as double-doubles, built on
// first use (about a millisecond) so programs without pow do not pay for them.
export const EXP_HI = new Float64Array(256);
export const EXP_LO = new Float64Array(256);
export const LOG_HI = new Float64Array(129);
export const LOG_LO = new Float64Array(129);
/** atanhArg's table index for x near 1 (c = 1): LOG_HI/LOG_LO hold 0 there. */
const NEAR_ONE = 128;
let tablesBuilt = false;

/** Builds the exp/log tables if no caller has yet (libm.ts shares them). */
export function ensureTables(): void {
  if (!tablesBuilt) buildTables();
}

function buildTables(): void {
  for (let j = 0; j < 256; j++) {
    const th = ddMul(LN2_HI, LN2_LO, j / 256, 0);
    EXP_HI[j] = expSlow(th, ddLo[0]);
    EXP_LO[j] = ddLo[0];
  }
  for (let i = 0; i < 128; i++) {
    LOG_HI[i] = logSlow(1 + (i + 0.5) / 128);
    LOG_LO[i] = ddLo[0];
  }
  tablesBuilt = true;
}

/** exp(th + tl) as hi + ddLo[0], for |th| < 709: 2^(n/256) from the table times a short series. */
export function expDD(th: number, tl: number): number {
  const n = Math.round(th * (256 / LN2_HI));
  const j = n & 255;
  const k = (n - j) / 256;
  // r = t - n*ln2/256 with ln2/256 as a double-double; |r| <= ln2/512.
  const ph = twoProd(n, LN2_HI / 256);
  const pl = ddLo[0] + n * (LN2_LO / 256);
  const rh = ddAdd(th, tl, -ph, -pl);
  const rl = ddLo[0];
  // expm1(r): the terms from r^5 on are tiny enough for plain doubles.
  let q = ((((1 / 362880) * rh + 1 / 40320) * rh + 1 / 5040) * rh + 1 / 720) * rh + 1 / 120;
  let qh = q;
  let ql = 0;
  for (let i = 4; i >= 1; i--) {
    qh = ddMul(qh, ql, rh, rl);
    ql = ddLo[0];
    qh = ddAdd(qh, ql, INV_FACT_HI[i], INV_FACT_LO[i]);
    ql = ddLo[0];
  }
  qh = ddMul(qh, ql, rh, rl);
  ql = ddLo[0];
  // 2^(j/256) * (1 + expm1(r)) = T + T * expm1(r).
  q = ddMul(EXP_HI[j], EXP_LO[j], qh, ql);
  const h = ddAdd(EXP_HI[j], EXP_LO[j], q, ddLo[0]);
  const scale = pow2(k);
  ddLo[0] *= scale;
  return h * scale;
}

/** log(x) as hi + ddLo[0] for a positive normal x: log(c) from the table plus 2 atanh((m-c)/(m+c)). */
export function logDD(x: number): number {
  const sh = atanhArg(x);
  const sl = ddLo[0];
  const k = split.k;
  const i = split.i;
  const s2 = sh * sh;
  const tail = sh * s2 * s2 * (1 / 5 + s2 * (1 / 7 + s2 / 9));
  // 2 * (s + s^3/3 + tail)
  const c3h = ddMul(sh, sl, sh, sl);
  const c3l = ddLo[0];
  const cubeh = ddMul(c3h, c3l, sh, sl);
  const cubel = ddLo[0];
  // cube / 3 as a double-double: the remainder of cubeh / 3 taken exactly
  // (3 * q rounds, which cost log(x) near 1 all but 60 bits).
  const q3 = cubeh / 3;
  const p3 = twoProd(3, q3);
  const rem = (cubeh - p3) - ddLo[0];
  let th = ddAdd(sh, sl, q3, (cubel + rem) / 3);
  let tl = ddLo[0];
  th = ddAdd(th, tl, tail, 0);
  tl = ddLo[0];
  const lh = ddAdd(LOG_HI[i], LOG_LO[i], 2 * th, 2 * tl);
  const ll = ddLo[0];
  const kh = twoProd(k, LN2_HI);
  const kl = ddLo[0] + k * LN2_LO;
  return ddAdd(kh, kl, lh, ll);
}

/**
 * x ** y for x in [TINY, HUGE] (tables built) with plain-double tails, or NaN
 * when that does not settle the rounding: Ziv's first step. log(x) is kept to
 * about 2^-80 absolute and exp to 2^-69 relative (the Taylor tails below 2^-20
 * are summed in doubles); FAST_ERR bounds that with a 16x margin, and a result
 * is returned only if both ends of value +- bound round to the same double,
 * so it is the correctly rounded one, as the double-double path would give.
 * About one call in 2,000 goes on to that path.
 */
function powFast(x: number, y: number): number {
  const sh = atanhArg(x);
  const sl = ddLo[0];
  const k = split.k;
  const i = split.i;
  // log(m) = log(c) + 2 atanh(s), |s| < 2^-9: the terms past 2s are below 2^-28.
  const s2 = sh * sh;
  const tail = sh * s2 * (2 / 3 + s2 * (2 / 5 + s2 * (2 / 7 + s2 * (2 / 9))));
  const lh = twoSum(LOG_HI[i], 2 * sh);
  const ll = ddLo[0] + (LOG_LO[i] + 2 * sl + tail);
  const kh = twoProd(k, LN2_HI);
  const kl = ddLo[0] + k * LN2_LO;
  // Both sums renormalized: the next steps read the high words alone (n, the range check), and
  // with a huge y an unnormalized low word (the atanh tail can reach 2^-28) would be multiplied into them.
  const Lh0 = twoSum(kh, lh);
  const Ll0 = ddLo[0] + (kl + ll);
  const Lh = Lh0 + Ll0;
  const Ll = Ll0 - (Lh - Lh0);
  const th0 = twoProd(y, Lh);
  const tl0 = ddLo[0] + y * Ll;
  const th = th0 + tl0;
  const tl = tl0 - (th - th0);
  if (!(th < 700 && th > -700)) return NaN;
  // exp(th + tl) = 2^(n/256) * exp(r), |r| <= ln2/512.
  const n = Math.round(th * (256 / LN2_HI));
  const j = n & 255;
  const ph = twoProd(n, LN2_HI / 256);
  const pl = ddLo[0] + n * (LN2_LO / 256);
  const rh = ddAdd(th, tl, -ph, -pl);
  const rl = ddLo[0];
  const q = rh * rh * (0.5 + rh * (1 / 6 + rh * (1 / 24 + rh * (1 / 120 + rh * (1 / 720 + rh * (1 / 5040))))));
  // T * (1 + expm1(r)) with expm1(r) = rh + (rl + rh*rl + q).
  const t = EXP_HI[j];
  const a = twoProd(t, rh);
  let lo = ddLo[0] + t * (rl + rh * rl + q) + EXP_LO[j] * (1 + rh);
  const h = twoSum(t, a);
  lo += ddLo[0];
  const err = h * (FAST_ERR + Math.abs(y) * FAST_ERR_PER_Y);
  const r = h + lo;
  if (h + (lo - err) !== h + (lo + err)) return NaN;
  return r * pow2((n - j) / 256);
}

/** powFast's error bound relative to the result: a constant part and one growing with |y| (log's absolute error times y). */
const FAST_ERR = 2 ** -64;
const FAST_ERR_PER_Y = 2 ** -74;

const TINY = 2 ** -1000;
const HUGE = 2 ** 1000;

/**
 * x ** y for finite x > 0 and finite y, correctly rounded except in rare
 * near-halfway cases; results outside the normal range fall back to Math.pow.
 */
export function powCorrect(x: number, y: number): number {
  if (x < TINY || x > HUGE || Math.abs(y) > 2 ** 900) return Math.pow(x, y);
  if (!tablesBuilt) buildTables();
  const fast = powFast(x, y);
  if (fast === fast) return fast;
  const lh = logDD(x);
  const ll = ddLo[0];
  const th0 = twoProd(y, lh);
  const tl0 = ddLo[0] + y * ll;
  const th = th0 + tl0;
  const tl = tl0 - (th - th0);
  if (!(th < 709 && th > -708)) return Math.pow(x, y);
  const h = expDD(th, tl);
  return h + ddLo[0];
}
