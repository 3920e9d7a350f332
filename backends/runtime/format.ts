// Text formatting shared by format(), str.format and the % operator: the
// format-spec mini-language (CPython's formatter_unicode.c) for int, float,
// complex and str, str.format's field parser (unicode_format.h) and
// printf-style % formatting (PyUnicode_Format), with CPython's messages.
// Invariant: object-protocol steps (getattr, getitem, repr, __format__, ...)
// come in through FormatOps callbacks; this file uses only leaf modules.
import { raiseError, raiseWith, builtinTypes } from './object.js';
import { type Int, intToString, intAbs, intToFloat } from './int.js';
import { formatDouble } from './float.js';
import { strLen, strSlice, strRepeat, reserveStringLength } from './str.js';

// ---- the format-spec mini-language ----

export interface FormatSpec {
  fill: string;
  /** '<' '>' '^' '=' or '' when not given. */
  align: string;
  /** '+' '-' ' ' or ''. */
  sign: '' | '+' | '-' | ' ';
  noNegZero: boolean;
  alternate: boolean;
  /** -1 when not given. */
  width: number;
  /** ',' '_' or ''. */
  grouping: '' | ',' | '_';
  /** -1 when not given. */
  precision: number;
  /** The type character, or '' when not given. */
  type: string;
  /** The fill came from the '0' flag (which also turns default alignment into '='). */
  zeroPad: boolean;
}

const SPEC_MAX = Number.MAX_SAFE_INTEGER;

function readInt(spec: string, pos: number): [number, number] {
  let end = pos;
  while (end < spec.length && spec.charCodeAt(end) >= 48 && spec.charCodeAt(end) <= 57) end++;
  if (end === pos) return [-1, pos];
  const n = Number(spec.slice(pos, end));
  if (n > SPEC_MAX || end - pos > 18) raiseError('ValueError', 'Too many decimal digits in format string');
  return [n, end];
}

function isAlign(ch: string | undefined): boolean {
  return ch === '<' || ch === '>' || ch === '=' || ch === '^';
}

function formatCodeForError(type: string): string {
  const c = type.codePointAt(0)!;
  return c > 32 && c < 128 ? type : '\\x' + c.toString(16);
}

/** Parsed specs by default type and text: programs format with a handful of specs, over and over. */
const specCache = new Map<string, FormatSpec>();

/** Parses a format spec as CPython's parse_internal_render_format_spec; `typeName` is for its errors. */
export function parseFormatSpec(spec: string, typeName: string, defaultType = ''): FormatSpec {
  const key = defaultType + '\0' + spec;
  const cached = specCache.get(key);
  if (cached !== undefined) return cached;
  const parsed = parseFormatSpecUncached(spec, typeName, defaultType);
  if (specCache.size > 512) specCache.clear();
  specCache.set(key, parsed);
  return parsed;
}

function parseFormatSpecUncached(spec: string, typeName: string, defaultType: string): FormatSpec {
  const r: FormatSpec = { fill: ' ', align: '', sign: '', noNegZero: false, alternate: false, width: -1, grouping: '', precision: -1, type: defaultType, zeroPad: false };
  const points = strLen(spec) === spec.length ? spec.split('') : Array.from(spec);
  let pos = 0;
  const end = points.length;
  let fillSpecified = false;
  if (end - pos >= 2 && isAlign(points[pos + 1])) {
    r.fill = points[pos];
    r.align = points[pos + 1];
    fillSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(points[pos])) {
    r.align = points[pos];
    pos += 1;
  }
  if (pos < end && (points[pos] === '+' || points[pos] === '-' || points[pos] === ' ')) r.sign = points[pos++] as '+' | '-' | ' ';
  if (pos < end && points[pos] === 'z') { r.noNegZero = true; pos++; }
  if (pos < end && points[pos] === '#') { r.alternate = true; pos++; }
  if (!fillSpecified && pos < end && points[pos] === '0') {
    r.fill = '0';
    r.zeroPad = true;
    pos++;
  }
  const rest = points.slice(pos).join('');
  let p = 0;
  [r.width, p] = readInt(rest, p);
  if (rest[p] === ',') { r.grouping = ','; p++; }
  if (rest[p] === '_') {
    if (r.grouping !== '') raiseError('ValueError', "Cannot specify both ',' and '_'.");
    r.grouping = '_';
    p++;
  }
  if (rest[p] === ',' && r.grouping === '_') raiseError('ValueError', "Cannot specify both ',' and '_'.");
  if (rest[p] === '.') {
    p++;
    [r.precision, p] = readInt(rest, p);
    if (r.precision === -1) raiseError('ValueError', 'Format specifier missing precision');
  }
  const tail = Array.from(rest.slice(p));
  if (tail.length > 1) raiseError('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  if (tail.length === 1) r.type = tail[0];
  if (r.grouping !== '') {
    switch (r.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '':
        break;
      case 'b': case 'o': case 'x': case 'X':
        // '_' groups bin/oct/hex digits by four; ',' is not allowed there.
        if (r.grouping === ',') raiseError('ValueError', `Cannot specify ',' with '${r.type}'.`);
        break;
      default:
        raiseError('ValueError', `Cannot specify '${r.grouping}' with '${formatCodeForError(r.type)}'.`);
    }
  }
  return r;
}

function unknownCode(type: string, typeName: string): never {
  return raiseError('ValueError', `Unknown format code '${formatCodeForError(type)}' for object of type '${typeName}'`);
}

/**
 * Digits with separators every `group` digits from the right, zero-padded
 * (separators included) to at least minWidth, as _PyUnicode_InsertThousandsGrouping.
 */
function groupDigits(digits: string, sep: string, group: number, minWidth: number): string {
  if (group === 0) {
    const len = Math.max(digits.length, minWidth, 1);
    return strRepeat('0', len - digits.length) + digits;
  }
  const parts: string[] = [];
  let remaining = digits.length;
  let width = minWidth;
  while (true) {
    const len = Math.min(group, Math.max(remaining, width, 1));
    const nZeros = Math.max(0, len - remaining);
    const nChars = Math.max(0, Math.min(remaining, len));
    parts.push(strRepeat('0', nZeros) + digits.slice(remaining - nChars, remaining));
    remaining -= nChars;
    width -= len;
    if (remaining <= 0 && width <= 0) break;
    width -= sep.length;
  }
  return parts.reverse().join(sep);
}

/**
 * Lays out a number as calc_number_widths + fill_number: sign, prefix,
 * grouped digits, then `remainder` (decimal point, fraction, exponent, '%').
 */
function layoutNumber(spec: FormatSpec, negative: boolean, prefix: string, digits: string, remainder: string, group: number, defaultAlign: string): string {
  const sign = negative ? '-' : spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : '';
  const align = spec.align !== '' ? spec.align : spec.zeroPad ? '=' : defaultAlign;
  const leading = sign.length + prefix.length;
  const minWidth = spec.fill === '0' && align === '=' ? spec.width - leading - strLen(remainder) : 0;
  const sep = spec.grouping === '' ? '' : spec.grouping;
  const grouped = digits.length === 0 ? '' : groupDigits(digits, sep, sep === '' ? 0 : group, minWidth);
  const body = grouped + remainder;
  const padding = spec.width - (leading + strLen(body));
  if (padding <= 0) return sign + prefix + body;
  reserveStringLength(spec.width);
  switch (align) {
    case '<': return sign + prefix + body + strRepeat(spec.fill, padding);
    case '>': return strRepeat(spec.fill, padding) + sign + prefix + body;
    case '^': {
      const left = Math.floor(padding / 2);
      return strRepeat(spec.fill, left) + sign + prefix + body + strRepeat(spec.fill, padding - left);
    }
    case '=': return sign + prefix + strRepeat(spec.fill, padding) + body;
    default: throw new Error(`internal: alignment ${align}`);
  }
}

function padText(text: string, spec: FormatSpec, defaultAlign: string): string {
  const padding = spec.width - strLen(text);
  if (padding <= 0) return text;
  reserveStringLength(spec.width);
  const align = spec.align !== '' ? spec.align : defaultAlign;
  switch (align) {
    case '<': return text + strRepeat(spec.fill, padding);
    case '>': return strRepeat(spec.fill, padding) + text;
    case '^': {
      const left = Math.floor(padding / 2);
      return strRepeat(spec.fill, left) + text + strRepeat(spec.fill, padding - left);
    }
    default: throw new Error(`internal: alignment ${align}`);
  }
}

/** format(str, spec). */
export function formatStr(s: string, specText: string): string {
  if (specText === '') return s;
  const spec = parseFormatSpec(specText, 'str', 's');
  if (spec.type !== 's') unknownCode(spec.type, 'str');
  if (spec.sign !== '') raiseError('ValueError', 'Sign not allowed in string format specifier');
  if (spec.noNegZero) raiseError('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  if (spec.alternate) raiseError('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (spec.align === '=') raiseError('ValueError', "'=' alignment not allowed in string format specifier");
  if (spec.precision >= 0 && spec.precision < strLen(s)) s = strSlice(s, 0, 1, spec.precision);
  return padText(s, spec, '<');
}

/** format(int, spec); `typeName` is 'int' or 'bool' (or a subclass) for messages. */
export function formatInt(v: Int, specText: string, typeName = 'int'): string {
  if (specText === '') return intToString(v);
  const spec = parseFormatSpec(specText, typeName, 'd');
  switch (spec.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return formatFloatSpec(intToFloat(v), spec);
    case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c':
      break;
    default:
      unknownCode(spec.type, typeName);
  }
  if (spec.precision !== -1) raiseError('ValueError', 'Precision not allowed in integer format specifier');
  if (spec.noNegZero) raiseError('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  if (spec.type === 'c') {
    if (spec.sign !== '') raiseError('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) raiseError('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    if (v < -(2 ** 63) || v >= 2 ** 63) raiseError('OverflowError', 'Python int too large to convert to C long');
    if (v < 0 || v > 0x10ffff) raiseError('OverflowError', '%c arg not in range(0x110000)');
    return layoutNumber(spec, false, '', '', String.fromCodePoint(Number(v)), 3, '>');
  }
  const negative = v < 0;
  const magnitude = intAbs(v);
  let digits: string;
  let prefix = '';
  let group = 3;
  switch (spec.type) {
    case 'b': digits = magnitude.toString(2); prefix = '0b'; group = 4; break;
    case 'o': digits = magnitude.toString(8); prefix = '0o'; group = 4; break;
    case 'x': digits = magnitude.toString(16); prefix = '0x'; group = 4; break;
    case 'X': digits = magnitude.toString(16).toUpperCase(); prefix = '0X'; group = 4; break;
    case 'n':
      // The C locale: no grouping; ',' and '_' are rejected with 'n' by the parser.
      digits = intToString(magnitude);
      break;
    default:
      digits = intToString(magnitude);
  }
  return layoutNumber(spec, negative, spec.alternate ? prefix : '', digits, '', group, '>');
}

/** format(float, spec). */
export function formatFloat(x: number, specText: string, typeName = 'float'): string {
  const spec = parseFormatSpec(specText, typeName);
  switch (spec.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': case 'n':
      break;
    default:
      unknownCode(spec.type, typeName);
  }
  return formatFloatSpec(x, spec);
}

/** format_float_internal: the number is drawn by formatDouble, then laid out. */
function formatFloatSpec(x: number, spec: FormatSpec): string {
  let type = spec.type;
  let precision = spec.precision;
  let addDot0 = false;
  let defaultPrecision = 6;
  if (type === '') { addDot0 = true; type = 'r'; defaultPrecision = 0; }
  if (type === 'n') type = 'g';
  let percent = false;
  if (type === '%') { type = 'f'; x *= 100; percent = true; }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  const lower = type.toLowerCase() as 'e' | 'f' | 'g' | 'r';
  let text = formatDouble(x, lower, precision, { addDot0, alt: spec.alternate, noNegZero: spec.noNegZero });
  if (type !== lower) text = text.toUpperCase();
  if (percent) text += '%';
  let negative = false;
  if (text[0] === '-') { negative = true; text = text.slice(1); }
  let i = 0;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  return layoutNumber(spec, negative, '', text.slice(0, i), text.slice(i), 3, '>');
}

/** format(complex, spec), as CPython's format_complex_internal. */
export function formatComplex(re: number, im: number, specText: string, typeName = 'complex'): string {
  const spec = parseFormatSpec(specText, typeName);
  switch (spec.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
      break;
    default:
      unknownCode(spec.type, typeName);
  }
  if (spec.fill === '0' && (spec.zeroPad || spec.align === '')) raiseError('ValueError', 'Zero padding is not allowed in complex format specifier');
  if (spec.align === '=') raiseError('ValueError', "'=' alignment flag is not allowed in complex format specifier");
  let type: string = spec.type;
  let precision = spec.precision;
  let defaultPrecision = 6;
  let skipRe = false;
  let parens = false;
  if (type === '') {
    type = 'r';
    defaultPrecision = 0;
    if (re === 0 && !Object.is(re, -0)) skipRe = true;
    else parens = true;
  }
  if (type === 'n') type = 'g';
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  const lower = type.toLowerCase() as 'e' | 'f' | 'g' | 'r';
  const part = (x: number, sign: FormatSpec['sign']): string => {
    let text = formatDouble(x, lower, precision, { alt: spec.alternate, noNegZero: spec.noNegZero });
    if (type !== lower) text = text.toUpperCase();
    let negative = false;
    if (text[0] === '-') { negative = true; text = text.slice(1); }
    let i = 0;
    while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    return layoutNumber({ ...spec, sign, width: -1 }, negative, '', text.slice(0, i), text.slice(i), 3, '>');
  };
  const body = (skipRe ? '' : part(re, spec.sign)) + part(im, skipRe ? spec.sign : '+') + 'j';
  return padText(parens ? `(${body})` : body, spec, '>');
}

// ---- str.format ----

/** The object protocol str.format and % formatting need, supplied by the caller. */
export interface FormatOps<V> {
  getAttr(obj: V, name: string): V;
  getItem(obj: V, key: string | number): V;
  /** format(obj, spec): calls type(obj).__format__. */
  format(obj: V, spec: string): string;
  repr(obj: V): string;
  str(obj: V): string;
  ascii(obj: V): string;
}

export interface FormatArgs<V> {
  /** The positional arguments, or null for format_map (which has none to number). */
  positional: readonly V[] | null;
  /** Looks a keyword up (raising KeyError when absent), or null when there are no keywords. */
  keyword: ((name: string) => V) | null;
}

/** str.format(*args, **kwargs) / format_map. */
export function strFormat<V>(template: string, args: FormatArgs<V>, ops: FormatOps<V>): string {
  const state = { auto: 0, mode: 'none' as 'none' | 'auto' | 'manual' };
  return renderTemplate(template, args, ops, state, 2);
}

interface NumberingState { auto: number; mode: 'none' | 'auto' | 'manual' }

interface ParsedField { name: string; conversion: string; spec: string; specNeedsExpanding: boolean }

/**
 * A template split into literal text and fields, as CPython's MarkupIterator
 * walks it, up to the first syntax error (`error`, a ValueError message,
 * raised after the fields before it are rendered, as CPython's lazy walk
 * does). Splitting depends on the template alone, so it is cached per string.
 */
interface SplitTemplate { pieces: (string | ParsedField)[]; error: string | null }

/** Thrown by the template scanner; splitTemplate turns it into SplitTemplate.error. */
class TemplateSyntaxError {
  constructor(readonly message: string) {}
}

function syntaxError(message: string): never {
  throw new TemplateSyntaxError(message);
}

const templateCache = new Map<string, SplitTemplate>();
/** Templates longer than this are split on every call (a cache keyed by long texts would hold them alive). */
const CACHED_TEMPLATE_MAX = 256;

function splitTemplate(template: string): SplitTemplate {
  const pieces: (string | ParsedField)[] = [];
  let pos = 0;
  const end = template.length;
  try {
    while (pos < end) {
      const start = pos;
      let c = '';
      let markup = false;
      while (pos < end) {
        c = template[pos++];
        if (c === '{' || c === '}') { markup = true; break; }
      }
      const atEnd = pos >= end;
      let len = pos - start;
      if (markup && c === '}' && (atEnd || template[pos] !== '}')) syntaxError("Single '}' encountered in format string");
      if (markup && atEnd && c === '{') syntaxError("Single '{' encountered in format string");
      if (markup && !atEnd) {
        if (template[pos] === c) { pos++; markup = false; }
        else len--;
      }
      if (len > 0) pieces.push(template.slice(start, start + len));
      if (!markup) continue;
      const [field, next] = parseField(template, pos);
      pos = next;
      pieces.push(field);
    }
  } catch (e) {
    if (!(e instanceof TemplateSyntaxError)) throw e;
    return { pieces, error: e.message };
  }
  return { pieces, error: null };
}

/** Renders a template's literal text and fields in order; `depth` bounds nested specs. */
function renderTemplate<V>(template: string, args: FormatArgs<V>, ops: FormatOps<V>, state: NumberingState, depth: number): string {
  if (depth <= 0) raiseError('ValueError', 'Max string recursion exceeded');
  let split = templateCache.get(template);
  if (split === undefined) {
    split = splitTemplate(template);
    if (template.length <= CACHED_TEMPLATE_MAX) {
      if (templateCache.size >= 1000) templateCache.clear();
      templateCache.set(template, split);
    }
  }
  const pieces = split.pieces;
  let out = '';
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    out += typeof piece === 'string' ? piece : renderField(piece, args, ops, state, depth);
  }
  if (split.error !== null) raiseError('ValueError', split.error);
  return out;
}

/** CPython's parse_field: reads from just after '{' through the matching '}'. */
function parseField(s: string, pos: number): [ParsedField, number] {
  const end = s.length;
  const nameStart = pos;
  let c = '';
  while (pos < end) {
    c = s[pos++];
    if (c === '{') syntaxError("unexpected '{' in field name");
    if (c === '[') {
      while (pos < end && s[pos] !== ']') pos++;
      continue;
    }
    if (c === '}' || c === ':' || c === '!') break;
  }
  const name = s.slice(nameStart, pos - 1);
  if (c === '!' || c === ':') {
    let conversion = '';
    if (c === '!') {
      if (pos >= end) syntaxError('end of string while looking for conversion specifier');
      conversion = s[pos++];
      if (pos < end) {
        const d = s[pos++];
        if (d === '}') return [{ name, conversion, spec: '', specNeedsExpanding: false }, pos];
        if (d !== ':') syntaxError("expected ':' after conversion specifier");
      }
    }
    const specStart = pos;
    let count = 1;
    let needsExpanding = false;
    while (pos < end) {
      const d = s[pos++];
      if (d === '{') { needsExpanding = true; count++; }
      else if (d === '}' && --count === 0) {
        return [{ name, conversion, spec: s.slice(specStart, pos - 1), specNeedsExpanding: needsExpanding }, pos];
      }
    }
    return syntaxError("unmatched '{' in format spec");
  }
  if (c !== '}') syntaxError("expected '}' before end of string");
  return [{ name, conversion: '', spec: '', specNeedsExpanding: false }, pos];
}

function renderField<V>(field: ParsedField, args: FormatArgs<V>, ops: FormatOps<V>, state: NumberingState, depth: number): string {
  const value = resolveField(field.name, args, ops, state);
  let text: string | null = null;
  switch (field.conversion) {
    case '': break;
    case 'r': text = ops.repr(value); break;
    case 's': text = ops.str(value); break;
    case 'a': text = ops.ascii(value); break;
    default: raiseError('ValueError', `Unknown conversion specifier ${field.conversion}`);
  }
  const spec = field.specNeedsExpanding ? renderTemplate(field.spec, args, ops, state, depth - 1) : field.spec;
  if (text !== null) return spec === '' ? text : formatStr(text, spec);
  return ops.format(value, spec);
}

function resolveField<V>(name: string, args: FormatArgs<V>, ops: FormatOps<V>, state: NumberingState): V {
  let end = 0;
  while (end < name.length && name[end] !== '.' && name[end] !== '[') end++;
  const first = name.slice(0, end);
  let value: V;
  if (first === '') {
    if (state.mode === 'manual') raiseError('ValueError', 'cannot switch from manual field specification to automatic field numbering');
    state.mode = 'auto';
    value = positional(args, state.auto++);
  } else if (/^[0-9]+$/.test(first)) {
    if (state.mode === 'auto') raiseError('ValueError', 'cannot switch from automatic field numbering to manual field specification');
    state.mode = 'manual';
    value = positional(args, Number(first));
  } else {
    if (args.keyword === null) raiseWith(builtinTypes.get('KeyError')!, [first]);
    value = args.keyword(first);
  }
  let i = end;
  while (i < name.length) {
    if (name[i] === '.') {
      let j = i + 1;
      while (j < name.length && name[j] !== '.' && name[j] !== '[') j++;
      const attr = name.slice(i + 1, j);
      if (attr === '') raiseError('ValueError', 'Empty attribute in format string');
      value = ops.getAttr(value, attr);
      i = j;
    } else if (name[i] === '[') {
      const j = name.indexOf(']', i + 1);
      if (j < 0) raiseError('ValueError', "Missing ']' in format string");
      const key = name.slice(i + 1, j);
      if (key === '') raiseError('ValueError', 'Empty attribute in format string');
      value = ops.getItem(value, /^[0-9]+$/.test(key) ? Number(key) : key);
      i = j + 1;
      if (i < name.length && name[i] !== '.' && name[i] !== '[') {
        raiseError('ValueError', "Only '.' or '[' may follow ']' in format field specifier");
      }
    } else {
      throw new Error('internal: field name scan');
    }
  }
  return value;
}

function positional<V>(args: FormatArgs<V>, index: number): V {
  if (args.positional === null) raiseError('ValueError', 'Format string contains positional fields');
  if (index >= args.positional.length) {
    raiseError('IndexError', `Replacement index ${index} out of range for positional args tuple`);
  }
  return args.positional[index];
}

// ---- printf-style % formatting ----

/** What % formatting needs to know about its right operand and values, supplied by the caller. */
export interface PercentOps<V> extends FormatOps<V> {
  /** The items when v is a tuple, else null. */
  tupleItems(v: V): readonly V[] | null;
  /** Whether v is used as the mapping for %(key)s (a non-tuple, non-str object with __getitem__). */
  isMapping(v: V): boolean;
  /** v as an int: via __int__ (for %d %i %u, `index` false) or __index__; null when v is not a number. */
  toInt(v: V, index: boolean): Int | null;
  /** v as a float via __float__; null when v has none. */
  toFloat(v: V): number | null;
  /** A one-character str or an int code point for %c; null when neither. */
  toChar(v: V): string | number | null;
  typeName(v: V): string;
  /** Whether %s of a str is that str and %s/%d of a JS-number int its decimal digits (str's %, not bytes'). */
  readonly plainFields: boolean;
  /** Whether %b is a field (bytes' %, where it is %s). */
  readonly bytesFields?: boolean;
}

/** `template % args` for str. */
export function percentFormat<V>(template: string, args: V, ops: PercentOps<V>): string {
  const tuple = ops.tupleItems(args);
  const items: readonly V[] = tuple ?? [args];
  const mapping = tuple === null && ops.isMapping(args) ? args : null;
  let argIndex = 0;
  const nextArg = (): V => {
    if (argIndex >= items.length) raiseError('TypeError', 'not enough arguments for format string');
    return items[argIndex++];
  };
  let out = '';
  let i = 0;
  const n = template.length;
  while (i < n) {
    const pct = template.indexOf('%', i);
    if (pct < 0) { out += template.slice(i); break; }
    out += template.slice(i, pct);
    i = pct + 1;
    if (i >= n) raiseError('ValueError', 'incomplete format');
    const c = template.charCodeAt(i);
    if (c === 37 /* % */) { out += '%'; i++; continue; }
    // A bare %s of a str or %s/%d of an int (the common fields): nothing to parse or pad.
    if ((c === 115 /* s */ || c === 100 /* d */) && argIndex < items.length && ops.plainFields) {
      const v = items[argIndex];
      if (typeof v === 'number' || (c === 115 && typeof v === 'string')) {
        out += typeof v === 'number' ? String(v) : v;
        argIndex++;
        i++;
        continue;
      }
    }
    let value: V | undefined;
    if (template[i] === '(') {
      if (mapping === null) raiseError('TypeError', 'format requires a mapping');
      let depth = 1;
      let j = i + 1;
      while (j < n && depth > 0) {
        if (template[j] === '(') depth++;
        else if (template[j] === ')') depth--;
        j++;
      }
      if (depth > 0) raiseError('ValueError', 'incomplete format key');
      value = ops.getItem(mapping, template.slice(i + 1, j - 1));
      // CPython's state after a keyed field leaves no positional argument for later fields.
      argIndex = items.length;
      i = j;
    }
    let left = false;
    let sign: '' | '+' | ' ' = '';
    let alt = false;
    let zero = false;
    for (; i < n; i++) {
      const f = template[i];
      if (f === '-') left = true;
      else if (f === '+') sign = '+';
      else if (f === ' ') { if (sign === '') sign = ' '; }
      else if (f === '#') alt = true;
      else if (f === '0') zero = true;
      else break;
    }
    let width = -1;
    if (template[i] === '*') {
      width = starArg(nextArg());
      if (width < 0) { left = true; width = -width; }
      i++;
    } else if (isDigitAt(template, i)) {
      width = readDigits(template, i, 'width');
      i = digitsEnd;
    }
    let precision = -1;
    if (template[i] === '.') {
      i++;
      if (template[i] === '*') {
        precision = Math.max(0, starArg(nextArg()));
        i++;
      } else {
        precision = readDigits(template, i, 'precision');
        i = digitsEnd;
      }
    }
    while (i < n && (template[i] === 'h' || template[i] === 'l' || template[i] === 'L')) i++;
    if (i >= n) raiseError('ValueError', 'incomplete format');
    const code = template[i];
    i++;
    if (value === undefined) value = nextArg();
    out += percentOne(code, value, { left, sign, alt, zero, width, precision }, ops, i - 1);
  }
  if (argIndex < items.length && mapping === null) raiseError('TypeError', 'not all arguments converted during string formatting');
  return out;
}

function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Where the digits read by the last readDigits ended. */
let digitsEnd = 0;

/** The decimal number at s[i:] (0 when no digit), as CPython's %-format reads a width or precision. */
function readDigits(s: string, i: number, what: 'width' | 'precision'): number {
  let v = 0;
  for (; isDigitAt(s, i); i++) {
    v = v * 10 + (s.charCodeAt(i) - 48);
    if (v > Number.MAX_SAFE_INTEGER) raiseError('ValueError', `${what} too big`);
  }
  digitsEnd = i;
  return v;
}

function starArg<V>(v: V): number {
  if (typeof v !== 'number' && typeof v !== 'boolean') raiseError('TypeError', '* wants int');
  return Number(v);
}

interface PercentFlags { left: boolean; sign: '' | '+' | ' '; alt: boolean; zero: boolean; width: number; precision: number }

function padPercent(body: string, flags: PercentFlags, numeric: boolean): string {
  if (flags.width <= 0) return body;
  const len = strLen(body);
  if (flags.width <= len) return body;
  const pad = flags.width - len;
  reserveStringLength(flags.width);
  if (flags.left) return body + strRepeat(' ', pad);
  if (numeric && flags.zero) {
    // Zeros go after the sign and any 0x/0o prefix.
    let k = 0;
    if (body[0] === '-' || body[0] === '+' || body[0] === ' ') k = 1;
    if (body[k] === '0' && (body[k + 1] === 'x' || body[k + 1] === 'X' || body[k + 1] === 'o')) k += 2;
    return body.slice(0, k) + strRepeat('0', pad) + body.slice(k);
  }
  return strRepeat(' ', pad) + body;
}

function percentOne<V>(code: string, v: V, flags: PercentFlags, ops: PercentOps<V>, index: number): string {
  switch (code) {
    case 's': case 'r': case 'a': case 'b': {
      if (code === 'b' && ops.bytesFields !== true) return unsupportedCode(code, index);
      let text = code === 's' || code === 'b' ? ops.str(v) : code === 'r' ? ops.repr(v) : ops.ascii(v);
      if (flags.precision >= 0 && flags.precision < strLen(text)) text = strSlice(text, 0, 1, flags.precision);
      return padPercent(text, flags, false);
    }
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
      const isIndex = code === 'x' || code === 'X' || code === 'o';
      let n = ops.toInt(v, isIndex);
      if (n === null) {
        const what = isIndex ? 'an integer' : 'a real number';
        raiseError('TypeError', `%${code} format: ${what} is required, not ${ops.typeName(v)}`);
      }
      if (typeof n === 'boolean') n = +n;
      const negative = n < 0;
      const magnitude = intAbs(n);
      let digits = code === 'x' ? magnitude.toString(16) : code === 'X' ? magnitude.toString(16).toUpperCase() : code === 'o' ? magnitude.toString(8) : intToString(magnitude);
      if (flags.precision > digits.length) digits = strRepeat('0', flags.precision - digits.length) + digits;
      const prefix = flags.alt && code !== 'd' && code !== 'i' && code !== 'u' ? (code === 'o' ? '0o' : code === 'x' ? '0x' : '0X') : '';
      const sign = negative ? '-' : flags.sign;
      return padPercent(sign + prefix + digits, flags, true);
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
      const x = ops.toFloat(v);
      if (x === null) raiseError('TypeError', `must be real number, not ${ops.typeName(v)}`);
      const precision = flags.precision < 0 ? 6 : flags.precision;
      const lower = code.toLowerCase() as 'e' | 'f' | 'g';
      let text = formatDouble(x, lower, precision, { sign: flags.sign, alt: flags.alt });
      if (code !== lower) text = text.toUpperCase();
      return padPercent(text, flags, true);
    }
    case 'c': {
      const c = ops.toChar(v);
      if (c === null) raiseError('TypeError', ops.bytesFields === true ? '%c requires an integer in range(256) or a single byte' : '%c requires int or char');
      let text: string;
      if (typeof c === 'number') {
        if (!(c >= 0 && c < 0x110000)) raiseError('OverflowError', '%c arg not in range(0x110000)');
        text = String.fromCodePoint(c);
      } else {
        text = c;
      }
      return padPercent(text, flags, false);
    }
    default:
      return unsupportedCode(code, index);
  }
}

function unsupportedCode(code: string, index: number): never {
  const cp = code.codePointAt(0)!;
  return raiseError('ValueError', `unsupported format character '${code}' (0x${cp.toString(16)}) at index ${index}`);
}
