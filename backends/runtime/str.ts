// Python str semantics on JS strings: code-point length/indexing/slicing, the
// Unicode 14 predicates CPython 3.11 uses (from unicodeTables.ts), repr and
// ascii, and the str methods with CPython's results and error messages.
// Invariant: a Python str is a JS string; code-point positions are used
// everywhere Python sees an index. Strings without surrogates (the common
// case, detected once per string by a cached regex test) take O(1) paths.
import { raiseError, raiseWith, builtinTypes, typeName, type PyValue } from './object.js';
import * as T from './unicodeTables.js';
import { inRanges } from './unicodeTables.js';
import { setStringHelpers } from './int.js';
import { setFloatStringHelpers } from './float.js';
import { extraCodecs } from './extensionHooks.js';
import { unicodeNameOf } from '../../frontend/lexer/unicodeNames.js';

// ---- code points ----

const SURROGATE_RE = /[\uD800-\uDFFF]/;
/** Below this length a regex scan is as cheap as a cache lookup. */
const SCAN_LIMIT = 64;
let lastChecked = '';
let lastHasSurrogates = false;
/** Long strings seen recently; V8 caches a string's hash, so a hit costs O(1). */
const surrogateCache = new Map<string, boolean>();

/** Whether s has UTF-16 surrogates (so code-point and code-unit indexes differ). */
export function hasSurrogates(s: string): boolean {
  if (s.length < 16) {
    for (let i = 0; i < s.length; i++) if ((s.charCodeAt(i) & 0xf800) === 0xd800) return true;
    return false;
  }
  if (s.length < SCAN_LIMIT) return SURROGATE_RE.test(s);
  if (s === lastChecked) return lastHasSurrogates;
  let r = surrogateCache.get(s);
  if (r === undefined) {
    r = SURROGATE_RE.test(s);
    if (surrogateCache.size >= 256) surrogateCache.clear();
    surrogateCache.set(s, r);
  }
  lastChecked = s;
  lastHasSurrogates = r;
  return r;
}

/** len(s) in code points. */
export function strLen(s: string): number {
  if (s.length <= 1 || !hasSurrogates(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** The code points of s as one-character strings. */
export function codePoints(s: string): string[] {
  return hasSurrogates(s) ? Array.from(s) : s.split('');
}

/** UTF-16 offset of code-point index `index` (0 <= index <= len). */
function unitOffset(s: string, index: number): number {
  if (!hasSurrogates(s)) return index;
  let i = 0;
  for (let n = 0; n < index && i < s.length; n++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return i;
}

/** Code-point index of UTF-16 offset `offset`. */
function pointIndex(s: string, offset: number): number {
  if (!hasSurrogates(s)) return offset;
  return strLen(s.slice(0, offset));
}

/** s[i] with a normalized (possibly negative) index. */
export function strGetItem(s: string, i: number): string {
  if (!hasSurrogates(s)) {
    if (i < 0) i += s.length;
    if (i < 0 || i >= s.length) raiseError('IndexError', 'string index out of range');
    return s[i];
  }
  const points = Array.from(s);
  if (i < 0) i += points.length;
  if (i < 0 || i >= points.length) raiseError('IndexError', 'string index out of range');
  return points[i];
}

/** s[start:stop:step] for bounds already adjusted to the length (slice.ts's adjustSlice). */
export function strSlice(s: string, start: number, step: number, length: number): string {
  if (length <= 0) return '';
  if (!hasSurrogates(s)) {
    if (step === 1) return s.slice(start, start + length);
    let out = '';
    for (let i = 0, j = start; i < length; i++, j += step) out += s[j];
    return out;
  }
  const points = Array.from(s);
  if (step === 1) return points.slice(start, start + length).join('');
  let out = '';
  for (let i = 0, j = start; i < length; i++, j += step) out += points[j];
  return out;
}

export function strOrd(s: string): number {
  if (s.length === 1) return s.charCodeAt(0);
  const n = strLen(s);
  if (n !== 1) raiseError('TypeError', `ord() expected a character, but string of length ${n} found`);
  return s.codePointAt(0)!;
}

export function strChr(cp: number): string {
  if (!(cp >= 0 && cp < 0x110000)) raiseError('ValueError', 'chr() arg not in range(0x110000)');
  return String.fromCodePoint(cp);
}

/** Compares by code point (JS `<` compares UTF-16 units, which misorders astral vs U+E000..U+FFFF). */
export function strCompare(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length < b.length ? -1 : 1;
  const x = a.charCodeAt(i);
  const y = b.charCodeAt(i);
  if (x >= 0xd800 && y >= 0xd800) return unitRank(a, i) < unitRank(b, i) ? -1 : 1;
  return x < y ? -1 : 1;
}

/** The order of the unit at i: a unit of a surrogate pair ranks above the BMP; a lone surrogate is its own code point. */
function unitRank(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return c;
  const paired = c < 0xdc00 ? (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 : i > 0 && (s.charCodeAt(i - 1) & 0xfc00) === 0xd800;
  return paired ? c + 0x10000 : c;
}

// ---- Unicode predicates (CPython 3.11, Unicode 14) ----

export function isPrintableCp(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  return inRanges(T.PRINTABLE, cp);
}
export function isAlphaCp(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return inRanges(T.ALPHA, cp);
}
/** The decimal digit value of cp, or -1. */
export function decimalValue(cp: number): number {
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39 ? cp - 0x30 : -1;
  const t = T.DECIMAL_RUNS;
  for (let i = 0; i < t.length; i += 2) {
    if (cp < t[i]) return -1;
    if (cp <= t[i + 1]) return cp - t[i];
  }
  return -1;
}
export function isDecimalCp(cp: number): boolean { return decimalValue(cp) >= 0; }
export function isDigitCp(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39;
  return inRanges(T.DIGIT, cp);
}
export function isNumericCp(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39;
  return inRanges(T.NUMERIC, cp);
}
export function isSpaceCp(cp: number): boolean {
  if (cp < 0x80) return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1f);
  return inRanges(T.SPACE, cp);
}
export function isLowerCp(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x61 && cp <= 0x7a;
  return inRanges(T.LOWER, cp);
}
export function isUpperCp(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a;
  return inRanges(T.UPPER, cp);
}
export function isTitleCp(cp: number): boolean { return cp >= 0x80 && inRanges(T.TITLE, cp); }
export function isCasedCp(cp: number): boolean {
  if (cp < 0x80) return isAlphaCp(cp);
  return inRanges(T.CASED, cp);
}
function isCaseIgnorableCp(cp: number): boolean { return inRanges(T.CASE_IGNORABLE, cp); }
export function isAlnumCp(cp: number): boolean {
  return isAlphaCp(cp) || isDecimalCp(cp) || isDigitCp(cp) || isNumericCp(cp);
}

/** True when s is nonempty and every code point satisfies pred. */
function all(s: string, pred: (cp: number) => boolean): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (!pred(cp)) return false;
  }
  return true;
}

export const strIsAlpha = (s: string): boolean => all(s, isAlphaCp);
export const strIsAlnum = (s: string): boolean => all(s, isAlnumCp);
export const strIsDecimal = (s: string): boolean => all(s, isDecimalCp);
export const strIsDigit = (s: string): boolean => all(s, isDigitCp);
export const strIsNumeric = (s: string): boolean => all(s, isNumericCp);
export const strIsSpace = (s: string): boolean => all(s, isSpaceCp);
export const strIsAscii = (s: string): boolean => /^[\x00-\x7f]*$/.test(s);
export const strIsPrintable = (s: string): boolean => s.length === 0 || all(s, isPrintableCp);

export function strIsLower(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (isUpperCp(cp) || isTitleCp(cp)) return false;
    if (!cased && isLowerCp(cp)) cased = true;
  }
  return cased;
}

export function strIsUpper(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (isLowerCp(cp) || isTitleCp(cp)) return false;
    if (!cased && isUpperCp(cp)) cased = true;
  }
  return cased;
}

export function strIsTitle(s: string): boolean {
  let cased = false;
  let previousIsCased = false;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (isUpperCp(cp) || isTitleCp(cp)) {
      if (previousIsCased) return false;
      previousIsCased = true;
      cased = true;
    } else if (isLowerCp(cp)) {
      if (!previousIsCased) return false;
      previousIsCased = true;
      cased = true;
    } else {
      previousIsCased = false;
    }
  }
  return cased;
}

export function strIsIdentifier(s: string): boolean {
  if (s.length === 0) return false;
  let first = true;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) {
      const ok = cp === 0x5f || isAlphaCp(cp) || (!first && cp >= 0x30 && cp <= 0x39);
      if (!ok) return false;
    } else if (!inRanges(first ? T.ID_START : T.ID_CONTINUE, cp)) {
      return false;
    }
    first = false;
  }
  return true;
}

// ---- case mapping ----

function mapChars(s: string, js: (ch: string) => string, diff: Readonly<Record<number, string>>): string {
  let out = '';
  for (const ch of s) {
    const special = diff[ch.codePointAt(0)!];
    out += special !== undefined ? special : js(ch);
  }
  return out;
}

const toUpperJs = (ch: string): string => ch.toUpperCase();
const toLowerJs = (ch: string): string => ch.toLowerCase();

export function strUpper(s: string): string {
  if (strIsAscii(s)) return s.toUpperCase();
  return mapChars(s, toUpperJs, T.UPPER_DIFF);
}

/** Lowercases, with CPython's final-sigma rule for U+03A3. */
export function strLower(s: string): string {
  if (strIsAscii(s)) return s.toLowerCase();
  const points = Array.from(s);
  let out = '';
  for (let i = 0; i < points.length; i++) out += lowerAt(points, i);
  return out;
}

function lowerAt(points: string[], i: number): string {
  const ch = points[i];
  if (ch === '\u03a3') return finalSigma(points, i) ? '\u03c2' : '\u03c3';
  const special = T.LOWER_DIFF[ch.codePointAt(0)!];
  return special !== undefined ? special : ch.toLowerCase();
}

/** CPython's handle_capital_sigma: a cased letter before (skipping case-ignorables) and none after. */
function finalSigma(points: string[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && isCaseIgnorableCp(points[j].codePointAt(0)!)) j--;
  if (j < 0 || !isCasedCp(points[j].codePointAt(0)!)) return false;
  j = i + 1;
  while (j < points.length && isCaseIgnorableCp(points[j].codePointAt(0)!)) j++;
  return j === points.length || !isCasedCp(points[j].codePointAt(0)!);
}

function titleChar(ch: string): string {
  const t = T.TITLE_DIFF[ch.codePointAt(0)!];
  if (t !== undefined) return t;
  const u = T.UPPER_DIFF[ch.codePointAt(0)!];
  return u !== undefined ? u : ch.toUpperCase();
}

function upperChar(ch: string): string {
  const u = T.UPPER_DIFF[ch.codePointAt(0)!];
  return u !== undefined ? u : ch.toUpperCase();
}

export function strCasefold(s: string): string {
  if (strIsAscii(s)) return s.toLowerCase();
  let out = '';
  for (const ch of s) {
    const f = T.FOLD_DIFF[ch.codePointAt(0)!];
    out += f !== undefined ? f : lowerAt([ch], 0);
  }
  return out;
}

export function strSwapcase(s: string): string {
  const points = Array.from(s);
  let out = '';
  for (let i = 0; i < points.length; i++) {
    const cp = points[i].codePointAt(0)!;
    if (isUpperCp(cp)) out += lowerAt(points, i);
    else if (isLowerCp(cp)) out += upperChar(points[i]);
    else out += points[i];
  }
  return out;
}

export function strTitle(s: string): string {
  const points = Array.from(s);
  let out = '';
  let previousIsCased = false;
  for (let i = 0; i < points.length; i++) {
    out += previousIsCased ? lowerAt(points, i) : titleChar(points[i]);
    previousIsCased = isCasedCp(points[i].codePointAt(0)!);
  }
  return out;
}

export function strCapitalize(s: string): string {
  const points = Array.from(s);
  if (points.length === 0) return s;
  let out = titleChar(points[0]);
  for (let i = 1; i < points.length; i++) out += lowerAt(points, i);
  return out;
}

// ---- repr ----

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

function escapeChar(cp: number, ch: string, quote: string, asciiOnly: boolean): string {
  switch (cp) {
    case 0x5c: return '\\\\';
    case 0x09: return '\\t';
    case 0x0a: return '\\n';
    case 0x0d: return '\\r';
  }
  if (ch === quote) return '\\' + quote;
  if (cp < 0x20 || cp === 0x7f) return '\\x' + hex(cp, 2);
  if (cp < 0x7f) return ch;
  if (!asciiOnly && isPrintableCp(cp)) return ch;
  if (cp < 0x100) return '\\x' + hex(cp, 2);
  if (cp < 0x10000) return '\\u' + hex(cp, 4);
  return '\\U' + hex(cp, 8);
}

function quoteString(s: string, asciiOnly: boolean): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  if (/^[ !#-&(-[\]-~]*$/.test(s)) return quote + s + quote;
  let out = quote;
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    let ch = s[i];
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (d - 0xdc00);
        ch = s.slice(i, i + 2);
        i++;
      }
    }
    out += escapeChar(cp, ch, quote, asciiOnly);
  }
  return out + quote;
}

/** repr(str) as CPython: quote choice and escapes by Unicode 14 printability. */
export function strRepr(s: string): string {
  return quoteString(s, false);
}

/** ascii(str): repr with every non-ASCII code point escaped. */
export function strAscii(s: string): string {
  return quoteString(s, true);
}

setStringHelpers(decimalValue, strRepr);
setFloatStringHelpers(decimalValue, strRepr);

// ---- searching ----

/** Python's clamping of start/end (None as undefined) to [0, len], in code points. */
function clampRange(len: number, start: number | undefined, end: number | undefined): [number, number] {
  let s = start ?? 0;
  let e = end ?? len;
  if (s < 0) { s += len; if (s < 0) s = 0; }
  if (e > len) e = len;
  else if (e < 0) { e += len; if (e < 0) e = 0; }
  return [s, e];
}

/** The searched window as a JS string plus its code-point offset; null when start > end. */
function window(s: string, start: number | undefined, end: number | undefined): { text: string; base: number } | null {
  if (start === undefined && end === undefined) return { text: s, base: 0 };
  const [a, b] = clampRange(strLen(s), start, end);
  if (a > b) return null;
  return { text: s.slice(unitOffset(s, a), unitOffset(s, b)), base: a };
}

export function strFind(s: string, sub: string, start?: number, end?: number): number {
  const w = window(s, start, end);
  if (w === null) return -1;
  const i = w.text.indexOf(sub);
  return i < 0 ? -1 : w.base + pointIndex(w.text, i);
}

export function strRfind(s: string, sub: string, start?: number, end?: number): number {
  const w = window(s, start, end);
  if (w === null) return -1;
  const i = w.text.lastIndexOf(sub);
  return i < 0 ? -1 : w.base + pointIndex(w.text, i);
}

export function strIndex(s: string, sub: string, start?: number, end?: number): number {
  const i = strFind(s, sub, start, end);
  if (i < 0) raiseError('ValueError', 'substring not found');
  return i;
}

export function strRindex(s: string, sub: string, start?: number, end?: number): number {
  const i = strRfind(s, sub, start, end);
  if (i < 0) raiseError('ValueError', 'substring not found');
  return i;
}

export function strCount(s: string, sub: string, start?: number, end?: number): number {
  const w = window(s, start, end);
  if (w === null) return 0;
  if (sub.length === 0) return strLen(w.text) + 1;
  let n = 0;
  for (let i = w.text.indexOf(sub); i >= 0; i = w.text.indexOf(sub, i + sub.length)) n++;
  return n;
}

export function strContains(s: string, sub: string): boolean {
  if (!s.includes(sub)) return false;
  const n = sub.length;
  // A match may start inside a surrogate pair (sub begins with a low surrogate) or end
  // inside one (sub ends with a high surrogate): such a match splits a code point.
  const lowFirst = n > 0 && (sub.charCodeAt(0) & 0xfc00) === 0xdc00;
  const highLast = n > 0 && (sub.charCodeAt(n - 1) & 0xfc00) === 0xd800;
  if (!lowFirst && !highLast) return true;
  for (let i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) {
    if (lowFirst && i > 0 && (s.charCodeAt(i - 1) & 0xfc00) === 0xd800) continue;
    if (highLast && i + n < s.length && (s.charCodeAt(i + n) & 0xfc00) === 0xdc00) continue;
    return true;
  }
  return false;
}

/** startswith/endswith with a str or tuple of str prefixes (already unpacked by the caller). */
export function strStartsWith(s: string, prefixes: readonly string[], start?: number, end?: number): boolean {
  const w = window(s, start, end);
  if (w === null) return false;
  return prefixes.some((p) => w.text.startsWith(p));
}

export function strEndsWith(s: string, suffixes: readonly string[], start?: number, end?: number): boolean {
  const w = window(s, start, end);
  if (w === null) return false;
  return suffixes.some((p) => w.text.endsWith(p));
}

// ---- building ----

/** The longest string V8 builds, in UTF-16 units: a longer result is Python's MemoryError, never a JS RangeError. */
const MAX_STRING_UNITS = 2 ** 29 - 24;

/** Raises MemoryError for a string result of `units` UTF-16 units that V8 cannot hold. */
export function reserveStringLength(units: number): void {
  if (units > MAX_STRING_UNITS) raiseWith(builtinTypes.get('MemoryError')!, []);
}

export function strRepeat(s: string, n: number): string {
  if (n <= 0 || s.length === 0) return '';
  if (s.length * n >= 2 ** 63) raiseError('OverflowError', 'repeated string is too long');
  reserveStringLength(s.length * n);
  return s.repeat(n);
}

export function strJoin(sep: string, items: readonly PyValue[]): string {
  for (let i = 0; i < items.length; i++) {
    if (typeof items[i] !== 'string') {
      raiseError('TypeError', `sequence item ${i}: expected str instance, ${typeName(items[i])} found`);
    }
  }
  // Concatenation beats Array.prototype.join for a few items (about 2x on 3).
  if (items.length <= 8) {
    let out = items.length === 0 ? '' : items[0] as string;
    for (let i = 1; i < items.length; i++) out = out + sep + (items[i] as string);
    return out;
  }
  return (items as string[]).join(sep);
}

function fillCheck(fill: string): void {
  if (strLen(fill) !== 1) raiseError('TypeError', 'The fill character must be exactly one character long');
}

export function strCenter(s: string, width: number, fill = ' '): string {
  fillCheck(fill);
  const len = strLen(s);
  if (width <= len) return s;
  reserveStringLength(width);
  const marg = width - len;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return strRepeat(fill, left) + s + strRepeat(fill, marg - left);
}

export function strLjust(s: string, width: number, fill = ' '): string {
  fillCheck(fill);
  const len = strLen(s);
  if (width <= len) return s;
  reserveStringLength(width);
  return s + strRepeat(fill, width - len);
}

export function strRjust(s: string, width: number, fill = ' '): string {
  fillCheck(fill);
  const len = strLen(s);
  if (width <= len) return s;
  reserveStringLength(width);
  return strRepeat(fill, width - len) + s;
}

export function strZfill(s: string, width: number): string {
  const len = strLen(s);
  if (width <= len) return s;
  reserveStringLength(width);
  const pad = strRepeat('0', width - len);
  if (s[0] === '+' || s[0] === '-') return s[0] + pad + s.slice(1);
  return pad + s;
}

export function strExpandtabs(s: string, tabsize = 8): string {
  let out = '';
  let column = 0;
  for (const ch of s) {
    if (ch === '\t') {
      if (tabsize > 0) {
        const n = tabsize - (column % tabsize);
        out += ' '.repeat(n);
        column += n;
      }
    } else {
      out += ch;
      column = ch === '\n' || ch === '\r' ? 0 : column + 1;
    }
  }
  return out;
}

export function strReplace(s: string, old: string, replacement: string, count = -1): string {
  if (count === 0) return s;
  if (old.length === 0) {
    const points = codePoints(s);
    if (count < 0) return replacement + points.join(replacement) + (points.length > 0 ? replacement : '');
    let out = '';
    let n = 0;
    for (let i = 0; i <= points.length; i++) {
      if (n < count) { out += replacement; n++; }
      if (i < points.length) out += points[i];
    }
    return out;
  }
  // An indexOf loop (a negative count never ends it): V8's
  // split(old).join(replacement) builds an array and was 3 to 5 times slower.
  let out = '';
  let pos = 0;
  for (let n = 0; n !== count; n++) {
    const i = s.indexOf(old, pos);
    if (i < 0) break;
    out += s.slice(pos, i) + replacement;
    pos = i + old.length;
  }
  return pos === 0 ? s : out + s.slice(pos);
}

export function strRemovePrefix(s: string, prefix: string): string {
  return prefix.length > 0 && s.startsWith(prefix) ? s.slice(prefix.length) : s;
}

export function strRemoveSuffix(s: string, suffix: string): string {
  return suffix.length > 0 && s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s;
}

// ---- splitting and stripping ----

function isSpaceAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
  return isSpaceCp(c);
}

export function strSplit(s: string, sep: string | undefined, maxsplit = -1): string[] {
  if (sep === undefined) return splitWhitespace(s, maxsplit);
  if (sep.length === 0) raiseError('ValueError', 'empty separator');
  if (maxsplit < 0) return s.split(sep);
  const out: string[] = [];
  let pos = 0;
  while (out.length < maxsplit) {
    const i = s.indexOf(sep, pos);
    if (i < 0) break;
    out.push(s.slice(pos, i));
    pos = i + sep.length;
  }
  out.push(s.slice(pos));
  return out;
}

function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  while (true) {
    while (i < n && isSpaceAt(s, i)) i++;
    if (i === n) return out;
    if (out.length === maxsplit) {
      out.push(s.slice(i));
      return out;
    }
    const startWord = i;
    while (i < n && !isSpaceAt(s, i)) i++;
    out.push(s.slice(startWord, i));
  }
}

export function strRsplit(s: string, sep: string | undefined, maxsplit = -1): string[] {
  if (maxsplit < 0) return strSplit(s, sep, -1);
  if (sep === undefined) {
    const out: string[] = [];
    let i = s.length;
    while (true) {
      while (i > 0 && isSpaceAt(s, i - 1)) i--;
      if (i === 0) break;
      if (out.length === maxsplit) {
        out.push(s.slice(0, i));
        break;
      }
      const endWord = i;
      while (i > 0 && !isSpaceAt(s, i - 1)) i--;
      out.push(s.slice(i, endWord));
    }
    return out.reverse();
  }
  if (sep.length === 0) raiseError('ValueError', 'empty separator');
  const out: string[] = [];
  let end = s.length;
  while (out.length < maxsplit) {
    const i = end - sep.length < 0 ? -1 : s.lastIndexOf(sep, end - sep.length);
    if (i < 0) break;
    out.push(s.slice(i + sep.length, end));
    end = i;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

const LINE_BREAK_RE = /\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/g;

export function strSplitlines(s: string, keepends = false): string[] {
  const out: string[] = [];
  let pos = 0;
  LINE_BREAK_RE.lastIndex = 0;
  for (let m = LINE_BREAK_RE.exec(s); m !== null; m = LINE_BREAK_RE.exec(s)) {
    const end = m.index + m[0].length;
    out.push(s.slice(pos, keepends ? end : m.index));
    pos = end;
  }
  if (pos < s.length) out.push(s.slice(pos));
  return out;
}

export function strPartition(s: string, sep: string): [string, string, string] {
  if (sep.length === 0) raiseError('ValueError', 'empty separator');
  const i = s.indexOf(sep);
  if (i < 0) return [s, '', ''];
  return [s.slice(0, i), sep, s.slice(i + sep.length)];
}

export function strRpartition(s: string, sep: string): [string, string, string] {
  if (sep.length === 0) raiseError('ValueError', 'empty separator');
  const i = s.lastIndexOf(sep);
  if (i < 0) return ['', '', s];
  return [s.slice(0, i), sep, s.slice(i + sep.length)];
}

function stripper(chars: string | undefined): (s: string, i: number) => boolean {
  if (chars === undefined) return isSpaceAt;
  const set = new Set(chars.split(''));
  return (s, i) => set.has(s[i]);
}

export function strStrip(s: string, chars?: string): string {
  return strRstrip(strLstrip(s, chars), chars);
}

export function strLstrip(s: string, chars?: string): string {
  if (chars !== undefined && hasSurrogates(chars)) return stripPoints(s, chars, true, false);
  const strip = stripper(chars);
  let i = 0;
  while (i < s.length && strip(s, i)) i++;
  return s.slice(i);
}

export function strRstrip(s: string, chars?: string): string {
  if (chars !== undefined && hasSurrogates(chars)) return stripPoints(s, chars, false, true);
  const strip = stripper(chars);
  let end = s.length;
  while (end > 0 && strip(s, end - 1)) end--;
  return s.slice(0, end);
}

function stripPoints(s: string, chars: string, left: boolean, right: boolean): string {
  const set = new Set(codePoints(chars));
  const points = codePoints(s);
  let a = 0;
  let b = points.length;
  if (left) while (a < b && set.has(points[a])) a++;
  if (right) while (b > a && set.has(points[b - 1])) b--;
  return points.slice(a, b).join('');
}

// ---- translate ----

/**
 * str.translate: `lookup(cp)` returns the replacement (a str, a code point
 * number, or null to delete) or undefined when the table has no entry.
 */
export function strTranslate(s: string, lookup: (cp: number) => string | number | null | undefined): string {
  let out = '';
  for (const ch of s) {
    const r = lookup(ch.codePointAt(0)!);
    if (r === undefined) out += ch;
    else if (r === null) continue;
    else if (typeof r === 'number') {
      if (!(r >= 0 && r < 0x110000)) raiseError('ValueError', 'character mapping must be in range(0x110000)');
      out += String.fromCodePoint(r);
    } else out += r;
  }
  return out;
}

/** str.maketrans(x, y, z) with string arguments: code point -> code point or null (deleted). */
export function strMaketrans(x: string, y: string, z?: string): Map<number, number | null> {
  const from = codePoints(x);
  const to = codePoints(y);
  if (from.length !== to.length) raiseError('ValueError', 'the first two maketrans arguments must have equal length');
  const table = new Map<number, number | null>();
  for (let i = 0; i < from.length; i++) table.set(from[i].codePointAt(0)!, to[i].codePointAt(0)!);
  if (z !== undefined) for (const ch of z) table.set(ch.codePointAt(0)!, null);
  return table;
}

// ---- encode ----

// Codecs CPython has that are not text encodings (bytes-to-bytes or str-to-str): str.encode,
// bytes.decode and open() name them in their LookupError.
const NON_TEXT_CODECS = new Set([
  'rot13', 'rot_13', 'hex', 'hex_codec', 'base64', 'base_64', 'base64_codec', 'zip', 'zlib', 'zlib_codec',
  'bz2', 'bz2_codec', 'uu', 'uu_codec', 'quopri', 'quopri_codec', 'quoted_printable', 'quotedprintable',
]);

/**
 * Normalizes an encoding name to 'utf-8', 'ascii' or 'latin-1'; LookupError otherwise
 * (`use` names the function the message suggests for a codec that is not a text encoding).
 */
export function normalizeEncoding(name: string, use: 'encode' | 'decode' | 'open' = 'encode'): 'utf-8' | 'ascii' | 'latin-1' {
  const n = name.toLowerCase().replace(/[-\s]/g, '_');
  switch (n) {
    case 'utf_8': case 'utf8': case 'u8': case 'utf': case 'cp65001':
      return 'utf-8';
    case 'ascii': case 'us_ascii': case '646':
      return 'ascii';
    case 'latin_1': case 'latin1': case 'latin': case 'l1': case 'iso_8859_1': case 'iso8859_1': case '8859': case 'cp819': case 'iso_ir_100':
      return 'latin-1';
  }
  if (NON_TEXT_CODECS.has(n)) raiseError('LookupError', `'${name}' is not a text encoding; use codecs.${use}() to handle arbitrary codecs`);
  return raiseError('LookupError', `unknown encoding: ${name}`);
}

/** The namereplace error handler's text for cp: \N{NAME}, or a \x, \u or \U escape for a character without a name. */
export function nameReplacement(cp: number): string {
  const name = unicodeNameOf(cp);
  if (name !== undefined) return `\\N{${name}}`;
  return cp < 0x100 ? `\\x${hex(cp, 2)}` : cp < 0x10000 ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`;
}

/** CPython's message names the whole run of unencodable characters starting at `pos` (up to `end`). */
function encodeErrorMessage(encoding: string, s: string, cp: number, pos: number, reason: string, end = pos + 1): string {
  if (end - pos > 1) return `'${encoding}' codec can't encode characters in position ${pos}-${end - 1}: ${reason}`;
  const ch = String.fromCodePoint(cp);
  return `'${encoding}' codec can't encode character ${strAscii(ch)} in position ${pos}: ${reason}`;
}

/** str.encode(encoding, errors) for utf-8, ascii and latin-1, and the extra codecs. */
export function strEncode(s: string, encoding = 'utf-8', errors = 'strict'): Uint8Array {
  const extra = encoding === 'utf-8' || extraCodecs.lookup === null ? null : extraCodecs.lookup(encoding);
  if (extra !== null) return extra.encode(s, errors);
  const enc = normalizeEncoding(encoding);
  if (enc === 'utf-8' && !hasSurrogates(s)) return new TextEncoder().encode(s);
  const limit = enc === 'ascii' ? 0x80 : enc === 'latin-1' ? 0x100 : 0x110000;
  const out: number[] = [];
  const points = codePoints(s);
  for (let pos = 0; pos < points.length; pos++) {
    const cp = points[pos].codePointAt(0)!;
    const lone = cp >= 0xd800 && cp <= 0xdfff;
    if (cp < limit && !lone) {
      if (enc === 'utf-8') out.push(...new TextEncoder().encode(points[pos]));
      else out.push(cp);
      continue;
    }
    switch (errors) {
      case 'strict': {
        const codec = enc === 'latin-1' ? 'latin-1' : enc;
        const reason = lone && enc === 'utf-8' ? 'surrogates not allowed' : `ordinal not in range(${limit})`;
        let end = pos + 1;
        for (; end < points.length; end++) {
          const next = points[end].codePointAt(0)!;
          if (next < limit && !(next >= 0xd800 && next <= 0xdfff)) break;
        }
        raiseError('UnicodeEncodeError', encodeErrorMessage(codec, s, cp, pos, reason, end));
        break;
      }
      case 'ignore': break;
      case 'replace': out.push(0x3f); break;
      case 'xmlcharrefreplace': for (const c of `&#${cp};`) out.push(c.charCodeAt(0)); break;
      case 'backslashreplace': {
        const esc = cp < 0x100 ? '\\x' + hex(cp, 2) : cp < 0x10000 ? '\\u' + hex(cp, 4) : '\\U' + hex(cp, 8);
        for (const c of esc) out.push(c.charCodeAt(0));
        break;
      }
      case 'namereplace':
        for (const c of nameReplacement(cp)) out.push(c.charCodeAt(0));
        break;
      case 'surrogatepass':
        // Only UTF-8 can carry a surrogate (as its 3-byte form); other codecs report it as strict would.
        if (lone && enc === 'utf-8') { out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)); break; }
        raiseError('UnicodeEncodeError', encodeErrorMessage(enc, s, cp, pos, lone && enc === 'utf-8' ? 'surrogates not allowed' : `ordinal not in range(${limit})`));
        break;
      case 'surrogateescape':
        if (cp >= 0xdc80 && cp <= 0xdcff) { out.push(cp - 0xdc00); break; }
        raiseError('UnicodeEncodeError', encodeErrorMessage(enc, s, cp, pos, lone && enc === 'utf-8' ? 'surrogates not allowed' : `ordinal not in range(${limit})`));
        break;
      default:
        raiseError('LookupError', `unknown error handler name '${errors}'`);
    }
  }
  return Uint8Array.from(out);
}
