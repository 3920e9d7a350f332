// Symbol tables, as CPython's symtable.c: one Scope per module, class body,
// function, lambda and comprehension, built in one walk over the AST and then
// resolved (local, global explicit/implicit, free, cell) from the top down.
// Comprehensions are function scopes whose outermost iterable belongs to the
// enclosing scope; class scopes do not enclose their methods except for the
// implicit `__class__` cell. Names are stored mangled (`__x` -> `_C__x`).
import type * as A from '../parser/ast.js';
import { CompileMsg, SourceLines, type Span } from '../compiler/diagnostics.js';

export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export type SymbolScope = 'local' | 'globalExplicit' | 'globalImplicit' | 'free' | 'cell';
export type ScopeKind = 'module' | 'class' | 'function';

export class Scope {
  readonly symbols = new Map<string, number>();
  readonly scopes = new Map<string, SymbolScope>();
  /** Parameters in co_varnames order: positional-only, positional, keyword-only, *args, **kwargs. */
  readonly params: string[] = [];
  readonly children: Scope[] = [];
  /** Where each global/nonlocal name was declared, for errors. */
  readonly directives = new Map<string, Span>();
  isGenerator = false;
  isCoroutine = false;
  isComprehension = false;
  isLambda = false;
  hasVarargs = false;
  hasVarkeywords = false;
  /** A class body whose methods use `super` or `__class__`. */
  needsClassClosure = false;
  /** Defined inside a function (CPython's ste_nested). */
  nested = false;
  /** Set while visiting a comprehension target: names bound now are iteration variables. */
  compIterTarget = false;
  /** Set while visiting a comprehension's iterable expressions: walrus is forbidden there. */
  compIterExpr = 0;

  constructor(
    readonly kind: ScopeKind,
    readonly name: string,
    readonly node: A.Node,
    readonly lineno: number,
    readonly parent: Scope | null,
  ) {}

  flags(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  /** The resolved scope of a (mangled) name; names never seen are implicit globals. */
  scopeOf(name: string): SymbolScope {
    return this.scopes.get(name) ?? 'globalImplicit';
  }
}

export interface SymbolTable {
  readonly top: Scope;
  /** The scope each defining node (function, lambda, class, comprehension) opens. */
  readonly scopeOf: Map<A.Node, Scope>;
  /** `from __future__ import annotations` is in effect. */
  readonly futureAnnotations: boolean;
}

/** Python's private-name mangling: `__x` inside class `C` becomes `_C__x`. */
export function mangle(className: string | null, name: string): string {
  if (className === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = className.replace(/^_+/, '');
  if (stripped === '') return name;
  return `_${stripped}${name}`;
}

const COMPREHENSION_NAMES: Record<string, string> = {
  ListComp: 'listcomp',
  SetComp: 'setcomp',
  DictComp: 'dictcomp',
  GeneratorExp: 'genexpr',
};
const COMPREHENSION_KINDS: Record<string, string> = {
  ListComp: 'list comprehension',
  SetComp: 'set comprehension',
  DictComp: 'dict comprehension',
  GeneratorExp: 'generator expression',
};

export function buildSymtable(mod: A.Module | A.Interactive | A.Expression, src: SourceLines, futureAnnotations: boolean): SymbolTable {
  const builder = new Builder(mod, src, futureAnnotations);
  builder.run(mod);
  analyze(builder.top, null, new Set(), new Set(), src);
  return { top: builder.top, scopeOf: builder.scopeOf, futureAnnotations };
}

class Builder {
  readonly top: Scope;
  readonly scopeOf = new Map<A.Node, Scope>();
  private cur: Scope;
  private stack: Scope[] = [];
  /** The innermost class name, for mangling. */
  private className: string | null = null;
  /** Depth of annotation visits, where yield/await/walrus are errors in 3.11 only under future annotations. */
  private inAnnotation = 0;

  constructor(mod: A.Node, private readonly src: SourceLines, private readonly futureAnnotations: boolean) {
    this.top = new Scope('module', 'top', mod, 0, null);
    this.cur = this.top;
    this.stack.push(this.top);
  }

  run(mod: A.Module | A.Interactive | A.Expression): void {
    if (mod._type === 'Expression') this.expr(mod.body);
    else this.stmts(mod.body);
  }

  private enter(kind: ScopeKind, name: string, node: A.Node, lineno: number): Scope {
    const scope = new Scope(kind, name, node, lineno, this.cur);
    scope.nested = this.cur.kind === 'function' || this.cur.nested;
    this.cur.children.push(scope);
    this.scopeOf.set(node, scope);
    this.stack.push(scope);
    this.cur = scope;
    return scope;
  }

  private leave(): void {
    this.stack.pop();
    this.cur = this.stack[this.stack.length - 1]!;
  }

  private addDef(name: string, flag: number, span: Span, scope: Scope = this.cur): void {
    const mangled = mangle(this.className, name);
    let val = scope.symbols.get(mangled) ?? 0;
    if ((flag & DEF_PARAM) !== 0 && (val & DEF_PARAM) !== 0) {
      throw this.src.error(CompileMsg.duplicateArgument(name), span);
    }
    val |= flag;
    if (scope.compIterTarget) {
      if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) !== 0) throw this.src.error(CompileMsg.namedExprCompInnerLoop(name), span);
      val |= DEF_COMP_ITER;
    }
    scope.symbols.set(mangled, val);
    if ((flag & DEF_PARAM) !== 0) scope.params.push(mangled);
  }

  private stmts(body: A.stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  private stmt(s: A.stmt): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.defaults(s.args);
        this.argAnnotations(s.args, s.returns);
        for (const d of s.decorator_list) this.expr(d);
        const scope = this.enter('function', s.name, s, s.lineno);
        if (s._type === 'AsyncFunctionDef') scope.isCoroutine = true;
        this.params(s.args);
        this.stmts(s.body);
        this.leave();
        return;
      }
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        for (const b of s.bases) this.expr(b);
        for (const k of s.keywords) this.expr(k.value);
        for (const d of s.decorator_list) this.expr(d);
        this.enter('class', s.name, s, s.lineno);
        const outerClass = this.className;
        this.className = s.name;
        this.stmts(s.body);
        this.className = outerClass;
        this.leave();
        return;
      }
      case 'Return':
        if (s.value !== null) this.expr(s.value);
        return;
      case 'Delete':
        for (const t of s.targets) this.expr(t);
        return;
      case 'Assign':
        for (const t of s.targets) this.expr(t);
        this.expr(s.value);
        return;
      case 'AnnAssign': {
        const target = s.target;
        if (target._type === 'Name') {
          const cur = this.cur.flags(mangle(this.className, target.id));
          if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) !== 0 && this.cur !== this.top && s.simple) {
            const msg = (cur & DEF_GLOBAL) !== 0 ? CompileMsg.globalAnnot(target.id) : CompileMsg.nonlocalAnnot(target.id);
            throw this.src.error(msg, s);
          }
          if (s.simple) this.addDef(target.id, DEF_ANNOT | DEF_LOCAL, target);
          else if (s.value !== null) this.addDef(target.id, DEF_LOCAL, target);
        } else {
          this.expr(target);
        }
        this.annotation(s.annotation);
        if (s.value !== null) this.expr(s.value);
        return;
      }
      case 'AugAssign':
        this.expr(s.target);
        this.expr(s.value);
        return;
      case 'For':
      case 'AsyncFor':
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case 'While':
      case 'If':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case 'With':
      case 'AsyncWith':
        for (const item of s.items) {
          this.expr(item.context_expr);
          if (item.optional_vars !== null) this.expr(item.optional_vars);
        }
        this.stmts(s.body);
        return;
      case 'Match':
        this.expr(s.subject);
        for (const c of s.cases) {
          this.pattern(c.pattern);
          if (c.guard !== null) this.expr(c.guard);
          this.stmts(c.body);
        }
        return;
      case 'Raise':
        if (s.exc !== null) this.expr(s.exc);
        if (s.cause !== null) this.expr(s.cause);
        return;
      case 'Try':
      case 'TryStar':
        this.stmts(s.body);
        this.stmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type !== null) this.expr(h.type);
          if (h.name !== null) this.addDef(h.name, DEF_LOCAL, h);
          this.stmts(h.body);
        }
        this.stmts(s.finalbody);
        return;
      case 'Assert':
        this.expr(s.test);
        if (s.msg !== null) this.expr(s.msg);
        return;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') {
            if (this.cur.kind !== 'module') throw this.src.error(CompileMsg.importStarNotModule, a);
            continue;
          }
          const stored = a.asname ?? a.name.split('.')[0]!;
          this.addDef(stored, DEF_IMPORT, a);
        }
        return;
      case 'Global':
      case 'Nonlocal':
        this.declaration(s);
        return;
      case 'Expr':
        this.expr(s.value);
        return;
      case 'Pass':
      case 'Break':
      case 'Continue':
        return;
      default:
        throw new Error(`symtable: unexpected statement ${(s as A.stmt)._type}`);
    }
  }

  private declaration(s: A.Global | A.Nonlocal): void {
    const isGlobal = s._type === 'Global';
    for (const name of s.names) {
      const mangled = mangle(this.className, name);
      const cur = this.cur.flags(mangled);
      if ((cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) !== 0) {
        let msg: string;
        if ((cur & DEF_PARAM) !== 0) msg = isGlobal ? CompileMsg.globalParam(name) : CompileMsg.nonlocalParam(name);
        else if ((cur & USE) !== 0) msg = isGlobal ? CompileMsg.globalAfterUse(name) : CompileMsg.nonlocalAfterUse(name);
        else if ((cur & DEF_ANNOT) !== 0) msg = isGlobal ? CompileMsg.globalAnnot(name) : CompileMsg.nonlocalAnnot(name);
        else msg = isGlobal ? CompileMsg.globalAfterAssign(name) : CompileMsg.nonlocalAfterAssign(name);
        throw this.src.error(msg, s);
      }
      this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
      if (!this.cur.directives.has(mangled)) this.cur.directives.set(mangled, s);
    }
  }

  private defaults(args: A.arguments): void {
    for (const d of args.defaults) this.expr(d);
    for (const d of args.kw_defaults) if (d !== null) this.expr(d);
  }

  private argAnnotations(args: A.arguments, returns: A.expr | null): void {
    const all = [...args.posonlyargs, ...args.args, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs, ...(args.kwarg ? [args.kwarg] : [])];
    for (const a of all) if (a.annotation !== null) this.annotation(a.annotation);
    if (returns !== null) this.annotation(returns);
  }

  /** Under `from __future__ import annotations` annotations are never evaluated, so they bind nothing. */
  private annotation(e: A.expr): void {
    if (this.futureAnnotations) {
      this.inAnnotation++;
      this.enter('function', '_annotation', e, e.lineno);
      this.expr(e);
      this.leave();
      this.cur.children.pop();
      this.inAnnotation--;
      return;
    }
    this.expr(e);
  }

  private params(args: A.arguments): void {
    for (const a of args.posonlyargs) this.addDef(a.arg, DEF_PARAM, a);
    for (const a of args.args) this.addDef(a.arg, DEF_PARAM, a);
    for (const a of args.kwonlyargs) this.addDef(a.arg, DEF_PARAM, a);
    if (args.vararg !== null) {
      this.addDef(args.vararg.arg, DEF_PARAM, args.vararg);
      this.cur.hasVarargs = true;
    }
    if (args.kwarg !== null) {
      this.addDef(args.kwarg.arg, DEF_PARAM, args.kwarg);
      this.cur.hasVarkeywords = true;
    }
  }

  private exprs(list: (A.expr | null)[]): void {
    for (const e of list) if (e !== null) this.expr(e);
  }

  private expr(e: A.expr): void {
    switch (e._type) {
      case 'NamedExpr':
        if (this.inAnnotation > 0) throw this.src.error(CompileMsg.notInAnnotation('named expression'), e);
        if (this.cur.compIterExpr > 0) throw this.src.error(CompileMsg.namedExprCompIterExpr, e);
        this.expr(e.value);
        if (this.cur.isComprehension && e.target._type === 'Name') this.namedExprInComprehension(e.target);
        else this.expr(e.target);
        return;
      case 'BoolOp':
        this.exprs(e.values);
        return;
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        return;
      case 'UnaryOp':
        this.expr(e.operand);
        return;
      case 'Lambda': {
        this.defaults(e.args);
        const scope = this.enter('function', 'lambda', e, e.lineno);
        scope.isLambda = true;
        this.params(e.args);
        this.expr(e.body);
        this.leave();
        return;
      }
      case 'IfExp':
        this.expr(e.test);
        this.expr(e.body);
        this.expr(e.orelse);
        return;
      case 'Dict':
        this.exprs(e.keys);
        this.exprs(e.values);
        return;
      case 'Set':
        this.exprs(e.elts);
        return;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        this.comprehension(e, e.generators, [e.elt]);
        return;
      case 'DictComp':
        this.comprehension(e, e.generators, [e.key, e.value]);
        return;
      case 'Yield':
      case 'YieldFrom':
        if (this.inAnnotation > 0) throw this.src.error(CompileMsg.notInAnnotation(e._type === 'Yield' ? 'yield expression' : 'yield expression'), e);
        if (e.value !== null) this.expr(e.value);
        this.cur.isGenerator = true;
        if (this.cur.isComprehension) {
          throw this.src.error(CompileMsg.yieldInComprehension(COMPREHENSION_KINDS[(this.cur.node as A.expr)._type]!), e);
        }
        return;
      case 'Await':
        if (this.inAnnotation > 0) throw this.src.error(CompileMsg.notInAnnotation('await expression'), e);
        this.expr(e.value);
        // An await makes a comprehension a coroutine that its caller awaits.
        if (this.cur.isComprehension) this.cur.isCoroutine = true;
        return;
      case 'Compare':
        this.expr(e.left);
        this.exprs(e.comparators);
        return;
      case 'Call':
        this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) this.expr(k.value);
        return;
      case 'FormattedValue':
        this.expr(e.value);
        if (e.format_spec !== null) this.expr(e.format_spec);
        return;
      case 'JoinedStr':
        this.exprs(e.values);
        return;
      case 'Constant':
        return;
      case 'Attribute':
        this.expr(e.value);
        return;
      case 'Subscript':
        this.expr(e.value);
        this.expr(e.slice);
        return;
      case 'Starred':
        this.expr(e.value);
        return;
      case 'Slice':
        if (e.lower !== null) this.expr(e.lower);
        if (e.upper !== null) this.expr(e.upper);
        if (e.step !== null) this.expr(e.step);
        return;
      case 'Name':
        this.addDef(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL, e);
        if (e.ctx === 'Load' && this.cur.kind === 'function' && e.id === 'super') this.addDef('__class__', USE, e);
        return;
      case 'List':
      case 'Tuple':
        this.exprs(e.elts);
        return;
      default:
        throw new Error(`symtable: unexpected expression ${(e as A.expr)._type}`);
    }
  }

  /** PEP 572: a walrus in a comprehension binds in the nearest enclosing function or module scope. */
  private namedExprInComprehension(target: A.Name): void {
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const scope = this.stack[i]!;
      if (scope.isComprehension) {
        if ((scope.flags(mangle(this.className, name)) & DEF_COMP_ITER) !== 0) {
          throw this.src.error(CompileMsg.namedExprCompConflict(name), target);
        }
        continue;
      }
      if (scope.kind === 'function') {
        const inScope = scope.flags(mangle(this.className, name));
        this.addDef(name, (inScope & DEF_GLOBAL) !== 0 ? DEF_GLOBAL : DEF_NONLOCAL, target);
        this.cur.directives.set(mangle(this.className, name), target);
        this.addDef(name, DEF_LOCAL, target, scope);
        return;
      }
      if (scope.kind === 'module') {
        this.addDef(name, DEF_GLOBAL, target);
        this.addDef(name, DEF_GLOBAL, target, scope);
        return;
      }
      throw this.src.error(CompileMsg.namedExprCompInClass, target);
    }
  }

  private comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, gens: A.comprehension[], elts: A.expr[]): void {
    const outer = gens[0]!;
    this.cur.compIterExpr++;
    this.expr(outer.iter);
    this.cur.compIterExpr--;
    const scope = this.enter('function', `<${COMPREHENSION_NAMES[e._type]}>`, e, e.lineno);
    scope.isComprehension = true;
    if (outer.is_async) scope.isCoroutine = true;
    this.addDef('.0', DEF_PARAM, e);
    this.compTarget(outer);
    for (const g of gens.slice(1)) {
      scope.compIterExpr++;
      this.expr(g.iter);
      scope.compIterExpr--;
      this.compTarget(g);
      if (g.is_async) scope.isCoroutine = true;
    }
    for (const el of elts) this.expr(el);
    if (e._type === 'GeneratorExp') scope.isGenerator = true;
    this.leave();
  }

  private compTarget(g: A.comprehension): void {
    this.cur.compIterTarget = true;
    this.expr(g.target);
    this.cur.compIterTarget = false;
    this.exprs(g.ifs);
  }

  private pattern(p: A.pattern): void {
    switch (p._type) {
      case 'MatchValue':
        this.expr(p.value);
        return;
      case 'MatchSingleton':
        return;
      case 'MatchSequence':
        for (const q of p.patterns) this.pattern(q);
        return;
      case 'MatchStar':
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        return;
      case 'MatchMapping':
        this.exprs(p.keys);
        for (const q of p.patterns) this.pattern(q);
        if (p.rest !== null) this.addDef(p.rest, DEF_LOCAL, p);
        return;
      case 'MatchClass':
        this.expr(p.cls);
        for (const q of p.patterns) this.pattern(q);
        for (const q of p.kwd_patterns) this.pattern(q);
        return;
      case 'MatchAs':
        if (p.pattern !== null) this.pattern(p.pattern);
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        return;
      case 'MatchOr':
        for (const q of p.patterns) this.pattern(q);
        return;
      default:
        throw new Error(`symtable: unexpected pattern ${(p as A.pattern)._type}`);
    }
  }
}

/**
 * CPython's analyze_block: resolves every name of `scope` and its children.
 * `bound` (names bound in enclosing functions) and `global` (explicit globals
 * seen above) belong to the caller and are shared by siblings: they are
 * copied here only when this scope has to change them, which few scopes do.
 */
function analyze(scope: Scope, bound: Set<string> | null, free: Set<string>, global: Set<string>, src: SourceLines): void {
  const local = new Set<string>();
  const newBound = new Set<string>();
  const newGlobal = new Set<string>();
  const newFree = new Set<string>();
  if (scope.kind === 'class') {
    for (const g of global) newGlobal.add(g);
    if (bound !== null) for (const b of bound) newBound.add(b);
  }
  let ownBound = false;
  let ownGlobal = false;
  for (const [name, flags] of scope.symbols) {
    const resolved = analyzeName(scope, name, flags, bound, src);
    scope.scopes.set(name, resolved);
    switch (resolved) {
      case 'globalExplicit':
        if (!ownGlobal) {
          global = new Set(global);
          ownGlobal = true;
        }
        global.add(name);
        if (bound !== null && bound.has(name)) {
          if (!ownBound) {
            bound = new Set(bound);
            ownBound = true;
          }
          bound.delete(name);
        }
        break;
      case 'local':
        local.add(name);
        if (global.has(name)) {
          if (!ownGlobal) {
            global = new Set(global);
            ownGlobal = true;
          }
          global.delete(name);
        }
        break;
      case 'free':
        free.add(name);
        break;
      default:
        break;
    }
  }
  if (scope.kind !== 'class') {
    if (scope.kind === 'function') for (const l of local) newBound.add(l);
    if (bound !== null) for (const b of bound) newBound.add(b);
    for (const g of global) newGlobal.add(g);
  } else {
    newBound.add('__class__');
  }
  for (const child of scope.children) {
    const childFree = new Set<string>();
    analyze(child, newBound, childFree, newGlobal, src);
    for (const f of childFree) newFree.add(f);
  }
  if (scope.kind === 'function') {
    for (const [name, s] of scope.scopes) {
      if (s === 'local' && newFree.has(name)) {
        scope.scopes.set(name, 'cell');
        newFree.delete(name);
      }
    }
  } else if (scope.kind === 'class' && newFree.has('__class__')) {
    newFree.delete('__class__');
    scope.needsClassClosure = true;
  }
  // Free names of children that this scope does not bind pass through it as free.
  for (const name of newFree) {
    const flags = scope.symbols.get(name);
    if (flags !== undefined) {
      if (scope.kind === 'class' && (flags & (DEF_BOUND | DEF_GLOBAL)) !== 0) {
        scope.symbols.set(name, flags | DEF_FREE_CLASS);
      }
      continue;
    }
    if (bound !== null && bound.has(name)) {
      scope.symbols.set(name, 0);
      scope.scopes.set(name, 'free');
    }
  }
  for (const f of newFree) free.add(f);
}

/** Where a global/nonlocal declaration of `name` was made, for its error. */
function directiveSpan(scope: Scope, name: string): Span {
  return scope.directives.get(name) ?? { lineno: scope.lineno, col_offset: 0, end_lineno: null, end_col_offset: null };
}

/** The scope one name of `scope` resolves to, given the names enclosing functions bind. */
function analyzeName(scope: Scope, name: string, flags: number, bound: Set<string> | null, src: SourceLines): SymbolScope {
  if ((flags & DEF_GLOBAL) !== 0) {
    if ((flags & DEF_NONLOCAL) !== 0) throw src.error(CompileMsg.nonlocalAndGlobal(name), directiveSpan(scope, name));
    return 'globalExplicit';
  }
  if ((flags & DEF_NONLOCAL) !== 0) {
    if (bound === null) throw src.error(CompileMsg.nonlocalAtModule, directiveSpan(scope, name));
    if (!bound.has(name)) throw src.error(CompileMsg.nonlocalNoBinding(name), directiveSpan(scope, name));
    return 'free';
  }
  if ((flags & DEF_BOUND) !== 0) return 'local';
  if (bound !== null && bound.has(name)) return 'free';
  return 'globalImplicit';
}
