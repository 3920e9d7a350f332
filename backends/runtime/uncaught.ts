// What happens when a program ends with an exception, shared by every backend:
// SystemExit gives its code (printing a non-integer code to stderr, status 1);
// anything else is printed as CPython 3.11 prints it, through sys.stderr,
// and the status is 1, or -2 for KeyboardInterrupt (CPython then kills
// itself with SIGINT; -2 is that death as subprocess reports it).
import { parse } from '../../frontend/index.js';
import type { expr } from '../../frontend/parser/ast.js';
import { PyBaseException, None, containers, intType, typeOf, type PyValue } from './object.js';
import * as rt from './abstract.js';
import { formatException, formatExceptionOnly, formatTracebackEntry, PyTraceback, type ExceptionFormatHooks, type SyntaxDetails } from './traceback.js';
import type { CodeObject } from '../../frontend/bytecode/code.js';
import { exceptionSuggestion } from './exceptions.js';
import { PyModule, loadedModule } from './importer.js';
import { PyTextStream, unnormalizedExits } from './modules/sys.js';
import { PyList } from './list.js';
import { dictType } from './dict.js';

const hooks: ExceptionFormatHooks = {
  str: (v) => rt.str(v),
  suggestion: exceptionSuggestion,
  groupMembers(exc: PyBaseException): PyBaseException[] | null {
    if (!rt.isExceptionOf(exc, 'BaseExceptionGroup')) return null;
    const members = containers.tupleItems(rt.getAttrOrUndefined(exc, 'exceptions') ?? None) ?? [];
    return members.filter((m): m is PyBaseException => m instanceof PyBaseException);
  },
  syntaxDetails(exc: PyBaseException): SyntaxDetails | null {
    if (!rt.isExceptionOf(exc, 'SyntaxError')) return null;
    const read = (name: string): PyValue | null => {
      const v = rt.getAttrOrUndefined(exc, name);
      return v === undefined || v === None ? null : v;
    };
    const text = (name: string): string | null => {
      const v = read(name);
      return v === null ? null : safeText(() => rt.str(v), '');
    };
    const int = (name: string): number | null => {
      const v = read(name);
      return typeof v === 'number' ? v : typeof v === 'boolean' ? +v : null;
    };
    return { msg: text('msg'), filename: text('filename'), lineno: int('lineno'), offset: int('offset'), endOffset: int('end_offset'), text: text('text') };
  },
  notes(exc: PyBaseException): string[] {
    const notes = rt.getAttrOrUndefined(exc, '__notes__');
    if (notes === undefined) return [];
    // A __notes__ that is not a sequence prints as its repr; CPython 3.11 takes a str or bytes as a sequence of notes.
    const items = typeof notes === 'string' ? [...notes] : containers.tupleItems(notes) ?? listItems(notes) ?? sequenceItems(notes);
    if (items === undefined) return [safeText(() => rt.repr(notes), '<__notes__ repr() failed>')];
    return items.map((note) => `${typeof note === 'string' ? note : safeText(() => rt.str(note), '<note str() failed>')}\n`);
  },
  parseExpression(segment: string): expr | null {
    try {
      const module = parse(segment, '<traceback>');
      const statement = module.body.length === 1 ? module.body[0]! : null;
      return statement !== null && statement._type === 'Expr' ? statement.value : null;
    } catch {
      return null;
    }
  },
};

/** The traceback module's printer, which (unlike the interpreter's) writes nothing for a __notes__ of None. */
const moduleHooks: ExceptionFormatHooks = {
  ...hooks,
  notes: (exc) => (rt.getAttrOrUndefined(exc, '__notes__') === None ? [] : hooks.notes!(exc)),
};

function listItems(v: PyValue): PyValue[] | undefined {
  return v instanceof PyList ? v.items : undefined;
}

/** The items of another sequence (bytes, a user sequence), or undefined when v is not one or fails to iterate. */
function sequenceItems(v: PyValue): PyValue[] | undefined {
  const t = typeOf(v);
  if (t.lookup('__getitem__') === null || t.isSubtypeOf(dictType)) return undefined;
  try {
    return rt.toArray(v);
  } catch (error) {
    if (error instanceof PyBaseException) return undefined;
    throw error;
  }
}

function safeText(make: () => string, fallback: string): string {
  try {
    return make();
  } catch (error) {
    if (error instanceof PyBaseException) return fallback;
    throw error;
  }
}

/**
 * What CPython's handle_system_exit reports: the raw value sys.exit() was
 * given when no handler normalized the exception (some traceback entry sits
 * in a handler's range when one did), else the exception's `code`.
 */
function systemExitCode(e: PyBaseException): PyValue {
  const raw = unnormalizedExits.get(e);
  if (raw !== undefined && !passedHandler(e)) return raw;
  return rt.getAttrOrUndefined(e, 'code') ?? e;
}

function passedHandler(e: PyBaseException): boolean {
  for (let tb = e.traceback instanceof PyTraceback ? e.traceback : null; tb !== null; tb = tb.next) {
    const at = tb.lasti;
    if (tb.code.exceptionTable.some((entry) => at >= entry.start && at < entry.end)) return true;
  }
  return false;
}

/** The exit status for SystemExit(code), writing a non-integer code to stderr as CPython does. */
function exitStatusOf(code: PyValue, writeStderr: (text: string) => void): number {
  if (code === None) return 0;
  if (rt.isInstance(code, intType)) {
    // A C long, truncated to int; a value past a long's range gives -1, as in CPython 3.11.
    const n = BigInt(rt.indexValue(code));
    return BigInt.asIntN(64, n) === n ? Number(BigInt.asUintN(8, n)) : 255;
  }
  writeStderr(`${rt.str(code)}\n`);
  return 1;
}

function writer(sys: PyModule): (text: string) => void {
  return (text) => {
    const stderr = sys.dict.getStr('stderr');
    if (stderr instanceof PyTextStream) stderr.write(text);
    else if (stderr !== undefined && stderr !== None) rt.callMethod(stderr, 'write', [text]);
  };
}

/** The text CPython prints for an uncaught `e` (traceback, chain, notes), for the traceback module. */
export function formatUncaught(e: PyBaseException): string {
  return formatException(e, moduleHooks);
}

/**
 * format_exception_only's list as CPython's traceback module gives it: the
 * exception line as one item even when its message has several lines (a
 * SyntaxError's location lines each an item of their own), then each line
 * of each note.
 */
export function formatExceptionOnlyParts(e: PyBaseException): string[] {
  const text = formatExceptionOnly(e, moduleHooks);
  const notes = moduleHooks.notes!(e);
  const head = text.slice(0, text.length - notes.join('').length);
  const parts = hooks.syntaxDetails!(e) === null ? [head] : head.split(/(?<=\n)/).filter((line) => line !== '');
  for (const note of notes) parts.push(...note.split(/(?<=\n)/));
  return parts;
}

/** One frame's `File ...` entry as an uncaught traceback prints it, for the traceback module's stack formatting. */
export function formatFrameEntry(code: CodeObject, lasti: number): string {
  return formatTracebackEntry(code, lasti, hooks);
}

/**
 * CPython's default unraisable hook: an exception nobody can catch (from a
 * finalizer) is written to sys.stderr after "Exception ignored in: <obj>",
 * with its own traceback but not its chain.
 */
export function writeUnraisable(e: PyBaseException, obj: PyValue): void {
  const sys = loadedModule('sys');
  const stderr = sys instanceof PyModule ? sys.dict.getStr('stderr') : undefined;
  if (stderr === undefined || stderr === None) return;
  const { context, cause } = e;
  e.context = None;
  e.cause = None;
  const text = formatUncaught(e);
  e.context = context;
  e.cause = cause;
  const where = safeText(() => rt.repr(obj), `<object repr() failed>`);
  rt.callMethod(stderr, 'write', [`Exception ignored in: ${where}\n${text}`]);
}

/** Writes text to sys.stderr. */
export function writeStderr(sys: PyModule, text: string): void {
  writer(sys)(text);
}

/** sys.excepthook's default: e printed to sys.stderr, and given tb when it has no traceback of its own (PyErr_Display). */
export function writeException(e: PyBaseException, tb: PyValue, sys: PyModule): void {
  if (e.traceback === None && tb instanceof PyTraceback) e.traceback = tb;
  writer(sys)(formatException(e, hooks));
}

/**
 * Reports an exception that ended the program and returns the exit status:
 * through sys.excepthook as CPython's PyErr_Print does (a hook that fails is
 * reported with the original exception after it; a missing hook is said).
 */
export function reportUncaught(e: PyBaseException, sys: PyModule): number {
  const write = writer(sys);
  const { type, traceback } = e;
  if (rt.isExceptionOf(e, 'SystemExit')) return exitStatusOf(systemExitCode(e), write);
  const status = rt.isExceptionOf(e, 'KeyboardInterrupt') ? -2 : 1;
  const hook = sys.dict.getStr('excepthook');
  if (hook === undefined) write('sys.excepthook is missing\n');
  if (hook === undefined || hook === sys.dict.getStr('__excepthook__')) {
    write(formatException(e, hooks));
    return status;
  }
  try {
    rt.call(hook, [type, e, traceback]);
  } catch (error) {
    if (!(error instanceof PyBaseException)) throw error;
    if (rt.isExceptionOf(error, 'SystemExit')) return exitStatusOf(systemExitCode(error), write);
    write('Error in sys.excepthook:\n');
    write(formatException(error, hooks));
    write('\nOriginal exception was:\n');
    write(formatException(e, hooks));
  }
  return status;
}
