// The single-byte code pages CPython ships as charmap codecs (cp1250-cp1258,
// iso8859-2..16, koi8-r/u, mac-roman, mac-cyrillic, cp866, cp874, cp437) for
// str.encode, bytes.decode and open(), under CPython's names and aliases.
// Decoding tables come from the engine's WHATWG decoders (those it lacks
// from charmapTables.ts, generated from CPython), corrected where
// CPython differs: its bytes without a character (WHATWG's U+FFFD, and the
// C1 controls WHATWG gives the Windows code pages, a few more) raise 'character maps to
// <undefined>'; errors name the codec 'charmap', as CPython's do.
import { raiseWith, builtinTypes } from './object.js';
import { handleDecodeError } from './bytes.js';
import type { ExtraCodec } from './extensionHooks.js';
import { nameReplacement } from './str.js';
import { UPPER_HALVES } from './charmapTables.js';

/** The 0x80-0x9f row of cp1252 (node's windows-1252 decoder is plain latin-1); 0 marks a byte without a character. */
const CP1252_C1 = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

interface Page {
  /** CPython's codec module name, the key its aliases resolve to. */
  readonly name: string;
  /** The WHATWG decoder's label; null for the pages of charmapTables.ts. */
  readonly whatwg: string | null;
  readonly aliases: readonly string[];
}

const PAGES: readonly Page[] = [
  ...[1250, 1251, 1252, 1253, 1254, 1255, 1256, 1257, 1258].map((n) => ({ name: `cp${n}`, whatwg: `windows-${n}`, aliases: [`${n}`, `windows_${n}`] })),
  { name: 'iso8859_2', whatwg: 'iso-8859-2', aliases: ['csisolatin2', 'iso_8859_2_1987', 'iso_ir_101', 'l2', 'latin2'] },
  { name: 'iso8859_3', whatwg: 'iso-8859-3', aliases: ['csisolatin3', 'iso_8859_3_1988', 'iso_ir_109', 'l3', 'latin3'] },
  { name: 'iso8859_4', whatwg: 'iso-8859-4', aliases: ['csisolatin4', 'iso_8859_4_1988', 'iso_ir_110', 'l4', 'latin4'] },
  { name: 'iso8859_5', whatwg: 'iso-8859-5', aliases: ['csisolatincyrillic', 'cyrillic', 'iso_8859_5_1988', 'iso_ir_144'] },
  { name: 'iso8859_6', whatwg: 'iso-8859-6', aliases: ['arabic', 'asmo_708', 'csisolatinarabic', 'ecma_114', 'iso_8859_6_1987', 'iso_ir_127'] },
  { name: 'iso8859_7', whatwg: 'iso-8859-7', aliases: ['csisolatingreek', 'ecma_118', 'elot_928', 'greek', 'greek8', 'iso_8859_7_1987', 'iso_ir_126'] },
  { name: 'iso8859_8', whatwg: 'iso-8859-8', aliases: ['csisolatinhebrew', 'hebrew', 'iso_8859_8_1988', 'iso_ir_138'] },
  { name: 'iso8859_10', whatwg: 'iso-8859-10', aliases: ['csisolatin6', 'iso_8859_10_1992', 'iso_ir_157', 'l6', 'latin6'] },
  { name: 'iso8859_13', whatwg: 'iso-8859-13', aliases: ['l7', 'latin7'] },
  { name: 'iso8859_14', whatwg: 'iso-8859-14', aliases: ['iso_8859_14_1998', 'iso_celtic', 'iso_ir_199', 'l8', 'latin8'] },
  { name: 'iso8859_15', whatwg: 'iso-8859-15', aliases: ['l9', 'latin9'] },
  { name: 'koi8_r', whatwg: 'koi8-r', aliases: ['cskoi8r'] },
  { name: 'koi8_u', whatwg: 'koi8-u', aliases: [] },
  { name: 'mac_roman', whatwg: 'macintosh', aliases: ['macintosh', 'macroman'] },
  { name: 'mac_cyrillic', whatwg: 'x-mac-cyrillic', aliases: ['maccyrillic'] },
  { name: 'cp866', whatwg: 'ibm866', aliases: ['866', 'csibm866', 'ibm866'] },
  { name: 'cp874', whatwg: 'windows-874', aliases: [] },
  { name: 'cp437', whatwg: null, aliases: ['437', 'cspc8codepage437', 'ibm437'] },
  { name: 'iso8859_11', whatwg: null, aliases: ['iso_8859_11_2001', 'thai'] },
  { name: 'iso8859_16', whatwg: null, aliases: ['iso_8859_16_2001', 'iso_ir_226', 'l10', 'latin10'] },
];

interface Tables {
  /** Byte -> code point, -1 for a byte without a character. */
  readonly decode: Int32Array;
  readonly encode: Map<number, number>;
}

function buildTables(page: Page): Tables {
  const decode = new Int32Array(256);
  if (page.whatwg === null) {
    const upper = UPPER_HALVES[page.name]!;
    for (let b = 0; b < 256; b++) decode[b] = b < 0x80 ? b : upper[b - 0x80]!;
    return { decode, encode: encodeTable(decode) };
  }
  const text = new TextDecoder(page.whatwg).decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  const points = Array.from(text, (c) => c.codePointAt(0)!);
  const windows = page.name.startsWith('cp12') || page.name === 'cp874';
  for (let b = 0; b < 256; b++) {
    let cp = points[b]!;
    // WHATWG's ibm866 moves three ASCII controls; CPython keeps ASCII as is.
    if (b < 0x80) cp = b;
    else if (page.name === 'cp1252' && b < 0xa0) cp = CP1252_C1[b - 0x80]! || -1;
    // WHATWG fills some of CPython's holes: cp874's with private-use characters, cp1253's 0xaa with U+00AA.
    else if (cp === 0xfffd || (windows && b < 0xa0 && cp === b) || (page.name === 'cp874' && cp >= 0xe000 && cp <= 0xf8ff)) cp = -1;
    else if (page.name === 'cp1253' && b === 0xaa) cp = -1;
    decode[b] = cp;
  }
  return { decode, encode: encodeTable(decode) };
}

function encodeTable(decode: Int32Array): Map<number, number> {
  const encode = new Map<number, number>();
  for (let b = 255; b >= 0; b--) if (decode[b]! >= 0) encode.set(decode[b]!, b);
  return encode;
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

function charmapCodec(page: Page): ExtraCodec {
  let tables: Tables | null = null;
  const get = (): Tables => (tables ??= buildTables(page));
  return {
    encode(s: string, errors: string): Uint8Array {
      const { encode } = get();
      const cps = Array.from(s, (c) => c.codePointAt(0)!);
      const out: number[] = [];
      for (let pos = 0; pos < cps.length; pos++) {
        const cp = cps[pos]!;
        const b = encode.get(cp);
        if (b !== undefined) {
          out.push(b);
          continue;
        }
        let end = pos + 1;
        while (end < cps.length && !encode.has(cps[end]!)) end++;
        const fail = (): never => raiseWith(builtinTypes.get('UnicodeEncodeError')!, ['charmap', s, pos, end, 'character maps to <undefined>']);
        const ascii = (text: string): void => {
          for (const c of text) out.push(c.charCodeAt(0));
        };
        switch (errors) {
          case 'strict': fail(); break;
          case 'ignore': break;
          case 'replace': out.push(0x3f); break;
          case 'xmlcharrefreplace': ascii(`&#${cp};`); break;
          case 'backslashreplace': ascii(cp < 0x100 ? `\\x${hex(cp, 2)}` : cp < 0x10000 ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`); break;
          case 'namereplace': ascii(nameReplacement(cp)); break;
          case 'surrogateescape':
            if (cp >= 0xdc80 && cp <= 0xdcff) out.push(cp - 0xdc00);
            else fail();
            break;
          default: raiseWith(builtinTypes.get('LookupError')!, [`unknown error handler name '${errors}'`]);
        }
      }
      return Uint8Array.from(out);
    },
    decode(data: Uint8Array, errors: string): string {
      const { decode } = get();
      let out = '';
      for (let i = 0; i < data.length; i++) {
        const cp = decode[data[i]!]!;
        out += cp >= 0 ? String.fromCodePoint(cp) : handleDecodeError(errors, 'charmap', data, i, i + 1, 'character maps to <undefined>');
      }
      return out;
    },
  };
}

/** The codecs by every name CPython accepts for them, normalized (lower case, '_' for '-' and spaces). */
export const charmapCodecs = new Map<string, ExtraCodec>();
/** The same names to the codec's name as codecs.lookup() reports it ('cp1252', 'iso8859-2', 'mac-roman'). */
export const charmapCodecNames = new Map<string, string>();
for (const page of PAGES) {
  const codec = charmapCodec(page);
  const dashed = page.name.replace(/^iso8859_/, 'iso_8859_');
  for (const alias of new Set([page.name, dashed, ...page.aliases])) {
    charmapCodecs.set(alias, codec);
    charmapCodecNames.set(alias, page.name.replace(/_/g, '-'));
  }
}
