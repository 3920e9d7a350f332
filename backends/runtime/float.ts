// Python float semantics: the PyFloat box, repr, arithmetic with CPython's
// errors, round, parsing, hashing, hex, and the exact float-to-decimal
// conversion (CPython's PyOS_double_to_string) that repr, format() and
// %-formatting share.
// Invariant: digits are computed from the exact binary value with ties to
// even, as CPython's dtoa does; JS's toFixed/toPrecision round ties away.
import { raiseError } from './object.js';
import { type Int, big, bitLengthBig, intFromFloat, intHash, normalize, roundBigToDouble, ldexp } from './int.js';
import { PyComplex, complexPow } from './complex.js';
import { powCorrect } from './doubleDouble.js';

export class PyFloat {
  constructor(readonly value: number) {}
}

// ---- exact decomposition ----

const view = new DataView(new ArrayBuffer(8));

/** |x| = m * 2^e exactly, for finite nonzero x; m is odd unless x is 0. */
export function decompose(x: number): { m: bigint; e: number } {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (biased === 0) e = -1074;
  else { m |= 1n << 52n; e = biased - 1075; }
  if (m === 0n) return { m, e: 0 };
  while ((m & 0xffn) === 0n) { m >>= 8n; e += 8; }
  while ((m & 1n) === 0n) { m >>= 1n; e += 1; }
  return { m, e };
}

/**
 * The decimal digits of |x| (finite), as CPython's _Py_dg_dtoa: value =
 * 0.DIGITS * 10^decpt, trailing zeros stripped, "0" with decpt 1 for zero.
 * mode 0: shortest round-tripping; mode 2: `ndigits` significant digits;
 * mode 3: rounded at 10^-ndigits.
 */
export function floatDigits(x: number, mode: 0 | 2 | 3, ndigits: number): { digits: string; decpt: number } {
  x = Math.abs(x);
  if (x === 0) return { digits: '0', decpt: 1 };
  if (mode === 0) return exponentialDigits(x.toExponential());
  // JS's toFixed/toExponential are exact but round ties away from zero, so
  // use them only where the value cannot lie exactly halfway.
  // Where a tie is possible (x * 2^(p+1) is an integer, as for 0.5 or 2.25),
  // x has at most p+1 decimals, so toFixed(p + 1) is x exactly and is
  // rounded half to even here.
  if (x < 1e21 && ndigits <= 100) {
    if (mode === 3 && ndigits >= 0) {
      if (!tiePossible(x, ndigits)) return fixedDigits(x.toFixed(ndigits));
      if (ndigits < 100) {
        const d = fixedDigits(x.toFixed(ndigits + 1));
        return roundDigits(d.digits, d.decpt, d.decpt + ndigits);
      }
    }
    if (mode === 2 && ndigits >= 1) {
      const s = x.toExponential(ndigits - 1);
      const p = ndigits - 1 - Number(s.slice(s.indexOf('e') + 1));
      const tie = tiePossible(x, p) || tiePossible(x, p + 1);
      if (!tie) return exponentialDigits(s);
      // With p < -1 a tie needs an integral x, which toFixed(0) gives exactly.
      if (p + 2 <= 100) {
        const d = fixedDigits(x.toFixed(Math.max(0, p + 2)));
        return roundDigits(d.digits, d.decpt, ndigits);
      }
    }
  }
  const { m, e } = decompose(x);
  let exact: string;
  let scale: number; // value = exact * 10^-scale
  if (e >= 0) { exact = (m << BigInt(e)).toString(); scale = 0; }
  else { exact = (m * 5n ** BigInt(-e)).toString(); scale = -e; }
  const decpt = exact.length - scale;
  const keep = mode === 2 ? Math.max(ndigits, 1) : decpt + ndigits;
  return roundDigits(exact, decpt, keep);
}

/** Digits of JS's `d.ddde+N` output, trailing zeros stripped. */
function exponentialDigits(s: string): { digits: string; decpt: number } {
  const ePos = s.indexOf('e');
  return stripZeros(s.slice(0, ePos).replace('.', ''), Number(s.slice(ePos + 1)) + 1);
}

/** Digits of JS's positional toFixed output. */
function fixedDigits(s: string): { digits: string; decpt: number } {
  const dot = s.indexOf('.');
  const intPart = dot < 0 ? s : s.slice(0, dot);
  const all = dot < 0 ? s : intPart + s.slice(dot + 1);
  let z = 0;
  while (z < all.length && all.charCodeAt(z) === 48) z++;
  if (z === all.length) return { digits: '0', decpt: 1 };
  return stripZeros(all.slice(z), intPart.length - z);
}

/**
 * Whether x (> 0) could lie exactly halfway between two multiples of 10^-p:
 * then x = (2k+1) / (2 * 10^p), which for a binary x needs x * 2^(p+1) to be
 * an integer (p >= 0), or x an integer with x mod 10^-p = 10^-p / 2 (p < 0).
 */
function tiePossible(x: number, p: number): boolean {
  if (p >= 0) {
    const y = x * 2 ** (p + 1);
    return !isFinite(y) || Number.isInteger(y);
  }
  if (!Number.isInteger(x)) return false;
  const m = 10 ** -p;
  if (x > Number.MAX_SAFE_INTEGER || m > Number.MAX_SAFE_INTEGER) return true;
  return (x % m) * 2 === m;
}

/** Keeps the first `keep` digits of 0.EXACT * 10^decpt, rounding half to even. */
function roundDigits(exact: string, decpt: number, keep: number): { digits: string; decpt: number } {
  if (keep >= exact.length) return stripZeros(exact, decpt);
  if (keep < 0) return { digits: '0', decpt: 1 };
  const first = exact.charCodeAt(keep) - 48;
  let up = first > 5;
  if (first === 5) {
    up = /[1-9]/.test(exact.slice(keep + 1)) || (keep > 0 && (exact.charCodeAt(keep - 1) - 48) % 2 === 1);
  }
  let kept = exact.slice(0, keep);
  if (up) {
    const bumped = keep === 0 ? '1' : (BigInt(kept) + 1n).toString();
    if (bumped.length > kept.length) decpt += 1;
    kept = bumped;
  }
  if (kept === '' || /^0*$/.test(kept)) return { digits: '0', decpt: 1 };
  return stripZeros(kept, decpt);
}

function stripZeros(digits: string, decpt: number): { digits: string; decpt: number } {
  let end = digits.length;
  while (end > 1 && digits.charCodeAt(end - 1) === 48) end--;
  return { digits: digits.slice(0, end), decpt };
}

export interface DoubleFormatFlags {
  /** '+' or ' ' before non-negative values, '' for none. */
  sign?: '' | '+' | ' ';
  /** Add ".0" to an integral result without exponent (repr, format without type). */
  addDot0?: boolean;
  /** '#': keep the decimal point and, for 'g', trailing zeros. */
  alt?: boolean;
  /** 'z': a value that rounds to zero loses its minus sign. */
  noNegZero?: boolean;
}

/**
 * CPython's PyOS_double_to_string for codes 'e' 'f' 'g' 'r' (lowercase;
 * callers upper-case for 'E' 'F' 'G'). 'r' ignores precision.
 */
export function formatDouble(x: number, code: 'e' | 'f' | 'g' | 'r', precision: number, flags: DoubleFormatFlags = {}): string {
  const signChar = flags.sign ?? '';
  if (x !== x) return signChar + 'nan';
  const negative = x < 0 || Object.is(x, -0);
  if (x === Infinity || x === -Infinity) return (negative ? '-' : signChar) + 'inf';
  let mode: 0 | 2 | 3;
  switch (code) {
    case 'e': mode = 2; precision += 1; break;
    case 'f': mode = 3; break;
    case 'g': mode = 2; if (precision === 0) precision = 1; break;
    case 'r': mode = 0; break;
    default: throw new Error(`internal: formatDouble code ${code as string}`);
  }
  const { digits, decpt: decpt0 } = floatDigits(x, mode, precision);
  let decpt = decpt0;
  const digitsLen = digits.length;
  let useExp = false;
  let vdigitsEnd = digitsLen;
  switch (code) {
    case 'e': useExp = true; vdigitsEnd = precision; break;
    case 'f': vdigitsEnd = decpt + precision; break;
    case 'g':
      if (decpt <= -4 || decpt > (flags.addDot0 ? precision - 1 : precision)) useExp = true;
      if (flags.alt) vdigitsEnd = precision;
      break;
    case 'r': if (decpt <= -4 || decpt > 16) useExp = true; break;
  }
  let exp = 0;
  if (useExp) { exp = decpt - 1; decpt = 1; }
  const vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && flags.addDot0) vdigitsEnd = Math.max(vdigitsEnd, decpt + 1);
  else vdigitsEnd = Math.max(vdigitsEnd, decpt);

  const isZero = digits === '0';
  let out = negative && !(flags.noNegZero && isZero) ? '-' : signChar;
  if (decpt <= 0) out += '0.' + '0'.repeat(-decpt);
  else out += '0'.repeat(-vdigitsStart);
  if (decpt > 0 && decpt <= digitsLen) out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else out += digits;
  if (digitsLen < decpt) out += '0'.repeat(decpt - digitsLen) + '.' + '0'.repeat(vdigitsEnd - decpt);
  else out += '0'.repeat(Math.max(0, vdigitsEnd - digitsLen));
  if (out.endsWith('.') && !flags.alt) out = out.slice(0, -1);
  if (useExp) {
    const a = Math.abs(exp);
    out += 'e' + (exp < 0 ? '-' : '+') + (a < 10 ? '0' + a : String(a));
  }
  return out;
}

// ---- repr ----

/** repr(float) and str(float), as CPython: shortest round-trip digits. */
export function floatRepr(x: number): string {
  const a = Math.abs(x);
  if (a < 1e16 && a >= 1e-4) {
    // JS's shortest digits agree with CPython's, and in this range both use
    // positional notation; only integral values need the ".0".
    const s = String(x);
    return Number.isInteger(x) ? s + '.0' : s;
  }
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  return formatDouble(x, 'r', 0, { addDot0: true });
}

// ---- arithmetic ----

function overflowRange(): never {
  return raiseError('OverflowError', "(34, 'Numerical result out of range')");
}

export function floatTrueDiv(a: number, b: number): number {
  if (b === 0) raiseError('ZeroDivisionError', 'float division by zero');
  return a / b;
}

/** Python's float `%`: sign of the divisor, as CPython's float_rem. */
export function floatMod(a: number, b: number): number {
  if (b === 0) raiseError('ZeroDivisionError', 'float modulo');
  let mod = a % b;
  // C's `if (mod)` is true for NaN, so NaN results pass through unchanged.
  if (mod !== 0) {
    if ((b < 0) !== (mod < 0)) mod += b;
  } else {
    mod = b < 0 ? -0 : 0;
  }
  return mod;
}

function divmodUnchecked(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) { mod += wx; div -= 1; }
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = (vx / wx < 0 || Object.is(vx / wx, -0)) ? -0 : 0;
  }
  return [floordiv, mod];
}

export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) raiseError('ZeroDivisionError', 'float floor division by zero');
  return divmodUnchecked(a, b)[0];
}

export function floatDivmod(a: number, b: number): [number, number] {
  if (b === 0) raiseError('ZeroDivisionError', 'float divmod()');
  return divmodUnchecked(a, b);
}

/** float ** float as CPython's float_pow; a negative base with a fractional exponent gives a complex. */
export function floatPow(iv: number, iw: number): number | PyComplex {
  if (iw === 0) return 1;
  if (iv !== iv) return iv;
  if (iw !== iw) return iv === 1 ? 1 : iw;
  if (iw === Infinity || iw === -Infinity) {
    const a = Math.abs(iv);
    if (a === 1) return 1;
    return (a > 1) === (iw > 0) ? Infinity : 0;
  }
  if (iv === Infinity || iv === -Infinity) {
    const oddInteger = Number.isInteger(iw) && Math.abs(iw % 2) === 1;
    if (iw > 0) return oddInteger ? iv : Infinity;
    return oddInteger && iv < 0 ? -0 : 0;
  }
  if (iv === 0) {
    if (iw < 0) raiseError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    const oddInteger = Number.isInteger(iw) && Math.abs(iw % 2) === 1;
    return oddInteger ? iv : 0;
  }
  if (iv < 0 && !Number.isInteger(iw)) return complexPow(new PyComplex(iv, 0), new PyComplex(iw, 0));
  let r: number;
  if (Number.isInteger(iw) && Math.abs(iw) <= 1024) r = powInteger(iv, iw);
  else if (iw === 0.5) r = Math.sqrt(iv);
  else if (iv > 0) r = powCorrect(iv, iw);
  else r = Math.abs(iw % 2) === 1 ? -powCorrect(-iv, iw) : powCorrect(-iv, iw);
  if (r === Infinity || r === -Infinity) overflowRange();
  return r;
}

/**
 * x ** n for an integral n, correctly rounded like the C library's pow
 * (V8's Math.pow multiplies repeatedly and can be off by an ulp).
 */
function powInteger(x: number, n: number): number {
  if (n === 1) return x;
  if (n === 2) return x * x;
  if (n === -1) return 1 / x;
  const negative = x < 0 && Math.abs(n % 2) === 1;
  const { m, e } = decompose(x);
  const k = Math.abs(n);
  const mk = m ** BigInt(k);
  let r: number;
  if (n > 0) {
    r = roundBigToDouble(mk, e * k, false);
  } else {
    // 1 / (mk * 2^(e*k)): scale the numerator so the quotient keeps 60+ bits.
    const shift = bitLengthBig(mk) + 64;
    const q = (1n << BigInt(shift)) / mk;
    const sticky = (1n << BigInt(shift)) % mk !== 0n;
    r = roundBigToDouble(q, -shift - e * k, sticky);
  }
  return negative ? -r : r;
}

// ---- rounding and conversion ----

/** round(x) with no ndigits: ties to even, an int. */
export function floatRoundToInt(x: number): Int {
  if (x !== x) raiseError('ValueError', 'cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) raiseError('OverflowError', 'cannot convert float infinity to integer');
  const f = Math.floor(x);
  const diff = x - f;
  let r = f;
  if (diff > 0.5 || (diff === 0.5 && f % 2 !== 0)) r = f + 1;
  return intFromFloat(r);
}

/** round(x, ndigits) as CPython's double_round: correctly rounded via the exact decimal. */
export function floatRound(x: number, ndigits: Int): number {
  if (!isFinite(x) || x === 0) return x;
  // CPython's NDIGITS_MAX and NDIGITS_MIN for IEEE doubles.
  if (ndigits > 323) return x;
  if (ndigits < -308) return x < 0 ? -0 : 0;
  const n = Number(ndigits);
  const { digits, decpt } = floatDigits(x, 3, n);
  const r = Number(`0.${digits}e${decpt}`);
  if (!isFinite(r)) raiseError('OverflowError', 'rounded value too large to represent');
  return x < 0 ? -r : r;
}

export function floatIsInteger(x: number): boolean {
  return Number.isInteger(x);
}

export function floatAsIntegerRatio(x: number): [Int, Int] {
  if (x !== x) raiseError('ValueError', 'cannot convert NaN to integer ratio');
  if (!isFinite(x)) raiseError('OverflowError', 'cannot convert Infinity to integer ratio');
  if (x === 0) return [0, 1];
  const { m, e } = decompose(x);
  const num = x < 0 ? -m : m;
  if (e >= 0) return [normalize(num << BigInt(e)), 1];
  return [normalize(num), normalize(1n << BigInt(-e))];
}

const HASH_BITS = 61n;
const HASH_MODULUS = (1n << HASH_BITS) - 1n;

/** hash(float) as CPython's _Py_HashDouble; NaN hashes by identity there, so callers pass `nanHash`. */
export function floatHash(x: number, nanHash = 0): Int {
  if (Number.isInteger(x) && Math.abs(x) <= Number.MAX_SAFE_INTEGER) return intHash(x === 0 ? 0 : x);
  if (x !== x) return nanHash;
  if (x === Infinity) return 314159;
  if (x === -Infinity) return -314159;
  const { m, e } = decompose(x);
  // 2^61 ≡ 1 (mod 2^61-1), so a power of two reduces to a rotation.
  const shift = BigInt(((e % 61) + 61) % 61);
  let h = ((m % HASH_MODULUS) << shift) % HASH_MODULUS;
  if (x < 0) h = -h;
  if (h === -1n) h = -2n;
  return normalize(h);
}

// ---- parsing ----

const FLOAT_RE = /^[+-]?(?:(?:\d(?:_?\d)*)(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const SPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i;

/** Parses Python float syntax (underscores, inf, nan); null when invalid. Shared by float(str) and float(bytes). */
export function parseFloatLiteral(s: string): number | null {
  if (FLOAT_RE.test(s)) return Number(s.replace(/_/g, ''));
  const m = SPECIAL_RE.exec(s);
  if (m === null) return null;
  const sign = m[1] === '-' ? -1 : 1;
  return m[2].toLowerCase() === 'nan' ? NaN : sign * Infinity;
}

let decimalValue: (cp: number) => number = () => -1;
let reprForError: (s: string) => string = (s) => `'${s}'`;
/** str.ts supplies the Unicode decimal table and str repr. */
export function setFloatStringHelpers(decimal: (cp: number) => number, repr: (s: string) => string): void {
  decimalValue = decimal;
  reprForError = repr;
}

const STRIP_RE = /^[\s\x1c-\x1f\x85]+|[\s\x1c-\x1f\x85]+$/g;

/** float(s) for a str s. */
const PLAIN_FLOAT_RE = /^[+-]?\d+(?:\.\d*)?(?:[eE][+-]?\d+)?$/;

export function floatFromString(s: string): number {
  if (PLAIN_FLOAT_RE.test(s)) return Number(s);
  let t = s.replace(STRIP_RE, '');
  if (!/^[\x00-\x7f]*$/.test(t)) {
    let out = '';
    for (const ch of t) {
      const d = decimalValue(ch.codePointAt(0)!);
      out += d >= 0 ? String(d) : ch;
    }
    t = out;
  }
  const r = parseFloatLiteral(t);
  if (r === null) raiseError('ValueError', `could not convert string to float: ${reprForError(s)}`);
  return r;
}

// ---- hex ----

/** float.hex() as CPython. */
export function floatHex(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return sign + '0x0.0p+0';
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const frac = ((BigInt(hi & 0xfffff) << 32n) | BigInt(lo)).toString(16).padStart(13, '0');
  const exp = biased === 0 ? -1022 : biased - 1023;
  return `${sign}0x${biased === 0 ? '0' : '1'}.${frac}p${exp < 0 ? '-' : '+'}${Math.abs(exp)}`;
}

const HEX_RE = /^([+-])?(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/i;

/** float.fromhex(s) as CPython: exact, correctly rounded. */
export function floatFromHex(s: string): number {
  const t = s.replace(STRIP_RE, '');
  const special = SPECIAL_RE.exec(t);
  if (special !== null) return parseFloatLiteral(t)!;
  const m = HEX_RE.exec(t);
  if (m === null || (m[2] === '' && (m[3] ?? '') === '')) raiseError('ValueError', 'invalid hexadecimal floating-point string');
  const intPart = m[2];
  const fracPart = m[3] ?? '';
  let mant = BigInt('0x0' + intPart + fracPart);
  let exp = Number(m[4] ?? '0') - 4 * fracPart.length;
  let value = 0;
  if (mant !== 0n) {
    if (!isFinite(exp)) exp = exp > 0 ? 1e9 : -1e9;
    // Clamp hugely negative exponents to a bit past the subnormal range, keeping a sticky bit.
    let sticky = false;
    const bl = mant.toString(2).length;
    if (bl + exp < -1100) { mant = 1n; exp = -1200; sticky = false; }
    value = roundBigToDouble(mant, exp, sticky);
    if (value === Infinity) raiseError('OverflowError', 'hexadecimal value too large to represent as a float');
  }
  return m[1] === '-' ? -value : value;
}

/** x * 2^e as C's ldexp, re-exported for math. */
export { ldexp };

/** Floor/ceil/trunc as ints (float.__floor__ etc.). */
export function floatFloor(x: number): Int { return intFromFloat(Math.floor(x)); }
export function floatCeil(x: number): Int { return intFromFloat(Math.ceil(x)); }
export function floatTrunc(x: number): Int { return intFromFloat(x); }

/** Exact int value of an integral float (for int/float mixed arithmetic on bigints). */
export function floatToBig(x: number): bigint {
  return big(intFromFloat(x));
}
