// Python bytes and bytearray: the PyBytes/PyByteArray values and their leaf
// semantics on Uint8Array (repr, decode with CPython's UTF-8 error ranges and
// messages, hex/fromhex, searching, splitting, stripping, case).
// Invariant: PyBytes.data is never mutated; PyByteArray keeps its bytes in
// data[0:length]. Searching works on latin-1 strings (one char per byte), so
// byte offsets equal string offsets.
import { PyObject, makeBuiltinType, objectType, TypeFlags, raiseError, raiseWith, builtinTypes, type PyType } from './object.js';
import { normalizeEncoding } from './str.js';
import { extraCodecs, bufferHooks } from './extensionHooks.js';
import { out, hashFromHalves, type HashValue } from './hash64.js';
import { hashBytesHalves } from './siphash.js';

export const bytesType = makeBuiltinType('bytes', objectType, TypeFlags.BASETYPE);
export const bytearrayType = makeBuiltinType('bytearray', objectType, TypeFlags.BASETYPE);

export class PyBytes extends PyObject {
  constructor(readonly data: Uint8Array, type: PyType = bytesType) {
    super(type);
  }
}

export class PyByteArray extends PyObject {
  data: Uint8Array;
  length: number;
  constructor(initial: Uint8Array, type: PyType = bytearrayType) {
    super(type);
    this.data = new Uint8Array(Math.max(8, initial.length));
    this.data.set(initial);
    this.length = initial.length;
  }

  /** The live bytes (a view: copy before keeping it past a mutation). */
  view(): Uint8Array {
    return this.data.subarray(0, this.length);
  }

  private reserve(n: number): void {
    if (n <= this.data.length) return;
    const grown = new Uint8Array(Math.max(n, this.data.length * 2));
    grown.set(this.view());
    this.data = grown;
  }

  append(byte: number): void {
    this.reserve(this.length + 1);
    this.data[this.length++] = byte;
  }

  extend(bytes: Uint8Array): void {
    this.reserve(this.length + bytes.length);
    this.data.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** Replaces the contents (slice assignment, clear, in-place ops). */
  replace(bytes: Uint8Array): void {
    this.data = new Uint8Array(Math.max(8, bytes.length));
    this.data.set(bytes);
    this.length = bytes.length;
  }
}

/** The bytes of a bytes-like object (bytes, bytearray, a contiguous memoryview), or null for anything else. */
export function bytesData(v: unknown): Uint8Array | null {
  if (v instanceof PyBytes) return v.data;
  if (v instanceof PyByteArray) return v.view();
  return bufferHooks.data === null ? null : bufferHooks.data(v);
}

// ---- latin-1 bridge: one char per byte ----

export function latin1Decode(data: Uint8Array): string {
  let out = '';
  for (let i = 0; i < data.length; i += 8192) out += String.fromCharCode(...data.subarray(i, i + 8192));
  return out;
}

/** Encodes a string whose chars are all < 256 (as produced by latin1Decode). */
export function latin1Encode(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

// ---- repr ----

/** repr(bytes) (`b'...'`); bytearray wraps it as `bytearray(b'...')` and, as CPython's
 *  bytearray repr does, escapes a single quote even inside double quotes (`escapeAllSingle`). */
export function bytesRepr(data: Uint8Array, escapeAllSingle = false): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const b of data) {
    if (b === 0x27) hasSingle = true;
    else if (b === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const b of data) {
    if (b === 0x5c) out += '\\\\';
    else if (b === 0x09) out += '\\t';
    else if (b === 0x0a) out += '\\n';
    else if (b === 0x0d) out += '\\r';
    else if (String.fromCharCode(b) === quote || (b === 0x27 && escapeAllSingle)) out += '\\' + String.fromCharCode(b);
    else if (b < 0x20 || b >= 0x7f) out += '\\x' + b.toString(16).padStart(2, '0');
    else out += String.fromCharCode(b);
  }
  return out + quote;
}

// ---- decode ----

/** UnicodeDecodeError(encoding, object, start, end, reason): its str() is CPython's message. */
function decodeError(encoding: string, data: Uint8Array, start: number, end: number, reason: string): never {
  return raiseWith(builtinTypes.get('UnicodeDecodeError')!, [encoding, new PyBytes(data.slice()), start, end, reason]);
}

/** What an error handler puts in place of the undecodable bytes data[start:end]. */
export function handleDecodeError(errors: string, encoding: string, data: Uint8Array, start: number, end: number, reason: string): string {
  switch (errors) {
    case 'strict': case 'surrogatepass': return decodeError(encoding, data, start, end, reason);
    case 'ignore': return '';
    case 'replace': return '\ufffd';
    case 'backslashreplace': {
      let s = '';
      for (let i = start; i < end; i++) s += '\\x' + data[i].toString(16).padStart(2, '0');
      return s;
    }
    case 'surrogateescape': {
      let s = '';
      for (let i = start; i < end; i++) {
        if (data[i] < 0x80) return decodeError(encoding, data, start, end, reason);
        s += String.fromCharCode(0xdc00 + data[i]);
      }
      return s;
    }
    default:
      return raiseError('LookupError', `unknown error handler name '${errors}'`);
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** UTF-8 decoding with CPython's error ranges (maximal invalid subparts) and messages. */
function decodeUtf8(data: Uint8Array, errors: string): string {
  if (errors === 'strict' || errors === 'replace') {
    try {
      return strictUtf8.decode(data);
    } catch {
      // fall through to the exact decoder for the error position and message
    }
  }
  let out = '';
  let i = 0;
  const n = data.length;
  let runStart = 0;
  const flush = (end: number): void => {
    if (end > runStart) out += new TextDecoder().decode(data.subarray(runStart, end));
  };
  while (i < n) {
    const b = data[i];
    if (b < 0x80) { i++; continue; }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) { need = 2; if (b === 0xe0) lo = 0xa0; if (b === 0xed) hi = 0x9f; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; if (b === 0xf0) lo = 0x90; if (b === 0xf4) hi = 0x8f; }
    if (need === 0) {
      flush(i);
      out += handleDecodeError(errors, 'utf-8', data, i, i + 1, 'invalid start byte');
      i += 1;
      runStart = i;
      continue;
    }
    let k = 1;
    let reason = '';
    for (; k <= need; k++) {
      if (i + k >= n) { reason = 'unexpected end of data'; break; }
      const c = data[i + k];
      const low = k === 1 ? lo : 0x80;
      const high = k === 1 ? hi : 0xbf;
      if (c < low || c > high) { reason = 'invalid continuation byte'; break; }
    }
    if (errors === 'surrogatepass' && b === 0xed && i + 2 < n && data[i + 1] >= 0xa0 && data[i + 1] <= 0xbf && (data[i + 2] & 0xc0) === 0x80) {
      // surrogatepass: a whole encoded surrogate decodes to itself; anything less is reported as strict would.
      flush(i);
      out += String.fromCharCode(((b & 0x0f) << 12) | ((data[i + 1] & 0x3f) << 6) | (data[i + 2] & 0x3f));
      i += 3;
      runStart = i;
      continue;
    }
    if (reason === '') { i += need + 1; continue; }
    flush(i);
    const end = reason === 'unexpected end of data' ? n : i + k;
    out += handleDecodeError(errors, 'utf-8', data, i, end, reason);
    i = end;
    runStart = i;
  }
  flush(n);
  return out;
}

/** bytes.decode(encoding, errors). */
export function bytesDecode(data: Uint8Array, encoding = 'utf-8', errors = 'strict'): string {
  const extra = encoding === 'utf-8' || extraCodecs.lookup === null ? null : extraCodecs.lookup(encoding);
  if (extra !== null) return extra.decode(data, errors);
  const enc = normalizeEncoding(encoding, 'decode');
  switch (enc) {
    case 'utf-8': return decodeUtf8(data, errors);
    case 'latin-1': return latin1Decode(data);
    case 'ascii': {
      let out = '';
      let runStart = 0;
      for (let i = 0; i < data.length; i++) {
        if (data[i] < 0x80) continue;
        out += latin1Decode(data.subarray(runStart, i));
        out += handleDecodeError(errors, 'ascii', data, i, i + 1, 'ordinal not in range(128)');
        runStart = i + 1;
      }
      return out + latin1Decode(data.subarray(runStart));
    }
    default: throw new Error(`internal: encoding ${enc as string}`);
  }
}

// ---- hex ----

/** bytes.hex(sep, bytes_per_sep). */
export function bytesHex(data: Uint8Array, sep = '', bytesPerSep = 1): string {
  const parts: string[] = [];
  for (const b of data) parts.push(b.toString(16).padStart(2, '0'));
  if (sep === '' || bytesPerSep === 0) return parts.join('');
  if (sep.length !== 1) raiseError('ValueError', 'sep must be length 1.');
  const per = Math.abs(bytesPerSep);
  const groups: string[] = [];
  if (bytesPerSep > 0) {
    // Groups are counted from the right.
    let first = parts.length % per;
    if (first === 0) first = per;
    groups.push(parts.slice(0, first).join(''));
    for (let i = first; i < parts.length; i += per) groups.push(parts.slice(i, i + per).join(''));
  } else {
    for (let i = 0; i < parts.length; i += per) groups.push(parts.slice(i, i + per).join(''));
  }
  return groups.join(sep);
}

/** bytes.fromhex(s): pairs of hex digits, ASCII whitespace between pairs. */
export function bytesFromHex(s: string): Uint8Array {
  const out: number[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\x0b' || c === '\x0c') { i++; continue; }
    const hi = parseInt(c, 16);
    if (!/[0-9a-fA-F]/.test(c)) raiseError('ValueError', `non-hexadecimal number found in fromhex() arg at position ${i}`);
    const d = s[i + 1];
    if (d === undefined || !/[0-9a-fA-F]/.test(d)) raiseError('ValueError', `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + parseInt(d, 16));
    i += 2;
  }
  return Uint8Array.from(out);
}

// ---- comparisons, hashing, building ----

export function bytesCompare(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function bytesConcat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** a * n; too long a result is bytes' OverflowError, bytearray's (`mutable`) MemoryError. */
export function bytesRepeat(a: Uint8Array, n: number, mutable = false): Uint8Array {
  if (n <= 0 || a.length === 0) return new Uint8Array(0);
  if (a.length * n >= 2 ** 63 && !mutable) raiseError('OverflowError', 'repeated bytes are too long');
  if (a.length * n > 0x7fffffff) raiseError('MemoryError', '');
  const out = new Uint8Array(a.length * n);
  for (let i = 0; i < n; i++) out.set(a, i * a.length);
  return out;
}

/** A byte value from an int, with CPython's range error. */
export function checkByte(v: number | bigint): number {
  if (!(v >= 0 && v < 256)) raiseError('ValueError', 'byte must be in range(0, 256)');
  return Number(v);
}

/** bytes(iterable of ints) values, with bytes()'s range error. */
export function bytesFromInts(values: readonly (number | bigint)[]): Uint8Array {
  const out = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!(v >= 0 && v < 256)) raiseError('ValueError', 'bytes must be in range(0, 256)');
    out[i] = Number(v);
  }
  return out;
}

// ---- methods on latin-1 strings ----

const ASCII_SPACE = ' \t\n\r\x0b\x0c';

export function bytesSplit(data: Uint8Array, sep: Uint8Array | null, maxsplit = -1): Uint8Array[] {
  const s = latin1Decode(data);
  let parts: string[];
  if (sep === null) {
    parts = [];
    const n = s.length;
    let i = 0;
    const limit = maxsplit < 0 ? Number.MAX_SAFE_INTEGER : maxsplit;
    while (true) {
      while (i < n && ASCII_SPACE.includes(s[i])) i++;
      if (i === n) break;
      if (parts.length === limit) {
        parts.push(s.slice(i));
        break;
      }
      const start = i;
      while (i < n && !ASCII_SPACE.includes(s[i])) i++;
      parts.push(s.slice(start, i));
    }
  } else {
    if (sep.length === 0) raiseError('ValueError', 'empty separator');
    const t = latin1Decode(sep);
    if (maxsplit < 0) parts = s.split(t);
    else {
      parts = [];
      let pos = 0;
      while (parts.length < maxsplit) {
        const i = s.indexOf(t, pos);
        if (i < 0) break;
        parts.push(s.slice(pos, i));
        pos = i + t.length;
      }
      parts.push(s.slice(pos));
    }
  }
  return parts.map(latin1Encode);
}

export function bytesStrip(data: Uint8Array, chars: Uint8Array | null, left: boolean, right: boolean): Uint8Array {
  const set = chars === null ? ASCII_SPACE : latin1Decode(chars);
  let a = 0;
  let b = data.length;
  if (left) while (a < b && set.includes(String.fromCharCode(data[a]))) a++;
  if (right) while (b > a && set.includes(String.fromCharCode(data[b - 1]))) b--;
  return data.slice(a, b);
}

function window(data: Uint8Array, start?: number, end?: number): { text: string; base: number } | null {
  const len = data.length;
  let s = start ?? 0;
  let e = end ?? len;
  if (s < 0) { s += len; if (s < 0) s = 0; }
  if (e > len) e = len;
  else if (e < 0) { e += len; if (e < 0) e = 0; }
  if (s > e) return null;
  return { text: latin1Decode(data.subarray(s, e)), base: s };
}

/** find/rfind of a subsequence or a single byte value (given as a one-byte array). */
export function bytesFind(data: Uint8Array, sub: Uint8Array, start?: number, end?: number, reverse = false): number {
  const w = window(data, start, end);
  if (w === null) return -1;
  const t = latin1Decode(sub);
  const i = reverse ? w.text.lastIndexOf(t) : w.text.indexOf(t);
  return i < 0 ? -1 : w.base + i;
}

export function bytesIndex(data: Uint8Array, sub: Uint8Array, start?: number, end?: number, reverse = false): number {
  const i = bytesFind(data, sub, start, end, reverse);
  if (i < 0) raiseError('ValueError', 'subsection not found');
  return i;
}

export function bytesCount(data: Uint8Array, sub: Uint8Array, start?: number, end?: number): number {
  const w = window(data, start, end);
  if (w === null) return 0;
  if (sub.length === 0) return w.text.length + 1;
  const t = latin1Decode(sub);
  let n = 0;
  for (let i = w.text.indexOf(t); i >= 0; i = w.text.indexOf(t, i + t.length)) n++;
  return n;
}

export function bytesStartsWith(data: Uint8Array, prefixes: readonly Uint8Array[], start?: number, end?: number, suffix = false): boolean {
  const w = window(data, start, end);
  if (w === null) return false;
  return prefixes.some((p) => (suffix ? w.text.endsWith(latin1Decode(p)) : w.text.startsWith(latin1Decode(p))));
}

export function bytesReplace(data: Uint8Array, old: Uint8Array, replacement: Uint8Array, count = -1): Uint8Array {
  const s = latin1Decode(data);
  const o = latin1Decode(old);
  const r = latin1Decode(replacement);
  if (count < 0) {
    if (o === '') return latin1Encode(r + s.split('').join(r) + (s.length > 0 ? r : ''));
    return latin1Encode(s.split(o).join(r));
  }
  let out = '';
  let pos = 0;
  for (let n = 0; n < count; n++) {
    if (o === '') {
      out += r + (pos < s.length ? s[pos] : '');
      pos++;
      if (pos > s.length) break;
      continue;
    }
    const i = s.indexOf(o, pos);
    if (i < 0) break;
    out += s.slice(pos, i) + r;
    pos = i + o.length;
  }
  return latin1Encode(out + s.slice(Math.min(pos, s.length)));
}

export function bytesJoin(sep: Uint8Array, items: readonly Uint8Array[]): Uint8Array {
  let total = sep.length * Math.max(0, items.length - 1);
  for (const it of items) total += it.length;
  const out = new Uint8Array(total);
  let pos = 0;
  for (let i = 0; i < items.length; i++) {
    if (i > 0) { out.set(sep, pos); pos += sep.length; }
    out.set(items[i], pos);
    pos += items[i].length;
  }
  return out;
}

export function bytesUpper(data: Uint8Array): Uint8Array {
  return data.map((b) => (b >= 0x61 && b <= 0x7a ? b - 32 : b));
}

export function bytesLower(data: Uint8Array): Uint8Array {
  return data.map((b) => (b >= 0x41 && b <= 0x5a ? b + 32 : b));
}

/** hash(b): CPython's under PYTHONHASHSEED=0 (siphash.ts), as str's. */
export function bytesHash(data: Uint8Array): HashValue {
  hashBytesHalves(data, data.length);
  return hashFromHalves(out.hi, out.lo);
}
