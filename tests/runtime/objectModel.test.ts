// Unit tests of the object model against CPython's answers in expected.json
// (regenerate with `python3 tests/runtime/gen_expected.py`): argument binding
// and its TypeErrors, C3 MRO and its error, exception str/repr/attributes,
// and binary/comparison operators across built-in types.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as rt from '../../backends/runtime/index.js';
import { CodeFlags, type CodeObject } from '../../frontend/bytecode/code.js';
import { PyFloat } from '../../backends/runtime/float.js';

const { ops, None, containers, typeType, PyBaseException } = rt;
type PyValue = rt.PyValue;

interface Expected {
  binding: { params: string; call: string; result: { ok?: Record<string, string>; error?: string } }[];
  mro: { classes: [string, string[]][]; result: { mro?: string[]; error?: string; at?: string } }[];
  exceptions: { expr: string; result: { type: string; str: string; repr: string; attrs: Record<string, string> } }[];
  operators: { a: string; op: string; b: string; result: { ok?: string; error?: string } }[];
}

const expected: Expected = JSON.parse(readFileSync(fileURLToPath(new URL('./expected.json', import.meta.url)), 'utf8'));

function pyError(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyBaseException) return `${e.type.name}: ${ops.str(e)}`;
    throw e;
  }
  return '(no error)';
}

/** A function object with the parameters of `def f(<params>)` (int defaults only). */
function functionWithParams(params: string): rt.PyFunction {
  const parts = params.split(',').map((p) => p.trim()).filter((p) => p !== '');
  const positional: string[] = [];
  const kwonly: string[] = [];
  const defaults: PyValue[] = [];
  const kwdefaults = containers.newDict();
  let posonly = 0;
  let flags = 0;
  let varargs: string | null = null;
  let varkw: string | null = null;
  let seenStar = false;
  for (const p of parts) {
    if (p === '/') posonly = positional.length;
    else if (p === '*') seenStar = true;
    else if (p.startsWith('**')) {
      varkw = p.slice(2);
      flags |= CodeFlags.VARKEYWORDS;
    } else if (p.startsWith('*')) {
      varargs = p.slice(1);
      seenStar = true;
      flags |= CodeFlags.VARARGS;
    } else {
      const [name, dflt] = p.split('=');
      if (seenStar) {
        kwonly.push(name);
        if (dflt !== undefined) kwdefaults.setStr(name, Number(dflt));
      } else {
        positional.push(name);
        if (dflt !== undefined) defaults.push(Number(dflt));
      }
    }
  }
  const varnames = [...positional, ...kwonly, ...(varargs ? [varargs] : []), ...(varkw ? [varkw] : [])];
  const code = {
    name: 'f', qualname: 'f', filename: 't.py', firstlineno: 1, argcount: positional.length,
    posonlyargcount: posonly, kwonlyargcount: kwonly.length, flags, ops: new Uint8Array(0), args: new Int32Array(0),
    consts: [{ kind: 'None' }], names: [], varnames, cellvars: [], freevars: [], stacksize: 0, positions: [], exceptionTable: [],
  } as unknown as CodeObject;
  const globals = containers.newDict();
  globals.setStr('__name__', '__main__');
  return new rt.PyFunction(code, globals, null, defaults.length ? defaults : null, kwonly.length ? kwdefaults : null);
}

function parseCall(call: string): [PyValue[], string[] | null] {
  const args: PyValue[] = [];
  const kwnames: string[] = [];
  for (const part of call.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
    const eq = part.indexOf('=');
    if (eq < 0) args.push(Number(part));
    else {
      kwnames.push(part.slice(0, eq));
      args.push(Number(part.slice(eq + 1)));
    }
  }
  return [args, kwnames.length ? kwnames : null];
}

describe('argument binding', () => {
  for (const c of expected.binding) {
    it(`def f(${c.params}) called f(${c.call})`, () => {
      const f = functionWithParams(c.params);
      const [args, kwnames] = parseCall(c.call);
      const locals: (PyValue | undefined)[] = new Array(f.code.varnames.length).fill(undefined);
      if (c.result.error !== undefined) {
        expect(pyError(() => rt.bindArguments(f, args, kwnames, locals))).toBe(`TypeError: ${c.result.error}`);
        return;
      }
      rt.bindArguments(f, args, kwnames, locals);
      const got: Record<string, string> = {};
      f.code.varnames.forEach((n, i) => {
        got[n] = ops.repr(locals[i] as PyValue);
      });
      expect(got).toEqual(c.result.ok);
    });
  }
});

describe('C3 MRO', () => {
  for (const c of expected.mro) {
    it(c.classes.map(([n, b]) => `${n}(${b.join(',')})`).join(' '), () => {
      const made = new Map<string, rt.PyType>();
      const run = () => {
        for (const [name, bases] of c.classes) {
          const ns = containers.newDict();
          ns.setStr('__module__', '__main__');
          made.set(name, rt.typeNew(typeType, name, bases.map((b) => made.get(b)!), ns, [], []));
        }
      };
      if (c.result.error !== undefined) {
        expect(pyError(run)).toBe(`TypeError: ${c.result.error}`);
        return;
      }
      run();
      const last = made.get(c.classes[c.classes.length - 1][0])!;
      expect(last.mro.map((t) => t.name)).toEqual(c.result.mro);
    });
  }
});

/** Evaluates the small constructor-call expressions of gen_expected.py's EXCEPTIONS. */
function construct(expr: string): PyValue {
  const m = /^(\w+)\((.*)\)$/.exec(expr)!;
  const cls = rt.builtinTypes.get(m[1])!;
  const argText = m[2];
  const args: PyValue[] = [];
  const kwnames: string[] = [];
  const parseValue = (s: string): PyValue => {
    s = s.trim();
    if (s === 'None') return None;
    if (/^-?\d+$/.test(s)) return Number(s);
    if (/^'.*'$/.test(s) || /^".*"$/.test(s)) return s.slice(1, -1);
    if (s.startsWith('(')) return containers.newTuple(splitTop(s.slice(1, -1)).map(parseValue));
    if (s.startsWith('[')) return containers.newList(splitTop(s.slice(1, -1)).map(parseValue));
    return construct(s);
  };
  for (const part of splitTop(argText)) {
    const kw = /^(\w+)=(.*)$/.exec(part.trim());
    if (kw !== null && !kw[2].startsWith('=')) {
      kwnames.push(kw[1]);
      args.push(parseValue(kw[2]));
    } else args.push(parseValue(part));
  }
  return ops.call(cls, args, kwnames.length ? kwnames : null);
}

function splitTop(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let cur = '';
  for (const ch of s) {
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === "'" || ch === '"') quote = ch;
    else if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    else if (ch === ',' && depth === 0) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  if (cur.trim() !== '') out.push(cur);
  return out;
}

describe('exceptions', () => {
  for (const c of expected.exceptions) {
    it(c.expr, () => {
      const e = construct(c.expr);
      expect(rt.typeOf(e).name).toBe(c.result.type);
      expect(ops.str(e)).toBe(c.result.str);
      expect(ops.repr(e)).toBe(c.result.repr);
      for (const [name, value] of Object.entries(c.result.attrs)) {
        expect(`${name}=${ops.repr(ops.getAttr(e, name))}`).toBe(`${name}=${value}`);
      }
    });
  }

  it('raiseError raises the built-in type by name, thrown as the exception object', () => {
    let caught: unknown;
    try {
      rt.raiseError('ZeroDivisionError', 'division by zero');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(PyBaseException);
    expect(ops.repr(caught as PyValue)).toBe("ZeroDivisionError('division by zero')");
    expect(ops.isInstance(caught as PyValue, rt.builtinTypes.get('ArithmeticError')!)).toBe(true);
  });

  it('__cause__ assignment sets __suppress_context__ and validates', () => {
    const e = construct("ValueError('a')");
    const cause = construct("KeyError('b')");
    ops.setAttr(e, '__cause__', cause);
    expect(ops.getAttr(e, '__cause__')).toBe(cause);
    expect(ops.getAttr(e, '__suppress_context__')).toBe(true);
    expect(pyError(() => ops.setAttr(e, '__cause__', 1))).toBe('TypeError: exception cause must be None or derive from BaseException');
  });

  it('add_note keeps notes in a list and rejects non-strings', () => {
    const e = construct('ValueError()');
    ops.callMethod(e, 'add_note', ['first']);
    expect(ops.repr(ops.getAttr(e, '__notes__'))).toBe("['first']");
    expect(pyError(() => ops.callMethod(e, 'add_note', [1]))).toBe("TypeError: note must be a str, not 'int'");
  });
});

const SAMPLE_VALUES: Record<string, () => PyValue> = {
  int: () => 3,
  bigint: () => 2n ** 70n,
  bool: () => true,
  float: () => new PyFloat(1.5),
  str: () => 'ab',
  none: () => None,
  list: () => containers.newList([1]),
  tuple: () => containers.newTuple([1]),
};
const BINARY = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^'];
const COMPARE = ['<', '<=', '==', '!=', '>', '>='];

describe('operators across built-in types', () => {
  for (const c of expected.operators) {
    it(`${c.a} ${c.op} ${c.b}`, () => {
      const a = SAMPLE_VALUES[c.a]();
      const b = SAMPLE_VALUES[c.b]();
      const bi = BINARY.indexOf(c.op);
      const run = () => (bi >= 0 ? ops.binaryOp(bi, a, b) : ops.richCompare(COMPARE.indexOf(c.op), a, b));
      if (c.result.error !== undefined) expect(pyError(run)).toBe(c.result.error);
      else expect(ops.repr(run())).toBe(c.result.ok);
    });
  }
});
