// Compilation of `match` statements (PEP 634), after CPython 3.11's
// compiler_match / compiler_pattern: each pattern consumes the subject on top
// of the stack when it matches; on failure it jumps to failPop[n], a chain of
// POP_TOPs that removes the n items the enclosing patterns left on the stack.
// Captured values wait on the stack, under the items the patterns still use,
// and are stored only once the whole pattern matched (before the guard), as
// in CPython: a failed case binds nothing.
import type * as A from '../parser/ast.js';
import type { CodeConstant, Position } from '../bytecode/code.js';
import { Op } from '../bytecode/opcodes.js';
import { Label } from './assembler.js';
import { CompileMsg, type Span } from './diagnostics.js';
import { constValue } from './fold.js';

/** What the pattern compiler needs from the statement compiler. */
export interface PatternHost {
  emit(op: number, arg?: number): void;
  jump(op: number, label: Label): void;
  bind(label: Label): void;
  loadConst(c: CodeConstant): void;
  loadInt(n: number): void;
  expr(e: A.expr): void;
  storeName(id: string): void;
  jumpIf(e: A.expr, label: Label, cond: boolean): void;
  stmts(body: A.stmt[]): void;
  error(msg: string, node: Span): Error;
  pos(node: Span): Position;
  readonly u: { loc: Position };
}

const COMPARE_EQ = 2;
const COMPARE_GTE = 5;

interface PatternContext {
  /** failPop[n] pops n items, then goes on to the next case. */
  failPop: Label[];
  /** Items above the subject that the enclosing patterns own. */
  onTop: number;
  allowIrrefutable: boolean;
  /**
   * Names captured so far, whose values sit under the onTop items: the first
   * captured nearest the top, each later one below the ones before it.
   */
  stores: string[];
}

function isWildcard(p: A.pattern): boolean {
  return p._type === 'MatchAs' && p.pattern === null && p.name === null;
}

function isStarWildcard(p: A.pattern): boolean {
  return p._type === 'MatchStar' && p.name === null;
}

/** Compiles a whole `match` statement; the subject is already on the stack. */
export function compilePatternCase(h: PatternHost, s: A.Match): void {
  const end = new Label();
  const cases = s.cases.length;
  const last = s.cases[cases - 1]!;
  const hasDefault = isWildcard(last.pattern) && cases > 1;
  const matched = cases - (hasDefault ? 1 : 0);
  for (let i = 0; i < matched; i++) {
    const m = s.cases[i]!;
    h.u.loc = h.pos(m.pattern);
    const notLast = i !== matched - 1;
    if (notLast) h.emit(Op.COPY, 1);
    const pc: PatternContext = {
      failPop: [],
      onTop: 0,
      allowIrrefutable: m.guard !== null || i === cases - 1,
      stores: [],
    };
    pattern(h, m.pattern, pc);
    for (const name of pc.stores) h.storeName(name);
    pc.stores = [];
    if (m.guard !== null) {
      ensureFailPop(pc, 0);
      h.jumpIf(m.guard, pc.failPop[0]!, false);
    }
    if (notLast) h.emit(Op.POP_TOP);
    h.stmts(m.body);
    h.jump(Op.JUMP_FORWARD, end);
    emitFailPops(h, pc);
  }
  if (hasDefault) {
    h.u.loc = h.pos(last.pattern);
    if (cases === 1) h.emit(Op.POP_TOP);
    else h.emit(Op.NOP);
    if (last.guard !== null) h.jumpIf(last.guard, end, false);
    h.stmts(last.body);
  }
  h.bind(end);
}

function ensureFailPop(pc: PatternContext, n: number): void {
  while (pc.failPop.length <= n) pc.failPop.push(new Label());
}

function jumpToFailPop(h: PatternHost, pc: PatternContext, op: number): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(pc, pops);
  h.jump(op, pc.failPop[pops]!);
}

/** Moves the top of the stack down to depth `depth`, the items above it keeping their order. */
function sinkTop(h: PatternHost, depth: number): void {
  for (let k = depth; k > 1; k--) h.emit(Op.SWAP, k);
}

/** Binds failPop[n] ... failPop[0]: each pops one item and falls into the next. */
function emitFailPops(h: PatternHost, pc: PatternContext): void {
  for (let n = pc.failPop.length - 1; n >= 0; n--) {
    h.bind(pc.failPop[n]!);
    if (n > 0) h.emit(Op.POP_TOP);
  }
  pc.failPop = [];
}

function storeCapture(h: PatternHost, name: string | null, pc: PatternContext, at: Span): void {
  if (name === null) {
    h.emit(Op.POP_TOP);
    return;
  }
  if (pc.stores.includes(name)) throw h.error(CompileMsg.patternCaptureTwice(name), at);
  sinkTop(h, pc.onTop + pc.stores.length + 1);
  pc.stores.push(name);
}

/** The pattern compiled last, where CPython's or-pattern error points. */
let lastPattern: A.pattern | null = null;

function pattern(h: PatternHost, p: A.pattern, pc: PatternContext): void {
  lastPattern = p;
  const saved = h.u.loc;
  h.u.loc = h.pos(p);
  switch (p._type) {
    case 'MatchValue':
      // The grammar lets an f-string through as a literal; CPython's compiler refuses it (MATCH_VALUE_EXPR,
      // which sees signed and complex numbers already folded to constants).
      if (p.value._type === 'JoinedStr') throw h.error(CompileMsg.patternValueNotLiteral, p);
      h.expr(p.value);
      h.u.loc = h.pos(p);
      h.emit(Op.COMPARE_OP, COMPARE_EQ);
      jumpToFailPop(h, pc, Op.POP_JUMP_IF_FALSE);
      break;
    case 'MatchSingleton':
      h.loadConst(p.value);
      h.emit(Op.IS_OP, 0);
      jumpToFailPop(h, pc, Op.POP_JUMP_IF_FALSE);
      break;
    case 'MatchAs':
      matchAs(h, p, pc);
      break;
    case 'MatchStar':
      storeCapture(h, p.name, pc, p);
      break;
    case 'MatchOr':
      matchOr(h, p, pc);
      break;
    case 'MatchSequence':
      matchSequence(h, p, pc);
      break;
    case 'MatchMapping':
      matchMapping(h, p, pc);
      break;
    case 'MatchClass':
      matchClass(h, p, pc);
      break;
    default:
      throw new Error(`pattern: ${(p as A.pattern)._type}`);
  }
  h.u.loc = saved;
}

function matchAs(h: PatternHost, p: A.MatchAs, pc: PatternContext): void {
  if (p.pattern === null) {
    if (!pc.allowIrrefutable) {
      if (p.name === null) throw h.error(CompileMsg.wildcardNotLast, p);
      throw h.error(CompileMsg.irrefutableNotLast(`name capture '${p.name}'`), p);
    }
    storeCapture(h, p.name, pc, p);
    return;
  }
  pc.onTop++;
  h.emit(Op.COPY, 1);
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  pattern(h, p.pattern, pc);
  pc.allowIrrefutable = allow;
  pc.onTop--;
  storeCapture(h, p.name, pc, p);
}

/** Names a pattern binds, for the or-pattern rule. */
function boundNames(p: A.pattern, out: string[]): void {
  switch (p._type) {
    case 'MatchValue':
    case 'MatchSingleton':
      return;
    case 'MatchAs':
      if (p.pattern !== null) boundNames(p.pattern, out);
      if (p.name !== null) out.push(p.name);
      return;
    case 'MatchStar':
      if (p.name !== null) out.push(p.name);
      return;
    case 'MatchOr':
      if (p.patterns.length > 0) boundNames(p.patterns[0]!, out);
      return;
    case 'MatchSequence':
      for (const q of p.patterns) boundNames(q, out);
      return;
    case 'MatchMapping':
      for (const q of p.patterns) boundNames(q, out);
      if (p.rest !== null) out.push(p.rest);
      return;
    case 'MatchClass':
      for (const q of [...p.patterns, ...p.kwd_patterns]) boundNames(q, out);
      return;
    default:
      throw new Error(`boundNames: ${(p as A.pattern)._type}`);
  }
}

/**
 * Each alternative matches a copy of the subject with captures of its own;
 * the one that matches reorders its captures as the first alternative's, and
 * they join the enclosing pattern's below its items.
 */
function matchOr(h: PatternHost, p: A.MatchOr, pc: PatternContext): void {
  const end = new Label();
  const n = p.patterns.length;
  let control: string[] | null = null;
  p.patterns.forEach((alt, i) => {
    const sub: PatternContext = {
      failPop: [],
      onTop: 0,
      allowIrrefutable: i === n - 1 && pc.allowIrrefutable,
      stores: [],
    };
    h.u.loc = h.pos(alt);
    h.emit(Op.COPY, 1);
    pattern(h, alt, sub);
    // CPython reports the mismatch at the last pattern compiled in the alternative.
    if (control === null) {
      control = sub.stores;
    } else {
      const names = sub.stores;
      if (names.length !== control.length || names.some((x) => !control!.includes(x))) {
        throw h.error(CompileMsg.orPatternDifferentNames, lastPattern ?? p);
      }
      reorderCaptures(h, names, control);
    }
    h.jump(Op.JUMP_FORWARD, end);
    emitFailPops(h, sub);
  });
  h.emit(Op.POP_TOP);
  jumpToFailPop(h, pc, Op.JUMP_FORWARD);
  h.bind(end);
  // Stack: enclosing captures, enclosing items, subject, this pattern's captures (control order).
  const names = control ?? [];
  const depth = names.length + 1 + pc.onTop + pc.stores.length;
  for (const name of names) {
    if (pc.stores.includes(name)) throw h.error(CompileMsg.patternCaptureTwice(name), lastPattern ?? p);
    sinkTop(h, depth);
    pc.stores.push(name);
  }
  h.emit(Op.POP_TOP);
}

/**
 * Permutes the top `have.length` stack items (have[0] on top) into the order
 * of `want` by swaps with the top: each depth from the deepest up gets its item.
 */
function reorderCaptures(h: PatternHost, have: string[], want: string[]): void {
  const stack = [...have];
  for (let d = stack.length - 1; d >= 1; d--) {
    const j = stack.indexOf(want[d]!);
    if (j === d) continue;
    if (j !== 0) {
      h.emit(Op.SWAP, j + 1);
      [stack[0], stack[j]] = [stack[j]!, stack[0]!];
    }
    h.emit(Op.SWAP, d + 1);
    [stack[0], stack[d]] = [stack[d]!, stack[0]!];
  }
}

function matchSequence(h: PatternHost, p: A.MatchSequence, pc: PatternContext): void {
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  patterns.forEach((q, i) => {
    if (q._type !== 'MatchStar') return;
    if (star >= 0) throw h.error(CompileMsg.multipleStarPatterns, p);
    star = i;
  });
  const starWildcard = star >= 0 && isStarWildcard(patterns[star]!);
  const onlyWildcard = patterns.every((q) => isWildcard(q) || isStarWildcard(q));
  pc.onTop++;
  h.emit(Op.MATCH_SEQUENCE);
  jumpToFailPop(h, pc, Op.POP_JUMP_IF_FALSE);
  if (star < 0) {
    h.emit(Op.GET_LEN);
    h.loadInt(size);
    h.emit(Op.COMPARE_OP, COMPARE_EQ);
    jumpToFailPop(h, pc, Op.POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    h.emit(Op.GET_LEN);
    h.loadInt(size - 1);
    h.emit(Op.COMPARE_OP, COMPARE_GTE);
    jumpToFailPop(h, pc, Op.POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  if (onlyWildcard) {
    h.emit(Op.POP_TOP);
  } else if (starWildcard) {
    // Index the subject instead of unpacking it, so `[a, *_, b]` builds no list.
    pc.onTop++;
    patterns.forEach((q, i) => {
      if (isWildcard(q) || i === star) return;
      h.emit(Op.COPY, 1);
      if (i < star) {
        h.loadInt(i);
      } else {
        h.emit(Op.GET_LEN);
        h.loadInt(size - i);
        h.emit(Op.BINARY_OP, 10);
      }
      h.emit(Op.BINARY_SUBSCR);
      pattern(h, q, pc);
    });
    pc.onTop--;
    h.emit(Op.POP_TOP);
  } else {
    if (star < 0) h.emit(Op.UNPACK_SEQUENCE, size);
    else h.emit(Op.UNPACK_EX, star | ((size - star - 1) << 8));
    pc.onTop += size;
    for (const q of patterns) {
      pc.onTop--;
      pattern(h, q, pc);
    }
  }
  pc.allowIrrefutable = allow;
}

function constRepr(c: CodeConstant): string {
  switch (c.kind) {
    case 'str': return `'${c.value}'`;
    case 'int': return String(c.value);
    case 'bool': return c.value ? 'True' : 'False';
    case 'None': return 'None';
    case 'float': return String(c.value);
    default: return c.kind;
  }
}

function matchMapping(h: PatternHost, p: A.MatchMapping, pc: PatternContext): void {
  const size = p.keys.length;
  pc.onTop++;
  h.emit(Op.MATCH_MAPPING);
  jumpToFailPop(h, pc, Op.POP_JUMP_IF_FALSE);
  if (size === 0 && p.rest === null) {
    pc.onTop--;
    h.emit(Op.POP_TOP);
    return;
  }
  if (size > 0) {
    h.emit(Op.GET_LEN);
    h.loadInt(size);
    h.emit(Op.COMPARE_OP, COMPARE_GTE);
    jumpToFailPop(h, pc, Op.POP_JUMP_IF_FALSE);
  }
  const seen = new Set<string>();
  for (const k of p.keys) {
    const c = constValue(k);
    if (c !== undefined) {
      const key = `${c.kind}:${constRepr(c)}`;
      if (seen.has(key)) throw h.error(CompileMsg.mappingPatternDuplicate(constRepr(c)), p);
      seen.add(key);
    } else if (k._type !== 'Attribute') {
      throw h.error(CompileMsg.mappingPatternKeys, p);
    }
    h.expr(k);
  }
  h.emit(Op.BUILD_TUPLE, size);
  h.emit(Op.MATCH_KEYS);
  pc.onTop += 2;
  h.emit(Op.COPY, 1);
  h.loadConst({ kind: 'None' });
  h.emit(Op.IS_OP, 1);
  jumpToFailPop(h, pc, Op.POP_JUMP_IF_FALSE);
  h.emit(Op.UNPACK_SEQUENCE, size);
  pc.onTop += size - 1;
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  for (const q of p.patterns) {
    pc.onTop--;
    pattern(h, q, pc);
  }
  pc.allowIrrefutable = allow;
  // Left: (subject, keys).
  if (p.rest !== null) {
    h.emit(Op.BUILD_MAP, 0);
    h.emit(Op.SWAP, 3);
    h.emit(Op.DICT_UPDATE, 2);
    h.emit(Op.UNPACK_SEQUENCE, size);
    for (let left = size; left > 0; left--) {
      h.emit(Op.COPY, 1 + left);
      h.emit(Op.SWAP, 2);
      h.emit(Op.DELETE_SUBSCR);
    }
    pc.onTop -= 2;
    storeCapture(h, p.rest, pc, p);
  } else {
    h.emit(Op.POP_TOP);
    h.emit(Op.POP_TOP);
    pc.onTop -= 2;
  }
}

function matchClass(h: PatternHost, p: A.MatchClass, pc: PatternContext): void {
  const nargs = p.patterns.length;
  const nattrs = p.kwd_attrs.length;
  const seen = new Set<string>();
  p.kwd_attrs.forEach((attr, i) => {
    if (seen.has(attr)) throw h.error(CompileMsg.classPatternTooMany(attr), p.kwd_patterns[i]!);
    seen.add(attr);
  });
  h.expr(p.cls);
  h.loadConst({ kind: 'tuple', items: p.kwd_attrs.map((a) => ({ kind: 'str', value: a })) });
  h.u.loc = h.pos(p);
  h.emit(Op.MATCH_CLASS, nargs);
  h.emit(Op.COPY, 1);
  h.loadConst({ kind: 'None' });
  h.emit(Op.IS_OP, 1);
  pc.onTop++;
  jumpToFailPop(h, pc, Op.POP_JUMP_IF_FALSE);
  h.emit(Op.UNPACK_SEQUENCE, nargs + nattrs);
  pc.onTop += nargs + nattrs - 1;
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  for (const q of [...p.patterns, ...p.kwd_patterns]) {
    pc.onTop--;
    if (isWildcard(q)) {
      h.emit(Op.POP_TOP);
      continue;
    }
    pattern(h, q, pc);
  }
  pc.allowIrrefutable = allow;
}
