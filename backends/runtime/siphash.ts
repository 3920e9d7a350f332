// CPython's hash of str and bytes: SipHash-1-3 of the object's bytes (str:
// its code points stored in 1, 2 or 4 bytes each, as CPython's compact
// strings are) under the key PYTHONHASHSEED=0 gives, all zeros. pvm's
// programs run with that seed, so sets of strings iterate in CPython's order.
// 64-bit words are pairs of 32-bit halves; the result goes to hash64's `out`.
// Invariant: an empty input hashes to 0, and a result of -1 is reported as -2.
import { out } from './hash64.js';

let buffer = new Uint8Array(256);

function room(n: number): Uint8Array {
  if (buffer.length < n) buffer = new Uint8Array(Math.max(n, buffer.length * 2));
  return buffer;
}

function word(data: Uint8Array, i: number): number {
  return (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24)) >>> 0;
}

/**
 * SipHash-1-3 with a zero key of data[0:n] into out (hi, lo), CPython's _Py_HashBytes. The state
 * v0..v3 lives in local (hi, lo) pairs; one message round per 8-byte block, the last block (the
 * remaining bytes, the length in its top byte) included, then three finalization rounds.
 */
export function hashBytesHalves(data: Uint8Array, n: number): void {
  if (n === 0) {
    out.hi = 0;
    out.lo = 0;
    return;
  }
  let v0h = 0x736f6d65, v0l = 0x70736575, v1h = 0x646f7261, v1l = 0x6e646f6d;
  let v2h = 0x6c796765, v2l = 0x6e657261, v3h = 0x74656462, v3l = 0x79746573;
  const blocks = n - (n % 8);
  let t: number;
  for (let i = 0; i <= blocks; i += 8) {
    let ml: number;
    let mh: number;
    if (i < blocks) {
      ml = word(data, i);
      mh = word(data, i + 4);
    } else {
      ml = 0;
      mh = (n & 0xff) << 24;
      for (let j = n - 1; j >= blocks; j--) {
        const k = j - blocks;
        if (k >= 4) mh |= data[j] << ((k - 4) * 8);
        else ml |= data[j] << (k * 8);
      }
    }
    v3h ^= mh; v3l ^= ml;
    {
      t = (v0l >>> 0) + (v1l >>> 0); v0h = (v0h + v1h + (t > 0xffffffff ? 1 : 0)) | 0; v0l = t | 0;
      t = (v2l >>> 0) + (v3l >>> 0); v2h = (v2h + v3h + (t > 0xffffffff ? 1 : 0)) | 0; v2l = t | 0;
      t = v1h; v1h = ((v1h << 13) | (v1l >>> 19)) ^ v0h; v1l = ((v1l << 13) | (t >>> 19)) ^ v0l;
      t = v3h; v3h = ((v3h << 16) | (v3l >>> 16)) ^ v2h; v3l = ((v3l << 16) | (t >>> 16)) ^ v2l;
      t = v0h; v0h = v0l; v0l = t;
      t = (v2l >>> 0) + (v1l >>> 0); v2h = (v2h + v1h + (t > 0xffffffff ? 1 : 0)) | 0; v2l = t | 0;
      t = (v0l >>> 0) + (v3l >>> 0); v0h = (v0h + v3h + (t > 0xffffffff ? 1 : 0)) | 0; v0l = t | 0;
      t = v1h; v1h = ((v1h << 17) | (v1l >>> 15)) ^ v2h; v1l = ((v1l << 17) | (t >>> 15)) ^ v2l;
      t = v3h; v3h = ((v3h << 21) | (v3l >>> 11)) ^ v0h; v3l = ((v3l << 21) | (t >>> 11)) ^ v0l;
      t = v2h; v2h = v2l; v2l = t;
    }
    v0h ^= mh; v0l ^= ml;
  }
  v2l ^= 0xff;
  for (let r = 0; r < 3; r++) {
    t = (v0l >>> 0) + (v1l >>> 0); v0h = (v0h + v1h + (t > 0xffffffff ? 1 : 0)) | 0; v0l = t | 0;
    t = (v2l >>> 0) + (v3l >>> 0); v2h = (v2h + v3h + (t > 0xffffffff ? 1 : 0)) | 0; v2l = t | 0;
    t = v1h; v1h = ((v1h << 13) | (v1l >>> 19)) ^ v0h; v1l = ((v1l << 13) | (t >>> 19)) ^ v0l;
    t = v3h; v3h = ((v3h << 16) | (v3l >>> 16)) ^ v2h; v3l = ((v3l << 16) | (t >>> 16)) ^ v2l;
    t = v0h; v0h = v0l; v0l = t;
    t = (v2l >>> 0) + (v1l >>> 0); v2h = (v2h + v1h + (t > 0xffffffff ? 1 : 0)) | 0; v2l = t | 0;
    t = (v0l >>> 0) + (v3l >>> 0); v0h = (v0h + v3h + (t > 0xffffffff ? 1 : 0)) | 0; v0l = t | 0;
    t = v1h; v1h = ((v1h << 17) | (v1l >>> 15)) ^ v2h; v1l = ((v1l << 17) | (t >>> 15)) ^ v2l;
    t = v3h; v3h = ((v3h << 21) | (v3l >>> 11)) ^ v0h; v3l = ((v3l << 21) | (t >>> 11)) ^ v0l;
    t = v2h; v2h = v2l; v2l = t;
  }
  const hi = (v0h ^ v1h ^ v2h ^ v3h) >>> 0;
  let lo = (v0l ^ v1l ^ v2l ^ v3l) >>> 0;
  if (hi === 0xffffffff && lo === 0xffffffff) lo = 0xfffffffe;
  out.hi = hi;
  out.lo = lo;
}

/** hash(s) of a str into out: its code points as CPython stores them (1, 2 or 4 bytes each). */
export function strHashHalves(s: string): void {
  let widest = 0;
  let astral = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > widest) widest = c;
    if ((c & 0xfc00) === 0xd800 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) astral = true;
  }
  if (astral) {
    const points = Array.from(s, (ch) => ch.codePointAt(0)!);
    const data = room(points.length * 4);
    for (let i = 0; i < points.length; i++) {
      const p = points[i];
      data[4 * i] = p & 0xff; data[4 * i + 1] = (p >>> 8) & 0xff; data[4 * i + 2] = p >>> 16; data[4 * i + 3] = 0;
    }
    hashBytesHalves(data, points.length * 4);
  } else if (widest > 0xff) {
    const data = room(s.length * 2);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      data[2 * i] = c & 0xff; data[2 * i + 1] = c >>> 8;
    }
    hashBytesHalves(data, s.length * 2);
  } else {
    const data = room(s.length);
    for (let i = 0; i < s.length; i++) data[i] = s.charCodeAt(i);
    hashBytesHalves(data, s.length);
  }
}
