// The UTF-16 and UTF-32 codecs (utf-16, utf-16-le, utf-16-be, utf-32,
// utf-32-le, utf-32-be and their aliases) for str.encode, bytes.decode,
// str(b, enc) and bytes(s, enc), installed into extensionHooks' extraCodecs
// with escapeCodecs.ts's unicode_escape and raw_unicode_escape and
// charmapCodecs.ts's single-byte code pages.
// CPython's rules: the BOM-less names never write or strip a BOM; 'utf-16'
// and 'utf-32' write a little-endian BOM and, decoding, honour a leading BOM
// (else little-endian) and strip it; decode errors are reported under the
// -le/-be codec name with positions in the whole input; the error handlers
// are strict, ignore, replace, backslashreplace, xmlcharrefreplace,
// surrogatepass and (decoding) surrogateescape.
import { raiseError, raiseWith, builtinTypes } from './object.js';
import { extraCodecs, type ExtraCodec } from './extensionHooks.js';
import { handleDecodeError } from './bytes.js';
import { unicodeEscape, rawUnicodeEscape } from './escapeCodecs.js';
import { charmapCodecs, charmapCodecNames } from './charmapCodecs.js';
import { PyDict } from './dict.js';
import { registerNativeModule } from './importer.js';

type Width = 2 | 4;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

function codePoints(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0)!);
  return out;
}

function isSurrogate(cp: number): boolean {
  return cp >= 0xd800 && cp <= 0xdfff;
}

/** UnicodeEncodeError(encoding, object, start, end, reason): its str() is CPython's message. */
function encodeError(codec: string, s: string, pos: number, end: number, reason: string): never {
  return raiseWith(builtinTypes.get('UnicodeEncodeError')!, [codec, s, pos, end, reason]);
}

function encode(s: string, errors: string, width: Width, littleEndian: boolean, bom: boolean, codec: string): Uint8Array {
  const units: number[] = [];
  const pushUnit = (u: number): void => {
    units.push(u);
  };
  const pushPoint = (cp: number): void => {
    if (width === 4 || cp < 0x10000) pushUnit(cp);
    else {
      const v = cp - 0x10000;
      pushUnit(0xd800 + (v >> 10));
      pushUnit(0xdc00 + (v & 0x3ff));
    }
  };
  if (bom) pushUnit(0xfeff);
  const cps = codePoints(s);
  for (let pos = 0; pos < cps.length; pos++) {
    const cp = cps[pos]!;
    if (!isSurrogate(cp)) {
      pushPoint(cp);
      continue;
    }
    switch (errors) {
      case 'strict':
        encodeError(codec, s, pos, pos + 1, 'surrogates not allowed');
        break;
      case 'ignore':
        break;
      case 'replace':
        pushPoint(0x3f);
        break;
      case 'surrogatepass':
        pushUnit(cp);
        break;
      case 'backslashreplace':
      case 'namereplace':
        for (const c of `\\u${hex(cp, 4)}`) pushPoint(c.charCodeAt(0));
        break;
      case 'xmlcharrefreplace':
        for (const c of `&#${cp};`) pushPoint(c.charCodeAt(0));
        break;
      case 'surrogateescape':
        encodeError(codec, s, pos, pos + 1, 'surrogates not allowed');
        break;
      default:
        raiseError('LookupError', `unknown error handler name '${errors}'`);
    }
  }
  const out = new Uint8Array(units.length * width);
  const view = new DataView(out.buffer);
  units.forEach((u, i) => {
    if (width === 2) view.setUint16(i * 2, u, littleEndian);
    else view.setUint32(i * 4, u, littleEndian);
  });
  return out;
}

function decode(data: Uint8Array, errors: string, width: Width, order: 'le' | 'be' | 'detect'): string {
  let littleEndian = order !== 'be';
  let start = 0;
  if (order === 'detect') {
    if (width === 2 && data.length >= 2) {
      if (data[0] === 0xff && data[1] === 0xfe) start = 2;
      else if (data[0] === 0xfe && data[1] === 0xff) {
        start = 2;
        littleEndian = false;
      }
    } else if (width === 4 && data.length >= 4) {
      if (data[0] === 0xff && data[1] === 0xfe && data[2] === 0 && data[3] === 0) start = 4;
      else if (data[0] === 0 && data[1] === 0 && data[2] === 0xfe && data[3] === 0xff) {
        start = 4;
        littleEndian = false;
      }
    }
  }
  const codec = `utf-${width * 8}-${littleEndian ? 'le' : 'be'}`;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const parts: string[] = [];
  const fail = (from: number, to: number, reason: string): void => {
    parts.push(handleDecodeError(errors === 'surrogatepass' ? 'strict' : errors, codec, data, from, to, reason));
  };
  let i = start;
  const n = data.length;
  while (i < n) {
    if (i + width > n) {
      fail(i, n, 'truncated data');
      break;
    }
    if (width === 4) {
      const cp = view.getUint32(i, littleEndian);
      if (cp > 0x10ffff) fail(i, i + 4, 'code point not in range(0x110000)');
      else if (isSurrogate(cp)) {
        if (errors === 'surrogatepass') parts.push(String.fromCharCode(cp));
        else fail(i, i + 4, 'code point in surrogate code point range(0xd800, 0xe000)');
      } else parts.push(String.fromCodePoint(cp));
      i += 4;
      continue;
    }
    const unit = view.getUint16(i, littleEndian);
    if (unit < 0xd800 || unit > 0xdfff) {
      parts.push(String.fromCharCode(unit));
      i += 2;
      continue;
    }
    const low = unit < 0xdc00 && i + 4 <= n ? view.getUint16(i + 2, littleEndian) : -1;
    if (low >= 0xdc00 && low <= 0xdfff) {
      parts.push(String.fromCharCode(unit, low));
      i += 4;
      continue;
    }
    if (errors === 'surrogatepass') {
      // A lone surrogate passes through as itself.
      parts.push(String.fromCharCode(unit));
      i += 2;
      continue;
    }
    if (unit >= 0xdc00) {
      fail(i, i + 2, 'illegal encoding');
      i += 2;
      continue;
    }
    if (i + 4 > n) {
      fail(i, n, 'unexpected end of data');
      break;
    }
    fail(i, i + 2, 'illegal UTF-16 surrogate');
    i += 2;
  }
  return parts.join('');
}

function codec(width: Width, order: 'le' | 'be' | 'detect'): ExtraCodec {
  const name = `utf-${width * 8}${order === 'detect' ? '' : `-${order}`}`;
  return {
    encode: (s, errors) => encode(s, errors, width, order !== 'be', order === 'detect', name),
    decode: (data, errors) => decode(data, errors, width, order),
  };
}

const CODECS = new Map<string, ExtraCodec>();
for (const width of [2, 4] as const) {
  const bits = width * 8;
  const plain = codec(width, 'detect');
  const le = codec(width, 'le');
  const be = codec(width, 'be');
  for (const alias of [`utf_${bits}`, `utf${bits}`, `u${bits}`]) CODECS.set(alias, plain);
  for (const alias of [`utf_${bits}_le`, `utf_${bits}le`, `utf${bits}le`]) CODECS.set(alias, le);
  for (const alias of [`utf_${bits}_be`, `utf_${bits}be`, `utf${bits}be`]) CODECS.set(alias, be);
}

CODECS.set('unicode_escape', unicodeEscape);
CODECS.set('raw_unicode_escape', rawUnicodeEscape);

for (const [name, codec] of charmapCodecs) CODECS.set(name, codec);

/** Names str.encode and bytes.decode see most, answered without normalizing. */
const BUILT_IN = new Set(['utf8', 'UTF-8', 'ascii', 'latin-1', 'latin1']);

extraCodecs.lookup = (name: string): ExtraCodec | null => {
  if (BUILT_IN.has(name)) return null;
  return CODECS.get(name) ?? CODECS.get(name.toLowerCase().replace(/[-\s]/g, '_')) ?? null;
};

// lib/codecs.py's lookup() learns the code pages' names here (the tables stay in one place).
registerNativeModule('_codecs', (module) => {
  const names = new PyDict();
  for (const [alias, name] of charmapCodecNames) names.setStr(alias, name);
  module.dict.setStr('_charmap_names', names);
});
