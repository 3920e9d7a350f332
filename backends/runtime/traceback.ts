// Traceback entries and the text CPython 3.11 prints for an uncaught exception.
// Backends push one PyTraceback per frame an exception leaves (newest first in
// the chain's construction, so `tb.next` walks from the outermost frame in),
// and call formatException at the top level. Source lines come from the
// sources registered here (the main program and every imported module);
// caret lines follow 3.11's rules (traceback.py's format_frame_summary);
// exception groups print nested behind `| ` margins with numbered members.
import type { CodeObject } from '../../frontend/bytecode/code.js';
import type { expr } from '../../frontend/parser/ast.js';
import { PyBaseException, PyObject, None, TypeFlags, makeBuiltinType, objectType, type PyValue } from './object.js';
import { getter } from './type.js';
import { LIB_FOLDER } from './importer.js';

export const tracebackType = makeBuiltinType('traceback', objectType, 0);

/** How tb_frame turns the backend's frame into a Python frame object (installed by the backend). */
export const tracebackFrames: { frameObject: ((backendFrame: object) => PyValue) | null } = { frameObject: null };

/** One frame an exception passed through: CPython's traceback object. */
export class PyTraceback extends PyObject {
  constructor(
    readonly code: CodeObject,
    /** Index of the instruction that was executing (CPython's tb_lasti / 2). */
    readonly lasti: number,
    public next: PyTraceback | null,
    /** The backend's frame the exception passed through, for tb_frame (null when unknown). */
    readonly frame: object | null = null,
  ) {
    super(tracebackType);
  }

  get lineno(): number {
    return this.code.positions[this.lasti]?.line ?? this.code.firstlineno;
  }
}

getter(tracebackType, 'tb_next', (tb) => visibleTraceback((tb as PyTraceback).next ?? None));
getter(tracebackType, 'tb_lineno', (tb) => (tb as PyTraceback).lineno);
getter(tracebackType, 'tb_lasti', (tb) => 2 * (tb as PyTraceback).lasti);
getter(tracebackType, 'tb_frame', (tb) => {
  const frame = (tb as PyTraceback).frame;
  return frame === null || tracebackFrames.frameObject === null ? None : tracebackFrames.frameObject(frame);
});

const sources = new Map<string, string[]>();

/** Makes a file's text available to tracebacks; '<string>' and other pseudo-files are never registered. */
export function registerSource(filename: string, text: string): void {
  sources.set(filename, text.split(/\r\n|\r|\n/));
}

/** Line lineno (1-based) of a registered source, or undefined. */
export function sourceLine(filename: string, lineno: number): string | undefined {
  return sources.get(filename)?.[lineno - 1];
}

/** How the printer reaches the rest of the runtime without importing it (keeps this module a leaf). */
export interface ExceptionFormatHooks {
  /** str(exc); throws a Python exception when __str__ fails. */
  str(value: PyValue): string;
  /** Parses one line of code for the caret anchors; null when it is not valid Python. */
  parseExpression(segment: string): expr | null;
  /** The "Did you mean" name for an AttributeError/NameError, or null (exceptions.ts attributeErrorSuggestion). */
  suggestion?(exc: PyBaseException): string | null;
  /** The members of an exception group, or null when `exc` is not one. */
  groupMembers?(exc: PyBaseException): PyBaseException[] | null;
  /**
   * The text `exc.__notes__` adds under the exception's last line, one item
   * per note, each ending in a newline, except that CPython 3.11 writes the
   * repr of a __notes__ that is not a sequence with none. Empty without notes.
   */
  notes?(exc: PyBaseException): string[];
  /** Where a SyntaxError (or subclass) points, or null for any other exception. */
  syntaxDetails?(exc: PyBaseException): SyntaxDetails | null;
}

/** A SyntaxError's attributes, None read as null. */
export interface SyntaxDetails {
  msg: string | null;
  filename: string | null;
  lineno: number | null;
  offset: number | null;
  endOffset: number | null;
  text: string | null;
}

/** The `File ..., line N` / source / caret lines of a SyntaxError and its last line, as CPython prints them. */
function formatSyntaxError(name: string, d: SyntaxDetails): string {
  const out: string[] = [];
  let suffix = '';
  if (d.lineno !== null) out.push(`  File "${d.filename ?? '<string>'}", line ${d.lineno}\n`);
  else if (d.filename !== null) suffix = ` (${d.filename})`;
  if (d.text !== null) {
    const rtext = d.text.replace(/\n+$/, '');
    const ltext = rtext.replace(/^[ \n\f]+/, '');
    const spaces = rtext.length - ltext.length;
    out.push(`    ${ltext}\n`);
    if (d.offset !== null) {
      let endOffset = d.endOffset === null || d.endOffset === 0 ? d.offset : d.endOffset;
      if (d.offset === endOffset || endOffset === -1) endOffset = d.offset + 1;
      const col = d.offset - 1 - spaces;
      const endCol = endOffset - 1 - spaces;
      if (col >= 0) {
        // Whitespace such as tabs is kept so that the caret lines up under the text.
        const pad = [...ltext.slice(0, col)].map((c) => (/\s/.test(c) ? c : ' ')).join('');
        out.push(`    ${pad}${'^'.repeat(Math.max(endCol - col, 0))}\n`);
      }
    }
  }
  out.push(`${name}: ${d.msg || '<no detail available>'}${suffix}\n`);
  return out.join('');
}

const RECURSIVE_CUTOFF = 3;
/** How many members of an exception group are shown, and how deep groups nest before `...`. */
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

const CAUSE_MESSAGE = '\nThe above exception was the direct cause of the following exception:\n\n';
const CONTEXT_MESSAGE = '\nDuring handling of the above exception, another exception occurred:\n\n';

/** Where the printer is inside nested exception groups (CPython's _ExceptionPrintContext). */
interface PrintContext {
  out: string[];
  /** Exceptions already printed: a cycle of causes/contexts stops at them. */
  seen: Set<PyBaseException>;
  groupDepth: number;
  /** Whether the group being printed still owes its closing `+----` line. */
  needClose: boolean;
}

/** The whole report for an uncaught exception, chained exceptions first, as CPython writes it to stderr. */
export function formatException(exc: PyBaseException, hooks: ExceptionFormatHooks): string {
  const ctx: PrintContext = { out: [], seen: new Set(), groupDepth: 0, needClose: false };
  formatWithChain(exc, hooks, ctx);
  return ctx.out.join('');
}

function indent(ctx: PrintContext): string {
  return ' '.repeat(2 * ctx.groupDepth);
}

/** Writes `text` with every line (blank ones too) behind the group margin, as CPython indents group members. */
function emit(ctx: PrintContext, text: string, marginChar = '|'): void {
  if (ctx.groupDepth === 0) {
    ctx.out.push(text);
    return;
  }
  const prefix = `${indent(ctx)}${marginChar} `;
  for (const line of text.split(/(?<=\n)/)) if (line !== '') ctx.out.push(prefix + line);
}

function formatWithChain(top: PyBaseException, hooks: ExceptionFormatHooks, ctx: PrintContext): void {
  // The chain from `top` back to its first cause, each with the message that links it to the one before.
  const chain: [string | null, PyBaseException][] = [];
  for (let exc: PyBaseException | null = top; exc !== null;) {
    ctx.seen.add(exc);
    const cause: PyValue = exc.cause;
    const context: PyValue = exc.context;
    let message: string | null = null;
    let next: PyBaseException | null = null;
    if (cause instanceof PyBaseException && !ctx.seen.has(cause)) {
      message = CAUSE_MESSAGE;
      next = cause;
    } else if (!(cause instanceof PyBaseException) && context instanceof PyBaseException && !exc.suppressContext && !ctx.seen.has(context)) {
      message = CONTEXT_MESSAGE;
      next = context;
    }
    chain.push([message, exc]);
    exc = next;
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const [message, exc] = chain[i]!;
    if (message !== null) emit(ctx, message);
    formatOne(exc, hooks, ctx);
  }
}

/** One exception of a chain: its traceback and last line, or for a group, the group and its members. */
function formatOne(exc: PyBaseException, hooks: ExceptionFormatHooks, ctx: PrintContext): void {
  const members = hooks.groupMembers?.(exc) ?? null;
  const tb = exc.traceback;
  if (members === null) {
    if (tb instanceof PyTraceback) {
      emit(ctx, 'Traceback (most recent call last):\n');
      for (const frame of formatTraceback(tb, hooks)) emit(ctx, frame);
    }
    emit(ctx, formatExceptionOnly(exc, hooks));
    return;
  }
  if (ctx.groupDepth > MAX_GROUP_DEPTH) {
    emit(ctx, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    return;
  }
  const topLevel = ctx.groupDepth === 0;
  if (topLevel) ctx.groupDepth++;
  if (tb instanceof PyTraceback) {
    emit(ctx, 'Exception Group Traceback (most recent call last):\n', topLevel ? '+' : '|');
    for (const frame of formatTraceback(tb, hooks)) emit(ctx, frame);
  }
  emit(ctx, formatExceptionOnly(exc, hooks));
  const shown = members.length <= MAX_GROUP_WIDTH ? members.length : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < shown; i++) {
    const last = i === shown - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    ctx.out.push(`${indent(ctx)}${i === 0 ? '+-' : '  '}+---------------- ${truncated ? '...' : i + 1} ----------------\n`);
    ctx.groupDepth++;
    if (!truncated) {
      formatWithChain(members[i]!, hooks, ctx);
    } else {
      const remaining = members.length - MAX_GROUP_WIDTH;
      emit(ctx, `and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`);
    }
    if (last && ctx.needClose) {
      ctx.out.push(`${indent(ctx)}+------------------------------------\n`);
      ctx.needClose = false;
    }
    ctx.groupDepth--;
  }
  if (topLevel) ctx.groupDepth = 0;
}

/**
 * Functions of pvm's lib modules that stand in for CPython's C implementations (_warnings,
 * _operator, _bisect, _heapq, _functools, _collections): CPython's tracebacks have no frame for
 * them, so theirs are left out. Keyed by the file under lib/; '*' covers the whole file, a
 * name ending in '.*' every method of that class.
 */
const C_STAND_INS: ReadonlyMap<string, readonly string[]> = new Map([
  ['warnings.py', ['warn', 'warn_explicit']],
  ['operator.py', ['*']],
  ['bisect.py', ['*']],
  ['heapq.py', ['heappush', 'heappop', 'heapify', 'heapreplace', 'heappushpop', '_siftdown', '_siftup',
    '_heappop_max', '_heapreplace_max', '_heapify_max', '_siftdown_max', '_siftup_max']],
  ['functools.py', ['reduce', 'KeyWrapper.*', 'partial.__call__', '_lru_cache_wrapper.<locals>.wrapper']],
  ['collections/__init__.py', ['OrderedDict.*', 'defaultdict.*', '_count_elements', '_tuplegetter.*']],
]);

function isCStandIn(code: CodeObject): boolean {
  const lib = `${LIB_FOLDER}/`;
  if (!code.filename.startsWith(lib)) return false;
  const names = C_STAND_INS.get(code.filename.slice(lib.length));
  if (names === undefined) return false;
  const q = code.qualname;
  return names.some((n) => n === '*' || n === q || (n.endsWith('.*') && q.startsWith(n.slice(0, -1))));
}

/** The first entry of a traceback chain that is not a C stand-in's: what Python code sees (__traceback__, tb_next). */
export function visibleTraceback(tb: PyValue): PyValue {
  while (tb instanceof PyTraceback && isCStandIn(tb.code)) tb = tb.next ?? None;
  return tb;
}

/** The frame lines of a traceback, collapsing runs of the same frame and line after three. */
export function formatTraceback(first: PyTraceback, hooks: ExceptionFormatHooks): string[] {
  const result: string[] = [];
  let lastFile: string | null = null;
  let lastLine = -1;
  let lastName: string | null = null;
  let count = 0;
  const flushRepeats = (): void => {
    if (count > RECURSIVE_CUTOFF) {
      const more = count - RECURSIVE_CUTOFF;
      result.push(`  [Previous line repeated ${more} more time${more > 1 ? 's' : ''}]\n`);
    }
  };
  for (let tb: PyTraceback | null = first; tb !== null; tb = tb.next) {
    const code = tb.code;
    if (isCStandIn(code)) continue;
    const lineno = tb.lineno;
    if (code.filename !== lastFile || lineno !== lastLine || code.name !== lastName) {
      flushRepeats();
      lastFile = code.filename;
      lastLine = lineno;
      lastName = code.name;
      count = 0;
    }
    count++;
    if (count > RECURSIVE_CUTOFF) continue;
    result.push(formatFrame(tb, hooks));
  }
  flushRepeats();
  return result;
}

/** One `File ...` entry (source line and carets included) for code stopped at instruction lasti. */
export function formatTracebackEntry(code: CodeObject, lasti: number, hooks: ExceptionFormatHooks): string {
  return formatFrame(new PyTraceback(code, lasti, null), hooks);
}

function formatFrame(tb: PyTraceback, hooks: ExceptionFormatHooks): string {
  const code = tb.code;
  const lineno = tb.lineno;
  const row = [`  File "${code.filename}", line ${lineno}, in ${code.name}\n`];
  const line = sourceLine(code.filename, lineno);
  if (line === undefined || line.trim() === '') return row.join('');
  const stripped = line.trim();
  row.push(`    ${stripped}\n`);
  const position = code.positions[tb.lasti];
  if (position === undefined || position.col < 0 || position.endCol < 0 || position.line !== lineno) return row.join('');
  // As traceback.py, which measures the line with its newline: the carets land at col - indentation.
  const strippedCharacters = line.length + 1 - stripped.length;
  const start = position.col;
  let end = position.endCol;
  const segment = line.slice(start, end);
  let anchors: Anchors | null = null;
  if (position.endLine === position.line) anchors = caretAnchors(segment, hooks);
  else end = line.trimEnd().length;
  const showCarets = end - start < stripped.length || (anchors !== null && anchors.rightStart - anchors.leftEnd > 0);
  if (!showCarets) return row.join('');
  const displayStart = displayWidth(line, start) + 1;
  const displayEnd = displayWidth(line, end) + 1;
  row.push('    ', ' '.repeat(Math.max(displayStart - strippedCharacters, 0)));
  if (anchors !== null) {
    const leftEnd = displayWidth(segment, anchors.leftEnd);
    const rightStart = displayWidth(segment, anchors.rightStart);
    row.push('~'.repeat(leftEnd), '^'.repeat(Math.max(rightStart - leftEnd, 0)), '~'.repeat(Math.max(displayEnd - displayStart - rightStart, 0)));
  } else {
    row.push('^'.repeat(Math.max(displayEnd - displayStart, 0)));
  }
  row.push('\n');
  return row.join('');
}

interface Anchors {
  leftEnd: number;
  rightStart: number;
}

/** Character offset in `text` of a UTF-8 byte offset (AST columns are bytes). */
function byteToCharOffset(text: string, byteOffset: number): number {
  const prefix = Buffer.from(text, 'utf8').subarray(0, byteOffset);
  return prefix.toString('utf8').length;
}

const isSpace = (ch: string): boolean => /\s/.test(ch);

/** Where `~~~^^^~~~` switches characters: the operator of a BinOp, the `[...]` of a Subscript. */
function caretAnchors(segment: string, hooks: ExceptionFormatHooks): Anchors | null {
  const node = hooks.parseExpression(segment);
  if (node === null) return null;
  const normalize = (offset: number): number => byteToCharOffset(segment, offset);
  if (node._type === 'BinOp') {
    const operatorStart = normalize(node.left.end_col_offset ?? 0);
    const operatorEnd = normalize(node.right.col_offset);
    const operatorText = segment.slice(operatorStart, operatorEnd);
    const operatorOffset = operatorText.length - operatorText.trimStart().length;
    let left = (node.left.end_col_offset ?? 0) + operatorOffset;
    let right = left + 1;
    if (operatorOffset + 1 < operatorText.length && !isSpace(operatorText[operatorOffset + 1]!)) right++;
    while (left < segment.length && (isSpace(segment[left]!) || segment[left] === ')' || segment[left] === '#')) {
      left++;
      right++;
    }
    return { leftEnd: normalize(left), rightStart: normalize(right) };
  }
  if (node._type === 'Subscript') {
    let left = normalize(node.value.end_col_offset ?? 0);
    let right = normalize((node.slice.end_col_offset ?? 0) + 1);
    while (left < segment.length && segment[left] !== '[') left++;
    while (right < segment.length && segment[right] !== ']') right++;
    if (right < segment.length) right++;
    return { leftEnd: left, rightStart: right };
  }
  return null;
}

/** Columns a terminal gives to text[0:offset]: East Asian wide and fullwidth characters take two. */
function displayWidth(text: string, offset: number): number {
  let width = 0;
  let index = 0;
  for (const ch of text) {
    if (index >= offset) break;
    index += ch.length;
    width += isWide(ch.codePointAt(0)!) ? 2 : 1;
  }
  return width;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** The last line: `Type: message`, `module.Type: message` outside builtins/__main__, `Type` alone for an empty message. */
export function formatExceptionOnly(exc: PyBaseException, hooks: ExceptionFormatHooks): string {
  const type = exc.type;
  // A class's __module__ as it stands now; CPython shows one that is not a str as <unknown>.
  const ownModule = (type.flags & TypeFlags.BUILTIN) !== 0 ? type.module : type.attrs.get('__module__') ?? type.module;
  const module = typeof ownModule === 'string' ? ownModule : '<unknown>';
  const name = module === 'builtins' || module === '__main__' ? type.qualname : `${module}.${type.qualname}`;
  const syntax = hooks.syntaxDetails?.(exc) ?? null;
  if (syntax !== null) return formatSyntaxError(name, syntax) + (hooks.notes?.(exc) ?? []).join('');
  let message: string;
  try {
    message = hooks.str(exc);
  } catch (error) {
    if (!(error instanceof PyBaseException)) throw error;
    message = '<exception str() failed>';
  }
  const hint = hooks.suggestion?.(exc) ?? null;
  if (hint !== null) message += `. Did you mean: '${hint}'?`;
  const notes = hooks.notes?.(exc) ?? [];
  const last = message === '' ? `${name}\n` : `${name}: ${message}\n`;
  return notes.length === 0 ? last : last + notes.join('');
}
