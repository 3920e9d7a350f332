// Replays tests/numstr/cases.json (CPython 3.11's results, produced by
// gen_cases.py) against the runtime's number, string and bytes semantics:
// each case's result is rendered with the runtime's repr and compared with
// CPython's repr, or its exception as "Type: message".
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PyBaseException, None, type PyValue } from '../../backends/runtime/object.js';
import '../../backends/runtime/index.js';
import '../../backends/runtime/numstr.js';
import { repr, str as pyStr, binaryOp, BinaryOpKind } from '../../backends/runtime/abstract.js';
import { newTuple } from '../../backends/runtime/tuple.js';
import { newList } from '../../backends/runtime/list.js';
import * as I from '../../backends/runtime/int.js';
import * as F from '../../backends/runtime/float.js';
import * as S from '../../backends/runtime/str.js';
import * as Y from '../../backends/runtime/bytes.js';
import { PyFloat } from '../../backends/runtime/float.js';
import * as X from '../../backends/runtime/complex.js';
import { formatInt, formatFloat, formatStr, formatComplex, strFormat, percentFormat } from '../../backends/runtime/format.js';
import { formatOps } from '../../backends/runtime/strMethods.js';

type Tag = { i: string } | { f: string } | { s: string } | { n: null } | { t: Tag[] } | { b: string } | { c: [string, string] };
interface Case { op: string; args: Tag[]; expect: string }

const cases: Case[] = JSON.parse(readFileSync(new URL('./cases.json', import.meta.url), 'utf8'));

function fromTag(t: Tag): PyValue {
  if ('i' in t) {
    const neg = t.i.startsWith('-');
    const v = BigInt(neg ? t.i.slice(1) : t.i);
    return I.normalize(neg ? -v : v);
  }
  if ('f' in t) return new PyFloat(F.floatFromHex(t.f));
  if ('s' in t) return t.s;
  if ('n' in t) return None;
  if ('t' in t) return newTuple(t.t.map(fromTag));
  if ('c' in t) return new X.PyComplex(F.floatFromHex(t.c[0]), F.floatFromHex(t.c[1]));
  return new Y.PyBytes(Y.bytesFromHex(t.b));
}

const int = (v: PyValue): I.Int => v as I.Int;
const flt = (v: PyValue): number => (v as PyFloat).value;
const str = (v: PyValue): string => v as string;
const opt = (v: PyValue): number | undefined => (v === None ? undefined : Number(v));
const pf = (x: number): PyValue => new PyFloat(x);
const tuple = (items: PyValue[]): PyValue => newTuple(items);
const strs = (items: string[]): PyValue => newList(items);
const items = (v: PyValue): PyValue[] => (v as unknown as { items: PyValue[] }).items;

const BIN: Record<string, number> = {
  add: BinaryOpKind.ADD, sub: BinaryOpKind.SUBTRACT, mul: BinaryOpKind.MULTIPLY, floordiv: BinaryOpKind.FLOOR_DIVIDE,
  mod: BinaryOpKind.REMAINDER, truediv: BinaryOpKind.TRUE_DIVIDE, and: BinaryOpKind.AND, or: BinaryOpKind.OR,
  xor: BinaryOpKind.XOR, pow: BinaryOpKind.POWER, lshift: BinaryOpKind.LSHIFT, rshift: BinaryOpKind.RSHIFT,
};

const OPS: Record<string, (...a: PyValue[]) => PyValue> = {
  int_divmod: (a, b) => tuple(I.intDivmod(int(a), int(b))),
  int_powmod: (a, b, m) => I.intPowMod(int(a), int(b), int(m)),
  int_invert: (a) => I.intInvert(int(a)),
  int_bit_length: (a) => I.intBitLength(int(a)),
  int_bit_count: (a) => I.intBitCount(int(a)),
  int_hash: (a) => I.intHash(int(a)),
  int_str: (a) => I.intToString(int(a)),
  int_bin: (a) => I.intToBase(int(a), 2, '0b'),
  int_oct: (a) => I.intToBase(int(a), 8, '0o'),
  int_hex: (a) => I.intToBase(int(a), 16, '0x'),
  int_round: (a, n) => I.intRound(int(a), int(n)),
  int_cmp_float: (a, f) => {
    const c = I.intCompareFloat(int(a), flt(f));
    return tuple([c < 0, c === 0, c > 0]);
  },
  int_from_float: (f) => I.intFromFloat(flt(f)),
  int_to_float: (a) => pf(I.intToFloat(int(a))),
  int_parse: (s, base) => I.intFromString(str(s), Number(base)),
  float_repr: (x) => F.floatRepr(flt(x)),
  float_parse: (s) => pf(F.floatFromString(str(s))),
  float_divmod: (a, b) => tuple(F.floatDivmod(flt(a), flt(b)).map(pf)),
  float_round: (x, n) => (n === None ? F.floatRoundToInt(flt(x)) : pf(F.floatRound(flt(x), int(n)))),
  float_round0: (x) => F.floatRoundToInt(flt(x)),
  float_hash: (x) => F.floatHash(flt(x)),
  float_hex: (x) => F.floatHex(flt(x)),
  float_ratio: (x) => tuple(F.floatAsIntegerRatio(flt(x))),
  float_fromhex: (s) => pf(F.floatFromHex(str(s))),
  format_int: (v, spec) => formatInt(int(v), str(spec)),
  format_float: (v, spec) => formatFloat(flt(v), str(spec)),
  format_str: (v, spec) => formatStr(str(v), str(spec)),
  str_format: (f, args) => strFormat(str(f), { positional: items(args), keyword: null }, formatOps),
  percent: (f, args) => percentFormat(str(f), args, formatOps),
  str_upper: (s) => S.strUpper(str(s)),
  str_lower: (s) => S.strLower(str(s)),
  str_casefold: (s) => S.strCasefold(str(s)),
  str_swapcase: (s) => S.strSwapcase(str(s)),
  str_title: (s) => S.strTitle(str(s)),
  str_capitalize: (s) => S.strCapitalize(str(s)),
  str_isalnum: (s) => S.strIsAlnum(str(s)),
  str_isalpha: (s) => S.strIsAlpha(str(s)),
  str_isascii: (s) => S.strIsAscii(str(s)),
  str_isdecimal: (s) => S.strIsDecimal(str(s)),
  str_isdigit: (s) => S.strIsDigit(str(s)),
  str_isidentifier: (s) => S.strIsIdentifier(str(s)),
  str_islower: (s) => S.strIsLower(str(s)),
  str_isnumeric: (s) => S.strIsNumeric(str(s)),
  str_isprintable: (s) => S.strIsPrintable(str(s)),
  str_isspace: (s) => S.strIsSpace(str(s)),
  str_istitle: (s) => S.strIsTitle(str(s)),
  str_isupper: (s) => S.strIsUpper(str(s)),
  str_split: (s, sep, n) => strs(S.strSplit(str(s), sep === undefined || sep === None ? undefined : str(sep), n === undefined ? -1 : Number(n))),
  str_rsplit: (s, sep, n) => strs(S.strRsplit(str(s), sep === None ? undefined : str(sep), Number(n))),
  str_splitlines: (s) => strs(S.strSplitlines(str(s))),
  str_splitlines_keep: (s) => strs(S.strSplitlines(str(s), true)),
  str_strip: (s) => S.strStrip(str(s)),
  str_lstrip: (s) => S.strLstrip(str(s)),
  str_rstrip: (s) => S.strRstrip(str(s)),
  str_expandtabs: (s) => S.strExpandtabs(str(s)),
  str_repr: (s) => S.strRepr(str(s)),
  str_ascii: (s) => S.strAscii(str(s)),
  str_len: (s) => S.strLen(str(s)),
  str_center: (s, n) => S.strCenter(str(s), Number(n), '*'),
  str_ljust: (s, n) => S.strLjust(str(s), Number(n)),
  str_rjust: (s, n) => S.strRjust(str(s), Number(n), '.'),
  str_zfill: (s, n) => S.strZfill(str(s), Number(n)),
  str_find: (s, sub, a, b) => S.strFind(str(s), str(sub), opt(a), opt(b)),
  str_rfind: (s, sub, a, b) => S.strRfind(str(s), str(sub), opt(a), opt(b)),
  str_count: (s, sub, a, b) => S.strCount(str(s), str(sub), opt(a), opt(b)),
  str_index: (s, sub, a, b) => S.strIndex(str(s), str(sub), opt(a), opt(b)),
  str_rindex: (s, sub, a, b) => S.strRindex(str(s), str(sub), opt(a), opt(b)),
  str_startswith: (s, sub, a, b) => S.strStartsWith(str(s), [str(sub)], opt(a), opt(b)),
  str_endswith: (s, sub, a, b) => S.strEndsWith(str(s), [str(sub)], opt(a), opt(b)),
  str_replace: (s, o, r, n) => S.strReplace(str(s), str(o), str(r), Number(n)),
  str_partition: (s, sep) => tuple(S.strPartition(str(s), str(sep))),
  str_rpartition: (s, sep) => tuple(S.strRpartition(str(s), str(sep))),
  str_strip_chars: (s, c) => {
    const chars = c === None ? undefined : str(c);
    return tuple([S.strStrip(str(s), chars), S.strLstrip(str(s), chars), S.strRstrip(str(s), chars)]);
  },
  str_removeprefix: (s, p) => S.strRemovePrefix(str(s), str(p)),
  str_removesuffix: (s, p) => S.strRemoveSuffix(str(s), str(p)),
  str_lt: (a, b) => S.strCompare(str(a), str(b)) < 0,
  str_mul: (s, n) => S.strRepeat(str(s), Number(n)),
  str_encode: (s, enc, err) => new Y.PyBytes(S.strEncode(str(s), str(enc), str(err))),
  chr: (cp) => S.strChr(Number(cp)),
  ord: (s) => S.strOrd(str(s)),
  complex_repr: (z) => X.complexRepr(z as X.PyComplex),
  format_complex: (z, spec) => formatComplex((z as X.PyComplex).real, (z as X.PyComplex).imag, str(spec)),
  complex_add: (a, b) => X.complexAdd(a as X.PyComplex, b as X.PyComplex),
  complex_sub: (a, b) => X.complexSub(a as X.PyComplex, b as X.PyComplex),
  complex_mul: (a, b) => X.complexMul(a as X.PyComplex, b as X.PyComplex),
  complex_truediv: (a, b) => X.complexTrueDiv(a as X.PyComplex, b as X.PyComplex),
  complex_pow: (a, b) => X.complexPow(a as X.PyComplex, b as X.PyComplex),
  complex_abs: (z) => pf(X.complexAbs(z as X.PyComplex)),
  complex_hash: (z) => X.complexHash(z as X.PyComplex),
  complex_parse: (s) => X.complexFromString(str(s)),
  bytes_decode: (d, enc, err) => Y.bytesDecode((d as Y.PyBytes).data, str(enc), str(err)),
  bytes_repr: (d) => Y.bytesRepr((d as Y.PyBytes).data),
  bytes_fromhex: (s) => new Y.PyBytes(Y.bytesFromHex(str(s))),
  bytes_hex: (d, sep, n) => Y.bytesHex((d as Y.PyBytes).data, str(sep), Number(n)),
};

function run(c: Case): string {
  const args = c.args.map(fromTag);
  try {
    const [kind, name] = [c.op.slice(0, c.op.indexOf('_')), c.op.slice(c.op.indexOf('_') + 1)];
    const fn = OPS[c.op];
    let r: PyValue;
    if (fn !== undefined) r = fn(...args);
    else if ((kind === 'int' || kind === 'float') && name in BIN) r = binaryOp(BIN[name], args[0], args[1]);
    else throw new Error(`no implementation for case op ${c.op}`);
    return repr(r);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    const text = pyStr(e);
    return `${e.type.name}: ${text}`;
  }
}

describe('numbers and strings agree with CPython 3.11', () => {
  const groups = new Map<string, Case[]>();
  for (const c of cases) {
    const g = c.op.replace(/_.*/, '') + ':' + c.op;
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g)!.push(c);
  }
  for (const [group, list] of groups) {
    it(group, () => {
      const failures = list
        .map((c) => ({ c, got: run(c) }))
        .filter(({ c, got }) => got !== c.expect)
        .map(({ c, got }) => `${c.op}(${JSON.stringify(c.args)}): expected ${c.expect} got ${got}`);
      expect(failures.slice(0, 10)).toEqual([]);
    });
  }
});
