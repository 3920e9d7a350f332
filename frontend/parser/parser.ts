// The parser: a hand-written recursive-descent parser for the whole Python 3.11
// grammar (Grammar/python.gram), producing the AST of ast.ts with CPython's
// positions. Tokens are pulled from the lexer on demand and kept in a window,
// so the parser can backtrack where the grammar needs it (soft keywords `match`
// and `case`, parenthesized with-items, error hints). 'await' and 'async'
// forms are accepted anywhere, as CPython's parser does (the compiler rejects
// misplaced ones). Each parse function has its production
// above it. Errors are CPython's: a generic "invalid syntax" points at the
// furthest token fetched, and the common mistakes get CPython's messages.
import type * as A from './ast.js';
import { Lexer } from '../lexer/lexer.js';
import { DEDENT, ENDMARKER, INDENT, NAME, NEWLINE, NUMBER, OP, STRING, keywords as hardKeywords, type Token } from '../lexer/tokens.js';
import { PySyntaxError, type SyntaxErrorType, type WarningCategory, type WarningSink } from '../errors.js';
import { Msg } from './diagnostics.js';
import { concatenateStrings, type StringHost } from './strings.js';
import { codePointLength, utf8Length } from '../lexer/lexer.js';

type Pos = A.Located;
type Ctx = A.expr_context;

// Tokens kept in memory: a long statement does not hold all of its tokens, only a window behind the parser.
const TOKEN_WINDOW = 1 << 14;
const TOKEN_KEEP = 1024;

/** CPython's parser stack limit (MAXSTACK 6000, less what a statement uses): deeper input is a MemoryError. */
const MAX_DEPTH = 5970;

// Short decimal literals recur constantly; their bigint values are shared.
const SMALL_INTS = new Map<string, bigint>();

const AUGASSIGN: Record<string, A.operator> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod', '&=': 'BitAnd', '|=': 'BitOr',
  '^=': 'BitXor', '<<=': 'LShift', '>>=': 'RShift', '**=': 'Pow', '//=': 'FloorDiv',
};
const TERM_OPS: Record<string, A.operator> = { '*': 'Mult', '/': 'Div', '//': 'FloorDiv', '%': 'Mod', '@': 'MatMult' };
const COMPARE_OPS: Record<string, A.cmpop> = { '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE' };

function isToken(x: Token | Pos): x is Token {
  return 'start' in x;
}

/**
 * Gives a node the span from the start of s to the end of e (tokens and nodes
 * share the field names). Node literals list the four fields (as 0) so V8 keeps
 * them inside the object: fields added to a literal afterwards would go to a
 * property array allocated per node.
 */
function loc<T extends object>(node: T, s: Token | Pos, e: Token | Pos): T & Pos {
  const n = node as T & Pos;
  n.lineno = s.lineno;
  n.col_offset = s.col_offset;
  n.end_lineno = e.end_lineno;
  n.end_col_offset = e.end_col_offset;
  return n;
}

/** What a target expression is called in "cannot assign to ..." messages (CPython's _PyPegen_get_expr_name). */
function exprName(e: A.expr): string {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v.kind === 'None') return 'None';
      if (v.kind === 'bool') return v.value ? 'True' : 'False';
      if (v.kind === 'Ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
    default: throw new Error(`unexpected expression kind ${(e as A.expr)._type}`);
  }
}

export interface ParseOptions {
  /** Set when parsing the text of an f-string expression: errors get the "f-string: " prefix. */
  fstring?: boolean;
  /** Report parser-error columns in UTF-8 bytes, as CPython does for undeclared-encoding byte input. */
  byteOffsets?: boolean;
  /** Collects the tokenizer's and string decoder's warnings. */
  warnings?: WarningSink;
}

export class Parser implements StringHost {
  /** The tokens fetched so far, from absolute index `base` on: older ones are dropped when no backtracking can need them. */
  private tokens: Token[] = [];
  private base = 0;
  /** Open backtracking points: while any is open, no token may be dropped. */
  private marks = 0;
  private pos = 0;
  private depth = 0;
  /** An unexpected INDENT/DEDENT error: CPython reports it without looking further in the file. */
  private finalError: PySyntaxError | null = null;
  /** Set once the lexer has thrown: its error stands and the lexer must not be asked again. */
  private tokenizerFailed = false;
  /** An upper estimate of the tree's nesting, so deep trees get the exact (slower) depth check. */
  deepest = 0;
  private readonly lexer: Lexer;
  private readonly fstring: boolean;
  private readonly byteOffsets: boolean;
  private readonly warnings: WarningSink | null;

  constructor(
    private readonly src: string,
    readonly filename: string,
    lineOffset = 0,
    colOffset = 0,
    options: ParseOptions = {},
  ) {
    this.lexer = new Lexer(src, filename, lineOffset, colOffset);
    this.fstring = options.fstring ?? false;
    this.byteOffsets = options.byteOffsets ?? false;
    this.warnings = options.warnings ?? null;
    this.lexer.warnings = this.warnings;
  }

  // ---- token access -------------------------------------------------------

  private fetch(): Token {
    let t: Token;
    try {
      t = this.lexer.next();
    } catch (e) {
      if (e instanceof PySyntaxError) this.tokenizerFailed = true;
      throw e;
    }
    this.tokens.push(t);
    if (this.tokens.length > TOKEN_WINDOW && this.marks === 0) {
      const drop = this.pos - this.base - TOKEN_KEEP;
      if (drop > TOKEN_WINDOW / 2) {
        this.tokens = this.tokens.slice(drop);
        this.base += drop;
      }
    }
    return t;
  }

  private cur(): Token {
    return this.tokens[this.pos - this.base] ?? this.fetch();
  }

  private peek(n: number): Token {
    while (this.base + this.tokens.length <= this.pos + n) this.fetch();
    return this.tokens[this.pos + n - this.base];
  }

  private get prev(): Token {
    return this.tokens[this.pos - 1 - this.base];
  }

  private next(): Token {
    const t = this.cur();
    this.pos++;
    return t;
  }

  private at(op: string): boolean {
    const t = this.cur();
    return t.kind === OP && t.value === op;
  }

  private atKw(kw: string): boolean {
    const t = this.cur();
    return t.kind === NAME && t.value === kw;
  }

  private eat(op: string): boolean {
    if (this.at(op)) { this.pos++; return true; }
    return false;
  }

  private eatKw(kw: string): boolean {
    if (this.atKw(kw)) { this.pos++; return true; }
    return false;
  }

  private expect(op: string): Token {
    if (this.at(op)) return this.next();
    throw this.invalid();
  }

  private expectKw(kw: string): Token {
    if (this.atKw(kw)) return this.next();
    throw this.invalid();
  }

  /** A ':' that CPython only names in its error ("expected ':'") when the line ends instead. */
  private expectColon(): Token {
    if (this.at(':')) return this.next();
    if (this.cur().kind === NEWLINE) throw this.errorAtLast(Msg.expected(':'));
    throw this.invalid();
  }

  /** A forced token (`&&':'` in the grammar): "expected ':'" at the furthest token fetched. */
  private expectForced(op: string): Token {
    if (this.at(op)) return this.next();
    throw this.errorAtLast(Msg.expected(op));
  }

  private name(): Token {
    const t = this.cur();
    if (t.kind === NAME && !hardKeywords.has(t.value)) { this.pos++; return t; }
    throw this.invalid();
  }

  private isName(t: Token): boolean {
    return t.kind === NAME && !hardKeywords.has(t.value);
  }

  // ---- errors -------------------------------------------------------------

  private lastFetched(): Token {
    return this.tokens[this.tokens.length - 1] ?? this.fetch();
  }

  /** The source line of a token, as CPython's SyntaxError.text (with its newline). */
  private lineOf(t: Token): string {
    return this.lexer.lineText(Math.min(t.start, this.src.length)) + '\n';
  }

  private offsetOf(index: number): number {
    let a = Math.min(index, this.src.length);
    while (a > 0 && this.src.charCodeAt(a - 1) !== 10) a--;
    const b = Math.min(index, this.src.length);
    return (this.byteOffsets ? utf8Length(this.src, a, b) : codePointLength(this.src, a, b)) + 1;
  }

  /** An error spanning from s to e, tokens or nodes (RAISE_SYNTAX_ERROR_KNOWN_RANGE). */
  errorRange(msg: string, s: Token | Pos, e: Token | Pos, type: SyntaxErrorType = 'SyntaxError'): PySyntaxError {
    if (isToken(s) && this.atEndOfInput(s)) return this.errorAtEnd(type, msg);
    const st = isToken(s) ? s : this.tokenAt(s.lineno, s.col_offset, true);
    const et = isToken(e) ? e : this.tokenAt(e.end_lineno!, e.end_col_offset!, false);
    const offset = this.offsetOf(st.start);
    const endOffset = this.offsetOf(et.end);
    return this.makeError(type, msg, st.lineno, offset, this.lineOf(st), et.end_lineno, endOffset);
  }

  /** The token starting (or ending) at a CPython position: error ranges are given as node positions. */
  private tokenAt(lineno: number, col: number, starting: boolean): Token {
    for (const t of this.tokens) {
      if (starting ? t.lineno === lineno && t.col_offset === col : t.end_lineno === lineno && t.end_col_offset === col) return t;
    }
    return this.lastFetched();
  }

  errorAtToken(msg: string, t: Token, type: SyntaxErrorType = 'SyntaxError'): PySyntaxError {
    return this.errorRange(msg, t, t, type);
  }

  errorAtLast(msg: string): PySyntaxError {
    const t = this.lastFetched();
    if (this.atEndOfInput(t)) return this.errorAtEnd('SyntaxError', msg);
    const offset = this.offsetOf(t.start);
    const endOffset = t.kind === NEWLINE ? offset : this.offsetOf(t.end);
    return this.makeError('SyntaxError', msg, t.lineno, offset, this.lineOf(t), t.end_lineno, endOffset);
  }

  /** A DEDENT or ENDMARKER the tokenizer made at the end of a module's input. */
  private atEndOfInput(t: Token): boolean {
    return !this.fstring && (t.kind === DEDENT || t.kind === ENDMARKER) && t.start >= this.src.length && this.src.length > 0;
  }

  /**
   * An error at the end of the input: CPython's tokenizer leaves its closing DEDENTs and
   * ENDMARKER on the last line, after its last character, with an end offset of -1.
   */
  private errorAtEnd(type: SyntaxErrorType, msg: string, columnZero = false): PySyntaxError {
    const last = this.src.endsWith('\n') ? this.src.length - 1 : this.src.length;
    let lineno = 1;
    for (let i = this.src.indexOf('\n'); i >= 0 && i < last; i = this.src.indexOf('\n', i + 1)) lineno++;
    const text = this.lexer.lineText(last) + '\n';
    const error = columnZero
      ? this.makeError(type, msg, lineno, 0, text, lineno, 0)
      : this.makeError(type, msg, lineno, this.offsetOf(last), text, lineno, -1);
    error.atEndOfInput = true;
    return error;
  }

  private makeError(type: SyntaxErrorType, msg: string, lineno: number, offset: number, text: string, endLineno: number, endOffset: number): PySyntaxError {
    if (this.fstring) {
      return new PySyntaxError(type, `f-string: ${msg}`, this.filename, lineno, offset, this.src + '\n', endLineno, endOffset);
    }
    return new PySyntaxError(type, msg, this.filename, lineno, offset, text, endLineno, endOffset);
  }

  /** The generic failure: "invalid syntax" at the furthest token fetched, or an indentation error there. */
  private invalid(): PySyntaxError {
    const t = this.lastFetched();
    // At the end of the input CPython places a closing DEDENT after the last line's text, and
    // reports a bare ENDMARKER (a decorator with nothing after it) at column 0 of the last line.
    if (t.kind === DEDENT && this.atEndOfInput(t)) return (this.finalError = this.errorAtEnd('IndentationError', Msg.unexpectedUnindent));
    if (t.kind === ENDMARKER && this.atEndOfInput(t)) return this.errorAtEnd('SyntaxError', Msg.invalidSyntax, true);
    if (t.kind === INDENT || t.kind === DEDENT) {
      const line = this.lineOf(t);
      const indent = /^[ \t\f]*/.exec(line)![0].length;
      this.finalError = new PySyntaxError('IndentationError', t.kind === INDENT ? Msg.unexpectedIndent : Msg.unexpectedUnindent,
        this.filename, t.lineno, indent, line, t.lineno, -1);
      return this.finalError;
    }
    return this.errorAtToken(Msg.invalidSyntax, t);
  }

  /**
   * Replaces a parser error by a tokenizer error later in the file, as CPython's
   * _PyPegen_tokenize_full_source_to_check_for_errors does: any tokenizer error
   * wins, and a bracket left open at the end wins only if it opened on a line
   * before the furthest token the parser had fetched.
   */
  private preferTokenizerError(err: PySyntaxError): PySyntaxError {
    if (err === this.finalError) return err;
    const reached = this.lastFetched().lineno;
    try {
      for (let t = this.lastFetched(); t.kind !== ENDMARKER; t = this.fetch()) { /* tokenize the rest */ }
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      const open = this.lexer.unclosedAtEnd;
      if (open === null || reached > open) return e;
    }
    return err;
  }

  /** Counts parser recursion as CPython's parser stack grows: `weight` levels per construct. */
  private enter(weight = 1): void {
    this.depth += weight;
    if (this.depth > this.deepest) this.deepest = this.depth;
    if (this.depth > MAX_DEPTH) throw new PySyntaxError('MemoryError', '', this.filename, null, null, null, null, null);
  }

  /** Records how deep a left-nested chain (a.b.c, a + b + c) makes the tree. */
  private chain(length: number): void {
    if (this.depth + length > this.deepest) this.deepest = this.depth + length;
  }

  // ---- entry points -------------------------------------------------------

  // file: [statements] ENDMARKER
  parseModule(): A.Module {
    return this.guarded(() => {
      const body: A.stmt[] = [];
      while (this.cur().kind !== ENDMARKER) this.statement(body);
      return { _type: 'Module', body, type_ignores: [] };
    });
  }

  /** Runs an entry point, turning failures into the errors CPython would report. */
  private guarded<T>(run: () => T): T {
    try {
      return run();
    } catch (e) {
      // Nesting that exhausts the JS stack before MAX_DEPTH is what exhausts CPython's parser stack.
      if (e instanceof RangeError) throw new PySyntaxError('MemoryError', '', this.filename, null, null, null, null, null);
      if (e instanceof PySyntaxError && !this.fstring && !this.tokenizerFailed) throw this.preferTokenizerError(e);
      throw e;
    }
  }

  // eval: expressions NEWLINE* ENDMARKER
  parseExpression(): A.Expression {
    return this.guarded(() => {
      const body = this.starExpressionsNoStar();
      while (this.cur().kind === NEWLINE) this.pos++;
      if (this.cur().kind !== ENDMARKER) throw this.invalid();
      return { _type: 'Expression', body };
    });
  }

  // interactive: statement_newline  (one statement, or several on one line separated by ';')
  parseInteractive(): A.Interactive {
    return this.guarded(() => {
      const body: A.stmt[] = [];
      if (this.cur().kind === ENDMARKER) throw this.invalid();
      this.statement(body);
      if (this.cur().kind !== ENDMARKER) throw this.errorRange(Msg.multipleStatements, this.prev, this.prev);
      return { _type: 'Interactive', body };
    });
  }

  // expressions: expression (',' expression)* [',']
  private starExpressionsNoStar(): A.expr {
    const s = this.cur();
    const first = this.expression();
    if (!this.at(',')) return first;
    const elts = [first];
    while (this.eat(',')) {
      if (!this.startsExpression()) break;
      elts.push(this.expression());
    }
    return loc({ _type: 'Tuple', elts, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Tuple, s, this.prev);
  }

  // fstring: star_expressions  (the text is "(expr)", parsed as a group)
  parseFStringExpression(): A.expr {
    const e = this.starExpressions();
    if (this.cur().kind === NEWLINE) this.pos++;
    if (this.cur().kind !== ENDMARKER) throw this.invalid();
    return e;
  }

  // ---- StringHost ---------------------------------------------------------

  parseFStringExpr(text: string, lineno: number, col: number): A.expr {
    const sub = new Parser(text, this.filename, lineno - 1, col, { fstring: true, warnings: this.warnings ?? undefined });
    return sub.parseFStringExpression();
  }

  warnAt(category: WarningCategory, message: string, t: Token, offset: number): void {
    this.warnings?.add(category, message, this.filename, t.lineno, `${t.lineno}:${t.col_offset}:${offset}`);
  }

  // ---- statements ---------------------------------------------------------

  // statement: compound_stmt | simple_stmts
  private statement(out: A.stmt[]): void {
    const t = this.cur();
    if (t.kind === NAME) {
      switch (t.value) {
        case 'def': out.push(this.funcDef([], null)); return;
        case 'if': out.push(this.ifStmt()); return;
        case 'class': out.push(this.classDef([])); return;
        case 'with': out.push(this.withStmt(null)); return;
        case 'for': out.push(this.forStmt(null)); return;
        case 'try': out.push(this.tryStmt()); return;
        case 'while': out.push(this.whileStmt()); return;
        case 'async': out.push(this.asyncStmt()); return;
        case 'match': {
          const m = this.tryMatchStmt();
          if (m !== null) { out.push(m); return; }
          break;
        }
        default: break;
      }
    } else if (t.kind === OP && t.value === '@') {
      out.push(this.decorated());
      return;
    } else if (t.kind === INDENT || t.kind === DEDENT) {
      throw this.invalid();
    }
    this.simpleStmts(out);
  }

  // simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
  private simpleStmts(out: A.stmt[]): void {
    for (;;) {
      out.push(this.simpleStmt());
      if (this.eat(';')) {
        if (this.cur().kind === NEWLINE) break;
        continue;
      }
      break;
    }
    if (this.cur().kind !== NEWLINE) throw this.invalid();
    this.pos++;
  }

  // simple_stmt: assignment | star_expressions | return_stmt | import_stmt | raise_stmt | 'pass' | del_stmt
  //   | yield_stmt | assert_stmt | 'break' | 'continue' | global_stmt | nonlocal_stmt
  private simpleStmt(): A.stmt {
    const t = this.cur();
    if (t.kind === NAME) {
      switch (t.value) {
        case 'pass': this.pos++; return loc({ _type: 'Pass', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Pass, t, t);
        case 'break': this.pos++; return loc({ _type: 'Break', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Break, t, t);
        case 'continue': this.pos++; return loc({ _type: 'Continue', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Continue, t, t);
        case 'return': return this.returnStmt();
        case 'import': return this.importName();
        case 'from': return this.importFrom();
        case 'raise': return this.raiseStmt();
        case 'del': return this.delStmt();
        case 'assert': return this.assertStmt();
        case 'global': case 'nonlocal': return this.globalStmt(t.value);
        default: break;
      }
    }
    return this.exprStmt();
  }

  // assignment:
  //   | NAME ':' expression ['=' annotated_rhs]
  //   | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
  //   | (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
  //   | single_target augassign ~ (yield_expr | star_expressions)
  // star_expressions
  private exprStmt(): A.stmt {
    const start = this.cur();
    const first = this.atKw('yield') ? this.yieldExpr() : this.starExpressions();
    const t = this.cur();
    if (t.kind === OP) {
      if (t.value === '=') {
        const targets: A.expr[] = [first];
        let value: A.expr = first;
        let valueStart: Token | null = null;
        while (this.eat('=')) {
          valueStart ??= this.cur();
          value = this.atKw('yield') ? this.yieldExpr() : this.starExpressions();
          targets.push(value);
        }
        targets.pop();
        // CPython's "Maybe you meant '=='" comes from reading `target = value` as one comparison: only a
        // lone first target whose value starts with a bitwise_or (not yield, lambda, not or a star) gets it.
        const v = valueStart!;
        const eqHint = targets.length === 1 && !(v.kind === NAME && ['yield', 'lambda', 'not'].includes(v.value)) && !(v.kind === OP && v.value === '*');
        targets.forEach((target, i) => this.setContext(target, 'Store', true, i === 0 && eqHint));
        return loc({ _type: 'Assign', targets, value, type_comment: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Assign, start, this.prev);
      }
      if (t.value === ':') {
        this.pos++;
        const annotation = this.annotationFor(first, t);
        let value: A.expr | null = null;
        if (this.eat('=')) value = this.atKw('yield') ? this.yieldExpr() : this.starExpressions();
        const simple = first._type === 'Name' && !(start.kind === OP && start.value === '(') ? 1 : 0;
        return loc({ _type: 'AnnAssign', target: first, annotation, value, simple, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.AnnAssign, start, this.prev);
      }
      const op = AUGASSIGN[t.value];
      if (op !== undefined) {
        if (first._type !== 'Name' && first._type !== 'Attribute' && first._type !== 'Subscript') {
          throw this.errorRange(Msg.illegalAugTarget(exprName(first)), first, first);
        }
        this.setContext(first, 'Store', false);
        this.pos++;
        const value = this.atKw('yield') ? this.yieldExpr() : this.starExpressions();
        return loc({ _type: 'AugAssign', target: first, op, value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.AugAssign, start, this.prev);
      }
    }
    if (t.kind !== NEWLINE && !(t.kind === OP && t.value === ';')) this.legacyCheck(start, first);
    return loc({ _type: 'Expr', value: first, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Expr, start, this.prev);
  }

  /** `print x` and `exec x`: CPython's invalid_legacy_expression. */
  private legacyCheck(start: Token, first: A.expr): void {
    if (first._type !== 'Name' || (first.id !== 'print' && first.id !== 'exec')) return;
    if (this.cur().kind === NEWLINE || this.at('=') || this.at('(')) return;
    const save = this.pos;
    this.marks++;
    try {
      const rest = this.starExpressions();
      throw this.errorRange(first.id === 'print' ? Msg.missingPrintParens : Msg.missingExecParens, start, rest);
    } catch (e) {
      if (this.tokenizerFailed) throw e;
      if (e instanceof PySyntaxError && e.msg.startsWith('Missing parentheses')) throw e;
      this.pos = save;
    } finally {
      this.marks--;
    }
  }

  /**
   * The annotation after `target:`. A target that cannot be annotated is named
   * only when the annotation parses (CPython's second pass); otherwise the
   * error is a plain "invalid syntax" at the ':', where CPython's first pass
   * stopped.
   */
  private annotationFor(target: A.expr, colon: Token): A.expr {
    if (target._type === 'Name' || target._type === 'Attribute' || target._type === 'Subscript') {
      this.setContext(target, 'Store', false);
      return this.expression();
    }
    if (target._type === 'Starred') throw this.errorAtToken(Msg.invalidSyntax, colon);
    try {
      this.expression();
    } catch (e) {
      if (this.tokenizerFailed || !(e instanceof PySyntaxError)) throw e;
      throw this.errorAtToken(Msg.invalidSyntax, colon);
    }
    this.checkAnnTarget(target);
    throw this.invalid();
  }

  private checkAnnTarget(target: A.expr): void {
    switch (target._type) {
      case 'Name': case 'Attribute': case 'Subscript':
        this.setContext(target, 'Store', false);
        return;
      case 'Tuple':
        throw this.errorRange(Msg.onlySingleTargetAnn('tuple'), target.elts[0], target.elts[0]);
      case 'List':
        throw this.errorRange(Msg.onlySingleTargetAnn('list'), target, target);
      default:
        throw this.errorRange(Msg.illegalAnnTarget, target, target);
    }
  }

  /** Turns a parsed expression into an assignment or deletion target, with CPython's messages for invalid ones. */
  private setContext(e: A.expr, ctx: Ctx, assign: boolean, eqHint = assign): void {
    switch (e._type) {
      case 'Name': e.ctx = ctx; return;
      case 'Attribute': case 'Subscript': e.ctx = ctx; return;
      case 'Starred':
        if (ctx === 'Del') throw this.errorRange(Msg.cannotDelete('starred'), e, e);
        e.ctx = ctx;
        this.setContext(e.value, ctx, assign, eqHint);
        return;
      case 'Tuple': case 'List':
        e.ctx = ctx;
        for (const x of e.elts) this.setContext(x, ctx, false);
        return;
      default: {
        const what = exprName(e);
        if (ctx === 'Del') throw this.errorRange(Msg.cannotDelete(what), e, e);
        if (assign && (e._type === 'Yield' || e._type === 'YieldFrom') && !this.parenthesized(e)) throw this.errorRange(Msg.yieldAssign, e, e);
        // CPython's "Maybe you meant '=='" hint skips generators, yields and True/False/None.
        const hint = eqHint && e._type !== 'GeneratorExp' && (!(e._type === 'Yield' || e._type === 'YieldFrom') || this.parenthesized(e)) &&
          !(e._type === 'Constant' && (e.value.kind === 'None' || e.value.kind === 'bool')) && this.isBitwiseOr(e);
        throw this.errorRange(hint ? Msg.cannotAssignMaybeEq(what) : Msg.cannotAssign(what), e, e);
      }
    }
  }

  /** Whether a node's source text starts with '(' (the parser keeps no other trace of grouping parentheses). */
  /**
   * Whether e is a bitwise_or in CPython's grammar (a parenthesized group is an atom): only those
   * get invalid_named_expression's "cannot assign to X here. Maybe you meant '==' instead of '='?".
   */
  private isBitwiseOr(e: A.expr): boolean {
    const low = e._type === 'IfExp' || e._type === 'BoolOp' || e._type === 'Compare' || e._type === 'Lambda' ||
      e._type === 'NamedExpr' || (e._type === 'UnaryOp' && e.op === 'Not');
    if (!low) return true;
    const first = this.tokens.findIndex((t) => t.lineno === e.lineno && t.col_offset === e.col_offset);
    const last = this.tokens.findIndex((t) => t.end_lineno === e.end_lineno && t.end_col_offset === e.end_col_offset);
    const before = this.tokens[first - 1];
    const after = this.tokens[last + 1];
    return first > 0 && last >= 0 && before.kind === OP && before.value === '(' && after !== undefined && after.kind === OP && after.value === ')';
  }

  private parenthesized(e: Pos): boolean {
    for (const t of this.tokens) {
      if (t.lineno === e.lineno && t.col_offset === e.col_offset) {
        const i = this.tokens.indexOf(t);
        return i > 0 && this.tokens[i - 1].kind === OP && this.tokens[i - 1].value === '(';
      }
    }
    return false;
  }

  // return_stmt: 'return' [star_expressions]
  private returnStmt(): A.Return {
    const s = this.next();
    const value = this.atExprEnd() ? null : this.starExpressions();
    return loc({ _type: 'Return', value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Return, s, this.prev);
  }

  private atExprEnd(): boolean {
    const t = this.cur();
    return t.kind === NEWLINE || (t.kind === OP && (t.value === ';' || t.value === ')' || t.value === ']' || t.value === '}' || t.value === '=' || t.value === ':'));
  }

  // raise_stmt: 'raise' expression ['from' expression] | 'raise'
  private raiseStmt(): A.Raise {
    const s = this.next();
    let exc: A.expr | null = null;
    let cause: A.expr | null = null;
    if (!this.atExprEnd()) {
      exc = this.expression();
      if (this.eatKw('from')) cause = this.expression();
    }
    return loc({ _type: 'Raise', exc, cause, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Raise, s, this.prev);
  }

  // global_stmt: 'global' ','.NAME+ ; nonlocal_stmt: 'nonlocal' ','.NAME+
  private globalStmt(kind: string): A.Global | A.Nonlocal {
    const s = this.next();
    const names: string[] = [this.name().value];
    while (this.eat(',')) names.push(this.name().value);
    return loc({ _type: kind === 'global' ? 'Global' : 'Nonlocal', names, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Global | A.Nonlocal, s, this.prev);
  }

  // del_stmt: 'del' del_targets &(';' | NEWLINE)
  private delStmt(): A.Delete {
    const s = this.next();
    const targets: A.expr[] = [];
    for (;;) {
      const e = this.bitwiseOrOrStarred();
      this.setContext(e, 'Del', false);
      targets.push(e);
      if (!this.eat(',')) break;
      if (this.cur().kind === NEWLINE || this.at(';')) break;
    }
    if (this.cur().kind !== NEWLINE && !this.at(';')) throw this.invalid();
    return loc({ _type: 'Delete', targets, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Delete, s, this.prev);
  }

  /** A del target: star_expression without the top-level tuple. */
  private bitwiseOrOrStarred(): A.expr {
    if (this.at('*')) {
      const s = this.next();
      const value = this.bitwiseOr();
      return loc({ _type: 'Starred', value, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Starred, s, this.prev);
    }
    return this.expression();
  }

  // assert_stmt: 'assert' expression [',' expression]
  private assertStmt(): A.Assert {
    const s = this.next();
    const test = this.expression();
    const msg = this.eat(',') ? this.expression() : null;
    return loc({ _type: 'Assert', test, msg, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Assert, s, this.prev);
  }

  // import_name: 'import' dotted_as_names
  private importName(): A.Import {
    const s = this.next();
    const names: A.alias[] = [];
    do {
      const a = this.cur();
      const name = this.dottedName();
      let asname: string | null = null;
      if (this.eatKw('as')) asname = this.name().value;
      names.push(loc({ _type: 'alias', name, asname, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.alias, a, this.prev));
    } while (this.eat(','));
    return loc({ _type: 'Import', names, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Import, s, this.prev);
  }

  // dotted_name: dotted_name '.' NAME | NAME
  private dottedName(): string {
    let name = this.name().value;
    while (this.eat('.')) name += '.' + this.name().value;
    return name;
  }

  // import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets | 'from' ('.' | '...')+ 'import' import_from_targets
  // import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
  private importFrom(): A.ImportFrom {
    const s = this.next();
    let level = 0;
    for (;;) {
      if (this.eat('.')) level++;
      else if (this.eat('...')) level += 3;
      else break;
    }
    const module = level > 0 && this.atKw('import') ? null : this.dottedName();
    this.expectKw('import');
    const names: A.alias[] = [];
    if (this.at('*')) {
      const t = this.next();
      names.push(loc({ _type: 'alias', name: '*', asname: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.alias, t, t));
    } else {
      const paren = this.eat('(');
      for (;;) {
        const a = this.cur();
        const name = this.name().value;
        let asname: string | null = null;
        if (this.eatKw('as')) asname = this.name().value;
        names.push(loc({ _type: 'alias', name, asname, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.alias, a, this.prev));
        if (!this.eat(',')) break;
        if (paren && this.at(')')) break;
        if (!paren && (this.cur().kind === NEWLINE || this.at(';'))) throw this.errorAtLast(Msg.importTrailingComma);
      }
      if (paren) this.expect(')');
    }
    return loc({ _type: 'ImportFrom', module, names, level, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.ImportFrom, s, this.prev);
  }

  // block: NEWLINE INDENT statements DEDENT | simple_stmts
  private block(what: string, header: Token): A.stmt[] {
    const body: A.stmt[] = [];
    if (this.cur().kind === NEWLINE) {
      this.pos++;
      if (this.cur().kind !== INDENT) {
        const t = this.cur();
        throw this.errorAtToken(Msg.expectedIndentedBlock(what, header.lineno), t, 'IndentationError');
      }
      this.pos++;
      while (this.cur().kind !== DEDENT) this.statement(body);
      this.pos++;
      return body;
    }
    this.simpleStmts(body);
    return body;
  }

  /** The last token consumed that is not NEWLINE, INDENT or DEDENT: where a compound statement ends. */
  private lastReal(): Token {
    let i = this.pos - 1 - this.base;
    while (i > 0 && (this.tokens[i].kind === NEWLINE || this.tokens[i].kind === INDENT || this.tokens[i].kind === DEDENT)) i--;
    return this.tokens[i];
  }


  // if_stmt: 'if' named_expression ':' block elif_stmt | 'if' named_expression ':' block [else_block]
  private ifStmt(): A.If {
    const s = this.next();
    const test = this.namedExpression();
    this.expectColon();
    const body = this.block(`'${s.value}' statement`, s);
    let orelse: A.stmt[] = [];
    if (this.atKw('elif')) {
      orelse = [this.ifStmt()];
    } else if (this.atKw('else')) {
      const e = this.next();
      this.expectForced(':');
      orelse = this.block("'else' statement", e);
    }
    return loc({ _type: 'If', test, body, orelse, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.If, s, this.lastReal());
  }

  // while_stmt: 'while' named_expression ':' block [else_block]
  private whileStmt(): A.While {
    const s = this.next();
    const test = this.namedExpression();
    this.expectColon();
    const body = this.block("'while' statement", s);
    const orelse = this.elseBlock();
    return loc({ _type: 'While', test, body, orelse, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.While, s, this.lastReal());
  }

  private elseBlock(): A.stmt[] {
    if (!this.atKw('else')) return [];
    const e = this.next();
    this.expectForced(':');
    return this.block("'else' statement", e);
  }

  // for_stmt: [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
  private forStmt(asyncTok: Token | null): A.For | A.AsyncFor {
    const s = this.next();
    const target = this.starTargets();
    this.expectKw('in');
    const iter = this.starExpressions();
    this.expectColon();
    const body = this.block("'for' statement", s);
    const orelse = this.elseBlock();
    return loc({ _type: asyncTok ? 'AsyncFor' : 'For', target, iter, body, orelse, type_comment: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.For,
      asyncTok ?? s, this.lastReal());
  }

  // star_targets: star_target !',' | star_target (',' star_target)* [',']
  private starTargets(): A.expr {
    const s = this.cur();
    const first = this.starTarget();
    if (!this.at(',')) return first;
    const elts = [first];
    while (this.eat(',')) {
      if (this.atKw('in') || this.at('=') || this.at(')')) break;
      elts.push(this.starTarget());
    }
    return loc({ _type: 'Tuple', elts, ctx: 'Store', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Tuple, s, this.prev);
  }

  // star_target: '*' (!'*' star_target) | target_with_star_atom
  private starTarget(): A.expr {
    if (this.at('*')) {
      const s = this.next();
      const value = this.starTarget();
      return loc({ _type: 'Starred', value, ctx: 'Store', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Starred, s, this.prev);
    }
    const e = this.bitwiseOr();
    this.setContext(e, 'Store', false);
    return e;
  }

  // with_stmt: [ASYNC] 'with' '(' ','.with_item+ ','? ')' ':' block | [ASYNC] 'with' ','.with_item+ ':' block
  private withStmt(asyncTok: Token | null): A.With | A.AsyncWith {
    const s = this.next();
    let items: A.withitem[] | null = null;
    if (this.at('(')) {
      const save = this.pos;
      this.marks++;
      try {
        this.pos++;
        items = [this.withItem()];
        while (this.eat(',')) {
          if (this.at(')')) break;
          items.push(this.withItem());
        }
        this.expect(')');
        if (!this.at(':')) throw this.invalid();
      } catch (e) {
        if (this.tokenizerFailed) throw e;
        if (!(e instanceof PySyntaxError)) throw e;
        this.pos = save;
        items = null;
      } finally {
        this.marks--;
      }
    }
    if (items === null) {
      items = [this.withItem()];
      while (this.eat(',')) items.push(this.withItem());
    }
    this.expectColon();
    const body = this.block("'with' statement", s);
    return loc({ _type: asyncTok ? 'AsyncWith' : 'With', items, body, type_comment: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.With, asyncTok ?? s, this.lastReal());
  }

  // with_item: expression 'as' star_target &(',' | ')' | ':') | expression
  private withItem(): A.withitem {
    const context_expr = this.expression();
    let optional_vars: A.expr | null = null;
    if (this.eatKw('as')) {
      optional_vars = this.starTarget();
      if (!this.at(',') && !this.at(')') && !this.at(':')) throw this.errorAtLast(Msg.expected(':'));
    }
    return { _type: 'withitem', context_expr, optional_vars };
  }

  // try_stmt: 'try' ':' block finally_block | 'try' ':' block except_block+ [else_block] [finally_block]
  //   | 'try' ':' block except_star_block+ [else_block] [finally_block]
  private tryStmt(): A.Try | A.TryStar {
    const s = this.next();
    this.expectForced(':');
    const body = this.block("'try' statement", s);
    const handlers: A.ExceptHandler[] = [];
    let star: boolean | null = null;
    while (this.atKw('except')) {
      const e = this.next();
      const isStar = this.eat('*');
      if (star !== null && star !== isStar) throw this.errorAtToken(Msg.exceptMixed, e);
      star = isStar;
      let type: A.expr | null = null;
      let name: string | null = null;
      if (!this.at(':')) {
        type = this.expression();
        if (this.at(',')) {
          const tstart = type;
          const elts = [type];
          while (this.eat(',')) { if (this.at(':') || this.atKw('as')) break; elts.push(this.expression()); }
          // The range runs to the end of an `as NAME` that follows, as CPython's does.
          if (this.eatKw('as')) this.name();
          throw this.errorRange(Msg.multipleExceptTypes, tstart, this.prev);
        }
        if (this.eatKw('as')) name = this.name().value;
      } else if (isStar) {
        throw this.errorAtLast(Msg.exceptStarBare);
      }
      this.expectColon();
      const hbody = this.block(isStar ? "'except*' statement" : "'except' statement", e);
      handlers.push(loc({ _type: 'ExceptHandler', type, name, body: hbody, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.ExceptHandler, e, this.lastReal()));
    }
    const orelse = handlers.length > 0 ? this.elseBlock() : [];
    let finalbody: A.stmt[] = [];
    if (this.atKw('finally')) {
      const f = this.next();
      this.expectForced(':');
      finalbody = this.block("'finally' statement", f);
    }
    if (handlers.length === 0 && finalbody.length === 0) throw this.errorAtLast(Msg.expectedExceptOrFinally);
    return loc({ _type: star ? 'TryStar' : 'Try', body, handlers, orelse, finalbody, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Try, s, this.lastReal());
  }

  // decorators: ('@' named_expression NEWLINE)+
  private decorated(): A.stmt {
    const decorators: A.expr[] = [];
    while (this.eat('@')) {
      decorators.push(this.namedExpression());
      if (this.cur().kind !== NEWLINE) throw this.invalid();
      this.pos++;
    }
    if (this.atKw('def')) return this.funcDef(decorators, null);
    if (this.atKw('class')) return this.classDef(decorators);
    if (this.atKw('async') && this.peek(1).kind === NAME && this.peek(1).value === 'def') {
      const a = this.next();
      return this.funcDef(decorators, a);
    }
    throw this.invalid();
  }

  // async_stmt: ASYNC (function_def | with_stmt | for_stmt)
  private asyncStmt(): A.stmt {
    const a = this.next();
    if (this.atKw('def')) return this.funcDef([], a);
    if (this.atKw('with')) return this.withStmt(a);
    if (this.atKw('for')) return this.forStmt(a);
    throw this.invalid();
  }

  // function_def_raw: [ASYNC] 'def' NAME '(' [params] ')' ['->' expression] ':' [func_type_comment] block
  private funcDef(decorator_list: A.expr[], asyncTok: Token | null): A.FunctionDef | A.AsyncFunctionDef {
    const s = this.next();
    const name = this.name().value;
    this.expectForced('(');
    const args = this.parameters(')', true);
    this.expect(')');
    let returns: A.expr | null = null;
    if (this.at('->')) {
      const arrow = this.next();
      if (!this.startsExpression()) throw this.errorAtToken(Msg.expected(':'), arrow);
      returns = this.expression();
    }
    this.expectForced(':');
    const body = this.block('function definition', s);
    return loc({ _type: asyncTok ? 'AsyncFunctionDef' : 'FunctionDef', name, args, body, decorator_list, returns, type_comment: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.FunctionDef,
      asyncTok ?? s, this.lastReal());
  }

  // class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
  private classDef(decorator_list: A.expr[]): A.ClassDef {
    const s = this.next();
    const name = this.name().value;
    let bases: A.expr[] = [];
    let keywords: A.keyword[] = [];
    if (this.at('(')) {
      this.pos++;
      if (!this.at(')')) ({ args: bases, keywords } = this.callArguments());
      this.expect(')');
    }
    this.expectColon();
    const body = this.block('class definition', s);
    return loc({ _type: 'ClassDef', name, bases, keywords, body, decorator_list, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.ClassDef, s, this.lastReal());
  }

  // params / lambda_params: the slash/star forms of parameters, with defaults and annotations (not for lambda).
  private parameters(close: string, annotations: boolean): A.arguments {
    const posonlyargs: A.arg[] = [];
    let args: A.arg[] = [];
    let vararg: A.arg | null = null;
    const kwonlyargs: A.arg[] = [];
    const kw_defaults: (A.expr | null)[] = [];
    let kwarg: A.arg | null = null;
    const defaults: A.expr[] = [];
    let seenStar = false;
    let seenSlash = false;
    const param = (): A.arg => {
      const s = this.name();
      let annotation: A.expr | null = null;
      if (annotations && this.eat(':')) annotation = this.at('*') && close === ')' ? this.starExpression() : this.expression();
      return loc({ _type: 'arg', arg: s.value, annotation, type_comment: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.arg, s, this.prev);
    };
    while (!this.at(close)) {
      if (this.at('/')) {
        const t = this.next();
        if (seenSlash) throw this.errorAtToken(Msg.slashTwice, t);
        if (seenStar) throw this.errorAtToken(Msg.slashAfterStar, t);
        if (args.length === 0) throw this.errorAtToken(Msg.slashFirst, t);
        seenSlash = true;
        posonlyargs.push(...args);
        args = [];
      } else if (this.at('**')) {
        this.pos++;
        kwarg = param();
        if (this.at('=')) throw this.errorAtToken(Msg.kwargsDefault, this.cur());
        this.eat(',');
        if (!this.at(close)) throw this.errorAtToken(Msg.argumentsAfterKwargs, this.cur());
        break;
      } else if (this.at('*')) {
        const t = this.next();
        if (seenStar) throw this.errorAtToken(Msg.starTwice, t);
        seenStar = true;
        if (this.at(close)) throw this.errorAtToken(Msg.namedArgsAfterStar, t);
        if (!this.at(',')) {
          vararg = param();
          if (this.at('=')) throw this.errorAtToken(Msg.varargsDefault, this.cur());
        } else if (this.peek(1).kind === OP && (this.peek(1).value === close || this.peek(1).value === '**')) {
          throw this.errorAtToken(Msg.namedArgsAfterStar, t);
        }
      } else {
        const p = param();
        let dflt: A.expr | null = null;
        if (this.eat('=')) dflt = this.expression();
        if (seenStar) {
          kwonlyargs.push(p);
          kw_defaults.push(dflt);
        } else {
          args.push(p);
          if (dflt !== null) defaults.push(dflt);
          else if (defaults.length > 0) throw this.errorRange(Msg.nonDefaultAfterDefault, p, p);
        }
      }
      if (!this.eat(',')) break;
    }
    if (seenStar && vararg === null && kwonlyargs.length === 0 && !this.at(close)) throw this.invalid();
    if (seenStar && vararg === null && kwonlyargs.length === 0) throw this.errorAtToken(Msg.namedArgsAfterStar, this.prev);
    return { _type: 'arguments', posonlyargs, args, vararg, kwonlyargs, kw_defaults: kw_defaults as A.expr[], kwarg, defaults };
  }

  // ---- match statement ------------------------------------------------------

  // match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
  // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
  private tryMatchStmt(): A.Match | null {
    const s = this.cur();
    const next = this.peek(1);
    if (next.kind === NEWLINE || (next.kind === OP && ['=', '.', ',', ')', ']', '}', ':', ';'].includes(next.value) ) || (next.kind === OP && AUGASSIGN[next.value] !== undefined)) return null;
    const save = this.pos;
    let subject: A.expr;
    this.marks++;
    try {
      this.pos++;
      const first = this.starNamedExpression();
      if (this.at(',')) {
        const elts = [first];
        while (this.eat(',')) {
          if (this.at(':')) break;
          elts.push(this.starNamedExpression());
        }
        subject = loc({ _type: 'Tuple', elts, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Tuple, this.tokens[save + 1 - this.base], this.prev);
      } else {
        subject = first;
      }
      if (!this.at(':')) throw this.invalid();
    } catch (e) {
      if (this.tokenizerFailed) throw e;
      if (!(e instanceof PySyntaxError)) throw e;
      this.pos = save;
      return null;
    } finally {
      this.marks--;
    }
    this.pos++;
    if (this.cur().kind !== NEWLINE) throw this.invalid();
    this.pos++;
    if (this.cur().kind !== INDENT) throw this.errorAtToken(Msg.expectedIndentedBlock("'match' statement", s.lineno), this.cur(), 'IndentationError');
    this.pos++;
    const cases: A.match_case[] = [];
    while (this.cur().kind !== DEDENT) cases.push(this.caseBlock());
    this.pos++;
    return loc({ _type: 'Match', subject, cases, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Match, s, this.lastReal());
  }

  // case_block: "case" patterns guard? ':' block
  private caseBlock(): A.match_case {
    if (!this.atKw('case')) throw this.invalid();
    const c = this.next();
    const pattern = this.patterns();
    const guard = this.eatKw('if') ? this.namedExpression() : null;
    this.expectColon();
    const body = this.block("'case' statement", c);
    return { _type: 'match_case', pattern, guard, body };
  }

  // patterns: open_sequence_pattern | pattern
  private patterns(): A.pattern {
    const s = this.cur();
    const first = this.maybeStarPattern();
    if (!this.at(',')) {
      if (first._type === 'MatchStar') return loc({ _type: 'MatchSequence', patterns: [first], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.MatchSequence, s, this.prev);
      return first;
    }
    const patterns = [first];
    while (this.eat(',')) {
      if (this.at(':') || this.atKw('if')) break;
      patterns.push(this.maybeStarPattern());
    }
    return loc({ _type: 'MatchSequence', patterns, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.MatchSequence, s, this.prev);
  }

  // maybe_star_pattern: star_pattern | pattern
  private maybeStarPattern(): A.pattern {
    if (this.at('*')) {
      const s = this.next();
      const n = this.name();
      return loc({ _type: 'MatchStar', name: n.value === '_' ? null : n.value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.MatchStar, s, n);
    }
    return this.pattern();
  }

  // pattern: as_pattern | or_pattern ; as_pattern: or_pattern 'as' pattern_capture_target
  private pattern(): A.pattern {
    const s = this.cur();
    const p = this.orPattern();
    if (this.eatKw('as')) {
      const n = this.cur();
      if (!this.isName(n)) throw this.invalid();
      if (n.value === '_') throw this.errorAtToken(Msg.asPatternTarget("'_'"), n);
      this.pos++;
      return loc({ _type: 'MatchAs', pattern: p, name: n.value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.MatchAs, s, n);
    }
    return p;
  }

  // or_pattern: '|'.closed_pattern+
  private orPattern(): A.pattern {
    const s = this.cur();
    const first = this.closedPattern();
    if (!this.at('|')) return first;
    const patterns = [first];
    while (this.eat('|')) patterns.push(this.closedPattern());
    return loc({ _type: 'MatchOr', patterns, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.MatchOr, s, this.prev);
  }

  // closed_pattern: literal_pattern | capture_pattern | wildcard_pattern | value_pattern | group_pattern
  //   | sequence_pattern | mapping_pattern | class_pattern
  private closedPattern(): A.pattern {
    this.enter();
    try {
      return this.closedPatternInner();
    } finally {
      this.depth--;
    }
  }

  private closedPatternInner(): A.pattern {
    const s = this.cur();
    if (s.kind === OP) {
      if (s.value === '(') {
        this.pos++;
        if (this.eat(')')) return loc({ _type: 'MatchSequence', patterns: [] as A.pattern[], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.MatchSequence, s, this.prev);
        const first = this.maybeStarPattern();
        if (this.eat(')')) {
          if (first._type === 'MatchStar') return loc({ _type: 'MatchSequence', patterns: [first], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.MatchSequence, s, this.prev);
          return first;
        }
        const patterns = [first];
        while (this.eat(',')) {
          if (this.at(')')) break;
          patterns.push(this.maybeStarPattern());
        }
        this.expect(')');
        return loc({ _type: 'MatchSequence', patterns, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.MatchSequence, s, this.prev);
      }
      if (s.value === '[') {
        this.pos++;
        const patterns: A.pattern[] = [];
        while (!this.at(']')) {
          patterns.push(this.maybeStarPattern());
          if (!this.eat(',')) break;
        }
        this.expect(']');
        return loc({ _type: 'MatchSequence', patterns, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.MatchSequence, s, this.prev);
      }
      if (s.value === '{') return this.mappingPattern();
      if (s.value === '-') {
        const value = this.signedNumberOrComplex();
        return loc({ _type: 'MatchValue', value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.MatchValue, value, value);
      }
      throw this.invalid();
    }
    if (s.kind === NUMBER) {
      const value = this.signedNumberOrComplex();
      return loc({ _type: 'MatchValue', value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.MatchValue, value, value);
    }
    if (s.kind === STRING) {
      const value = this.strings();
      return loc({ _type: 'MatchValue', value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.MatchValue, value, value);
    }
    if (s.kind === NAME) {
      if (s.value === 'None' || s.value === 'True' || s.value === 'False') {
        this.pos++;
        const value: A.ConstantValue = s.value === 'None' ? { kind: 'None' } : { kind: 'bool', value: s.value === 'True' };
        return loc({ _type: 'MatchSingleton', value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.MatchSingleton, s, s);
      }
      if (hardKeywords.has(s.value)) throw this.invalid();
      this.pos++;
      let cls: A.expr = loc({ _type: 'Name', id: s.value, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Name, s, s);
      let dotted = false;
      while (this.eat('.')) {
        const attr = this.name();
        cls = loc({ _type: 'Attribute', value: cls, attr: attr.value, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Attribute, s, attr);
        dotted = true;
      }
      if (this.at('(')) return this.classPattern(s, cls);
      if (dotted) return loc({ _type: 'MatchValue', value: cls, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.MatchValue, s, this.prev);
      return loc({ _type: 'MatchAs', pattern: null, name: s.value === '_' ? null : s.value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.MatchAs, s, s);
    }
    throw this.invalid();
  }

  // signed_number | complex_number: ['-'] NUMBER [('+' | '-') NUMBER]
  private signedNumberOrComplex(): A.expr {
    const s = this.cur();
    let value: A.expr;
    if (this.eat('-')) {
      const n = this.cur();
      if (n.kind !== NUMBER) throw this.invalid();
      this.pos++;
      value = loc({ _type: 'UnaryOp', op: 'USub', operand: this.number(n), lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.UnaryOp, s, n);
    } else {
      if (s.kind !== NUMBER) throw this.invalid();
      this.pos++;
      value = this.number(s);
    }
    if (this.at('+') || this.at('-')) {
      const op = this.next().value === '+' ? 'Add' : 'Sub';
      const n = this.cur();
      if (n.kind !== NUMBER) throw this.invalid();
      this.pos++;
      const right = this.number(n);
      if (right._type !== 'Constant' || right.value.kind !== 'complex') throw this.errorRange(Msg.imaginaryRequired, right, right);
      value = loc({ _type: 'BinOp', left: value, op, right, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.BinOp, s, n);
    }
    return value;
  }

  // mapping_pattern: '{' [items_pattern] [double_star_pattern] [','] '}'
  private mappingPattern(): A.MatchMapping {
    const s = this.next();
    const keys: A.expr[] = [];
    const patterns: A.pattern[] = [];
    let rest: string | null = null;
    while (!this.at('}')) {
      if (this.eat('**')) {
        rest = this.name().value;
        this.eat(',');
        break;
      }
      const k = this.cur();
      let key: A.expr;
      if (k.kind === STRING) key = this.strings();
      else if (k.kind === NUMBER || (k.kind === OP && k.value === '-')) key = this.signedNumberOrComplex();
      else if (k.kind === NAME && (k.value === 'None' || k.value === 'True' || k.value === 'False')) {
        this.pos++;
        key = loc({ _type: 'Constant', value: k.value === 'None' ? { kind: 'None' } : { kind: 'bool', value: k.value === 'True' }, kind: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Constant, k, k);
      } else if (this.isName(k)) {
        this.pos++;
        key = loc({ _type: 'Name', id: k.value, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Name, k, k);
        if (!this.at('.')) throw this.invalid();
        while (this.eat('.')) {
          const attr = this.name();
          key = loc({ _type: 'Attribute', value: key, attr: attr.value, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Attribute, k, attr);
        }
      } else {
        throw this.invalid();
      }
      this.expect(':');
      keys.push(key);
      patterns.push(this.pattern());
      if (!this.eat(',')) break;
    }
    this.expect('}');
    return loc({ _type: 'MatchMapping', keys, patterns, rest, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.MatchMapping, s, this.prev);
  }

  // class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] [','] ')'
  private classPattern(s: Token, cls: A.expr): A.MatchClass {
    this.expect('(');
    const patterns: A.pattern[] = [];
    const kwd_attrs: string[] = [];
    const kwd_patterns: A.pattern[] = [];
    while (!this.at(')')) {
      if (this.isName(this.cur()) && this.peek(1).kind === OP && this.peek(1).value === '=') {
        kwd_attrs.push(this.next().value);
        this.pos++;
        kwd_patterns.push(this.pattern());
      } else {
        const p = this.pattern();
        if (kwd_attrs.length > 0) throw this.errorRange(Msg.positionalPatternsFollowKeyword, p, p);
        patterns.push(p);
      }
      if (!this.eat(',')) break;
    }
    this.expect(')');
    return loc({ _type: 'MatchClass', cls, patterns, kwd_attrs, kwd_patterns, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.MatchClass, s, this.prev);
  }

  // ---- expressions ----------------------------------------------------------

  // star_expressions: star_expression (',' star_expression)+ [','] | star_expression ',' | star_expression
  private starExpressions(): A.expr {
    const s = this.cur();
    const first = this.starExpression();
    if (!this.at(',')) return first;
    const elts = [first];
    while (this.eat(',')) {
      if (!this.startsExpression()) break;
      elts.push(this.starExpression());
    }
    return loc({ _type: 'Tuple', elts, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Tuple, s, this.prev);
  }

  /** Whether the current token can begin an expression (for trailing commas). */
  private startsExpression(): boolean {
    const t = this.cur();
    switch (t.kind) {
      case NAME:
        return !hardKeywords.has(t.value) || t.value === 'None' || t.value === 'True' || t.value === 'False' ||
          t.value === 'not' || t.value === 'lambda' || t.value === 'await' || t.value === 'yield';
      case NUMBER: case STRING: return true;
      case OP:
        return t.value === '(' || t.value === '[' || t.value === '{' || t.value === '-' || t.value === '+' ||
          t.value === '~' || t.value === '*' || t.value === '...' || t.value === '**';
      default: return false;
    }
  }

  // star_expression: '*' bitwise_or | expression
  private starExpression(): A.expr {
    if (this.at('*')) {
      const s = this.next();
      const value = this.bitwiseOr();
      return loc({ _type: 'Starred', value, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Starred, s, this.prev);
    }
    return this.expression();
  }

  // star_named_expression: '*' bitwise_or | named_expression
  private starNamedExpression(): A.expr {
    if (this.at('*')) {
      const s = this.next();
      const value = this.bitwiseOr();
      return loc({ _type: 'Starred', value, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Starred, s, this.prev);
    }
    return this.namedExpression();
  }

  // named_expression: NAME ':=' ~ expression | expression !':='
  private namedExpression(inCall = false): A.expr {
    const t = this.cur();
    if (t.kind === NAME && !hardKeywords.has(t.value) && this.peek(1).kind === OP && this.peek(1).value === ':=') {
      this.pos += 2;
      const target = loc({ _type: 'Name', id: t.value, ctx: 'Store', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Name, t, t);
      const value = this.expression();
      return loc({ _type: 'NamedExpr', target, value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.NamedExpr, t, this.prev);
    }
    const e = this.expression();
    if (this.at(':=')) throw this.errorRange(Msg.namedExprTarget(exprName(e)), e, e);
    if (this.at('=') && !inCall) this.invalidNamedExpression(e);
    return e;
  }

  // invalid_named_expression: NAME '=' bitwise_or !('='|':=') | !(list|tuple|genexp|True|None|False) bitwise_or '=' bitwise_or !('='|':=')
  private invalidNamedExpression(e: A.expr): void {
    if (e._type === 'List' || e._type === 'Tuple' || e._type === 'GeneratorExp' ||
      (e._type === 'Constant' && (e.value.kind === 'None' || e.value.kind === 'bool')) || !this.isBitwiseOr(e)) return;
    const save = this.pos;
    this.marks++;
    try {
      this.pos++;
      const b = this.bitwiseOr();
      if (this.at('=') || this.at(':=')) return;
      if (e._type === 'Name') throw this.errorRange(Msg.maybeEqualOrWalrus, e, b);
      throw this.errorRange(Msg.cannotAssignMaybeEq(exprName(e)), e, e);
    } catch (err) {
      if (this.tokenizerFailed) throw err;
      if (err instanceof PySyntaxError && (err.msg === Msg.maybeEqualOrWalrus || err.msg.startsWith('cannot assign'))) throw err;
      if (!(err instanceof PySyntaxError)) throw err;
    } finally {
      this.pos = save;
      this.marks--;
    }
  }

  // expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
  private expression(): A.expr {
    if (this.atKw('lambda')) return this.lambdef();
    this.enter();
    const s = this.cur();
    const body = this.disjunction();
    if (this.atKw('if')) {
      this.pos++;
      const test = this.disjunction();
      if (!this.atKw('else')) throw this.errorRange(Msg.expectedElse, body, test);
      this.pos++;
      const orelse = this.expression();
      this.depth--;
      return loc({ _type: 'IfExp', test, body, orelse, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.IfExp, s, this.prev);
    }
    this.depth--;
    return body;
  }

  // lambdef: 'lambda' [lambda_params] ':' expression
  private lambdef(): A.Lambda {
    const s = this.next();
    const args = this.parameters(':', false);
    this.expect(':');
    this.enter();
    const body = this.expression();
    this.depth--;
    return loc({ _type: 'Lambda', args, body, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Lambda, s, this.prev);
  }

  // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
  private yieldExpr(): A.expr {
    const s = this.next();
    if (this.eatKw('from')) {
      const value = this.expression();
      return loc({ _type: 'YieldFrom', value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.YieldFrom, s, this.prev);
    }
    const value = this.startsExpression() ? this.starExpressions() : null;
    return loc({ _type: 'Yield', value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Yield, s, this.prev);
  }

  // disjunction: conjunction ('or' conjunction)+ | conjunction
  private disjunction(): A.expr {
    const s = this.cur();
    const first = this.conjunction();
    if (!this.atKw('or')) return first;
    const values = [first];
    while (this.eatKw('or')) values.push(this.conjunction());
    return loc({ _type: 'BoolOp', op: 'Or', values, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.BoolOp, s, this.prev);
  }

  // conjunction: inversion ('and' inversion)+ | inversion
  private conjunction(): A.expr {
    const s = this.cur();
    const first = this.inversion();
    if (!this.atKw('and')) return first;
    const values = [first];
    while (this.eatKw('and')) values.push(this.inversion());
    return loc({ _type: 'BoolOp', op: 'And', values, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.BoolOp, s, this.prev);
  }

  // inversion: 'not' inversion | comparison
  private inversion(): A.expr {
    if (this.atKw('not')) {
      const s = this.next();
      this.enter();
      const operand = this.inversion();
      this.depth--;
      return loc({ _type: 'UnaryOp', op: 'Not', operand, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.UnaryOp, s, this.prev);
    }
    return this.comparison();
  }

  // comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
  private comparison(): A.expr {
    const s = this.cur();
    const left = this.bitwiseOr();
    let ops: A.cmpop[] | null = null;
    let comparators: A.expr[] | null = null;
    for (;;) {
      const t = this.cur();
      let op: A.cmpop | undefined;
      if (t.kind === OP) {
        op = COMPARE_OPS[t.value];
        if (op === undefined) break;
        this.pos++;
      } else if (t.kind === NAME) {
        if (t.value === 'in') { op = 'In'; this.pos++; } else if (t.value === 'not') {
          const n = this.peek(1);
          if (n.kind !== NAME || n.value !== 'in') break;
          op = 'NotIn';
          this.pos += 2;
        } else if (t.value === 'is') {
          this.pos++;
          if (this.eatKw('not')) op = 'IsNot'; else op = 'Is';
        } else break;
      } else break;
      (ops ??= []).push(op);
      (comparators ??= []).push(this.bitwiseOr());
    }
    if (ops === null) return left;
    return loc({ _type: 'Compare', left, ops, comparators, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Compare, s, this.prev);
  }

  // bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor  (and so on down to term)
  private bitwiseOr(): A.expr {
    const s = this.cur();
    let left = this.bitwiseXor();
    let n = 0;
    while (this.at('|')) {
      this.pos++;
      const right = this.bitwiseXor();
      left = loc({ _type: 'BinOp', left, op: 'BitOr', right, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.BinOp, s, this.prev);
      this.chain(++n);
    }
    return left;
  }

  private bitwiseXor(): A.expr {
    const s = this.cur();
    let left = this.bitwiseAnd();
    let n = 0;
    while (this.at('^')) {
      this.pos++;
      const right = this.bitwiseAnd();
      left = loc({ _type: 'BinOp', left, op: 'BitXor', right, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.BinOp, s, this.prev);
      this.chain(++n);
    }
    return left;
  }

  private bitwiseAnd(): A.expr {
    const s = this.cur();
    let left = this.shiftExpr();
    let n = 0;
    while (this.at('&')) {
      this.pos++;
      const right = this.shiftExpr();
      left = loc({ _type: 'BinOp', left, op: 'BitAnd', right, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.BinOp, s, this.prev);
      this.chain(++n);
    }
    return left;
  }

  // shift_expr: shift_expr ('<<' | '>>') sum | sum
  private shiftExpr(): A.expr {
    const s = this.cur();
    let left = this.sum();
    let n = 0;
    for (;;) {
      const t = this.cur();
      if (t.kind !== OP || (t.value !== '<<' && t.value !== '>>')) return left;
      this.pos++;
      const right = this.sum();
      left = loc({ _type: 'BinOp', left, op: t.value === '<<' ? 'LShift' : 'RShift', right, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.BinOp, s, this.prev);
      this.chain(++n);
    }
  }

  // sum: sum ('+' | '-') term | term
  private sum(): A.expr {
    const s = this.cur();
    let left = this.term();
    let n = 0;
    for (;;) {
      const t = this.cur();
      if (t.kind !== OP || (t.value !== '+' && t.value !== '-')) return left;
      this.pos++;
      const right = this.term();
      left = loc({ _type: 'BinOp', left, op: t.value === '+' ? 'Add' : 'Sub', right, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.BinOp, s, this.prev);
      this.chain(++n);
    }
  }

  // term: term ('*' | '/' | '//' | '%' | '@') factor | factor
  private term(): A.expr {
    const s = this.cur();
    let left = this.factor();
    let n = 0;
    for (;;) {
      const t = this.cur();
      if (t.kind !== OP) return left;
      const op = TERM_OPS[t.value];
      if (op === undefined) return left;
      this.pos++;
      const right = this.factor();
      left = loc({ _type: 'BinOp', left, op, right, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.BinOp, s, this.prev);
      this.chain(++n);
    }
  }

  // factor: '+' factor | '-' factor | '~' factor | power
  private factor(): A.expr {
    const t = this.cur();
    if (t.kind === OP && (t.value === '+' || t.value === '-' || t.value === '~')) {
      this.pos++;
      this.enter();
      const operand = this.factor();
      this.depth--;
      const op: A.unaryop = t.value === '+' ? 'UAdd' : t.value === '-' ? 'USub' : 'Invert';
      return loc({ _type: 'UnaryOp', op, operand, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.UnaryOp, t, this.prev);
    }
    return this.power();
  }

  // power: await_primary '**' factor | await_primary
  private power(): A.expr {
    const s = this.cur();
    const left = this.awaitPrimary();
    if (!this.at('**')) return left;
    this.pos++;
    this.enter(2);
    const right = this.factor();
    this.depth -= 2;
    return loc({ _type: 'BinOp', left, op: 'Pow', right, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.BinOp, s, this.prev);
  }

  // await_primary: AWAIT primary | primary
  private awaitPrimary(): A.expr {
    if (this.atKw('await')) {
      const s = this.next();
      const value = this.primary();
      return loc({ _type: 'Await', value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Await, s, this.prev);
    }
    return this.primary();
  }

  // primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
  private primary(): A.expr {
    const s = this.cur();
    let e = this.atom();
    let links = 0;
    for (;;) {
      const t = this.cur();
      if (t.kind !== OP) return e;
      if (t.value === '.') {
        this.pos++;
        const n = this.name();
        e = loc({ _type: 'Attribute', value: e, attr: n.value, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Attribute, s, n);
        this.chain(++links);
      } else if (t.value === '(') {
        e = this.call(e, s);
        this.chain(++links);
      } else if (t.value === '[') {
        this.pos++;
        const slice = this.slices();
        this.expect(']');
        e = loc({ _type: 'Subscript', value: e, slice, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Subscript, s, this.prev);
        this.chain(++links);
      } else {
        return e;
      }
    }
  }

  // '(' [arguments] ')' after a primary; a lone generator argument takes the call's parentheses.
  private call(func: A.expr, s: Token): A.Call {
    const open = this.next();
    this.enter();
    let args: A.expr[] = [];
    let keywords: A.keyword[] = [];
    if (!this.at(')')) ({ args, keywords } = this.callArguments(open));
    this.expect(')');
    this.depth--;
    return loc({ _type: 'Call', func, args, keywords, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Call, s, this.prev);
  }

  // arguments: args [','] &')'
  // args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs] | kwargs
  private callArguments(open?: Token): { args: A.expr[]; keywords: A.keyword[] } {
    const args: A.expr[] = [];
    const keywords: A.keyword[] = [];
    let sawKeyword = false;
    let sawDoubleStar = false;
    let count = 0;
    while (!this.at(')')) {
      const t = this.cur();
      count++;
      if (t.kind === OP && t.value === '*') {
        this.pos++;
        const value = this.expression();
        const st = loc({ _type: 'Starred', value, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Starred, t, this.prev);
        if (sawDoubleStar) throw this.errorAtToken(Msg.iterableUnpackAfterKwUnpack, t);
        args.push(st);
      } else if (t.kind === OP && t.value === '**') {
        this.pos++;
        const value = this.expression();
        keywords.push(loc({ _type: 'keyword', arg: null, value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.keyword, t, this.prev));
        sawDoubleStar = true;
      } else if (t.kind === NAME && !hardKeywords.has(t.value) && this.peek(1).kind === OP && this.peek(1).value === '=') {
        this.pos += 2;
        const value = this.expression();
        keywords.push(loc({ _type: 'keyword', arg: t.value, value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.keyword, t, this.prev));
        sawKeyword = true;
      } else {
        const e = this.namedExpression(true);
        if (this.atKw('for') || this.atKw('async')) {
          if (open === undefined) throw this.errorAtToken(Msg.invalidSyntax, this.cur());
          const gen = this.comprehensionTail(e, 'GeneratorExp');
          const only = count === 1 && this.at(')');
          if (open !== undefined && only) {
            args.push(loc(gen, open, this.cur()));
            continue;
          }
          const ge = loc(gen, e, this.prev);
          throw this.errorRange(Msg.genexpMustBeParenthesized, ge, ge);
        }
        if (this.at('=')) {
          const eq = this.cur();
          if (e._type === 'Constant' && (e.value.kind === 'bool' || e.value.kind === 'None')) {
            throw this.errorRange(Msg.cannotAssign(exprName(e)), e, eq);
          }
          throw this.errorRange(Msg.expressionCannotContainAssignment, e, eq);
        }
        if (sawDoubleStar) throw this.errorAtLast(Msg.positionalAfterKwUnpack);
        if (sawKeyword) throw this.errorAtLast(Msg.positionalAfterKeyword);
        args.push(e);
        if (!this.at(',') && !this.at(')')) throw this.forgotComma(e);
      }
      if (!this.eat(',')) break;
    }
    if (!this.at(')')) throw this.invalid();
    return { args, keywords };
  }

  // slices: slice !',' | ','.(slice | starred_expression)+ [',']
  private slices(): A.expr {
    const s = this.cur();
    const first = this.slice();
    if (!this.at(',') && !this.at(']') && first._type !== 'Slice') throw this.forgotComma(first);
    if (!this.at(',') && first._type !== 'Starred') return first;
    const elts = [first];
    while (this.eat(',')) {
      if (this.at(']')) break;
      elts.push(this.slice());
    }
    return loc({ _type: 'Tuple', elts, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Tuple, s, this.prev);
  }

  // slice: [expression] ':' [expression] [':' [expression]] | named_expression
  private slice(): A.expr {
    const s = this.cur();
    if (this.at('*')) return this.starExpression();
    let lower: A.expr | null = null;
    if (!this.at(':')) {
      lower = this.namedExpression();
      if (!this.at(':')) return lower;
    }
    this.pos++;
    let upper: A.expr | null = null;
    let step: A.expr | null = null;
    if (!this.at(':') && !this.at(',') && !this.at(']')) upper = this.expression();
    if (this.eat(':')) {
      if (!this.at(',') && !this.at(']')) step = this.expression();
    }
    return loc({ _type: 'Slice', lower, upper, step, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Slice, s, this.prev);
  }

  // atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | (tuple | group | genexp) | (list | listcomp)
  //   | (dict | set | dictcomp | setcomp) | '...'
  private atom(): A.expr {
    const t = this.cur();
    switch (t.kind) {
      case NAME: {
        const v = t.value;
        if (!hardKeywords.has(v)) {
          this.pos++;
          return { _type: 'Name', id: v, ctx: 'Load', lineno: t.lineno, col_offset: t.col_offset, end_lineno: t.end_lineno, end_col_offset: t.end_col_offset };
        }
        if (v === 'None' || v === 'True' || v === 'False') {
          this.pos++;
          const value: A.ConstantValue = v === 'None' ? { kind: 'None' } : { kind: 'bool', value: v === 'True' };
          return loc({ _type: 'Constant', value, kind: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Constant, t, t);
        }
        throw this.invalid();
      }
      case NUMBER:
        this.pos++;
        return this.number(t);
      case STRING:
        return this.strings();
      case OP:
        switch (t.value) {
          case '(': return this.parenAtom();
          case '[': return this.listAtom();
          case '{': return this.dictOrSetAtom();
          case '...':
            this.pos++;
            return loc({ _type: 'Constant', value: { kind: 'Ellipsis' }, kind: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Constant, t, t);
          default: throw this.invalid();
        }
      default:
        throw this.invalid();
    }
  }

  private number(t: Token): A.expr {
    const text = t.value.includes('_') ? t.value.replace(/_/g, '') : t.value;
    let value: A.ConstantValue;
    const last = text.charCodeAt(text.length - 1) | 0x20;
    if (last === 106) {
      value = { kind: 'complex', real: 0, imag: parseFloat(text.slice(0, -1)) };
    } else if (text.length > 1 && text.charCodeAt(0) === 48 && /[xXoObB]/.test(text[1])) {
      value = { kind: 'int', value: BigInt(text.toLowerCase()) };
    } else if (/[.eE]/.test(text)) {
      value = { kind: 'float', value: parseFloat(text) };
    } else if (text.length <= 4) {
      let v = SMALL_INTS.get(text);
      if (v === undefined) { v = BigInt(text); SMALL_INTS.set(text, v); }
      value = { kind: 'int', value: v };
    } else {
      value = { kind: 'int', value: BigInt(text) };
    }
    return { _type: 'Constant', value, kind: null, lineno: t.lineno, col_offset: t.col_offset, end_lineno: t.end_lineno, end_col_offset: t.end_col_offset };
  }

  // strings: STRING+
  private strings(): A.expr {
    const toks: Token[] = [];
    while (this.cur().kind === STRING) toks.push(this.next());
    return concatenateStrings(this, toks);
  }

  // tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
  // group: '(' (yield_expr | named_expression) ')'
  // genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
  private parenAtom(): A.expr {
    const s = this.next();
    this.enter();
    if (this.eat(')')) {
      this.depth--;
      return loc({ _type: 'Tuple', elts: [] as A.expr[], ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Tuple, s, this.prev);
    }
    if (this.atKw('yield')) {
      const y = this.yieldExpr();
      this.expect(')');
      this.depth--;
      return y;
    }
    const first = this.starNamedExpression();
    if (this.atKw('for') || this.atKw('async')) {
      const gen = this.comprehensionTail(first, 'GeneratorExp');
      this.expect(')');
      this.depth--;
      return loc(gen, s, this.prev);
    }
    if (this.eat(')')) {
      this.depth--;
      if (first._type === 'Starred') throw this.errorRange(Msg.cantUseStarred, first, first);
      return first;
    }
    if (!this.at(',')) throw this.forgotComma(first);
    const elts = [first];
    while (this.eat(',')) {
      if (this.at(')')) break;
      elts.push(this.starNamedExpression());
      if (!this.at(',') && !this.at(')')) throw this.forgotComma(elts[elts.length - 1]);
    }
    this.expect(')');
    this.depth--;
    return loc({ _type: 'Tuple', elts, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Tuple, s, this.prev);
  }

  /** Inside brackets, an expression followed by another expression: "Perhaps you forgot a comma?". */
  private forgotComma(a: A.expr): PySyntaxError {
    if (this.startsExpression() && !this.at('*') && !this.at('**') && !(this.cur().kind === NAME && (this.cur().value === 'not' || this.cur().value === 'yield'))) {
      const save = this.pos;
      this.marks++;
      try {
        const b = this.expression();
        return this.errorRange(Msg.forgotComma, a, b);
      } catch (e) {
        if (this.tokenizerFailed) throw e;
        if (!(e instanceof PySyntaxError)) throw e;
        this.pos = save;
      } finally {
        this.marks--;
      }
    }
    return this.invalid();
  }

  // list: '[' [star_named_expressions] ']' ; listcomp: '[' named_expression for_if_clauses ']'
  private listAtom(): A.expr {
    const s = this.next();
    this.enter();
    if (this.eat(']')) {
      this.depth--;
      return loc({ _type: 'List', elts: [] as A.expr[], ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.List, s, this.prev);
    }
    const first = this.starNamedExpression();
    if (this.atKw('for') || this.atKw('async')) {
      const comp = this.comprehensionTail(first, 'ListComp');
      this.expect(']');
      this.depth--;
      return loc(comp, s, this.prev);
    }
    const elts = [first];
    for (;;) {
      if (this.eat(']')) break;
      if (this.atKw('for') && elts.length > 1) throw this.errorRange(Msg.comprehensionTargetParens, elts[0], elts[elts.length - 1]);
      if (!this.at(',')) throw this.forgotComma(elts[elts.length - 1]);
      this.pos++;
      if (this.eat(']')) break;
      elts.push(this.starNamedExpression());
    }
    this.depth--;
    return loc({ _type: 'List', elts, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.List, s, this.prev);
  }

  // dict: '{' [double_starred_kvpairs] '}' ; set: '{' star_named_expressions '}'
  // dictcomp: '{' kvpair for_if_clauses '}' ; setcomp: '{' named_expression for_if_clauses '}'
  private dictOrSetAtom(): A.expr {
    const s = this.next();
    this.enter();
    if (this.eat('}')) {
      this.depth--;
      return loc({ _type: 'Dict', keys: [] as A.expr[], values: [] as A.expr[], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Dict, s, this.prev);
    }
    let firstKey: A.expr | null;
    let firstValue: A.expr;
    if (this.at('**')) {
      const stars = this.next();
      firstKey = null;
      firstValue = this.bitwiseOr();
      // invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'
      if (this.atKw('for') || this.atKw('async')) throw this.errorRange(Msg.dictUnpackingInComprehension, stars, stars);
    } else {
      const e = this.starNamedExpression();
      if (!this.at(':') || e._type === 'Starred') {
        // A set display or set comprehension.
        if (this.atKw('for') || this.atKw('async')) {
          const comp = this.comprehensionTail(e, 'SetComp');
          this.expect('}');
          this.depth--;
          return loc(comp, s, this.prev);
        }
        const elts = [e];
        for (;;) {
          if (this.eat('}')) break;
          if (this.atKw('for') && elts.length > 1) throw this.errorRange(Msg.comprehensionTargetParens, elts[0], elts[elts.length - 1]);
          if (!this.at(',')) throw this.forgotComma(elts[elts.length - 1]);
          this.pos++;
          if (this.eat('}')) break;
          elts.push(this.starNamedExpression());
        }
        this.depth--;
        return loc({ _type: 'Set', elts, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Set, s, this.prev);
      }
      const colon = this.next();
      firstKey = e;
      firstValue = this.dictValue(colon);
      if (firstKey !== null && (this.atKw('for') || this.atKw('async'))) {
        const generators = this.forIfClauses();
        this.expect('}');
        this.depth--;
        return loc({ _type: 'DictComp', key: firstKey, value: firstValue, generators, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.DictComp, s, this.prev);
      }
    }
    const keys: (A.expr | null)[] = [firstKey];
    const values: A.expr[] = [firstValue];
    for (;;) {
      if (this.eat('}')) break;
      if (!this.at(',')) throw this.forgotComma(values[values.length - 1]);
      this.pos++;
      if (this.eat('}')) break;
      if (this.eat('**')) {
        keys.push(null);
        values.push(this.bitwiseOr());
      } else {
        const key = this.expression();
        keys.push(key);
        if (!this.at(':')) {
          const k = this.tokenAt(key.lineno, key.col_offset, true);
          throw this.makeError('SyntaxError', Msg.dictColonExpected, k.lineno, this.offsetOf(k.start), this.lineOf(k), k.lineno, 0);
        }
        const colon = this.next();
        values.push(this.dictValue(colon));
      }
    }
    this.depth--;
    return loc({ _type: 'Dict', keys: keys as A.expr[], values, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.Dict, s, this.prev);
  }

  private dictValue(colon: Token): A.expr {
    if (this.at('}') || this.at(',')) throw this.errorAtToken(Msg.dictValueExpected, colon);
    if (this.at('*')) {
      const star = this.next();
      this.bitwiseOr();
      throw this.errorRange(Msg.dictUnpackInDict, star, this.prev);
    }
    return this.expression();
  }

  /** A comprehension node (positions filled by the caller) from its element and the `for` clauses that follow. */
  private comprehensionTail<K extends 'GeneratorExp' | 'ListComp' | 'SetComp'>(elt: A.expr, kind: K): A.GeneratorExp | A.ListComp | A.SetComp {
    if (elt._type === 'Starred') throw this.errorRange(Msg.iterableUnpackInComprehension, elt, elt);
    const generators = this.forIfClauses();
    return { _type: kind, elt, generators, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 } as A.GeneratorExp;
  }

  // for_if_clauses: for_if_clause+
  // for_if_clause: [ASYNC] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
  private forIfClauses(): A.comprehension[] {
    const out: A.comprehension[] = [];
    for (;;) {
      let is_async = 0;
      if (this.atKw('async') && this.peek(1).kind === NAME && this.peek(1).value === 'for') { this.pos++; is_async = 1; }
      if (!this.eatKw('for')) break;
      const target = this.starTargets();
      this.expectKw('in');
      const iter = this.disjunction();
      const ifs: A.expr[] = [];
      while (this.eatKw('if')) ifs.push(this.disjunction());
      out.push({ _type: 'comprehension', target, iter, ifs, is_async });
    }
    return out;
  }
}
