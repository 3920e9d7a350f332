// Containers against CPython: set iteration order, set algebra, tuple and
// frozenset hashes, slicing, range arithmetic and dict order, each compared
// with expected.json, which tests/containers/gen_expected.py produces by
// running CPython 3.11.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { PyBaseException, None, type PyValue } from '../../backends/runtime/object.js';
import * as rt from '../../backends/runtime/abstract.js';
import { PyFloat } from '../../backends/runtime/float.js';
import { PySet, newSet, setAdd, newSetFrom, frozensetType } from '../../backends/runtime/set.js';
import { newList, PyList, listGetItem, listSetItem, listDelItem } from '../../backends/runtime/list.js';
import { newTuple, tupleGetItem, PyTuple } from '../../backends/runtime/tuple.js';
import { newDict } from '../../backends/runtime/dict.js';
import { newRange, rangeGetItem, rangeContains, rangeLen } from '../../backends/runtime/range.js';
import { newSlice } from '../../backends/runtime/slice.js';
import '../../backends/runtime/index.js';

const data = JSON.parse(readFileSync(new URL('./expected.json', import.meta.url), 'utf8'));

function int(s: string): PyValue {
  const b = BigInt(s);
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

function ints(list: string[]): PyValue[] {
  return list.map(int);
}

function decode(v: unknown): PyValue {
  if (typeof v === 'string') return int(v);
  return newTuple((v as { tuple: unknown[] }).tuple.map(decode));
}

function opt(v: number | null): PyValue {
  return v === null ? None : v;
}

/** The outcome of `f` as CPython's expectations write it: the value, or `Type: message`. */
function outcome(f: () => PyValue): PyValue | string {
  try {
    return f();
  } catch (e) {
    if (e instanceof PyBaseException) return `${e.type.name}: ${rt.str(e)}`;
    throw e;
  }
}

function order(s: PySet): string[] {
  return [...s.table.liveKeys()].map((v) => String(v));
}

describe('set iteration order is CPython 3.11\'s', () => {
  test.each(data.sets.map((c: unknown, i: number) => [i, c]))('case %i', (_i, c: { ops: [string, string][]; order: string[] }) => {
    const s = newSet();
    for (const [op, v] of c.ops) {
      if (op === 'add') setAdd(s, int(v));
      else if (op === 'discard') rt.callMethod(s, 'discard', [int(v)]);
      else expect(String(rt.callMethod(s, 'pop'))).toBe(v);
    }
    expect(order(s)).toEqual(c.order);
  });
});

describe('set algebra keeps CPython\'s order', () => {
  test.each(data.setAlgebra.map((c: unknown, i: number) => [i, c]))('case %i', (_i, c: Record<string, string[] | boolean>) => {
    const a = newSetFrom(newList(ints(c.a as string[])));
    const b = newSetFrom(newList(ints(c.b as string[])));
    expect(order(rt.binaryOp(rt.BinaryOpKind.OR, a, b) as PySet)).toEqual(c.or);
    expect(order(rt.binaryOp(rt.BinaryOpKind.AND, a, b) as PySet)).toEqual(c.and);
    expect(order(rt.binaryOp(rt.BinaryOpKind.SUBTRACT, a, b) as PySet)).toEqual(c.sub);
    expect(order(rt.binaryOp(rt.BinaryOpKind.XOR, a, b) as PySet)).toEqual(c.xor);
    expect(rt.compareBool(rt.CompareOpKind.LE, a, b)).toBe(c.le);
    expect(rt.compareBool(rt.CompareOpKind.LT, a, b)).toBe(c.lt);
    expect(rt.compareBool(rt.CompareOpKind.EQ, a, b)).toBe(c.eq);
    expect(rt.callMethod(a, 'isdisjoint', [b])).toBe(c.disjoint);
  });
});

test('sets of tuples iterate in CPython\'s order', () => {
  for (const c of data.tupleSets as { items: unknown[]; order: unknown[] }[]) {
    const s = newSetFrom(newList(c.items.map(decode)));
    expect([...s.table.liveKeys()].map((t) => rt.repr(t))).toEqual(c.order.map((t) => rt.repr(decode(t))));
  }
});

test('tuple and frozenset hashes equal CPython\'s', () => {
  for (const c of data.hashes as { value?: unknown; frozenset?: string[]; hash: string }[]) {
    const v = c.value !== undefined ? decode(c.value) : newSetFrom(newList(ints(c.frozenset as string[])), frozensetType);
    expect(String(rt.pyHash(v))).toBe(c.hash);
  }
});

describe('slicing', () => {
  test.each(data.slices.map((c: unknown, i: number) => [i, c]))('case %i', (_i, c: {
    n: number; slice: (number | null)[]; get: unknown; set: unknown; del: unknown; value: number[]; indices: unknown;
  }) => {
    const base = (): PyList => newList(Array.from({ length: c.n }, (_, i) => i));
    const sl = newSlice(opt(c.slice[0]), opt(c.slice[1]), opt(c.slice[2]));
    const plain = (v: PyValue | string) => (v instanceof PyList ? v.items : v);
    expect(plain(outcome(() => listGetItem(base(), sl)))).toEqual(c.get);
    const tupleSlice = outcome(() => tupleGetItem(newTuple(base().items), sl));
    expect(tupleSlice instanceof PyTuple ? [...tupleSlice.items] : tupleSlice).toEqual(c.get);
    const target = base();
    expect(plain(outcome(() => {
      listSetItem(target, sl, newList(c.value.slice()));
      return target;
    }))).toEqual(c.set);
    const target2 = base();
    expect(plain(outcome(() => {
      listDelItem(target2, sl);
      return target2;
    }))).toEqual(c.del);
    const indices = outcome(() => rt.callMethod(sl, 'indices', [c.n]));
    expect(typeof indices === 'string' ? indices : rt.toArray(indices)).toEqual(c.indices);
  });
});

describe('range', () => {
  test.each(data.ranges.map((c: unknown, i: number) => [i, c]))('case %i', (_i, c: {
    args: string[]; repr: string; probe: string; contains: boolean; len: string; item: [string, string];
    slice: (number | null)[]; sliced: string; list: string[] | null;
  }) => {
    const [start, stop, step] = ints(c.args) as (number | bigint)[];
    const r = newRange(start, stop, step);
    expect(rt.repr(r)).toBe(c.repr);
    expect(rangeContains(r, int(c.probe))).toBe(c.contains);
    expect(String(outcome(() => rangeLen(r)))).toBe(c.len);
    expect(String(outcome(() => rangeGetItem(r, int(c.item[0]))))).toBe(c.item[1]);
    expect(rt.repr(rangeGetItem(r, newSlice(opt(c.slice[0]), opt(c.slice[1]), opt(c.slice[2]))))).toBe(c.sliced);
    if (c.list !== null) expect(rt.toArray(r).map(String)).toEqual(c.list);
  });
});

function dictKey(repr: string): PyValue {
  if (repr === 'True') return true;
  if (repr === 'False') return false;
  if (repr.startsWith("'")) return repr.slice(1, -1);
  if (repr.includes('.')) return new PyFloat(Number(repr));
  return int(repr);
}

describe('dict order and key identity', () => {
  test.each(data.dicts.map((c: unknown, i: number) => [i, c]))('case %i', (_i, c: { ops: [string, string, number?][]; repr: string }) => {
    const d = newDict();
    for (const [op, k, v] of c.ops) {
      if (op === 'set') d.set(dictKey(k), v as number);
      else d.delete(dictKey(k));
    }
    expect(rt.repr(d)).toBe(c.repr);
  });
});
