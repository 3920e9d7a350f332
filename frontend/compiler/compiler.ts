// The bytecode compiler: AST + symbol table to CodeObject, one Unit per scope,
// following CPython 3.11's compile.c (the same instruction sequences where the
// instruction sets agree; see docs/BYTECODE.md for where pvm's differ).
// Invariants: every instruction carries the position of the node being
// compiled; `finally` bodies and `__exit__` calls are inlined on every exit
// path (return/break/continue) and compiled once more as exception handlers;
// a handler's depth is the sum of the stack items its enclosing blocks hold.
import type * as A from '../parser/ast.js';
import { CodeFlags, type CodeConstant, type CodeObject, type Position } from '../bytecode/code.js';
import { BINARY_OP_INPLACE, FormatFlags, MakeFunctionFlags, Op } from '../bytecode/opcodes.js';
import { buildSymtable, mangle, DEF_FREE_CLASS, type Scope, type SymbolTable } from '../symtable/symtable.js';
import { disassembleOne } from '../bytecode/dis.js';
import { stackDepths, VerifyError } from '../bytecode/verify.js';
import { Assembler, Label, pack, type Handler } from './assembler.js';
import { CompileMsg, SourceLines, type Span } from './diagnostics.js';
import { PySyntaxError, type WarningSink } from '../errors.js';
import { checkAssert, checkCaller, checkCompare, checkSubscript } from './warnings.js';
import { constValue, truthy } from './fold.js';
import { unparse } from './unparse.js';
import { compilePatternCase, type PatternHost } from './patterns.js';

/** 'single' compiles one interactive statement: its expression statements show their values (sys.displayhook). */
export type CompileMode = 'exec' | 'eval' | 'single';

const BINOP_CODE: Record<A.operator, number> = {
  Add: 0, BitAnd: 1, FloorDiv: 2, LShift: 3, MatMult: 4, Mult: 5, Mod: 6, BitOr: 7, Pow: 8, RShift: 9, Sub: 10, Div: 11, BitXor: 12,
};
const CMP_CODE: Partial<Record<A.cmpop, number>> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };
const UNARY_OP: Record<A.unaryop, number> = {
  UAdd: Op.UNARY_POSITIVE, USub: Op.UNARY_NEGATIVE, Not: Op.UNARY_NOT, Invert: Op.UNARY_INVERT,
};
const FUTURE_FEATURES = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement',
  'print_function', 'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations',
]);

type UnitKind = 'module' | 'class' | 'function' | 'asyncFunction' | 'lambda' | 'comprehension';

type FBlockKind =
  | 'while' | 'for' | 'tryExcept' | 'finallyTry' | 'finallyEnd' | 'with' | 'asyncWith'
  | 'handlerCleanup' | 'popValue' | 'exceptionHandler' | 'exceptionGroupHandler' | 'asyncComprehension' | 'stack';

/** A compile-time block (CPython's fblockinfo): what a return/break/continue must undo. */
interface FBlock {
  readonly kind: FBlockKind;
  /** Value-stack items the block holds while its body runs. */
  readonly items: number;
  /** The handler active before the block's own handler was set up (restored by unwinding). */
  readonly handlerBefore: Handler | null;
  readonly start?: Label;
  readonly exit?: Label;
  readonly finalbody?: A.stmt[];
  /** handlerCleanup: the `except ... as name` name to clear. */
  readonly name?: string | null;
}

const NO_POS: Position = { line: -1, col: -1, endLine: -1, endCol: -1 };

class Unit {
  readonly asm = new Assembler();
  readonly consts: CodeConstant[] = [];
  // Most code objects hold only strings, None and a few ints: the other maps are made on first use.
  private constKeys: Map<string, number> | null = null;
  private readonly strConsts = new Map<string, number>();
  private intConsts: Map<bigint, number> | null = null;
  private noneIndex = -1;
  readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  readonly varnames: string[] = [];
  readonly varIndex = new Map<string, number>();
  readonly cellvars: string[];
  readonly freevars: string[];
  readonly derefIndex = new Map<string, number>();
  readonly fblocks: FBlock[] = [];
  handler: Handler | null = null;
  loc: Position = NO_POS;

  constructor(
    readonly scope: Scope,
    readonly kind: UnitKind,
    readonly name: string,
    readonly qualname: string,
    readonly firstlineno: number,
    /** The class whose name mangles private names here, if any. */
    readonly privateName: string | null,
  ) {
    let cells: string[] = [];
    const frees: string[] = [];
    for (const [n, s] of scope.scopes) {
      if (s === 'cell') cells.push(n);
      else if (s === 'free') frees.push(n);
      else if (scope.kind === 'class' && (scope.flags(n) & DEF_FREE_CLASS) !== 0) frees.push(n);
    }
    if (scope.kind === 'class' && scope.needsClassClosure) cells.push('__class__');
    if (cells.length > 0) {
      // CPython 3.11 lists cells that are parameters first, in parameter order, then the rest sorted.
      const paramCells = scope.params.filter((p) => cells.includes(p));
      cells = paramCells.concat(cells.filter((c) => !scope.params.includes(c)).sort());
    }
    frees.sort();
    this.cellvars = cells;
    this.freevars = frees;
    for (let i = 0; i < cells.length; i++) if (!this.derefIndex.has(cells[i]!)) this.derefIndex.set(cells[i]!, i);
    for (let i = 0; i < frees.length; i++) {
      if (!this.derefIndex.has(frees[i]!)) this.derefIndex.set(frees[i]!, cells.length + i);
    }
    if (scope.kind === 'function') {
      for (const p of scope.params) this.varIndexOf(p);
      for (const [n, s] of scope.scopes) if (s === 'local') this.varIndexOf(n);
    }
  }

  constIndex(c: CodeConstant): number {
    // Strings and ints, the most common constants, are looked up by value, without building a key.
    if (c.kind === 'str') return this.sharedConst(this.strConsts, c.value, c);
    if (c.kind === 'int') return this.sharedConst(this.intConsts ??= new Map(), c.value, c);
    if (c.kind === 'None') {
      if (this.noneIndex < 0) {
        this.noneIndex = this.consts.length;
        this.consts.push(c);
      }
      return this.noneIndex;
    }
    const key = constKey(c);
    if (key === null) {
      this.consts.push(c);
      return this.consts.length - 1;
    }
    return this.sharedConst(this.constKeys ??= new Map(), key, c);
  }

  private sharedConst<K>(known: Map<K, number>, key: K, c: CodeConstant): number {
    let i = known.get(key);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(c);
      known.set(key, i);
    }
    return i;
  }

  nameIndexOf(n: string): number {
    let i = this.nameIndex.get(n);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(n);
      this.nameIndex.set(n, i);
    }
    return i;
  }

  varIndexOf(n: string): number {
    let i = this.varIndex.get(n);
    if (i === undefined) {
      i = this.varnames.length;
      this.varnames.push(n);
      this.varIndex.set(n, i);
    }
    return i;
  }

  /** Stack items held by the active blocks: the depth a new handler cuts back to. */
  baseDepth(): number {
    let d = 0;
    for (const fb of this.fblocks) d += fb.items;
    return d;
  }
}

/** A key that identifies equal constants of the same type, or null for ones never shared. */
function constKey(c: CodeConstant): string | null {
  switch (c.kind) {
    case 'None': return 'N';
    case 'Ellipsis': return 'E';
    case 'bool': return c.value ? 'T' : 'F';
    case 'int': return `i${c.value}`;
    case 'float': return `f${Object.is(c.value, -0) ? '-0' : String(c.value)}`;
    case 'complex': return `c${Object.is(c.real, -0) ? '-0' : c.real},${Object.is(c.imag, -0) ? '-0' : c.imag}`;
    case 'str': return `s${c.value}`;
    case 'bytes': return `b${Array.from(c.value).join(',')}`;
    case 'tuple':
    case 'frozenset': {
      const parts: string[] = [];
      for (const item of c.items) {
        const k = constKey(item);
        if (k === null) return null;
        parts.push(k);
      }
      return `${c.kind === 'tuple' ? 't' : 'z'}(${parts.join(';')})`;
    }
    case 'code': return null;
    default: throw new Error(`constKey: ${(c as CodeConstant).kind}`);
  }
}

const NONE: CodeConstant = { kind: 'None' };

function isDocstring(body: A.stmt[]): string | null {
  const first = body[0];
  if (first && first._type === 'Expr' && first.value._type === 'Constant' && first.value.value.kind === 'str') {
    return first.value.value.value;
  }
  return null;
}

function isDebug(list: A.arg[]): boolean {
  for (let i = 0; i < list.length; i++) if (list[i]!.arg === '__debug__') return true;
  return false;
}

function hasStarred(elts: A.expr[]): boolean {
  for (let i = 0; i < elts.length; i++) if (elts[i]!._type === 'Starred') return true;
  return false;
}

/** The Compare whose location CPython's compiler_jump_if leaves behind after testing `e` (see assertStmt), or null. */
function lastJumpCompare(e: A.expr): A.Compare | null {
  switch (e._type) {
    case 'Compare':
      return e;
    case 'UnaryOp':
      return e.op === 'Not' ? lastJumpCompare(e.operand) : null;
    case 'BoolOp':
    case 'IfExp': {
      const parts = e._type === 'BoolOp' ? e.values : [e.test, e.body, e.orelse];
      let found: A.Compare | null = null;
      for (const part of parts) found = lastJumpCompare(part) ?? found;
      return found;
    }
    default:
      return null;
  }
}

/** Whether a call's keywords are all `name=value` (no `**mapping`). */
function allNamed(keywords: A.keyword[]): boolean {
  for (let i = 0; i < keywords.length; i++) if (keywords[i]!.arg === null) return false;
  return true;
}

/** CPython's find_ann: whether a body (not nested scopes) contains an annotated assignment. */
function findAnnotations(body: A.stmt[]): boolean {
  for (const s of body) {
    switch (s._type) {
      case 'AnnAssign':
        return true;
      case 'For': case 'AsyncFor': case 'While': case 'If':
        if (findAnnotations(s.body) || findAnnotations(s.orelse)) return true;
        break;
      case 'With': case 'AsyncWith':
        if (findAnnotations(s.body)) return true;
        break;
      case 'Try': case 'TryStar':
        if (findAnnotations(s.body) || findAnnotations(s.orelse) || findAnnotations(s.finalbody)) return true;
        if (s.handlers.some((h) => findAnnotations(h.body))) return true;
        break;
      case 'Match':
        if (s.cases.some((c) => findAnnotations(c.body))) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

/** Compiles a parsed module (exec) or expression (eval) to its code object. */
export function compileAst(mod: A.Module | A.Expression, filename: string, source: string, mode: CompileMode = 'exec', warnings: WarningSink | null = null): CodeObject {
  const src = new SourceLines(filename, source);
  const future = mod._type === 'Module' ? checkFuture(mod, src) : false;
  const table = buildSymtable(mod, src, future);
  return new Compiler(table, src, filename, warnings).module(mod, mode);
}

/** Validates `from __future__` imports; returns whether `annotations` is enabled. */
function checkFuture(mod: A.Module, src: SourceLines): boolean {
  let annotations = false;
  let allowed = true;
  mod.body.forEach((s, i) => {
    if (i === 0 && isDocstring(mod.body) !== null) return;
    if (s._type === 'ImportFrom' && s.module === '__future__' && (s.level ?? 0) === 0) {
      if (!allowed) throw src.error(CompileMsg.futureLate, s);
      for (const a of s.names) {
        if (a.name === 'braces') throw src.error(CompileMsg.futureBraces, s, true);
        if (!FUTURE_FEATURES.has(a.name)) throw src.error(CompileMsg.futureUnknown(a.name), s, true);
        if (a.name === 'annotations') annotations = true;
      }
    } else {
      allowed = false;
    }
  });
  return annotations;
}

class Compiler implements PatternHost {
  u!: Unit;
  /** Compiling in 'single' mode: the module's expression statements are displayed. */
  private interactive = false;
  private readonly stack: Unit[] = [];

  constructor(
    private readonly table: SymbolTable,
    readonly src: SourceLines,
    private readonly filename: string,
    private readonly warnings: WarningSink | null,
  ) {}

  /** A SyntaxWarning at a node's first line, when a check found one. */
  private warn(message: string | null, node: A.expr | A.stmt): void {
    if (message !== null) this.warnings?.add('SyntaxWarning', message, this.filename, node.lineno);
  }

  // ---- units and emission

  private enterUnit(scope: Scope, kind: UnitKind, name: string, qualname: string, firstlineno: number, privateName: string | null): void {
    if (this.u) this.stack.push(this.u);
    this.u = new Unit(scope, kind, name, qualname, firstlineno, privateName);
  }

  private leaveUnit(argcount: number, posonly: number, kwonly: number): CodeObject {
    const u = this.u;
    const scope = u.scope;
    let flags = 0;
    if (scope.kind === 'function') {
      flags |= CodeFlags.OPTIMIZED | CodeFlags.NEWLOCALS;
      if (scope.nested) flags |= CodeFlags.NESTED;
      if (scope.isGenerator && !scope.isCoroutine) flags |= CodeFlags.GENERATOR;
      else if (!scope.isGenerator && scope.isCoroutine) flags |= CodeFlags.COROUTINE;
      else if (scope.isGenerator && scope.isCoroutine) flags |= CodeFlags.ASYNC_GENERATOR;
      if (scope.hasVarargs) flags |= CodeFlags.VARARGS;
      if (scope.hasVarkeywords) flags |= CodeFlags.VARKEYWORDS;
    }
    const build = (parts: ReturnType<typeof pack>, stacksize: number): CodeObject => ({
      name: u.name,
      qualname: u.qualname,
      filename: this.filename,
      firstlineno: u.firstlineno,
      argcount,
      posonlyargcount: posonly,
      kwonlyargcount: kwonly,
      flags,
      ops: parts.ops,
      args: parts.args,
      consts: u.consts,
      names: u.names,
      varnames: u.varnames,
      cellvars: u.cellvars,
      freevars: u.freevars,
      stacksize,
      positions: parts.positions,
      exceptionTable: parts.exceptionTable,
    });
    // The verifier's flow analysis finds the unreachable code to drop and the
    // stack size, so every code object is checked as it is built. Dropping
    // unreachable code leaves the reachable paths and their depths as they
    // were, so the maximum depth found before still holds.
    const raw = u.asm.finish(u.qualname);
    let code: CodeObject;
    try {
      const flow = stackDepths({ name: u.qualname, ops: raw.ops, args: raw.args, exceptionTable: raw.exceptionTable });
      code = build(pack(raw, flow.depths), flow.max);
    } catch (e) {
      if (e instanceof VerifyError) {
        const all = { ...raw, ops: Uint8Array.from(raw.ops), args: Int32Array.from(raw.args) };
        e.message += `\n${disassembleOne(build(all, 0))}`;
      }
      throw e;
    }
    this.u = this.stack.pop()!;
    return code;
  }

  emit(op: number, arg = 0): void {
    this.u.asm.emit(op, arg, this.u.loc, this.u.handler);
  }

  jump(op: number, label: Label): void {
    this.u.asm.emitJump(op, label, this.u.loc, this.u.handler);
  }

  bind(label: Label): void {
    this.u.asm.bind(label);
  }

  loadConst(c: CodeConstant): void {
    this.emit(Op.LOAD_CONST, this.u.constIndex(c));
  }

  loadInt(n: number): void {
    this.loadConst({ kind: 'int', value: BigInt(n) });
  }

  private loadStr(s: string): void {
    this.loadConst({ kind: 'str', value: s });
  }

  pos(node: Span): Position {
    const line = node.lineno;
    const endLine = node.end_lineno ?? line;
    return {
      line,
      col: this.src.charCol(line, node.col_offset),
      endLine,
      endCol: node.end_col_offset === null ? -1 : this.src.charCol(endLine, node.end_col_offset),
    };
  }

  error(msg: string, node: Span): Error {
    return this.src.error(msg, node);
  }

  /** An error at the location of the instruction being emitted. */
  private errorAtLoc(msg: string): Error {
    const loc = this.u.loc;
    const error = new PySyntaxError('SyntaxError', msg, this.filename, loc.line, loc.col + 1, this.src.line(loc.line), loc.endLine, loc.endCol + 1);
    error.fromCompiler = true;
    return error;
  }

  /** CPython's compiler_check_debug_args: no parameter may be named __debug__. */
  private checkDebugArgs(args: A.arguments, at: Span): void {
    if (isDebug(args.posonlyargs) || isDebug(args.args) || isDebug(args.kwonlyargs)
      || args.vararg?.arg === '__debug__' || args.kwarg?.arg === '__debug__') {
      throw this.error(CompileMsg.assignDebug, at);
    }
  }

  mangle(name: string): string {
    return mangle(this.u.privateName, name);
  }

  private withHandler(h: Handler | null): Handler | null {
    const before = this.u.handler;
    this.u.handler = h;
    return before;
  }

  private pushBlock(fb: FBlock): void {
    this.u.fblocks.push(fb);
  }

  private popBlock(kind: FBlockKind): void {
    const fb = this.u.fblocks.pop();
    if (!fb || fb.kind !== kind) throw new Error(`compiler: block mismatch, expected ${kind}`);
  }

  // ---- names

  nameOp(id: string, ctx: A.expr_context): void {
    if (id === '__debug__' && ctx !== 'Load') throw this.errorAtLoc(ctx === 'Store' ? CompileMsg.assignDebug : CompileMsg.deleteDebug);
    const name = this.mangle(id);
    const u = this.u;
    const scope = u.scope.scopeOf(name);
    const isFunction = u.scope.kind === 'function';
    let kind: 'fast' | 'global' | 'deref' | 'name' = 'name';
    switch (scope) {
      case 'free':
      case 'cell':
        kind = 'deref';
        break;
      case 'local':
        if (isFunction) kind = 'fast';
        break;
      case 'globalImplicit':
        if (isFunction) kind = 'global';
        break;
      case 'globalExplicit':
        kind = 'global';
        break;
      default:
        throw new Error(`nameOp: ${scope satisfies never}`);
    }
    switch (kind) {
      case 'fast':
        this.emit(ctx === 'Load' ? Op.LOAD_FAST : ctx === 'Store' ? Op.STORE_FAST : Op.DELETE_FAST, u.varIndexOf(name));
        return;
      case 'deref': {
        const i = u.derefIndex.get(name);
        if (i === undefined) throw new Error(`compiler: no cell for ${name} in ${u.qualname}`);
        const load = u.scope.kind === 'class' ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF;
        this.emit(ctx === 'Load' ? load : ctx === 'Store' ? Op.STORE_DEREF : Op.DELETE_DEREF, i);
        return;
      }
      case 'global':
        this.emit(ctx === 'Load' ? Op.LOAD_GLOBAL : ctx === 'Store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, u.nameIndexOf(name));
        return;
      case 'name':
        this.emit(ctx === 'Load' ? Op.LOAD_NAME : ctx === 'Store' ? Op.STORE_NAME : Op.DELETE_NAME, u.nameIndexOf(name));
        return;
      default:
        throw new Error(`nameOp: ${kind satisfies never}`);
    }
  }

  storeName(id: string): void {
    this.nameOp(id, 'Store');
  }

  // ---- module, functions, classes

  module(mod: A.Module | A.Expression, mode: CompileMode): CodeObject {
    this.interactive = mode === 'single';
    this.enterUnit(this.table.top, 'module', '<module>', '<module>', 1, null);
    if (mod._type === 'Expression') {
      if (mode !== 'eval') throw new Error('compiler: an Expression needs eval mode');
      this.u.loc = this.pos(mod.body);
      this.expr(mod.body);
      this.emit(Op.RETURN_VALUE);
    } else {
      this.body(mod.body, true);
      this.u.loc = NO_POS;
      if (this.u.asm.fallsThrough()) {
        this.loadConst(NONE);
        this.emit(Op.RETURN_VALUE);
      }
    }
    return this.leaveUnit(0, 0, 0);
  }

  /** A module or class body: docstring to `__doc__`, `__annotations__` set up if needed. */
  private body(stmts: A.stmt[], isModule: boolean): void {
    if (findAnnotations(stmts)) {
      this.u.loc = stmts.length > 0 ? { line: isModule ? 1 : stmts[0]!.lineno, col: 0, endLine: isModule ? 1 : stmts[0]!.lineno, endCol: 0 } : NO_POS;
      this.emit(Op.SETUP_ANNOTATIONS);
    }
    let rest = stmts;
    // An interactive statement has no docstring: a lone string is displayed.
    const doc = this.interactive && isModule ? null : isDocstring(stmts);
    if (doc !== null) {
      this.u.loc = this.pos(stmts[0]!);
      this.loadStr(doc);
      this.storeName('__doc__');
      rest = stmts.slice(1);
    }
    this.stmts(rest);
  }

  /**
   * CPython's compiler_set_qualname: `outer.<locals>.name` inside functions and
   * lambdas, `Class.name` inside classes and comprehensions, and just `name` at
   * module level or for a def/class declared `global` in its enclosing scope.
   */
  private qualnameFor(name: string, isDefOrClass: boolean): string {
    const parent = this.u;
    if (parent.kind === 'module') return name;
    if (isDefOrClass && parent.scope.scopeOf(mangle(parent.privateName, name)) === 'globalExplicit') return name;
    const locals = parent.kind === 'function' || parent.kind === 'asyncFunction' || parent.kind === 'lambda';
    return `${parent.qualname}${locals ? '.<locals>' : ''}.${name}`;
  }

  /** Emits MAKE_CELL / COPY_FREE_VARS and copies cell arguments into their cells. */
  private prologue(): void {
    const u = this.u;
    if (u.freevars.length > 0) this.emit(Op.COPY_FREE_VARS, u.freevars.length);
    u.cellvars.forEach((name, i) => {
      this.emit(Op.MAKE_CELL, i);
      const arg = u.varIndex.get(name);
      if (arg !== undefined && u.scope.params.includes(name)) {
        this.emit(Op.LOAD_FAST, arg);
        this.emit(Op.STORE_DEREF, i);
      }
    });
  }

  /** Pushes the closure tuple for a nested code object; returns whether there is one. */
  private closure(code: CodeObject): boolean {
    if (code.freevars.length === 0) return false;
    for (const name of code.freevars) {
      const i = this.u.derefIndex.get(name);
      if (i === undefined) throw new Error(`compiler: ${code.qualname} needs ${name}, which ${this.u.qualname} does not have`);
      this.emit(Op.LOAD_CLOSURE, i);
    }
    this.emit(Op.BUILD_TUPLE, code.freevars.length);
    return true;
  }

  private makeFunction(code: CodeObject, flags: number): void {
    if (this.closure(code)) flags |= MakeFunctionFlags.CLOSURE;
    this.loadConst({ kind: 'code', code });
    this.emit(Op.MAKE_FUNCTION, flags);
  }

  /** Positional defaults and keyword-only defaults; returns MAKE_FUNCTION flags. */
  private defaults(args: A.arguments): number {
    let flags = 0;
    if (args.defaults.length > 0) {
      const items = args.defaults.map(constValue);
      if (items.every((c) => c !== undefined)) {
        this.loadConst({ kind: 'tuple', items: items as CodeConstant[] });
      } else {
        for (const d of args.defaults) this.expr(d);
        this.emit(Op.BUILD_TUPLE, args.defaults.length);
      }
      flags |= MakeFunctionFlags.DEFAULTS;
    }
    let n = 0;
    args.kwonlyargs.forEach((a, i) => {
      const d = args.kw_defaults[i];
      if (d === null || d === undefined) return;
      this.loadStr(this.mangle(a.arg));
      this.expr(d);
      n++;
    });
    if (n > 0) {
      this.emit(Op.BUILD_MAP, n);
      flags |= MakeFunctionFlags.KWDEFAULTS;
    }
    return flags;
  }

  private annotationValue(e: A.expr): void {
    if (this.table.futureAnnotations) {
      this.loadStr(unparse(e) ?? this.sourceText(e));
    } else if (e._type === 'Starred') {
      // PEP 646 `*args: *Ts`: the annotation is the one item of [*Ts].
      this.expr(e.value);
      this.emit(Op.UNPACK_SEQUENCE, 1);
    } else {
      this.expr(e);
    }
  }

  /** The source text of an expression, for the few kinds unparse.ts does not render. */
  private sourceText(e: A.expr): string {
    const first = this.src.line(e.lineno) ?? '';
    const start = this.src.charCol(e.lineno, e.col_offset);
    const endLine = e.end_lineno ?? e.lineno;
    const endCol = this.src.charCol(endLine, e.end_col_offset ?? 0);
    if (endLine === e.lineno) return first.slice(start, endCol);
    const parts = [first.slice(start)];
    for (let l = e.lineno + 1; l < endLine; l++) parts.push(this.src.line(l) ?? '');
    parts.push((this.src.line(endLine) ?? '').slice(0, endCol));
    return parts.join('').replace(/\s*\n\s*/g, ' ');
  }

  /** Function annotations as a (name, value, ...) tuple; returns the MAKE_FUNCTION flag. */
  private annotations(args: A.arguments, returns: A.expr | null): number {
    let n = 0;
    const add = (name: string, ann: A.expr | null): void => {
      if (ann === null) return;
      this.loadStr(this.mangle(name));
      this.annotationValue(ann);
      n++;
    };
    for (const a of [...args.posonlyargs, ...args.args]) add(a.arg, a.annotation);
    if (args.vararg) add(args.vararg.arg, args.vararg.annotation);
    for (const a of args.kwonlyargs) add(a.arg, a.annotation);
    if (args.kwarg) add(args.kwarg.arg, args.kwarg.annotation);
    add('return', returns);
    if (n === 0) return 0;
    this.emit(Op.BUILD_TUPLE, 2 * n);
    return MakeFunctionFlags.ANNOTATIONS;
  }

  private functionDef(s: A.FunctionDef | A.AsyncFunctionDef): void {
    for (const d of s.decorator_list) {
      this.u.loc = this.pos(d);
      this.emit(Op.PUSH_NULL);
      this.expr(d);
    }
    const firstlineno = s.decorator_list.length > 0 ? s.decorator_list[0]!.lineno : s.lineno;
    this.u.loc = this.pos(s);
    this.checkDebugArgs(s.args, s);
    let flags = this.defaults(s.args);
    flags |= this.annotations(s.args, s.returns);
    const scope = this.table.scopeOf.get(s)!;
    const kind: UnitKind = s._type === 'AsyncFunctionDef' ? 'asyncFunction' : 'function';
    this.enterUnit(scope, kind, s.name, this.qualnameFor(s.name, true), firstlineno, this.u.privateName);
    this.u.loc = this.pos(s);
    const doc = isDocstring(s.body);
    this.u.constIndex(doc !== null ? { kind: 'str', value: doc } : NONE);
    this.prologue();
    this.stmts(doc !== null ? s.body.slice(1) : s.body);
    if (this.u.asm.fallsThrough()) {
      this.u.loc = NO_POS;
      this.loadConst(NONE);
      this.emit(Op.RETURN_VALUE);
    }
    const a = s.args;
    const code = this.leaveUnit(a.posonlyargs.length + a.args.length, a.posonlyargs.length, a.kwonlyargs.length);
    this.u.loc = this.pos(s);
    this.makeFunction(code, flags);
    this.applyDecorators(s.decorator_list, s);
    this.storeName(s.name);
  }

  /** Calls the decorators innermost first, each located at its own expression (a failing one is reported there). */
  private applyDecorators(decorators: A.expr[], s: A.stmt): void {
    for (let i = decorators.length - 1; i >= 0; i--) {
      this.u.loc = this.pos(decorators[i]!);
      this.emit(Op.CALL, 1);
    }
    this.u.loc = this.pos(s);
  }

  private classDef(s: A.ClassDef): void {
    for (const d of s.decorator_list) {
      this.u.loc = this.pos(d);
      this.emit(Op.PUSH_NULL);
      this.expr(d);
    }
    const firstlineno = s.decorator_list.length > 0 ? s.decorator_list[0]!.lineno : s.lineno;
    this.u.loc = this.pos(s);
    const scope = this.table.scopeOf.get(s)!;
    this.enterUnit(scope, 'class', s.name, this.qualnameFor(s.name, true), firstlineno, s.name);
    this.u.loc = this.pos(s);
    this.prologue();
    this.nameOp('__name__', 'Load');
    this.storeName('__module__');
    this.loadStr(this.u.qualname);
    this.storeName('__qualname__');
    this.body(s.body, false);
    this.u.loc = NO_POS;
    if (scope.needsClassClosure) {
      this.emit(Op.LOAD_CLOSURE, this.u.derefIndex.get('__class__')!);
      this.emit(Op.COPY, 1);
      this.emit(Op.STORE_NAME, this.u.nameIndexOf('__classcell__'));
    } else {
      this.loadConst(NONE);
    }
    this.emit(Op.RETURN_VALUE);
    const code = this.leaveUnit(0, 0, 0);
    this.u.loc = this.pos(s);
    this.emit(Op.PUSH_NULL);
    this.emit(Op.LOAD_BUILD_CLASS);
    this.makeFunction(code, 0);
    this.loadStr(s.name);
    this.callHelper(2, s.bases, s.keywords);
    this.applyDecorators(s.decorator_list, s);
    this.storeName(s.name);
  }

  private lambda(e: A.Lambda): void {
    this.checkDebugArgs(e.args, e);
    const flags = this.defaults(e.args);
    const scope = this.table.scopeOf.get(e)!;
    this.enterUnit(scope, 'lambda', '<lambda>', this.qualnameFor('<lambda>', false), e.lineno, this.u.privateName);
    this.u.loc = this.pos(e);
    this.u.constIndex(NONE);
    this.prologue();
    this.expr(e.body);
    if (!scope.isGenerator) {
      this.emit(Op.RETURN_VALUE);
    } else {
      this.emit(Op.POP_TOP);
      this.loadConst(NONE);
      this.emit(Op.RETURN_VALUE);
    }
    const a = e.args;
    const code = this.leaveUnit(a.posonlyargs.length + a.args.length, a.posonlyargs.length, a.kwonlyargs.length);
    this.makeFunction(code, flags);
  }

  // ---- statements

  stmts(body: A.stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  private stmt(s: A.stmt): void {
    this.u.loc = this.pos(s);
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.functionDef(s);
        return;
      case 'ClassDef':
        this.classDef(s);
        return;
      case 'Return':
        this.returnStmt(s);
        return;
      case 'Delete':
        for (const t of s.targets) this.deleteTarget(t);
        return;
      case 'Assign':
        if (s.targets.length === 1 && this.parallelAssign(s.targets[0]!, s.value)) return;
        this.expr(s.value);
        s.targets.forEach((t, i) => {
          if (i < s.targets.length - 1) this.emit(Op.COPY, 1);
          this.store(t);
        });
        return;
      case 'AugAssign':
        this.augAssign(s);
        return;
      case 'AnnAssign':
        this.annAssign(s);
        return;
      case 'For':
        this.forStmt(s);
        return;
      case 'AsyncFor':
        this.asyncFor(s);
        return;
      case 'While':
        this.whileStmt(s);
        return;
      case 'If':
        this.ifStmt(s);
        return;
      case 'With':
        this.withStmt(s, 0);
        return;
      case 'AsyncWith':
        this.asyncWith(s, 0);
        return;
      case 'Match':
        this.matchStmt(s);
        return;
      case 'Raise':
        if (s.exc !== null) this.expr(s.exc);
        if (s.cause !== null) this.expr(s.cause);
        this.emit(Op.RAISE_VARARGS, s.exc === null ? 0 : s.cause === null ? 1 : 2);
        return;
      case 'Try':
        if (s.finalbody.length > 0) this.tryFinally(s);
        else this.tryExcept(s);
        return;
      case 'TryStar':
        if (s.finalbody.length > 0) this.tryFinally(s);
        else this.tryStar(s);
        return;
      case 'Assert':
        this.assertStmt(s);
        return;
      case 'Import':
        this.importStmt(s);
        return;
      case 'ImportFrom':
        this.importFrom(s);
        return;
      case 'Global':
      case 'Nonlocal':
      case 'Pass':
        return;
      case 'Expr':
        if (this.interactive && this.u.kind === 'module') {
          // CPython's PRINT_EXPR, as sys.displayhook(value) through `import sys` (constants are shown too).
          this.loadInt(0);
          this.loadConst(NONE);
          this.emit(Op.IMPORT_NAME, this.u.nameIndexOf('sys'));
          this.emit(Op.LOAD_METHOD, this.u.nameIndexOf('displayhook'));
          this.expr(s.value);
          this.u.loc = this.pos(s);
          this.emit(Op.CALL, 1);
          this.emit(Op.POP_TOP);
          return;
        }
        if (s.value._type === 'Constant') return;
        this.expr(s.value);
        this.emit(Op.POP_TOP);
        return;
      case 'Break':
        this.breakStmt(s);
        return;
      case 'Continue':
        this.continueStmt(s);
        return;
      default:
        throw new Error(`compiler: unexpected statement ${(s as A.stmt)._type}`);
    }
  }

  private returnStmt(s: A.Return): void {
    const u = this.u;
    if (u.scope.kind !== 'function') throw this.error(CompileMsg.returnOutside, s);
    if (s.value !== null && u.kind === 'asyncFunction' && u.scope.isGenerator) throw this.error(CompileMsg.returnWithValueInAsyncGen, s);
    const value = s.value;
    const constant = value === null ? NONE : constValue(value);
    const preserve = constant === undefined;
    if (preserve) this.expr(value!);
    const saved = u.handler;
    this.unwindAll(preserve, s);
    u.loc = this.pos(s);
    if (!preserve) this.loadConst(constant!);
    this.emit(Op.RETURN_VALUE);
    u.handler = saved;
  }

  /** Undoes every active block (CPython's compiler_unwind_fblock_stack with no loop). */
  private unwindAll(preserve: boolean, at: Span): void {
    const u = this.u;
    if (u.fblocks.length === 0) return;
    if (u.fblocks[u.fblocks.length - 1]!.kind === 'exceptionGroupHandler') throw this.error(CompileMsg.breakInExceptStar, at);
    const top = u.fblocks.pop()!;
    this.unwindBlock(top, preserve, at);
    this.unwindAll(preserve, at);
    u.fblocks.push(top);
  }

  /** Undoes blocks up to the innermost loop, which it returns (still on the block stack). */
  private unwindToLoop(at: Span): FBlock | null {
    const u = this.u;
    if (u.fblocks.length === 0) return null;
    const top = u.fblocks[u.fblocks.length - 1]!;
    if (top.kind === 'while' || top.kind === 'for') return top;
    if (top.kind === 'exceptionGroupHandler') throw this.error(CompileMsg.breakInExceptStar, at);
    u.fblocks.pop();
    this.unwindBlock(top, false, at);
    const loop = this.unwindToLoop(at);
    u.fblocks.push(top);
    return loop;
  }

  private unwindBlock(fb: FBlock, preserve: boolean, at: Span): void {
    switch (fb.kind) {
      case 'while':
      case 'exceptionHandler':
      case 'exceptionGroupHandler':
      case 'asyncComprehension':
        return;
      case 'for':
        if (preserve) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_TOP);
        return;
      case 'tryExcept':
        this.u.handler = fb.handlerBefore;
        return;
      case 'finallyTry': {
        this.u.handler = fb.handlerBefore;
        if (preserve) this.pushBlock({ kind: 'popValue', items: 1, handlerBefore: this.u.handler });
        const savedLoc = this.u.loc;
        this.stmts(fb.finalbody!);
        this.u.loc = savedLoc;
        if (preserve) this.popBlock('popValue');
        return;
      }
      case 'finallyEnd':
        if (preserve) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_TOP);
        if (preserve) this.emit(Op.SWAP, 2);
        this.u.handler = fb.handlerBefore;
        this.emit(Op.POP_EXCEPT);
        return;
      case 'with':
      case 'asyncWith':
        this.u.loc = this.pos(at);
        this.u.handler = fb.handlerBefore;
        if (preserve) this.emit(Op.SWAP, 2);
        this.callExitWithNones();
        if (fb.kind === 'asyncWith') this.awaitTop(2);
        this.emit(Op.POP_TOP);
        return;
      case 'handlerCleanup':
        this.u.handler = fb.handlerBefore;
        if (preserve) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_EXCEPT);
        if (fb.name) {
          this.loadConst(NONE);
          this.storeName(fb.name);
          this.nameOp(fb.name, 'Del');
        }
        return;
      case 'popValue':
      case 'stack':
        if (preserve) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_TOP);
        return;
      default:
        throw new Error(`unwindBlock: ${fb.kind satisfies never}`);
    }
  }

  private breakStmt(s: A.Break): void {
    const saved = this.u.handler;
    const loop = this.unwindToLoop(s);
    if (loop === null) throw this.error(CompileMsg.breakOutside, s);
    this.u.loc = this.pos(s);
    this.unwindBlock(loop, false, s);
    this.jump(Op.JUMP_FORWARD, loop.exit!);
    this.u.handler = saved;
  }

  private continueStmt(s: A.Continue): void {
    const saved = this.u.handler;
    const loop = this.unwindToLoop(s);
    if (loop === null) throw this.error(CompileMsg.continueOutside, s);
    this.u.loc = this.pos(s);
    this.jump(Op.JUMP_BACKWARD, loop.start!);
    this.u.handler = saved;
  }

  /** `__exit__(None, None, None)` on the exit below the top: the bound exit is the "method" and the first None its "self". */
  private callExitWithNones(): void {
    this.loadConst(NONE);
    this.loadConst(NONE);
    this.loadConst(NONE);
    this.emit(Op.CALL, 2);
  }

  private augAssign(s: A.AugAssign): void {
    const op = BINOP_CODE[s.op] + BINARY_OP_INPLACE;
    const t = s.target;
    switch (t._type) {
      case 'Name':
        this.nameOp(t.id, 'Load');
        this.expr(s.value);
        this.u.loc = this.pos(s);
        this.emit(Op.BINARY_OP, op);
        this.storeName(t.id);
        return;
      case 'Attribute':
        this.expr(t.value);
        this.emit(Op.COPY, 1);
        this.u.loc = this.attrPos(t, this.pos(t));
        this.emit(Op.LOAD_ATTR, this.u.nameIndexOf(this.mangle(t.attr)));
        this.expr(s.value);
        this.u.loc = this.pos(s);
        this.emit(Op.BINARY_OP, op);
        this.u.loc = this.pos(t);
        this.emit(Op.SWAP, 2);
        this.emit(Op.STORE_ATTR, this.u.nameIndexOf(this.mangle(t.attr)));
        return;
      case 'Subscript':
        this.expr(t.value);
        this.subscriptKey(t.slice);
        this.emit(Op.COPY, 2);
        this.emit(Op.COPY, 2);
        this.u.loc = this.pos(t);
        this.emit(Op.BINARY_SUBSCR);
        this.expr(s.value);
        this.u.loc = this.pos(s);
        this.emit(Op.BINARY_OP, op);
        this.u.loc = this.pos(t);
        this.emit(Op.SWAP, 3);
        this.emit(Op.SWAP, 2);
        this.emit(Op.STORE_SUBSCR);
        return;
      default:
        throw new Error(`compiler: augmented assignment to ${t._type}`);
    }
  }

  private annAssign(s: A.AnnAssign): void {
    const t = s.target;
    if (s.value !== null) {
      this.expr(s.value);
      this.store(t);
    }
    const moduleOrClass = this.u.kind === 'module' || this.u.kind === 'class';
    if (t._type === 'Name') {
      if (s.simple && moduleOrClass) {
        this.u.loc = this.pos(s);
        this.annotationValue(s.annotation);
        this.emit(Op.LOAD_NAME, this.u.nameIndexOf('__annotations__'));
        this.loadStr(this.mangle(t.id));
        this.emit(Op.STORE_SUBSCR);
      }
      return;
    }
    if (s.value === null) {
      if (t._type === 'Attribute') {
        this.expr(t.value);
        this.emit(Op.POP_TOP);
      } else if (t._type === 'Subscript') {
        this.expr(t.value);
        this.emit(Op.POP_TOP);
        this.checkAnnSubscript(t.slice);
      }
    }
    if (!this.table.futureAnnotations && moduleOrClass) {
      this.expr(s.annotation);
      this.emit(Op.POP_TOP);
    }
  }

  private checkAnnSubscript(e: A.expr): void {
    if (e._type === 'Slice') {
      for (const part of [e.lower, e.upper, e.step]) {
        if (part !== null) {
          this.expr(part);
          this.emit(Op.POP_TOP);
        }
      }
    } else if (e._type === 'Tuple') {
      for (const elt of e.elts) this.checkAnnSubscript(elt);
    } else {
      this.expr(e);
      this.emit(Op.POP_TOP);
    }
  }

  private forStmt(s: A.For): void {
    const start = new Label();
    const cleanup = new Label();
    const end = new Label();
    this.iterOperand(s.iter);
    this.u.loc = this.pos(s);
    this.emit(Op.GET_ITER);
    this.bind(start);
    this.jump(Op.FOR_ITER, cleanup);
    this.pushBlock({ kind: 'for', items: 1, handlerBefore: this.u.handler, start, exit: end });
    this.store(s.target);
    this.stmts(s.body);
    this.u.loc = this.pos(s);
    this.jump(Op.JUMP_BACKWARD, start);
    this.popBlock('for');
    this.bind(cleanup);
    this.stmts(s.orelse);
    this.bind(end);
  }

  private asyncFor(s: A.AsyncFor): void {
    if (this.u.kind !== 'asyncFunction') throw this.error(CompileMsg.asyncForOutside, s);
    const start = new Label();
    const except = new Label();
    const end = new Label();
    this.expr(s.iter);
    this.u.loc = this.pos(s);
    this.emit(Op.GET_AITER);
    this.bind(start);
    const base = this.u.baseDepth() + 1;
    this.pushBlock({ kind: 'for', items: 1, handlerBefore: this.u.handler, start, exit: end });
    const before = this.withHandler({ label: except, depth: base, lasti: false });
    this.emit(Op.GET_ANEXT);
    this.loadConst(NONE);
    this.yieldFromLoop();
    this.u.handler = before;
    this.store(s.target);
    this.stmts(s.body);
    this.u.loc = this.pos(s);
    this.jump(Op.JUMP_BACKWARD, start);
    this.popBlock('for');
    this.bind(except);
    this.u.loc = this.pos(s);
    this.emit(Op.END_ASYNC_FOR);
    this.stmts(s.orelse);
    this.bind(end);
  }

  private whileStmt(s: A.While): void {
    const start = new Label();
    const anchor = new Label();
    const end = new Label();
    const test = constValue(s.test);
    if (test !== undefined && !truthy(test)) {
      this.stmts(s.orelse);
      return;
    }
    this.bind(start);
    const body = new Label();
    if (test === undefined) this.jumpIf(s.test, anchor, false);
    this.bind(body);
    this.pushBlock({ kind: 'while', items: 0, handlerBefore: this.u.handler, start, exit: end });
    this.stmts(s.body);
    this.u.loc = this.pos(s.test);
    // The test is compiled again at the bottom (as CPython 3.11 does), so an
    // iteration runs one conditional jump back instead of a jump and the test's jump.
    if (test === undefined) this.jumpIf(s.test, body, true);
    else this.jump(Op.JUMP_BACKWARD, start);
    this.popBlock('while');
    this.bind(anchor);
    this.stmts(s.orelse);
    this.bind(end);
  }

  private ifStmt(s: A.If): void {
    const test = constValue(s.test);
    if (test !== undefined) {
      this.stmts(truthy(test) ? s.body : s.orelse);
      return;
    }
    const end = new Label();
    const next = s.orelse.length > 0 ? new Label() : end;
    this.jumpIf(s.test, next, false);
    this.stmts(s.body);
    if (s.orelse.length > 0) {
      if (this.u.asm.fallsThrough()) this.jump(Op.JUMP_FORWARD, end);
      this.bind(next);
      this.stmts(s.orelse);
    }
    this.bind(end);
  }

  /**
   * The protected body of a try statement: runs `body` with `except` as its
   * handler at stack depth `base`, then jumps to `orelse`. Returns the
   * enclosing handler, which the except clauses restore.
   */
  private protectedBody(body: A.stmt[], except: Label, base: number, orelse: Label): Handler | null {
    const u = this.u;
    const outer = u.handler;
    u.handler = { label: except, depth: base, lasti: false };
    this.pushBlock({ kind: 'tryExcept', items: 0, handlerBefore: outer });
    this.stmts(body);
    this.popBlock('tryExcept');
    u.handler = outer;
    u.loc = NO_POS;
    this.jump(Op.JUMP_FORWARD, orelse);
    return outer;
  }

  /** `except E as name:` ends with `name = None; del name`, on the normal and the exceptional exit. */
  private clearHandlerName(name: string): void {
    this.loadConst(NONE);
    this.storeName(name);
    this.nameOp(name, 'Del');
  }

  private tryExcept(s: A.Try): void {
    const u = this.u;
    const base = u.baseDepth();
    const except = new Label();
    const orelse = new Label();
    const end = new Label();
    const cleanup = new Label();
    const outer = this.protectedBody(s.body, except, base, orelse);

    this.bind(except);
    u.loc = this.pos(s.handlers[0] ?? s);
    u.handler = { label: cleanup, depth: base + 1, lasti: true };
    this.emit(Op.PUSH_EXC_INFO);
    this.pushBlock({ kind: 'exceptionHandler', items: 1, handlerBefore: outer });
    s.handlers.forEach((h, i) => {
      u.loc = this.pos(h);
      if (h.type === null && i < s.handlers.length - 1) throw this.error(CompileMsg.defaultExceptNotLast, h);
      const next = new Label();
      if (h.type !== null) {
        this.expr(h.type);
        this.emit(Op.CHECK_EXC_MATCH);
        this.jump(Op.POP_JUMP_IF_FALSE, next);
      }
      if (h.name !== null) {
        this.storeName(h.name);
        const cleanupEnd = new Label();
        const handlerOuter = u.handler;
        u.handler = { label: cleanupEnd, depth: base + 1, lasti: true };
        this.pushBlock({ kind: 'handlerCleanup', items: 0, handlerBefore: outer, name: h.name });
        this.stmts(h.body);
        this.popBlock('handlerCleanup');
        u.loc = NO_POS;
        u.handler = outer;
        this.emit(Op.POP_EXCEPT);
        this.clearHandlerName(h.name);
        this.jump(Op.JUMP_FORWARD, end);
        u.handler = handlerOuter;
        this.bind(cleanupEnd);
        this.clearHandlerName(h.name);
        this.emit(Op.RERAISE, 1);
      } else {
        this.emit(Op.POP_TOP);
        const handlerOuter = u.handler;
        this.pushBlock({ kind: 'handlerCleanup', items: 0, handlerBefore: outer, name: null });
        this.stmts(h.body);
        this.popBlock('handlerCleanup');
        u.loc = NO_POS;
        u.handler = outer;
        this.emit(Op.POP_EXCEPT);
        this.jump(Op.JUMP_FORWARD, end);
        u.handler = handlerOuter;
      }
      this.bind(next);
    });
    this.popBlock('exceptionHandler');
    u.loc = NO_POS;
    this.emit(Op.RERAISE, 0);
    u.handler = outer;
    this.bind(cleanup);
    this.popExceptAndReraise();
    this.bind(orelse);
    this.stmts(s.orelse);
    this.bind(end);
  }

  /**
   * `try: ... except* E as v: ...` (CPython 3.11's compiler_try_star_except).
   * Below the handlers' bodies the stack holds (prev_exc, orig, res, rest):
   * the original group, the list of exceptions raised or re-raised by the
   * bodies, and the part of the group no handler has matched yet.
   */
  private tryStar(s: A.TryStar): void {
    const u = this.u;
    const base = u.baseDepth();
    const except = new Label();
    const orelse = new Label();
    const end = new Label();
    const cleanup = new Label();
    const reraiseStar = new Label();
    const reraise = new Label();
    const outer = this.protectedBody(s.body, except, base, orelse);

    this.bind(except);
    const groupHandler: Handler = { label: cleanup, depth: base + 1, lasti: true };
    u.handler = groupHandler;
    this.emit(Op.PUSH_EXC_INFO);
    this.pushBlock({ kind: 'exceptionGroupHandler', items: 4, handlerBefore: outer });
    s.handlers.forEach((h, i) => {
      u.loc = this.pos(h);
      const next = new Label();
      const noMatch = new Label();
      if (i === 0) {
        this.emit(Op.COPY, 1);
        this.emit(Op.BUILD_LIST, 0);
        this.emit(Op.SWAP, 2);
      }
      if (h.type !== null) {
        this.expr(h.type);
        this.emit(Op.CHECK_EG_MATCH);
        this.emit(Op.COPY, 1);
        this.jump(Op.POP_JUMP_IF_NONE, noMatch);
      }
      if (h.name !== null) this.storeName(h.name);
      else this.emit(Op.POP_TOP);
      const cleanupEnd = new Label();
      u.handler = { label: cleanupEnd, depth: base + 4, lasti: true };
      this.pushBlock({ kind: 'handlerCleanup', items: 0, handlerBefore: groupHandler, name: h.name });
      this.stmts(h.body);
      this.popBlock('handlerCleanup');
      u.loc = NO_POS;
      u.handler = groupHandler;
      if (h.name !== null) {
        this.clearHandlerName(h.name);
      }
      this.jump(Op.JUMP_FORWARD, next);
      this.bind(cleanupEnd);
      if (h.name !== null) {
        this.clearHandlerName(h.name);
      }
      this.emit(Op.LIST_APPEND, 3);
      this.emit(Op.POP_TOP);
      this.jump(Op.JUMP_FORWARD, next);
      if (h.type !== null) {
        this.bind(noMatch);
        this.emit(Op.POP_TOP);
      }
      this.bind(next);
      if (i === s.handlers.length - 1) {
        this.emit(Op.LIST_APPEND, 1);
        this.jump(Op.JUMP_FORWARD, reraiseStar);
      }
    });
    this.popBlock('exceptionGroupHandler');
    this.bind(reraiseStar);
    this.emit(Op.PREP_RERAISE_STAR);
    this.emit(Op.COPY, 1);
    this.jump(Op.POP_JUMP_IF_NOT_NONE, reraise);
    this.emit(Op.POP_TOP);
    u.handler = outer;
    this.emit(Op.POP_EXCEPT);
    this.jump(Op.JUMP_FORWARD, end);
    this.bind(reraise);
    this.emit(Op.SWAP, 2);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.RERAISE, 0);
    this.bind(cleanup);
    this.popExceptAndReraise();
    this.bind(orelse);
    this.stmts(s.orelse);
    this.bind(end);
  }

  /** The cleanup handler of an except/finally body: (prev_exc, lasti, exc) -> restore prev_exc, re-raise. */
  private popExceptAndReraise(): void {
    this.emit(Op.COPY, 3);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.RERAISE, 1);
  }

  private tryFinally(s: A.Try | A.TryStar): void {
    const u = this.u;
    const base = u.baseDepth();
    const finalLabel = new Label();
    const exit = new Label();
    const cleanup = new Label();
    const outer = u.handler;
    u.handler = { label: finalLabel, depth: base, lasti: false };
    this.pushBlock({ kind: 'finallyTry', items: 0, handlerBefore: outer, finalbody: s.finalbody });
    if (s.handlers.length > 0) {
      if (s._type === 'Try') this.tryExcept(s);
      else this.tryStar(s);
    } else {
      this.stmts(s.body);
      this.stmts(s.orelse);
    }
    this.popBlock('finallyTry');
    u.handler = outer;
    if (u.asm.fallsThrough()) {
      this.stmts(s.finalbody);
      u.loc = NO_POS;
      this.jump(Op.JUMP_FORWARD, exit);
    }

    this.bind(finalLabel);
    u.loc = NO_POS;
    u.handler = { label: cleanup, depth: base + 1, lasti: true };
    this.emit(Op.PUSH_EXC_INFO);
    this.pushBlock({ kind: 'finallyEnd', items: 2, handlerBefore: outer });
    this.stmts(s.finalbody);
    this.popBlock('finallyEnd');
    u.loc = NO_POS;
    this.emit(Op.RERAISE, 0);
    u.handler = outer;
    this.bind(cleanup);
    this.popExceptAndReraise();
    this.bind(exit);
  }

  private withStmt(s: A.With, index: number): void {
    const u = this.u;
    const item = s.items[index]!;
    const base = u.baseDepth();
    const final = new Label();
    const exit = new Label();
    const cleanup = new Label();
    this.expr(item.context_expr);
    u.loc = this.pos(s);
    this.emit(Op.BEFORE_WITH);
    const outer = u.handler;
    u.handler = { label: final, depth: base + 1, lasti: true };
    this.pushBlock({ kind: 'with', items: 1, handlerBefore: outer });
    if (item.optional_vars !== null) this.store(item.optional_vars);
    else this.emit(Op.POP_TOP);
    if (index + 1 < s.items.length) this.withStmt(s, index + 1);
    else this.stmts(s.body);
    this.popBlock('with');
    u.handler = outer;
    u.loc = this.pos(s);
    if (u.asm.fallsThrough()) {
      this.callExitWithNones();
      this.emit(Op.POP_TOP);
      this.jump(Op.JUMP_FORWARD, exit);
    }
    this.bind(final);
    u.handler = { label: cleanup, depth: base + 3, lasti: true };
    this.emit(Op.PUSH_EXC_INFO);
    this.emit(Op.WITH_EXCEPT_START);
    this.withExceptFinish(cleanup, outer);
    this.bind(exit);
  }

  /** After __exit__ returned in the exceptional path: swallow the exception if it returned true. */
  private withExceptFinish(cleanup: Label, outer: Handler | null): void {
    const swallow = new Label();
    this.jump(Op.POP_JUMP_IF_TRUE, swallow);
    this.emit(Op.RERAISE, 2);
    this.bind(swallow);
    this.emit(Op.POP_TOP);
    this.u.handler = outer;
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.POP_TOP);
    this.emit(Op.POP_TOP);
    const after = new Label();
    this.jump(Op.JUMP_FORWARD, after);
    this.bind(cleanup);
    this.popExceptAndReraise();
    this.bind(after);
  }

  private asyncWith(s: A.AsyncWith, index: number): void {
    const u = this.u;
    if (u.kind !== 'asyncFunction') throw this.error(CompileMsg.asyncWithOutside, s);
    const item = s.items[index]!;
    const base = u.baseDepth();
    const final = new Label();
    const exit = new Label();
    const cleanup = new Label();
    this.expr(item.context_expr);
    u.loc = this.pos(s);
    this.emit(Op.BEFORE_ASYNC_WITH);
    this.awaitTop(1);
    const outer = u.handler;
    u.handler = { label: final, depth: base + 1, lasti: true };
    this.pushBlock({ kind: 'asyncWith', items: 1, handlerBefore: outer });
    if (item.optional_vars !== null) this.store(item.optional_vars);
    else this.emit(Op.POP_TOP);
    if (index + 1 < s.items.length) this.asyncWith(s, index + 1);
    else this.stmts(s.body);
    this.popBlock('asyncWith');
    u.handler = outer;
    u.loc = this.pos(s);
    if (u.asm.fallsThrough()) {
      this.callExitWithNones();
      this.awaitTop(2);
      this.emit(Op.POP_TOP);
      this.jump(Op.JUMP_FORWARD, exit);
    }
    this.bind(final);
    u.handler = { label: cleanup, depth: base + 3, lasti: true };
    this.emit(Op.PUSH_EXC_INFO);
    this.emit(Op.WITH_EXCEPT_START);
    this.awaitTop(2);
    this.withExceptFinish(cleanup, outer);
    this.bind(exit);
  }

  /** Awaits the value on top: GET_AWAITABLE, then the send loop. */
  private awaitTop(where: number): void {
    this.emit(Op.GET_AWAITABLE, where);
    this.loadConst(NONE);
    this.yieldFromLoop();
  }

  /** The `yield from` loop over (delegate, value) on the stack; leaves the result. */
  private yieldFromLoop(): void {
    const send = new Label();
    const exit = new Label();
    this.bind(send);
    this.jump(Op.SEND, exit);
    this.emit(Op.YIELD_VALUE, 1);
    this.jump(Op.JUMP_BACKWARD_NO_INTERRUPT, send);
    this.bind(exit);
  }

  private assertStmt(s: A.Assert): void {
    this.warn(checkAssert(s), s);
    const end = new Label();
    const test = constValue(s.test);
    if (test !== undefined && truthy(test)) return;
    if (test === undefined) this.jumpIf(s.test, end, true);
    // CPython 3.11 leaves the location of the last comparison its jump_if handled in
    // place, so a failing `assert x == 1` reports (and underlines) the comparison.
    const compare = test === undefined ? lastJumpCompare(s.test) : null;
    const raiseLoc = compare !== null ? this.pos(compare) : this.pos(s);
    this.u.loc = raiseLoc;
    if (s.msg !== null) {
      this.emit(Op.PUSH_NULL);
      this.emit(Op.LOAD_ASSERTION_ERROR);
      this.expr(s.msg);
      this.u.loc = raiseLoc;
      this.emit(Op.CALL, 1);
    } else {
      this.emit(Op.LOAD_ASSERTION_ERROR);
    }
    this.emit(Op.RAISE_VARARGS, 1);
    this.bind(end);
  }

  private importStmt(s: A.Import): void {
    for (const a of s.names) {
      this.loadInt(0);
      this.loadConst(NONE);
      this.emit(Op.IMPORT_NAME, this.u.nameIndexOf(a.name));
      if (a.asname !== null) {
        const parts = a.name.split('.');
        for (let i = 1; i < parts.length; i++) {
          this.emit(Op.IMPORT_FROM, this.u.nameIndexOf(parts[i]!));
          if (i < parts.length - 1) {
            this.emit(Op.SWAP, 2);
            this.emit(Op.POP_TOP);
          }
        }
        this.storeName(a.asname);
        if (parts.length > 1) this.emit(Op.POP_TOP);
      } else {
        this.storeName(a.name.split('.')[0]!);
      }
    }
  }

  private importFrom(s: A.ImportFrom): void {
    this.loadInt(s.level ?? 0);
    this.loadConst({ kind: 'tuple', items: s.names.map((a) => ({ kind: 'str', value: a.name })) });
    this.emit(Op.IMPORT_NAME, this.u.nameIndexOf(s.module ?? ''));
    if (s.names.length === 1 && s.names[0]!.name === '*') {
      this.emit(Op.IMPORT_STAR);
      return;
    }
    for (const a of s.names) {
      this.emit(Op.IMPORT_FROM, this.u.nameIndexOf(a.name));
      this.storeName(a.asname ?? a.name);
    }
    this.emit(Op.POP_TOP);
  }

  private matchStmt(s: A.Match): void {
    this.expr(s.subject);
    compilePatternCase(this, s);
  }

  // ---- assignment targets

  store(t: A.expr): void {
    const saved = this.u.loc;
    this.u.loc = this.pos(t);
    switch (t._type) {
      case 'Name':
        this.storeName(t.id);
        break;
      case 'Attribute':
        if (t.attr === '__debug__') throw this.error(CompileMsg.assignDebug, t);
        this.expr(t.value);
        this.u.loc = this.attrPos(t, this.pos(t));
        this.emit(Op.STORE_ATTR, this.u.nameIndexOf(this.mangle(t.attr)));
        break;
      case 'Subscript':
        this.expr(t.value);
        this.subscriptKey(t.slice);
        this.u.loc = this.pos(t);
        this.emit(Op.STORE_SUBSCR);
        break;
      case 'Tuple':
      case 'List':
        this.unpack(t.elts, t);
        for (const elt of t.elts) this.store(elt._type === 'Starred' ? elt.value : elt);
        break;
      case 'Starred':
        throw this.error(CompileMsg.starredAssignOutside, t);
      default:
        throw new Error(`compiler: cannot store to ${t._type}`);
    }
    this.u.loc = saved;
  }

  /**
   * `a, b = x, y` with as many values as targets and no starred item on
   * either side: the values are pushed one by one and stored without a tuple.
   * Distinct fast locals are stored last value first (nothing can observe the
   * order of STORE_FASTs); other targets, stored first to last as the language
   * requires, get the values reversed by one SWAP for two or three of them
   * (CPython 3.11's shape). Returns false, emitting nothing, for the rest.
   */
  private parallelAssign(target: A.expr, value: A.expr): boolean {
    if ((target._type !== 'Tuple' && target._type !== 'List') || (value._type !== 'Tuple' && value._type !== 'List')) return false;
    const targets = target.elts;
    const values = value.elts;
    const n = targets.length;
    if (n === 0 || n !== values.length || hasStarred(targets) || hasStarred(values)) return false;
    const fast = this.distinctFastLocals(targets);
    if (!fast && n > 3) return false;
    for (let i = 0; i < n; i++) this.expr(values[i]!);
    if (fast) {
      for (let i = n - 1; i >= 0; i--) this.store(targets[i]!);
      return true;
    }
    if (n > 1) this.emit(Op.SWAP, n);
    for (let i = 0; i < n; i++) this.store(targets[i]!);
    return true;
  }

  /** Whether every target is a name stored by STORE_FAST, no two the same. */
  private distinctFastLocals(targets: A.expr[]): boolean {
    const u = this.u;
    if (u.scope.kind !== 'function') return false;
    for (let i = 0; i < targets.length; i++) {
      const t = targets[i]!;
      if (t._type !== 'Name' || t.id === '__debug__') return false;
      const name = this.mangle(t.id);
      if (u.scope.scopeOf(name) !== 'local') return false;
      for (let j = 0; j < i; j++) if ((targets[j] as A.Name).id === t.id) return false;
    }
    return true;
  }

  /** UNPACK_SEQUENCE or UNPACK_EX for a target list, checking the starred rules. */
  unpack(elts: A.expr[], at: Span): void {
    let star = -1;
    elts.forEach((e, i) => {
      if (e._type !== 'Starred') return;
      if (star >= 0) throw this.error(CompileMsg.multipleStarred, at);
      star = i;
    });
    if (star < 0) {
      this.emit(Op.UNPACK_SEQUENCE, elts.length);
      return;
    }
    const after = elts.length - star - 1;
    if (star >= 256 || after >= 1 << 24) throw this.error(CompileMsg.tooManyStarredBefore, at);
    this.emit(Op.UNPACK_EX, star | (after << 8));
  }

  private deleteTarget(t: A.expr): void {
    this.u.loc = this.pos(t);
    switch (t._type) {
      case 'Name':
        this.nameOp(t.id, 'Del');
        return;
      case 'Attribute':
        if (t.attr === '__debug__') throw this.error(CompileMsg.deleteDebug, t);
        this.expr(t.value);
        this.u.loc = this.attrPos(t, this.pos(t));
        this.emit(Op.DELETE_ATTR, this.u.nameIndexOf(this.mangle(t.attr)));
        return;
      case 'Subscript':
        this.expr(t.value);
        this.subscriptKey(t.slice);
        this.u.loc = this.pos(t);
        this.emit(Op.DELETE_SUBSCR);
        return;
      case 'Tuple':
      case 'List':
        for (const e of t.elts) this.deleteTarget(e);
        return;
      default:
        throw new Error(`compiler: cannot delete ${t._type}`);
    }
  }

  // ---- conditional jumps

  /** Jumps to `label` when `e` is truthy (cond = true) or falsy (cond = false). */
  jumpIf(e: A.expr, label: Label, cond: boolean): void {
    const saved = this.u.loc;
    this.u.loc = this.pos(e);
    switch (e._type) {
      case 'UnaryOp':
        if (e.op === 'Not') {
          this.jumpIf(e.operand, label, !cond);
          this.u.loc = saved;
          return;
        }
        break;
      case 'BoolOp': {
        const cond2 = e.op === 'Or';
        const next2 = cond === cond2 ? label : new Label();
        for (let i = 0; i < e.values.length - 1; i++) this.jumpIf(e.values[i]!, next2, cond2);
        this.jumpIf(e.values[e.values.length - 1]!, label, cond);
        if (next2 !== label) this.bind(next2);
        this.u.loc = saved;
        return;
      }
      case 'IfExp': {
        const end = new Label();
        const next2 = new Label();
        this.jumpIf(e.test, next2, false);
        this.jumpIf(e.body, label, cond);
        this.jump(Op.JUMP_FORWARD, end);
        this.bind(next2);
        this.jumpIf(e.orelse, label, cond);
        this.bind(end);
        this.u.loc = saved;
        return;
      }
      case 'Compare': {
        if (e.ops.length > 1) {
          this.warn(checkCompare(e), e);
          const cleanup = new Label();
          const end = new Label();
          this.expr(e.left);
          const n = e.ops.length - 1;
          for (let i = 0; i < n; i++) {
            this.compareOperand(e, i);
            this.emit(Op.SWAP, 2);
            this.emit(Op.COPY, 2);
            this.u.loc = this.pos(e);
            this.compareOp(e.ops[i]!);
            this.jump(Op.POP_JUMP_IF_FALSE, cleanup);
          }
          this.compareOperand(e, n);
          this.u.loc = this.pos(e);
          this.compareOp(e.ops[n]!);
          this.jump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, label);
          this.jump(Op.JUMP_FORWARD, end);
          this.bind(cleanup);
          this.emit(Op.POP_TOP);
          if (!cond) this.jump(Op.JUMP_FORWARD, label);
          this.bind(end);
          this.u.loc = saved;
          return;
        }
        const right = e.comparators[0]!;
        const op = e.ops[0]!;
        if ((op === 'Is' || op === 'IsNot') && right._type === 'Constant' && right.value.kind === 'None') {
          this.expr(e.left);
          this.u.loc = this.pos(e);
          const jumpIfNone = (op === 'Is') === cond;
          this.jump(jumpIfNone ? Op.POP_JUMP_IF_NONE : Op.POP_JUMP_IF_NOT_NONE, label);
          this.u.loc = saved;
          return;
        }
        break;
      }
      default:
        break;
    }
    const c = constValue(e);
    if (c !== undefined) {
      if (truthy(c) === cond) this.jump(Op.JUMP_FORWARD, label);
      this.u.loc = saved;
      return;
    }
    this.expr(e);
    this.u.loc = this.pos(e);
    this.jump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, label);
    this.u.loc = saved;
  }

  // ---- expressions

  expr(e: A.expr): void {
    const saved = this.u.loc;
    this.u.loc = this.pos(e);
    this.exprInner(e);
    this.u.loc = saved;
  }

  private exprInner(e: A.expr): void {
    switch (e._type) {
      case 'Constant':
        this.loadConst(e.value);
        return;
      case 'Name':
        if (e.id === '__debug__' && e.ctx === 'Load') {
          this.loadConst({ kind: 'bool', value: true });
          return;
        }
        this.nameOp(e.id, e.ctx);
        return;
      case 'BoolOp': {
        const end = new Label();
        const op = e.op === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
        e.values.forEach((v, i) => {
          this.expr(v);
          if (i < e.values.length - 1) this.jump(op, end);
        });
        this.bind(end);
        return;
      }
      case 'NamedExpr':
        this.expr(e.value);
        this.emit(Op.COPY, 1);
        this.store(e.target);
        return;
      case 'BinOp': {
        const c = constValue(e);
        if (c !== undefined) {
          this.loadConst(c);
          return;
        }
        this.expr(e.left);
        this.expr(e.right);
        this.emit(Op.BINARY_OP, BINOP_CODE[e.op]);
        return;
      }
      case 'UnaryOp': {
        const c = constValue(e);
        if (c !== undefined) {
          this.loadConst(c);
          return;
        }
        this.expr(e.operand);
        this.emit(UNARY_OP[e.op]);
        return;
      }
      case 'Lambda':
        this.lambda(e);
        return;
      case 'IfExp': {
        const end = new Label();
        const next = new Label();
        this.jumpIf(e.test, next, false);
        this.expr(e.body);
        this.jump(Op.JUMP_FORWARD, end);
        this.bind(next);
        this.expr(e.orelse);
        this.bind(end);
        return;
      }
      case 'Dict':
        this.dict(e);
        return;
      case 'Set':
        this.starUnpack(e.elts, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
        return;
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
        this.comprehension(e);
        return;
      case 'Await': {
        const u = this.u;
        if (u.scope.kind !== 'function') throw this.error(CompileMsg.awaitOutside, e);
        if (u.kind !== 'asyncFunction' && u.kind !== 'comprehension') throw this.error(CompileMsg.awaitOutsideAsync, e);
        this.expr(e.value);
        this.awaitTop(0);
        return;
      }
      case 'Yield': {
        const u = this.u;
        if (u.scope.kind !== 'function') throw this.error(CompileMsg.yieldOutside, e);
        if (e.value !== null) this.expr(e.value);
        else this.loadConst(NONE);
        if (u.kind === 'asyncFunction') this.emit(Op.ASYNC_GEN_WRAP);
        this.emit(Op.YIELD_VALUE, 0);
        return;
      }
      case 'YieldFrom': {
        const u = this.u;
        if (u.scope.kind !== 'function') throw this.error(CompileMsg.yieldOutside, e);
        if (u.kind === 'asyncFunction') throw this.error(CompileMsg.yieldFromInAsync, e);
        this.expr(e.value);
        this.emit(Op.GET_YIELD_FROM_ITER);
        this.loadConst(NONE);
        this.yieldFromLoop();
        return;
      }
      case 'Compare':
        this.compare(e);
        return;
      case 'Call':
        this.call(e);
        return;
      case 'FormattedValue':
        this.formattedValue(e);
        return;
      case 'JoinedStr':
        if (e.values.length === 1 && e.values[0]!._type === 'Constant') {
          this.loadConst(e.values[0]!.value);
          return;
        }
        for (const v of e.values) this.expr(v);
        if (e.values.length !== 1) this.emit(Op.BUILD_STRING, e.values.length);
        return;
      case 'Attribute':
        this.expr(e.value);
        this.u.loc = this.attrPos(e, this.pos(e));
        this.emit(Op.LOAD_ATTR, this.u.nameIndexOf(this.mangle(e.attr)));
        return;
      case 'Subscript': {
        const c = constValue(e);
        if (c !== undefined) {
          this.loadConst(c);
          return;
        }
        for (const m of checkSubscript(e.value, e.slice)) this.warn(m, e);
        this.expr(e.value);
        this.subscriptKey(e.slice);
        this.u.loc = this.pos(e);
        this.emit(Op.BINARY_SUBSCR);
        return;
      }
      case 'Starred':
        throw this.error(CompileMsg.starredOutside, e);
      case 'List':
        this.starUnpack(e.elts, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false);
        return;
      case 'Tuple': {
        const c = constValue(e);
        if (c !== undefined) {
          this.loadConst(c);
          return;
        }
        this.starUnpack(e.elts, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
        return;
      }
      case 'Slice':
        this.slice(e);
        return;
      default:
        throw new Error(`compiler: unexpected expression ${(e as A.expr)._type}`);
    }
  }

  private slice(e: A.Slice): void {
    for (const part of [e.lower, e.upper]) {
      if (part === null) this.loadConst(NONE);
      else this.expr(part);
    }
    if (e.step !== null) this.expr(e.step);
    this.emit(Op.BUILD_SLICE, e.step !== null ? 3 : 2);
  }

  private subscriptKey(k: A.expr): void {
    if (k._type === 'Slice') {
      const saved = this.u.loc;
      this.u.loc = this.pos(k);
      this.slice(k);
      this.u.loc = saved;
    } else {
      this.expr(k);
    }
  }

  private compareOp(op: A.cmpop): void {
    switch (op) {
      case 'Is': this.emit(Op.IS_OP, 0); return;
      case 'IsNot': this.emit(Op.IS_OP, 1); return;
      case 'In': this.emit(Op.CONTAINS_OP, 0); return;
      case 'NotIn': this.emit(Op.CONTAINS_OP, 1); return;
      default: this.emit(Op.COMPARE_OP, CMP_CODE[op]!);
    }
  }

  /**
   * An iterated-over operand (of `for`, or the last `in` of a comparison, as
   * CPython's fold_iter): a list or set display of constants becomes a tuple
   * or frozenset constant.
   */
  private iterOperand(e: A.expr): void {
    if ((e._type === 'List' || e._type === 'Set') && !hasStarred(e.elts)) {
      const items: CodeConstant[] = [];
      for (const elt of e.elts) {
        const c = constValue(elt);
        if (c === undefined) {
          this.expr(e);
          return;
        }
        items.push(c);
      }
      const saved = this.u.loc;
      this.u.loc = this.pos(e);
      this.loadConst({ kind: e._type === 'List' ? 'tuple' : 'frozenset', items });
      this.u.loc = saved;
      return;
    }
    this.expr(e);
  }

  private compareOperand(e: A.Compare, i: number): void {
    const op = e.ops[i]!;
    if (i === e.ops.length - 1 && (op === 'In' || op === 'NotIn')) this.iterOperand(e.comparators[i]!);
    else this.expr(e.comparators[i]!);
  }

  private compare(e: A.Compare): void {
    this.warn(checkCompare(e), e);
    this.expr(e.left);
    const n = e.ops.length - 1;
    if (n === 0) {
      this.compareOperand(e, 0);
      this.u.loc = this.pos(e);
      this.compareOp(e.ops[0]!);
      return;
    }
    const cleanup = new Label();
    const end = new Label();
    for (let i = 0; i < n; i++) {
      this.compareOperand(e, i);
      this.emit(Op.SWAP, 2);
      this.emit(Op.COPY, 2);
      this.u.loc = this.pos(e);
      this.compareOp(e.ops[i]!);
      this.jump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
    }
    this.compareOperand(e, n);
    this.u.loc = this.pos(e);
    this.compareOp(e.ops[n]!);
    this.jump(Op.JUMP_FORWARD, end);
    this.bind(cleanup);
    this.emit(Op.SWAP, 2);
    this.emit(Op.POP_TOP);
    this.bind(end);
  }

  private formattedValue(e: A.FormattedValue): void {
    this.expr(e.value);
    let flags = 0;
    switch (e.conversion) {
      case -1: flags = FormatFlags.NONE; break;
      case 115: flags = FormatFlags.STR; break;
      case 114: flags = FormatFlags.REPR; break;
      case 97: flags = FormatFlags.ASCII; break;
      default: throw new Error(`compiler: f-string conversion ${e.conversion}`);
    }
    if (e.format_spec !== null) {
      this.expr(e.format_spec);
      flags |= FormatFlags.HAS_SPEC;
    }
    this.u.loc = this.pos(e);
    this.emit(Op.FORMAT_VALUE, flags);
  }

  /**
   * Lists, sets and tuples, with `*x` items: BUILD_x of the leading plain items,
   * then x_EXTEND / x_APPEND for the rest; a tuple is built as a list then converted.
   */
  private starUnpack(elts: A.expr[], build: number, add: number, extend: number, tuple: boolean): void {
    if (!hasStarred(elts)) {
      const consts: CodeConstant[] = [];
      for (const elt of elts) {
        const c = constValue(elt);
        if (c === undefined) break;
        consts.push(c);
      }
      if (consts.length === elts.length && elts.length > 2 && !tuple) {
        this.emit(build, 0);
        this.loadConst({ kind: build === Op.BUILD_SET ? 'frozenset' : 'tuple', items: consts });
        this.emit(extend, 1);
        return;
      }
      for (const elt of elts) this.expr(elt);
      this.emit(tuple ? Op.BUILD_TUPLE : build, elts.length);
      return;
    }
    let seen = 0;
    let built = false;
    for (const elt of elts) {
      if (elt._type === 'Starred') {
        if (!built) {
          this.emit(build, seen);
          built = true;
        }
        this.expr(elt.value);
        this.emit(extend, 1);
      } else {
        this.expr(elt);
        if (built) this.emit(add, 1);
        else seen++;
      }
    }
    if (tuple) this.emit(Op.LIST_TO_TUPLE);
  }

  private dict(e: A.Dict): void {
    let built = false;
    let pending = 0;
    let pendingStart = 0;
    const flush = (end: number): void => {
      if (pending === 0) return;
      this.subdict(e, pendingStart, end);
      if (built) this.emit(Op.DICT_UPDATE, 1);
      built = true;
      pending = 0;
    };
    e.keys.forEach((k, i) => {
      if (k === null) {
        flush(i);
        if (!built) {
          this.emit(Op.BUILD_MAP, 0);
          built = true;
        }
        this.expr(e.values[i]!);
        this.emit(Op.DICT_UPDATE, 1);
        pendingStart = i + 1;
      } else {
        if (pending === 0) pendingStart = i;
        pending++;
      }
    });
    flush(e.keys.length);
    if (!built) this.emit(Op.BUILD_MAP, 0);
  }

  /** Keys and values start..end (no `**`) as one dict: BUILD_CONST_KEY_MAP when the keys are constants. */
  private subdict(e: A.Dict, start: number, end: number): void {
    const n = end - start;
    const keys: CodeConstant[] = [];
    for (let i = start; i < end; i++) {
      const c = constValue(e.keys[i]!);
      if (c === undefined) break;
      keys.push(c);
    }
    if (n > 1 && keys.length === n) {
      for (let i = start; i < end; i++) this.expr(e.values[i]!);
      this.loadConst({ kind: 'tuple', items: keys });
      this.emit(Op.BUILD_CONST_KEY_MAP, n);
      return;
    }
    for (let i = start; i < end; i++) {
      this.expr(e.keys[i]!);
      this.expr(e.values[i]!);
    }
    this.emit(Op.BUILD_MAP, n);
  }

  private checkKeywords(keywords: A.keyword[]): void {
    if (keywords.length === 0) return;
    const seen = new Set<string>();
    for (const k of keywords) {
      if (k.arg === null) continue;
      if (k.arg === '__debug__') throw this.errorAtLoc(CompileMsg.assignDebug);
      if (seen.has(k.arg)) throw this.error(CompileMsg.keywordRepeated(k.arg), k);
      seen.add(k.arg);
    }
  }

  private call(e: A.Call): void {
    this.warn(checkCaller(e.func), e);
    this.checkKeywords(e.keywords);
    const f = e.func;
    if (f._type === 'Attribute' && f.ctx === 'Load' && !hasStarred(e.args) && allNamed(e.keywords)) {
      this.expr(f.value);
      const callPos = this.attrPos(f, this.pos(e));
      // As CPython 3.11.7: LOAD_METHOD is located at the attribute (a missing method's carets end at its name).
      this.u.loc = this.attrPos(f, this.pos(f));
      this.emit(Op.LOAD_METHOD, this.u.nameIndexOf(this.mangle(f.attr)));
      this.callHelper(0, e.args, e.keywords, callPos);
      return;
    }
    this.emit(Op.PUSH_NULL);
    this.expr(f);
    this.callHelper(0, e.args, e.keywords, this.pos(e));
  }

  /**
   * CPython's update_start_location_to_match_attr: an attribute access or
   * method call whose `.name` is on a later line than its start is reported
   * from the `.name`, so tracebacks of chained calls point at the right line.
   */
  private attrPos(attr: A.Attribute, base: Position): Position {
    const endLine = attr.end_lineno ?? attr.lineno;
    if (base.line === endLine || attr.end_col_offset === null) return base;
    const endCol = this.src.charCol(endLine, attr.end_col_offset);
    const col = endCol - attr.attr.length;
    const newEnd = Math.max(endLine, base.endLine);
    return { line: endLine, col, endLine: newEnd, endCol: newEnd === endLine ? Math.max(col, base.endCol) : base.endCol };
  }

  /** Arguments and the call, with `extra` positional arguments already pushed. */
  private callHelper(extra: number, args: A.expr[], keywords: A.keyword[], at?: Position): void {
    if (!hasStarred(args) && allNamed(keywords)) {
      for (const a of args) this.expr(a);
      for (const k of keywords) this.expr(k.value);
      if (at) this.u.loc = at;
      if (keywords.length > 0) {
        this.loadConst({ kind: 'tuple', items: keywords.map((k) => ({ kind: 'str', value: k.arg! })) });
        this.emit(Op.CALL_KW, extra + args.length + keywords.length);
      } else {
        this.emit(Op.CALL, extra + args.length);
      }
      return;
    }
    // CALL_FUNCTION_EX: positional arguments as one tuple, keywords as one dict.
    if (extra > 0) {
      this.emit(Op.BUILD_LIST, extra);
      for (const a of args) {
        if (a._type === 'Starred') {
          this.expr(a.value);
          this.emit(Op.LIST_EXTEND, 1);
        } else {
          this.expr(a);
          this.emit(Op.LIST_APPEND, 1);
        }
      }
      this.emit(Op.LIST_TO_TUPLE);
    } else if (args.length === 1 && args[0]!._type === 'Starred') {
      // As CPython: the iterable itself; CALL_FUNCTION_EX makes the tuple (and names the callable in its error).
      this.expr(args[0]!.value);
    } else {
      this.starUnpack(args, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
    }
    if (keywords.length > 0) {
      let built = false;
      let run: A.keyword[] = [];
      const flushRun = (): void => {
        if (run.length === 0) return;
        for (const k of run) {
          this.loadStr(k.arg!);
          this.expr(k.value);
        }
        this.emit(Op.BUILD_MAP, run.length);
        if (built) this.emit(Op.DICT_MERGE, 1);
        built = true;
        run = [];
      };
      for (const k of keywords) {
        if (k.arg !== null) {
          run.push(k);
          continue;
        }
        flushRun();
        if (!built) {
          this.emit(Op.BUILD_MAP, 0);
          built = true;
        }
        this.expr(k.value);
        this.emit(Op.DICT_MERGE, 1);
      }
      flushRun();
    }
    if (at) this.u.loc = at;
    this.emit(Op.CALL_FUNCTION_EX, keywords.length > 0 ? 1 : 0);
  }

  // ---- comprehensions

  private comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): void {
    const scope = this.table.scopeOf.get(e)!;
    const outer = this.u;
    const isAsync = scope.isCoroutine;
    if (isAsync && e._type !== 'GeneratorExp' && outer.kind !== 'asyncFunction' && outer.kind !== 'comprehension') {
      throw this.error(CompileMsg.asyncComprehensionOutside, e);
    }
    const name = scope.name;
    this.emit(Op.PUSH_NULL);
    this.enterUnit(scope, 'comprehension', name, this.qualnameFor(name, false), e.lineno, outer.privateName);
    this.u.loc = this.pos(e);
    this.prologue();
    if (e._type !== 'GeneratorExp') {
      this.emit(e._type === 'ListComp' ? Op.BUILD_LIST : e._type === 'SetComp' ? Op.BUILD_SET : Op.BUILD_MAP, 0);
      this.pushBlock({ kind: 'stack', items: 1, handlerBefore: null });
    }
    this.comprehensionGenerator(e, 0);
    this.u.loc = this.pos(e);
    if (e._type !== 'GeneratorExp') {
      this.popBlock('stack');
      this.emit(Op.RETURN_VALUE);
    } else {
      this.loadConst(NONE);
      this.emit(Op.RETURN_VALUE);
    }
    const code = this.leaveUnit(1, 0, 0);
    this.makeFunction(code, 0);
    const first = e.generators[0]!;
    this.iterOperand(first.iter);
    this.u.loc = this.pos(e);
    this.emit(first.is_async ? Op.GET_AITER : Op.GET_ITER);
    this.emit(Op.CALL, 1);
    if (isAsync && e._type !== 'GeneratorExp') this.awaitTop(0);
  }

  private comprehensionGenerator(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, index: number): void {
    const gen = e.generators[index]!;
    const start = new Label();
    const ifCleanup = new Label();
    const anchor = new Label();
    if (index === 0) {
      this.emit(Op.LOAD_FAST, this.u.varIndexOf('.0'));
    } else {
      this.iterOperand(gen.iter);
      this.emit(gen.is_async ? Op.GET_AITER : Op.GET_ITER);
    }
    this.bind(start);
    const outer = this.u.handler;
    if (gen.is_async) {
      this.pushBlock({ kind: 'asyncComprehension', items: 1, handlerBefore: outer });
      this.u.handler = { label: anchor, depth: this.u.baseDepth(), lasti: false };
      this.emit(Op.GET_ANEXT);
      this.loadConst(NONE);
      this.yieldFromLoop();
      this.u.handler = outer;
    } else {
      this.jump(Op.FOR_ITER, anchor);
      this.pushBlock({ kind: 'stack', items: 1, handlerBefore: outer });
    }
    this.store(gen.target);
    for (const cond of gen.ifs) this.jumpIf(cond, ifCleanup, false);
    if (index + 1 < e.generators.length) {
      this.comprehensionGenerator(e, index + 1);
    } else {
      const depth = this.u.baseDepth();
      switch (e._type) {
        case 'ListComp':
          this.expr(e.elt);
          this.emit(Op.LIST_APPEND, depth);
          break;
        case 'SetComp':
          this.expr(e.elt);
          this.emit(Op.SET_ADD, depth);
          break;
        case 'DictComp':
          this.expr(e.key);
          this.expr(e.value);
          this.emit(Op.MAP_ADD, depth);
          break;
        case 'GeneratorExp':
          this.expr(e.elt);
          if (this.u.scope.isCoroutine) this.emit(Op.ASYNC_GEN_WRAP);
          this.emit(Op.YIELD_VALUE, 0);
          this.emit(Op.POP_TOP);
          break;
        default:
          throw new Error(`comprehension: ${(e as A.expr)._type}`);
      }
    }
    this.bind(ifCleanup);
    this.jump(Op.JUMP_BACKWARD, start);
    this.popBlock(gen.is_async ? 'asyncComprehension' : 'stack');
    this.bind(anchor);
    if (gen.is_async) {
      this.u.loc = this.pos(e);
      this.emit(Op.END_ASYNC_FOR);
    }
  }
}
