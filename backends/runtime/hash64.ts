// 64-bit hash arithmetic for the containers: CPython computes tuple and
// frozenset hashes and set probe sequences in unsigned 64-bit C integers, and
// set iteration order depends on every bit. Values travel as two uint32 halves
// (hi, lo) in plain numbers so the hot paths allocate nothing; a Python hash
// (what `hash()` returns) is a JS number when it is a safe integer, else a bigint.

/** A Python hash value: the signed 64-bit integer CPython's `hash()` returns. */
export type HashValue = number | bigint;

const TWO_32 = 4294967296;

/** The high 32 bits (unsigned) of a hash's 64-bit two's-complement form. */
export function hashHigh(h: HashValue): number {
  if (typeof h === 'number') return Math.floor(h / TWO_32) >>> 0;
  return Number(BigInt.asUintN(32, h >> 32n));
}

/** The low 32 bits (unsigned) of a hash's 64-bit two's-complement form. */
export function hashLow(h: HashValue): number {
  if (typeof h === 'number') return h >>> 0;
  return Number(BigInt.asUintN(32, h));
}

/** The signed 64-bit value of (hi, lo) as a hash: a number when safe, else a bigint. */
export function hashFromHalves(hi: number, lo: number): HashValue {
  const signedHi = hi | 0;
  if (signedHi >= -0x200000 && signedHi < 0x200000) return signedHi * TWO_32 + lo;
  return BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo));
}

/** Scratch result of the 64-bit operations below (single-threaded, read right after the call). */
export const out = { hi: 0, lo: 0 };

/** out = (ahi:alo * bhi:blo) mod 2^64. */
export function mul64(ahi: number, alo: number, bhi: number, blo: number): void {
  const a0 = alo & 0xffff;
  const a1 = alo >>> 16;
  const b0 = blo & 0xffff;
  const b1 = blo >>> 16;
  const mid = a0 * b1 + a1 * b0;
  const low = a0 * b0 + (mid % 65536) * 65536;
  const carry = a1 * b1 + Math.floor(mid / 65536) + Math.floor(low / TWO_32);
  out.lo = low >>> 0;
  out.hi = (carry + Math.imul(ahi, blo) + Math.imul(alo, bhi)) >>> 0;
}

/** out = (ahi:alo + bhi:blo) mod 2^64. */
export function add64(ahi: number, alo: number, bhi: number, blo: number): void {
  const low = alo + blo;
  out.lo = low >>> 0;
  out.hi = (ahi + bhi + (low >= TWO_32 ? 1 : 0)) >>> 0;
}

// CPython's xxHash-derived tuple hash constants (Objects/tupleobject.c, 64-bit).
const PRIME1_HI = 0x9e3779b1;
const PRIME1_LO = 0x85ebca87;
const PRIME2_HI = 0xc2b2ae3d;
const PRIME2_LO = 0x27d4eb4f;
const PRIME5_HI = 0x27d4eb2f;
const PRIME5_LO = 0x165667c5;

/**
 * CPython 3.11's tuplehash, left in `out`: `laneHash(i)` must leave the
 * i-th item's hash in `out` (its halves are read before anything else runs).
 */
export function tupleHashHalves(length: number, laneHash: (index: number) => void): void {
  let hi = PRIME5_HI;
  let lo = PRIME5_LO;
  for (let i = 0; i < length; i++) {
    laneHash(i);
    mul64(out.hi, out.lo, PRIME2_HI, PRIME2_LO);
    add64(hi, lo, out.hi, out.lo);
    // Rotate left by 31 bits.
    const rhi = ((out.hi << 31) | (out.lo >>> 1)) >>> 0;
    const rlo = ((out.lo << 31) | (out.hi >>> 1)) >>> 0;
    mul64(rhi, rlo, PRIME1_HI, PRIME1_LO);
    hi = out.hi;
    lo = out.lo;
  }
  // acc += len ^ (PRIME5 ^ 3527539)
  const lenHi = Math.floor(length / TWO_32);
  add64(hi, lo, (lenHi ^ PRIME5_HI) >>> 0, ((length >>> 0) ^ (PRIME5_LO ^ 3527539)) >>> 0);
  if (out.hi === 0xffffffff && out.lo === 0xffffffff) {
    out.hi = 0;
    out.lo = 1546275796;
  }
}

/** Leaves a hash value's two halves in `out`. */
export function splitHash(h: HashValue): void {
  if (typeof h === 'number') {
    out.lo = h >>> 0;
    out.hi = Math.floor(h / TWO_32) >>> 0;
  } else {
    out.lo = Number(BigInt.asUintN(32, h));
    out.hi = Number(BigInt.asUintN(32, h >> 32n));
  }
}

/** A 53-bit number determined by a 64-bit hash: what hash-indexed JS Maps key on. */
export function foldHash(hi: number, lo: number): number {
  return (hi & 0x1fffff) * TWO_32 + lo;
}

const MASK64 = (1n << 64n) - 1n;

function shuffleBits(h: bigint): bigint {
  return (((h ^ 89869747n) ^ ((h << 16n) & MASK64)) * 3644798167n) & MASK64;
}

/** CPython 3.11's frozenset_hash from the hashes of the set's elements (order-independent). */
export function frozensetHash(hashes: readonly HashValue[]): HashValue {
  let hash = 0n;
  for (const h of hashes) hash ^= shuffleBits(BigInt.asUintN(64, BigInt(h)));
  hash ^= (BigInt(hashes.length + 1) * 1927868237n) & MASK64;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & MASK64;
  if (hash === MASK64) hash = 590923713n;
  const signed = BigInt.asIntN(64, hash);
  return signed >= -9007199254740991n && signed <= 9007199254740991n ? Number(signed) : signed;
}
