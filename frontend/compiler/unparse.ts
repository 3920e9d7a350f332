// Expressions back to source text as CPython's ast.unparse writes them, for
// annotations under `from __future__ import annotations` (which CPython stores
// as the unparsed string). Parentheses follow ast.unparse's precedence rules.
// Kinds an annotation practically never holds (f-strings, comprehensions,
// lambdas, await, yield, walrus) return null and the caller uses the source text.
import type * as A from '../parser/ast.js';
import { constRepr } from '../bytecode/dis.js';

// ast._Precedence
const P = {
  TUPLE: 1, TEST: 3, OR: 4, AND: 5, NOT: 6, CMP: 7, BOR: 8, BXOR: 9, BAND: 10,
  SHIFT: 11, ARITH: 12, TERM: 13, FACTOR: 14, POWER: 15, AWAIT: 16, ATOM: 17,
} as const;

const BINOP: Record<A.operator, [string, number]> = {
  Add: ['+', P.ARITH], Sub: ['-', P.ARITH], Mult: ['*', P.TERM], MatMult: ['@', P.TERM],
  Div: ['/', P.TERM], Mod: ['%', P.TERM], FloorDiv: ['//', P.TERM], Pow: ['**', P.POWER],
  LShift: ['<<', P.SHIFT], RShift: ['>>', P.SHIFT], BitOr: ['|', P.BOR], BitXor: ['^', P.BXOR], BitAnd: ['&', P.BAND],
};
const UNARY: Record<A.unaryop, [string, number]> = {
  Invert: ['~', P.FACTOR], Not: ['not ', P.NOT], UAdd: ['+', P.FACTOR], USub: ['-', P.FACTOR],
};
const CMP: Record<A.cmpop, string> = {
  Eq: '==', NotEq: '!=', Lt: '<', LtE: '<=', Gt: '>', GtE: '>=', Is: 'is', IsNot: 'is not', In: 'in', NotIn: 'not in',
};

class Unsupported extends Error {}

/** ast.unparse(e), or null when `e` holds a kind this file does not render. */
export function unparse(e: A.expr): string | null {
  try {
    return expr(e, P.TEST);
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
}

function wrap(text: string, cond: boolean): string {
  return cond ? `(${text})` : text;
}

function items(elts: A.expr[]): string {
  return elts.map((x) => expr(x, P.TEST)).join(', ');
}

function expr(e: A.expr, prec: number): string {
  switch (e._type) {
    case 'Constant':
      if (e.value.kind === 'Ellipsis') return '...';
      if (e.value.kind === 'float' && !Number.isFinite(e.value.value) && !Number.isNaN(e.value.value)) {
        return e.value.value > 0 ? '1e309' : '-1e309';
      }
      return constRepr(e.value);
    case 'Name':
      return e.id;
    case 'Attribute': {
      let value = expr(e.value, P.ATOM);
      if (e.value._type === 'Constant' && e.value.value.kind === 'int') value += ' ';
      return `${value}.${e.attr}`;
    }
    case 'Subscript': {
      const s = e.slice;
      const inner = s._type === 'Tuple' && s.elts.length > 0 ? items(s.elts) : expr(s, P.TUPLE);
      return `${expr(e.value, P.ATOM)}[${inner}]`;
    }
    case 'Starred':
      return `*${expr(e.value, P.BOR)}`;
    case 'Tuple': {
      const body = e.elts.length === 1 ? `${expr(e.elts[0]!, P.TEST)},` : items(e.elts);
      return wrap(body, e.elts.length === 0 || prec > P.TUPLE);
    }
    case 'List':
      return `[${items(e.elts)}]`;
    case 'Set':
      return e.elts.length === 0 ? '{*()}' : `{${items(e.elts)}}`;
    case 'Dict':
      return `{${e.keys.map((k, i) => (k === null ? `**${expr(e.values[i]!, P.BOR)}` : `${expr(k, P.TEST)}: ${expr(e.values[i]!, P.TEST)}`)).join(', ')}}`;
    case 'BinOp': {
      const [op, p] = BINOP[e.op];
      const rightAssoc = e.op === 'Pow';
      const left = expr(e.left, rightAssoc ? p + 1 : p);
      const right = expr(e.right, rightAssoc ? p : p + 1);
      return wrap(`${left} ${op} ${right}`, prec > p);
    }
    case 'UnaryOp': {
      const [op, p] = UNARY[e.op];
      return wrap(`${op}${expr(e.operand, p)}`, prec > p);
    }
    case 'BoolOp': {
      const p = e.op === 'And' ? P.AND : P.OR;
      const sep = e.op === 'And' ? ' and ' : ' or ';
      return wrap(e.values.map((v) => expr(v, p + 1)).join(sep), prec > p);
    }
    case 'Compare': {
      let text = expr(e.left, P.CMP + 1);
      e.ops.forEach((op, i) => {
        text += ` ${CMP[op]} ${expr(e.comparators[i]!, P.CMP + 1)}`;
      });
      return wrap(text, prec > P.CMP);
    }
    case 'IfExp':
      return wrap(`${expr(e.body, P.TEST + 1)} if ${expr(e.test, P.TEST + 1)} else ${expr(e.orelse, P.TEST)}`, prec > P.TEST);
    case 'Call': {
      const args = e.args.map((a) => expr(a, P.TEST));
      for (const k of e.keywords) args.push(k.arg === null ? `**${expr(k.value, P.TEST)}` : `${k.arg}=${expr(k.value, P.TEST)}`);
      return `${expr(e.func, P.ATOM)}(${args.join(', ')})`;
    }
    case 'Slice': {
      let text = `${e.lower ? expr(e.lower, P.TEST) : ''}:${e.upper ? expr(e.upper, P.TEST) : ''}`;
      if (e.step) text += `:${expr(e.step, P.TEST)}`;
      return text;
    }
    case 'NamedExpr':
    case 'Lambda':
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp':
    case 'Await':
    case 'Yield':
    case 'YieldFrom':
    case 'FormattedValue':
    case 'JoinedStr':
      throw new Unsupported();
    default:
      throw new Error(`unparse: ${(e as A.expr)._type}`);
  }
}
