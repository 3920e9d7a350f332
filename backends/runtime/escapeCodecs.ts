// The unicode_escape and raw_unicode_escape codecs (CPython's codecs of the
// same names), registered into codecs.ts's table of extra codecs.
// Encoding never fails: unicode_escape writes printable ASCII as itself and
// everything else as \t \n \r \xhh \uhhhh \Uhhhhhhhh; raw_unicode_escape
// writes code points below 256 as their byte. Decoding reads bytes as
// latin-1 and reports bad escapes over CPython's byte ranges and reasons.
import { nativeWarnings, type ExtraCodec } from './extensionHooks.js';
import { handleDecodeError } from './bytes.js';
import { lookupUnicodeName } from '../../frontend/lexer/unicodeNames.js';

const SIMPLE: Record<number, number> = {
  0x5c: 0x5c, 0x27: 0x27, 0x22: 0x22, 0x61: 0x07, 0x62: 0x08, 0x66: 0x0c, 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x76: 0x0b,
};

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

function isHexDigit(b: number | undefined): boolean {
  return b !== undefined && ((b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x66));
}

function pushAscii(out: number[], s: string): void {
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i));
}

function encodeEscaped(s: string, raw: boolean): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (raw) {
      if (cp < 0x100) out.push(cp);
      else pushAscii(out, cp < 0x10000 ? '\\u' + hex(cp, 4) : '\\U' + hex(cp, 8));
    } else if (cp === 0x5c) pushAscii(out, '\\\\');
    else if (cp === 0x09) pushAscii(out, '\\t');
    else if (cp === 0x0a) pushAscii(out, '\\n');
    else if (cp === 0x0d) pushAscii(out, '\\r');
    else if (cp >= 0x20 && cp < 0x7f) out.push(cp);
    else if (cp < 0x100) pushAscii(out, '\\x' + hex(cp, 2));
    else pushAscii(out, cp < 0x10000 ? '\\u' + hex(cp, 4) : '\\U' + hex(cp, 8));
  }
  return Uint8Array.from(out);
}

/** Reads `count` hex digits at `at`: the value, or the index of the first non-digit. */
function readHex(data: Uint8Array, at: number, count: number): { value: number } | { stop: number } {
  let v = 0;
  for (let k = 0; k < count; k++) {
    const b = data[at + k];
    if (!isHexDigit(b)) return { stop: at + k };
    v = v * 16 + parseInt(String.fromCharCode(b!), 16);
  }
  return { value: v };
}

function decodeUnicodeEscape(data: Uint8Array, errors: string): string {
  const codec = 'unicodeescape';
  let out = '';
  let firstInvalid: string | null = null;
  const n = data.length;
  let i = 0;
  while (i < n) {
    const b = data[i];
    if (b !== 0x5c) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    if (i + 1 >= n) {
      out += handleDecodeError(errors, codec, data, i, n, '\\ at end of string');
      break;
    }
    const e = data[i + 1];
    const simple = SIMPLE[e];
    if (simple !== undefined) {
      out += String.fromCharCode(simple);
      i += 2;
    } else if (e === 0x0a) {
      i += 2;
    } else if (e >= 0x30 && e <= 0x37) {
      let j = i + 1;
      let v = 0;
      while (j < n && j < i + 4 && data[j] >= 0x30 && data[j] <= 0x37) v = v * 8 + (data[j++] - 0x30);
      if (v > 0o377 && firstInvalid === null) firstInvalid = `invalid octal escape sequence '\\${String.fromCharCode(...data.subarray(i + 1, j))}'`;
      out += String.fromCodePoint(v);
      i = j;
    } else if (e === 0x78 || e === 0x75 || e === 0x55) {
      const count = e === 0x78 ? 2 : e === 0x75 ? 4 : 8;
      const r = readHex(data, i + 2, count);
      if ('stop' in r) {
        const name = e === 0x78 ? '\\xXX' : e === 0x75 ? '\\uXXXX' : '\\UXXXXXXXX';
        out += handleDecodeError(errors, codec, data, i, r.stop, `truncated ${name} escape`);
        i = r.stop;
      } else if (r.value > 0x10ffff) {
        out += handleDecodeError(errors, codec, data, i, i + 2 + count, 'illegal Unicode character');
        i += 2 + count;
      } else {
        out += String.fromCodePoint(r.value);
        i += 2 + count;
      }
    } else if (e === 0x4e) {
      const close = data.indexOf(0x7d, i + 3);
      if (data[i + 2] !== 0x7b || close < 0 || close === i + 3) {
        const stop = data[i + 2] !== 0x7b ? i + 2 : close < 0 ? n : close;
        out += handleDecodeError(errors, codec, data, i, stop, 'malformed \\N character escape');
        i = stop;
      } else {
        const cp = lookupUnicodeName(String.fromCharCode(...data.subarray(i + 3, close)));
        out += cp === undefined ? handleDecodeError(errors, codec, data, i, close + 1, 'unknown Unicode character name') : String.fromCodePoint(cp);
        i = close + 1;
      }
    } else {
      // An unknown escape keeps its backslash; CPython warns about the first one.
      if (firstInvalid === null) firstInvalid = `invalid escape sequence '\\${String.fromCharCode(e)}'`;
      out += '\\';
      i++;
    }
  }
  if (firstInvalid !== null) nativeWarnings.warn?.('DeprecationWarning', firstInvalid);
  return out;
}

function decodeRawUnicodeEscape(data: Uint8Array, errors: string): string {
  const codec = 'rawunicodeescape';
  let out = '';
  const n = data.length;
  let i = 0;
  while (i < n) {
    if (data[i] !== 0x5c) {
      out += String.fromCharCode(data[i++]);
      continue;
    }
    // Only a backslash not itself escaped (an odd run) starts \u or \U.
    let j = i;
    while (j < n && data[j] === 0x5c) j++;
    const e = data[j];
    if ((j - i) % 2 === 0 || (e !== 0x75 && e !== 0x55)) {
      out += '\\'.repeat(j - i);
      i = j;
      continue;
    }
    out += '\\'.repeat(j - i - 1);
    const start = j - 1;
    const count = e === 0x75 ? 4 : 8;
    const r = readHex(data, j + 1, count);
    if ('stop' in r) {
      out += handleDecodeError(errors, codec, data, start, r.stop, `truncated ${e === 0x75 ? '\\uXXXX' : '\\UXXXXXXXX'} escape`);
      i = r.stop;
    } else if (r.value > 0x10ffff) {
      out += handleDecodeError(errors, codec, data, start, j + 1 + count, '\\Uxxxxxxxx out of range');
      i = j + 1 + count;
    } else {
      out += String.fromCodePoint(r.value);
      i = j + 1 + count;
    }
  }
  return out;
}

export const unicodeEscape: ExtraCodec = {
  encode: (s) => encodeEscaped(s, false),
  decode: decodeUnicodeEscape,
};

export const rawUnicodeEscape: ExtraCodec = {
  encode: (s) => encodeEscaped(s, true),
  decode: decodeRawUnicodeEscape,
};
