// Every error message of the symtable and compiler phases, once, with CPython
// 3.11's wording, and the one function that turns a message and an AST position
// into a PySyntaxError. AST columns are UTF-8 byte offsets; SyntaxError offsets
// are 1-based character offsets, so the conversion happens here.
import { PySyntaxError } from '../errors.js';

export const CompileMsg = {
  globalParam: (n: string) => `name '${n}' is parameter and global`,
  nonlocalParam: (n: string) => `name '${n}' is parameter and nonlocal`,
  globalAfterAssign: (n: string) => `name '${n}' is assigned to before global declaration`,
  nonlocalAfterAssign: (n: string) => `name '${n}' is assigned to before nonlocal declaration`,
  globalAfterUse: (n: string) => `name '${n}' is used prior to global declaration`,
  nonlocalAfterUse: (n: string) => `name '${n}' is used prior to nonlocal declaration`,
  globalAnnot: (n: string) => `annotated name '${n}' can't be global`,
  nonlocalAnnot: (n: string) => `annotated name '${n}' can't be nonlocal`,
  nonlocalAndGlobal: (n: string) => `name '${n}' is nonlocal and global`,
  nonlocalAtModule: 'nonlocal declaration not allowed at module level',
  nonlocalNoBinding: (n: string) => `no binding for nonlocal '${n}' found`,
  duplicateArgument: (n: string) => `duplicate argument '${n}' in function definition`,
  importStarNotModule: 'import * only allowed at module level',
  namedExprCompInClass: 'assignment expression within a comprehension cannot be used in a class body',
  namedExprCompConflict: (n: string) => `assignment expression cannot rebind comprehension iteration variable '${n}'`,
  namedExprCompInnerLoop: (n: string) => `comprehension inner loop cannot rebind assignment expression target '${n}'`,
  namedExprCompIterExpr: 'assignment expression cannot be used in a comprehension iterable expression',
  yieldInComprehension: (kind: string) => `'yield' inside ${kind}`,
  notInAnnotation: (what: string) => `'${what}' can not be used within an annotation`,
  yieldOutside: "'yield' outside function",
  returnOutside: "'return' outside function",
  returnWithValueInAsyncGen: "'return' with value in async generator",
  awaitOutside: "'await' outside function",
  awaitOutsideAsync: "'await' outside async function",
  yieldFromInAsync: "'yield from' inside async function",
  asyncForOutside: "'async for' outside async function",
  asyncWithOutside: "'async with' outside async function",
  asyncComprehensionOutside: 'asynchronous comprehension outside of an asynchronous function',
  breakOutside: "'break' outside loop",
  continueOutside: "'continue' not properly in loop",
  breakInExceptStar: "'break', 'continue' and 'return' cannot appear in an except* block",
  starredAssignOutside: 'starred assignment target must be in a list or tuple',
  starredOutside: "can't use starred expression here",
  multipleStarred: 'multiple starred expressions in assignment',
  tooManyStarredBefore: 'too many expressions in star-unpacking assignment',
  defaultExceptNotLast: "default 'except:' must be last",
  irrefutableNotLast: (what: string) => `${what} makes remaining patterns unreachable`,
  wildcardNotLast: 'wildcard makes remaining patterns unreachable',
  multipleStarPatterns: 'multiple starred names in sequence pattern',
  patternCaptureTwice: (n: string) => `multiple assignments to name '${n}' in pattern`,
  orPatternDifferentNames: 'alternative patterns bind different names',
  patternValueNotLiteral: 'patterns may only match literals and attribute lookups',
  mappingPatternKeys: 'mapping pattern keys may only match literals and attribute lookups',
  mappingPatternDuplicate: (k: string) => `mapping pattern checks duplicate key (${k})`,
  classPatternTooMany: (n: string) => `attribute name repeated in class pattern: ${n}`,
  futureLate: 'from __future__ imports must occur at the beginning of the file',
  futureUnknown: (n: string) => `future feature ${n} is not defined`,
  futureBraces: 'not a chance',
  keywordRepeated: (n: string) => `keyword argument repeated: ${n}`,
  assignDebug: 'cannot assign to __debug__',
  deleteDebug: 'cannot delete __debug__',
} as const;

/** Where an error points: an AST span (1-based lines, 0-based UTF-8 byte columns). */
export interface Span {
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** The source of the file being compiled, split into lines on demand. */
export class SourceLines {
  private lines: string[] | null = null;
  private ascii: (boolean | undefined)[] = [];
  /** Whether the whole source is ASCII, where byte and character columns agree. */
  private readonly allAscii: boolean;
  constructor(readonly filename: string, private readonly source: string) {
    this.allAscii = !/[^\x00-\x7f]/.test(source);
  }

  line(lineno: number): string | null {
    if (this.lines === null) {
      const lines: string[] = [];
      let start = 0;
      for (let nl = this.source.indexOf('\n'); nl >= 0; nl = this.source.indexOf('\n', start)) {
        lines.push(this.source.slice(start, nl + 1));
        start = nl + 1;
      }
      if (start < this.source.length) lines.push(this.source.slice(start));
      this.lines = lines;
    }
    return this.lines[lineno - 1] ?? null;
  }

  /** A 0-based UTF-8 byte column of a line as a 0-based character (UTF-16 unit) column. */
  charCol(lineno: number, byteCol: number): number {
    if (byteCol <= 0 || this.allAscii) return byteCol;
    let ascii = this.ascii[lineno];
    if (ascii === undefined) {
      ascii = !/[^\x00-\x7f]/.test(this.line(lineno) ?? '');
      this.ascii[lineno] = ascii;
    }
    if (ascii) return byteCol;
    const text = this.line(lineno)!;
    let bytes = 0;
    let i = 0;
    while (i < text.length && bytes < byteCol) {
      const c = text.codePointAt(i)!;
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      i += c >= 0x10000 ? 2 : 1;
    }
    return i;
  }

  /** A SyntaxError at a span; `pointOnly` leaves out the end, as CPython's future-import errors do. */
  error(msg: string, span: Span, pointOnly = false): PySyntaxError {
    const offset = this.charCol(span.lineno, span.col_offset) + 1;
    const endLine = pointOnly ? span.lineno : span.end_lineno ?? span.lineno;
    const endOffset = pointOnly || span.end_col_offset === null ? null : this.charCol(endLine, span.end_col_offset) + 1;
    const error = new PySyntaxError('SyntaxError', msg, this.filename, span.lineno, offset, this.line(span.lineno), endLine, endOffset);
    error.fromCompiler = true;
    return error;
  }
}
