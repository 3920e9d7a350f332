// Python int semantics on pvm's int representation: a JS number holding a safe
// integer (never -0) or a JS bigint when outside ±(2^53-1).
// Invariant: every function here takes and returns normalized ints (a bigint
// result that fits a safe integer comes back as a number). Bools are converted
// by the caller (`+b`); small-int paths allocate nothing.
import { raiseError } from './object.js';

export type Int = number | bigint;

export const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const MAX_SAFE_BIG = BigInt(MAX_SAFE);
/** Below this magnitude a difference or sum of two operands is still exact in a double. */
const HALF_SAFE = 2 ** 52;
/** CPython 3.11's default sys.int_info.default_max_str_digits. */
export const MAX_STR_DIGITS = 4300;
/** sys.set_int_max_str_digits' current limit on decimal conversions (0: none). */
export let maxStrDigits = MAX_STR_DIGITS;
export function setMaxStrDigits(n: number): void { maxStrDigits = n; }
/** The modulus of CPython's numeric hash (sys.hash_info.modulus). */
const HASH_MODULUS = (1n << 61n) - 1n;

export function normalize(b: bigint): Int {
  return b <= MAX_SAFE_BIG && b >= -MAX_SAFE_BIG ? Number(b) : b;
}

export function big(a: Int): bigint {
  return typeof a === 'bigint' ? a : BigInt(a);
}

export function isInt(v: unknown): v is Int {
  return typeof v === 'number' || typeof v === 'bigint';
}

// ---- arithmetic ----

export function intAdd(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return normalize(big(a) + big(b));
}

export function intSub(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return normalize(big(a) - big(b));
}

export function intMul(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    // A true product within ±MAX_SAFE is exact in a double, and rounding is
    // monotonic, so a rounded product within the bound means an exact one.
    const r = a * b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r === 0 ? 0 : r;
  }
  return normalize(big(a) * big(b));
}

export function intNeg(a: Int): Int {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  return normalize(-a);
}

export function intAbs(a: Int): Int {
  if (typeof a === 'number') return Math.abs(a);
  return a < 0n ? -a : a;
}

export function intInvert(a: Int): Int {
  if (typeof a === 'number') {
    const r = -a - 1;
    if (r >= -MAX_SAFE) return r;
  }
  return normalize(-big(a) - 1n);
}

function zeroDivision(message: string): never {
  return raiseError('ZeroDivisionError', message);
}

/** Python's `%`: the result takes the divisor's sign. */
export function intMod(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) zeroDivision('integer modulo by zero');
    if (a <= HALF_SAFE && a >= -HALF_SAFE && b <= HALF_SAFE && b >= -HALF_SAFE) {
      // floor(a / b) is exact here (see intFloorDiv) and so is q * b, so the
      // remainder takes the divisor's sign without a correction step.
      return a - Math.floor(a / b) * b;
    }
    const r = a % b; // fmod is exact for doubles
    if (r === 0) return 0;
    return (r < 0) !== (b < 0) ? r + b : r;
  }
  const bb = big(b);
  if (bb === 0n) zeroDivision('integer modulo by zero');
  return normalize(bigMod(big(a), bb));
}

function bigMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

function bigFloorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** Python's `//`: floor division. */
export function intFloorDiv(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) zeroDivision('integer division or modulo by zero');
    if (a <= HALF_SAFE && a >= -HALF_SAFE) {
      // With |a| <= 2^52 a non-integral quotient stays more than half an ulp
      // away from the next integer, so floor of the rounded quotient is exact.
      return Math.floor(a / b) + 0;
    }
  }
  const bb = big(b);
  if (bb === 0n) zeroDivision('integer division or modulo by zero');
  return normalize(bigFloorDiv(big(a), bb));
}

export function intDivmod(a: Int, b: Int): [Int, Int] {
  if ((typeof b === 'number' && b === 0) || b === 0n) zeroDivision('integer division or modulo by zero');
  return [intFloorDiv(a, b), intMod(a, b)];
}

export function bitLengthBig(a: bigint): number {
  if (a < 0n) a = -a;
  if (a === 0n) return 0;
  // toString(16) is linear; the top hex digit fixes the last few bits.
  const hex = a.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
}

export function intBitLength(a: Int): number {
  if (typeof a === 'number') {
    const m = Math.abs(a);
    if (m < 2 ** 31) return 32 - Math.clz32(m);
    return bitLengthBig(BigInt(m));
  }
  return bitLengthBig(a);
}

export function intBitCount(a: Int): number {
  let m = big(a);
  if (m < 0n) m = -m;
  let count = 0;
  for (const ch of m.toString(16)) count += HEX_POPCOUNT[parseInt(ch, 16)];
  return count;
}
const HEX_POPCOUNT = [0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4];

/** x * 2^e without intermediate overflow or underflow (C's ldexp). */
export function ldexp(x: number, e: number): number {
  while (e > 1000) { x *= 2 ** 1000; e -= 1000; if (!isFinite(x)) return x; }
  while (e < -1000) { x *= 2 ** -1000; e += 1000; if (x === 0) return x; }
  // Split the last step so a subnormal result is rounded only once.
  if (e < -1022) return x * 2 ** (e + 60) * 2 ** -60;
  return x * 2 ** e;
}

/**
 * Correctly rounded (ties to even) value of q * 2^exp, where `sticky` says the
 * true value lies strictly above q * 2^exp (bits were lost below q). q >= 0.
 * Returns Infinity on overflow; callers decide the error.
 */
export function roundBigToDouble(q: bigint, exp: number, sticky: boolean): number {
  const bl = bitLengthBig(q);
  if (bl === 0) return 0;
  const top = bl + exp; // the value lies in [2^(top-1), 2^top)
  if (top > 1024) return Infinity;
  let precision = 53;
  if (top - 1 < -1022) precision = top + 1074; // subnormal: fewer bits survive
  if (precision < 0) return 0;
  if (precision >= bl) return ldexp(Number(q), exp);
  const drop = BigInt(bl - precision);
  let keep = q >> drop;
  const rem = q & ((1n << drop) - 1n);
  const half = 1n << (drop - 1n);
  if (rem > half || (rem === half && (sticky || (keep & 1n) === 1n))) keep += 1n;
  const r = ldexp(Number(keep), exp + Number(drop));
  return r;
}

/** int -> float as CPython's PyLong_AsDouble, with its OverflowError. */
export function intToFloat(a: Int): number {
  if (typeof a === 'number') return a;
  const r = Number(a); // ECMAScript rounds BigInt to Number ties-to-even
  if (!isFinite(r)) raiseError('OverflowError', 'int too large to convert to float');
  return r;
}

/** Python's `/` on ints: the correctly rounded quotient, as CPython's long_true_divide. */
export function intTrueDiv(a: Int, b: Int): number {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) zeroDivision('division by zero');
    return a / b; // both exact doubles: IEEE division is correctly rounded
  }
  let n = big(a);
  let d = big(b);
  if (d === 0n) zeroDivision('division by zero');
  const negative = (n < 0n) !== (d < 0n);
  if (n < 0n) n = -n;
  if (d < 0n) d = -d;
  if (n === 0n) return negative ? -0 : 0;
  // Scale so the quotient has at least 55 bits, then round once with a sticky bit.
  const shift = bitLengthBig(n) - bitLengthBig(d) - 56;
  if (shift > 0) d <<= BigInt(shift);
  else n <<= BigInt(-shift);
  const q = n / d;
  const sticky = n % d !== 0n;
  const r = roundBigToDouble(q, shift, sticky);
  if (r === Infinity) raiseError('OverflowError', 'integer division result too large for a float');
  return negative ? -r : r;
}

// ---- powers ----

// V8 refuses BigInts over 2**30 bits (a RangeError); pvm reports a result that large as CPython
// reports one it cannot allocate.
const MAX_BIGINT_BITS = 2 ** 30;
const MAX_LONG_DIGITS = ((1n << 63n) - 1n - 24n) / 4n;

function bitsOf(a: Int): number {
  return typeof a === 'number' ? Math.ceil(Math.log2(Math.abs(a) + 1)) : bitLengthBig(a);
}

/** a ** b for b >= 0 (callers route negative exponents to float pow). */
export function intPowNonNegative(a: Int, b: Int): Int {
  if (typeof b === 'bigint') {
    // Only bases 0, 1 and -1 give a result that fits anywhere.
    if (a === 0 || a === 1) return a;
    if (a === -1) return (b & 1n) === 0n ? 1 : -1;
    raiseError('OverflowError', 'exponent too large');
  }
  if (typeof a === 'number') {
    let result = 1;
    let base = a;
    let e = b;
    while (true) {
      if (e & 1) {
        const r = result * base;
        if (!(r <= MAX_SAFE && r >= -MAX_SAFE)) return bigPow(a, b);
        result = r;
      }
      e = Math.floor(e / 2);
      if (e === 0) return result === 0 ? 0 : result;
      const sq = base * base;
      if (sq > MAX_SAFE) return bigPow(a, b);
      base = sq;
    }
  }
  if ((bitsOf(a) - 1) * b >= MAX_BIGINT_BITS) raiseError('MemoryError', '');
  return normalize(a ** BigInt(b));
}

function bigPow(a: number, b: number): Int {
  if ((bitsOf(a) - 1) * b >= MAX_BIGINT_BITS) raiseError('MemoryError', '');
  return normalize(big(a) ** BigInt(b));
}

/** pow(a, b, m) with CPython's rules: m != 0, negative b means a modular inverse. */
export function intPowMod(a: Int, b: Int, m: Int): Int {
  let mod = big(m);
  if (mod === 0n) raiseError('ValueError', 'pow() 3rd argument cannot be 0');
  const negativeMod = mod < 0n;
  if (negativeMod) mod = -mod;
  let base = bigMod(big(a), mod);
  let e = big(b);
  if (e < 0n) {
    base = modInverse(base, mod);
    e = -e;
  }
  let result = mod === 1n ? 0n : 1n;
  while (e > 0n) {
    if (e & 1n) result = (result * base) % mod;
    e >>= 1n;
    if (e > 0n) base = (base * base) % mod;
  }
  if (negativeMod && result !== 0n) result -= mod;
  return normalize(result);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) raiseError('ValueError', 'base is not invertible for the given modulus');
  return bigMod(oldS, m);
}

// ---- bits ----

function isInt32(a: Int): a is number {
  return typeof a === 'number' && (a | 0) === a;
}

export function intLShift(a: Int, b: Int): Int {
  if (b < 0) raiseError('ValueError', 'negative shift count');
  if (a === 0) return 0;
  // CPython's result needs about b / 30 digits: past MAX_LONG_DIGITS an OverflowError, else (here) memory.
  if (BigInt(b) / 30n + BigInt(Math.ceil(bitsOf(a) / 30)) >= MAX_LONG_DIGITS) raiseError('OverflowError', 'too many digits in integer');
  if (typeof b === 'bigint') raiseError('MemoryError', '');
  if (typeof a === 'number' && b < 32) {
    const r = a * 2 ** b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  if (bitsOf(a) + b >= MAX_BIGINT_BITS) raiseError('MemoryError', '');
  return normalize(big(a) << BigInt(b));
}

export function intRShift(a: Int, b: Int): Int {
  if (b < 0) raiseError('ValueError', 'negative shift count');
  if (typeof b === 'bigint' || b > 2 ** 40) return a < 0 ? -1 : 0;
  if (typeof a === 'number') {
    if ((a | 0) === a && b < 32) return a >> b;
    if (b >= 64) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** b);
  }
  return normalize(a >> BigInt(b));
}

export function intAnd(a: Int, b: Int): Int {
  if (isInt32(a) && isInt32(b)) return a & b;
  return normalize(big(a) & big(b));
}

export function intOr(a: Int, b: Int): Int {
  if (isInt32(a) && isInt32(b)) return a | b;
  return normalize(big(a) | big(b));
}

export function intXor(a: Int, b: Int): Int {
  if (isInt32(a) && isInt32(b)) return a ^ b;
  return normalize(big(a) ^ big(b));
}

// ---- comparisons ----

/** -1, 0 or 1. Mixed number/bigint compare exactly (JS relational ops do). */
export function intCompare(a: Int, b: Int): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function intEq(a: Int, b: Int): boolean {
  // A normalized bigint never equals a number, but == keeps callers honest.
  return a == b;
}

/** Exact comparison of an int with a float: -1, 0, 1, or NaN when f is NaN. */
export function intCompareFloat(a: Int, f: number): number {
  if (f !== f) return NaN;
  if (typeof a === 'number') return a < f ? -1 : a > f ? 1 : 0;
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  const fi = Math.floor(f);
  const fb = BigInt(fi);
  if (a < fb) return -1;
  if (a > fb) return 1;
  return fi === f ? 0 : -1;
}

// ---- hashing ----

/** hash(int) as CPython: reduce modulo 2^61-1 keeping the sign; -1 becomes -2. */
export function intHash(a: Int): Int {
  if (typeof a === 'number') return a === -1 ? -2 : a;
  const negative = a < 0n;
  let h = (negative ? -a : a) % HASH_MODULUS;
  if (negative) h = -h;
  if (h === -1n) h = -2n;
  return normalize(h);
}

// ---- conversions ----

/** int(x) for a float x: truncation, with CPython's errors for NaN and infinities. */
export function intFromFloat(x: number): Int {
  if (x !== x) raiseError('ValueError', 'cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) raiseError('OverflowError', 'cannot convert float infinity to integer');
  const t = Math.trunc(x);
  if (t <= MAX_SAFE && t >= -MAX_SAFE) return t === 0 ? 0 : t;
  return BigInt(t);
}

function digitLimitError(): never {
  return raiseError('ValueError', `Exceeds the limit (${maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
}

/** str(int) / repr(int), with 3.11's 4300-digit limit. */
export function intToString(a: Int): string {
  if (typeof a === 'number') return String(a);
  // Cheap pre-check: an int of more than n decimal digits has more than n * 3.32 bits.
  if (maxStrDigits > 0 && bitLengthBig(a) > maxStrDigits * 3.32) {
    const s = a.toString();
    if (s.length - (a < 0n ? 1 : 0) > maxStrDigits) digitLimitError();
    return s;
  }
  return a.toString();
}

/** bin/oct/hex: `-0x1f` style with a prefix (empty prefix for format's plain digits). */
export function intToBase(a: Int, radix: 2 | 8 | 16, prefix: string): string {
  const negative = a < 0;
  const digits = (negative ? intNeg(a) : a).toString(radix);
  return (negative ? '-' : '') + prefix + digits;
}

const WHITESPACE_RE = /^[\s\x1c-\x1f\x85]+|[\s\x1c-\x1f\x85]+$/g;

/** int(s, base) for a str s, as CPython's PyLong_FromUnicodeObject. */
const PLAIN_DECIMAL_RE = /^[+-]?\d{1,15}$/;

export function intFromString(s: string, base: number): Int {
  if (base === 10 && PLAIN_DECIMAL_RE.test(s)) return Number(s) + 0;
  if ((base < 2 || base > 36) && base !== 0) raiseError('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  const r = parseIntLiteral(toAsciiDigits(s.replace(WHITESPACE_RE, '')), base);
  if (r === null) raiseError('ValueError', `invalid literal for int() with base ${base}: ${reprForError(s)}`);
  return r;
}

/** CPython maps Unicode decimal digits to ASCII before parsing; anything else non-ASCII stays and fails. */
function toAsciiDigits(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const d = decimalValue(ch.codePointAt(0)!);
    out += d >= 0 ? String(d) : ch;
  }
  return out;
}

let decimalValue: (cp: number) => number = () => -1;
let reprForError: (s: string) => string = (s) => `'${s}'`;
/** str.ts supplies the Unicode decimal table and str repr, keeping this file free of a cycle. */
export function setStringHelpers(decimal: (cp: number) => number, repr: (s: string) => string): void {
  decimalValue = decimal;
  reprForError = repr;
}

const DIGIT_VALUE: Record<string, number> = {};
for (let i = 0; i < 36; i++) {
  DIGIT_VALUE[i.toString(36)] = i;
  DIGIT_VALUE[i.toString(36).toUpperCase()] = i;
}

/**
 * Parses sign, optional base prefix and digits with single underscores between
 * them; null when the text is not a literal in that base. Also serves bytes.
 */
export function parseIntLiteral(s: string, base: number): Int | null {
  let i = 0;
  let negative = false;
  if (s[i] === '+' || s[i] === '-') { negative = s[i] === '-'; i++; }
  let prefixed = false;
  if (s[i] === '0' && i + 1 < s.length) {
    const p = s[i + 1].toLowerCase();
    const prefixBase = p === 'x' ? 16 : p === 'o' ? 8 : p === 'b' ? 2 : 0;
    if (prefixBase !== 0 && (base === 0 || base === prefixBase)) {
      base = prefixBase;
      i += 2;
      prefixed = true;
    }
  }
  if (base === 0) {
    // Base 0 forbids leading zeros on a nonzero decimal literal ("010").
    base = 10;
    if (s[i] === '0' && !/^[0_]*$/.test(s.slice(i))) return null;
  }
  let digits = '';
  let lastUnderscore = !prefixed; // an underscore may follow a prefix, never start a number
  for (; i < s.length; i++) {
    const ch = s[i];
    if (ch === '_') {
      if (lastUnderscore) return null;
      lastUnderscore = true;
      continue;
    }
    const d = DIGIT_VALUE[ch];
    if (d === undefined || d >= base) return null;
    digits += ch;
    lastUnderscore = false;
  }
  if (digits === '' || (lastUnderscore && s[s.length - 1] === '_')) return null;
  // 3.11 limits the digits of every base that is not a power of two.
  if (maxStrDigits > 0 && digits.length > maxStrDigits && (base & (base - 1)) !== 0) {
    raiseError('ValueError', `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  let value: Int;
  if (base === 10) {
    value = digits.length <= 15 ? Number(digits) : normalize(BigInt(digits));
  } else if (base === 16 || base === 8 || base === 2) {
    value = normalize(BigInt((base === 16 ? '0x' : base === 8 ? '0o' : '0b') + digits));
  } else {
    let acc = 0n;
    const bb = BigInt(base);
    for (const ch of digits) acc = acc * bb + BigInt(DIGIT_VALUE[ch]);
    value = normalize(acc);
  }
  return negative ? intNeg(value) : value;
}

/** round(int, ndigits): ties to even at 10^-ndigits; ndigits >= 0 returns the int itself. */
export function intRound(a: Int, ndigits: Int): Int {
  if (ndigits >= 0) return a;
  if (ndigits < -MAX_STR_DIGITS * 4) return 0;
  const pow10 = 10n ** BigInt(-Number(ndigits));
  const v = big(a);
  const q = bigFloorDiv(v, pow10);
  const r = v - q * pow10;
  const twice = 2n * r;
  let rounded = q;
  if (twice > pow10 || (twice === pow10 && (q & 1n) === 1n)) rounded += 1n;
  return normalize(rounded * pow10);
}

/** int.to_bytes(length, byteorder, signed=...). */
export function intToBytes(a: Int, length: number, littleEndian: boolean, signed: boolean): Uint8Array {
  if (length < 0) raiseError('ValueError', 'length argument must be non-negative');
  let v = big(a);
  if (v < 0n) {
    if (!signed) raiseError('OverflowError', "can't convert negative int to unsigned");
    v += 1n << BigInt(8 * length);
    if (v < 0n || (length > 0 && v < 1n << BigInt(8 * length - 1))) raiseError('OverflowError', 'int too big to convert');
    if (length === 0) raiseError('OverflowError', 'int too big to convert');
  } else if (v >= 1n << BigInt(8 * length - (signed ? 1 : 0)) && !(length === 0 && v === 0n)) {
    raiseError('OverflowError', 'int too big to convert');
  }
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    out[littleEndian ? i : length - 1 - i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}

/** int.from_bytes(bytes, byteorder, signed=...). */
export function intFromBytes(bytes: Uint8Array, littleEndian: boolean, signed: boolean): Int {
  let v = 0n;
  const n = bytes.length;
  for (let i = 0; i < n; i++) v = (v << 8n) | BigInt(bytes[littleEndian ? n - 1 - i : i]);
  if (signed && n > 0 && v >= 1n << BigInt(8 * n - 1)) v -= 1n << BigInt(8 * n);
  return normalize(v);
}

/**
 * A sequence repetition count as CPython's Py_ssize_t conversion sees it: OverflowError outside
 * [-2**63, 2**63), else the count (0 for a negative one); a huge count is left for the caller's MemoryError.
 */
export function repeatCountOf(n: number | bigint): number {
  if (typeof n === 'number') return n < 0 ? 0 : n;
  if (n < -(2n ** 63n) || n >= 2n ** 63n) raiseError('OverflowError', 'cannot fit \'int\' into an index-sized integer');
  return n <= 0n ? 0 : Number(n);
}
