// The SyntaxWarnings CPython 3.11's compiler gives for code that is valid but
// almost surely a mistake: `is` with a literal, calling or subscripting a
// display or literal ("perhaps you missed a comma?"), and `assert (x, msg)`.
// Each check sees the expression after constant folding, as CPython's checks
// run on the optimized AST; each returns the message, or null for no warning.
import type * as A from '../parser/ast.js';
import type { CodeConstant } from '../bytecode/code.js';
import { constValue } from './fold.js';

export const WarnMsg = {
  isLiteral: (op: 'Is' | 'IsNot') => op === 'Is' ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?',
  notCallable: (type: string) => `'${type}' object is not callable; perhaps you missed a comma?`,
  notSubscriptable: (type: string) => `'${type}' object is not subscriptable; perhaps you missed a comma?`,
  badIndex: (type: string, index: string) => `${type} indices must be integers or slices, not ${index}; perhaps you missed a comma?`,
  assertTuple: 'assertion is always true, perhaps remove parentheses?',
};

function constTypeName(c: CodeConstant): string {
  switch (c.kind) {
    case 'None': return 'NoneType';
    case 'Ellipsis': return 'ellipsis';
    case 'code': return 'code';
    default: return c.kind;
  }
}

/** The type an expression certainly has, by its form alone (CPython's infer_type), or null. */
function inferType(e: A.expr): string | null {
  const c = constValue(e);
  if (c !== undefined) return constTypeName(c);
  switch (e._type) {
    case 'Tuple': return 'tuple';
    case 'List': case 'ListComp': return 'list';
    case 'Dict': case 'DictComp': return 'dict';
    case 'Set': case 'SetComp': return 'set';
    case 'GeneratorExp': return 'generator';
    case 'Lambda': return 'function';
    case 'JoinedStr': case 'FormattedValue': return 'str';
    default: return null;
  }
}

/** Whether an operand of `is` is fine: not a constant, or a singleton constant. */
function isArgOk(e: A.expr): boolean {
  const c = constValue(e);
  return c === undefined || c.kind === 'None' || c.kind === 'bool' || c.kind === 'Ellipsis';
}

/** The first `is`/`is not` of a chain that has a literal on either side (CPython stops there). */
export function checkCompare(e: A.Compare): string | null {
  let left = isArgOk(e.left);
  for (let i = 0; i < e.ops.length; i++) {
    const op = e.ops[i]!;
    const right = isArgOk(e.comparators[i]!);
    if ((op === 'Is' || op === 'IsNot') && !(left && right)) return WarnMsg.isLiteral(op);
    left = right;
  }
  return null;
}

export function checkCaller(func: A.expr): string | null {
  const c = constValue(func);
  if (c === undefined) {
    switch (func._type) {
      case 'Tuple': case 'List': case 'ListComp': case 'Dict': case 'DictComp': case 'Set': case 'SetComp':
      case 'GeneratorExp': case 'JoinedStr': case 'FormattedValue':
        break;
      default:
        return null;
    }
  }
  return WarnMsg.notCallable(inferType(func)!);
}

/** Checks a loaded subscript `value[index]`: the value's type, then the index's against it. */
export function checkSubscript(value: A.expr, index: A.expr): string[] {
  const out: string[] = [];
  const c = constValue(value);
  const subscriptable = c !== undefined
    ? !['None', 'Ellipsis', 'bool', 'int', 'float', 'complex', 'frozenset'].includes(c.kind)
    : !['Set', 'SetComp', 'GeneratorExp', 'Lambda'].includes(value._type);
  if (!subscriptable) out.push(WarnMsg.notSubscriptable(inferType(value)!));
  const indexType = inferType(index);
  if (indexType === null || indexType === 'int' || indexType === 'bool') return out;
  const sequence = c !== undefined
    ? c.kind === 'str' || c.kind === 'bytes' || c.kind === 'tuple'
    : ['Tuple', 'List', 'ListComp', 'JoinedStr', 'FormattedValue'].includes(value._type);
  if (sequence) out.push(WarnMsg.badIndex(inferType(value)!, indexType));
  return out;
}

export function checkAssert(s: A.Assert): string | null {
  return s.test._type === 'Tuple' && s.test.elts.length > 0 ? WarnMsg.assertTuple : null;
}
